from django.urls import path, re_path

from campaigns import views

app_name = "campaigns"
urlpatterns = [
    path("participation/<str:token>/", views.participation, name="participation"),
    # Answers in the pasted address's language, whichever language prefix it is asked under.
    path("oembed/", views.oembed, name="oembed"),
    # A campaign's progress badge, beside its page's own address (Wagtail serves only paths
    # that end with a slash).
    re_path(r"^(?P<page_path>(?:[\w-]+/)+)badge\.svg$", views.badge, name="badge"),
]
