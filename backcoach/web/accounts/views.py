from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_http_methods

from backcoach.web.accounts.forms import SignUpForm, ThrottledLoginForm, TimeZoneForm
from backcoach.web.accounts.services import (
    account_create,
    account_set_time_zone,
    account_time_zone,
)
from backcoach.web.accounts.timezones import SESSION_KEY
from backcoach.web.http import authenticated_user


def _remember_time_zone(request: HttpRequest, time_zone: str) -> None:
    request.session[SESSION_KEY] = time_zone


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("plan")
    form = SignUpForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = account_create(
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password1"],
            time_zone=form.cleaned_data["time_zone"],
        )
        login(request, user)  # the one configured backend
        _remember_time_zone(request, form.cleaned_data["time_zone"])
        return redirect("intake")
    return render(request, "accounts/signup.html", {"form": form})


class LoginView(auth_views.LoginView):
    form_class = ThrottledLoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form: ThrottledLoginForm) -> HttpResponse:  # type: ignore[override]
        response = super().form_valid(form)
        user = form.get_user()
        assert isinstance(user, User)
        _remember_time_zone(self.request, account_time_zone(user=user))
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("settings")

    def form_valid(self, form):  # type: ignore[no-untyped-def]
        messages.success(self.request, "Your password is changed.")
        return super().form_valid(form)


@login_required
@require_http_methods(["GET", "POST"])
def settings_page(request: HttpRequest) -> HttpResponse:
    user = authenticated_user(request)
    current = account_time_zone(user=user)
    form = TimeZoneForm(
        request.POST if request.method == "POST" else None, initial={"time_zone": current}
    )
    if request.method == "POST" and form.is_valid():
        account_set_time_zone(user=user, time_zone=form.cleaned_data["time_zone"])
        _remember_time_zone(request, form.cleaned_data["time_zone"])
        messages.success(request, "Time zone saved.")
        return redirect("settings")
    return render(request, "accounts/settings.html", {"form": form})


class LogoutView(auth_views.LogoutView):
    """Log out asks first: the menu links here instead of carrying a form, so pages need no
    CSRF token of their own and a kept page (see `pages`) is served as it is."""

    http_method_names = ["get", "post", "options"]  # noqa: RUF012 (as Django declares it)

    def get(self, request: HttpRequest) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect("login")
        return render(request, "accounts/logout.html")
