"""A persona's plan as plain text for a physiotherapist to read: who the person is, what the
screening found, each day's sessions with exercise names and doses, what the log changed, and
what was left out and why. Deterministic: no clock, no locale, sorted where core's order is not
itself clinical."""

import textwrap
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from backcoach.core.library import Library
from backcoach.core.library.describe import dose_text, seconds_text
from backcoach.core.planning import PlanItem, PlanResult, WeekPlan
from backcoach.core.planning.timing import item_seconds
from backcoach.core.profile import Profile
from backcoach.core.records import SessionRecord
from backcoach.core.screening import NOTICE, Status

WIDTH = 96
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip
STATUS_WORDS = {
    Status.OK: "OK: a plan",
    Status.CAUTION: "CAUTION: a plan, with care",
    Status.SEE_DOCTOR: "SEE A DOCTOR FIRST: no plan",
    Status.URGENT: "URGENT: seek medical care, no plan",
}
PHASE_WORDS = {"acute": "in a flare (acute)", "remission": "between flares (remission)"}
SITUATION_WORDS = {
    "no_injury": "back pain without an injury",
    "hernia": "a disc hernia",
    "past_injury": "an old back injury",
}
LEG_WORDS = {
    "none": "none",
    "above_knee": "down to above the knee",
    "below_knee": "below the knee",
    "both_legs": "in both legs",
}


def render(
    name: str,
    description: str,
    profile: Profile,
    history: Sequence[SessionRecord],
    result: PlanResult,
    library: Library,
) -> str:
    lines = [name, "=" * len(name), *_wrap(description), ""]
    lines += ["Profile", *_profile(profile), ""]
    if history:
        lines += ["Session log (oldest first)", *_history(history, library), ""]
    lines += [f"Screening: {STATUS_WORDS[result.status]}"]
    for reason in result.reasons:
        lines += _wrap(reason.message, "  - ", "    ")
        lines += _wrap(f"What to do: {reason.action}", "    ", "    ")
    lines.append("")
    if result.plan is None:
        lines += ["No plan.", ""]
    else:
        lines += _week(result.plan, library)
        lines += _why(result.plan, library)
        lines += _changes(result.plan)
        lines += _left_out(result, library)
    # As the CLI shows it: with a plan, the emergency signs are named every time.
    lines += _wrap(NOTICE)  # as the CLI: the emergency signs with every answer
    return "\n".join(lines) + "\n"


def _profile(p: Profile) -> list[str]:
    facts = [
        ("Age", str(p.age)),
        ("Pain now", f"{p.pain_now}/10"),
        ("Phase", PHASE_WORDS[p.phase.value]),
        ("Situation", SITUATION_WORDS[p.situation.value]),
        ("Pregnant", "yes" if p.pregnant else "no"),
        ("Conditions", _words(c.value for c in p.conditions)),
        ("Red flags", _words(f.value for f in p.red_flags)),
        ("Leg symptoms", LEG_WORDS[p.leg_symptoms.value]),
        ("Cleared by a clinician", _words(p.clinician_clearance)),
        ("Workday", p.workday.value),
        ("Equipment", _words(q.value for q in p.equipment)),
        ("Time", f"{p.minutes_per_day} minutes a day"),
        ("Level", p.level.value),
    ]
    return [line for label, value in facts for line in _wrap(value, f"  {label}: ", "    ")]


def _history(history: Sequence[SessionRecord], library: Library) -> list[str]:
    lines = []
    for r in history:
        pains = [f"pain {r.pain_before}/10 before"]
        if r.pain_after is not None:
            pains.append(f"{r.pain_after}/10 after")
        if r.pain_next_morning is not None:
            pains.append(f"{r.pain_next_morning}/10 next morning")
        text = f"{_date(r.day)}: {r.title}; {', '.join(pains)}"
        if r.stop_reason:
            attempted = [x.exercise for x in r.results if not x.skipped]
            during = f" during {library.exercise(attempted[-1]).name}" if attempted else ""
            text += f"; stopped for {r.stop_reason.value.replace('_', ' ')}{during}"
        if r.sore_next_day:
            text += "; sore muscles the next day"
        lines += _wrap(text, "  - ", "    ")
    return lines


def _week(plan: WeekPlan, library: Library) -> list[str]:
    lines = [f"Week from {_date(plan.start)} ({plan.phase}, {plan.level})", ""]
    for day in plan.days:
        if not day.sessions:
            lines.append(f"Day {day.day}, {_date(day.date, year=False)}: rest")
            continue
        lines.append(f"Day {day.day}, {_date(day.date, year=False)}: {day.minutes} min")
        for session in day.sessions:
            lines.append(f"  {session.title} ({session.minutes} min)")
            lines += [f"    - {_item(item, library)}" for item in session.items]
    lines.append("")
    return lines


def _item(item: PlanItem, library: Library) -> str:
    name = library.exercise(item.exercise).name
    dose = dose_text(item.dose) or "once"
    return f"{name}: {dose} (about {seconds_text(item_seconds(item))})"


def _why(plan: WeekPlan, library: Library) -> list[str]:
    """Why each exercise is in the plan, once per distinct reason rather than on every day."""
    whys = sorted(
        {
            (library.exercise(i.exercise).name, i.why)
            for day in plan.days
            for s in day.sessions
            for i in s.items
        }
    )
    lines = ["Why each exercise"]
    for name, why in whys:
        lines += _wrap(f"{name}: {why}", "  - ", "    ")
    return [*lines, ""] if whys else []


def _changes(plan: WeekPlan) -> list[str]:
    if not plan.changes:
        return ["Changes from the log: none", ""]
    lines = ["Changes from the log"]
    for change in plan.changes:
        lines += _wrap(change, "  - ", "    ")
    return [*lines, ""]


def _left_out(result: PlanResult, library: Library) -> list[str]:
    """The exercises left out, grouped by the reason, with names rather than ids."""
    by_reason: dict[str, list[str]] = defaultdict(list)
    for e in result.excluded:
        by_reason[e.reason].append(library.exercise(e.exercise).name)
    lines = [f"Left out ({len(result.excluded)} exercises)"]
    for reason in sorted(by_reason):
        lines += _wrap(f"{reason}:", "  ", "    ")
        lines += _wrap(", ".join(sorted(by_reason[reason])), "    ", "    ")
    return [*lines, ""]


def _words(tags: Iterable[str]) -> str:
    words = [t.replace("_", " ") for t in tags]
    return ", ".join(words) if words else "none"


def _date(d: date, *, year: bool = True) -> str:
    text = f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"
    return f"{text} {d.year}" if year else text


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    ) or [first.rstrip()]
