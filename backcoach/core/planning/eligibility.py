"""Which exercises a person may be given at all, and the plain reason for each one left out.

The checks run most serious first (safety, then the flare, then level, then equipment), and the
first that fails is the reason shown, so a person without a bar still learns that hanging is
not for their hernia rather than that they lack a bar.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from backcoach.core.library import Exercise, Library
from backcoach.core.library.describe import and_list, tag_text
from backcoach.core.planning.harder import harder_gate, harder_slots
from backcoach.core.profile import FitnessLevel, Profile
from backcoach.core.progression import Progress
from backcoach.core.records import SessionRecord
from backcoach.core.screening import MODERATE_PAIN
from backcoach.core.vocab import Level, Phase, Purpose

# Walking counts: NICE NG59 advises staying active in a flare too, at a gentle pace.
GENTLE_PURPOSES = frozenset(
    {Purpose.RELIEF, Purpose.RELAXATION, Purpose.BREATHING, Purpose.ACTIVITY}
)


def is_gentle_relief(e: Exercise) -> bool:
    """What a flare allows: level 1, for relief, relaxation, breathing or gentle activity
    (walking), not barred in a flare."""
    return (
        e.level is Level.GENTLE
        and bool(GENTLE_PURPOSES.intersection(e.purpose))
        and Phase.ACUTE.value not in e.avoid_when
    )


@dataclass(frozen=True)
class Limits:
    """How far this person's plan may reach, and why not further. `low_dose`: every dose one
    step down, for pain of 4-6/10 at intake; `harder_slots`: how many harder exercises the plan
    may hold (they come in one a week); `start_shift`: the steps from the library's dose at
    which a person of this fitness starts (before the log changes it)."""

    level: Level
    acute: bool
    level_reason: str
    low_dose: bool = False
    harder_slots: int = 0
    start_shift: int = 0


# A beginner starts at the low end of each dose, an advanced person a step above the seed's
# (issue 11: the level changes the plan).
START_SHIFT = {FitnessLevel.BEGINNER: -1, FitnessLevel.INTERMEDIATE: 0, FitnessLevel.ADVANCED: 1}


def limits_for(
    profile: Profile,
    library: Library,
    history: Sequence[SessionRecord],
    today: date,
    progress: Progress,
) -> Limits:
    low_dose = profile.pain_now >= MODERATE_PAIN
    shift = START_SHIFT[profile.level]
    if profile.phase is Phase.ACUTE:
        why = "in a flare only gentle relief exercises"
        limits = Limits(Level.GENTLE, True, why, low_dose, start_shift=shift)
    elif low_dose:
        why = f"harder exercises wait until your pain is below {MODERATE_PAIN}/10"
        limits = Limits(Level.MAIN, False, why, low_dose, start_shift=shift)
    elif not (gate := harder_gate(profile, library, history, today)).open:
        limits = Limits(Level.MAIN, False, gate.why_not, start_shift=shift)
    else:
        slots = harder_slots(gate, today)
        limits = Limits(Level.HARDER, False, "", harder_slots=slots, start_shift=shift)
    if progress.step_down_until and limits.level > Level.GENTLE:
        why = (
            f"your plan is a level lower until {progress.step_down_until.isoformat()}, after "
            "painful sessions"
        )
        return replace(limits, level=Level(limits.level - 1), level_reason=why, harder_slots=0)
    return limits


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
        return f"not safe with {and_list(tag_text(t) for t in matched)}"
    for rule in library.rules.do_not:
        if e.id in rule.exercises and (not rule.applies_to or tags.intersection(rule.applies_to)):
            return f"never to do, {rule.name}: {rule.reason}"
    if limits.acute and not is_gentle_relief(e):
        return (
            "in a flare only gentle relief, relaxation, breathing and walking (seed 004: "
            "strengthening starts only after the pain has settled)"
        )
    if e.id in dropped:
        return f"sharp pain last time; offered again from {dropped[e.id].isoformat()}"
    if e.level > limits.level:
        return limits.level_reason
    missing = [q.value for q in e.equipment if q not in profile.equipment]
    if missing:
        return f"needs {and_list(q.replace('_', ' ') for q in missing)}, not in your equipment"
    return None
