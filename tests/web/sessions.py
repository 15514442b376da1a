"""A session as the player posts it: Maria's morning relief session, bird-dog done in full."""

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from django.test import Client
from django.urls import reverse

from backcoach.core.planning import PlanItem, PlannedSession
from backcoach.core.timeline import build_timeline
from backcoach.web.coach.library import library
from backcoach.web.coach.played import item_json


def bird_dog() -> PlanItem:
    return PlanItem.from_dose("bird-dog", library().exercise("bird-dog").dose, "")


def played(items: list[PlanItem]) -> dict[str, Any]:
    """What the player reports for `items` played to the end without a skip."""
    steps = build_timeline(PlannedSession("Played", 1, None, tuple(items)), library()).steps
    return {
        "items": [item_json(i) for i in items],
        "completed_steps": list(range(len(steps))),
        "skipped_exercises": [],
        "reached_step": len(steps) - 1,
    }


def session_body(**changes: Any) -> dict[str, Any]:
    started = datetime.now(UTC) - timedelta(minutes=20)
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "started_at": started.isoformat(),
        "title": "Morning relief",
        "complex_id": None,
        "planned_seconds": 600,
        "done_seconds": 590,
        "pain_before": 5,
        "pain_after": 3,
        "difficulty": 4,
        "stop_reason": None,
        **played([bird_dog()]),
    }
    return body | changes


def older_page_body(**changes: Any) -> dict[str, Any]:
    """The body the player posted before the server computed results: the browser's own."""
    body = session_body()
    for field in ("items", "completed_steps", "skipped_exercises", "reached_step"):
        del body[field]
    body["results"] = [
        {
            "exercise": "bird-dog",
            "target": {"sets": 3, "reps": 9, "hold_s": 10},
            "done_reps": 9,
            "done_hold_s": 10,
            "sets_done": 3,
            "skipped": False,
        }
    ]
    return body | changes


def post_session(client: Client, body: dict[str, Any]):
    return client.post(reverse("session_save"), json.dumps(body), content_type="application/json")
