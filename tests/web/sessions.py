"""A session as the player posts it: Maria's morning relief session."""

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from django.test import Client
from django.urls import reverse


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
        "results": [
            {
                "exercise": "bird-dog",
                "target": {"sets": 3, "reps": 9, "hold_s": 10},
                "done_reps": 9,
                "done_hold_s": 10,
                "sets_done": 3,
                "skipped": False,
            }
        ],
    }
    return body | changes


def post_session(client: Client, body: dict[str, Any]):
    return client.post(reverse("session_save"), json.dumps(body), content_type="application/json")
