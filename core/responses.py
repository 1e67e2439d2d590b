from django.template.response import TemplateResponse


def too_many_requests(request):
    """The answer to a visitor who has sent a form too often (django-ratelimit)."""
    return TemplateResponse(request, "429.html", status=429)
