"""The session player as a pure state machine over a timeline.

No clock, no terminal: the caller says how much time passed (`tick`) and what the person
pressed (`toggle_pause`, `skip`, `stop`). The terminal and the browser drive the same machine,
and tests drive it with exact numbers. A repetition counts when its last step (the hold, if it
has one) has run to the end, so an interrupted hold is never logged as done.
"""

from collections import Counter
from dataclasses import dataclass, field

from backcoach.core.planning.models import PlanItem, PlannedSession
from backcoach.core.planning.timing import reps_in_set
from backcoach.core.records import SAFETY_STOPS, ExerciseResult, StopReason, Target
from backcoach.core.timeline import Step, Timeline


@dataclass
class Player:
    timeline: Timeline
    index: int = 0
    remaining: float = 0.0
    paused: bool = False
    stop_reason: StopReason | None = None
    stopped: bool = False
    elapsed: float = 0.0
    _reps: Counter[tuple[str, int | None, str | None]] = field(default_factory=Counter)
    _skipped: set[str] = field(default_factory=set)
    _started: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.remaining = float(self.step.seconds)
        self._settle()

    @property
    def step(self) -> Step:
        return self.timeline.steps[self.index]

    @property
    def finished(self) -> bool:
        return self.stopped or self.step.kind == "done"

    @property
    def progress(self) -> float:
        """Share of the session's planned time behind us, 0.0 to 1.0."""
        total = self.timeline.total_seconds or 1
        before = sum(s.seconds for s in self.timeline.steps[: self.index])
        return min(1.0, (before + self.step.seconds - self.remaining) / total)

    def next_step(self) -> Step | None:
        steps = self.timeline.steps
        return steps[self.index + 1] if self.index + 1 < len(steps) else None

    def tick(self, seconds: float) -> None:
        while seconds > 0 and not self.finished and not self.paused:
            used = min(seconds, self.remaining)
            self.remaining -= used
            self.elapsed += used
            seconds -= used
            if self.remaining <= 1e-9:
                self._complete()
                self._advance(self.index + 1)

    def toggle_pause(self) -> None:
        if not self.finished:
            self.paused = not self.paused

    def skip(self) -> None:
        """Skip the rest of the current exercise (or the current rest or get-ready step)."""
        if self.finished:
            return
        current = self.step.exercise
        if current is None:
            self._advance(self.index + 1)
            return
        self._skipped.add(current)
        after = self.index + 1
        while self.timeline.steps[after].exercise == current:
            after += 1
        self._advance(after)

    def stop(self, reason: StopReason | None) -> None:
        self.stop_reason = reason
        self.stopped = True

    @property
    def safety_stop(self) -> bool:
        return self.stop_reason in SAFETY_STOPS

    def results(self, session: PlannedSession) -> tuple[ExerciseResult, ...]:
        return tuple(self._result(item) for item in session.items)

    def _result(self, item: PlanItem) -> ExerciseResult:
        exercise = item.exercise
        sides = ("left", "right") if item.per_side else (None,)
        sets_done, reps_done = 0, 0
        for set_no in range(1, item.sets + 1):
            done = min(self._reps[(exercise, set_no, side)] for side in sides)
            wanted = reps_in_set(item, set_no - 1)
            reps_done += done
            sets_done += done >= wanted
        target = Target.from_dose(item.dose)
        hold = item.hold_s if reps_done else 0
        # Never reached (the session stopped before it) counts as skipped, like a skip key.
        skipped = reps_done == 0 and (exercise in self._skipped or exercise not in self._started)
        return ExerciseResult(exercise, target, reps_done, hold, sets_done, skipped)

    def _complete(self) -> None:
        step = self.step
        following = self.next_step()
        last_of_rep = step.kind == "hold" or (
            step.kind == "work" and not (following and following.kind == "hold")
        )
        if step.exercise and last_of_rep:
            self._reps[(step.exercise, step.set_no, step.side)] += 1

    def _advance(self, index: int) -> None:
        self.index = min(index, len(self.timeline.steps) - 1)
        self.remaining = float(self.step.seconds)
        self._settle()

    def _settle(self) -> None:
        if self.step.exercise:
            self._started.add(self.step.exercise)
        # Zero-second steps (none yet but `done`) pass at once, so the player never shows one.
        while self.remaining <= 0 and self.step.kind != "done":
            self._advance(self.index + 1)
