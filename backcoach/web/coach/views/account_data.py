"""The person's own data: export it, or delete the account and everything in it."""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from backcoach.web.accounts.services import account_delete
from backcoach.web.coach.services.calendar import calendar_feed_get, calendar_feed_reset
from backcoach.web.coach.services.export import (
    export_checkins_csv,
    export_data,
    export_sessions_csv,
)
from backcoach.web.http import authenticated_user


def _download(body: str, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_GET
def export_json(request: HttpRequest) -> HttpResponse:
    data = export_data(user=authenticated_user(request))
    stamp = timezone.localdate().isoformat()
    return _download(json.dumps(data, indent=2), "application/json", f"backcoach-{stamp}.json")


@login_required
@require_GET
def export_csv(request: HttpRequest) -> HttpResponse:
    body = export_sessions_csv(user=authenticated_user(request))
    stamp = timezone.localdate().isoformat()
    return _download(body, "text/csv; charset=utf-8", f"backcoach-sessions-{stamp}.csv")


@login_required
@require_GET
def export_checkins(request: HttpRequest) -> HttpResponse:
    body = export_checkins_csv(user=authenticated_user(request))
    stamp = timezone.localdate().isoformat()
    return _download(body, "text/csv; charset=utf-8", f"backcoach-checkins-{stamp}.csv")


class DeleteForm(forms.Form):
    password = forms.CharField(
        label="Your password, to confirm", widget=forms.PasswordInput, strip=False
    )


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    user = authenticated_user(request)
    form = DeleteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if user.check_password(form.cleaned_data["password"]):
            logout(request)
            account_delete(user=user)
            return render(request, "coach/account_deleted.html")
        form.add_error("password", "That is not your password.")
    return render(request, "coach/delete_account.html", {"form": form})


@login_required
@require_GET
def data_page(request: HttpRequest) -> HttpResponse:
    feed = calendar_feed_get(user=authenticated_user(request))
    feed_url = request.build_absolute_uri(reverse("calendar_feed", args=[feed.token]))
    return render(request, "coach/my_data.html", {"feed_url": feed_url})


@login_required
@require_POST
def calendar_reset(request: HttpRequest) -> HttpResponse:
    calendar_feed_reset(user=authenticated_user(request))
    messages.success(request, "Your calendar link is new; the old one no longer works.")
    return redirect("my_data")
