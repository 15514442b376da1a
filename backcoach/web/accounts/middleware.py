"""Runs each request in the person's time zone: the one place that decides it. It is read
from the session so it costs no query; a session that lacks it (one that began before the
zone was stored) gets it from the account once."""

import zoneinfo
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from backcoach.web.accounts.services import account_time_zone
from backcoach.web.accounts.timezones import SESSION_KEY
from backcoach.web.http import authenticated_user


def timezone_middleware(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    def middleware(request: HttpRequest) -> HttpResponse:
        zone = _zone(_zone_name(request))
        if zone is None:
            timezone.deactivate()
        else:
            timezone.activate(zone)
        return get_response(request)

    return middleware


def _zone(name: str | None) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def _zone_name(request: HttpRequest) -> str | None:
    if not hasattr(request, "session"):
        return None
    name: str | None = request.session.get(SESSION_KEY)
    if name is None and request.user.is_authenticated:
        name = account_time_zone(user=authenticated_user(request))
        request.session[SESSION_KEY] = name
    return name
