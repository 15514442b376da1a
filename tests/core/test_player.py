from backcoach.core.planning import PlanItem, PlannedSession
from backcoach.core.player import Player
from backcoach.core.records import StopReason
from backcoach.core.timeline import build_timeline
from tests.core import tiny

LIB = tiny.library([tiny.exercise("a"), tiny.exercise("b")])
A = PlanItem("a", 2, 2, 3, 5, True, "why", rep_s=2)  # 2 sets x 2 reps per side, 3 s holds
B = PlanItem("b", 1, 3, 0, 0, False, "why", rep_s=2)
SESSION = PlannedSession("Test", 2, None, (A, B))


def player() -> Player:
    return Player(build_timeline(SESSION, LIB))


def kind(p: Player) -> str:
    return p.step.kind


def test_it_runs_to_the_end_and_logs_everything_done():
    p = player()
    p.tick(10_000)
    assert p.finished
    assert p.progress == 1.0
    a, b = p.results(SESSION)
    assert (a.done_reps, a.sets_done, a.done_hold_s, a.completed) == (4, 2, 3, True)
    assert (b.done_reps, b.completed) == (3, True)


def test_it_counts_time_across_steps_exactly():
    p = player()
    p.tick(10)  # get ready
    assert kind(p) == "work"
    p.tick(2)
    assert kind(p) == "hold"
    p.tick(1.5)
    assert p.remaining == 1.5
    assert 0 < p.progress < 1


def test_it_does_not_move_while_paused():
    p = player()
    p.toggle_pause()
    p.tick(100)
    assert p.index == 0
    p.toggle_pause()
    p.tick(10)
    assert kind(p) == "work"


def test_it_never_logs_an_interrupted_hold():
    p = player()
    p.tick(10 + 2 + 2)  # into the first hold
    p.stop(StopReason.SHARP_PAIN)
    assert p.finished
    assert p.safety_stop
    a, b = p.results(SESSION)
    assert a.done_reps == 0
    assert not a.skipped  # in progress when it hurt: progression blames this one
    assert b.skipped  # never reached


def test_it_skips_the_rest_of_an_exercise():
    p = player()
    p.tick(10 + 5 + 5 + 5 + 5)  # both reps on the left, one on the right
    p.skip()
    assert p.step.exercise == "b"
    assert kind(p) == "get_ready"
    p.tick(10_000)
    a, b = p.results(SESSION)
    assert (a.done_reps, a.completed) == (1, False)
    assert not a.skipped  # something was done, so it is a partial result, not a skip
    assert b.completed


def test_it_marks_an_untouched_skipped_exercise_as_skipped():
    p = player()
    p.skip()
    assert p.results(SESSION)[0].skipped
