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
