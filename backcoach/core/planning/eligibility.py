"""Which exercises a person may be given at all, and the plain reason for each one left out.

The checks run most serious first (safety, then the flare, then level, then equipment), and the
first that fails is the reason shown, so a person without a bar still learns that hanging is
not for their hernia rather than that they lack a bar.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from backcoach.core.library import Exercise, Library
from backcoach.core.profile import FitnessLevel, Profile
from backcoach.core.records import SessionRecord
from backcoach.core.vocab import Level, Phase, Position, Purpose

GENTLE_PURPOSES = frozenset({Purpose.RELIEF, Purpose.RELAXATION, Purpose.BREATHING})
MAIN_COMPLEXES = ("main-abs", "main-back")
MAIN_FIRST_TACTIC = "main-complex-first"
MAIN_FIRST_DAYS = 28  # used when the content has no such tactic
# Seed 004 ("Types of useful exercises"): hanging from a bar "is difficult for elderly patients";
# walking on all fours is its alternative. 65 is the usual threshold of "older adult".
ELDERLY_AGE = 65


def is_gentle_relief(e: Exercise) -> bool:
    """What a flare allows: level 1, for relief, relaxation or breathing, not barred in a flare."""
    return (
        e.level is Level.GENTLE
        and bool(GENTLE_PURPOSES.intersection(e.purpose))
        and Phase.ACUTE.value not in e.avoid_when
    )


@dataclass(frozen=True)
class Limits:
    """How far this person's plan may reach, and why not further."""

    level: Level
    acute: bool
    level_reason: str
    harder_unlocked: bool


def limits_for(
    profile: Profile, library: Library, history: Sequence[SessionRecord], today: date
) -> Limits:
    if profile.phase is Phase.ACUTE:
        return Limits(Level.GENTLE, True, "in a flare only gentle relief exercises", False)
    if profile.level is not FitnessLevel.ADVANCED:
        why = f"level 3 (harder) is for the advanced level; yours is {profile.level.value}"
        return Limits(Level.MAIN, False, why, False)
    days = _tactic_days(library)
    main = sorted(r.day for r in history if r.complex_id in MAIN_COMPLEXES and r.day <= today)
    # A month of the main complex: the first session at least `days` ago and about one a week
    # since, so a single old session does not unlock the harder level.
    if main and main[0] <= today - timedelta(days=days) and len(main) >= days // 7:
        return Limits(Level.HARDER, False, "", True)
    why = (
        f"level 3 (harder) comes after {days} days of the main complex (seed 004: do the main "
        f"complex for a month first); you have logged {len(main)} main-complex sessions"
    )
    return Limits(Level.MAIN, False, why, False)


def _tactic_days(library: Library) -> int:
    tactic = library.rules.load_tactic(MAIN_FIRST_TACTIC)
    return tactic.after_days if tactic and tactic.after_days else MAIN_FIRST_DAYS


def exclusion_reason(
    e: Exercise,
    profile: Profile,
    library: Library,
    limits: Limits,
    dropped: Mapping[str, date],
) -> str | None:
    """Why `e` may not be in this person's plan, or None when it may."""
    tags = profile.tags
    matched = [t for t in e.avoid_when if t in tags]
    if matched:
        return f"not safe with {_and(t.replace('_', ' ') for t in matched)} (avoid_when)"
    for rule in library.rules.do_not:
        if e.id in rule.exercises and (not rule.applies_to or tags.intersection(rule.applies_to)):
            return f"do-not list, {rule.name}: {rule.reason}"
    if profile.age >= ELDERLY_AGE and e.position is Position.HANGING:
        return (
            f"hanging is hard on the shoulders and grip from {ELDERLY_AGE} (seed 004: crawling on "
            "all fours is the gentler alternative)"
        )
    if limits.acute and not is_gentle_relief(e):
        return (
            "in a flare only gentle relief, relaxation and breathing exercises (seed 004: "
            "strengthening starts only after the pain has settled)"
        )
    if e.id in dropped:
        return f"sharp pain last time; offered again from {dropped[e.id].isoformat()}"
    if e.level > limits.level:
        return limits.level_reason
    missing = [q.value for q in e.equipment if q not in profile.equipment]
    if missing:
        return f"needs {_and(q.replace('_', ' ') for q in missing)}, not in your equipment"
    return None


def _and(words: Iterable[str]) -> str:
    items = list(words)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
