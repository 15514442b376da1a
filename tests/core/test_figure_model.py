import tomllib
from pathlib import Path
from xml.dom.minidom import parseString

import pytest

from backcoach.core.figures import FigureError, FigureSpec, build_scene
from backcoach.core.figures.place import place_poses
from backcoach.core.figures.skeleton import JOINTS, Pose, points
from backcoach.core.figures.svgdoc import animated_svg, static_svg
from backcoach.core.library import Exercise
from backcoach.core.vocab import Position

CONTENT = Path(__file__).resolve().parents[2] / "backcoach" / "content"


@pytest.fixture
def bird_dog() -> Exercise:
    with (CONTENT / "exercises" / "bird-dog.toml").open("rb") as f:
        return Exercise.model_validate(tomllib.load(f))


def spec(**overrides: object) -> FigureSpec:
    data: dict[str, object] = {
        "highlight": ["lower_back"],
        "props": ["mat"],
        "poses": [
            {"name": "start"},
            {"name": "reach", "free": ["near_hand"], "angles": {"near_shoulder": 170}},
        ],
    }
    return FigureSpec.model_validate(data | overrides)


def test_it_puts_a_standing_figure_on_its_feet() -> None:
    frames = place_poses(spec(poses=[{"name": "stand"}]), Position.STANDING)
    pts = frames[0].points
    assert min(pts["near_heel"][1], pts["near_toe"][1]) == pytest.approx(0, abs=0.01)
    assert pts["head"][1] > 150


def test_it_rounds_and_arches_the_spine_differently() -> None:
    flat = points(Pose(angles(root=90)))
    rounded = points(Pose(angles(root=90, lumbar=30, thoracic=30)))
    arched = points(Pose(angles(root=90, lumbar=-20, thoracic=-15)))
    assert rounded["neck"][0] > flat["neck"][0] > arched["neck"][0]


def angles(**given: float) -> dict[str, float]:
    return dict.fromkeys(JOINTS, 0.0) | given


def test_it_rejects_a_joint_beyond_human_limits_naming_the_exercise_and_joint(
    bird_dog: Exercise,
) -> None:
    bad = spec(poses=[{"name": "start"}, {"name": "broken knee", "angles": {"far_knee": -40}}])
    with pytest.raises(FigureError, match=r"bird-dog: pose 'broken knee': far_knee -40"):
        build_scene(bird_dog, bad)


def test_it_rejects_a_support_that_misses_its_surface(bird_dog: Exercise) -> None:
    floating = spec(base="standing", poses=[{"name": "start", "angles": {"far_hip": 60}}])
    with pytest.raises(FigureError, match=r"bird-dog: pose 'start': far_foot is \d+ cm off"):
        build_scene(bird_dog, floating)


def test_it_rejects_a_body_part_below_the_floor(bird_dog: Exercise) -> None:
    sunk = spec(poses=[{"name": "start", "free": ["hands"], "fits": [], "angles": {"root": -40}}])
    with pytest.raises(FigureError, match="below the floor"):
        build_scene(bird_dog, sunk)


def test_it_rejects_an_unknown_joint() -> None:
    with pytest.raises(ValueError, match="unknown joints"):
        spec(poses=[{"name": "start", "angles": {"tail": 10}}])


def test_it_animates_with_css_and_mirrors_per_side_exercises(bird_dog: Exercise) -> None:
    svg = animated_svg(build_scene(bird_dog, spec()))
    parseString(svg)
    assert "@keyframes" in svg
    assert "<script" not in svg
    assert "matrix(-1,0,0,1" in svg  # the other side
    assert "prefers-reduced-motion" in svg
    assert "<title" in svg
    assert "<desc" in svg


def test_it_draws_a_static_strip_without_animation(bird_dog: Exercise) -> None:
    svg = static_svg(build_scene(bird_dog, spec()))
    parseString(svg)
    assert "@keyframes" not in svg
    assert svg.count('class="t"') == 3 * 2  # three trunk segments in each of two poses


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("supports", ["tail@floor"], "support 'tail@floor'"),
        ("supports", ["hands@trampoline"], "support 'hands@trampoline'"),
        ("fits", ["wing:hands"], "fit 'wing:hands'"),
        ("fits", ["root:nowhere"], "fit 'root:nowhere'"),
    ],
)
def test_it_rejects_unknown_names_in_supports_and_fits(
    field: str, value: list[str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        spec(**{field: value})
