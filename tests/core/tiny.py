"""A small hand-made library for unit tests that must not depend on the real content."""

from typing import Any

from backcoach.core.library import Complex, Dose, Exercise, Library
from backcoach.core.library.rules import Rules

SOURCE = {"seed": "004_781f8cbfcc946f08.txt", "section": "Test section"}


def exercise(exercise_id: str, **fields: Any) -> Exercise:
    data: dict[str, Any] = {
        "id": exercise_id,
        "name": f"Exercise {exercise_id}",
        "purpose": ["strength"],
        "position": "lying_back",
        "equipment": ["mat"],
        "works": ["abs"],
        "level": 1,
        "dose": {"reps": 10, "rep_s": 3},
        "summary": "A test exercise.",
        "steps": ["Lie down.", "Move slowly."],
        "breathing": "Breathe out on effort, in on return.",
        "mistakes": ["Rushing."],
        "feel": "Gentle work in the belly.",
        "stop_if": ["Sharp pain."],
        "sources": [SOURCE],
    }
    data.update(fields)
    return Exercise.model_validate(data)


def complex_(complex_id: str, exercises: list[str], **fields: Any) -> Complex:
    data: dict[str, Any] = {
        "id": complex_id,
        "name": f"Complex {complex_id}",
        "purpose": "Test complex.",
        "level": 1,
        "per_week": 2,
        "phases": ["remission"],
        "situations": ["no_injury", "hernia", "past_injury"],
        "exercises": exercises,
        "sources": [SOURCE],
    }
    data.update(fields)
    return Complex.model_validate(data)


def rules(**fields: Any) -> Rules:
    data: dict[str, Any] = {
        "conditions": [
            {
                "condition": "pregnancy",
                "kind": "contraindication",
                "message": "Not in pregnancy.",
                "action": "Ask your midwife.",
                "sources": [SOURCE],
            },
            {
                "condition": "hypertension",
                "kind": "caution",
                "message": "Careful with blood pressure.",
                "action": "Keep breathing.",
                "sources": [SOURCE],
            },
        ],
        "do_not": [],
        "general": [],
        "frequencies": [],
        "load_tactics": [],
    }
    data.update(fields)
    return Rules.model_validate(data)


def library(
    exercises: list[Exercise], complexes: list[Complex] | None = None, rules_: Rules | None = None
) -> Library:
    return Library(
        exercises={e.id: e for e in exercises},
        complexes={c.id: c for c in complexes or []},
        rules=rules_ or rules(),
    )


def dose(**fields: Any) -> Dose:
    return Dose.model_validate(fields)
