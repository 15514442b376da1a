"""Walking in every plan: staying active is the first advice of NICE NG59 for back pain.

Until the planner prescribes by rank (issue 11), walking is reserved before anything else: its
minutes come off the daily complexes' share, and it is placed on the days between the
gymnastics days (every day in a flare, as short gentle walks). The minutes start by phase and
level, grow with the log (a minute a time, `core/doses.py`), and never take more than half the
day's time, so the rest of the plan keeps its place.
"""

from collections.abc import Mapping

from backcoach.core.library import Dose, Library
from backcoach.core.planning.models import PlanItem
from backcoach.core.planning.schedule import Week, session
from backcoach.core.planning.timing import item_seconds, minutes
from backcoach.core.profile import FitnessLevel, Profile
from backcoach.core.progression import step_down
from backcoach.core.vocab import Phase

WALKING = "walking"
TITLE = "Walk"
WALK_DAYS = (2, 4, 6)  # between the gymnastics days (1, 3, 5, and 7 when there are four)
START_MINUTES = {
    FitnessLevel.BEGINNER: 10,
    FitnessLevel.INTERMEDIATE: 15,
    FitnessLevel.ADVANCED: 20,
}
FLARE_MINUTES = 5  # short, gentle walks
LEAST_MINUTES = 2
ROOM_MINUTES = 5  # a short day's whole time can go to its walk


def walk_item(
    profile: Profile,
    library: Library,
    excluded: Mapping[str, str],
    doses: Mapping[str, Dose],
    low_dose: bool,
) -> PlanItem | None:
    if WALKING not in library.exercises or WALKING in excluded:
        return None
    e = library.exercises[WALKING]
    acute = profile.phase is Phase.ACUTE
    start = FLARE_MINUTES if acute else START_MINUTES[profile.level]
    dose = doses.get(WALKING, e.dose.model_copy(update={"hold_s": start * 60}))
    if low_dose:
        dose = step_down(dose)
    # Up to half the day, or the whole of a short one; a minute of it goes to getting ready
    # (the plan rounds the walk up with its get-ready step). Whole minutes, as people walk.
    budget = profile.minutes_per_day
    most = max(budget // 2, min(budget, ROOM_MINUTES)) - 1
    walk_minutes = max(LEAST_MINUTES, min(dose.hold_s // 60, most))
    dose = dose.model_copy(update={"hold_s": walk_minutes * 60})
    how_often = "every day, short and gentle" if acute else "on at least three days a week"
    why = (
        f"Walking, {how_often}: staying active is the first advice for back pain (clinical "
        "practice: NICE NG59)"
    )
    return PlanItem.from_dose(WALKING, dose, why)


def reserved_minutes(walk: PlanItem | None) -> int:
    return minutes(item_seconds(walk)) if walk else 0


def place_walks(week: Week, walk: PlanItem, *, acute: bool) -> None:
    """Every day in a flare; otherwise on the days between the gymnastics days, and on any day
    that would have nothing else, so no day goes without movement for want of equipment."""
    for day in range(1, 8):
        wanted = acute or day in WALK_DAYS or not week.days[day - 1]
        if wanted and week.free(day) >= reserved_minutes(walk):
            week.add(day, session(None, TITLE, [walk]))
