from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from backcoach.web.coach.progress_view import (
    calendar,
    numbers_table,
    pain_series,
    pain_svg,
    recent_sessions,
    session_rows,
)
from backcoach.web.http import authenticated_user


@login_required
@require_GET
def progress(request: HttpRequest) -> HttpResponse:
    user = authenticated_user(request)
    today = timezone.localdate()
    series = pain_series(user=user, today=today)
    context = {
        # Built by charts.py from numbers only; every text in it is escaped there.
        "chart": mark_safe(pain_svg(series)),
        # Escaped where they are built (progress_view); no user input is left raw.
        "numbers": mark_safe(numbers_table(series)),
        "weeks": calendar(user=user, today=today),
        "sessions": mark_safe(session_rows(recent_sessions(user=user))),
    }
    return render(request, "coach/progress.html", context)
