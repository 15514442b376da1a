"""Recording an intake: the engine parses and screens it; the web app only stores the answer."""

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from backcoach.core.profile import Profile, ProfileError, parse_profile
from backcoach.core.screening import screen, screen_red_flags
from backcoach.core.vocab import RedFlag
from backcoach.web.coach.models import Intake


def answers_to_profile(answers: Mapping[str, Any]) -> Profile:
    """The collected answers as the engine's profile (raises ProfileError). The red flags must
    have been answered: a plan is never made without asking them."""
    if "red_flags" not in answers:
        raise ProfileError("red_flags", "the warning signs were not answered")
    conditions = [c for c in answers.get("conditions", []) if c != "pregnancy"]
    data = {
        "age": answers.get("age"),
        "pain_now": answers.get("pain_now"),
        "phase": answers.get("phase"),
        "pregnant": "pregnancy" in answers.get("conditions", []),
        "conditions": conditions,
        "red_flags": list(answers["red_flags"]),
        "equipment": list(answers.get("equipment", [])),
    }
    # An unanswered choice takes the profile's own default, not a copy of it kept here.
    optional = ("situation", "workday", "minutes_per_day", "level")
    data.update({key: answers[key] for key in optional if key in answers})
    return parse_profile(data)


@transaction.atomic
def intake_record(*, user: User, profile: Profile, today: dt.date) -> Intake:
    screening = screen(profile)
    return Intake.objects.create(
        user=user,
        start_date=today,
        profile=profile.to_dict(),
        status=screening.status.value,
        reasons=[r.to_dict() for r in screening.reasons],
    )


@transaction.atomic
def intake_record_red_flags(*, user: User, red_flags: list[str], today: dt.date) -> Intake | None:
    """Screens the red flags, asked first. When they alone rule out a plan, the intake ends
    here: only the red flags are stored, with their screening. Otherwise nothing is stored."""
    screening = screen_red_flags({RedFlag(f) for f in red_flags})
    if screening.allows_plan:
        return None
    return Intake.objects.create(
        user=user,
        start_date=today,
        profile={"red_flags": red_flags},
        status=screening.status.value,
        reasons=[r.to_dict() for r in screening.reasons],
    )
