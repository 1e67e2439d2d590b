from django.db import models


class SentEmail(models.Model):
    """Each e-mail a task sent, by key ("campaign-confirmation:<participation id>"), so that a
    task run twice (retried, or picked up again after its worker died) sends it once. Holds no
    address: nothing personal outlives the data it was sent about."""

    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key


class EmailOptOut(models.Model):
    """An address that wants no more e-mails of one kind ("campaign-reminders"), kept as a
    SHA-256 hash of the address: enough to recognise it when sending, nothing to read back."""

    address_hash = models.CharField(max_length=64)
    kind = models.CharField(max_length=50)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["address_hash", "kind"], name="one_opt_out_per_kind")
        ]

    def __str__(self):
        return self.kind


class QueuedEmail(models.Model):
    """An e-mail on schedule handed to the task worker (core/due_emails.py), by the key it will
    be sent under, and when its batch is due to run: the next runs of the scheduler leave it
    alone, and queue what is new after the last batch waiting, so that the rate holds across
    runs. An hour past its time, a row is taken for a batch the worker lost, and forgotten:
    the next run queues again what it did not send."""

    key = models.CharField(max_length=200, unique=True)
    due_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return self.key


class MachineDraftedPage(models.Model):
    """A page published as machine translation drafted it (`manage.py add_language`): its
    visitors read a notice until an editor reviews it, which an editor's publish of the page
    records by deleting this row (core/machine_drafts.py)."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="machine_draft"
    )
    drafted_from = models.CharField(max_length=10)  # the language code of the source page
    drafted_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.page_id} (from {self.drafted_from})"
