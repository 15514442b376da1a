"""`build_plan`: screening, then eligibility, then the week. Same inputs, same plan."""

from collections.abc import Mapping, Sequence
from datetime import date

from backcoach.core.doses import start_dose
from backcoach.core.library import Complex, Dose, Exercise, Library, load_library
from backcoach.core.library.describe import frequency_text
from backcoach.core.planning import policy
from backcoach.core.planning.eligibility import (
    START_SHIFT,
    Limits,
    exclusion_reason,
    limits_for,
)
from backcoach.core.planning.harder import harder_order, waiting_for_prerequisite
from backcoach.core.planning.models import (
    DayPlan,
    Excluded,
    PlanItem,
    PlannedSession,
    PlanResult,
    WeekPlan,
)
from backcoach.core.planning.schedule import (
    Week,
    choose_weekly,
    fit,
    place_daily,
    place_weekly,
    session,
)
from backcoach.core.planning.walking import WALKING, place_walks, reserved_minutes, walk_item
from backcoach.core.profile import Profile
from backcoach.core.progression import Progress, decide, gentler, step_down, with_logged_pain
from backcoach.core.records import SessionRecord
from backcoach.core.screening import Reason, Status, screen
from backcoach.core.vocab import CLINICAL_PRACTICE

FALLBACK_TITLE = "Your exercises"


def build_plan(
    profile: Profile,
    library: Library | None = None,
    *,
    history: Sequence[SessionRecord] = (),
    start: date | None = None,
) -> PlanResult:
    library = library or load_library()
    start = start or date.today()
    profile = with_logged_pain(profile, history, start)
    screening = screen(profile, library)
    if not screening.allows_plan:
        return PlanResult(screening.status, screening.reasons, None, ())
    progress = decide(history, library, today=start, start_shift=START_SHIFT[profile.level])
    limits = limits_for(profile, library, history, start, progress)
    reasons = _excluded(profile, library, limits, progress, history, start)
    week = _schedule(profile, library, limits, reasons, progress, start)
    planned = {i.exercise for day in week.days for s in day for i in s.items}
    for exercise_id, why in week.cut.items():
        if exercise_id not in planned:
            reasons[exercise_id] = why
    days = tuple(DayPlan(n, week.date_of(n), tuple(week.days[n - 1])) for n in range(1, 8))
    changes = (*_changes(progress, library), *week.notes)
    plan = WeekPlan(profile.phase.value, profile.level.value, start, days, changes)
    excluded = tuple(Excluded(k, reasons[k]) for k in sorted(reasons))
    status, reasons_now = screening.status, screening.reasons
    if step := progress.step_down:
        # Painful or stopped sessions are a finding of their own: the plan carries it as a
        # caution, where the person reads it first, not only among the changes.
        status = max(status, Status.CAUTION, key=lambda s: s.rank)
        reasons_now = (Reason(step.code, step.message, step.action), *reasons_now)
    return PlanResult(status, reasons_now, plan, excluded)


def _excluded(
    profile: Profile,
    library: Library,
    limits: Limits,
    progress: Progress,
    history: Sequence[SessionRecord],
    start: date,
) -> dict[str, str]:
    """Every exercise this person may not be given now, with the plain reason."""
    reasons = {
        e.id: why
        for e in library.exercises.values()
        if (why := exclusion_reason(e, profile, library, limits, progress.dropped))
    }
    # Harder exercises enter one a week once the level opens, the deadlift last of all.
    waiting = waiting_for_prerequisite(library, history, start)
    reasons.update({x: why for x, why in waiting.items() if x not in reasons})
    allowed = [x for x in harder_order(library) if x not in reasons]
    for x in allowed[limits.harder_slots :]:
        reasons[x] = "harder exercises come in one a week; this one comes in a later week"
    return reasons


def _schedule(
    profile: Profile,
    library: Library,
    limits: Limits,
    excluded: Mapping[str, str],
    progress: Progress,
    start: date,
) -> Week:
    def items_of(c: Complex) -> list[PlanItem]:
        why = _complex_why(c, library)
        ids = [_swapped(x, c, progress, excluded) for x in c.exercises]
        return [
            _item(library.exercise(x), progress.doses, why, limits)
            for x in ids
            if x not in excluded
        ]

    candidates = [(c, items_of(c)) for c in _fitting_complexes(profile, library, limits)]
    daily = policy.order([c for c, _ in candidates if policy.is_daily(c)], profile, daily=True)
    weekly = policy.order(
        [c for c, _ in candidates if not policy.is_daily(c)], profile, daily=False
    )
    by_id = {c.id: items for c, items in candidates}
    low, high = _gymnastics(library)
    chosen = choose_weekly([(c, by_id[c.id]) for c in weekly], high)
    week = Week(start, profile.minutes_per_day)
    walk = walk_item(profile, library, excluded, progress.doses, limits.low_dose)
    free = profile.minutes_per_day - reserved_minutes(walk)
    cap = min(profile.minutes_per_day // 2 if chosen else profile.minutes_per_day, free)
    used = place_daily(week, [(c, by_id[c.id]) for c in daily], cap)
    chosen = [(c, [i for i in items if i.exercise not in used]) for c, items in chosen]
    place_weekly(week, [ch for ch in chosen if ch[1]], (low, high), progress.rest_until)
    if not any(week.days):
        _fallback(week, library, excluded, progress.doses, limits, free)
    if walk:
        place_walks(week, walk, acute=limits.acute)
    return week


def _changes(progress: Progress, library: Library) -> list[str]:
    """Every decision that changes the plan, naming its exercise."""
    changes = []
    for d in progress.decisions:
        if d.action == "keep":
            continue
        e = library.exercises.get(d.exercise or "")
        changes.append(f"{e.name}: {d.reason}" if e else d.reason)
    return changes


def _fitting_complexes(profile: Profile, library: Library, limits: Limits) -> list[Complex]:
    return [
        c
        for c in library.complexes.values()
        if profile.phase.value in c.phases
        and profile.situation.value in c.situations
        and (not c.workday or profile.workday.value in c.workday)
        and (not c.for_tags or bool(profile.tags.intersection(c.for_tags)))
        and c.level <= limits.level
    ]


def _fallback(
    week: Week,
    library: Library,
    excluded: Mapping[str, str],
    doses: Mapping[str, Dose],
    limits: Limits,
    budget: int,
) -> None:
    """No complex fits (equipment, time): the gentlest allowed exercises, so no one is left
    with an empty week for want of a mat."""
    allowed = sorted(
        (e for e in library.exercises.values() if e.id not in excluded and e.id != WALKING),
        key=lambda e: (e.level, e.id),
    )
    why = "no complex fits your equipment and time, so single exercises are used"
    items = fit([_item(e, doses, why, limits) for e in allowed], budget)
    days = range(1, 8) if limits.acute else policy.SPREAD[3]
    for day in days if items else ():
        week.add(day, session(None, FALLBACK_TITLE, items))


def complex_exercises(c: Complex, library: Library) -> frozenset[str]:
    """The exercises a session of `c` may hold: its own, and the gentler variant the plan puts
    in one's place after painful sessions (`_swapped`). The web's save checks a session by it."""
    easier = (gentler(x, library) for x in c.exercises)
    return frozenset(c.exercises) | {x for x in easier if x is not None}


def _swapped(x: str, c: Complex, progress: Progress, excluded: Mapping[str, str]) -> str:
    """The gentler variant that replaces `x` after painful sessions, where it may be given
    and is not already in the complex; otherwise `x` itself."""
    easier = progress.swaps.get(x)
    if easier and easier not in excluded and easier not in c.exercises:
        return easier
    return x


def _item(e: Exercise, doses: Mapping[str, Dose], why: str, limits: Limits) -> PlanItem:
    dose = doses.get(e.id) or start_dose(e.dose, limits.start_shift)
    tail = "; dose changed by your log" if e.id in doses else ""
    if limits.low_dose:
        # Pain of 4-6/10 at intake: the low end of each dose (docs/engine.md, "Pain at intake").
        dose, tail = step_down(dose), f"{tail}; a smaller dose while your pain is 4/10 or more"
    return PlanItem.from_dose(e.id, dose, f"{why} ({_cite(e)}){tail}")


def _cite(e: Exercise) -> str:
    source = e.sources[0]
    seed = "clinical practice" if source.seed == CLINICAL_PRACTICE else f"seed {source.seed[:3]}"
    return f"{seed}: {source.section}"


def _complex_why(c: Complex, library: Library) -> str:
    how_often = frequency_text(c.per_day, c.per_week)
    rule_id = policy.FREQUENCY_RULE.get(c.id)
    rule = library.rules.frequency(rule_id)
    if rule and rule.up_to:
        unit = "a day" if rule.per_day else "a week"
        how_often = f"{rule.per_day or rule.per_week} to {rule.up_to} times {unit}"
    return f"{c.name}, {how_often}"


def _gymnastics(library: Library) -> tuple[int, int]:
    rule = library.rules.frequency(policy.GYMNASTICS)
    if rule and rule.per_week:
        return rule.per_week, rule.up_to or rule.per_week
    return policy.GYMNASTICS_DAYS


def complex_session(
    profile: Profile,
    complex_id: str,
    library: Library | None = None,
    *,
    history: Sequence[SessionRecord] = (),
    start: date | None = None,
) -> PlannedSession:
    """One complex as a session on demand, through the same safety filters as the plan.

    Raises ValueError saying why when the person may not do it at all."""
    library = library or load_library()
    start = start or date.today()
    profile = with_logged_pain(profile, history, start)
    screening = screen(profile, library)
    if not screening.allows_plan:
        raise ValueError(screening.reasons[0].message)
    if complex_id not in library.complexes:
        raise ValueError(f"unknown complex {complex_id!r}")
    c = library.complexes[complex_id]
    if profile.phase.value not in c.phases or profile.situation.value not in c.situations:
        raise ValueError(f"{c.name} is not meant for your phase and situation")
    progress = decide(history, library, today=start, start_shift=START_SHIFT[profile.level])
    # As in the plan: after next-day soreness the weekly workouts wait; daily routines go on.
    if progress.rest_until and start <= progress.rest_until and not policy.is_daily(c):
        raise ValueError(
            f"{c.name} waits until after {progress.rest_until.isoformat()}: rest two to three "
            "days after muscle soreness (seed 004)"
        )
    limits = limits_for(profile, library, history, start, progress)
    excluded = _excluded(profile, library, limits, progress, history, start)
    why = _complex_why(c, library)
    items, reasons = [], []
    for x in (_swapped(x, c, progress, excluded) for x in c.exercises):
        e = library.exercise(x)
        if x in excluded:
            reasons.append(f"{e.name}: {excluded[x]}")
        else:
            items.append(_item(e, progress.doses, why, limits))
    if not items:
        raise ValueError(f"none of its exercises suits you now ({'; '.join(reasons)})")
    return session(c, c.name, items)
