"""Fits: turn one joint until a support lands, the feet stand flat, the body balances, or a
part stays where it was."""

from collections.abc import Callable

from backcoach.core.figures.skeleton import LIMB_JOINTS, SIDES, centre_of_mass, limits, points
from backcoach.core.figures.support import Support, anchor, body_points, vertical_gap


def fit(
    angles: dict[str, float], fit: str, active: tuple[Support, ...], keep_x: dict[str, float]
) -> None:
    """Turn one joint (both sides for an unprefixed limb joint) to land a support.

    Besides a support's body part, the target may be `flat` (the feet level on the floor,
    or the hands for a wrist) or `balance` (the centre of mass above the standing feet).
    A prefixed joint (`near_hip`) only answers for its own side of a paired support.
    """
    joint, _, body = fit.partition(":")
    if body.endswith(".x"):  # keep a part where it was, as hands stay put on the floor
        _keep_in_place(angles, joint, body.removesuffix(".x"), active, keep_x)
        return
    target = _target(active, joint, body)
    if target is None:
        return
    names = [joint]
    if joint in LIMB_JOINTS:  # turn only the sides whose part is still on the support
        sided = [f"{sd}_{joint}" for sd in SIDES if any(p.startswith(sd) for p in target.points)]
        names = sided or [f"{sd}_{joint}" for sd in SIDES]
    sides = {n.split("_")[0] for n in names if n.startswith(SIDES)}
    own = tuple(p for p in target.points if p.split("_")[0] in sides)
    if own and joint not in LIMB_JOINTS:
        target = Support(target.body, target.prop, own)

    def error(trial: dict[str, float]) -> float:
        pts = points(anchor(trial, active[0], keep_x))
        if body == "flat":
            ends = ("wrist", "hand") if joint.endswith("wrist") else ("heel", "toe")
            chosen = {p.split("_")[0] for p in target.points}
            return max(abs(pts[f"{sd}_{ends[0]}"][1] - pts[f"{sd}_{ends[1]}"][1]) for sd in chosen)
        if body == "balance":
            xs = [pts[f"{p.split('_')[0]}_{e}"][0] for p in target.points for e in ("heel", "toe")]
            return abs(centre_of_mass(pts) - (min(xs) + max(xs)) / 2)
        return vertical_gap(pts, target)

    angles.update(dict.fromkeys(names, _search(angles, names, error)))


def _target(active: tuple[Support, ...], joint: str, body: str) -> Support | None:
    if not active:
        return None
    if body in ("flat", "balance"):
        wanted = ("hands", "hand") if joint.endswith("wrist") else ("feet", "foot")
        return next((s for s in active if s.body.endswith(wanted)), None)
    return next((s for s in active if s.body == body), None)


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
        pts = points(anchor(trial, active[0], keep))
        return max(abs(pts[p][0] - keep.get(p, pts[p][0])) for p in parts)

    angles.update(dict.fromkeys(names, _search(angles, names, error)))


def _search(
    angles: dict[str, float], names: list[str], error: Callable[[dict[str, float]], float]
) -> float:
    """The angle within 70 degrees of the current one, and within limits, with least error
    (to half a centimetre; among equals the one nearest the current angle): a 2-degree
    sweep, then a quarter-degree one round the best."""
    lo, hi = limits(names[0])
    start = angles[names[0]]
    best, best_key = start, (float("inf"), 0.0)
    for step, reach in ((2.0, 70.0), (0.25, 2.0)):
        centre = best if best_key[0] < float("inf") else start
        for i in range(int(2 * reach / step) + 1):
            v = centre - reach + i * step
            if lo <= v <= hi:
                err = error(angles | dict.fromkeys(names, v))
                key = (round(err * 2) / 2, abs(v - start))
                if key < best_key:
                    best, best_key = v, key
    return round(best, 1)
