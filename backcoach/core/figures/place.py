"""From a figure file to placed keyframes: poses set on their supports, props stood in place.

Each pose is put down by its first active support (the feet on the floor, the hands on the
bar...): that support's point keeps the place it had in the pose before, so the figure does
not slide about, and rests on its surface. A fit turns one joint until another support
lands too.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from backcoach.core.figures.bases import BASES, Base
from backcoach.core.figures.props import BAR_Y, Placed, PropSpec, top_of
from backcoach.core.figures.skeleton import (
    JOINTS,
    LIMB_JOINTS,
    SIDES,
    Point,
    Pose,
    centre_of_mass,
    limits,
    points,
    radius,
)
from backcoach.core.figures.spec import FigureError, FigurePose, FigureSpec
from backcoach.core.vocab import Position

PAIRS = {
    "feet": "foot",
    "hands": "hand",
    "knees": "knee",
    "elbows": "elbow",
    "heels": "heel",
    "toes": "toe",
    "thighs": "thigh",
    "ankles": "ankle",
    "wrists": "wrist",
}


@dataclass(frozen=True)
class Support:
    body: str
    prop: str
    points: tuple[str, ...]

    def without(self, free: tuple[str, ...]) -> "Support | None":
        if self.body in free:
            return None
        kept = tuple(p for p in self.points if p not in free)
        return Support(self.body, self.prop, kept) if kept else None


def body_points(body: str) -> tuple[str, ...]:
    if body in PAIRS:
        return tuple(f"{side}_{PAIRS[body]}" for side in SIDES)
    return (body,)


def parse_support(text: str) -> Support:
    body, _, prop = text.partition("@")
    return Support(body, prop or "floor", body_points(body))


@dataclass(frozen=True)
class Keyframe:
    name: str
    pose: Pose
    points: Mapping[str, Point]
    supports: tuple[Support, ...]
    hold: float
    move: float
    roll: float = 0.0


def contact_name(pts: Mapping[str, Point], name: str) -> str:
    """Which point of a body part touches: a foot stands on its heel unless the heel is up."""
    if name.endswith("_foot"):
        side = name.removesuffix("_foot")
        heel, toe = pts[f"{side}_heel"], pts[f"{side}_toe"]
        return f"{side}_heel" if heel[1] <= toe[1] + 1.0 else f"{side}_toe"
    return name


def contact(pts: Mapping[str, Point], name: str) -> tuple[Point, float]:
    """The point of a named body part that touches a support, and the body's radius there."""
    if name.endswith("_foot"):
        side = name.removesuffix("_foot")
        return min(pts[f"{side}_heel"], pts[f"{side}_toe"], key=lambda p: p[1]), 0.0
    return pts[name], radius(name)


def vertical_gap(pts: Mapping[str, Point], s: Support) -> float:
    """How far above its surface (negative: below) the support's lowest point is."""
    top = top_of(s.prop)
    if s.prop == "bar":
        return max(abs(contact(pts, n)[0][1] - BAR_Y) for n in s.points)
    return max((abs(g) for g in _gaps(pts, s, top)), default=0.0)


def _gaps(pts: Mapping[str, Point], s: Support, top: float) -> list[float]:
    out = []
    for n in s.points:
        (_, y), r = contact(pts, n)
        out.append(y - r - top)
    return out


def expand(angles: Mapping[str, float]) -> dict[str, float]:
    out: dict[str, float] = {}
    for name, value in angles.items():
        if name in LIMB_JOINTS:
            out.update({f"{side}_{name}": value for side in SIDES})
        else:
            out[name] = value
    return out


def _anchor(angles: Mapping[str, float], s: Support, keep_x: Mapping[str, float]) -> Pose:
    pose = Pose(angles)
    pts = points(pose)
    name = s.points[0]
    (_, y), r = contact(pts, name)
    if s.prop in ("wall",):
        raise FigureError(f"support {s.body}@{s.prop} cannot carry the figure's weight")
    target_y = BAR_Y if s.prop == "bar" else top_of(s.prop) + r
    # A foot keeps in place the point it stands on (heel, or toes when on tiptoe).
    held = contact_name(pts, name)
    x = pts[held][0]
    return pose.moved(keep_x.get(held, x) - x, target_y - y)


def _fit(
    angles: dict[str, float], fit: str, active: tuple[Support, ...], keep_x: dict[str, float]
) -> None:
    """Turn one joint (both sides for an unprefixed limb joint) to land a support.

    Besides a support's body part, the target may be `flat` (the standing feet level on
    the floor) or `balance` (the centre of mass above the standing feet).
    """
    joint, _, body = fit.partition(":")
    if body.endswith(".x"):  # keep a part where it was, as hands stay put on the floor
        _keep_in_place(angles, joint, body.removesuffix(".x"), active, keep_x)
        return
    feet = next((s for s in active if s.body.endswith(("feet", "foot"))), None)
    target = (
        feet if body in ("flat", "balance") else next((s for s in active if s.body == body), None)
    )
    if target is None or not active:
        return
    names = [joint]
    if joint in LIMB_JOINTS:  # turn only the sides whose part is still on the support
        sided = [f"{sd}_{joint}" for sd in SIDES if any(p.startswith(sd) for p in target.points)]
        names = sided or [f"{sd}_{joint}" for sd in SIDES]
    if not names:
        return
    sides = tuple(n.split("_")[0] for n in names if n.startswith(SIDES))

    def error(trial: dict[str, float]) -> float:
        pts = points(_anchor(trial, active[0], keep_x))
        if body == "flat":
            chosen = sides or tuple(p.split("_")[0] for p in target.points)
            return max(abs(pts[f"{sd}_heel"][1] - pts[f"{sd}_toe"][1]) for sd in chosen)
        if body == "balance":
            xs = [pts[f"{p.split('_')[0]}_{e}"][0] for p in target.points for e in ("heel", "toe")]
            return abs(centre_of_mass(pts) - (min(xs) + max(xs)) / 2)
        return vertical_gap(pts, target)

    angles.update(dict.fromkeys(names, _search(angles, names, error)))


def _keep_in_place(
    angles: dict[str, float],
    joint: str,
    body: str,
    active: tuple[Support, ...],
    keep: dict[str, float],
) -> None:
    names = [f"{side}_{joint}" for side in SIDES] if joint in LIMB_JOINTS else [joint]
    parts = body_points(body)

    def error(trial: dict[str, float]) -> float:
        pts = points(_anchor(trial, active[0], keep))
        return max(abs(pts[p][0] - keep.get(p, pts[p][0])) for p in parts)

    angles.update(dict.fromkeys(names, _search(angles, names, error)))


def _search(
    angles: dict[str, float], names: list[str], error: Callable[[dict[str, float]], float]
) -> float:
    lo, hi = limits(names[0])
    start = angles[names[0]]
    best, best_err = start, float("inf")
    for i in range(281):
        v = start - 70 + i * 0.5
        if lo <= v <= hi:
            err = error(angles | dict.fromkeys(names, v))
            if err < best_err - 1e-9:
                best, best_err = v, err
    return round(best, 1)


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
        for fit in fits:
            _fit(angles, fit, active, keep_x)
    if active:
        pose = _anchor(angles, active[0], keep_x).moved(p.slide, 0.0)
    else:
        x, y = base.root_at or (0.0, 100.0)
        pose = Pose(dict(angles), x, y)
    pose = Pose({j: pose.angles[j] for j in JOINTS}, pose.x, pose.y)
    return Keyframe(p.name, pose, points(pose), active, p.hold, p.move, p.roll)


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
