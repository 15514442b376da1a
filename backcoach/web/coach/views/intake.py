"""The intake, step by step. Answers wait in the session until the last step; the warning signs
end the intake at once when they rule out a plan (after asking about a clearance, where a
clinician may give one)."""

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from backcoach.core.profile import ProfileError
from backcoach.core.screening import screen
from backcoach.web.coach.intake_steps import (
    NAMED,
    RED_FLAG_CLEARANCE,
    RED_FLAGS,
    STEPS,
    Answers,
    Step,
    cleared,
    needed_steps,
)
from backcoach.web.coach.models import Intake
from backcoach.web.coach.services.intake import (
    answers_to_profile,
    intake_record,
    intake_record_red_flags,
)
from backcoach.web.http import authenticated_user

ANSWERS = "intake_answers"


@login_required
@require_GET
def start(request: HttpRequest) -> HttpResponse:
    request.session[ANSWERS] = {}
    return redirect("intake_step", step=STEPS[0].name)


def _finish(request: HttpRequest, answers: Answers) -> HttpResponse | None:
    """Records the intake; returns None when the engine refuses the answers."""
    clearances = cleared(answers)
    try:
        profile = answers_to_profile(answers, clearances)
    except ProfileError:
        return None
    intake_record(
        user=authenticated_user(request),
        profile=profile,
        today=timezone.localdate(),
        clearances=clearances,
    )
    request.session.pop(ANSWERS, None)
    return redirect("plan")


def _ended_by_red_flags(request: HttpRequest, step: Step, answers: Answers) -> Intake | None:
    """After the warning signs and their clearance: the intake recorded if they end it here."""
    if step not in (RED_FLAGS, RED_FLAG_CLEARANCE):
        return None
    return intake_record_red_flags(
        user=authenticated_user(request),
        red_flags=answers["red_flags"],
        leg_symptoms=answers["leg_symptoms"],
        today=timezone.localdate(),
        clearances=(
            cleared(answers, among=[RED_FLAG_CLEARANCE])
            if RED_FLAG_CLEARANCE.answered(answers)
            else None  # not asked yet: only an emergency ends the intake now
        ),
    )


def _refused_already(answers: Answers, steps: list[Step]) -> bool:
    """Once the pain and every clearance asked for are answered, a refusal cannot change with
    the questions left (the person's day, equipment and fitness): say so now, not after them."""
    pending = [s for s in steps if s.clears is not None and not s.answered(answers)]
    if "age" not in answers or pending:
        return False
    try:
        profile = answers_to_profile(answers, cleared(answers))
    except ProfileError:
        return False
    return not screen(profile).allows_plan


def _first_unanswered(steps: list[Step], answers: Answers) -> int:
    """The first step whose questions have no answer yet (the number of steps when all do)."""
    return next((i for i, s in enumerate(steps) if not s.answered(answers)), len(steps))


@login_required
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, step: str) -> HttpResponse:
    if step not in NAMED:
        raise Http404("no such step")
    current = NAMED[step]
    answers: Answers = request.session.get(ANSWERS, {})
    steps = needed_steps(answers)
    # The steps are answered in order, so the warning signs are always asked first, and a
    # clearance step is shown only when the answers before it call for it.
    first = _first_unanswered(steps, answers)
    if current not in steps or steps.index(current) > first:
        return redirect("intake_step", step=steps[min(first, len(steps) - 1)].name)
    today = timezone.localdate()
    form = current.make_form(request.POST if request.method == "POST" else None, answers, today)
    if request.method == "POST" and form.is_valid():
        answers |= current.answer(form)
        request.session[ANSWERS] = answers
        if _ended_by_red_flags(request, current, answers):
            request.session.pop(ANSWERS, None)
            return redirect("plan")
        steps = needed_steps(answers)  # the answer may call for a clearance step next
        index = steps.index(current)
        if index + 1 < len(steps) and not _refused_already(answers, steps):
            return redirect("intake_step", step=steps[index + 1].name)
        if (done := _finish(request, answers)) is not None:
            return done
        form.add_error(None, "Some answers are missing: please start the questions again.")
    return render(request, "coach/intake_step.html", _context(current, form, steps))


def _context(current: Step, form: Any, steps: list[Step]) -> dict[str, Any]:
    index = steps.index(current)
    return {
        "form": form,
        "title": current.title,
        "lead": current.lead,
        "number": index + 1,
        "count": len(steps),
        "back": steps[index - 1].name if index else None,
    }
