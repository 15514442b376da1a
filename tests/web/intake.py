"""Walks the intake as a person would, one step at a time."""

from typing import Any

from django.test import Client
from django.urls import reverse

# Maria: 44, office job, calmer phase, pain 3, no injury, a mat and a chair, 20 minutes a day.
MARIA_ANSWERS: list[tuple[str, dict[str, Any]]] = [
    ("red-flags", {}),
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


def answer_intake(client: Client, answers=MARIA_ANSWERS):
    client.get(reverse("intake"))
    response = None
    for step, data in answers:
        response = client.post(reverse("intake_step", args=[step]), data)
        assert response.status_code == 302, response.content.decode()[:2000]
    return response
