"""Saving a session: idempotent on the browser's id, so a retried save never duplicates."""

import zoneinfo
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from django.contrib.auth.models import User
from django.db import transaction

from backcoach.core.records import ExerciseResult
from backcoach.web.coach.models import SessionLog
from backcoach.web.coach.payloads import SessionIn


@dataclass(frozen=True)
class Saved:
    session: SessionLog
    created: bool


@transaction.atomic
def session_save(
    *, user: User, data: SessionIn, results: Sequence[ExerciseResult], time_zone: str
) -> Saved:
    local_date = data.started_at.astimezone(zoneinfo.ZoneInfo(time_zone)).date()
    session, created = SessionLog.objects.get_or_create(
        user=user,
        client_id=data.id,
        defaults={
            "started_at": data.started_at,
            "local_date": local_date,
            "title": data.title,
            "complex_id": data.complex_id or "",
            "planned_seconds": data.planned_seconds,
            "done_seconds": data.done_seconds,
            "pain_before": data.pain_before,
            "pain_after": data.pain_after,
            "difficulty": data.difficulty,
            "stop_reason": data.stop_reason or "",
            "notes": data.notes,
            "results": [asdict(r) for r in results],
        },
    )
    return Saved(session=session, created=created)
