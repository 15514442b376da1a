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
    "difficulty",
    "stop_reason",
    "results",
)


Morning = tuple[int, bool]  # pain 0-10 and soreness, the morning after a session's day


def history_for(*, user: User) -> list[SessionRecord]:
    checkins = CheckIn.objects.filter(user=user).values_list("date", "pain", "sore")
    mornings = {day: (pain, sore) for day, pain, sore in checkins}
    rows = SessionLog.objects.filter(user=user).order_by("started_at").values(*FIELDS)
    return [record_of(row, mornings) for row in rows]


def record_of(row: dict[str, Any], mornings: dict[dt.date, Morning]) -> SessionRecord:
    pain, sore = mornings.get(row["local_date"] + dt.timedelta(days=1), (None, False))
    return SessionRecord.from_dict(
        {
            "id": str(row["client_id"]),
            "started_at": row["started_at"],
            "title": row["title"],
            "pain_before": row["pain_before"],
            "pain_after": row["pain_after"],
            "pain_next_morning": pain,
            "difficulty": row["difficulty"],
            "stop_reason": row["stop_reason"] or None,
            "results": row["results"],
            "complex_id": row["complex_id"] or None,
            "sore_next_day": True if sore else None,
            "local_date": row["local_date"],
        }
    )
