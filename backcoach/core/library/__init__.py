"""The exercise library: exercises, complexes and rules of the seeds, as validated data."""

from backcoach.core.library.loader import ContentError, Library, load_from, load_library
from backcoach.core.library.models import Complex, Dose, Exercise, Source
from backcoach.core.library.rules import ConditionRule, DoNot, Rules

__all__ = [
    "Complex",
    "ConditionRule",
    "ContentError",
    "DoNot",
    "Dose",
    "Exercise",
    "Library",
    "Rules",
    "Source",
    "load_from",
    "load_library",
]
