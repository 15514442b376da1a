"""Which day a plan week starts on: the one rule the CLI and the web app both follow.

A plan week starts on the person's first day (the web's intake day) and repeats every seven
days, so "three times a week" stays on fixed days and a dose raised by progression waits for the
next week. A safety event (a stop for nausea, dizziness or sharp pain, pain past the brakes'
limit after a session or the next morning, or muscles sore the next morning) does not wait: it
starts a new plan week on its day, so the engine's answer to it (the exercise dropped, a smaller
dose, rest days, a level down, no plan) applies at once. See docs/engine.md, "Plan weeks".
"""

from collections.abc import Iterable
from datetime import date, timedelta

from backcoach.core.brakes import too_high
from backcoach.core.records import SAFETY_STOPS, SessionRecord

WEEK_DAYS = 7


def week_start(*, start: date, events: Iterable[date], today: date) -> date:
    """The first day of the plan week that holds `today`.

    Events before `start` belong to an earlier intake and events after `today` have not
    happened yet, so neither moves the week."""
    base = max((d for d in events if start <= d <= today), default=start)
    # Floor division keeps today inside the week even before `start` (a time-zone change).
    return base + timedelta(days=WEEK_DAYS * ((today - base).days // WEEK_DAYS))


def safety_event_days(history: Iterable[SessionRecord]) -> list[date]:
    """The days in a session log that start a new plan week: a safety stop, or pain after the
    session past the brakes' limit, on its session's day; soreness, or next-morning pain past
    the limit, on the morning after (core/brakes.py). The brakes then act at once, not from the
    next week."""
    days = []
    for record in history:
        if record.stop_reason in SAFETY_STOPS or too_high(record.pain_after, record.pain_before):
            days.append(record.day)
        if record.sore_next_day or too_high(record.pain_next_morning, record.pain_before):
            days.append(record.day + timedelta(days=1))
    return days
