from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The ground floor: what every app shares and that knows no domain (the per-worker caches,
    the patches of Wagtail, form mixins, template tags, once-only e-mails, the task worker)."""

    name = "core"

    def ready(self):
        from core import cache, patches

        cache.connect()
        patches.apply()
