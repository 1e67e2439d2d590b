"""A machine-drafted page (core.models.MachineDraftedPage) shows its notice until an editor
publishes it by hand: a publish with a user is a review; add_language's own has none."""

from wagtail.signals import page_published

from core.cache import remember
from core.models import MachineDraftedPage


def is_machine_drafted(page) -> bool:
    """Kept with the fragments, which every publish empties (core/cache.py)."""
    return remember(
        f"machine_drafted:{page.pk}",
        lambda: MachineDraftedPage.objects.filter(page_id=page.pk).exists(),
    )


def reviewed_when_an_editor_publishes(sender, instance, revision=None, **kwargs) -> None:
    if revision is not None and revision.user_id is not None:
        MachineDraftedPage.objects.filter(page_id=instance.pk).delete()


def connect() -> None:
    page_published.connect(reviewed_when_an_editor_publishes)
