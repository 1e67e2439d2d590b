from django.urls import path

from campaigns import views

app_name = "campaigns"
urlpatterns = [
    path("participation/<str:token>/", views.participation, name="participation"),
]
