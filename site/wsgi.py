import os

from django.core.wsgi import get_wsgi_application

from crowdtime.page_cache import CachedPages

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crowdtime.settings.dev")

# Anonymous visitors' cached pages are answered before Django handles the request.
application = CachedPages(get_wsgi_application())
