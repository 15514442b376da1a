"""Recording an intake: the engine parses and screens it; the web app only stores the answer."""

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from backcoach.core.profile import Profile, parse_profile
from backcoach.core.screening import screen
from backcoach.web.coach.models import Intake

# Red flags are screened before anything else is asked. The screening needs a whole profile;
# these neutral values stand in for the questions not yet asked and are never stored. A red
# flag outranks every other answer, so they cannot change the outcome.
_UNASKED = {"age": 40, "pain_now": 0, "phase": "remission"}


def answers_to_profile(answers: Mapping[str, Any]) -> Profile:
    """The collected answers as the engine's profile (raises ProfileError)."""
    conditions = [c for c in answers.get("conditions", []) if c != "pregnancy"]
    data = {
        "age": answers.get("age"),
        "pain_now": answers.get("pain_now"),
        "phase": answers.get("phase"),
        "situation": answers.get("situation", "no_injury"),
        "pregnant": "pregnancy" in answers.get("conditions", []),
        "conditions": conditions,
        "red_flags": list(answers.get("red_flags", [])),
        "workday": answers.get("workday", "mixed"),
        "equipment": list(answers.get("equipment", [])),
        "minutes_per_day": answers.get("minutes_per_day", 15),
        "level": answers.get("level", "beginner"),
    }
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


def red_flags_block(red_flags: list[str]) -> bool:
    """True when the red flags alone already rule out a plan."""
    if not red_flags:
        return False
    return not screen(parse_profile({**_UNASKED, "red_flags": red_flags})).allows_plan


@transaction.atomic
def intake_record_red_flags(*, user: User, red_flags: list[str], today: dt.date) -> Intake:
    """Ends the intake at its first step: only the red flags are stored, with their screening."""
    screening = screen(parse_profile({**_UNASKED, "red_flags": red_flags}))
    return Intake.objects.create(
        user=user,
        start_date=today,
        profile={"red_flags": red_flags},
        status=screening.status.value,
        reasons=[r.to_dict() for r in screening.reasons],
    )
