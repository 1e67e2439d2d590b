from django.apps import AppConfig


class CrowdtimeConfig(AppConfig):
    """Settings, URLs and what the whole site shares (the `site/` folder)."""

    name = "crowdtime"

    def ready(self):
        from django.core.signals import request_finished, request_started
        from django.db.models.signals import post_delete, post_save
        from django_tasks.signals import task_finished
        from wagtail.images import get_image_model
        from wagtail.models import Locale, PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from crowdtime.i18n import remember_locales
        from crowdtime.published import (
            forget_after_indexing,
            forget_published_content,
            listen_for_publishes,
            note_request_finished,
            note_request_started,
            remember_site_root_paths,
        )
        from pages.models import Navigation, Tag

        # A deleted page is unpublished first, so page_unpublished covers deletions. A saved or
        # deleted site makes Wagtail clear its root paths, which remember_site_root_paths()
        # turns into the same forgetting.
        image = get_image_model()
        for signal, sender in (
            (page_published, None),
            (page_unpublished, None),
            (post_page_move, None),
            (post_save, Navigation),
            (post_delete, Navigation),
            (post_save, Tag),
            (post_delete, Tag),
            (post_save, image),
            (post_delete, image),
            (post_save, PageViewRestriction),
            (post_delete, PageViewRestriction),
            (post_save, Locale),
            (post_delete, Locale),
        ):
            signal.connect(forget_published_content, sender=sender)
        task_finished.connect(forget_after_indexing)
        remember_locales()
        remember_site_root_paths()
        request_started.connect(listen_for_publishes)
        request_started.connect(note_request_started)
        request_finished.connect(note_request_finished)
