"""The web app's view of the exercise library: loaded once per process, filtered for pages."""

from dataclasses import dataclass
from functools import cache

from backcoach.core.figures import FigureError, FigureView, figure_ids, render_figure_view
from backcoach.core.library import Complex, Exercise, Library, load_library
from backcoach.core.vocab import Equipment, Level, Position, Purpose


def library() -> Library:
    return load_library()


@dataclass(frozen=True)
class ExerciseFilter:
    purpose: Purpose | None = None
    position: Position | None = None
    equipment: Equipment | None = None
    level: Level | None = None
    text: str = ""

    def matches(self, e: Exercise) -> bool:
        needle = self.text.strip().lower()
        words = " ".join((e.name, *e.aka, *e.search_terms, e.summary)).lower()
        return (
            (self.purpose is None or self.purpose in e.purpose)
            and (self.position is None or e.position is self.position)
            and (self.equipment is None or self.equipment in e.equipment)
            and (self.level is None or e.level is self.level)
            and (not needle or needle in words)
        )


def exercises_matching(chosen: ExerciseFilter) -> list[Exercise]:
    return sorted(
        (e for e in library().exercises.values() if chosen.matches(e)),
        key=lambda e: (int(e.level), e.name.lower()),
    )


def exercise_name(exercise_id: str) -> str:
    """The exercise's name; its id when the library no longer has it (an old log, say)."""
    exercise = library().exercises.get(exercise_id)
    return exercise.name if exercise else exercise_id


def complexes_using(exercise_id: str) -> list[Complex]:
    return [c for c in library().complexes.values() if exercise_id in c.exercises]


def has_figure(exercise_id: str) -> bool:
    return exercise_id in library().exercises and exercise_id in _figure_ids()


@cache
def _figure_ids() -> frozenset[str]:
    return frozenset(figure_ids())


def exercise_figure(exercise_id: str, view: FigureView = FigureView.ANIMATED) -> str:
    """The exercise's SVG figure in one of its views, or "" when it has none. Pages show it as
    an image file (`figure_svg`), not inline: its own <style> element would need
    'unsafe-inline' styles on the page."""
    # Only known ids reach the cache, so requests for made-up ones cannot grow it.
    return _render_figure(exercise_id, view) if has_figure(exercise_id) else ""


@cache
def _render_figure(exercise_id: str, view: FigureView) -> str:
    # A broken figure must not take the exercise page or the player down with it.
    try:
        return render_figure_view(exercise_id, view)
    except FigureError:
        return ""
