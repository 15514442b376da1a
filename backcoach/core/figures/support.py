"""Supports: which body points rest on which surface, how far they miss it, and how a pose
is set down on its first support."""

from collections.abc import Mapping
from dataclasses import dataclass

from backcoach.core.figures.props import BAR_Y, top_of
from backcoach.core.figures.skeleton import PAIRS, SIDES, Point, Pose, points, radius
from backcoach.core.figures.spec import FigureError


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


def anchor(angles: Mapping[str, float], s: Support, keep_x: Mapping[str, float]) -> Pose:
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
