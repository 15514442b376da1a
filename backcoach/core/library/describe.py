"""Plain-language descriptions of doses, frequencies and who an exercise is not for, shared by
the CLI, the web app and the planner's reasons."""

from collections.abc import Iterable
from typing import TYPE_CHECKING

from backcoach.core.library.models import Dose, Exercise

if TYPE_CHECKING:
    from backcoach.core.library.loader import Library

# How a tag reads for a person: plain words, never the tag itself. The ages are those of
# `core/profile.py` (OLDER_ADULT_AGE, BONE_PRECAUTION_AGE); a test holds them equal.
TAG_WORDS = {
    "older_adult": "an age of 65 or over",
    "osteoporosis": "weak bones (osteoporosis, or an age of 70 or over)",
    "acute": "a flare",
    "remission": "the calm phase",
    "no_injury": "back pain without an injury",
    "hernia": "a disc hernia",
    "past_injury": "an old back injury",
    "pregnancy": "pregnancy",
    "hypertension": "high blood pressure",
    "bleeding_tendency": "a tendency to bleed",
    "heart_condition": "a heart condition",
    "hip_replacement": "a hip replacement",
    "falls": "falls or unsteadiness",
    "malignant_tumour": "a malignant tumour",
    "lung_disease": "a lung disease",
    "kidney_disease": "kidney problems",
    "gastritis_ulcer": "gastritis or a stomach ulcer",
    "spinal_injury": "a spinal injury",
    "diabetes": "diabetes",
}


def tag_text(tag: str) -> str:
    return TAG_WORDS.get(tag, tag.replace("_", " "))


def not_for(e: Exercise, library: "Library") -> list[str]:
    """Everyone the exercise is barred for, in plain words: its own `avoid_when` and every
    do-not rule that names it (a rule for everyone reads "anyone")."""
    tags = list(e.avoid_when)
    for rule in library.rules.do_not:
        if e.id in rule.exercises:
            tags.extend(rule.applies_to or ["anyone"])
    return [tag_text(t) for t in dict.fromkeys(tags)]


def and_list(words: Iterable[str]) -> str:
    items = list(words)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def seconds_text(seconds: int) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        minutes = seconds // 60
        return f"{minutes} min"
    if seconds > 60:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds} s"


def dose_text(dose: Dose) -> str:
    if dose.reps_by_set:
        amount = "-".join(str(r) for r in dose.reps_by_set) + " reps"
    elif dose.reps > 1:
        amount = f"{dose.sets} x {dose.reps} reps" if dose.sets > 1 else f"{dose.reps} reps"
    else:
        amount = ""
    parts = [amount] if amount else []
    if dose.hold_s and amount:
        parts.append(f"hold {seconds_text(dose.hold_s)}")
    elif dose.hold_s:
        # One continuous bout per set: "5 x 20 s", or just "2 min".
        bout = seconds_text(dose.hold_s)
        parts.append(f"{dose.sets} x {bout}" if dose.sets > 1 else bout)
    if dose.per_side:
        parts.append("each side")
    if dose.rest_s and dose.sets > 1:
        parts.append(f"rest {seconds_text(dose.rest_s)} between sets")
    return ", ".join(parts)


def frequency_text(per_day: int | None, per_week: int | None) -> str:
    if per_day:
        return "once a day" if per_day == 1 else f"{per_day} times a day"
    if per_week == 7:
        return "every day"
    if per_week:
        return "once a week" if per_week == 1 else f"{per_week} times a week"
    return "as part of its complexes"
