from django.apps import AppConfig


class CrowdtimeConfig(AppConfig):
    """Settings, URLs and what the whole site shares (the `site/` folder)."""

    name = "crowdtime"

    def ready(self):
        from django.db.models.signals import post_save
        from wagtail.signals import page_published, page_unpublished

        from crowdtime.middleware import purge_page_cache
        from pages.models import Navigation

        page_published.connect(purge_page_cache, dispatch_uid="purge_on_publish")
        page_unpublished.connect(purge_page_cache, dispatch_uid="purge_on_unpublish")
        post_save.connect(purge_page_cache, sender=Navigation, dispatch_uid="purge_on_menu")
