"""The two-dimensional figure: segments, joints, their limits, and forward kinematics.

The figure is seen from its side, facing +x when upright. World coordinates are centimetres
with y pointing up and the floor at y = 0. The root is the hip joint; its angle is the
direction in which the pelvis points towards the head (90 = upright). Every other angle is
relative to its parent segment, in degrees, with flexion positive: a positive lumbar or
thoracic angle rounds the back, a negative one arches it; a positive hip or shoulder angle
swings the limb forwards; a positive knee or elbow angle bends it; a positive ankle angle
pulls the toes up and a negative one points them (tiptoe); positive `toes` curl the toes
under, as in gripping.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

SIDES = ("near", "far")
LIMB_JOINTS = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle", "toes")
SPINE_JOINTS = ("lumbar", "thoracic", "neck", "head")
JOINTS: tuple[str, ...] = (
    "root",
    *SPINE_JOINTS,
    *(f"{side}_{joint}" for side in SIDES for joint in LIMB_JOINTS),
)

# Segment lengths for an adult of about 170 cm.
PELVIS, LUMBAR, THORACIC, NECK = 10.0, 18.0, 22.0, 8.0
SHOULDER_AT = 20.0  # the shoulder joint sits a little below the top of the thoracic segment
HEAD_R, HEAD_AT = 10.0, 9.0
FACE = (9.0, -13.0)  # the tip of the nose, in the head's frame: it shows which way the face is
UPPER_ARM, FOREARM, HAND = 30.0, 26.0, 9.0
THIGH, SHIN = 44.0, 42.0
# The foot in its own frame (x towards the toes, y up the shin at neutral): the heel, the
# ball of the foot where the toes bend, and the toes' length.
HEEL = (-5.0, -7.0)
BALL = (11.0, -7.0)
TOES = 6.0

# Human limits in degrees, generous enough for the seeds' stretches.
LIMITS: Mapping[str, tuple[float, float]] = {
    "root": (-360.0, 360.0),
    "lumbar": (-35.0, 60.0),
    "thoracic": (-25.0, 50.0),
    "neck": (-45.0, 60.0),
    "head": (-40.0, 40.0),
    "shoulder": (-70.0, 190.0),
    "elbow": (0.0, 155.0),
    "wrist": (-90.0, 90.0),
    "hip": (-35.0, 140.0),
    "knee": (0.0, 160.0),
    "ankle": (-80.0, 40.0),
    "toes": (-40.0, 50.0),
}


def limits(joint: str) -> tuple[float, float]:
    return LIMITS[joint.removeprefix("near_").removeprefix("far_")]


Point = tuple[float, float]


@dataclass(frozen=True)
class Pose:
    """A root position plus every joint angle; `x`, `y` place the hip joint."""

    angles: Mapping[str, float]
    x: float = 0.0
    y: float = 0.0

    def moved(self, dx: float, dy: float) -> "Pose":
        return Pose(self.angles, self.x + dx, self.y + dy)


def _dir(deg: float) -> Point:
    rad = math.radians(deg)
    return math.cos(rad), math.sin(rad)


def _along(p: Point, deg: float, length: float) -> Point:
    dx, dy = _dir(deg)
    return p[0] + dx * length, p[1] + dy * length


def _local(origin: Point, deg: float, local: Point) -> Point:
    ux, uy = _dir(deg)
    vx, vy = -uy, ux
    return origin[0] + ux * local[0] + vx * local[1], origin[1] + uy * local[0] + vy * local[1]


def points(pose: Pose) -> dict[str, Point]:
    """World positions of every named point of the figure."""
    a = pose.angles
    hip = (pose.x, pose.y)
    p = a["root"]
    sacrum = _along(hip, p, PELVIS)
    lum = p - a["lumbar"]
    waist = _along(sacrum, lum, LUMBAR)
    tho = lum - a["thoracic"]
    neck_base = _along(waist, tho, THORACIC)
    shoulder = _along(waist, tho, SHOULDER_AT)
    neck_dir = tho - a["neck"]
    neck_top = _along(neck_base, neck_dir, NECK)
    out = {
        "hips": hip,
        "sacrum": sacrum,
        "low_back": _along(sacrum, lum, LUMBAR / 2),
        "waist": waist,
        "upper_back": _along(waist, tho, THORACIC / 2),
        "shoulders": shoulder,
        "neck": neck_base,
        "head": _along(neck_top, neck_dir - a["head"], HEAD_AT),
        "face": _local(neck_top, neck_dir - a["head"], FACE),
    }
    for side in SIDES:
        out |= _arm(side, a, shoulder, tho) | _leg(side, a, hip, p)
    return out


def _arm(side: str, a: Mapping[str, float], shoulder: Point, tho: float) -> dict[str, Point]:
    upper = tho + 180 + a[f"{side}_shoulder"]
    elbow = _along(shoulder, upper, UPPER_ARM)
    fore = upper + a[f"{side}_elbow"]
    wrist = _along(elbow, fore, FOREARM)
    hand = fore + a[f"{side}_wrist"]
    return {
        f"{side}_elbow": elbow,
        f"{side}_wrist": wrist,
        f"{side}_hand": _along(wrist, hand, HAND * 0.6),
    }


def _leg(side: str, a: Mapping[str, float], hip: Point, root: float) -> dict[str, Point]:
    thigh = root + 180 + a[f"{side}_hip"]
    knee = _along(hip, thigh, THIGH)
    shin = thigh - a[f"{side}_knee"]
    ankle = _along(knee, shin, SHIN)
    foot = shin + 90 + a[f"{side}_ankle"]
    return {
        f"{side}_thigh": _along(hip, thigh, THIGH / 2),
        f"{side}_knee": knee,
        f"{side}_ankle": ankle,
        f"{side}_heel": _local(ankle, foot, HEEL),
        f"{side}_toe": _along(_local(ankle, foot, BALL), foot - a[f"{side}_toes"], TOES),
    }


# How far the body's surface lies from each named point, for contact with a support.
RADII: Mapping[str, float] = {
    "hips": 9.0,
    "sacrum": 9.0,
    "low_back": 9.0,
    "waist": 9.0,
    "upper_back": 9.0,
    "shoulders": 9.0,
    "neck": 5.0,
    "head": HEAD_R,
    "face": 0.0,
    "elbow": 4.0,
    "wrist": 3.0,
    "hand": 2.0,
    "thigh": 7.0,
    "knee": 5.0,
    "ankle": 4.0,
    "heel": 0.0,
    "toe": 0.0,
}


def radius(point: str) -> float:
    return RADII[point.removeprefix("near_").removeprefix("far_")]


# Rough shares of body mass carried by named points.
MASS = {
    "head": 8, "upper_back": 25, "low_back": 16, "hips": 12,
    "near_elbow": 3, "far_elbow": 3, "near_wrist": 2, "far_wrist": 2,
    "near_thigh": 10, "far_thigh": 10, "near_knee": 2, "far_knee": 2,
    "near_ankle": 4, "far_ankle": 4,
}  # fmt: skip


def centre_of_mass(pts: Mapping[str, Point]) -> float:
    return sum(pts[n][0] * m for n, m in MASS.items()) / sum(MASS.values())


# Paired body parts a support may name for both sides at once.
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


def _body_names() -> frozenset[str]:
    names = set(points(Pose(dict.fromkeys(JOINTS, 0.0))))
    names |= {f"{side}_foot" for side in SIDES} | set(PAIRS)
    return frozenset(names)


BODY_NAMES = _body_names()
"""Every name a support, a freed support or a fit may use for a part of the body."""
