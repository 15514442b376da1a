"""Exercise figures: a two-dimensional pose model, keyframes per exercise, and SVG drawings.

`render_exercise_svg` is the one entry point the CLI and the web app need.
"""

from backcoach.core.figures.render import (
    FigureView,
    PoseSpan,
    Timeline,
    exercise_scene,
    figure_timeline,
    render_exercise_svg,
    render_figure_view,
    render_scene_svg,
)
from backcoach.core.figures.scene import Scene, build_scene
from backcoach.core.figures.spec import FigureError, FigureSpec, figure_ids, load_figure

__all__ = [
    "FigureError",
    "FigureSpec",
    "FigureView",
    "PoseSpan",
    "Scene",
    "Timeline",
    "build_scene",
    "exercise_scene",
    "figure_ids",
    "figure_timeline",
    "load_figure",
    "render_exercise_svg",
    "render_figure_view",
    "render_scene_svg",
]
