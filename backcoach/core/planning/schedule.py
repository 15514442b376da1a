"""Placing sessions on the seven days within the person's minutes per day.

Time is counted in whole minutes rounded up per session, the way the plan shows it, so the
minutes a day adds up to never exceed the budget. A session that does not fit whole loses
exercises from its end (the complexes list their essentials first); what is cut is reported.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from backcoach.core.library import Complex
from backcoach.core.planning.models import PlanItem, PlannedSession
from backcoach.core.planning.policy import ROTATING, SPREAD
from backcoach.core.planning.timing import item_seconds, minutes, session_seconds
from backcoach.core.vocab import Level

Candidate = tuple[Complex, list[PlanItem]]
MIN_ITEMS = 2  # a complex cut to fewer exercises than this is no longer that complex
# Strength days need a day's rest between them; in a repeating week of seven days that allows
# three (days 1, 3 and 5: from 5 to the next 1 are two days).
MAX_STRENGTH_DAYS = 3


@dataclass
class Week:
    start: date
    budget: int  # minutes a day
    days: list[list[PlannedSession]] = field(default_factory=lambda: [[] for _ in range(7)])
    used: list[int] = field(default_factory=lambda: [0] * 7)
    cut: dict[str, str] = field(default_factory=dict)  # exercise -> why it was cut
    notes: list[str] = field(default_factory=list)

    def add(self, day: int, session: PlannedSession) -> None:
        self.days[day - 1].append(session)
        self.used[day - 1] += session.minutes

    def free(self, day: int) -> int:
        return self.budget - self.used[day - 1]

    def date_of(self, day: int) -> date:
        return self.start + timedelta(days=day - 1)

    def fit(self, c: Complex, items: Sequence[PlanItem], free: int) -> list[PlanItem]:
        """What of `c` fits in `free` minutes and in the complex's own length; records the rest.

        The complex's `minutes` caps it (the feet complex is "about 15 minutes a day in all",
        seed 000), so a large budget does not stretch one complex over the whole day."""
        limit = min(free, c.minutes) if c.minutes else free
        kept = fit(items, limit)
        if len(kept) < min(MIN_ITEMS, len(items)):
            kept = []  # a complex cut to one exercise of several is no longer that complex
        kept_ids = {i.exercise for i in kept}
        if c.minutes and limit == c.minutes and fit(items, free) != kept:
            why = f"left out to keep {c.name} to its {c.minutes} minutes"
        else:
            why = f"does not fit in {self.budget} minutes a day ({c.name})"
        for item in items:
            if item.exercise not in kept_ids:
                self.cut.setdefault(item.exercise, why)
        return kept


def fit(items: Sequence[PlanItem], free_minutes: int) -> list[PlanItem]:
    """The longest opening run of `items` that fits in `free_minutes`."""
    kept: list[PlanItem] = []
    # A session's time is the sum of its items' times, so a running total gives the same
    # answer as re-timing the whole run for every item added, in linear time.
    seconds = 0
    for item in items:
        seconds += item_seconds(item)
        if minutes(seconds) > free_minutes:
            break
        kept.append(item)
    return kept


def session(c: Complex | None, title: str, items: Sequence[PlanItem]) -> PlannedSession:
    return PlannedSession(
        title=title,
        minutes=minutes(session_seconds(items)),
        complex_id=c.id if c else None,
        items=tuple(items),
    )


def place_daily(week: Week, candidates: Sequence[Candidate], cap: int) -> set[str]:
    """Every-day complexes within `cap` minutes, the same each day except those that turn
    through their exercises across the week (`ROTATING`); returns the exercises used."""
    used: set[str] = set()
    spent = 0
    for c, all_items in candidates:
        items = [i for i in all_items if i.exercise not in used]
        if not items:
            continue
        # Try the complex's full frequency first; fewer rounds a day only if that cannot fit.
        rounds, kept = c.per_day or 1, []
        while rounds and not (kept := week.fit(c, items, (cap - spent) // rounds)):
            rounds -= 1
        if not kept:
            continue
        days = _turned(week, c, items, kept, (cap - spent) // rounds)
        for k in range(rounds):
            title = f"{c.name} ({k + 1} of {rounds})" if rounds > 1 else c.name
            for day, day_items in enumerate(days, start=1):
                week.add(day, session(c, title, day_items))
        spent += rounds * max(minutes(session_seconds(d)) for d in days)
        used.update(i.exercise for d in days for i in d)
    return used


def _turned(
    week: Week, c: Complex, items: list[PlanItem], kept: list[PlanItem], limit: int
) -> list[list[PlanItem]]:
    """Each day's exercises: what fits, or for a turning complex that cannot fit whole, the
    next ones in turn each day, so every one of them comes up in the week (seed 000 gives the
    feet all five exercises, about 15 minutes a day)."""
    if c.id not in ROTATING or len(kept) == len(items):
        return [kept] * 7
    days = []
    for day in range(7):
        start = day * len(kept) % len(items)
        days.append(week.fit(c, items[start:] + items[:start], limit) or kept)
    return days


def choose_weekly(candidates: Sequence[Candidate], up_to: int) -> list[Candidate]:
    chosen: list[Candidate] = []
    for c, items in candidates:
        if sum(ch.per_week or 0 for ch, _ in chosen) >= up_to:
            break
        # The harder level's exercises come in one a week (planning/harder.py), so its
        # session may start with a single exercise; other complexes need MIN_ITEMS.
        least = 1 if c.level is Level.HARDER else min(MIN_ITEMS, len(c.exercises))
        if len(items) >= least:
            chosen.append((c, items))
    return chosen


def place_weekly(
    week: Week, chosen: Sequence[Candidate], days_range: tuple[int, int], rest_until: date | None
) -> None:
    """Gymnastics days: one complex a day, taking turns, spread across the week, never two
    days running, the week's end and the next week's start included. So at most three days
    (1, 3, 5) of the seed's "3-4 times a week"; the complexes take turns from where the last
    week left off (the week's number decides who starts), so over two weeks each gets its
    share: abs, back, abs, then back, abs, back."""
    wanted = sum(c.per_week or 0 for c, _ in chosen)
    low, high = days_range
    count = min(max(wanted, low), high) if wanted >= low else wanted
    count = min(count, MAX_STRENGTH_DAYS)
    left = {c.id: c.per_week or 0 for c, _ in chosen}
    turn = week.start.toordinal() // 7 * count if chosen else 0
    for day in SPREAD.get(count, ()):
        while not left[chosen[turn % len(chosen)][0].id]:
            turn += 1
        c, items = chosen[turn % len(chosen)]
        left[c.id] -= 1
        turn += 1
        when = week.date_of(day)
        if rest_until and when <= rest_until:
            week.notes.append(f"Day {day} ({when.isoformat()}): {c.name} left out to rest.")
            continue
        kept = week.fit(c, items, week.free(day))
        if kept:
            week.add(day, session(c, c.name, kept))
