"""Signs an rbr report's empty signature field with pyHanko, then validates it.

Used by tests/signature.rs: a real PDF signer (pyHanko) must find the field rbr
made, sign it with a throw-away certificate, and its validator must find the
signature intact and covering the whole file.

usage: pyhanko_sign.py IN.pdf OUT.pdf FIELD
Prints one line: "field=NAME intact=BOOL valid=BOOL coverage=NAME page=N rect=...".
"""

import datetime
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.keys import load_cert_from_pemder, load_private_key_from_pemder_data
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext


def throw_away_certificate():
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Test Approver"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "rbr tests"),
        ]
    )
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return load_private_key_from_pemder_data(key_pem, None), load_cert_from_pemder_bytes(
        cert.public_bytes(serialization.Encoding.PEM)
    )


def load_cert_from_pemder_bytes(data):
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pem") as f:
        f.write(data)
        f.flush()
        return load_cert_from_pemder(f.name)


def main():
    source, target, field = sys.argv[1:4]
    key, cert = throw_away_certificate()
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key, cert_registry=None)
    with open(source, "rb") as f:
        writer = IncrementalPdfFileWriter(f)
        meta = signers.PdfSignatureMetadata(field_name=field)
        signed = signers.sign_pdf(writer, meta, signer=signer, existing_fields_only=True)
        with open(target, "wb") as out:
            out.write(signed.getbuffer())
    with open(target, "rb") as f:
        reader = PdfFileReader(f)
        [sig] = reader.embedded_signatures
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[cert]))
        widget = sig.sig_field
        rect = [round(float(v), 1) for v in widget["/Rect"]]
        page = reader.root["/Pages"]["/Kids"].raw_get(0)
        on_first_page = widget.raw_get("/P") == page
        print(
            f"field={sig.field_name} intact={status.intact} valid={status.valid} "
            f"coverage={status.coverage.name} first_page={on_first_page} rect={rect}"
        )


if __name__ == "__main__":
    main()
