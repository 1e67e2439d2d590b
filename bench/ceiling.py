"""The ceiling: a minimal Django project, one view returning a small HTML page, served by the
same server and worker count as Crowdtime so that every figure is a ratio to it."""

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

PAGE = b"<!DOCTYPE html><html lang=en><title>Ceiling</title><p>Hello, volunteers.</p></html>"


def hello(request):
    return HttpResponse(PAGE)


settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-ceiling",  # noqa: S106
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    DATABASES={},
)
django.setup()
urlpatterns = [path("", hello)]
application = get_wsgi_application()
