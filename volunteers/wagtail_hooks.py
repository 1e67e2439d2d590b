from django.urls import reverse
from wagtail import hooks


@hooks.register("home_page_context")
def offer_fifteen_minutes(home_page, request, context):
    """The home page's "I have 15 minutes" button."""
    context["fifteen_minutes_url"] = reverse("fifteen_minutes")
