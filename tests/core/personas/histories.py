"""Synthetic session logs for the personas, named in personas.toml by `history`.

Each logged session is the one backcoach would have given the person that day
(`complex_session` with the log so far), done in full unless it was stopped, so doses build up
the way they would in real use and the history changes when the engine does.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from backcoach.core.library import Library
from backcoach.core.planning import PlanItem, complex_session
from backcoach.core.profile import Profile
from backcoach.core.records import ExerciseResult, SessionRecord, StopReason, Target


@dataclass(frozen=True)
class Logged:
    days_ago: int
    complex_id: str
    pain: tuple[int, int, int]  # before, after, next morning
    stopped_at: str | None = None  # the exercise in progress when sharp pain stopped it
    sore_next_day: bool = False


ABS, BACK = "main-abs", "main-back"
SETTLED = (3, 3, 2)
PAINFUL = (3, 6, 4)  # 6/10 after, and worse the next morning than before

HISTORIES: dict[str, tuple[Logged, ...]] = {
    # The main complex every third day for five weeks, abs and back in turn: pain 2/10 before
    # and after, settled to 1/10 by the next morning.
    "pain-free-month": tuple(
        Logged(n, (ABS, BACK)[i % 2], (2, 2, 1)) for i, n in enumerate(range(34, 0, -3))
    ),
    # The abs part twice in a row, each time ending at 6/10 and back to 3/10 by morning.
    "two-painful-in-a-row": (
        Logged(10, ABS, SETTLED),
        Logged(7, BACK, SETTLED),
        Logged(4, ABS, (3, 6, 3)),
        Logged(2, ABS, (3, 6, 3)),
    ),
    # Sharp pain in the back rolls stopped the abs part three days ago.
    "sharp-pain-stop": (
        Logged(8, ABS, SETTLED),
        Logged(6, BACK, SETTLED),
        Logged(3, ABS, (3, 4, 3), stopped_at="back-rolls"),
    ),
    # Three painful sessions within a week.
    "three-painful-in-a-week": (
        Logged(12, ABS, SETTLED),
        Logged(9, BACK, SETTLED),
        Logged(6, ABS, PAINFUL),
        Logged(4, BACK, PAINFUL),
        Logged(2, ABS, PAINFUL),
    ),
    # Sore muscles the day after yesterday's back part.
    "sore-next-day": (
        Logged(6, BACK, (2, 2, 1)),
        Logged(3, ABS, (2, 2, 1)),
        Logged(1, BACK, (2, 2, 2), sore_next_day=True),
    ),
}


def build_history(
    kind: str | None, profile: Profile, library: Library, start: date
) -> tuple[SessionRecord, ...]:
    if kind is None:
        return ()
    if kind not in HISTORIES:
        raise ValueError(f"unknown history {kind!r}; known: {', '.join(sorted(HISTORIES))}")
    records: list[SessionRecord] = []
    for logged in sorted(HISTORIES[kind], key=lambda x: -x.days_ago):
        day = start - timedelta(days=logged.days_ago)
        planned = complex_session(profile, logged.complex_id, library, history=records, start=day)
        records.append(_record(day, logged, planned.title, planned.items))
    return tuple(records)


def _record(day: date, logged: Logged, title: str, items: Sequence[PlanItem]) -> SessionRecord:
    before, after, morning = logged.pain
    return SessionRecord(
        id=f"{day.isoformat()}-{logged.complex_id}",
        started_at=datetime(day.year, day.month, day.day, 18, tzinfo=UTC),
        title=title,
        pain_before=before,
        pain_after=after,
        pain_next_morning=morning,
        stop_reason=StopReason.SHARP_PAIN if logged.stopped_at else None,
        results=_results(items, logged.stopped_at),
        complex_id=logged.complex_id,
        sore_next_day=logged.sore_next_day or None,
    )


def _results(items: Sequence[PlanItem], stopped_at: str | None) -> tuple[ExerciseResult, ...]:
    """Every exercise done in full; after a stop, the one in progress has nothing done and the
    rest are skipped, as the player logs them."""
    results, reached = [], True
    for item in items:
        target = Target.from_dose(item.dose)
        if item.exercise == stopped_at:
            results.append(ExerciseResult(item.exercise, target, 0, 0, 0))
            reached = False
        elif reached:
            done = ExerciseResult(item.exercise, target, target.reps, target.hold_s, target.sets)
            results.append(done)
        else:
            results.append(ExerciseResult(item.exercise, target, 0, 0, 0, skipped=True))
    if stopped_at and reached:
        raise ValueError(f"{stopped_at!r} is not in the session it is said to have stopped")
    return tuple(results)
