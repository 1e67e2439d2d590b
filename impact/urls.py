from django.urls import path

from impact import views

app_name = "impact"
urlpatterns = [
    path("", views.statistics_page, name="statistics"),
    path("crowdtime-statistics.csv", views.download_csv, name="csv"),
    path("crowdtime-statistics.json", views.download_json, name="json"),
]
