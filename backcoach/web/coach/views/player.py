"""The session player page: the core's timeline for one planned session, handed to the
player's ES modules as a JSON data block (not a script, so the CSP holds)."""

import datetime as dt
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET

from backcoach.core.advice import STOP_ADVICE, STOP_LABELS
from backcoach.core.planning import PlannedSession
from backcoach.core.screening import SEVERE, SEVERE_PAIN
from backcoach.core.timeline import build_timeline
from backcoach.web.coach.library import has_figure, library
from backcoach.web.coach.plans import current_plan
from backcoach.web.coach.played import item_json
from backcoach.web.http import authenticated_user


def _player_data(planned: PlannedSession) -> dict[str, Any]:
    """What the player's modules read: the core's timeline, the items it was built from (the
    save sends them back, so the server can rebuild it) and the advice for each reason to
    stop."""
    return {
        "timeline": build_timeline(planned).to_dict(),
        "items": [item_json(i) for i in planned.items],
        "complex_id": planned.complex_id,
        "advice": {str(k): v for k, v in STOP_ADVICE.items()},
        # Pain this strong before a session means no session today, as in the screening.
        "severe_pain": SEVERE_PAIN,
    }


@login_required
@require_GET
@ensure_csrf_cookie  # the save reads the token from the cookie (see store.js)
def play(request: HttpRequest, day: str, number: int) -> HttpResponse:
    user = authenticated_user(request)
    try:
        when = dt.date.fromisoformat(day)
    except ValueError:
        raise Http404("no such day") from None
    current = current_plan(user=user, today=timezone.localdate())
    if current is None:
        return redirect("plan")
    sessions = current.day(when)
    if not 0 <= number < len(sessions):
        raise Http404("no such session in your plan")
    planned = sessions[number]
    data = _player_data(planned)
    figures = {i.exercise for i in planned.items if has_figure(i.exercise)}
    names = library().exercises
    context = {
        "data": data,
        "planned": planned,
        "key": f"{user.pk}:{when.isoformat()}:{number}",
        "done_url": reverse("session_detail", args=["SESSION_ID"]),
        "stop_reasons": list(STOP_LABELS.items()),
        "figures": [(x, names[x].name.lower()) for x in sorted(figures) if x in names],
        "pain_scale": range(11),
        "severe": SEVERE,
        "difficulty_scale": range(1, 11),
    }
    return render(request, "coach/player.html", context)
