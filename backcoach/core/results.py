"""What a person did in a played session, turned into the per-exercise results progression reads.

The one place these rules live: the terminal player and the web app's save both call
`exercise_results`, so the same steps give the same log whichever way they were played.

- A repetition counts when its last step (the hold, if it has one) ran to its end, so an
  interrupted hold is never logged as done.
- A set counts when it has all its repetitions; for a per-side exercise, on both sides (each
  set counts the smaller side's repetitions).
- An exercise with no repetition done is skipped if the person skipped it or the session
  ended before reaching it. One reached and not skipped, with nothing done, was in progress
  when the session ended (progression blames a sharp-pain stop on it).
"""

from collections import Counter
from collections.abc import Collection, Sequence

from backcoach.core.planning.models import PlanItem
from backcoach.core.planning.timing import reps_in_set
from backcoach.core.records import ExerciseResult, Target
from backcoach.core.timeline import Step, Timeline

RepKey = tuple[str, int | None, str | None]  # exercise, set number, side


def exercise_results(
    items: Sequence[PlanItem],
    timeline: Timeline,
    *,
    completed: Collection[int],
    skipped: Collection[str],
    reached: int,
) -> tuple[ExerciseResult, ...]:
    """`timeline` is `build_timeline` of `items`; `completed` holds the indexes of the steps
    that ran to their end, `skipped` the exercises the person skipped (all or part of), and
    `reached` the index of the step the session ended on (its `done` step, or beyond, when it
    ran to the end)."""
    steps = timeline.steps
    if any(not 0 <= i < len(steps) for i in completed):
        raise ValueError(f"completed: a step index is outside 0-{len(steps) - 1}")
    if reached < 0:
        raise ValueError("reached: a step index cannot be negative")
    reps = Counter(_rep_key(steps, i) for i in set(completed) if _ends_rep(steps, i))
    arrived = {s.exercise for s in steps[: reached + 1] if s.exercise}
    return tuple(
        _result(i, reps, skipped=i.exercise in skipped, arrived=i.exercise in arrived)
        for i in items
    )


def _ends_rep(steps: Sequence[Step], index: int) -> bool:
    step = steps[index]
    following = steps[index + 1] if index + 1 < len(steps) else None
    return step.exercise is not None and (
        step.kind == "hold"
        or (step.kind == "work" and not (following and following.kind == "hold"))
    )


def _rep_key(steps: Sequence[Step], index: int) -> RepKey:
    step = steps[index]
    return (step.exercise or "", step.set_no, step.side)


def _result(
    item: PlanItem, reps: Counter[RepKey], *, skipped: bool, arrived: bool
) -> ExerciseResult:
    sides = ("left", "right") if item.per_side else (None,)
    sets_done, reps_done = 0, 0
    for set_no in range(1, item.sets + 1):
        done = min(reps[(item.exercise, set_no, side)] for side in sides)
        reps_done += done
        sets_done += done >= reps_in_set(item, set_no - 1)
    hold = item.hold_s if reps_done else 0
    return ExerciseResult(
        item.exercise,
        Target.from_dose(item.dose),
        reps_done,
        hold,
        sets_done,
        skipped=reps_done == 0 and (skipped or not arrived),
    )
