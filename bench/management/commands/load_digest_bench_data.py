import datetime
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from challenges.models import ChallengePage
from challenges.models.challenge import ChallengeCause
from core import due_emails
from organisations.models import OrganisationPage
from pages.models import Tag
from volunteers.models import Digest, Profile

BATCH = 5000
TIME_ZONE = "Europe/Paris"


def period(now=None) -> due_emails.Period:
    """The weekly period whose digest the bench builds: the pages were published in its window."""
    return due_emails.current_period(Digest.WEEKLY, TIME_ZONE, now or timezone.now())


class Command(BaseCommand):
    help = (
        "For `make bench` only: --size open challenges published during the last week, for a "
        "cause, and --size volunteers who chose a weekly digest and that cause."
    )

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=10)

    def handle(self, *args, size, **options):
        if not getattr(settings, "BENCH", False):
            raise CommandError("Bench data goes only into the bench's own database.")
        cause = Tag.objects.filter(kind=Tag.Kind.CAUSE, locale__language_code="fr").first()
        with transaction.atomic():
            self.grow_challenges(cause, size)
            self.grow_volunteers(cause, size)
        self.stdout.write(f"Digest bench data: {size} new challenges and volunteers.")

    @staticmethod
    def grow_challenges(cause, size):
        """Challenges inserted in bulk, a thousand times faster than publishing each: their
        rows in Wagtail's tree under the organisation's page, then their own. Django's
        bulk_create does not insert a model inherited from another table, hence the two steps."""
        parent = OrganisationPage.objects.filter(locale__language_code="fr").first()
        have = ChallengePage.objects.filter(slug__startswith="bench-digest-").count()
        published = period().window[0] + datetime.timedelta(hours=1)
        deadline = timezone.now() + datetime.timedelta(days=365)
        content_type = ContentType.objects.get_for_model(ChallengePage)
        for start in range(have, size, BATCH):
            parent.refresh_from_db()
            last = parent.get_last_child()
            step = last._get_lastpos_in_path() if last else 0
            numbers = range(start, min(size, start + BATCH))
            pages = [
                Page(
                    title=f"Bench digest challenge {n}",
                    draft_title=f"Bench digest challenge {n}",
                    slug=f"bench-digest-{n}",
                    content_type=content_type,
                    locale_id=parent.locale_id,
                    translation_key=uuid.uuid4(),
                    live=True,
                    first_published_at=published,
                    last_published_at=published,
                    path=Page._get_path(parent.path, parent.depth + 1, step + 1 + i),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}bench-digest-{n}/",
                )
                for i, n in enumerate(numbers)
            ]
            Page.objects.bulk_create(pages)
            Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
            challenges = [
                ChallengePage(
                    page_ptr_id=page.pk,
                    summary="A challenge for the digest's benchmark.",
                    task="Suggest one idea.",
                    deadline=deadline,
                    minutes=15,
                )
                for page in pages
            ]
            own_fields = ChallengePage._meta.local_concrete_fields
            ChallengePage.objects.all()._batched_insert(challenges, own_fields, BATCH)
            ChallengeCause.objects.bulk_create(
                ChallengeCause(tag=cause, content_object_id=page.pk) for page in pages
            )

    @staticmethod
    def grow_volunteers(cause, size):
        users = get_user_model().objects
        have = users.filter(username__startswith="bench-digest-").count()
        for start in range(have, size, BATCH):
            numbers = range(start, min(size, start + BATCH))
            created = users.bulk_create(
                get_user_model()(username=f"bench-digest-{n}", email=f"digest-{n}@example.invalid")
                for n in numbers
            )
            profiles = Profile.objects.bulk_create(
                Profile(
                    user=user,
                    display_name=f"Volunteer {user.pk}",
                    preferred_language=("fr", "en", "es")[user.pk % 3],
                    time_zone=TIME_ZONE,
                    digest=Digest.WEEKLY,
                )
                for user in created
            )
            Profile.causes.through.objects.bulk_create(
                Profile.causes.through(profile_id=profile.pk, tag_id=cause.pk)
                for profile in profiles
            )
