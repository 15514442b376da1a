"""Props drawn to scale (centimetres), the surfaces they offer, and where they stand.

A prop that supports the body (chair, bar, wall, pillow...) stands where the first pose's
supported point is, unless its figure file gives `x`. Props the body holds or wears (pencil,
weights, belt) are drawn in the frame of the segment that carries them; a band is stretched
between two body points and drawn by the SVG writer.
"""

from dataclasses import dataclass

# Heights of supporting surfaces above the floor.
CHAIR_SEAT, TABLE_TOP, BENCH_TOP, HYPER_PAD = 45.0, 75.0, 45.0, 95.0
BAR_Y, BAR_R = 222.0, 2.0
POOL_SURFACE = 72.0
# Half-widths and heights of the props' tops.
HALF_WIDTH = {
    "chair": 21.0,
    "table": 50.0,
    "bench": 60.0,
    "hyperextension_bench": 22.0,
    "pillow": 24.0,
    "towel": 5.0,
    "ball": 4.0,
    "roller": 8.0,
}
TOP = {
    "chair": CHAIR_SEAT,
    "table": TABLE_TOP,
    "bench": BENCH_TOP,
    "hyperextension_bench": HYPER_PAD,
    "pillow": 12.0,
    "towel": 8.0,
    "ball": 7.0,
    "roller": 15.0,
}
HELD = frozenset({"pencil", "weights", "belt"})  # drawn on the body: see body.CARRIERS
KINDS = frozenset({*TOP, *HELD, "floor", "mat", "wall", "bar", "band", "pool"})


@dataclass(frozen=True)
class PropSpec:
    kind: str
    x: float | None = None
    dx: float = 0.0
    at: str | None = None
    side: str | None = None  # for a wall: "left" or "right" of the point it touches
    ends: tuple[str, str] = ("near_hand", "near_foot")  # for a band


@dataclass(frozen=True)
class Surface:
    kind: str  # "h" horizontal top, "v" vertical face, "bar"
    at: float  # y of a top, x of a face, x of a bar
    lo: float = -1e9
    hi: float = 1e9


@dataclass(frozen=True)
class Placed:
    spec: PropSpec
    x: float

    @property
    def kind(self) -> str:
        return self.spec.kind

    def surface(self) -> Surface:
        k = self.kind
        if k in ("floor", "mat"):
            return Surface("h", 0.0)
        if k == "wall":
            return Surface("v", self.x, 0.0, 210.0)
        if k == "bar":
            return Surface("bar", self.x)
        if k == "pool":
            return Surface("h", POOL_SURFACE)
        half = HALF_WIDTH.get(k, 0.0)
        return Surface("h", TOP.get(k, 0.0), self.x - half, self.x + half)


def top_of(kind: str) -> float:
    if kind == "bar":
        return BAR_Y
    return TOP.get(kind, 0.0)


def _rect(cls: str, x0: float, y0: float, x1: float, y1: float, rx: float = 0) -> str:
    r = f' rx="{rx:g}"' if rx else ""
    return (
        f'<rect class="{cls}" x="{x0:.0f}" y="{y0:.0f}" width="{x1 - x0:.0f}"'
        f' height="{y1 - y0:.0f}"{r}/>'
    )


def _legs(x0: float, x1: float, top: float) -> str:
    return f'<path class="pl" d="M{x0:.0f} 0V{top:.0f}M{x1:.0f} 0V{top:.0f}"/>'


def draw(prop: Placed, span: tuple[float, float]) -> str:
    """SVG for a standing prop, in world coordinates; attached props draw elsewhere."""
    k, x = prop.kind, prop.x
    if k in TOP:
        return _draw_surface_prop(prop)
    if k == "mat":
        return _rect("mt", span[0], -1, span[1], 1.5, 1)
    if k == "wall":
        x0 = x if prop.spec.side == "right" else x - 6
        return _rect("pw", x0, 0, x0 + 6, 210)
    if k == "bar":
        return f'<path class="br" d="M{x - 35:.0f} {BAR_Y:.0f}H{x + 35:.0f}M{x + 35:.0f} 240V222"/>'
    if k == "band" and "post" in prop.spec.ends:
        return f'<path class="pl" d="M{x:.0f} 0V40"/>'
    if k == "pool":
        return _rect("wa", span[0] - 20, 0, span[1] + 20, POOL_SURFACE)
    return ""


def _draw_surface_prop(prop: Placed) -> str:
    k, x = prop.kind, prop.x
    half, top = HALF_WIDTH[k], TOP[k]
    x0, x1 = x - half, x + half
    if k in ("towel", "ball", "roller"):
        return f'<circle class="pp" cx="{x:.0f}" cy="{top / 2:.1f}" r="{top / 2:.1f}"/>'
    if k == "pillow":
        return _rect("pp", x0, 0, x1, top, 5)
    board = _rect("pp", x0, top - 4, x1, top)
    if k == "chair":
        back = x1 - 4 if prop.spec.side == "right" else x0
        return board + _legs(x0 + 2, x1 - 2, top - 4) + _rect("pp", back, top, back + 4, 92)
    if k == "hyperextension_bench":
        pad = _rect("pp", x0, top - 9, x1, top, 3)
        return f'<path class="pl" d="M{x:.0f} 0V{top - 9:.0f}"/>' + pad
    return board + _legs(x0 + 3, x1 - 3, top - 4)


def draw_foot_roller(x: float, y: float, base_x: float) -> str:
    """The hyperextension bench's ankle roller, which holds the heels down, on its frame."""
    return (
        f'<path class="pl" d="M{x:.0f} {y:.0f}V0M{x:.0f} 2H{base_x:.0f}"/>'
        f'<circle class="pp" cx="{x:.0f}" cy="{y:.0f}" r="5"/>'
    )


def attached(kind: str) -> str:
    """Markup for a held or worn prop, in the frame of the segment that carries it."""
    if kind == "pencil":  # lying under the toes, which curl round it
        return '<path class="pc" d="M-8-1.5H4"/><path class="pt" d="M4-1.5H6"/>'
    if kind == "weights":
        return '<circle class="wt" cx="5" cy="0" r="11"/>'
    if kind == "belt":
        return '<path class="bt" d="M3 0H13"/>'
    return ""
