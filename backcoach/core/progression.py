"""Progression: from the session log to the next dose of each exercise, with a reason for each.

The pain-monitoring rule of exercise therapy, with the seeds' tactics:
- pain during the session up to 5/10 that has settled by the next morning allows progress:
  more repetitions first (seed 002: start at about ten and build up), then longer holds at the
  top (seed 004, strategies), then more sets, up to the library's ceilings;
- pain worse the next morning than before the session means a smaller dose;
- a painful session (pain after above 5/10, or 2 or more points above the pain before) lowers
  the dose of each exercise done in it; the second in a row for an exercise swaps it for its
  regression for a month; three in a week, or sharp pain twice on one exercise within a month,
  steps the whole plan down a level for two weeks and advises seeing a clinician;
- sharp pain drops the exercise and offers it again after a month (seed 004, "What exercises
  should you not do?": "try this exercise again in a month");
- nausea or dizziness stopped the session (seed 002): nothing is raised;
- muscle soreness the next day means two to three days' rest (seed 004, strategies).
The log is replayed oldest first, so doses build up (and come down) session by session.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from backcoach.core.brakes import PAIN_LIMIT, BrakeLog, StepDown, painful, with_logged_pain
from backcoach.core.doses import start_dose, step_down, step_up
from backcoach.core.library import Dose, Library, load_library
from backcoach.core.records import (
    SAFETY_STOPS,
    WHOLE_SESSION_STOPS,
    ExerciseResult,
    SessionRecord,
    StopReason,
    Target,
)

__all__ = [
    "Decision",
    "ExerciseResult",
    "Progress",
    "SessionRecord",
    "StepDown",
    "StopReason",
    "Target",
    "decide",
    "painful",
    "step_down",
    "step_up",
    "with_logged_pain",
]

Action = Literal["progress", "keep", "reduce", "swap", "drop", "rest", "stop", "step_down"]

DROP_DAYS = 30  # "try this exercise again in a month", if the content has no such tactic
DROP_TACTIC = "sharp-pain-wait-a-month"
REST_DAYS = 2  # rest the two days after a sore one; train again on the third
REST_TACTIC = "rest-after-soreness"


@dataclass(frozen=True)
class Decision:
    exercise: str | None
    action: Action
    reason: str


@dataclass(frozen=True)
class Progress:
    doses: Mapping[str, Dose]
    dropped: Mapping[str, date]
    rest_until: date | None
    decisions: tuple[Decision, ...]
    swaps: Mapping[str, str] = field(default_factory=dict)  # exercise -> its regression
    step_down: StepDown | None = None

    @property
    def step_down_until(self) -> date | None:
        return self.step_down.until if self.step_down else None


@dataclass
class _State:
    drop_days: int
    rest_days: int
    start_shift: int
    doses: dict[str, Dose] = field(default_factory=dict)
    dropped: dict[str, date] = field(default_factory=dict)
    rest_until: date | None = None
    latest: dict[str, Decision] = field(default_factory=dict)
    session: list[Decision] = field(default_factory=list)
    painful_streak: dict[str, int] = field(default_factory=dict)
    swaps: dict[str, tuple[str, date]] = field(default_factory=dict)
    brakes: BrakeLog = field(default_factory=BrakeLog)


def decide(
    history: Sequence[SessionRecord],
    library: Library | None = None,
    *,
    today: date,
    start_shift: int = 0,
) -> Progress:
    """`start_shift`: the steps from the library's dose at which this person's doses start
    (their fitness level), so the log builds on the dose they were given."""
    library = library or load_library()
    state = _State(library.rules.tactic_days(DROP_TACTIC, DROP_DAYS),
                   library.rules.tactic_days(REST_TACTIC, REST_DAYS), start_shift)  # fmt: skip
    for record in sorted(history, key=lambda r: (r.started_at, r.id)):
        if record.day <= today:
            _replay(record, library, state)
    dropped = {k: v for k, v in sorted(state.dropped.items()) if v > today}
    swaps = {k: x for k, (x, until) in sorted(state.swaps.items()) if until > today}
    rest_until = state.rest_until if state.rest_until and state.rest_until >= today else None
    step_down = state.brakes.step_down_on(today)
    session = [d for d in state.session if d.action != "rest" or rest_until]
    # A drop or swap that has run out is no longer news: the exercise is simply back.
    current = dropped.keys() | swaps.keys()
    latest = [
        d
        for k, d in sorted(state.latest.items())
        if d.action not in ("drop", "swap") or k in current
    ]
    plan_wide = (
        [Decision(None, "step_down", f"{step_down.message} {step_down.action}")]
        if step_down
        else []
    )
    decisions = [*plan_wide, *session, *latest]
    changed = {
        k: v
        for k, v in sorted(state.doses.items())
        if k in library.exercises and v != start_dose(library.exercises[k].dose, start_shift)
    }
    return Progress(
        changed,
        dropped,
        rest_until,
        tuple(decisions),
        swaps,
        step_down,
    )


def _replay(record: SessionRecord, library: Library, state: _State) -> None:
    state.session = []
    when = record.day.isoformat()
    if record.stop_reason in WHOLE_SESSION_STOPS:
        reason = (
            f"The session on {when} stopped for {record.stop_reason.value}, so no dose goes up. "
            "If it happens again, see a doctor before the next session."
        )
        state.session.append(Decision(None, "stop", reason))
    if record.sore_next_day:
        state.rest_until = record.day + timedelta(days=state.rest_days)
        reason = (
            f"Muscles were sore the day after {when}: rest from strength work until "
            f"{state.rest_until.isoformat()} (seed 004: train again when soreness is barely "
            "noticeable, two to three days later)."
        )
        state.session.append(Decision(None, "rest", reason))
    sharp = _sharp_pain_exercise(record)
    hurt = painful(record)
    for result in record.results:
        if result.exercise not in library.exercises:
            continue  # a clinic's edition may have removed it; history stays as it was
        if result.exercise == sharp:
            _drop(record, sharp, state)
            continue
        base = library.exercises[result.exercise].dose
        current = state.doses.get(result.exercise) or start_dose(base, state.start_shift)
        dose, decision = _judge(record, result, current)
        state.doses[result.exercise] = dose
        state.latest[result.exercise] = decision
        if not result.skipped:
            streak = state.painful_streak.get(result.exercise, 0) + 1 if hurt else 0
            state.painful_streak[result.exercise] = streak
            if streak == 2:
                _swap(record, result.exercise, library, state)
    state.brakes.watch(record, sharp, hurt)


def _drop(record: SessionRecord, exercise: str, state: _State) -> None:
    state.dropped[exercise] = record.day + timedelta(days=state.drop_days)
    state.brakes.sharp(exercise, record.day)
    again = state.dropped[exercise].isoformat()
    reason = (
        f"Sharp pain on {record.day.isoformat()}: left out until {again} (seed 004: try again "
        "in a month)."
    )
    state.latest[exercise] = Decision(exercise, "drop", reason)


def gentler(exercise: str, library: Library) -> str | None:
    """The variant that takes an exercise's place after painful sessions: its first regression
    the library has, or None."""
    return next(
        (x for x in library.exercises[exercise].regressions if x in library.exercises), None
    )


def _swap(record: SessionRecord, exercise: str, library: Library, state: _State) -> None:
    """The second painful session in a row with `exercise`: its gentler variant for a month.
    An exercise with no regression in the library keeps its lowered dose instead."""
    easier = gentler(exercise, library)
    if easier is None:
        return
    until = record.day + timedelta(days=state.drop_days)
    state.swaps[exercise] = (easier, until)
    name = library.exercises[easier].name
    reason = (
        f"Painful sessions twice in a row up to {record.day.isoformat()}: replaced by {name}, "
        f"the gentler variant, until {until.isoformat()}."
    )
    state.latest[exercise] = Decision(exercise, "swap", reason)


def _sharp_pain_exercise(record: SessionRecord) -> str | None:
    """The exercise in progress when sharp pain stopped the session: the last one not skipped
    (the player marks exercises it never reached as skipped)."""
    if record.stop_reason is not StopReason.SHARP_PAIN:
        return None
    attempted = [r.exercise for r in record.results if not r.skipped]
    return attempted[-1] if attempted else None


def _judge(record: SessionRecord, result: ExerciseResult, dose: Dose) -> tuple[Dose, Decision]:
    name, when = result.exercise, record.day.isoformat()

    def keep(why: str) -> tuple[Dose, Decision]:
        return dose, Decision(name, "keep", f"{when}: {why}; same dose.")

    if record.pain_next_morning is not None and record.pain_next_morning > record.pain_before:
        lower = step_down(dose)
        why = (
            f"{when}: pain the next morning ({record.pain_next_morning}/10) was worse than before "
            f"the session ({record.pain_before}/10), so the dose goes down."
        )
        return lower, Decision(name, "reduce", why)
    if result.skipped:
        return keep("skipped")
    if painful(record):
        why = (
            f"{when}: pain after the session was {record.pain_after}/10 (before: "
            f"{record.pain_before}/10), so the dose goes down."
        )
        return step_down(dose), Decision(name, "reduce", why)
    if record.stop_reason in SAFETY_STOPS:
        # Nothing goes up after a session stopped for nausea, dizziness or sharp pain (seed 002).
        return keep(f"the session stopped for {record.stop_reason.value.replace('_', ' ')}")
    if record.sore_next_day:
        return keep("muscles were sore the next day")
    if record.pain_next_morning is None:
        return keep("no next-morning pain logged yet, so no change until it is")
    if not result.completed:
        return keep("the target was not reached")
    higher = step_up(dose)
    if higher == dose:
        return keep("done in full and already at the top of its dose; harder variants come next")
    why = (
        f"{when}: done in full, pain after at most {PAIN_LIMIT}/10 and settled by the next "
        "morning, so the dose goes up."
    )
    return higher, Decision(name, "progress", why)
