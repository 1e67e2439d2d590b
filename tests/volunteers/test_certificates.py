"""Certificates of volunteering: issued by the volunteer, checked by anyone, refused when
altered, revoked by the volunteer or with the account."""

import base64
import datetime
import hashlib
import io
import json
import re

import pytest
from allauth.account.models import EmailAddress
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pypdf import PdfReader

from tests.conftest import skip_or_fail
from tests.factories import (
    CampaignPageFactory,
    ChallengePageFactory,
    ContributionFactory,
    ParticipationFactory,
    volunteer,
)
from volunteers.models import Certificate
from volunteers.signing import canonical_json, from_base58btc

TODAY = timezone.localdate()
A_YEAR_AGO = TODAY - datetime.timedelta(days=365)


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def camille(client, site):
    """A volunteer who joined two campaigns with her verified address (20 and 30 minutes) and
    sent two contributions (15 minutes each), one of them selected."""
    user = volunteer(display_name="Camille Rivière-Durand", user__email="camille@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    organisation = site.organisation["fr"]
    for title, minutes in (("Nettoyer la rivière", 20), ("Cartographier les arbres", 30)):
        campaign = CampaignPageFactory(
            parent=organisation, title=title, minutes_per_participant=minutes
        )
        ParticipationFactory(campaign=campaign, email=user.email, joined_at=days_ago(10))
    challenge = ChallengePageFactory(parent=organisation, minutes=15)
    ContributionFactory(challenge=challenge, author=user, is_selected=True)
    ContributionFactory(
        challenge=ChallengePageFactory(parent=organisation, minutes=15), author=user
    )
    client.force_login(user)
    return user


def issue(client, start=A_YEAR_AGO, end=TODAY, shown="initials", language="fr"):
    response = client.post(
        "/fr/volunteer/certificates/",
        {"start": start.isoformat(), "end": end.isoformat(), "shown": shown, "language": language},
    )
    assert response.status_code == 302, response.content.decode()
    return Certificate.objects.latest("issued_at")


def check(client, credential, language="en"):
    text = credential if isinstance(credential, str) else json.dumps(credential)
    return client.post(f"/{language}/certificates/", {"credential": text})


def text_of(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


@pytest.mark.django_db
def test_a_certificate_is_verified_then_altered_and_refused_then_revoked(client, camille):
    certificate = issue(client)
    credential = json.loads(
        client.get(f"/fr/volunteer/certificates/{certificate.public_id}/credential.json").content
    )
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["proof"]["cryptosuite"] == "eddsa-jcs-2022"

    client.logout()  # anyone can check it
    page = text_of(client.get(f"/en/certificates/{certificate.public_id}/"))
    assert "Valid." in page
    assert "C. R.-D." in page and "Camille" not in page  # she chose her initials
    assert "80 minutes" in page  # 20 + 30 + 15 + 15
    assert "Nettoyer la rivière" in page and "Cartographier les arbres" in page

    answer = text_of(check(client, credential))
    assert "Valid." in answer and "80 minutes" in answer

    altered = json.loads(json.dumps(credential))
    altered["credentialSubject"]["volunteering"]["minutes"] = 800
    answer = text_of(check(client, altered))
    assert "Altered or forged." in answer and "800 minutes" not in answer
    renamed = json.loads(json.dumps(credential))
    renamed["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    assert "Altered or forged." in text_of(check(client, renamed))

    client.force_login(camille)
    response = client.post(f"/fr/volunteer/certificates/{certificate.public_id}/revoke/")
    assert response.status_code == 302
    client.logout()
    page = text_of(client.get(f"/en/certificates/{certificate.public_id}/"))
    assert "Revoked." in page and "C. R.-D." not in page and "Valid." not in page
    answer = text_of(check(client, credential))
    assert "Revoked." in answer and "Valid." not in answer


@pytest.mark.django_db
def test_the_verification_page_speaks_the_visitors_language(client, camille):
    certificate = issue(client)
    client.logout()
    page = text_of(client.get(f"/fr/certificates/{certificate.public_id}/"))
    assert "Valide." in page
    assert "80 minutes" in page.replace("\u00a0", " ")
    assert "Válido." in text_of(client.get(f"/es/certificates/{certificate.public_id}/"))


@pytest.mark.django_db
def test_the_period_offered_is_this_year_so_far_as_a_browser_reads_dates(client, camille):
    html = client.get("/fr/volunteer/certificates/").content.decode()
    assert f'type="date" name="start" value="{TODAY.replace(month=1, day=1).isoformat()}"' in html
    assert f'type="date" name="end" value="{TODAY.isoformat()}"' in html


@pytest.mark.django_db
def test_the_volunteer_may_show_her_display_name(client, camille):
    certificate = issue(client, shown="name")
    page = text_of(client.get(f"/en/certificates/{certificate.public_id}/"))
    assert "Camille Rivière-Durand" in page


@pytest.mark.django_db
def test_only_campaigns_joined_with_a_verified_address_count(client, site, camille):
    organisation = site.organisation["fr"]
    EmailAddress.objects.create(user=camille, email="camille.old@example.org", verified=False)
    ParticipationFactory(
        campaign=CampaignPageFactory(parent=organisation, title="Non vérifiée"),
        email="camille.old@example.org",
    )
    ParticipationFactory(  # the same first name, another person's address
        campaign=CampaignPageFactory(parent=organisation, title="Quelqu’un d’autre"),
        email="autre@example.org",
    )
    certificate = issue(client)
    subject = certificate.credential["credentialSubject"]["volunteering"]
    assert sorted(subject["campaigns"]) == ["Cartographier les arbres", "Nettoyer la rivière"]
    assert subject["minutes"] == 80


@pytest.mark.django_db
def test_the_period_counts_only_what_was_done_within_it(client, site, camille):
    organisation = site.organisation["fr"]
    old = CampaignPageFactory(parent=organisation, title="Ancienne", minutes_per_participant=60)
    ParticipationFactory(campaign=old, email=camille.email, joined_at=days_ago(400))
    contribution = ContributionFactory(
        challenge=ChallengePageFactory(parent=organisation, minutes=45), author=camille
    )
    contribution.created_at = days_ago(400)
    contribution.save()
    hidden = ContributionFactory(
        challenge=ChallengePageFactory(parent=organisation), author=camille
    )
    hidden.is_hidden = True  # hidden while a moderator looks at it: not certified
    hidden.save()

    recent = issue(client, start=TODAY - datetime.timedelta(days=30))
    assert recent.credential["credentialSubject"]["volunteering"] == {
        "periodStart": (TODAY - datetime.timedelta(days=30)).isoformat(),
        "periodEnd": TODAY.isoformat(),
        "minutes": 80,
        "campaigns": ["Nettoyer la rivière", "Cartographier les arbres"],
        "contributions": 2,
        "selectedContributions": 1,
    }
    older = issue(
        client, start=TODAY - datetime.timedelta(days=500), end=TODAY - datetime.timedelta(days=60)
    )
    volunteering = older.credential["credentialSubject"]["volunteering"]
    assert volunteering["campaigns"] == ["Ancienne"]
    assert volunteering["minutes"] == 60 + 45
    assert (volunteering["contributions"], volunteering["selectedContributions"]) == (1, 0)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "period",
    [
        {"start": TODAY.isoformat(), "end": (TODAY - datetime.timedelta(days=1)).isoformat()},
        {"start": TODAY.isoformat(), "end": (TODAY + datetime.timedelta(days=1)).isoformat()},
        {"start": "yesterday", "end": TODAY.isoformat()},
    ],
)
def test_a_period_that_cannot_be_is_refused(client, camille, period):
    response = client.post(
        "/en/volunteer/certificates/", {**period, "shown": "name", "language": "en"}
    )
    assert response.status_code == 400
    assert not Certificate.objects.exists()


@pytest.mark.django_db
def test_the_pdf_states_the_figures_and_where_to_check_them_and_is_tagged(client, camille):
    try:
        import weasyprint  # noqa: F401
    except OSError:
        skip_or_fail("WeasyPrint needs Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0)")
    certificate = issue(client, language="fr")
    response = client.get(f"/en/volunteer/certificates/{certificate.public_id}/pdf/")
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Certificat de bénévolat" in text  # in the language chosen, not the visitor's
    assert "80 minutes" in text.replace("\u00a0", " ").replace("\u202f", " ")
    assert "C. R.-D." in text and "Nettoyer la rivière" in text
    assert f"http://testserver/c/{certificate.public_id}/" in text
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/Lang"] == "fr"
    assert "pdfuaid" in catalog["/Metadata"].get_object().get_data().decode()
    (attached,) = reader.attachments.values()
    assert json.loads(attached[0]) == certificate.credential


@pytest.mark.django_db
def test_others_can_neither_revoke_nor_download_a_certificate(client, camille):
    certificate = issue(client)
    client.force_login(volunteer())
    base = f"/fr/volunteer/certificates/{certificate.public_id}"
    assert client.post(f"{base}/revoke/").status_code == 404
    assert client.get(f"{base}/pdf/").status_code == 404
    assert client.get(f"{base}/credential.json").status_code == 404
    client.force_login(camille)
    assert client.get(f"{base}/revoke/").status_code == 405  # a link cannot revoke
    client.logout()
    assert client.post(f"{base}/revoke/").status_code == 302  # to the log-in page
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


@pytest.mark.django_db
def test_deleting_the_account_revokes_every_certificate_and_erases_what_they_said(client, camille):
    first, second = issue(client, shown="name"), issue(client)
    credential = first.credential
    client.post("/fr/volunteer/delete/")
    for certificate in (first, second):
        certificate.refresh_from_db()
        assert certificate.revoked_at is not None
        assert certificate.credential == {} and certificate.user is None
        page = text_of(client.get(f"/en/certificates/{certificate.public_id}/"))
        assert "Revoked." in page and "Camille" not in page and "C. R.-D." not in page
    assert "Revoked." in text_of(check(client, credential))


@pytest.mark.django_db
def test_the_volunteers_data_include_her_certificates(client, camille):
    certificate = issue(client)
    data = json.loads(client.get("/fr/volunteer/my-data/").content)
    (listed,) = data["certificates"]
    assert listed["number"] == certificate.public_id and listed["revoked"] is None
    assert listed["credential"] == certificate.credential


@pytest.mark.django_db
def test_a_record_changed_in_the_database_is_shown_as_altered(client, camille):
    certificate = issue(client)
    certificate.credential["credentialSubject"]["volunteering"]["minutes"] = 5000
    certificate.save()
    page = text_of(client.get(f"/en/certificates/{certificate.public_id}/"))
    assert "Altered." in page and "5,000" not in page and "5000" not in page


@pytest.mark.django_db
def test_the_published_key_verifies_a_certificate_without_crowdtime(client, camille):
    """What any verifier does with the DID document and the eddsa-jcs-2022 cryptosuite."""
    credential = issue(client).credential
    did = client.get("/.well-known/did.json").json()
    assert did["id"] == "did:web:testserver"
    (method,) = did["verificationMethod"]
    assert credential["proof"]["verificationMethod"] == method["id"]
    assert did["assertionMethod"] == [method["id"]]
    multikey = from_base58btc(method["publicKeyMultibase"][1:])
    assert multikey[:2] == b"\xed\x01"
    public_key = Ed25519PublicKey.from_public_bytes(multikey[2:])

    document = {k: v for k, v in credential.items() if k != "proof"}
    proof = {k: v for k, v in credential["proof"].items() if k != "proofValue"}
    proof["@context"] = document["@context"]
    signed = hashlib.sha256(canonical_json(proof)).digest()
    signed += hashlib.sha256(canonical_json(document)).digest()
    public_key.verify(from_base58btc(credential["proof"]["proofValue"][1:]), signed)


@pytest.mark.django_db
def test_the_short_link_leads_to_the_page_in_the_readers_language(client, camille):
    certificate = issue(client)
    client.logout()
    response = client.get(f"/c/{certificate.public_id}/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 302
    assert response["Location"] == f"/es/certificates/{certificate.public_id}/"
    assert client.get("/en/certificates/nosuchthing/").status_code == 404


@pytest.mark.django_db
def test_a_credential_file_can_be_uploaded(client, camille):
    certificate = issue(client)
    upload = SimpleUploadedFile(
        "certificate.json", json.dumps(certificate.credential).encode(), "application/json"
    )
    answer = text_of(client.post("/en/certificates/", {"file": upload}))
    assert "Valid." in answer


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sent",
    [
        {"credential": ""},
        {"credential": "not json at all"},
        {"credential": '{"minutes": NaN}'},
        {"credential": "[" * 100_000},
        {"file": SimpleUploadedFile("big.json", b" " * 200_000)},
        {"file": SimpleUploadedFile("latin1.json", '{"é": 1}'.encode("latin-1"))},
    ],
    ids=["empty", "not-json", "nan", "deep", "too-large", "not-utf8"],
)
def test_what_is_not_a_credential_gets_a_translated_400(client, site, sent):
    response = client.post("/fr/certificates/", sent)
    assert response.status_code == 400
    assert "Vérifier un certificat" in response.content.decode()
    assert 'class="errorlist' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "document", [[], "text", 3, {"proof": "x"}, {"proof": {"proofValue": "z0"}}]
)
def test_json_that_is_not_a_signed_credential_is_refused(client, site, document):
    assert "Altered or forged." in text_of(check(client, json.dumps(document)))


@pytest.mark.django_db
def test_the_list_of_certificates_costs_the_same_queries_however_many(
    client, camille, django_assert_max_num_queries
):
    issue(client)
    with CaptureQueriesContext(connection) as first:
        client.get("/fr/volunteer/certificates/")
    queries = len(first)
    for _ in range(4):
        issue(client)
    with django_assert_max_num_queries(queries):
        response = client.get("/fr/volunteer/certificates/")
    assert response.content.decode().count("/revoke/") == 5


@pytest.mark.django_db
def test_a_malformed_signing_key_stops_the_site_at_start(settings):
    from volunteers.apps import check_certificate_signing_key
    from volunteers.signing import signing_key

    settings.CERTIFICATE_SIGNING_KEY = base64.b64encode(b"too short").decode()
    signing_key.cache_clear()
    try:
        (error,) = check_certificate_signing_key()
        assert "32 bytes" in error.msg
    finally:
        settings.CERTIFICATE_SIGNING_KEY = ""
        signing_key.cache_clear()


@pytest.mark.django_db
def test_a_server_without_pango_offers_the_signed_json_instead_of_failing(
    client, camille, monkeypatch
):
    certificate = issue(client)

    def no_pango(*args, **kwargs):
        raise OSError("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr("volunteers.certificate_views.render_pdf", no_pango)
    response = client.get(f"/en/volunteer/certificates/{certificate.public_id}/pdf/", follow=True)
    assert response.status_code == 200
    assert "download the signed JSON instead" in response.content.decode()


@pytest.mark.django_db
def test_a_revoked_or_erased_certificate_leaves_the_cache_in_front_at_once(
    client, camille, varnish, django_capture_on_commit_callbacks
):
    """Its page says "Revoked" at once, and no longer shows an erased volunteer's name, rather
    than when Varnish lets the page go."""

    def public_pages(certificate) -> set[str]:
        return {
            f"http://testserver/{language}/certificates/{certificate.public_id}/"
            for language in ("fr", "en", "es")
        }

    revoked, erased = issue(client), issue(client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/fr/volunteer/certificates/{revoked.public_id}/revoke/")
    assert public_pages(revoked) <= set(varnish.purged)
    assert not public_pages(erased) & set(varnish.purged)

    with django_capture_on_commit_callbacks(execute=True):
        camille.delete()
    assert public_pages(erased) <= set(varnish.purged)
