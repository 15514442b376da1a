"""Walks the intake as a person would, one step at a time."""

import datetime as dt
from typing import Any

from django.test import Client
from django.urls import reverse

from backcoach.web.coach.intake_steps import STEPS

Answers = list[tuple[str, dict[str, Any]]]

# Maria: 44, office job, calmer phase, pain 3, no injury, a mat and a chair, 20 minutes a day.
MARIA_ANSWERS: Answers = [
    ("red-flags", {"leg_symptoms": "none"}),
    ("conditions", {}),
    ("pain", {"age": 44, "phase": "remission", "pain_now": 3}),
    ("situation", {"situation": "no_injury", "workday": "sitting"}),
    (
        "routine",
        {
            "equipment": ["mat", "chair", "wall", "pillow", "towel"],
            "minutes_per_day": 20,
            "level": "beginner",
        },
    ),
]


def maria_answers(changes: dict[str, dict[str, Any]]) -> Answers:
    """Maria's answers with some steps answered otherwise, or added (a clearance step), in the
    order the intake asks them."""
    answers = dict(MARIA_ANSWERS) | changes
    return [(s.name, answers[s.name]) for s in STEPS if s.name in answers]


def cleared(tag: str, on: dt.date, by: str = "") -> dict[str, str]:
    """A clearance step's fields for one tag, ticked."""
    return {f"{tag}-cleared": "on", f"{tag}-on": on.isoformat(), f"{tag}-by": by}


def answer_intake(client: Client, answers: Answers = MARIA_ANSWERS):
    client.get(reverse("intake"))
    response = None
    for step, data in answers:
        response = client.post(reverse("intake_step", args=[step]), data)
        assert response.status_code == 302, response.content.decode()[:2000]
    return response
