from django.db import models


class SentEmail(models.Model):
    """Each e-mail a task sent, by key ("campaign-confirmation:<participation id>"), so that a
    task run twice (retried, or picked up again after its worker died) sends it once. Holds no
    address: nothing personal outlives the data it was sent about."""

    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

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
