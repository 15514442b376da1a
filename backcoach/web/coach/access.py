"""The one way to fetch each owned object. Every helper answers 404 for another person's object,
exactly as for one that does not exist, so ids reveal nothing."""

import uuid

from django.contrib.auth.models import User
from django.http import Http404
from django.shortcuts import get_object_or_404

from backcoach.web.coach.models import CalendarFeed, Clearance, Intake, SessionLog


def session_for_user(user: User, client_id: uuid.UUID | str) -> SessionLog:
    try:
        key = uuid.UUID(str(client_id))
    except ValueError:
        raise Http404("no such session") from None
    return get_object_or_404(SessionLog, user=user, client_id=key)


def clearance_for_user(user: User, clearance_id: int) -> Clearance:
    return get_object_or_404(Clearance, user=user, pk=clearance_id)


def current_intake(user: User) -> Intake | None:
    return Intake.objects.filter(user=user).order_by("-created_at", "-pk").first()


def feed_for_token(token: str) -> CalendarFeed:
    return get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
