"""How long a planned item takes, counted exactly as the session timeline lays it out.

It lives here, not in `timeline`, so the planner can budget time without importing the player
side; `tests/core/test_timeline.py` holds the two equal.
"""

from collections.abc import Iterable

from backcoach.core.planning.models import PlanItem

GET_READY_S = 10  # to read the instructions and get into position
SWITCH_S = 5  # to change sides within a set


def reps_in_set(item: PlanItem, set_index: int) -> int:
    return item.reps_by_set[set_index] if item.reps_by_set else item.reps


def item_seconds(item: PlanItem) -> int:
    sides = 2 if item.per_side else 1
    reps = sum(reps_in_set(item, i) for i in range(item.sets))
    switches = SWITCH_S * item.sets if item.per_side else 0
    rests = item.rest_s * (item.sets - 1)
    return GET_READY_S + reps * (item.rep_s + item.hold_s) * sides + switches + rests


def session_seconds(items: Iterable[PlanItem]) -> int:
    return sum(item_seconds(i) for i in items)


def minutes(seconds: int) -> int:
    """Whole minutes, rounded up: a plan may finish early, never late."""
    return -(-seconds // 60)
