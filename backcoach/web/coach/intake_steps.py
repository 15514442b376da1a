"""The intake's steps, in order, and which of them a person's answers so far call for.

A clearance step is shown only when the answers before it call for one, and as soon as they
can, the way `backcoach assess` asks: right after the warning signs, for a sign a clinician may
clear (core's `CLEARABLE_RED_FLAGS`), so a person with no clearance hears "see a doctor" before
any other question; and after the pain step, for a contraindication, and for a minor fall or
strain once age and conditions show the bones may be weak (only then does it need a doctor).
An emergency is never cleared here and ends the intake before any of them.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django import forms

from backcoach.core.library import load_library
from backcoach.core.profile import ProfileError
from backcoach.core.questions import CLEARED_WITH_THE_SIGNS, RED_FLAG_QUESTIONS
from backcoach.core.screening import to_clear
from backcoach.web.coach.forms_clearance import ClearanceForm
from backcoach.web.coach.forms_intake import (
    ConditionsForm,
    PainForm,
    RedFlagsForm,
    RoutineForm,
    SituationForm,
)
from backcoach.web.coach.services.clearances import ClearanceAnswer
from backcoach.web.coach.services.intake import answers_to_profile

Answers = dict[str, Any]

CLEARANCE_LEAD = (
    "Some of your answers can mean that exercise must wait until a clinician has examined you. "
    "If one already has, tell us here. If not, leave the box empty."
)


def red_flags_to_clear(answers: Answers) -> list[str]:
    ticked = set(answers.get("red_flags", ()))
    return [
        f.value for f in RED_FLAG_QUESTIONS if f in CLEARED_WITH_THE_SIGNS and f.value in ticked
    ]


def later_to_clear(answers: Answers) -> list[str]:
    """What core's screening of the answers so far says a clearance would change, less the
    warning signs already asked about: contraindications, and a minor fall or strain once age
    and conditions show the bones may be weak."""
    if "age" not in answers:
        return []
    try:
        profile = answers_to_profile(answers)
    except ProfileError:
        return []
    asked = set(red_flags_to_clear(answers))
    return [tag for tag in to_clear(profile, load_library()) if tag not in asked]


@dataclass(frozen=True)
class Step:
    name: str
    title: str
    form: type[forms.Form]
    lead: str = ""
    # For a clearance step: the tags the answers so far ask it to clear.
    clears: Callable[[Answers], list[str]] | None = None

    @property
    def key(self) -> str:
        return self.name.replace("-", "_")

    def needed(self, answers: Answers) -> bool:
        return self.clears is None or bool(self.clears(answers))

    def answered(self, answers: Answers) -> bool:
        if self.clears is None:
            return set(self.form.base_fields) <= answers.keys()
        # Answered for these very tags: a changed earlier answer asks again.
        asked: list[str] | None = answers.get(self.key, {}).get("asked")
        return asked == self.clears(answers)

    def make_form(self, data: Any, answers: Answers, today: dt.date) -> forms.Form:
        if self.clears is None:
            return self.form(data, initial=answers or None)
        initial = ClearanceForm.initial_from(answers.get(self.key))
        return ClearanceForm(data, tags=self.clears(answers), today=today, initial=initial)

    def answer(self, form: forms.Form) -> Answers:
        """The valid form's answers as the session keeps them (JSON)."""
        if isinstance(form, ClearanceForm):
            return {self.key: form.answer()}
        return dict(form.cleaned_data)


RED_FLAGS = Step(
    "red-flags",
    "Warning signs",
    RedFlagsForm,
    lead="Answer honestly: this is what keeps the exercises safe.",
)
RED_FLAG_CLEARANCE = Step(
    "red-flag-clearance", "Cleared to exercise?", ClearanceForm, CLEARANCE_LEAD, red_flags_to_clear
)
STEPS: list[Step] = [
    RED_FLAGS,
    RED_FLAG_CLEARANCE,
    Step("conditions", "Health conditions", ConditionsForm),
    Step("pain", "Your pain", PainForm),
    Step("clearance", "Cleared to exercise?", ClearanceForm, CLEARANCE_LEAD, later_to_clear),
    Step("situation", "Your back and your day", SituationForm),
    Step("routine", "Your routine", RoutineForm),
]
NAMED = {s.name: s for s in STEPS}


def needed_steps(answers: Answers) -> list[Step]:
    return [s for s in STEPS if s.needed(answers)]


def cleared(answers: Answers, among: Sequence[Step] = STEPS) -> list[ClearanceAnswer]:
    """What the person said a clinician has cleared, from the clearance steps (`among`) their
    answers still call for, in the order asked."""
    return [
        ClearanceAnswer(c["tag"], dt.date.fromisoformat(c["cleared_on"]), c["cleared_by"])
        for s in among
        if s.clears is not None and s.needed(answers) and s.answered(answers)
        for c in answers[s.key]["cleared"]
    ]
