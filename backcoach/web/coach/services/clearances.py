"""A clinician's clearance, as the person reports it: recorded with the intake that asked for
it, shown on the plan page, and withdrawable, which screens the person again without it."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from backcoach.core.vocab import CLEARABLE
from backcoach.web.coach.access import clearance_for_user, current_intake
from backcoach.web.coach.models import Clearance, Intake
from backcoach.web.coach.screened import screen_stored
from backcoach.web.pages import forget_pages


class ClearanceError(Exception):
    """A clearance backcoach cannot take: a tag no clinician may clear here, or a future date."""


@dataclass(frozen=True)
class ClearanceAnswer:
    tag: str
    cleared_on: dt.date
    cleared_by: str = ""


@transaction.atomic
def clearances_record(
    *, user: User, confirmed: Sequence[ClearanceAnswer], today: dt.date
) -> list[Clearance]:
    """The clearances the person confirmed at an intake become their active ones. One confirmed
    again exactly as it was stays as it was; every other active one is withdrawn, since the
    newest intake is the person's current answer."""
    _check(confirmed, today)
    active = Clearance.objects.select_for_update().filter(user=user, withdrawn_at__isnull=True)
    unchanged = {_key(c): c for c in active}
    kept = {_key(a): unchanged.pop(_key(a)) for a in confirmed if _key(a) in unchanged}
    # Withdrawn before any new one is made: only one clearance of a tag may be active.
    Clearance.objects.filter(pk__in=[c.pk for c in unchanged.values()]).update(
        withdrawn_at=timezone.now()
    )
    recorded = []
    for a in confirmed:
        made = kept.get(_key(a)) or Clearance.objects.create(
            user=user, tag=a.tag, cleared_on=a.cleared_on, cleared_by=a.cleared_by
        )
        recorded.append(made)
    forget_pages(user.pk)
    return recorded


def _check(confirmed: Sequence[ClearanceAnswer], today: dt.date) -> None:
    tags = [a.tag for a in confirmed]
    if len(set(tags)) < len(tags):
        raise ClearanceError("a tag is cleared twice")
    for a in confirmed:
        if a.tag not in CLEARABLE:
            raise ClearanceError(f"{a.tag!r} cannot be cleared")
        if a.cleared_on > today:
            raise ClearanceError(f"{a.tag}: the date {a.cleared_on} is in the future")


def _key(c: Clearance | ClearanceAnswer) -> tuple[str, dt.date, str]:
    return (c.tag, c.cleared_on, c.cleared_by)


@transaction.atomic
def clearance_withdraw(*, user: User, clearance_id: int) -> Intake | None:
    """Ends one of the person's clearances (404 for anyone else's) and screens them again
    without it: their newest intake is recorded anew with the tag taken out, so a finding the
    clearance had turned into a caution sends them to a doctor again. Returns that intake;
    None when the clearance was withdrawn already or there is no intake to screen again."""
    clearance = clearance_for_user(user, clearance_id)
    if clearance.withdrawn_at is not None:
        return None
    clearance.withdrawn_at = timezone.now()
    clearance.save(update_fields=["withdrawn_at"])
    forget_pages(user.pk)
    intake = current_intake(user)
    if intake is None:
        return None
    stored = dict(intake.profile)
    stored["clinician_clearance"] = [
        t for t in stored.get("clinician_clearance", []) if t != clearance.tag
    ]
    profile, screening = screen_stored(stored)
    return Intake.objects.create(
        user=user,
        # The plan's weeks still count from the day the questions were answered.
        start_date=intake.start_date,
        profile=profile,
        status=screening.status.value,
        reasons=[r.to_dict() for r in screening.reasons],
    )
