from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from backcoach.core.library import Dose
from backcoach.core.progression import (
    ExerciseResult,
    SessionRecord,
    StopReason,
    Target,
    decide,
    step_down,
    step_up,
)
from tests.core import tiny

LIB = tiny.library(
    [
        tiny.exercise("curl", dose={"reps": 10, "max_reps": 14, "hold_s": 2, "max_hold_s": 4}),
        tiny.exercise("plank", dose={"hold_s": 10, "max_hold_s": 10}),
    ]
)
TODAY = date(2026, 3, 10)


def result(
    exercise: str = "curl",
    reps: int = 10,
    hold: int = 2,
    sets: int = 1,
    skipped: bool = False,
    target: Target | None = None,
) -> ExerciseResult:
    target = target or Target(sets=1, reps=10, hold_s=2)
    return ExerciseResult(exercise, target, reps, hold, sets, skipped)


def record(
    day: int = 1,
    before: int = 3,
    after: int | None = 3,
    morning: int | None = 2,
    stop: StopReason | None = None,
    results: list[ExerciseResult] | None = None,
    sore: bool | None = None,
    n: int = 0,
) -> SessionRecord:
    return SessionRecord(
        id=f"s{day}-{n}",
        started_at=datetime(2026, 3, day, 18, 0, tzinfo=UTC),
        title="Test",
        pain_before=before,
        pain_after=after,
        pain_next_morning=morning,
        stop_reason=stop,
        results=tuple(results if results is not None else [result()]),
        sore_next_day=sore,
    )


def test_it_keeps_the_library_dose_without_history():
    progress = decide([], LIB, today=TODAY)
    assert progress.doses == {}
    assert progress.decisions == ()


def test_it_progresses_when_done_in_full_and_settled_by_morning():
    progress = decide([record()], LIB, today=TODAY)
    assert progress.doses["curl"].reps == 12
    assert progress.decisions[0].action == "progress"


def test_it_builds_up_session_by_session_then_holds_longer():
    history = [record(day=d) for d in (1, 2, 3, 4)]
    dose = decide(history, LIB, today=TODAY).doses["curl"]
    assert (dose.reps, dose.hold_s) == (14, 4)


def test_it_allows_pain_up_to_five_but_not_above():
    assert decide([record(before=4, after=5)], LIB, today=TODAY).doses["curl"].reps == 12
    progress = decide([record(after=6)], LIB, today=TODAY)
    assert progress.doses["curl"].reps < 10
    assert progress.decisions[0].action == "reduce"
    assert "6/10" in progress.decisions[0].reason


def test_it_lowers_the_dose_when_pain_rose_two_points_in_the_session():
    progress = decide([record(before=1, after=3, morning=None)], LIB, today=TODAY)
    assert progress.doses["curl"].reps < 10
    assert progress.decisions[0].action == "reduce"


def test_it_swaps_an_exercise_for_its_regression_after_two_painful_sessions_in_a_row():
    lib = tiny.library(
        [tiny.exercise("curl", regressions=["tilt"]), tiny.exercise("tilt"), tiny.exercise("x")]
    )
    one = decide([record(day=1, after=6)], lib, today=TODAY)
    assert one.swaps == {}
    # A good session in between breaks the run.
    broken = [record(day=1, after=6), record(day=2), record(day=3, after=6)]
    assert decide(broken, lib, today=TODAY).swaps == {}
    two = decide([record(day=1, after=6), record(day=2, after=7)], lib, today=TODAY)
    assert two.swaps == {"curl": "tilt"}
    assert any(d.action == "swap" and "Exercise tilt" in d.reason for d in two.decisions)
    assert decide([record(day=1, after=6), record(day=2, after=7)], lib,
                  today=date(2026, 4, 1)).swaps == {}  # fmt: skip


def test_it_steps_the_plan_down_after_three_painful_sessions_in_a_week():
    history = [record(day=d, after=6) for d in (1, 3, 5)]
    progress = decide(history, LIB, today=TODAY)
    assert progress.step_down_until == date(2026, 3, 19)
    assert progress.decisions[0].action == "step_down"
    assert "doctor or physiotherapist" in progress.decisions[0].reason
    spread = [record(day=d, after=6) for d in (1, 8, 15)]
    assert decide(spread, LIB, today=date(2026, 3, 16)).step_down_until is None
    assert decide(history, LIB, today=date(2026, 3, 20)).step_down_until is None


def test_it_steps_the_plan_down_after_sharp_pain_twice_on_one_exercise():
    sharp = [
        record(day=d, stop=StopReason.SHARP_PAIN, after=None, results=[result(reps=4)])
        for d in (1, 20)
    ]
    progress = decide(sharp, LIB, today=date(2026, 3, 21))
    assert progress.step_down_until == date(2026, 4, 3)
    assert "Sharp pain twice" in progress.decisions[0].reason
    # Left out for a month in between, it hurts again on the day it comes back.
    back = [sharp[0], replace(sharp[1], started_at=datetime(2026, 3, 31, 18, tzinfo=UTC))]
    assert decide(back, LIB, today=date(2026, 4, 1)).step_down_until == date(2026, 4, 14)


def test_it_counts_pain_worse_the_next_morning_as_a_painful_session():
    history = [record(day=d, before=2, after=3, morning=5) for d in (1, 3, 5)]
    progress = decide(history, LIB, today=TODAY)
    assert progress.step_down is not None
    assert progress.step_down.code == "painful_sessions"


def test_it_sends_to_a_doctor_after_two_sessions_stopped_for_dizziness():
    once = [record(day=1, stop=StopReason.DIZZINESS)]
    assert decide(once, LIB, today=TODAY).step_down is None
    twice = [*once, record(day=8, stop=StopReason.NAUSEA)]
    step = decide(twice, LIB, today=TODAY).step_down
    assert step is not None
    assert (step.code, step.until) == ("repeated_stops", date(2026, 3, 22))
    assert "See a doctor before your next session" in step.action


def test_it_reduces_when_the_next_morning_is_worse():
    progress = decide([record(before=3, morning=5)], LIB, today=TODAY)
    assert progress.doses["curl"].reps < 10
    assert progress.decisions[0].action == "reduce"
    assert "5/10" in progress.decisions[0].reason


def test_it_waits_for_the_next_morning_before_progressing():
    progress = decide([record(morning=None)], LIB, today=TODAY)
    assert progress.doses == {}
    assert "next-morning" in progress.decisions[0].reason


def test_it_keeps_the_dose_when_the_target_was_missed():
    assert decide([record(results=[result(reps=7)])], LIB, today=TODAY).doses == {}


def test_it_drops_an_exercise_after_sharp_pain_for_a_month():
    history = [record(day=1, stop=StopReason.SHARP_PAIN, results=[result(reps=4)])]
    progress = decide(history, LIB, today=TODAY)
    assert progress.dropped == {"curl": date(2026, 3, 31)}
    assert progress.decisions[0].action == "drop"
    later = decide(history, LIB, today=date(2026, 3, 31))
    assert later.dropped == {}
    assert later.decisions == ()


def test_it_blames_the_exercise_in_progress_for_sharp_pain():
    results = [result("plank", reps=1, hold=10, target=Target(1, 1, 10)), result(reps=3)]
    progress = decide([record(stop=StopReason.SHARP_PAIN, results=results)], LIB, today=TODAY)
    assert list(progress.dropped) == ["curl"]


@pytest.mark.parametrize("stop", [StopReason.NAUSEA, StopReason.DIZZINESS])
def test_it_raises_nothing_after_nausea_or_dizziness(stop):
    progress = decide([record(stop=stop)], LIB, today=TODAY)
    assert progress.doses == {}
    assert progress.decisions[0].action == "stop"


def test_it_rests_two_to_three_days_after_soreness():
    progress = decide([record(day=8, sore=True)], LIB, today=TODAY)
    assert progress.rest_until == date(2026, 3, 10)
    assert progress.decisions[0].action == "rest"
    assert decide([record(day=8, sore=True)], LIB, today=date(2026, 3, 11)).rest_until is None


def test_it_ignores_sessions_after_today_and_unknown_exercises():
    history = [record(day=11), record(day=1, results=[result("gone")])]
    assert decide(history, LIB, today=TODAY).doses == {}


def test_it_replays_in_time_order_whatever_the_input_order():
    history = [record(day=d) for d in (1, 2, 3)]
    assert decide(history, LIB, today=TODAY) == decide(history[::-1], LIB, today=TODAY)


def test_it_steps_doses_within_their_ceilings():
    dose = tiny.dose(reps=5, max_reps=6, sets=1, max_sets=2)
    assert step_up(dose).reps == 6
    assert step_up(step_up(dose)).sets == 2
    top = step_up(step_up(dose))
    assert step_up(top) == top
    assert step_down(tiny.dose(reps=1)) == tiny.dose(reps=1)
    assert step_down(tiny.dose(reps=12, hold_s=8)).reps == 9
    one_set = step_down(tiny.dose(sets=2, reps=1, rest_s=30))
    assert (one_set.sets, one_set.rest_s) == (1, 0)


def test_it_round_trips_a_record_and_rejects_bad_ones():
    r = record(stop=StopReason.TIRED, sore=False)
    assert SessionRecord.from_dict(r.to_dict()) == r
    with pytest.raises(ValueError, match="pain_before"):
        SessionRecord.from_dict({**r.to_dict(), "pain_before": 12})
    with pytest.raises(ValueError, match="aware"):
        SessionRecord.from_dict({**r.to_dict(), "started_at": "2026-03-01T10:00:00"})


def test_it_compares_results_with_their_target():
    assert result().completed
    assert not result(sets=0).completed
    assert not result(skipped=True).completed
    assert not result(hold=1).completed
    assert Target.from_dose(tiny.dose(sets=3, reps=5, reps_by_set=(5, 3, 1))).reps == 9


def test_it_dates_a_session_by_the_day_where_the_person_was():
    # 22:30 in Chicago on 9 March is 04:30 UTC on the 10th: tonight's plan must see the stop.
    evening = datetime(2026, 3, 10, 4, 30, tzinfo=UTC)
    stop = SessionRecord(
        id="late",
        started_at=evening,
        local_date=date(2026, 3, 9),
        title="Test",
        pain_before=3,
        stop_reason=StopReason.SHARP_PAIN,
        results=(result(reps=4),),
    )
    assert decide([stop], LIB, today=date(2026, 3, 9)).dropped == {"curl": date(2026, 4, 8)}
    chicago = evening.astimezone(ZoneInfo("America/Chicago"))
    assert replace(stop, started_at=chicago, local_date=None).day == date(2026, 3, 9)


def test_it_steps_long_holds_down_in_fives():
    assert step_down(Dose(sets=3, hold_s=30, rest_s=15)).hold_s == 20
    assert step_down(Dose(hold_s=60)).hold_s == 45
    assert step_down(Dose(hold_s=5)).hold_s == 4
