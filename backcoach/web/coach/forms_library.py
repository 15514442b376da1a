from django import forms

from backcoach.core.vocab import Equipment, Level, Position, Purpose
from backcoach.web.coach.library import ExerciseFilter

LEVEL_NAMES = {Level.GENTLE: "1 - gentle", Level.MAIN: "2 - main", Level.HARDER: "3 - harder"}


def _choices(values: list[str]) -> list[tuple[str, str]]:
    return [("", "any"), *((v, v.replace("_", " ")) for v in values)]


class ExerciseFilterForm(forms.Form):
    q = forms.CharField(label="Search", required=False, max_length=80)
    purpose = forms.ChoiceField(
        label="Purpose", required=False, choices=_choices([p.value for p in Purpose])
    )
    position = forms.ChoiceField(
        label="Position", required=False, choices=_choices([p.value for p in Position])
    )
    equipment = forms.ChoiceField(
        label="Equipment", required=False, choices=_choices([e.value for e in Equipment])
    )
    level = forms.ChoiceField(
        label="Level",
        required=False,
        choices=[("", "any"), *((str(int(k)), v) for k, v in LEVEL_NAMES.items())],
    )

    def to_filter(self) -> ExerciseFilter:
        if not self.is_valid():
            return ExerciseFilter()
        data = self.cleaned_data
        return ExerciseFilter(
            purpose=Purpose(data["purpose"]) if data["purpose"] else None,
            position=Position(data["position"]) if data["position"] else None,
            equipment=Equipment(data["equipment"]) if data["equipment"] else None,
            level=Level(int(data["level"])) if data["level"] else None,
            text=data["q"] or "",
        )
