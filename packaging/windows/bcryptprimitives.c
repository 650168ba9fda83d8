/* A stand-in for Windows' bcryptprimitives.dll, for tests under Wine 8 only.
 *
 * Rust's standard library asks ProcessPrng (bcryptprimitives.dll, Windows 10 and
 * later) for random bytes; Wine 8 (Debian 12) does not have the DLL. This one
 * answers from RtlGenRandom (advapi32's SystemFunction036), which Wine has. Real
 * Windows has the DLL: the installer never ships this file. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
