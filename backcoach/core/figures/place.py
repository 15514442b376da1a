"""From a figure file to placed keyframes: poses set on their supports, props stood in place.

Each pose is put down by its first active support (the feet on the floor, the hands on the
bar...): that support's point keeps the place it had in the pose before, so the figure does
not slide about, and rests on its surface. A fit turns one joint until another support
lands too.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from backcoach.core.figures.bases import BASES, Base
from backcoach.core.figures.fits import fit
from backcoach.core.figures.props import Placed, PropSpec
from backcoach.core.figures.skeleton import JOINTS, LIMB_JOINTS, SIDES, Point, Pose, points
from backcoach.core.figures.spec import FigurePose, FigureSpec
from backcoach.core.figures.support import (
    Support,
    anchor,
    body_points,
    contact,
    contact_name,
    parse_support,
)
from backcoach.core.vocab import Position

__all__ = ["Keyframe", "Support", "contact", "contact_name", "place_poses", "place_props"]


@dataclass(frozen=True)
class Keyframe:
    name: str
    pose: Pose
    points: Mapping[str, Point]
    supports: tuple[Support, ...]
    hold: float
    move: float
    roll: float = 0.0
    shift: float = 0.0
    arms_out: float = 0.0
    cross: float = 0.0


def expand(angles: Mapping[str, float]) -> dict[str, float]:
    out: dict[str, float] = {}
    for name, value in angles.items():
        if name in LIMB_JOINTS:
            out.update({f"{side}_{name}": value for side in SIDES})
        else:
            out[name] = value
    return out


def place_poses(spec: FigureSpec, position: Position) -> list[Keyframe]:
    base = BASES[spec.base or position]
    supports = tuple(parse_support(s) for s in spec.supports or base.supports)
    angles = dict(base.angles)
    keep_x: dict[str, float] = {}
    frames: list[Keyframe] = []
    fits = spec.fits if spec.fits is not None else base.fits
    for p in spec.poses:
        angles = angles | expand(p.angles)
        frame = _place(p, angles, supports, p.fits if p.fits is not None else fits, base, keep_x)
        frames.append(frame)
        keep_x = _continuity(frame)
    return frames


def _place(
    p: FigurePose,
    angles: dict[str, float],
    supports: tuple[Support, ...],
    fits: tuple[str, ...],
    base: Base,
    keep_x: dict[str, float],
) -> Keyframe:
    active = tuple(a for s in supports if (a := s.without(p.free)) is not None)
    for _ in range(2 if len(fits) > 1 else 1):
        for f in fits:
            fit(angles, f, active, keep_x)
    if active:
        pose = anchor(angles, active[0], keep_x).moved(p.slide, 0.0)
    else:
        x, y = base.root_at or (0.0, 100.0)
        pose = Pose(dict(angles), x, y)
    pose = Pose({j: pose.angles[j] for j in JOINTS}, pose.x, pose.y)
    extra = {"roll": p.roll, "shift": p.shift, "arms_out": p.arms_out, "cross": p.cross}
    return Keyframe(p.name, pose, points(pose), active, p.hold, p.move, **extra)


def _continuity(frame: Keyframe) -> dict[str, float]:
    return {name: xy[0] for name, xy in frame.points.items()}


def place_props(specs: tuple[PropSpec, ...], frames: list[Keyframe]) -> list[Placed]:
    placed = []
    for spec in specs:
        x = spec.x if spec.x is not None else _default_x(spec, frames)
        placed.append(Placed(spec, x))
    return placed


def _default_x(spec: PropSpec, frames: list[Keyframe]) -> float:
    name = spec.at
    frame = frames[0]
    if name is None:
        for f in frames:
            hits = [s for s in f.supports if s.prop == spec.kind]
            if hits:
                name, frame = hits[0].points[0], f
                break
    if name is None and spec.kind == "band":
        name = spec.ends[0]
    if name is None:
        return spec.dx
    name = body_points(name)[0]
    (x, _), r = contact(frame.points, name)
    if spec.kind == "band":
        x = frame.points[spec.ends[0]][0] + 45
    if spec.kind == "wall":
        right = spec.side == "right"
        x += r if right else -r
    return x + spec.dx
