from django.urls import path

from organisations import views

app_name = "organisations"
urlpatterns = [
    path("register/", views.register, name="register"),
    path("register/thanks/", views.registered, name="registered"),
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
]
