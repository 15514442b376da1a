from datetime import date

from backcoach.core.library import Library
from backcoach.core.planning import PlanItem, PlannedSession, build_plan
from backcoach.core.planning.timing import GET_READY_S, SWITCH_S, session_seconds
from backcoach.core.profile import parse_profile
from backcoach.core.timeline import build_timeline
from tests.core import tiny

LIB = tiny.library(
    [
        tiny.exercise("side", dose={"reps": 2, "hold_s": 5, "rep_s": 2, "per_side": True}),
        tiny.exercise("pyramid", dose={"sets": 2, "reps": 2, "reps_by_set": [2, 1], "rest_s": 7}),
    ]
)


def item(exercise: str, **dose: object) -> PlanItem:
    d = LIB.exercise(exercise).dose.model_copy(update=dose)
    return PlanItem(
        exercise, d.sets, d.reps, d.hold_s, d.rest_s, d.per_side, "why", d.reps_by_set, d.rep_s
    )


def test_it_lays_out_left_then_right_with_holds():
    timeline = build_timeline(PlannedSession("S", 1, None, (item("side"),)), LIB)
    kinds = [(s.kind, s.side, s.rep_no) for s in timeline.steps]
    assert kinds == [
        ("get_ready", None, None),
        ("work", "left", 1), ("hold", "left", 1), ("work", "left", 2), ("hold", "left", 2),
        ("switch_side", "right", None),
        ("work", "right", 1), ("hold", "right", 1), ("work", "right", 2), ("hold", "right", 2),
        ("done", None, None),
    ]  # fmt: skip
    assert timeline.total_seconds == GET_READY_S + 4 * (2 + 5) + SWITCH_S
    assert [s.index for s in timeline.steps] == list(range(len(timeline.steps)))


def test_it_rests_between_sets_and_follows_reps_by_set():
    timeline = build_timeline(PlannedSession("S", 1, None, (item("pyramid"),)), LIB)
    kinds = [(s.kind, s.set_no, s.rep_no) for s in timeline.steps]
    assert kinds == [
        ("get_ready", None, None), ("work", 1, 1), ("work", 1, 2), ("rest", 1, None),
        ("work", 2, 1), ("done", None, None),
    ]  # fmt: skip
    assert timeline.steps[3].seconds == 7


def test_it_cues_breathing_feeling_and_when_to_stop():
    steps = build_timeline(PlannedSession("S", 1, None, (item("side"),)), LIB).steps
    work, hold = steps[1], steps[2]
    assert work.breathing
    assert "Breathe out" in work.breathing
    assert hold.breathing
    assert "never hold your breath" in hold.breathing
    assert "You should feel" in hold.cue
    assert work.stop_if == ("Sharp pain.",)


def test_it_serialises_to_plain_json_types():
    data = build_timeline(PlannedSession("S", 1, None, (item("side"),)), LIB).to_dict()
    assert data["steps"][0]["kind"] == "get_ready"
    assert isinstance(data["steps"][0]["stop_if"], list)


def test_it_takes_exactly_the_time_the_planner_budgets(library: Library):
    # Every session of a range of real plans: the timeline and the budget agree to the second.
    profiles = [
        {"age": 40, "pain_now": 3, "phase": "remission", "minutes_per_day": 60},
        {"age": 40, "pain_now": 3, "phase": "acute", "minutes_per_day": 30},
        {
            "age": 40,
            "pain_now": 3,
            "phase": "remission",
            "situation": "hernia",
            "level": "advanced",
        },
    ]
    for data in profiles:
        plan = build_plan(parse_profile(data), library, start=date(2026, 1, 5)).plan
        assert plan is not None
        for day in plan.days:
            for s in day.sessions:
                assert build_timeline(s, library).total_seconds == session_seconds(s.items)
