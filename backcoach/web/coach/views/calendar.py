"""The private iCalendar feed: the planned sessions, readable by whoever holds the token."""

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from backcoach.web.coach.access import feed_for_token
from backcoach.web.coach.feed import planned_events
from backcoach.web.coach.ical import ics_calendar


@require_GET
def feed(request: HttpRequest, token: str) -> HttpResponse:
    user = feed_for_token(token).user
    events = planned_events(user=user, base_url=request.build_absolute_uri("/"))
    body = ics_calendar(events, name="backcoach plan", now=timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=900"
    response["X-Robots-Tag"] = "noindex"
    return response
