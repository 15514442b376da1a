"""Everything a person has in backcoach, as JSON and as CSV."""

import csv
import io
from typing import Any

from django.contrib.auth.models import User

from backcoach.core.questions import CLEARABLE_QUESTIONS
from backcoach.web.accounts.services import account_time_zone
from backcoach.web.coach.models import CheckIn, Clearance, Intake, SessionLog

SESSION_COLUMNS = (
    "client_id",
    "started_at",
    "local_date",
    "title",
    "complex_id",
    "planned_seconds",
    "done_seconds",
    "pain_before",
    "pain_after",
    "difficulty",
    "stop_reason",
    "notes",
)


def _session_row(s: SessionLog) -> dict[str, Any]:
    row = {name: getattr(s, name) for name in SESSION_COLUMNS}
    row |= {
        "client_id": str(s.client_id),
        "started_at": s.started_at.isoformat(),
        "local_date": s.local_date.isoformat(),
    }
    return row


def _clearance_row(c: Clearance) -> dict[str, Any]:
    return {
        "tag": c.tag,
        "about": CLEARABLE_QUESTIONS[c.tag].text,
        "cleared_on": c.cleared_on.isoformat(),
        "cleared_by": c.cleared_by,
        "created_at": c.created_at.isoformat(),
        "withdrawn_at": c.withdrawn_at.isoformat() if c.withdrawn_at else None,
    }


def export_data(*, user: User) -> dict[str, Any]:
    sessions = SessionLog.objects.filter(user=user).order_by("started_at")
    return {
        "account": {
            "username": user.username,
            "date_joined": user.date_joined.isoformat(),
            "time_zone": account_time_zone(user=user),
        },
        "intakes": [
            {
                "created_at": i.created_at.isoformat(),
                "start_date": i.start_date.isoformat(),
                "profile": i.profile,
                "status": i.status,
                "reasons": i.reasons,
            }
            for i in Intake.objects.filter(user=user).order_by("created_at")
        ],
        "clearances": [
            _clearance_row(c) for c in Clearance.objects.filter(user=user).order_by("pk")
        ],
        "sessions": [_session_row(s) | {"results": s.results} for s in sessions],
        "checkins": [
            {"date": c.date.isoformat(), "pain": c.pain, "sore": c.sore}
            for c in CheckIn.objects.filter(user=user).order_by("date")
        ],
    }


# A cell starting with one of these is run as a formula by spreadsheets (a note such as
# `=HYPERLINK(...)` would become a link that sends data away): OWASP's "CSV injection" advice is
# to start such a cell with a quote, which shows the text as it was typed.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(row: dict[str, Any]) -> dict[str, Any]:
    return {
        k: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v
        for k, v in row.items()
    }


def export_sessions_csv(*, user: User) -> str:
    """One row per exercise of each session (sessions without results get one row), so a
    spreadsheet can sum or chart either."""
    out = io.StringIO()
    columns = (*SESSION_COLUMNS, "exercise", "target_reps", "done_reps", "skipped")
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for s in SessionLog.objects.filter(user=user).order_by("started_at"):
        base = _session_row(s)
        for r in s.results or [{}]:
            row = base | {
                "exercise": r.get("exercise", ""),
                "target_reps": r.get("target", {}).get("reps", ""),
                "done_reps": r.get("done_reps", ""),
                "skipped": r.get("skipped", ""),
            }
            writer.writerow(_spreadsheet_safe(row))
    return out.getvalue()


def export_checkins_csv(*, user: User) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("date", "pain", "sore"))
    for c in CheckIn.objects.filter(user=user).order_by("date"):
        writer.writerow((c.date.isoformat(), c.pain, c.sore))
    return out.getvalue()
