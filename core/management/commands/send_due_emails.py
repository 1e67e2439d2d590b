from django.core.management.base import BaseCommand

from core import due_emails


class Command(BaseCommand):
    help = (
        "Queue the e-mails due now (reminders, digests): run it every few minutes from cron. "
        "Running it twice, or on two machines at once, sends each e-mail once."
    )

    def handle(self, *args, **options):
        queued = due_emails.run()
        self.stdout.write(f"{queued} e-mail(s) queued.")
