"""SVG markup for the figure: nested groups, one per joint, so a rotation animates a limb.

Coordinates are world centimetres with y up (the document flips them). Every segment lies
along the x axis of its own group; a joint's group is translated to the end of its parent
and rotated by the joint's angle. The far limbs are drawn behind the trunk and the near arm
in front of everything, so copies of the trunk's groups (without paths) carry the arms.
"""

from collections.abc import Callable, Mapping

from backcoach.core.figures.props import attached
from backcoach.core.figures.skeleton import (
    BALL,
    FACE,
    FOREARM,
    HAND,
    HEAD_AT,
    HEAD_R,
    HEEL,
    LUMBAR,
    NECK,
    PELVIS,
    SHIN,
    SHOULDER_AT,
    THIGH,
    THORACIC,
    TOES,
    UPPER_ARM,
)
from backcoach.core.vocab import BodyPart

# Which drawn parts light up for each body part an exercise works.
HIGHLIGHTS: Mapping[BodyPart, tuple[str, ...]] = {
    BodyPart.FEET: ("foot",),
    BodyPart.ANKLES: ("foot",),
    BodyPart.CALVES: ("shin",),
    BodyPart.LEGS: ("thigh", "shin"),
    BodyPart.HIPS: ("pelvis", "hip"),
    BodyPart.GLUTES: ("glutes",),
    BodyPart.ABS: ("abs",),
    BodyPart.OBLIQUES: ("lumbar",),
    BodyPart.LOWER_BACK: ("low_back",),
    BodyPart.UPPER_BACK: ("upper_back",),
    BodyPart.SPINE: ("lumbar", "thoracic"),
    BodyPart.SHOULDERS: ("upper",),
    BodyPart.NECK: ("neck",),
    BodyPart.DIAPHRAGM: ("diaphragm",),
    BodyPart.WHOLE_BODY: ("pelvis", "lumbar", "thoracic", "thigh"),
}

CARRIERS = {"pencil": ("near_toes",), "weights": ("near_hand", "far_hand"), "belt": ("lumbar",)}

# The relative SVG rotation of each joint's group, from the pose's joint angle.
OFFSET = {"shoulder": 180.0, "hip": 180.0, "ankle": 90.0}
SIGN = {"lumbar": -1, "thoracic": -1, "neck": -1, "head": -1, "knee": -1, "toes": -1}


def rotation(joint: str, angles: Mapping[str, float]) -> float:
    kind = joint.removeprefix("near_").removeprefix("far_")
    return OFFSET.get(kind, 0.0) + SIGN.get(kind, 1) * angles[joint]


Joint = Callable[[str, float, str], str]
"""Wraps inner markup in a joint's group: (joint, translation along parent, inner)."""


def static_joint(angles: Mapping[str, float]) -> Joint:
    def wrap(joint: str, at: float, inner: str) -> str:
        turn = round(rotation(joint, angles)) % 360
        parts = ([f"translate({at:g})"] if at else []) + ([f"rotate({turn})"] if turn else [])
        return f'<g transform="{" ".join(parts)}">{inner}</g>' if parts else f"<g>{inner}</g>"

    return wrap


def animated_joint(angles: Mapping[str, float], classes: Mapping[str, str]) -> Joint:
    still = static_joint(angles)

    def wrap(joint: str, at: float, inner: str) -> str:
        if joint not in classes:
            return still(joint, at, inner)
        rot = f'<g class="{classes[joint]}" transform="rotate({rotation(joint, angles):.0f})">'
        return (
            f'<g transform="translate({at:g})">{rot}{inner}</g></g>' if at else f"{rot}{inner}</g>"
        )

    return wrap


def _seg(cls: str, length: float, lit: bool) -> str:
    return f'<path class="{cls}{" h" if lit else ""}" d="M0 0H{length:g}"/>'


def turn_marker(radius: float, at: float = 4.0) -> str:
    """A ring with an arrowhead round a segment: it turns or sways about its own axis."""
    r = f"{radius:g}"
    return (
        f'<path class="mk" d="M{at:g}-{r}A5 {r} 0 1 0 {at + 3:g} {r}'
        f'M{at - 2:g} {radius + 4:g}L{at + 3:g} {r} {at - 1:g} {radius - 5:g}"/>'
    )


class BodyWriter:
    def __init__(
        self,
        joint: Joint,
        lit: frozenset[str],
        props: tuple[str, ...],
        turns: tuple[str, ...] = (),
        leg_wrap: str = "",
        profile: bool = True,
    ) -> None:
        self.j, self.lit, self.props = joint, lit, props
        self.turns, self.leg_wrap = turns, leg_wrap
        self.profile = profile  # a face in profile; a figure seen from in front has none

    def _turn(self, where: str, radius: float, at: float = 4.0) -> str:
        return turn_marker(radius, at) if where in self.turns else ""

    def _held(self, carrier: str) -> str:
        return "".join(attached(k) for k in self.props if carrier in CARRIERS.get(k, ()))

    def leg(self, side: str) -> str:
        lit = " h" if "foot" in self.lit else ""
        foot = f'<path class="e{lit}" d="M0 0L{HEEL[0]:g} {HEEL[1]:g}H{BALL[0]:g}z"/>'
        toes = f'<path class="e{lit}" d="M0 0H{TOES:g}"/>' + self._held(f"{side}_toes")
        foot += (
            f'<g transform="translate(0 {BALL[1]:g})">{self.j(f"{side}_toes", BALL[0], toes)}</g>'
        )
        shin = _seg("s", SHIN, "shin" in self.lit) + self.j(f"{side}_ankle", SHIN, foot)
        thigh = _seg("g", THIGH, "thigh" in self.lit)
        if "hip" in self.lit and "thigh" not in self.lit:  # the hip joint, not the whole thigh
            thigh += '<path class="g h" d="M0 0H12"/>'
        thigh += self.j(f"{side}_knee", THIGH, shin)
        if side == "near":
            thigh += self._turn("knees", 9, THIGH)
        leg = self.j(f"{side}_hip", 0, thigh)
        if self.leg_wrap:
            leg = f"{self.leg_wrap}{leg}</g>"
        return f'<g class="{side[0]}">{leg}</g>'

    def arm(self, side: str) -> str:
        hand = _seg("e", HAND, False) + self._held(f"{side}_hand")
        fore = _seg("w", FOREARM, False) + self.j(f"{side}_wrist", FOREARM, hand)
        upper = _seg("a", UPPER_ARM, "upper" in self.lit) + self.j(f"{side}_elbow", UPPER_ARM, fore)
        arm = self.j(f"{side}_shoulder", SHOULDER_AT, upper)
        carrier = self.j("lumbar", PELVIS, self.j("thoracic", LUMBAR, arm))
        return f'<g class="{side[0]}">{carrier}</g>'

    def trunk(self) -> str:
        lit = self.lit
        face = nose() if self.profile else ""
        head = f'<circle cx="{HEAD_AT:g}" cy="0" r="{HEAD_R:g}"/>{face}'
        head += self._turn("head", 13, HEAD_AT)
        neck = _seg("k", NECK, "neck" in lit) + self.j("head", NECK, head)
        tho = _seg("t", THORACIC, "thoracic" in lit) + self.j("neck", THORACIC, neck)
        tho += _overlay("upper_back" in lit, "M2 8.5H20") + _overlay("diaphragm" in lit, "M1-8.5H9")
        tho += self._turn("trunk", 13, 11)
        lum = _seg("t", LUMBAR, "lumbar" in lit) + self._held("lumbar")
        lum += _overlay("abs" in lit, "M1-8.5H17") + _overlay("low_back" in lit, "M1 8.5H17")
        lum += self.j("thoracic", LUMBAR, tho)
        pelvis = _seg("t", PELVIS, "pelvis" in lit) + _overlay("glutes" in lit, "M-3 9Q4 14 8 8.5")
        pelvis += self._turn("pelvis", 13)
        return f'<g class="n">{pelvis}{self.j("lumbar", PELVIS, lum)}</g>'

    def body(self) -> str:
        """Everything inside the root's group (which the caller places and turns)."""
        return (
            self.leg("far") + self.arm("far") + self.trunk() + self.leg("near") + self.arm("near")
        )


def nose() -> str:
    """The nose in profile, in the head's frame; its tip is the skeleton's `face` point."""
    x, y = FACE
    return f'<path class="k" d="M{x - 3:g} {y + 4:g}L{x:g} {y:g} {x + 3:g} {y + 4:g}"/>'


def _overlay(on: bool, d: str) -> str:
    return f'<path class="o" d="{d}"/>' if on else ""


def lit_parts(works: tuple[BodyPart, ...]) -> frozenset[str]:
    return frozenset(part for w in works for part in HIGHLIGHTS[w])
