"""Certificates of volunteering: the volunteer's own list (issue, download, revoke), the public
page that anyone reaches through the QR code, the check of a credential, the site's keys."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from volunteers import certificates, signing
from volunteers.certificate_pdf import render_pdf
from volunteers.certificates import Statement
from volunteers.forms import CertificateForm, VerifyCredentialForm
from volunteers.models import Certificate, Profile


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def short_url(request, certificate) -> str:
    return f"{_base_url(request)}/c/{certificate.public_id}/"


def _own_certificate(request, public_id) -> Certificate:
    return get_object_or_404(Certificate, public_id=public_id, user=request.user)


@login_required
def my_certificates(request):
    if not Profile.objects.filter(user=request.user).exists():
        raise Http404
    form = CertificateForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            certificate = certificates.issue(
                request.user,
                start=form.cleaned_data["start"],
                end=form.cleaned_data["end"],
                shown=form.cleaned_data["shown"],
                language=form.cleaned_data["language"],
                base_url=_base_url(request),
                host=request.get_host(),
            )
            messages.success(
                request,
                _("Your certificate %(id)s is ready: download it below.")
                % {"id": certificate.public_id},
            )
            return redirect("volunteers:certificates")
        status = 400
    mine = [
        (certificate, Statement.of(certificate.credential))
        for certificate in Certificate.objects.filter(user=request.user)
    ]
    return TemplateResponse(
        request,
        "volunteers/certificates.html",
        {"form": form, "certificates": mine},
        status=status,
    )


@login_required
def certificate_pdf(request, public_id):
    certificate = _own_certificate(request, public_id)
    statement = Statement.of(certificate.credential)
    if statement is None:
        raise Http404
    try:
        pdf = render_pdf(certificate, statement, short_url(request, certificate))
    except OSError:  # WeasyPrint could not load Pango: a server set up without it
        messages.error(
            request,
            _("The PDF cannot be drawn on this server for now: download the signed JSON instead."),
        )
        return redirect("volunteers:certificates")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="crowdtime-certificate-{certificate.public_id}.pdf"'
    )
    return response


@login_required
def certificate_credential(request, public_id):
    certificate = _own_certificate(request, public_id)
    response = HttpResponse(
        json.dumps(certificate.credential, ensure_ascii=False, indent=2),
        content_type="application/json",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="crowdtime-certificate-{certificate.public_id}.json"'
    )
    return response


@login_required
@require_POST
def revoke_certificate(request, public_id):
    certificate = _own_certificate(request, public_id)
    certificates.revoke(certificate)
    messages.success(
        request,
        _("Certificate %(id)s is revoked: its page now says so.") % {"id": certificate.public_id},
    )
    return redirect("volunteers:certificates")


def certificate_page(request, public_id):
    """What the certificate states and when it was issued, or that it was revoked."""
    certificate = get_object_or_404(Certificate, public_id=public_id)
    return TemplateResponse(
        request,
        "volunteers/certificate_page.html",
        {
            "certificate": certificate,
            "statement": Statement.of(certificate.credential),
            "verification_url": short_url(request, certificate),
        },
    )


def short_link(request, public_id):
    """The address printed on the certificate and in its QR code, in the reader's language."""
    with translation.override(get_language_from_request(request)):
        return redirect(reverse("certificate_page", args=[public_id]))


def verify_credential(request):
    form = VerifyCredentialForm(request.POST or None, request.FILES or None)
    context = {"form": form}
    status = 200
    if request.method == "POST":
        if form.is_valid():
            document = form.cleaned_data["document"]
            statement = Statement.of(document)
            certificate = (
                statement and Certificate.objects.filter(public_id=statement.public_id).first()
            )
            context.update(checked=True, statement=statement, certificate=certificate)
        else:
            status = 400
    return TemplateResponse(request, "volunteers/verify_credential.html", context, status=status)


def did_document(request):
    """The site's did:web document: the public key that certificates are signed with."""
    response = JsonResponse(signing.did_document(request.get_host()))
    response["Access-Control-Allow-Origin"] = "*"
    return response
