"""Stored sessions as the engine's session records, which progression replays."""

import datetime as dt
from typing import Any

from django.contrib.auth.models import User

from backcoach.core.records import SessionRecord
from backcoach.web.coach.models import CheckIn, SessionLog

FIELDS = (
    "client_id",
    "started_at",
    "local_date",
    "title",
    "complex_id",
    "pain_before",
    "pain_after",
    "pain_next_morning",
    "difficulty",
    "stop_reason",
    "results",
)


def history_for(*, user: User) -> list[SessionRecord]:
    sore_days = set(CheckIn.objects.filter(user=user, sore=True).values_list("date", flat=True))
    rows = SessionLog.objects.filter(user=user).order_by("started_at").values(*FIELDS)
    return [record_of(row, sore_days) for row in rows]


def record_of(row: dict[str, Any], sore_days: set[dt.date]) -> SessionRecord:
    next_day = row["local_date"] + dt.timedelta(days=1)
    return SessionRecord.from_dict(
        {
            "id": str(row["client_id"]),
            "started_at": row["started_at"],
            "title": row["title"],
            "pain_before": row["pain_before"],
            "pain_after": row["pain_after"],
            "pain_next_morning": row["pain_next_morning"],
            "difficulty": row["difficulty"],
            "stop_reason": row["stop_reason"] or None,
            "results": row["results"],
            "complex_id": row["complex_id"] or None,
            "sore_next_day": True if next_day in sore_days else None,
        }
    )
