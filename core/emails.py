from django.core.mail import send_mail
from django.db import transaction

from core.models import SentEmail


def send_once(key: str, subject: str, body: str, to: str) -> bool:
    """Send the e-mail unless one was sent under `key`; True if this call sent it. The key is
    written in the transaction that sends: if sending fails, neither stays and a retry sends;
    a second run at the same moment waits for the first to commit, then finds the key. Only a
    worker killed between the mail server's acceptance and the commit can leave it unsent."""
    with transaction.atomic():
        _, created = SentEmail.objects.get_or_create(key=key)
        if created:
            send_mail(" ".join(subject.split()), body, None, [to])
    return created
