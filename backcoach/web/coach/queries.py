"""Reads that more than one page needs, in the shape the pages show them."""

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User

from backcoach.core.questions import CLEARABLE_QUESTIONS
from backcoach.web.coach.models import Clearance


@dataclass(frozen=True)
class ShownClearance:
    pk: int
    # What was cleared, in the words of the question the person answered: never the tag.
    subject: str
    cleared_on: dt.date
    cleared_by: str


def active_clearances(*, user: User) -> list[ShownClearance]:
    rows = Clearance.objects.filter(user=user, withdrawn_at__isnull=True).order_by("created_at")
    return [
        ShownClearance(c.pk, CLEARABLE_QUESTIONS[c.tag].text, c.cleared_on, c.cleared_by)
        for c in rows
    ]
