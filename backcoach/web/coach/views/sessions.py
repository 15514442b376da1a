"""Saving a session from the player, and showing one."""

import datetime as dt
import logging

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from backcoach.core.advice import is_safety_stop, stop_advice
from backcoach.core.jsontext import JsonError, decode
from backcoach.web.coach.access import session_for_user
from backcoach.web.coach.models import CheckIn, SessionLog
from backcoach.web.coach.payloads import PayloadError, parse_session
from backcoach.web.coach.services.sessions import session_save
from backcoach.web.http import authenticated_user

MAX_BODY = 256 * 1024

logger = logging.getLogger(__name__)


def _json_error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _log_device_clock(session: SessionLog, device_started_at: dt.datetime) -> None:
    # Kept in the log: the row holds the server's estimate, not what the device said.
    logger.warning(
        "session %s of user %s: the device's clock said it started at %s; filed at %s",
        session.client_id,
        session.user_id,
        device_started_at.isoformat(),
        session.started_at.isoformat(),
    )


@login_required
@require_POST
def save(request: HttpRequest) -> JsonResponse:
    """201 for a new session, 200 for a retry of one already saved (same client id)."""
    if len(request.body) > MAX_BODY:
        return _json_error("body too large", 413)
    try:
        parsed = parse_session(decode(request.body), now=timezone.now())
    except JsonError as e:
        return _json_error(f"body: not valid JSON ({e})")
    except PayloadError as e:
        return _json_error(str(e))
    user = authenticated_user(request)
    # The request's zone (see the time zone middleware), so the day a session is filed under
    # is the same "today" the plan page shows.
    saved = session_save(
        user=user,
        data=parsed.session,
        results=parsed.results,
        time_zone=timezone.get_current_timezone_name(),
    )
    if saved.created and parsed.device_started_at is not None:
        _log_device_clock(saved.session, parsed.device_started_at)
    reason = saved.session.stop_reason
    body = {
        "id": str(saved.session.client_id),
        "created": saved.created,
        "started_at": saved.session.started_at.isoformat(),
        "safety_stop": is_safety_stop(reason),
        "advice": stop_advice(reason),
    }
    return JsonResponse(body, status=201 if saved.created else 200)


@login_required
@require_GET
def detail(request: HttpRequest, client_id: str) -> HttpResponse:
    user = authenticated_user(request)
    session = session_for_user(user, client_id)
    next_day = session.local_date + dt.timedelta(days=1)
    context = {
        "session": session,
        "next_morning": CheckIn.objects.filter(user=user, date=next_day).first(),
        "advice": stop_advice(session.stop_reason),
        "safety_stop": is_safety_stop(session.stop_reason),
    }
    return render(request, "coach/session_detail.html", context)
