from django.db import models


class SentEmail(models.Model):
    """Each e-mail a task sent, by key ("campaign-confirmation:<participation id>"), so that a
    task run twice (retried, or picked up again after its worker died) sends it once. Holds no
    address: nothing personal outlives the data it was sent about."""

    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key
