"""Brakes on the whole plan from the session log: painful sessions and repeated stops.

Pain after a session, or the next morning, above 5/10 or 2 or more points above the pain before
it makes a painful session (the pain-monitoring model). Three in a week, sharp pain twice on one
exercise, or two sessions stopped for nausea or dizziness within two weeks step the whole plan
down a level for two weeks, with advice to see a clinician (docs/engine.md, "Brakes from the
log"). The latest pain logged in the last week also re-screens the plan when it is higher
than the intake's.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from backcoach.core.profile import Profile
from backcoach.core.records import WHOLE_SESSION_STOPS, SessionRecord

PAIN_LIMIT = 5  # pain during exercise up to 5/10 is acceptable if it settles by morning
PAIN_RISE = 2  # pain this many points above the pain before is a painful session too
# The whole plan steps down a level for STEP_DOWN_DAYS after PAINFUL_IN_A_WEEK painful sessions
# within seven days, sharp pain twice on one exercise within SHARP_AGAIN_DAYS (it is left out
# for DROP_DAYS in between, so the window spans its return), or STOPS_AGAIN sessions stopped for
# nausea or dizziness within STOPS_AGAIN_DAYS.
PAINFUL_IN_A_WEEK = 3
SHARP_AGAIN_DAYS = 60
STOPS_AGAIN, STOPS_AGAIN_DAYS = 2, 14
STEP_DOWN_DAYS = 14
LOGGED_PAIN_DAYS = 7  # how long a logged pain reading speaks for the back now
SEE_A_CLINICIAN = (
    "See a doctor or physiotherapist about the pain before you build up again, and stop any "
    "exercise that hurts."
)
SEE_A_DOCTOR = (
    "See a doctor before your next session. If you feel faint, have chest pain or trouble "
    "speaking, call emergency services."
)


@dataclass(frozen=True)
class StepDown:
    """The whole plan a level gentler until `until`, with what happened and what to do."""

    until: date
    code: str
    message: str
    action: str


def too_high(pain: int | None, before: int) -> bool:
    """One pain reading past the limit of the pain-monitoring model."""
    return pain is not None and (pain > PAIN_LIMIT or pain - before >= PAIN_RISE)


def painful(record: SessionRecord) -> bool:
    """Pain after the session, or the next morning, above the limit or well above the pain
    before it: the two signals of the pain-monitoring model."""
    return any(
        too_high(pain, record.pain_before) for pain in (record.pain_after, record.pain_next_morning)
    )


def with_logged_pain(profile: Profile, history: Sequence[SessionRecord], today: date) -> Profile:
    """The profile with its pain raised to the latest pain logged in the last week, when that
    is higher: the pain brakes of the screening then act on how the back is now, not on how it
    was at the intake. Lower logged pain never lowers it (a new intake does)."""
    recent = [r for r in history if 0 <= (today - r.day).days < LOGGED_PAIN_DAYS]
    if not recent:
        return profile
    last = max(recent, key=lambda r: (r.started_at, r.id))
    pain = next(p for p in (last.pain_next_morning, last.pain_after, last.pain_before)
                if p is not None)  # fmt: skip
    if pain <= profile.pain_now:
        return profile
    return Profile.model_validate({**profile.to_dict(), "pain_now": pain})


@dataclass
class BrakeLog:
    """What the replay of the log has seen that may step the whole plan down."""

    painful_days: list[date] = field(default_factory=list)
    sharp_days: dict[str, list[date]] = field(default_factory=dict)
    stop_days: list[date] = field(default_factory=list)
    step_down: StepDown | None = None

    def sharp(self, exercise: str, day: date) -> None:
        self.sharp_days.setdefault(exercise, []).append(day)

    def step_down_on(self, today: date) -> StepDown | None:
        return self.step_down if self.step_down and self.step_down.until >= today else None

    def watch(self, record: SessionRecord, sharp: str | None, hurt: bool) -> None:
        """After each replayed session: step the plan down if this one completes a pattern."""
        day = record.day
        stopped = record.stop_reason in WHOLE_SESSION_STOPS
        if hurt or sharp:
            self.painful_days.append(day)
        if stopped:
            self.stop_days.append(day)

        def within(days: list[date], span: int) -> int:
            return len([d for d in days if day - timedelta(days=span) < d <= day])

        if stopped and within(self.stop_days, STOPS_AGAIN_DAYS) >= STOPS_AGAIN:
            what, code = "Sessions stopped for nausea or dizziness twice within two weeks", "stops"
        elif sharp and within(self.sharp_days.get(sharp, []), SHARP_AGAIN_DAYS) >= 2:
            what, code = "Sharp pain twice on the same exercise", "pain"
        elif (hurt or sharp) and (n := within(self.painful_days, 7)) >= PAINFUL_IN_A_WEEK:
            what, code = f"{n} painful sessions within a week", "pain"
        else:
            return
        until = day + timedelta(days=STEP_DOWN_DAYS)
        message = f"{what}: your whole plan is a level gentler until {until.isoformat()}."
        if code == "stops":
            self.step_down = StepDown(until, "repeated_stops", message, SEE_A_DOCTOR)
        else:
            self.step_down = StepDown(until, "painful_sessions", message, SEE_A_CLINICIAN)
