import tomllib
from pathlib import Path
from xml.dom.minidom import parseString

import pytest

from backcoach.core.figures import FigureError, FigureSpec, build_scene
from backcoach.core.figures.above import lift
from backcoach.core.figures.body import nose as nose_path
from backcoach.core.figures.place import place_poses
from backcoach.core.figures.skeleton import HEAD_R, JOINTS, Pose, points
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


def test_it_rejects_a_face_that_sinks_through_the_floor(bird_dog: Exercise) -> None:
    # Lying face down with the head nodded: the nose would go through the mat.
    face_down = spec(base="lying_front", poses=[{"name": "nodding", "angles": {"head": 20}}])
    with pytest.raises(FigureError, match=r"pose 'nodding': (head|face) is \d+ cm below"):
        build_scene(bird_dog, face_down)


def test_it_lets_a_face_down_head_rest_with_the_face_clear() -> None:
    frames = place_poses(
        spec(poses=[{"name": "resting", "angles": {"neck": 5, "head": -32}}]),
        Position.LYING_FRONT,
    )
    pts = frames[0].points
    assert 0 <= pts["face"][1] < 2
    assert pts["head"][1] - HEAD_R < 3  # the forehead near the mat


def test_it_allows_sideways_movements_only_in_a_view_from_above() -> None:
    with pytest.raises(ValueError, match="seen only from above"):
        spec(poses=[{"name": "start"}, {"name": "sway", "shift": 8}])


def sway(**overrides: object) -> FigureSpec:
    poses = [{"name": "on hands and knees"}, {"name": "hips to one side", "shift": 10}]
    return spec(**({"view": "above", "poses": poses} | overrides))


def test_it_shows_from_above_a_sway_the_side_view_cannot(bird_dog: Exercise) -> None:
    scene = build_scene(bird_dog, sway())
    start, swayed = scene.frames
    assert start.points == swayed.points  # from the side, nothing moves
    hips = [lift(f)["hips"] for f in scene.frames]
    knees = [lift(f)["near_knee"] for f in scene.frames]
    assert hips[1][2] - hips[0][2] == pytest.approx(10)  # from above, the hips swing across
    assert knees[0] == knees[1]  # while the knees stay put
    still = static_svg(scene)
    parseString(still)
    assert 'class="fl"' not in still  # no floor line: the floor is the picture
    animated = animated_svg(scene)
    parseString(animated)
    assert "@keyframes" in animated
    assert "scale(" in animated  # segments stretch as they turn across the picture
    assert "seen from above" in animated


def test_it_lays_the_arms_out_and_a_foot_over_the_other_from_above(bird_dog: Exercise) -> None:
    lying = [{"name": "lying in a T", "angles": {"root": 180, "shoulder": -5}}]
    t_pose = spec(
        view="above",
        base="lying_back",
        supports=["hips@floor", "shoulders@floor"],
        fits=[],
        poses=[lying[0] | {"arms_out": 90, "cross": 18}],
    )
    body = lift(build_scene(bird_dog, t_pose).frames[0])
    assert body["near_hand"][2] < -60 < 60 < body["far_hand"][2]  # arms out to both sides
    assert body["near_ankle"][2] == pytest.approx(body["far_ankle"][2], abs=1)  # feet stacked


def test_it_draws_the_face_in_profile_only_from_the_side(bird_dog: Exercise) -> None:
    nose = nose_path()
    assert nose in static_svg(build_scene(bird_dog, spec()))
    assert nose not in static_svg(build_scene(bird_dog, spec(view="front")))
