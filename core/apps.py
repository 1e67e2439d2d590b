from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The ground floor: what every app shares and that knows no domain (the per-worker caches,
    the patches of Wagtail, form mixins, template tags, once-only e-mails, the task worker, the languages added by machine translation)."""

    name = "core"

    def ready(self):
        from core import cache, machine_drafts, patches

        cache.connect()
        machine_drafts.connect()
        patches.apply()
