"""Checks every keyframe: joints within human limits, nothing below the floor, supported
body parts on their supports. Each problem names the exercise, the pose and the joint."""

import math
from collections.abc import Iterator, Mapping

from backcoach.core.figures.place import Keyframe, Support, contact
from backcoach.core.figures.props import BAR_R, BAR_Y, Placed, Surface
from backcoach.core.figures.skeleton import JOINTS, Point, centre_of_mass, limits, radius

TOLERANCE = 3.0  # centimetres: how near a support counts as on it
# The head may rest on the floor (the mat is drawn about 2.5 cm thick round the floor line),
# but neither it nor the face may sink through: a body part's 3 cm would show.
HEAD_TOLERANCE = 1.0
HEAD_PARTS = frozenset({"head", "face"})


def problems(exercise_id: str, frames: list[Keyframe], props: list[Placed]) -> Iterator[str]:
    surfaces = {p.kind: p.surface() for p in props}
    surfaces.setdefault("floor", Surface("h", 0.0))
    for f in frames:
        where = f"{exercise_id}: pose {f.name!r}"
        for joint in JOINTS:
            lo, hi = limits(joint)
            value = f.pose.angles[joint]
            if not lo - 0.05 <= value <= hi + 0.05:
                yield f"{where}: {joint} {value:g} degrees is outside {lo:g}..{hi:g}"
        for name, (_, y) in f.points.items():
            if y - radius(name) < -(HEAD_TOLERANCE if name in HEAD_PARTS else TOLERANCE):
                yield f"{where}: {name} is {-(y - radius(name)):.0f} cm below the floor"
        for s in f.supports:
            surface = surfaces.get(s.prop)
            if surface is None:
                yield f"{where}: support {s.body}@{s.prop} has no {s.prop} among the props"
                continue
            for name in s.points:
                miss = _miss(f.points, name, surface)
                if miss > TOLERANCE:
                    yield f"{where}: {name} is {miss:.0f} cm off the {s.prop}"
        if f.supports and all(s.body.endswith(("feet", "foot")) for s in f.supports):
            yield from _balance(where, f)


def _balance(where: str, f: Keyframe) -> Iterator[str]:
    """Standing on the feet alone, the centre of mass must lie above them."""
    feet = [n for s in f.supports for n in s.points]
    xs = [f.points[f"{n.removesuffix('_foot')}_{end}"][0] for n in feet for end in ("heel", "toe")]
    x = centre_of_mass(f.points)
    if not min(xs) - TOLERANCE <= x <= max(xs) + TOLERANCE:
        yield f"{where}: root would topple: the centre of mass is not above the feet"


def _miss(pts: Mapping[str, Point], name: str, surface: Surface) -> float:
    (x, y), r = contact(pts, name)
    if surface.kind == "bar":
        return max(0.0, math.hypot(x - surface.at, y - BAR_Y) - BAR_R - r)
    if surface.kind == "v":
        return abs(abs(x - surface.at) - r)
    off_edge = max(0.0, surface.lo - x, x - surface.hi)
    return max(abs(y - r - surface.at), off_edge)


def first_problem(exercise_id: str, frames: list[Keyframe], props: list[Placed]) -> str | None:
    return next(problems(exercise_id, frames, props), None)


__all__ = ["TOLERANCE", "Support", "first_problem", "problems"]
