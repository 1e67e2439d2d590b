from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Editorial pages")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core.cache import forget_when
        from pages.models import Navigation, Tag

        # Menus and tag names show on every page, outside any page's publish.
        for model in (Navigation, Tag):
            forget_when(post_save, model)
            forget_when(post_delete, model)
