"""The records store core's vocabularies, defined once in core: a value added there reaches the
models, and a missing migration for it fails here rather than in production."""

from io import StringIO

from django.core.management import call_command
from django.db import models

from backcoach.core.records import StopReason
from backcoach.core.screening import Status
from backcoach.core.vocab import CLEARABLE
from backcoach.web.coach.models import Clearance, Intake, SessionLog


def stored_values(
    model: type[Intake] | type[SessionLog] | type[Clearance], field: str
) -> list[str]:
    stored = model._meta.get_field(field)
    assert isinstance(stored, models.CharField)
    return [value for value, _ in stored.choices or ()]


def test_it_stores_the_engines_stop_reasons_and_statuses():
    assert stored_values(SessionLog, "stop_reason") == [r.value for r in StopReason]
    assert stored_values(Intake, "status") == [s.value for s in Status]
    assert SessionLog.StopReason is StopReason
    assert stored_values(Clearance, "tag") == sorted(CLEARABLE)


def test_it_needs_no_migration(db):
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())
