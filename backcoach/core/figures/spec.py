"""The keyframe files: `content/figures/<exercise id>.toml`, validated at load.

A file names the starting position (by default the exercise's own), the props, the body
parts to highlight, and its poses. Each pose changes only the joints it names; the others
carry over from the pose before it, the first pose starting from the base of the position.
An unprefixed limb joint (`hip`) sets both sides; `near_hip` or `far_hip` sets one.
"""

import tomllib
from functools import cache
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from backcoach.core.figures.props import KINDS, PropSpec
from backcoach.core.figures.skeleton import BODY_NAMES, JOINTS, LIMB_JOINTS
from backcoach.core.library.loader import content_dir
from backcoach.core.vocab import BodyPart, Position

JOINT_NAMES = frozenset(JOINTS) | frozenset(LIMB_JOINTS)
FIT_TARGETS = frozenset({"flat", "balance"})


View = Literal["side", "front", "above"]


class FigureError(Exception):
    """A keyframe file is missing, malformed, or describes a pose no body can take."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PropEntry(_Frozen):
    kind: str
    x: float | None = None
    dx: float = 0.0
    at: str | None = None
    side: str | None = None
    ends: tuple[str, str] = ("near_hand", "near_foot")

    @model_validator(mode="after")
    def _known(self) -> Self:
        if self.kind not in KINDS:
            raise ValueError(f"unknown prop {self.kind!r}; known: {', '.join(sorted(KINDS))}")
        return self

    def to_spec(self) -> PropSpec:
        return PropSpec(self.kind, self.x, self.dx, self.at, self.side, self.ends)


class FigurePose(_Frozen):
    name: Annotated[str, Field(min_length=1)]
    angles: dict[str, float] = {}
    hold: float = Field(default=0.6, ge=0, le=600)
    dose_hold: bool = False  # hold for the exercise's `hold_s` when it has one
    move: float = Field(default=1.5, gt=0, le=30)
    free: tuple[str, ...] = ()
    fits: tuple[str, ...] | None = None
    key: bool = False
    roll: float = Field(default=0.0, ge=0, le=80)  # legs tipped sideways, lying on the back
    slide: float = Field(default=0.0, ge=-60, le=60)  # the body shifts along its support
    # Only a figure seen from above shows these (see `above.py`):
    shift: float = Field(default=0.0, ge=-30, le=30)  # hips moved sideways, in cm
    arms_out: float = Field(default=0.0, ge=0, le=90)  # arms raised sideways, in degrees
    cross: float = Field(default=0.0, ge=0, le=30)  # the near foot moved over the far one, cm

    @model_validator(mode="after")
    def _known_names(self) -> Self:
        unknown = sorted(set(self.angles) - JOINT_NAMES)
        if unknown:
            raise ValueError(f"pose {self.name!r}: unknown joints {unknown}")
        bad = sorted(set(self.free) - BODY_NAMES)
        if bad:
            raise ValueError(f"pose {self.name!r}: free names unknown body parts {bad}")
        _check_fits(self.fits or ())
        return self


def _check_fits(fits: tuple[str, ...]) -> None:
    for fit in fits:
        joint, _, target = fit.partition(":")
        body = target.removesuffix(".x")
        if joint not in JOINT_NAMES or (body not in BODY_NAMES and target not in FIT_TARGETS):
            raise ValueError(f"fit {fit!r}: expected joint:body part, flat or balance")


def _check_supports(supports: tuple[str, ...]) -> None:
    for support in supports:
        body, _, prop = support.partition("@")
        if body not in BODY_NAMES or (prop or "floor") not in KINDS:
            raise ValueError(f"support {support!r}: expected body part@prop")


class FigureSpec(_Frozen):
    base: Position | None = None
    props: tuple[str | PropEntry, ...] = ()
    highlight: tuple[BodyPart, ...] = Field(min_length=1)
    supports: tuple[str, ...] | None = None
    fits: tuple[str, ...] | None = None
    turn: tuple[Literal["pelvis", "trunk", "head", "knees"], ...] = ()
    focus: Literal["feet"] | None = None  # show only the lower legs and feet, larger
    # Where the figure is seen from: the side (default), in front (lying on the side) or
    # above (a movement across the side view's line of sight, such as a sideways sway).
    view: View | None = None
    poses: tuple[FigurePose, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_supports(self) -> Self:
        _check_supports(self.supports or ())
        _check_fits(self.fits or ())
        if self.view != "above":
            for pose in self.poses:
                if pose.shift or pose.arms_out or pose.cross:
                    raise ValueError(
                        f"pose {pose.name!r}: shift, arms_out and cross are seen only from above;"
                        ' set view = "above"'
                    )
        return self

    def prop_specs(self) -> tuple[PropSpec, ...]:
        entries = [PropEntry(kind=p) if isinstance(p, str) else p for p in self.props]
        return tuple(e.to_spec() for e in entries)

    @property
    def key_index(self) -> int:
        keys = [i for i, p in enumerate(self.poses) if p.key]
        return keys[0] if keys else min(1, len(self.poses) - 1)


def figures_dir() -> Path:
    return content_dir() / "figures"


def figure_ids() -> list[str]:
    return sorted(p.stem for p in figures_dir().glob("*.toml"))


def load_figure(exercise_id: str) -> FigureSpec:
    return _load_cached(figures_dir().resolve() / f"{exercise_id}.toml")


@cache
def _load_cached(path: Path) -> FigureSpec:
    return parse_figure(path)


def parse_figure(path: Path) -> FigureSpec:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise FigureError(f"{path.stem}: no figure file {path.name}") from None
    except tomllib.TOMLDecodeError as e:
        raise FigureError(f"{path.stem}: not valid TOML ({e})") from None
    try:
        return FigureSpec.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise FigureError(f"{path.stem}: {where}: {err['msg']}") from None
