"""Every exercise in the library has a figure that renders, stays small and obeys the body."""

from xml.dom.minidom import parseString

import pytest

from backcoach.core.figures import (
    FigureView,
    exercise_scene,
    figure_ids,
    figure_timeline,
    render_exercise_svg,
    render_figure_view,
    render_scene_svg,
)
from backcoach.core.figures.constraints import problems
from backcoach.core.figures.sheet import contact_sheet_html
from backcoach.core.library import Library, load_library

EXERCISE_IDS = sorted(load_library().exercises)
BUDGET = 10 * 1024


def test_it_has_a_figure_file_for_every_library_exercise(library: Library) -> None:
    missing = sorted(set(library.exercises) - set(figure_ids()))
    assert not missing, f"exercises without a figure file: {missing}"


def test_it_has_no_figure_file_without_an_exercise(library: Library) -> None:
    orphans = sorted(set(figure_ids()) - set(library.exercises))
    assert not orphans, f"figure files for unknown exercises: {orphans}"


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_it_renders_every_exercise_within_the_body_limits(exercise_id: str) -> None:
    scene = exercise_scene(exercise_id)  # raises with the exercise, pose and joint at fault
    assert list(problems(exercise_id, scene.frames, scene.props)) == []
    assert set(scene.highlight) <= set(scene.exercise.works)
    assert set(scene.exercise.equipment) <= {p.kind for p in scene.props}
    for static in (False, True):
        svg = render_scene_svg(scene, static=static)
        parseString(svg)
        assert len(svg.encode()) < BUDGET, f"{exercise_id}: {len(svg.encode())} bytes"
        assert f'<title id="{exercise_id}-{"s" if static else ""}t">' in svg
        assert "<desc" in svg
        assert "<script" not in svg


def test_it_loops_moving_figures_and_mirrors_per_side_ones(library: Library) -> None:
    for exercise_id, exercise in library.exercises.items():
        scene = exercise_scene(exercise_id)
        svg = render_exercise_svg(exercise_id)
        if len(scene.frames) > 1:
            assert "infinite" in svg, exercise_id
        assert ("matrix(-1,0,0,1" in svg) == exercise.dose.per_side, exercise_id
        assert "prefers-reduced-motion" in svg or "@keyframes" not in svg


def test_it_holds_the_pose_for_the_exercise_hold() -> None:
    timeline = figure_timeline("bird-dog")
    hold_s = load_library().exercise("bird-dog").dose.hold_s
    reach = next(p for p in timeline.poses if "reach" in p.name)
    assert reach.end - reach.start == pytest.approx(hold_s)
    assert timeline.cycle > reach.end
    assert timeline.mirrored


def test_it_lays_every_figure_on_one_contact_sheet(library: Library) -> None:
    page = contact_sheet_html(exercise_scene(i) for i in EXERCISE_IDS)
    assert page.count("<figure") == len(library.exercises)
    assert 'id="bird-dog"' in page


def _width(svg: str) -> float:
    # Each pose of a static drawing is one cell of the scene's width, side by side.
    root = parseString(svg).documentElement
    assert root is not None
    return float(root.getAttribute("viewBox").split()[2])


def test_it_draws_the_start_and_held_poses_alone_for_the_player() -> None:
    scene = exercise_scene("bird-dog")
    strip = render_figure_view("bird-dog", FigureView.STRIP)
    start = render_figure_view("bird-dog", FigureView.START)
    hold = render_figure_view("bird-dog", FigureView.HOLD)
    assert len(scene.frames) > 1
    assert _width(start) == _width(hold) == pytest.approx(_width(strip) / len(scene.frames), abs=1)
    assert start != hold
    for svg in (start, hold):
        assert "@keyframes" not in svg


def test_it_leaves_mirroring_to_the_player_in_the_one_sided_animation() -> None:
    animated = render_figure_view("bird-dog", FigureView.ANIMATED)
    one_side = render_figure_view("bird-dog", FigureView.ONE_SIDE)
    assert "matrix(-1,0,0,1" in animated
    assert "matrix(-1,0,0,1" not in one_side
    assert "infinite" in one_side
