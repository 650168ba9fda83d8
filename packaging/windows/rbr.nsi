; The Windows installer of rbr, built with NSIS (Debian's `nsis` builds it on Linux):
;   makensis -DVERSION=0.1.0 -DSTAGE=dir-with-rbr.exe-rbrw.exe-rbr.ico -DOUTFILE=setup.exe rbr.nsi
; A per-user install: no administrator rights, everything under the user's
; profile and HKEY_CURRENT_USER. `/S` installs and uninstalls silently, for IT
; departments that deploy centrally; `/D=C:\path` chooses the folder.

; A 64-bit installer for a 64-bit program (and no 32-bit Wine needed to test it).
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
; A dictionary larger than one exe: rbr.exe and rbrw.exe differ only in a few
; bytes, so the second costs next to nothing.
SetCompressorDictSize 64

!ifndef VERSION
  !error "VERSION is not defined (-DVERSION=0.1.0)"
!endif
!ifndef STAGE
  !error "STAGE is not defined (-DSTAGE=folder with rbr.exe, rbrw.exe, rbr.ico)"
!endif
!ifndef OUTFILE
  !define OUTFILE "rbr-${VERSION}-setup.exe"
!endif

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\rbr"
!define PROGID "rbr.assessment"

Name "rbr ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\rbr"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "rbr ${VERSION}"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "rbr"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "rbr installer: resilience self-assessment"
VIAddVersionKey /LANG=0 "LegalCopyright" "rbr contributors"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!define MUI_ICON "${STAGE}\rbr.ico"
!define MUI_UNICON "${STAGE}\rbr.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\rbrw.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Armenian"

; NSIS shows the pages in the user's display language where it has it
; (English or Armenian).

Section "rbr" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${STAGE}\rbr.exe"
  File "${STAGE}\rbrw.exe"
  File "${STAGE}\rbr.ico"
  File "${STAGE}\README.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; The Start menu opens the app without a console window.
  CreateShortcut "$SMPROGRAMS\rbr.lnk" "$INSTDIR\rbrw.exe" "" "$INSTDIR\rbr.ico" 0

  ; The assessment file type: its own name, icon and "Open with rbr". Windows
  ; tells file types by the last extension, so an .rbr.json is a .json to
  ; Explorer: rbr is offered in "Open with" for .json files and does not take
  ; them over.
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "rbr assessment"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "FriendlyTypeName" "rbr assessment"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\rbr.ico"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open" "" "Open with rbr"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\rbrw.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\.rbr.json" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.json\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\rbrw.exe" "FriendlyAppName" "rbr"
  WriteRegStr HKCU "Software\Classes\Applications\rbrw.exe\DefaultIcon" "" "$INSTDIR\rbr.ico"
  WriteRegStr HKCU "Software\Classes\Applications\rbrw.exe\SupportedTypes" ".json" ""
  WriteRegStr HKCU "Software\Classes\Applications\rbrw.exe\shell\open\command" "" '"$INSTDIR\rbrw.exe" "%1"'

  ; Listed in the system's apps, with a silent uninstall for IT departments.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "rbr"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "rbr contributors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\rbr.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\rbr.exe"
  Delete "$INSTDIR\rbrw.exe"
  Delete "$INSTDIR\rbr.ico"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\rbr.lnk"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\.rbr.json"
  DeleteRegValue HKCU "Software\Classes\.json\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.json\OpenWithProgids"
  DeleteRegKey HKCU "Software\Classes\Applications\rbrw.exe"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The user's preferences and recovery files (in %APPDATA%\rbr) are theirs:
  ; an uninstall leaves them, as it leaves their assessments.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
