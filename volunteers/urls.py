from django.urls import path

from volunteers import views

app_name = "volunteers"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("profile/", views.edit_profile, name="profile"),
    path("calendar/new/", views.new_calendar_address, name="new_calendar_address"),
    path("my-data/", views.download_data, name="download_data"),
    path("delete/", views.delete_account, name="delete_account"),
]
