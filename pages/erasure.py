"""What the pages of a domain own beside them (a campaign's sign-ups, a challenge's
contributions) belongs to the page in every language. Once its last translation is deleted
nothing reaches those rows any more, no admin view, no export: they are erased in the same
transaction. Nothing is kept, not even counts, since no figure shows a deleted page's (an
organisation's totals add up its live pages). Each domain connects its own erasure here."""

from django.db.models.signals import post_delete
from wagtail.models import Page


def keys_gone_with(page: Page, page_model) -> set:
    """The translation keys of the `page_model` pages that deleting `page`, and the pages under
    it, leaves with no translation elsewhere."""
    subtree = Page.objects.descendant_of(page, inclusive=True)
    keys = set(subtree.type(page_model).values_list("translation_key", flat=True))
    kept = Page.objects.filter(translation_key__in=keys).exclude(pk__in=subtree)
    return keys - set(kept.values_list("translation_key", flat=True))


def erase_with_the_last_translation(page_model, erase) -> None:
    """Call `erase(translation_key)` when the last translation of a `page_model` page is
    deleted. The receiver asks the page type's own table, from which the deleted rows are
    gone, even when translations go in one deletion."""

    def erase_if_last(sender, instance, **kwargs):
        if not sender.objects.filter(translation_key=instance.translation_key).exists():
            erase(instance.translation_key)

    post_delete.connect(erase_if_last, sender=page_model, weak=False)
