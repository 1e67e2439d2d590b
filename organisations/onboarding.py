"""What approving an organisation sets up: its page, a collection for its images and
documents, private to its staff and the site's editors, and a staff group that may edit only
that page and what lies under it."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
)

from organisations.models import OrganisationApplication, OrganisationIndexPage, OrganisationPage
from organisations.tasks import send_decision_email

STAFF_PAGE_PERMISSIONS = ["add_page", "change_page"]  # no publish: editors review
STAFF_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def permission(app_label, codename) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_page_permissions(group, page) -> None:
    for codename in STAFF_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission("wagtailcore", codename)
        )


def create_staff_group(name, page, collection) -> Group:
    group = Group.objects.create(name=unique_name(Group.objects, f"{name} – staff"))
    group.permissions.add(
        permission("wagtailadmin", "access_admin"),
        # Limited to their own pages by organisations.wagtail_hooks.
        permission("wagtail_localize", "submit_translation"),
    )
    grant_page_permissions(group, page)
    for app_label, codename in STAFF_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.create(
            group=group, collection=collection, permission=permission(app_label, codename)
        )
    return group


def keep_documents_private(collection, staff_group) -> None:
    """The collection's documents download only for its staff and for the groups that manage
    every document (the site's editors), through Wagtail's document view; images stay public."""
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    editors = GroupCollectionPermission.objects.filter(
        collection=Collection.get_first_root_node(), permission__codename="change_document"
    ).values("group")
    restriction.groups.set([staff_group, *Group.objects.filter(pk__in=editors)])


def unique_name(queryset, name, field="name") -> str:
    candidate, number = name, 1
    while queryset.filter(**{field: candidate}).exists():
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def staff_account(email: str, name: str):
    """The applicant's existing account, or a new one without a password: the approval
    e-mail lets them choose it."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User.objects.create_user(
            username=unique_name(User.objects, email.lower()[:150], field="username"),
            email=email,
            first_name=name[:150],
        )
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


@transaction.atomic
def create_organisation(*, name, summary, website, country, contact_email, causes, owner=None):
    """An organisation's page in the default language, published, with its collection and
    staff group."""
    locale = Locale.get_default()
    index = OrganisationIndexPage.objects.get(locale=locale)
    page = OrganisationPage(
        title=name,
        slug=unique_name(
            OrganisationPage.objects.child_of(index),
            slugify(name)[:200] or "organisation",
            field="slug",
        ),
        summary=summary,
        website=website,
        country=country,
        contact_email=contact_email,
        locale=locale,
    )
    index.add_child(instance=page)
    page.causes.set(causes)
    page.collection = Collection.get_first_root_node().add_child(
        name=unique_name(Collection.objects, name)
    )
    page.staff_group = create_staff_group(name, page, page.collection)
    keep_documents_private(page.collection, page.staff_group)
    page.save_revision(user=owner).publish(user=owner)
    return page


@transaction.atomic
def approve(application: OrganisationApplication, editor, message: str) -> OrganisationPage:
    page = create_organisation(
        name=application.name,
        summary=application.summary,
        website=application.website,
        country=application.country,
        contact_email=application.contact_email,
        causes=list(application.causes.all()),
        owner=editor,
    )
    staff_account(application.applicant_email, application.applicant_name).groups.add(
        page.staff_group
    )
    decide(application, editor, message, OrganisationApplication.Status.APPROVED, page)
    return page


@transaction.atomic
def reject(application: OrganisationApplication, editor, message: str) -> None:
    decide(application, editor, message, OrganisationApplication.Status.REJECTED)


def decide(application, editor, message, status, page=None) -> None:
    application.status = status
    application.decision_message = message
    application.decided_by = editor
    application.decided_at = timezone.now()
    application.organisation = page
    application.save()
    transaction.on_commit(lambda: send_decision_email.enqueue(application.pk))
