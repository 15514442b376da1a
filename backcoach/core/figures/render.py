"""Render an exercise's figure by its id, from the library and its keyframe file."""

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from backcoach.core.figures.scene import Scene, build_scene
from backcoach.core.figures.spec import FigureError, load_figure
from backcoach.core.figures.svgdoc import animated_svg, static_svg
from backcoach.core.library import load_library
from backcoach.core.library.loader import content_dir


def exercise_scene(exercise_id: str) -> Scene:
    """The placed, checked figure of one exercise; KeyError for an unknown id."""
    return _scene(content_dir().resolve(), exercise_id)


@cache
def _scene(root: Path, exercise_id: str) -> Scene:
    del root  # part of the cache key: another content folder is another library
    exercise = load_library().exercise(exercise_id)
    spec = load_figure(exercise_id)
    try:
        return build_scene(exercise, spec)
    except FigureError as e:
        message = str(e)
        if not message.startswith(f"{exercise_id}:"):
            message = f"{exercise_id}: {message}"
        raise FigureError(message) from None


class FigureView(StrEnum):
    """The ways one exercise's figure is drawn."""

    ANIMATED = "animated"  # the looping movement, mirrored for the other side when per side
    STRIP = "strip"  # every key pose side by side, for print and reduced motion
    START = "start"  # the starting pose alone: getting ready and resting
    HOLD = "hold"  # the held (key) pose alone: a hold on the timer is a hold in the figure
    ONE_SIDE = "one-side"  # the movement on one side only; the player mirrors it by side


def render_scene_svg(scene: Scene, *, static: bool = False) -> str:
    return static_svg(scene) if static else animated_svg(scene)


def render_exercise_svg(exercise_id: str, *, static: bool = False) -> str:
    """An exercise's figure as a standalone SVG document: looping animation or static strip."""
    return render_scene_svg(exercise_scene(exercise_id), static=static)


def render_figure_view(exercise_id: str, view: FigureView) -> str:
    scene = exercise_scene(exercise_id)
    match view:
        case FigureView.ANIMATED:
            return animated_svg(scene)
        case FigureView.STRIP:
            return static_svg(scene)
        case FigureView.START:
            return static_svg(scene, frames=[0])
        case FigureView.HOLD:
            return static_svg(scene, frames=[scene.spec.key_index])
        case FigureView.ONE_SIDE:
            return animated_svg(scene, mirror=False)


@dataclass(frozen=True)
class PoseSpan:
    name: str
    start: float  # seconds into the cycle when the pose is reached
    end: float  # and when it is left


@dataclass(frozen=True)
class Timeline:
    """One cycle of an exercise's animation: one repetition, on one side.

    The web player uses it to keep a hold on the timer and a hold in the figure together;
    with `mirrored`, the same cycle then runs again for the other side.
    """

    poses: tuple[PoseSpan, ...]
    cycle: float
    mirrored: bool


def figure_timeline(exercise_id: str) -> Timeline:
    scene = exercise_scene(exercise_id)
    spans, cycle = scene.timeline()
    poses = tuple(PoseSpan(f.name, a, b) for f, (a, b) in zip(scene.frames, spans, strict=True))
    return Timeline(poses, cycle, scene.per_side)
