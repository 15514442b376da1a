from django.urls import include, path

from backcoach.web.coach.views.home import hello

urlpatterns = [
    path("accounts/", include("backcoach.web.accounts.urls")),
    path("healthz/", hello, name="healthz"),
    path("", include("backcoach.web.coach.urls")),
]
