"""The certificate as a tagged PDF (PDF/UA-1), in the certificate's language, with a QR code
of its short link and the signed credential attached."""

import json

import segno
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext


def render_pdf(certificate, statement, verification_url: str) -> bytes:
    # WeasyPrint reads its style sheets when imported: only the workers that draw a PDF pay it.
    from weasyprint import HTML, Attachment

    qr_code = segno.make(verification_url, error="m")
    with translation.override(certificate.language):
        html = render_to_string(
            "volunteers/certificate_pdf.html",
            {
                "certificate": certificate,
                "statement": statement,
                "verification_url": verification_url,
                "qr_code": qr_code.svg_data_uri(scale=4, border=2),
                "font": finders.find("fonts/inter-latin-wght-normal.woff2"),
            },
        )
        credential = Attachment(
            string=json.dumps(certificate.credential, ensure_ascii=False, indent=2),
            name=f"crowdtime-certificate-{certificate.public_id}.json",
            description=gettext("The signed credential (W3C Verifiable Credential)"),
        )
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1", attachments=[credential])
