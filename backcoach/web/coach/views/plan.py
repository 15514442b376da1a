"""The plan page, the screening page when there is no plan, and the morning check-in."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from backcoach.web.coach.access import current_intake
from backcoach.web.coach.forms_intake import PAIN
from backcoach.web.coach.library import exercise_name
from backcoach.web.coach.plan_view import week_view
from backcoach.web.coach.plans import activity, current_plan
from backcoach.web.coach.queries import active_clearances
from backcoach.web.coach.services.checkins import checkin_record
from backcoach.web.coach.services.planned import planned_days_record
from backcoach.web.http import authenticated_user
from backcoach.web.pages import cached_page


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


def _no_plan(
    request: HttpRequest, csrf_token: str, status: str, reasons: list[dict[str, str]]
) -> HttpResponse:
    # Pain alone does not send to a doctor first: the page says to come back when it eases.
    pain_only = all(r["code"] == "severe_pain" for r in reasons)
    clearable = any(r["code"].startswith(("contraindication_", "red_flag_")) for r in reasons)
    context = {
        "status": status,
        "reasons": reasons,
        "pain_only": pain_only,
        "clearable": clearable and status == "see_doctor",
        "csrf_token": csrf_token,
    }
    return render(request, "coach/no_plan.html", context)


@login_required
@require_GET
def plan(request: HttpRequest) -> HttpResponse:
    """Kept whole in the cache per person and day, until one of their records changes (see
    `pages`): most visits are a look at today's plan with nothing new since the last."""
    user = authenticated_user(request)
    return cached_page(request, user.pk, "plan", lambda csrf: _plan_page(request, user, csrf))


def _plan_page(request: HttpRequest, user: User, csrf_token: str) -> HttpResponse:
    today = timezone.localdate()
    intake = current_intake(user)
    if intake is None:
        return redirect("intake")
    if not intake.allows_plan:
        return _no_plan(request, csrf_token, intake.status, intake.reasons)
    seen = activity(user=user, today=today)
    current = current_plan(user=user, today=today, seen=seen, intake=intake)
    assert current is not None
    result = current.result
    plan = result.plan
    if plan is None:
        reasons = [r.to_dict() for r in result.reasons]
        return _no_plan(request, csrf_token, result.status.value, reasons)
    planned_days_record(user=user, plan=plan, today=today)
    context = {
        "result": result,
        "plan": plan,
        "days": week_view(user=user, current=current, today=today),
        "next_review": current.next_review,
        "excluded": [(exercise_name(e.exercise), e) for e in result.excluded],
        "checkin": seen.checkin_due,
        "clearances": active_clearances(user=user),
        "pain_scale": range(11),
        "csrf_token": csrf_token,
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
