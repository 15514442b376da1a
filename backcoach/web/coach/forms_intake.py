"""The intake, one short form per step: red flags first, then what decides the plan."""

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from django import forms

from backcoach.core.profile import (
    DEFAULT_EQUIPMENT,
    DEFAULT_MINUTES,
    MAX_AGE,
    MAX_MINUTES,
    MIN_AGE,
    MIN_MINUTES,
)
from backcoach.core.questions import (
    CONDITION_INTRO,
    CONDITION_QUESTIONS,
    EQUIPMENT,
    LEG_SYMPTOMS,
    LEG_SYMPTOMS_QUESTION,
    LEVELS,
    PHASES,
    RED_FLAG_INTRO,
    RED_FLAG_QUESTIONS,
    SITUATIONS,
    WORKDAY_QUESTION,
    WORKDAYS,
    Question,
)

PAIN = [(str(n), str(n)) for n in range(11)]


def choices(labels: dict[Any, str]) -> list[tuple[str, str]]:
    return [(key.value, text) for key, text in labels.items()]


class HelpedChoices(forms.CheckboxSelectMultiple):
    """Checkboxes whose options may carry a help text, which the template shows under the
    option's label as `choice.data.help`."""

    def __init__(self, helps: Mapping[str, str]) -> None:
        super().__init__()
        self.helps = dict(helps)

    def create_option(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(*args, **kwargs)
        option["help"] = self.helps.get(str(option["value"]), "")
        return option


def question_field[E: StrEnum](label: str, questions: Mapping[E, Question]) -> forms.Field:
    """A checkbox per question of core's, in core's words and order."""
    return forms.MultipleChoiceField(
        label=label,
        choices=[(key.value, q.text) for key, q in questions.items()],
        widget=HelpedChoices({key.value: q.help for key, q in questions.items() if q.help}),
        required=False,
        help_text="Tick none if none apply.",
    )


class RedFlagsForm(forms.Form):
    red_flags = question_field(RED_FLAG_INTRO, RED_FLAG_QUESTIONS)
    # On this step because pain, numbness or tingling in both legs is an emergency.
    leg_symptoms = forms.ChoiceField(
        label=LEG_SYMPTOMS_QUESTION.text,
        help_text=LEG_SYMPTOMS_QUESTION.help,
        choices=choices(LEG_SYMPTOMS),
        widget=forms.RadioSelect,
    )


class ConditionsForm(forms.Form):
    conditions = question_field(CONDITION_INTRO, CONDITION_QUESTIONS)


class PainForm(forms.Form):
    age = forms.IntegerField(label="Your age", min_value=MIN_AGE, max_value=MAX_AGE)
    phase = forms.ChoiceField(
        label="How is your back these days?", choices=choices(PHASES), widget=forms.RadioSelect
    )
    pain_now = forms.TypedChoiceField(
        label="Pain right now, from 0 (none) to 10 (worst imaginable)",
        choices=PAIN,
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "scale"}),
    )


class SituationForm(forms.Form):
    situation = forms.ChoiceField(
        label="Your back", choices=choices(SITUATIONS), widget=forms.RadioSelect
    )
    workday = forms.ChoiceField(
        label=WORKDAY_QUESTION, choices=choices(WORKDAYS), widget=forms.RadioSelect
    )


class RoutineForm(forms.Form):
    equipment = forms.MultipleChoiceField(
        label="What do you have at home?",
        choices=choices(EQUIPMENT),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        initial=[e.value for e in DEFAULT_EQUIPMENT],
    )
    minutes_per_day = forms.IntegerField(
        label="Minutes a day for exercise",
        min_value=MIN_MINUTES,
        max_value=MAX_MINUTES,
        initial=DEFAULT_MINUTES,
    )
    level = forms.ChoiceField(
        label="How fit are you?", choices=choices(LEVELS), widget=forms.RadioSelect
    )
