import secrets

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from wagtail.models import Locale

from organisations.models import OrganisationPage
from volunteers.models import Profile


class Command(BaseCommand):
    help = (
        "Create the demo administrator, and in development give the demo volunteers and "
        "organisation staff passwords; "
        "print the generated passwords once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        self.create_admin(username)
        if settings.DEBUG:
            self.open_demo_volunteers()
            self.open_demo_staff()

    def create_admin(self, username):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"The administrator '{username}' already exists (its password was printed when it "
                f"was created; to set a new one: .venv/bin/python manage.py changepassword {username})."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(f"Demo administrator created: {username} / {password} (at /admin/)")
        )

    def open_demo_volunteers(self):
        """The demo volunteers are created without a password; give them one, once."""
        for profile in Profile.objects.select_related("user").filter(
            user__email__endswith="@example.org"
        ):
            user = profile.user
            if not (password := give_a_password(user)):
                continue
            EmailAddress.objects.update_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )
            self.stdout.write(
                f"Demo volunteer: {user.email} / {password} (log in at /fr/accounts/login/)"
            )

    def open_demo_staff(self):
        """The demo organisations' staff, created without a password like any approved
        applicant; give them one, once."""
        for organisation in OrganisationPage.objects.filter(
            locale=Locale.get_default(), staff_group__isnull=False
        ):
            for user in organisation.staff_group.user_set.filter(email__endswith=".example.org"):
                if not (password := give_a_password(user)):
                    continue
                self.stdout.write(
                    f"Demo staff of {organisation.title}: {user.email} / {password} "
                    "(log in at /admin/)"
                )


def give_a_password(user) -> str:
    """A new random password for a demo account that has none yet (else "")."""
    if user.has_usable_password():
        return ""
    password = secrets.token_urlsafe(9)
    user.set_password(password)
    user.save(update_fields=["password"])
    return password
