"""The figure seen from above, for movements across the side view's line of sight.

A sway of the hips, or knees sinking to one side, moves across the side view's line of
sight, so a side view cannot show it. A figure file with `view = "above"` keeps its
side-view poses, placed and checked as usual, and draws them from the ceiling: each pose is
lifted into three dimensions with the limbs at shoulder and hip width. `shift` moves the
hips sideways, the lower spine bending between them and the shoulders while the knees and
feet stay where they are; `roll` tips the legs together sideways about the body's long axis
(lying on the back); `cross` lays the near leg over the far one (a foot on the other foot);
`arms_out` raises the arms sideways. The picture's x is the side view's; its y runs across
the body towards the far side, and a limb pointing at the ceiling is seen shortened.
"""

import math
from collections.abc import Callable, Mapping, Sequence

from backcoach.core.figures.body import turn_marker
from backcoach.core.figures.place import Keyframe
from backcoach.core.figures.props import HALF_WIDTH, TOP, Placed
from backcoach.core.figures.skeleton import HEAD_R, SIDES, Point

Point3 = tuple[float, float, float]  # x as in the side view, y up, z across the body
SHOULDER_HALF, HIP_HALF = 15.0, 9.0
MAT_HALF = 32.0
SPINE = ("hips", "sacrum", "low_back", "waist", "upper_back", "shoulders")
OUTWARD = {"near": -1.0, "far": 1.0}  # the near side is the one the side view shows
CSS = ".bcf .ma{fill:#e3f1f2}"

# (from, to, stroke class, drawn part that lights it up)
TRUNK = (
    ("hips", "sacrum", "t", "pelvis"),
    ("sacrum", "waist", "t", "lumbar"),
    ("waist", "neck", "t", "thoracic"),
    ("far_hip", "near_hip", "t", "pelvis"),
    ("far_shoulder", "near_shoulder", "t", "thoracic"),
    ("neck", "head", "k", "neck"),
)
LIMBS = tuple(
    (f"{side}_{a}", f"{side}_{b}", cls, part)
    for side in SIDES
    for a, b, cls, part in (
        ("shoulder", "elbow", "a", "upper"),
        ("elbow", "wrist", "w", ""),
        ("wrist", "hand", "e", ""),
        ("hip", "knee", "g", "thigh"),
        ("knee", "ankle", "s", "shin"),
        ("heel", "toe", "e", "foot"),
    )
)
SEGMENTS = LIMBS + TRUNK
# What lights a segment seen from above: the back and the belly share the spine's segments.
LIT = {
    "pelvis": {"pelvis", "glutes", "hip"},
    "lumbar": {"lumbar", "low_back", "abs"},
    "thoracic": {"thoracic", "upper_back", "diaphragm"},
}


def lift(frame: Keyframe) -> dict[str, Point3]:
    """The keyframe's body in three dimensions."""
    pts = frame.points
    out = {name: (x, y, 0.0) for name, (x, y) in pts.items()}
    if frame.shift:
        reach = max(_dist(pts["hips"], pts["shoulders"]), 1.0)
        for name in SPINE:  # bending most near the hips, not at all at the shoulders
            weight = min(1.0, _dist(pts[name], pts["shoulders"]) / reach) ** 2
            out[name] = (*pts[name], frame.shift * weight)
    for side in SIDES:
        _arm(out, pts, side, frame.arms_out)
        _leg(out, pts, side, frame)
    return out


def _dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _across(a: Point3, b: Point3) -> tuple[float, float]:
    """The unit (x, z) across a segment seen from above, towards the far side; straight
    across when the segment points at the ceiling."""
    dx, dz = b[0] - a[0], b[2] - a[2]
    length = math.hypot(dx, dz)
    if length < 3:
        return 0.0, 1.0
    ux, uz = -dz / length, dx / length
    return (ux, uz) if uz >= 0 else (-ux, -uz)


def _arm(out: dict[str, Point3], pts: Mapping[str, Point], side: str, arms_out: float) -> None:
    s = OUTWARD[side]
    x, y, z = out["shoulders"]  # which no sway moves
    joint = (x, y, z + s * SHOULDER_HALF)
    out[f"{side}_shoulder"] = joint
    (wx, wy), (nx, ny) = pts["waist"], pts["neck"]
    length = max(math.hypot(nx - wx, ny - wy), 1.0)
    tx, ty = (nx - wx) / length, (ny - wy) / length  # along the upper back, in the side view
    turn = math.radians(arms_out)
    for part in ("elbow", "wrist", "hand"):
        px, py = pts[f"{side}_{part}"]
        vx, vy = px - pts["shoulders"][0], py - pts["shoulders"][1]
        along = vx * tx + vy * ty  # raising the arm sideways swings this part outwards
        kept = along * math.cos(turn)
        out[f"{side}_{part}"] = (
            joint[0] + vx + (kept - along) * tx,
            joint[1] + vy + (kept - along) * ty,
            joint[2] - s * along * math.sin(turn),
        )


def _leg(out: dict[str, Point3], pts: Mapping[str, Point], side: str, frame: Keyframe) -> None:
    s = OUTWARD[side]
    ax, az = _across(out["hips"], out["sacrum"])
    x, y, z = out["hips"]
    out[f"{side}_hip"] = hip = (x + s * HIP_HALF * ax, y, z + s * HIP_HALF * az)
    hx, hy = pts["hips"]
    reach = max(abs(pts[f"{side}_ankle"][0] - hx), 1.0)
    cross = frame.cross if side == "near" else 0.0
    c, sn = math.cos(math.radians(frame.roll)), math.sin(math.radians(frame.roll))
    for part in ("knee", "ankle", "heel", "toe"):  # they stay put when the hips shift
        px, py = pts[f"{side}_{part}"]
        # Across the body: the leg's own place, plus the near leg laid over the far one.
        across = s * HIP_HALF + cross * min(abs(px - hx) / reach, 1.0)
        up = py - hy  # rolling tips the legs together about the body's long axis
        out[f"{side}_{part}"] = (px, hy + up * c - across * sn, up * sn + across * c)
    knee = out[f"{side}_knee"]
    out[f"{side}_thigh"] = ((hip[0] + knee[0]) / 2, (hip[1] + knee[1]) / 2, (hip[2] + knee[2]) / 2)


Box = tuple[float, float, float, float]


def extent(frames: Sequence[Keyframe], props: Sequence[Placed]) -> Box:
    xs, zs = [], []
    for frame in frames:
        for name, (x, _, z) in lift(frame).items():
            r = HEAD_R + 4 if name == "head" else 8.0
            xs += [x - r, x + r]
            zs += [z - r, z + r]
    for p in props:
        if p.kind in TOP:
            half = HALF_WIDTH[p.kind]
            xs += [p.x - half, p.x + half]
            zs += [-half, half]
    return min(xs) - 6, min(zs) - 6, max(xs) + 6, max(zs) + 6


def draw_props(props: Sequence[Placed], span: tuple[float, float]) -> str:
    """The mat and the props' tops, seen from above."""
    out = []
    for p in props:
        if p.kind == "mat":
            out.append(_rect("ma", span[0], -MAT_HALF, span[1], MAT_HALF))
        elif p.kind in TOP:
            half = HALF_WIDTH[p.kind]
            out.append(_rect("pp", p.x - half, -half, p.x + half, half))
            if p.kind == "chair":  # its back, on the side the figure file names
                back = p.x + half - 4 if p.spec.side == "right" else p.x - half
                out.append(_rect("pp", back, -half, back + 4, half))
    return "".join(out)


def _rect(cls: str, x0: float, y0: float, x1: float, y1: float) -> str:
    return (
        f'<rect class="{cls}" x="{x0:.0f}" y="{y0:.0f}" width="{x1 - x0:.0f}"'
        f' height="{y1 - y0:.0f}" rx="3"/>'
    )


def _order(body: Mapping[str, Point3]) -> list[tuple[str, str, str, str]]:
    """Painter's order: the lower a segment, the earlier it is drawn."""
    return sorted(SEGMENTS, key=lambda s: round(body[s[0]][1] + body[s[1]][1]))


def _cls(cls: str, part: str, lit: frozenset[str]) -> str:
    on = part and (part in lit or bool(LIT.get(part, set()) & lit))
    return f"{cls} h" if on else cls


def _rings(body: Mapping[str, Point3], turns: Sequence[str]) -> str:
    """The rings that mark a turn about the body's long axis, which a view from above does
    not show either (the pelvis rolling, the head turning)."""
    out = ""
    for where, start, end in (("pelvis", "hips", "sacrum"), ("head", "neck", "head")):
        if where in turns:
            x, z, angle, length = _placement(body[start], body[end])
            at = f"translate({x:.0f} {z:.0f}) rotate({angle:.0f})"
            out += f'<g transform="{at}">{turn_marker(13.0, length)}</g>'
    return out


def _num(v: float) -> str:
    return f"{round(v, 1):g}"


def _path(body: Mapping[str, Point3], a: str, b: str, klass: str) -> str:
    (ax, _, az), (bx, _, bz) = body[a], body[b]
    return f'<path class="{klass}" d="M{_num(ax)} {_num(az)}L{_num(bx)} {_num(bz)}"/>'


def still(frame: Keyframe, lit: frozenset[str], turns: Sequence[str]) -> str:
    body = lift(frame)
    paths = [_path(body, a, b, _cls(cls, part, lit)) for a, b, cls, part in _order(body)]
    hx, _, hz = body["head"]
    head = f'<circle cx="{_num(hx)}" cy="{_num(hz)}" r="{HEAD_R:g}"/>'
    return f'<g class="n">{"".join(paths)}{head}{_rings(body, turns)}</g>'


Register = Callable[[int, list[str]], str]
"""Registers one moving part's CSS transforms, one per keyframe; gives its class name."""


def moving(
    frames: Sequence[Keyframe], key: int, lit: frozenset[str], turns: Sequence[str], add: Register
) -> str:
    """The animated body: each moving segment is a unit stroke placed, turned and stretched
    by CSS keyframes; a segment that keeps still is a plain path."""
    bodies = [lift(f) for f in frames]
    paths = []
    for i, (a, b, cls, part) in enumerate(_order(bodies[key])):
        geometry = [_placement(body[a], body[b]) for body in bodies]
        klass = _cls(cls, part, lit)
        if len({tuple(round(v, 1) for v in g) for g in geometry}) == 1:
            paths.append(_path(bodies[key], a, b, klass))
            continue
        longest = max(max(g[3] for g in geometry), 1.0)
        values = [_transform(g, longest, css=True) for g in _unwrapped(geometry)]
        name = add(i, values)
        unit = f'<path class="{klass}" d="M0 0H{longest:.0f}"/>'
        paths.append(
            f'<g class="{name}" transform="{_transform(geometry[key], longest)}">{unit}</g>'
        )
    return f'<g class="n">{"".join(paths)}{_head(bodies, key, add)}{_rings(bodies[key], turns)}</g>'


def _head(bodies: Sequence[Mapping[str, Point3]], key: int, add: Register) -> str:
    spots = [(b["head"][0], b["head"][2]) for b in bodies]
    values = [f"translate({_num(x)}px,{_num(z)}px)" for x, z in spots]
    circle = f'<circle r="{HEAD_R:g}"/>'
    x, z = spots[key]
    if len(set(values)) == 1:
        return f'<circle cx="{_num(x)}" cy="{_num(z)}" r="{HEAD_R:g}"/>'
    name = add(len(SEGMENTS), values)
    return f'<g class="{name}" transform="translate({_num(x)} {_num(z)})">{circle}</g>'


def _placement(a: Point3, b: Point3) -> tuple[float, float, float, float]:
    dx, dz = b[0] - a[0], b[2] - a[2]
    return a[0], a[2], math.degrees(math.atan2(dz, dx)), math.hypot(dx, dz)


def _unwrapped(
    geometry: Sequence[tuple[float, float, float, float]],
) -> list[tuple[float, float, float, float]]:
    """The same placements with each angle within half a turn of the one before, so that
    a segment turns the short way round."""
    out = [geometry[0]]
    for x, z, angle, length in geometry[1:]:
        previous = out[-1][2]
        angle += 360 * round((previous - angle) / 360)
        out.append((x, z, angle, length))
    return out


def _transform(g: tuple[float, float, float, float], longest: float, css: bool = False) -> str:
    x, z, angle, length = g
    scale = f"{length / longest:.2f}"
    if css:
        return f"translate({_num(x)}px,{_num(z)}px) rotate({angle:.0f}deg) scale({scale},1)"
    return f"translate({_num(x)} {_num(z)}) rotate({angle:.0f}) scale({scale} 1)"
