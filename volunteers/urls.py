from django.urls import path

from volunteers import certificate_views, views

app_name = "volunteers"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("profile/", views.edit_profile, name="profile"),
    path("calendar/new/", views.new_calendar_address, name="new_calendar_address"),
    path("my-data/", views.download_data, name="download_data"),
    path("delete/", views.delete_account, name="delete_account"),
    path("certificates/", certificate_views.my_certificates, name="certificates"),
    path(
        "certificates/<slug:public_id>/pdf/",
        certificate_views.certificate_pdf,
        name="certificate_pdf",
    ),
    path(
        "certificates/<slug:public_id>/credential.json",
        certificate_views.certificate_credential,
        name="certificate_credential",
    ),
    path(
        "certificates/<slug:public_id>/revoke/",
        certificate_views.revoke_certificate,
        name="revoke_certificate",
    ),
]
