from collections.abc import Callable

import pytest

from backcoach.core.planning import PlanItem, PlannedSession
from backcoach.core.records import ExerciseResult
from backcoach.core.results import exercise_results
from backcoach.core.timeline import Step, build_timeline
from tests.core import tiny

LIB = tiny.library([tiny.exercise("a"), tiny.exercise("b"), tiny.exercise("c")])
# a: 2 sets of 2 reps per side with 3 s holds; b: 1 set of 3 reps; c: sets of 3, 2, 1 reps.
A = PlanItem("a", 2, 2, 3, 5, True, "why", rep_s=2)
B = PlanItem("b", 1, 3, 0, 0, False, "why", rep_s=2)
C = PlanItem("c", 3, 3, 0, 0, False, "why", reps_by_set=(3, 2, 1), rep_s=1)
ITEMS = (A, B, C)
TIMELINE = build_timeline(PlannedSession("Test", 5, None, ITEMS), LIB)
STEPS = TIMELINE.steps
DONE = len(STEPS) - 1


def where(test: Callable[[Step], bool]) -> list[int]:
    return [s.index for s in STEPS if test(s)]


def first(test: Callable[[Step], bool]) -> int:
    return where(test)[0]


def results(
    completed: list[int], skipped: tuple[str, ...] = (), reached: int = DONE
) -> dict[str, ExerciseResult]:
    found = exercise_results(ITEMS, TIMELINE, completed=completed, skipped=skipped, reached=reached)
    return {r.exercise: r for r in found}


def test_it_logs_everything_done_when_every_step_ran_to_its_end():
    done = results(list(range(len(STEPS))))
    assert all(r.completed for r in done.values())
    a, c = done["a"], done["c"]
    assert (a.done_reps, a.sets_done, a.done_hold_s) == (4, 2, 3)
    assert (a.target.sets, a.target.reps, a.target.hold_s) == (2, 4, 3)
    assert (c.done_reps, c.sets_done, c.target.reps) == (6, 3, 6)


def test_it_counts_no_set_done_on_one_side_only():
    left = where(lambda s: s.exercise == "a" and s.side == "left")
    right_first_set = where(lambda s: s.exercise == "a" and s.side == "right" and s.set_no == 1)
    only_left = results([*left], skipped=("a",))["a"]
    assert (only_left.done_reps, only_left.sets_done, only_left.done_hold_s) == (0, 0, 0)
    assert only_left.skipped  # nothing done on both sides, and the person skipped it
    one_set = results([*left, *right_first_set])["a"]
    assert (one_set.done_reps, one_set.sets_done, one_set.completed) == (2, 1, False)


def test_it_never_counts_a_repetition_whose_hold_was_interrupted():
    moves = where(lambda s: s.exercise == "a" and s.kind == "work")
    holds = where(lambda s: s.exercise == "a" and s.kind == "hold")
    a = results(moves, reached=holds[-1])["a"]
    assert (a.done_reps, a.done_hold_s, a.skipped) == (0, 0, False)


def test_it_counts_a_repetition_without_a_hold_when_its_movement_ends():
    b_moves = where(lambda s: s.exercise == "b" and s.kind == "work")
    b = results(b_moves[:2], reached=b_moves[2])["b"]
    assert (b.done_reps, b.sets_done, b.done_hold_s, b.skipped) == (2, 0, 0, False)


def test_it_marks_a_skipped_exercise_with_nothing_done_as_skipped():
    a_steps = where(lambda s: s.exercise == "a")
    b_steps = where(lambda s: s.exercise in ("b", "c"))
    done = results(b_steps, skipped=("a",))
    assert done["a"].skipped
    assert done["b"].completed
    partly = results([a_steps[0], a_steps[1], a_steps[2], *b_steps], skipped=("a",))["a"]
    assert (partly.done_reps, partly.skipped) == (0, True)  # one side of one rep is not a rep


def test_it_keeps_a_partly_done_skipped_exercise_as_a_partial_result():
    first_set = where(lambda s: s.exercise == "a" and s.set_no == 1)
    a = results(first_set, skipped=("a",))["a"]
    assert (a.done_reps, a.sets_done, a.skipped, a.completed) == (2, 1, False, False)


def test_it_logs_a_stop_mid_exercise_and_counts_unreached_ones_as_skipped():
    b_moves = where(lambda s: s.exercise == "b" and s.kind == "work")
    before_b = list(range(b_moves[1] + 1))  # a in full, then two of b's three reps
    done = results(before_b, reached=b_moves[2])
    assert done["a"].completed
    assert (done["b"].done_reps, done["b"].skipped, done["b"].completed) == (2, False, False)
    assert done["c"].skipped  # the session never reached it


def test_it_blames_a_stop_while_getting_ready_on_the_exercise_in_progress():
    b_ready = first(lambda s: s.exercise == "b" and s.kind == "get_ready")
    done = results(list(range(b_ready)), reached=b_ready)
    assert (done["b"].done_reps, done["b"].skipped) == (0, False)
    assert done["c"].skipped


def test_it_ignores_repeated_indexes():
    everything = list(range(len(STEPS)))
    assert results(everything + everything) == results(everything)


def test_it_refuses_a_step_index_outside_the_timeline():
    with pytest.raises(ValueError, match="completed"):
        results([len(STEPS)])
    with pytest.raises(ValueError, match="completed"):
        results([-1])
    with pytest.raises(ValueError, match="reached"):
        results([], reached=-1)
