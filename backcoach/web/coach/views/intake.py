"""The intake, step by step. Answers wait in the session until the last step; a red flag at
the first step ends the intake there."""

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from backcoach.core.profile import ProfileError
from backcoach.web.coach.forms_intake import STEPS
from backcoach.web.coach.services.intake import (
    answers_to_profile,
    intake_record,
    intake_record_red_flags,
)
from backcoach.web.http import authenticated_user

ANSWERS = "intake_answers"
NAMES = [name for name, _, _ in STEPS]


@login_required
@require_GET
def start(request: HttpRequest) -> HttpResponse:
    request.session[ANSWERS] = {}
    return redirect("intake_step", step=NAMES[0])


def _finish(request: HttpRequest, answers: dict[str, Any]) -> HttpResponse | None:
    """Records the intake; returns None when the engine refuses the answers."""
    try:
        profile = answers_to_profile(answers)
    except ProfileError:
        return None
    intake_record(user=authenticated_user(request), profile=profile, today=timezone.localdate())
    request.session.pop(ANSWERS, None)
    return redirect("plan")


def _first_unanswered(answers: dict[str, Any]) -> int:
    """The first step whose questions have no answer yet (the number of steps when all do)."""
    for index, (_, _, form_class) in enumerate(STEPS):
        if not set(form_class.base_fields) <= answers.keys():
            return index
    return len(STEPS)


@login_required
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, step: str) -> HttpResponse:
    if step not in NAMES:
        raise Http404("no such step")
    index = NAMES.index(step)
    _, title, form_class = STEPS[index]
    answers: dict[str, Any] = request.session.get(ANSWERS, {})
    # The steps are answered in order, so the warning signs are always asked first.
    if index > (first := _first_unanswered(answers)):
        return redirect("intake_step", step=NAMES[first])
    form = form_class(request.POST if request.method == "POST" else None, initial=answers or None)
    if request.method == "POST" and form.is_valid():
        answers |= form.cleaned_data
        request.session[ANSWERS] = answers
        if index == 0 and intake_record_red_flags(
            user=authenticated_user(request),
            red_flags=answers["red_flags"],
            today=timezone.localdate(),
        ):
            request.session.pop(ANSWERS, None)
            return redirect("plan")
        if index + 1 < len(NAMES):
            return redirect("intake_step", step=NAMES[index + 1])
        if (done := _finish(request, answers)) is not None:
            return done
        form.add_error(None, "Some answers are missing: please start the questions again.")
    context = {
        "form": form,
        "title": title,
        "number": index + 1,
        "count": len(NAMES),
        "back": NAMES[index - 1] if index else None,
    }
    return render(request, "coach/intake_step.html", context)
