"""The intake's clearance step: for each condition or warning sign a clinician may clear, whether
one has, when, and (if the person wishes) who. Worded by core's `CLEARANCE_QUESTION`."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django import forms

from backcoach.core.questions import CLEARABLE_QUESTIONS, CLEARANCE_QUESTION

WHO_MAX = 100


@dataclass(frozen=True)
class Group:
    """One tag's questions, as the template lays them out."""

    subject: str
    cleared: forms.BoundField
    cleared_on: forms.BoundField
    cleared_by: forms.BoundField


class ClearanceForm(forms.Form):
    """`tags` are the clearable tags the person reported, in the order they were asked."""

    def __init__(
        self, data: Any = None, *, tags: Sequence[str], today: dt.date, **kwargs: Any
    ) -> None:
        super().__init__(data, **kwargs)
        self.tags, self.today = list(tags), today
        for tag in self.tags:
            self.fields[f"{tag}-cleared"] = forms.BooleanField(
                label=CLEARANCE_QUESTION.text, help_text=CLEARANCE_QUESTION.help, required=False
            )
            self.fields[f"{tag}-on"] = forms.DateField(
                label="When did they clear you?",
                required=False,
                widget=forms.DateInput(
                    attrs={"type": "date", "max": today.isoformat()}, format="%Y-%m-%d"
                ),
            )
            self.fields[f"{tag}-by"] = forms.CharField(
                label="Who cleared you? (optional)",
                help_text="For example: Dr Ana Silva, my family doctor",
                max_length=WHO_MAX,
                required=False,
            )

    @property
    def groups(self) -> list[Group]:
        return [
            Group(
                CLEARABLE_QUESTIONS[tag].text,
                self[f"{tag}-cleared"],
                self[f"{tag}-on"],
                self[f"{tag}-by"],
            )
            for tag in self.tags
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for tag in self.tags:
            if not data.get(f"{tag}-cleared"):
                continue
            when = data.get(f"{tag}-on")
            if when is None and f"{tag}-on" not in self.errors:
                self.add_error(f"{tag}-on", "Give the date they cleared you.")
            elif when is not None and when > self.today:
                self.add_error(f"{tag}-on", "The date cannot be in the future.")
        return data

    def answer(self) -> dict[str, Any]:
        """The step's answer as the session keeps it (JSON): the tags asked, and those cleared
        with the date and who."""
        data = self.cleaned_data
        cleared = [
            {
                "tag": tag,
                "cleared_on": data[f"{tag}-on"].isoformat(),
                "cleared_by": data[f"{tag}-by"],
            }
            for tag in self.tags
            if data.get(f"{tag}-cleared")
        ]
        return {"asked": self.tags, "cleared": cleared}

    @staticmethod
    def initial_from(answer: dict[str, Any] | None) -> dict[str, Any]:
        """The form's initial values from an earlier answer to the same step (going back)."""
        initial: dict[str, Any] = {}
        for c in (answer or {}).get("cleared", []):
            tag = c["tag"]
            initial |= {f"{tag}-cleared": True, f"{tag}-on": c["cleared_on"]}
            initial[f"{tag}-by"] = c["cleared_by"]
        return initial
