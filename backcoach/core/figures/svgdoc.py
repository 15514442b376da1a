"""Whole SVG documents: the looping animation (CSS keyframes, no script) and the static strip."""

import hashlib
import math
from collections.abc import Sequence
from html import escape

from backcoach.core.figures import above
from backcoach.core.figures.body import BodyWriter, Joint, animated_joint, rotation, static_joint
from backcoach.core.figures.place import Keyframe
from backcoach.core.figures.props import draw, draw_foot_roller
from backcoach.core.figures.scene import Scene
from backcoach.core.figures.skeleton import JOINTS, Point

STYLE = (
    "path,circle{fill:none;stroke-linecap:round;stroke-linejoin:round}"
    ".n{color:#33475b}.f{color:#a3b1bf}.n path,.f path{stroke:currentColor}"
    ".n circle,.f circle{fill:currentColor}"
    ".t{stroke-width:15px}.g{stroke-width:11px}.s{stroke-width:9px}.a{stroke-width:8px}"
    ".w{stroke-width:7px}.e{stroke-width:5px}.k{stroke-width:6px}"
    ".n .h,.f .h{stroke:#e8590c}.n .o{stroke:#e8590c;stroke-width:4px}"
    ".pp{fill:#e6dccb;stroke:#8a7a5f}.pl{stroke:#8a7a5f;stroke-width:3px}.mt{fill:#8cc5c9}"
    ".pw{fill:#cfd4d8}.br{stroke:#555;stroke-width:4px}.wa{fill:#d6ecf8}.fl{stroke:#888}"
    ".n .pc{stroke:#e2b93b;stroke-width:3px}.n .pt{stroke:#555;stroke-width:2px}"
    ".n .wt{fill:#555;stroke:#555}.n .bt{stroke:#6b4f2a;stroke-width:17px}"
    ".bd{stroke:#2f9e44;stroke-width:2px}.n .mk{stroke:#1c7ed6;stroke-width:2px}"
)
REDUCED = "@media(prefers-reduced-motion:reduce){.bcf *{animation:none!important}}"


def _scoped(css: str) -> str:
    """Prefix every selector with the figure's root class, so a figure inlined in a page
    styles only itself."""
    rules = [r for r in css.split("}") if r]
    out = []
    for rule in rules:
        selectors, body = rule.split("{")
        scoped = ",".join(f".bcf {sel}" for sel in selectors.split(","))
        out.append(f"{scoped}{{{body}}}")
    return "".join(out)


SCOPED_STYLE = _scoped(STYLE)


def _num(v: float) -> str:
    return f"{round(v, 1):g}"


def _root(pose_x: float, pose_y: float, rot: float, css: bool = False) -> str:
    if css:
        return f"translate({_num(pose_x)}px,{_num(pose_y)}px) rotate({rot:.0f}deg)"
    return f"translate({_num(pose_x)} {_num(pose_y)}) rotate({rot:.0f})"


def _band(a: Point, b: Point, css: bool = False) -> str:
    length = math.hypot(b[0] - a[0], b[1] - a[1])
    angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    unit = "px" if css else ""
    deg = "deg" if css else ""
    sep = "," if css else " "
    return (
        f"translate({_num(a[0])}{unit}{sep}{_num(a[1])}{unit}) rotate({angle:.0f}{deg}) "
        f"scale({_num(length)}{sep}1)"
    )


def _header(scene: Scene, box: tuple[float, float, float, float], css: str, key: str) -> str:
    x0, y0, x1, y1 = box
    e = scene.exercise
    tid, did = f"{e.id}-{key}t", f"{e.id}-{key}d"
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" class="bcf" '
        f'viewBox="{x0:.0f} {-y1:.0f} {x1 - x0:.0f} {y1 - y0:.0f}" role="img" '
        f'aria-labelledby="{tid} {did}"><title id="{tid}">{escape(e.name)}</title>'
        f'<desc id="{did}">{escape(description(scene))}</desc><style>{SCOPED_STYLE}{css}</style>'
    )


VIEWS = {"side": "seen from the side", "front": "seen from in front", "above": "seen from above"}


def description(scene: Scene) -> str:
    e = scene.exercise
    parts = ", ".join(h.value.replace("_", " ") for h in scene.highlight)
    names = ", then ".join(f.name for f in scene.frames)
    view = VIEWS[scene.view]
    if scene.spec.focus == "feet":
        view = "close-up of the feet"
    text = f"Figure, {view}: {names}. {e.summary} Highlighted: {parts}."
    if scene.spec.turn:
        text += " A ring marks a turn or sway across the line of sight."
    if scene.per_side:
        text += " The movement repeats mirrored for the other side."
    return text


def _props(scene: Scene, box: tuple[float, float, float, float], dx: float = 0.0) -> str:
    span = (box[0] + 2 - dx, box[2] - 2 - dx)
    shown = [p for p in scene.props if scene.spec.focus != "feet" or p.kind in ("mat", "band")]
    out = "".join(draw(p, span) for p in shown)
    roller = scene.foot_roller()
    if roller and scene.spec.focus != "feet":
        out += draw_foot_roller(*roller)
    return out


def _band_ends(scene: Scene, frame: Keyframe) -> tuple[Point, Point] | None:
    bands = [p for p in scene.props if p.kind == "band"]
    if not bands:
        return None
    post = (bands[0].x, 6.0)
    a, b = (frame.points.get(n, post) for n in bands[0].spec.ends)
    return a, b


def _leg_wrap(frame: Keyframe, cls: str = "", css: bool = False) -> str:
    """Legs tipped sideways while lying on the back, foreshortened about the floor line."""
    h, c = frame.pose.y, math.cos(math.radians(frame.roll))
    if css:
        return f"translate(0,{_num(h)}px) scale(1,{c:.2f}) translate(0,{_num(-h)}px)"
    klass = f' class="{cls}"' if cls else ""
    return f'<g{klass} transform="translate(0 {_num(h)}) scale(1 {c:.2f}) translate(0 {_num(-h)})">'


def _band_markup(scene: Scene, frame: Keyframe, cls: str = "") -> str:
    ends = _band_ends(scene, frame)
    if ends is None:
        return ""
    a, b = ends
    klass = f' class="{cls}"' if cls else ""
    return (
        f'<g{klass} transform="{_band(a, b)}">'
        '<path class="bd" d="M0 0H1" vector-effect="non-scaling-stroke"/></g>'
    )


def static_svg(scene: Scene, frames: Sequence[int] | None = None) -> str:
    """The key poses side by side, for print and for people who prefer no motion; `frames`
    picks some of them (one pose alone is what the session player shows during a hold)."""
    chosen = list(range(len(scene.frames))) if frames is None else list(frames)
    x0, y0, x1, y1 = scene.extent()
    width = x1 - x0
    cells = []
    for cell, i in enumerate(chosen):
        inner = _still(scene, scene.frames[i], (x0, y0, x1, y1))
        cells.append(f'<g transform="translate({cell * width:.0f})">{inner}</g>')
    box = (x0, y0, x0 + width * len(chosen), y1)
    cells_markup = "".join(cells)
    key = "s" if frames is None else "p" + "-".join(map(str, chosen))
    return (
        _header(scene, box, _view_css(scene), key)
        + f'<g transform="scale(1,-1)">{_floor(scene, box)}{cells_markup}</g></svg>'
    )


def _still(scene: Scene, frame: Keyframe, box: tuple[float, float, float, float]) -> str:
    if scene.view == "above":
        span = (box[0] + 2, box[2] - 2)
        return above.draw_props(scene.props, span) + above.still(frame, scene.lit, scene.spec.turn)
    a = frame.pose.angles
    wrap = _leg_wrap(frame) if frame.roll else ""
    writer = _writer(scene, static_joint(a), wrap)
    root = _root(frame.pose.x, frame.pose.y, a["root"])
    body = f'<g transform="{root}">{writer.body()}</g>'
    return _props(scene, box) + _band_markup(scene, frame) + body


def _writer(scene: Scene, joint: Joint, wrap: str) -> BodyWriter:
    profile = scene.view == "side"  # seen from in front, the face shows no profile
    return BodyWriter(joint, scene.lit, _prop_kinds(scene), scene.spec.turn, wrap, profile)


def _floor(scene: Scene, box: tuple[float, float, float, float]) -> str:
    if scene.view == "above":  # the floor is the picture's plane
        return ""
    return f'<path class="fl" d="M{box[0]:.0f} 0H{box[2]:.0f}"/>'


def _view_css(scene: Scene) -> str:
    return above.CSS if scene.view == "above" else ""


def animated_svg(scene: Scene, *, mirror: bool = True) -> str:
    """The looping animation; without motion it rests in the key pose. Per-side exercises
    repeat mirrored for the other side unless `mirror` is off (the player mirrors by side)."""
    box = scene.extent()
    anim = _Animation(scene)
    p = anim.prefix
    markup = anim.body if scene.view == "above" else _moving_side(scene, anim, box)
    rules = _animation_rules(anim.names, anim.cycle)
    if scene.per_side and mirror:
        middle = box[0] + box[2]
        rules += f".{p}m{{animation:{p}m {anim.cycle * 2:g}s step-end infinite}}"
        flip = f"matrix(-1,0,0,1,{middle:.0f},0)"
        anim.css.append(f"@keyframes {p}m{{0%{{transform:none}}50%{{transform:{flip}}}}}")
        markup = f'<g class="{p}m">{markup}</g>'
    style = _view_css(scene) + rules + "".join(anim.css) + REDUCED
    floor = _floor(scene, box)
    return _header(scene, box, style, "") + f'<g transform="scale(1,-1)">{floor}{markup}</g></svg>'


def _moving_side(scene: Scene, anim: "_Animation", box: tuple[float, float, float, float]) -> str:
    key = scene.key
    p = anim.prefix
    wrap = _leg_wrap(key, f"{p}l") if f"{p}l" in anim.names else ""
    writer = _writer(scene, animated_joint(key.pose.angles, anim.classes), wrap)
    root = _root(key.pose.x, key.pose.y, key.pose.angles["root"])
    root_cls = f' class="{p}r"' if f"{p}r" in anim.names else ""
    body = f'<g{root_cls} transform="{root}">{writer.body()}</g>'
    band_cls = f"{p}b" if f"{p}b" in anim.names else ""
    return _props(scene, box) + _band_markup(scene, key, band_cls) + body


def _prop_kinds(scene: Scene) -> tuple[str, ...]:
    return tuple(p.kind for p in scene.props)


class _Animation:
    """The CSS keyframes of every group that moves: joints, the root and a band."""

    def __init__(self, scene: Scene) -> None:
        # Keyframe names are global in a page that inlines several figures: make them unique.
        self.prefix = "x" + hashlib.sha1(scene.exercise.id.encode()).hexdigest()[:4]
        spans, self.cycle = scene.timeline()
        self.stops = [(s / self.cycle * 100, e / self.cycle * 100) for s, e in spans]
        self.css: list[str] = []
        self.classes: dict[str, str] = {}
        self.names: list[str] = []
        frames = scene.frames
        if scene.view == "above":
            box = scene.extent()
            props = above.draw_props(scene.props, (box[0] + 2, box[2] - 2))
            moving = above.moving(
                frames,
                scene.spec.key_index,
                scene.lit,
                scene.spec.turn,
                lambda i, values: self._add(f"{self.prefix}s{i}", values),
            )
            self.body = props + moving
            return
        for joint in JOINTS[1:]:
            values = [f"rotate({rotation(joint, f.pose.angles):.0f}deg)" for f in frames]
            if len(set(values)) > 1:
                self.classes[joint] = self._add(f"{self.prefix}j{len(self.classes)}", values)
        roots = [_root(f.pose.x, f.pose.y, f.pose.angles["root"], True) for f in frames]
        self._add(f"{self.prefix}r", roots)
        ends = [_band_ends(scene, f) for f in frames]
        self._add(f"{self.prefix}b", [_band(*e, css=True) for e in ends if e is not None])
        if any(f.roll for f in frames):
            self._add(f"{self.prefix}l", [_leg_wrap(f, css=True) for f in frames])

    def _add(self, name: str, values: list[str]) -> str:
        if len(set(values)) > 1:
            self.names.append(name)
            self.css.append(_keyframes(name, values, self.stops))
        return name


def _animation_rules(names: Sequence[str], cycle: float) -> str:
    if not names:
        return ""
    selector = ",".join(f".{n}" for n in names)
    each = "".join(f".{n}{{animation-name:{n}}}" for n in names)
    return f"{selector}{{animation:{cycle:g}s ease-in-out infinite}}{each}"


def _pct(p: float) -> str:
    return f"{round(p, 2):g}%"


def _keyframes(name: str, values: Sequence[str], stops: Sequence[tuple[float, float]]) -> str:
    parts = []
    for value, (start, end) in zip(values, stops, strict=True):
        at = _pct(start) if math.isclose(start, end) else f"{_pct(start)},{_pct(end)}"
        parts.append(f"{at}{{transform:{value}}}")
    parts.append(f"to{{transform:{values[0]}}}")
    return f"@keyframes {name}{{{''.join(parts)}}}"


__all__ = ["animated_svg", "description", "static_svg"]
