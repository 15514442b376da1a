"""A planned session expanded into timed steps, the one script every player runs from.

Each rep is its own step (move, then hold where the dose has a hold) so a player can count
repetitions and log exactly how far a person got. Cues follow the house rule on breathing:
breathe out on the effort, in on the return, never hold the breath.
"""

from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from backcoach.core.library import Exercise, Library, load_library
from backcoach.core.planning.models import PlanItem, PlannedSession
from backcoach.core.planning.timing import GET_READY_S, SWITCH_S, reps_in_set

StepKind = Literal["get_ready", "work", "hold", "release", "rest", "switch_side", "done"]
Side = Literal["left", "right"]

HOLD_BREATHING = "Keep breathing slowly and evenly; never hold your breath."
DONE_CUE = "Well done. Stay still for a moment and notice how your back feels."


@dataclass(frozen=True)
class Step:
    index: int
    kind: StepKind
    seconds: int
    exercise: str | None
    set_no: int | None
    rep_no: int | None
    side: Side | None
    title: str
    cue: str
    breathing: str | None
    stop_if: tuple[str, ...]


@dataclass(frozen=True)
class Timeline:
    title: str
    steps: tuple[Step, ...]
    total_seconds: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "total_seconds": self.total_seconds,
            "steps": [asdict(s) | {"stop_if": list(s.stop_if)} for s in self.steps],
        }


def build_timeline(session: PlannedSession, library: Library | None = None) -> Timeline:
    library = library or load_library()
    raw = [s for item in session.items for s in _item_steps(item, library.exercise(item.exercise))]
    raw.append(_step("done", 0, None, "Done", DONE_CUE))
    steps = tuple(replace(s, index=i) for i, s in enumerate(raw))
    return Timeline(session.title, steps, sum(s.seconds for s in steps))


def _step(
    kind: StepKind,
    seconds: int,
    e: Exercise | None,
    title: str,
    cue: str,
    *,
    set_no: int | None = None,
    rep_no: int | None = None,
    side: Side | None = None,
    breathing: str | None = None,
) -> Step:
    exercise, stop_if = (e.id, e.stop_if) if e else (None, ())
    return Step(0, kind, seconds, exercise, set_no, rep_no, side, title, cue, breathing, stop_if)


def _item_steps(item: PlanItem, e: Exercise) -> Iterator[Step]:
    yield _step("get_ready", GET_READY_S, e, f"Get ready: {e.name}", f"{e.summary} {e.steps[0]}")
    sides: tuple[Side | None, ...] = ("left", "right") if item.per_side else (None,)
    for set_index in range(item.sets):
        set_no = set_index + 1
        for side in sides:
            if side == "right":
                cue = "Switch to the other side and settle into position."
                yield _step(
                    "switch_side",
                    SWITCH_S,
                    e,
                    f"{e.name}: other side",
                    cue,
                    set_no=set_no,
                    side=side,
                )
            yield from _reps(item, e, set_no, reps_in_set(item, set_index), side)
        if set_no < item.sets and item.rest_s:
            cue = f"Rest. Set {set_no + 1} of {item.sets} comes next."
            yield _step("rest", item.rest_s, e, f"Rest after set {set_no}", cue, set_no=set_no)


def _reps(
    item: PlanItem, e: Exercise, set_no: int, count: int, side: Side | None
) -> Iterator[Step]:
    label = f"{e.name} ({side})" if side else e.name
    for rep_no in range(1, count + 1):
        where = f"repetition {rep_no} of {count}" if count > 1 else "one smooth movement"
        cue = f"Slowly into position: {where}." if item.hold_s else f"Slow and smooth: {where}."
        yield _step(
            "work", item.rep_s, e, label, cue,
            set_no=set_no, rep_no=rep_no, side=side, breathing=e.breathing,
        )  # fmt: skip
        if item.hold_s:
            feel = f"Hold still. You should feel: {e.feel}"
            yield _step(
                "hold", item.hold_s, e, f"{label}: hold", feel,
                set_no=set_no, rep_no=rep_no, side=side, breathing=HOLD_BREATHING,
            )  # fmt: skip
