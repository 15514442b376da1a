"""The shapes of a screening: its status, its reasons, and what a clearance may change."""

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    OK = "ok"
    CAUTION = "caution"
    SEE_DOCTOR = "see_doctor"
    URGENT = "urgent"

    @property
    def allows_plan(self) -> bool:
        """A caution still gives a plan (with the caution shown); the others send to a doctor."""
        return self in (Status.OK, Status.CAUTION)

    @property
    def rank(self) -> int:
        return list(Status).index(self)


@dataclass(frozen=True)
class Reason:
    code: str
    message: str
    action: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "action": self.action}


@dataclass(frozen=True)
class Finding:
    """One thing the screening found. `clears` names the tag whose clearance by a clinician
    turns a see-a-doctor finding into `cleared` (a caution with its own words); None where no
    clearance can (an emergency, severe pain)."""

    status: Status
    reason: Reason
    clears: str | None = None
    cleared: Reason | None = None


@dataclass(frozen=True)
class Screening:
    status: Status
    reasons: tuple[Reason, ...]

    @property
    def allows_plan(self) -> bool:
        return self.status.allows_plan


def screening_of(found: list[Finding]) -> Screening:
    status = max((f.status for f in found), key=lambda s: s.rank, default=Status.OK)
    if not status.allows_plan:
        # Only what decides it: a person sent to a doctor reads nothing that sounds like a plan
        # ("your plan leaves out ...") or permission to exercise.
        found = [f for f in found if f.status is status]
    # Most serious first (a stable sort keeps the vocabulary order within a status).
    ordered = sorted(found, key=lambda f: -f.status.rank)
    return Screening(status, tuple(f.reason for f in ordered))
