from django.urls import path

from backcoach.web.coach.views import home, library

urlpatterns = [
    path("", home.home, name="home"),
    path("library/", library.exercise_list, name="exercise_list"),
    path("library/complexes/", library.complex_list, name="complex_list"),
    path("library/complexes/<slug:complex_id>/", library.complex_detail, name="complex_detail"),
    path("library/<slug:exercise_id>/", library.exercise_detail, name="exercise_detail"),
]
