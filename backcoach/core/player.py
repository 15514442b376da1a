"""The session player as a pure state machine over a timeline.

No clock, no terminal: the caller says how much time passed (`tick`) and what the person
pressed (`toggle_pause`, `skip`, `stop`), and tests drive it with exact numbers. It records
which steps ran to their end and which exercises were skipped; `core.results` turns that into
the log, by the same rules the web app's save uses for what the browser reports.
"""

from dataclasses import dataclass, field

from backcoach.core.planning.models import PlannedSession
from backcoach.core.records import SAFETY_STOPS, ExerciseResult, StopReason
from backcoach.core.results import exercise_results
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
    completed: set[int] = field(default_factory=set)  # indexes of steps that ran to their end
    skipped: set[str] = field(default_factory=set)  # exercises skipped, all or part of

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
                self.completed.add(self.index)
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
        self.skipped.add(current)
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
        return exercise_results(
            session.items,
            self.timeline,
            completed=self.completed,
            skipped=self.skipped,
            reached=self.index,
        )

    def _advance(self, index: int) -> None:
        self.index = min(index, len(self.timeline.steps) - 1)
        self.remaining = float(self.step.seconds)
        self._settle()

    def _settle(self) -> None:
        # Zero-second steps (none yet but `done`) pass at once, so the player never shows one.
        while self.remaining <= 0 and self.step.kind != "done":
            self._advance(self.index + 1)
