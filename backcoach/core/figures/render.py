"""Render an exercise's figure by its id, from the library and its keyframe file."""

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


def render_scene_svg(scene: Scene, *, static: bool = False) -> str:
    return static_svg(scene) if static else animated_svg(scene)


def render_exercise_svg(exercise_id: str, *, static: bool = False) -> str:
    """An exercise's figure as a standalone SVG document: looping animation or static strip."""
    return render_scene_svg(exercise_scene(exercise_id), static=static)


def figure_timeline(exercise_id: str) -> list[tuple[str, float, float]]:
    """Each pose of one cycle with the second it is reached and the second it is left.

    The web player uses it to keep a hold on the timer and a hold in the figure together.
    """
    scene = exercise_scene(exercise_id)
    spans, _ = scene.timeline()
    return [(f.name, start, end) for f, (start, end) in zip(scene.frames, spans, strict=True)]
