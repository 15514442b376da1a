"""When the harder level (3) opens, and how fast its exercises come in.

Seed 004 puts the harder exercises after a month of the main complex, and the deadlift only
after months of hyperextension. backcoach adds the brakes a physiotherapist would: the month
counts only while pain stays low (pain after a session at most 3/10, next-morning pain never
above the pain before, no stop for nausea, dizziness or sharp pain), the level stays closed from
65 and with any condition, a hernia, an old injury, leg symptoms below the knee or pain of 4/10
or more; and once open, one harder exercise enters a week (docs/engine.md, "The harder level").
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from backcoach.core.library import Library
from backcoach.core.profile import OLDER_ADULT_AGE, FitnessLevel, Profile
from backcoach.core.records import SAFETY_STOPS, SessionRecord
from backcoach.core.vocab import Condition, LegSymptoms, Situation

MAIN_COMPLEXES = ("main-abs", "main-back")
MAIN_FIRST_TACTIC = "main-complex-first"
MAIN_FIRST_DAYS = 28  # used when the content has no such tactic
DEADLIFT_TACTIC = "deadlift-after-hyperextension"
DEADLIFT_DAYS = 90  # used when the content has no such tactic
LOW_PAIN = 3  # pain after a session that still counts toward the harder level
SESSIONS_A_WEEK = 1  # about one main-complex session a week, at least
# A gap longer than this between sessions is a break: the month (or the 90 days before the
# deadlift) starts again, as tactic main-complex-first says for someone back after a break.
MAX_GAP_DAYS = 14


@dataclass(frozen=True)
class Gate:
    open: bool
    why_not: str
    opened: date | None = None  # the day the pain-free month was complete
    harder_sessions: int = 0  # harder-complex sessions logged since then


def harder_gate(
    profile: Profile, library: Library, history: Sequence[SessionRecord], today: date
) -> Gate:
    if profile.level is not FitnessLevel.ADVANCED:
        return Gate(False, f"the harder level is for the advanced level; yours is {profile.level}")
    if profile.age >= OLDER_ADULT_AGE:
        return Gate(False, f"the harder level is not offered from the age of {OLDER_ADULT_AGE}")
    if barred := _barred(profile):
        return Gate(False, f"the harder level is not offered with {barred}")
    days = library.rules.tactic_days(MAIN_FIRST_TACTIC, MAIN_FIRST_DAYS)
    past = [r for r in history if r.day <= today]
    last_bad = max((r.day for r in past if _too_painful(r)), default=None)
    after_bad = [r for r in past if last_bad is None or r.day > last_bad]
    level_days = [r.day for r in after_bad if r.complex_id in (*MAIN_COMPLEXES, "harder")]
    run = current_run(level_days, today)
    good_main = sorted(
        r.day
        for r in after_bad
        if r.complex_id in MAIN_COMPLEXES and r.pain_after is not None and run and r.day >= run
    )
    needed = SESSIONS_A_WEEK * days // 7
    if good_main and good_main[0] <= today - timedelta(days=days) and len(good_main) >= needed:
        opened = good_main[0] + timedelta(days=days)
        harder = sum(1 for r in after_bad if r.complex_id == "harder" and r.day >= opened)
        return Gate(True, "", opened, harder)
    since = " since your last painful session or break" if past else ""
    why = (
        f"the harder level comes after {days} days of the main complex with pain after each "
        f"session at most {LOW_PAIN}/10 and no break of over {MAX_GAP_DAYS} days (seed 004: the "
        f"main complex for a month first); you have {len(good_main)} such sessions{since}"
    )
    return Gate(False, why)


def current_run(days: Sequence[date], today: date) -> date | None:
    """The first day of the unbroken run of sessions that reaches today: no gap between them,
    or since the last, over MAX_GAP_DAYS. None after a break."""
    ordered = sorted(set(days))
    if not ordered or (today - ordered[-1]).days > MAX_GAP_DAYS:
        return None
    start = ordered[-1]
    for earlier in reversed(ordered[:-1]):
        if (start - earlier).days > MAX_GAP_DAYS:
            break
        start = earlier
    return start


def _barred(profile: Profile) -> str:
    if profile.all_conditions or Condition.OSTEOPOROSIS.value in profile.tags:
        return "a health condition"
    if profile.situation is not Situation.NO_INJURY:
        return "a disc hernia or an old injury"
    if profile.leg_symptoms in (LegSymptoms.BELOW_KNEE, LegSymptoms.BOTH_LEGS):
        return "pain or tingling below the knee"
    if profile.clinician_clearance:
        return "a finding your clinician cleared"
    return ""


def _too_painful(record: SessionRecord) -> bool:
    """A session that does not count toward the harder level, and restarts its month."""
    rose = record.pain_next_morning is not None and record.pain_next_morning > record.pain_before
    after = record.pain_after is not None and record.pain_after > LOW_PAIN
    return rose or after or record.stop_reason in SAFETY_STOPS


def harder_order(library: Library) -> list[str]:
    """The harder exercises in the order they enter: the seed's complex order, then by id."""
    listed = list(library.complexes["harder"].exercises) if "harder" in library.complexes else []
    rest = sorted(e.id for e in library.exercises.values() if e.level == 3 and e.id not in listed)
    return [x for x in listed if library.exercises[x].level == 3] + rest


def harder_slots(gate: Gate, today: date) -> int:
    """How many harder exercises the plan may hold: one the first week, then one more for each
    week that has passed and in which the harder sessions were done (two a week)."""
    if not gate.open or gate.opened is None:
        return 0
    weeks = max(0, (today - gate.opened).days) // 7
    return 1 + min(weeks, gate.harder_sessions // 2)


def waiting_for_prerequisite(
    library: Library, history: Sequence[SessionRecord], today: date
) -> dict[str, str]:
    """Exercises that wait for months of another (the deadlift for hyperextension), with why."""
    tactic = library.rules.load_tactic(DEADLIFT_TACTIC)
    if tactic is None or len(tactic.exercises) < 2:
        return {}
    first, *later = tactic.exercises
    days = tactic.after_days or DEADLIFT_DAYS
    done = [
        r.day
        for r in history
        if r.day <= today and any(x.exercise == first and not x.skipped for x in r.results)
    ]
    painful = any(
        r.day > today - timedelta(days=days)
        and _too_painful(r)
        and any(x.exercise == first and not x.skipped for x in r.results)
        for r in history
    )
    run = current_run(done, today)
    if run and run <= today - timedelta(days=days) and not painful:
        return {}
    name = library.exercises[first].name.lower() if first in library.exercises else first
    why = (
        f"comes after {days} days of {name} without pain or a break of over {MAX_GAP_DAYS} days "
        "(seed 004: the deadlift only after months of hyperextension)"
    )
    return dict.fromkeys(later, why)
