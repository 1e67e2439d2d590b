from django.apps import AppConfig


class CrowdtimeConfig(AppConfig):
    """The project package (the `site/` folder): settings, URLs, WSGI, middleware, the page
    cache's front door and the error pages. Imported by nobody."""

    name = "crowdtime"
