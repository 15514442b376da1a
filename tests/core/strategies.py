"""Hypothesis strategies for random but valid profiles and session logs."""

from datetime import UTC, datetime, timedelta
from enum import Enum

from hypothesis import strategies as st

from backcoach.core.library import Library
from backcoach.core.profile import FitnessLevel, Profile
from backcoach.core.records import ExerciseResult, SessionRecord, StopReason, Target
from backcoach.core.vocab import (
    CLEARABLE,
    Condition,
    Equipment,
    LegSymptoms,
    Phase,
    RedFlag,
    Situation,
    Workday,
)


def _few[E: Enum](values: type[E], most: int = 3) -> st.SearchStrategy[tuple[E, ...]]:
    return st.lists(st.sampled_from(values), max_size=most, unique=True).map(tuple)


# The conditions that still allow a plan, with the caution shown and their exercises left out.
CAUTIONS = (
    Condition.HYPERTENSION,
    Condition.BLEEDING_TENDENCY,
    Condition.DIABETES,
    Condition.OSTEOPOROSIS,
    Condition.HIP_REPLACEMENT,
    Condition.FALLS,
)


_cleared = st.lists(st.sampled_from(sorted(CLEARABLE)), max_size=2, unique=True).map(tuple)


_cleared = st.lists(st.sampled_from(sorted(CLEARABLE)), max_size=2, unique=True).map(tuple)


def profiles(*, safe: bool = False) -> st.SearchStrategy[Profile]:
    """Any valid profile; with `safe`, one with no red flag, emergency or contraindication
    (cautions included), so a plan is likelier."""
    nothing: st.SearchStrategy[tuple[object, ...]] = st.just(())
    cautions = st.lists(st.sampled_from(CAUTIONS), max_size=2, unique=True).map(tuple)
    return st.builds(
        Profile,
        age=st.integers(16, 110),
        pain_now=st.integers(0, 10),
        phase=st.sampled_from(Phase),
        situation=st.sampled_from(Situation),
        pregnant=st.just(False) if safe else st.booleans(),
        conditions=cautions if safe else _few(Condition, 2),
        red_flags=nothing if safe else st.one_of(st.just(()), _few(RedFlag, 2)),
        leg_symptoms=st.sampled_from([s for s in LegSymptoms if not safe or s != "both_legs"]),
        clinician_clearance=_cleared,
        workday=st.sampled_from(Workday),
        equipment=_few(Equipment, 16),
        minutes_per_day=st.integers(5, 120),
        level=st.sampled_from(FitnessLevel),
    )


def histories(library: Library, end: datetime) -> st.SearchStrategy[list[SessionRecord]]:
    ids = sorted(library.exercises)
    result = st.builds(
        ExerciseResult,
        exercise=st.sampled_from(ids),
        target=st.builds(Target, st.integers(1, 3), st.integers(1, 20), st.integers(0, 30)),
        done_reps=st.integers(0, 25),
        done_hold_s=st.integers(0, 40),
        sets_done=st.integers(0, 3),
        skipped=st.booleans(),
    )
    pain = st.integers(0, 10)
    record = st.builds(
        SessionRecord,
        id=st.uuids().map(str),
        started_at=st.integers(0, 60).map(lambda d: end - timedelta(days=d)),
        title=st.just("Session"),
        pain_before=pain,
        pain_after=st.none() | pain,
        pain_next_morning=st.none() | pain,
        difficulty=st.none() | st.integers(1, 10),
        stop_reason=st.none() | st.sampled_from(StopReason),
        results=st.lists(result, max_size=5).map(tuple),
        complex_id=st.none() | st.sampled_from(["main-abs", "main-back", "feet"]),
        sore_next_day=st.none() | st.booleans(),
    )
    return st.lists(record, max_size=8)


NOON = datetime(2026, 3, 1, 12, tzinfo=UTC)
