"""Wagtail's moderation notices in the site's words and branding: a page sent for review, then
approved or sent back, each notice in its recipient's admin language and greeting them by
name, never by their user name."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import Workflow
from wagtail.users.models import UserProfile

from tests import emails

SUBJECTS = {
    "review": {
        "fr": "attend votre relecture",
        "es": "espera tu revisión",
        "en": "waiting for your review",
    },
    "submitted": {"fr": "Relecture demandée", "es": "Revisión solicitada", "en": "submitted for"},
    "approve": {"fr": "Relecture approuvée", "es": "Revisión aprobada", "en": "has been approved"},
    "reject": {"fr": "demande des modifications", "es": "necesita cambios", "en": "needs changes"},
}


def person(username, first_name, last_name, language, **fields):
    user = get_user_model().objects.create_user(
        username,
        f"{username}@example.org",
        "pw",
        first_name=first_name,
        last_name=last_name,
        **fields,
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def review(site, challenge, django_capture_on_commit_callbacks):
    """`challenge`, changed by an organisation's staff member and sent for review."""
    emails.name_the_site()

    def submit(language):
        staff = person("interne-staff", "Camille", "Durand", language)
        reviewer = person("interne-relecture", "Élise", "Martin", language, is_superuser=True)
        reviewer.groups.add(Group.objects.get(name="Editors"))
        challenge.save_revision(user=staff)
        with django_capture_on_commit_callbacks(execute=True):
            workflow_state = Workflow.objects.get(name="Editorial review").start(challenge, staff)
        return staff, reviewer, workflow_state

    return submit


def by_subject(kind, language):
    found = [m for m in mail.outbox if SUBJECTS[kind][language] in m.subject]
    assert len(found) == 1, [m.subject for m in mail.outbox]
    return found[0]


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_a_page_sent_for_review(review, challenge, language):
    staff, reviewer, _ = review(language)
    for kind in ("review", "submitted"):
        message = by_subject(kind, language)
        assert message.to == [reviewer.email] and challenge.title in message.subject
        emails.check(
            message,
            language,
            name="Élise Martin",
            hidden=["interne-relecture"],
            expect=[f"/admin/pages/{challenge.pk}/edit/"],
        )


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
@pytest.mark.parametrize("action", ["approve", "reject"])
def test_the_reviewers_answer(
    review, challenge, language, action, django_capture_on_commit_callbacks
):
    staff, reviewer, workflow_state = review(language)
    mail.outbox.clear()
    task_state = workflow_state.current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, reviewer, action, comment="Plus court")
    message = by_subject(action, language)
    assert message.to == [staff.email]
    expect = ["Plus court"] if action == "reject" else [challenge.full_url]
    emails.check(message, language, name="Camille Durand", hidden=["interne-staff"], expect=expect)


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_notices_kept_in_wagtails_words_wear_the_sites_branding(site, challenge, language):
    """Comments on a page: Wagtail's wording, on the site's e-mail base."""
    from types import SimpleNamespace

    from wagtail.admin.mail import send_notification

    emails.name_the_site()
    reader = person("interne-lecture", "Élise", "Martin", language)
    comment = SimpleNamespace(text="Plus court")
    send_notification(
        [reader],
        "updated_comments",
        {"page": challenge, "editor": reader, "new_comments": [comment]},
    )
    (message,) = mail.outbox
    text, markup = emails.parts(message)
    greeting = f"{emails.GREETING[language]} Élise Martin,"
    assert text.startswith(greeting) and greeting in markup
    assert f'<html lang="{language}" dir="ltr">' in markup
    for part in (text, markup):
        assert emails.SITE_NAME in part and "Plus court" in part and "interne-lecture" not in part
        assert "/admin/account/" in part  # where to choose the notices one receives
