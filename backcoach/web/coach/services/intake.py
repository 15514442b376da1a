"""Recording an intake: the engine parses and screens it; the web app only stores the answer."""

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from backcoach.core.profile import Profile, ProfileError, parse_profile
from backcoach.core.screening import Screening, screen, screen_red_flags
from backcoach.core.vocab import CLEARABLE_RED_FLAGS, LegSymptoms, RedFlag
from backcoach.web.coach.models import Intake
from backcoach.web.coach.screened import screen_stored
from backcoach.web.coach.services.clearances import (
    ClearanceAnswer,
    ClearanceError,
    clearances_record,
)


def answers_to_profile(
    answers: Mapping[str, Any], clearances: Sequence[ClearanceAnswer] = ()
) -> Profile:
    """The collected answers as the engine's profile (raises ProfileError). The warning signs
    must have been answered: a plan is never made without asking them."""
    for asked in ("red_flags", "leg_symptoms"):
        if asked not in answers:
            raise ProfileError(asked, "the warning signs were not answered")
    conditions = [c for c in answers.get("conditions", []) if c != "pregnancy"]
    data = {
        "age": answers.get("age"),
        "pain_now": answers.get("pain_now"),
        "phase": answers.get("phase"),
        "pregnant": "pregnancy" in answers.get("conditions", []),
        "conditions": conditions,
        "red_flags": list(answers["red_flags"]),
        "leg_symptoms": answers["leg_symptoms"],
        "clinician_clearance": [c.tag for c in clearances],
        "equipment": list(answers.get("equipment", [])),
    }
    # An unanswered choice takes the profile's own default, not a copy of it kept here.
    optional = ("situation", "workday", "minutes_per_day", "level")
    data.update({key: answers[key] for key in optional if key in answers})
    return parse_profile(data)


def _create(*, user: User, today: dt.date, profile: dict[str, Any], screening: Screening) -> Intake:
    return Intake.objects.create(
        user=user,
        start_date=today,
        profile=profile,
        status=screening.status.value,
        reasons=[r.to_dict() for r in screening.reasons],
    )


@transaction.atomic
def intake_record(
    *,
    user: User,
    profile: Profile,
    today: dt.date,
    clearances: Sequence[ClearanceAnswer] = (),
) -> Intake:
    """`clearances` are the profile's `clinician_clearance` with their dates and who; they
    become the person's active clearances."""
    if [c.tag for c in clearances] != list(profile.clinician_clearance):
        raise ClearanceError("the clearances differ from the profile's")
    clearances_record(user=user, confirmed=clearances, today=today)
    return _create(user=user, today=today, profile=profile.to_dict(), screening=screen(profile))


@transaction.atomic
def intake_record_red_flags(
    *,
    user: User,
    red_flags: Collection[str],
    leg_symptoms: str,
    today: dt.date,
    clearances: Sequence[ClearanceAnswer] | None = None,
) -> Intake | None:
    """Screens the warning signs, asked first. When they alone rule out a plan, the intake ends
    here: only what was asked so far is stored, with its screening. Otherwise nothing is stored.

    `clearances` None: not asked yet, so a finding that a clinician's clearance could change
    does not end the intake (the person is asked about it next); an emergency does, at once.
    A list: what the person said a clinician has cleared."""
    flags = {RedFlag(f) for f in red_flags}
    legs = LegSymptoms(leg_symptoms)
    if clearances is None:
        unclearable = flags - CLEARABLE_RED_FLAGS
        if screen_red_flags(unclearable, legs).allows_plan:
            return None
    stored = {
        "red_flags": [f.value for f in RedFlag if f in flags],
        "leg_symptoms": legs.value,
        "clinician_clearance": [c.tag for c in clearances or ()],
    }
    stored, screening = screen_stored(stored)
    if screening.allows_plan:
        return None
    clearances_record(user=user, confirmed=clearances or (), today=today)
    return _create(user=user, today=today, profile=stored, screening=screening)
