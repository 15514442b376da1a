"""The intake, one short form per step: red flags first, then what decides the plan."""

from typing import Any

from django import forms

from backcoach.core.profile import (
    DEFAULT_EQUIPMENT,
    DEFAULT_MINUTES,
    MAX_AGE,
    MAX_MINUTES,
    MIN_AGE,
    MIN_MINUTES,
    FitnessLevel,
)
from backcoach.core.vocab import Condition, Equipment, Phase, RedFlag, Situation, Workday

RED_FLAGS = {
    RedFlag.SADDLE_NUMBNESS: "Numbness or tingling in the saddle area (between the legs, buttocks)",
    RedFlag.BLADDER_BOWEL_CHANGE: "New trouble passing or holding urine or stool",
    RedFlag.PROGRESSIVE_LEG_WEAKNESS: "Weakness in a leg or foot that is getting worse",
    RedFlag.FEVER: "Fever or feeling generally unwell together with the back pain",
    RedFlag.CANCER_HISTORY: "Cancer now or in the past",
    RedFlag.UNEXPLAINED_WEIGHT_LOSS: "Weight loss you cannot explain",
    RedFlag.CONSTANT_NIGHT_PAIN: (
        "Constant pain at night that does not ease when you change position"
    ),
    RedFlag.MAJOR_TRAUMA: "The pain began after a fall, accident or other major injury",
    RedFlag.LONG_TERM_STEROIDS: "Taking steroid tablets for a long time",
}
CONDITIONS = {
    Condition.PREGNANCY: "Pregnancy",
    Condition.MALIGNANT_TUMOUR: "A malignant tumour",
    Condition.LUNG_DISEASE: "A lung disease",
    Condition.KIDNEY_DISEASE: "Kidney problems",
    Condition.GASTRITIS_ULCER: "Gastritis or a stomach ulcer",
    Condition.SPINAL_INJURY: "A spinal injury",
    Condition.HYPERTENSION: "High blood pressure",
    Condition.BLEEDING_TENDENCY: "Bleeding easily",
    Condition.DIABETES: "Diabetes",
    Condition.OSTEOPOROSIS: "Osteoporosis (weak bones)",
}
PHASES = {
    Phase.ACUTE: "A flare: the pain is recent or much worse than usual",
    Phase.REMISSION: "Calmer: the pain has settled or comes and goes",
}
SITUATIONS = {
    Situation.NO_INJURY: "No diagnosed injury",
    Situation.HERNIA: "A disc hernia (herniated or bulging disc) diagnosed by a doctor",
    Situation.PAST_INJURY: "An old back injury that has healed",
}
WORKDAYS = {
    Workday.SITTING: "Mostly sitting",
    Workday.STANDING: "Mostly standing or walking",
    Workday.MIXED: "A mix",
}
LEVELS = {
    FitnessLevel.BEGINNER: "Beginner: I rarely exercise",
    FitnessLevel.INTERMEDIATE: "Intermediate: I exercise now and then",
    FitnessLevel.ADVANCED: "Advanced: I exercise regularly",
}
PAIN = [(str(n), str(n)) for n in range(11)]


def choices(labels: dict[Any, str]) -> list[tuple[str, str]]:
    return [(key.value, text) for key, text in labels.items()]


class RedFlagsForm(forms.Form):
    red_flags = forms.MultipleChoiceField(
        label="Do any of these apply to you now?",
        choices=choices(RED_FLAGS),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Tick none if none apply.",
    )


class ConditionsForm(forms.Form):
    conditions = forms.MultipleChoiceField(
        label="Do you have any of these?",
        choices=choices(CONDITIONS),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


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
        label="Your workday", choices=choices(WORKDAYS), widget=forms.RadioSelect
    )


class RoutineForm(forms.Form):
    equipment = forms.MultipleChoiceField(
        label="What do you have at home?",
        choices=[(e.value, e.value.replace("_", " ")) for e in Equipment],
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


STEPS: list[tuple[str, str, type[forms.Form]]] = [
    ("red-flags", "Warning signs", RedFlagsForm),
    ("conditions", "Health conditions", ConditionsForm),
    ("pain", "Your pain", PainForm),
    ("situation", "Your back and your day", SituationForm),
    ("routine", "Your routine", RoutineForm),
]
