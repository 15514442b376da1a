"""A base pose per starting position, so keyframe files only name what differs.

Each base also says which body parts rest on which support in that position, and which
joint to adjust so that a second support lands exactly (for example on all fours the trunk
tilts until the hands reach the floor).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from backcoach.core.figures.skeleton import JOINTS
from backcoach.core.vocab import Position

NEUTRAL: Mapping[str, float] = dict.fromkeys(JOINTS, 0.0)


def _both(**angles: float) -> dict[str, float]:
    out = dict(NEUTRAL)
    for name, value in angles.items():
        if name in NEUTRAL:
            out[name] = value
        else:
            out[f"near_{name}"] = out[f"far_{name}"] = value
    return out


@dataclass(frozen=True)
class Base:
    angles: Mapping[str, float]
    supports: tuple[str, ...]
    fits: tuple[str, ...] = ()
    root_at: tuple[float, float] | None = field(default=None)


BASES: Mapping[Position, Base] = {
    Position.STANDING: Base(_both(root=90, elbow=8), ("feet@floor",), ("ankle:flat",)),
    Position.SITTING: Base(
        _both(root=92, hip=80, knee=82, shoulder=15, elbow=55, wrist=10),
        ("hips@chair", "feet@floor"),
        ("knee:feet",),
    ),
    Position.SITTING_FLOOR: Base(
        _both(root=95, hip=85, shoulder=20, elbow=40, ankle=-10), ("hips@floor",)
    ),
    Position.LYING_BACK: Base(
        _both(root=180, shoulder=-5, ankle=-10), ("hips@floor", "shoulders@floor")
    ),
    Position.LYING_FRONT: Base(
        _both(root=0, shoulder=6, hip=5, knee=5, ankle=-75), ("hips@floor", "shoulders@floor")
    ),
    Position.LYING_SIDE: Base(
        _both(root=180, hip=20, knee=30, ankle=-10)
        | {"far_shoulder": 178, "far_elbow": 5, "near_shoulder": -5},
        ("hips@floor", "shoulders@floor"),
    ),
    Position.ALL_FOURS: Base(
        _both(root=0, hip=90, knee=90, ankle=-70, shoulder=90, wrist=85, neck=-5),
        ("knees@floor", "hands@floor", "ankles@floor"),
        ("root:hands", "hip:ankles", "wrist:flat"),
    ),
    Position.KNEELING: Base(
        _both(root=90, knee=90, ankle=-70, elbow=8),
        ("knees@floor", "ankles@floor"),
        ("hip:ankles",),
    ),
    Position.HANGING: Base(_both(root=90, shoulder=178, ankle=-25), ("hands@bar",)),
    Position.IN_WATER: Base(_both(root=0, shoulder=170, ankle=-60), (), root_at=(0.0, 60.0)),
}
