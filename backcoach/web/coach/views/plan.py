"""The plan page, the screening page when there is no plan, and the morning check-in."""

import datetime as dt

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from backcoach.web.coach.access import current_intake
from backcoach.web.coach.forms_intake import PAIN
from backcoach.web.coach.library import exercise_name
from backcoach.web.coach.plan_view import week_view
from backcoach.web.coach.plans import CACHE_S, CurrentPlan, activity, current_plan
from backcoach.web.coach.services.checkins import checkin_record
from backcoach.web.coach.services.planned import planned_days_record
from backcoach.web.http import authenticated_user


class CheckInForm(forms.Form):
    pain = forms.TypedChoiceField(
        label="How does your back feel this morning, from 0 (no pain) to 10?",
        choices=PAIN,
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "scale"}),
    )
    sore = forms.BooleanField(
        label="My muscles are sore from yesterday's exercises", required=False
    )


def _no_plan(request: HttpRequest, status: str, reasons: list[dict[str, str]]) -> HttpResponse:
    return render(request, "coach/no_plan.html", {"status": status, "reasons": reasons})


def _week(request: HttpRequest, user: User, current: CurrentPlan, today: dt.date) -> str:
    """The week, rendered once per plan and day: the cache key changes with every session,
    check-in or new intake, so a cached week is never stale."""
    key = f"{current.key}:week:{today.isoformat()}"
    html: str | None = cache.get(key)
    if html is None:
        plan = current.result.plan
        assert plan is not None
        planned_days_record(user=user, plan=plan, today=today)
        context = {
            "plan": plan,
            "days": week_view(user=user, current=current, today=today),
            "next_review": current.next_review,
            "excluded": [(exercise_name(e.exercise), e) for e in current.result.excluded],
        }
        html = render_to_string("coach/_week.html", context, request)
        cache.set(key, html, CACHE_S)
    return html


@login_required
@require_GET
def plan(request: HttpRequest) -> HttpResponse:
    user = authenticated_user(request)
    today = timezone.localdate()
    intake = current_intake(user)
    if intake is None:
        return redirect("intake")
    if not intake.allows_plan:
        return _no_plan(request, intake.status, intake.reasons)
    seen = activity(user=user, today=today)
    current = current_plan(user=user, today=today, seen=seen, intake=intake)
    assert current is not None
    result = current.result
    if result.plan is None:
        return _no_plan(request, result.status.value, [r.to_dict() for r in result.reasons])
    context = {
        "result": result,
        # Rendered by our own template with autoescaping; cached as a string.
        "week": mark_safe(_week(request, user, current, today)),
        "checkin": seen.checkin_due,
        "pain_scale": range(11),
    }
    return render(request, "coach/plan.html", context)


@login_required
@require_POST
def checkin(request: HttpRequest) -> HttpResponse:
    form = CheckInForm(request.POST)
    if form.is_valid():
        checkin_record(
            user=authenticated_user(request),
            date=timezone.localdate(),
            pain=form.cleaned_data["pain"],
            sore=form.cleaned_data["sore"],
        )
        messages.success(request, "Thank you. Your plan takes this into account.")
    else:
        messages.error(request, "Choose a number from 0 to 10.")
    return redirect("plan")
