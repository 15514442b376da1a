"""A figure ready to draw: its exercise, placed keyframes, props, timing and extent."""

from dataclasses import dataclass

from backcoach.core.figures import above
from backcoach.core.figures.body import lit_parts
from backcoach.core.figures.constraints import first_problem
from backcoach.core.figures.place import Keyframe, contact, place_poses, place_props
from backcoach.core.figures.props import BAR_Y, HALF_WIDTH, TOP, Placed
from backcoach.core.figures.skeleton import radius
from backcoach.core.figures.spec import FigureError, FigureSpec, View
from backcoach.core.library import Exercise
from backcoach.core.vocab import BodyPart, Position

PAD = 6.0
FOOT_POINTS = ("_ankle", "_heel", "_toe")
FEET_VIEW_HEIGHT = 42.0


@dataclass(frozen=True)
class Scene:
    exercise: Exercise
    spec: FigureSpec
    frames: list[Keyframe]
    props: list[Placed]

    @property
    def lit(self) -> frozenset[str]:
        return lit_parts(self.highlight)

    @property
    def highlight(self) -> tuple[BodyPart, ...]:
        return self.spec.highlight

    @property
    def position(self) -> Position:
        return self.spec.base or self.exercise.position

    @property
    def view(self) -> View:
        """Where the figure is seen from: side-lying figures from in front, unless told."""
        if self.spec.view:
            return self.spec.view
        return "front" if self.position is Position.LYING_SIDE else "side"

    @property
    def per_side(self) -> bool:
        return self.exercise.dose.per_side

    @property
    def key(self) -> Keyframe:
        return self.frames[self.spec.key_index]

    def holds(self) -> list[float]:
        dose_hold = self.exercise.dose.hold_s
        return [float(dose_hold) if p.dose_hold and dose_hold else p.hold for p in self.spec.poses]

    def timeline(self) -> tuple[list[tuple[float, float]], float]:
        """When each pose is reached and left, in seconds, and the length of one cycle.

        The cycle starts in the first pose, visits the others in order and moves back to the
        first; with per-side exercises the mirrored cycle follows.
        """
        spans, t = [], 0.0
        for i, (frame, hold) in enumerate(zip(self.frames, self.holds(), strict=True)):
            if i:
                t += frame.move
            spans.append((t, t + hold))
            t += hold
        return spans, t + self.frames[0].move

    def extent(self) -> tuple[float, float, float, float]:
        """The picture's box; a figure about the feet shows only the lower legs and feet."""
        if self.view == "above":
            return above.extent(self.frames, self.props)
        xs: list[float] = []
        ys: list[float] = [0.0]
        feet = self.spec.focus == "feet"
        for f in self.frames:
            for name, (x, y) in f.points.items():
                if feet and not name.endswith(FOOT_POINTS):
                    continue
                r = radius(name) + 4
                xs += [x - r, x + r]
                ys += [y - r, y + r]
        if feet:
            return min(xs) - 8, -4.0, max(xs) + 8, FEET_VIEW_HEIGHT
        for p in self.props:
            _prop_extent(p, xs, ys)
        return min(xs) - PAD, min(ys) - PAD, max(xs) + PAD, max(ys) + PAD

    def foot_roller(self) -> tuple[float, float, float] | None:
        """Where the pad that holds the feet sits (x, y) and the x of its bench's post."""
        (x, y), _ = contact(self.frames[0].points, "near_ankle")
        for p in self.props:
            if p.kind == "hyperextension_bench":  # behind the heels of a face-down body
                return x, y + 9, p.x
            if p.kind == "bench":  # over the insteps of someone sitting at its end
                return x + 7, y + 4, x + 7
        return None


def _prop_extent(p: Placed, xs: list[float], ys: list[float]) -> None:
    if p.kind in TOP:
        xs += [p.x - HALF_WIDTH[p.kind], p.x + HALF_WIDTH[p.kind]]
        ys.append(TOP[p.kind])
    elif p.kind == "bar":
        xs += [p.x - 36, p.x + 36]
        ys.append(BAR_Y + 4)
    elif p.kind == "wall":
        xs += [p.x - 7, p.x + 7]


def build_scene(exercise: Exercise, spec: FigureSpec) -> Scene:
    frames = place_poses(spec, exercise.position)
    props = place_props(spec.prop_specs(), frames)
    problem = first_problem(exercise.id, frames, props)
    if problem:
        raise FigureError(problem)
    return Scene(exercise, spec, frames, props)
