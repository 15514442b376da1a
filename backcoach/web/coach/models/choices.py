"""Model choices made from core's enums: one definition of each vocabulary, so the database can
only hold values the engine reads, and a value added in core needs no copy here."""

from collections.abc import Iterable, Mapping
from enum import StrEnum


def choices_of[E: StrEnum](
    values: Iterable[E], labels: Mapping[E, str] | None = None
) -> list[tuple[str, str]]:
    """(value, label) pairs. Without a label, Django's default for a TextChoices member, which
    the migrations recorded when these enums were still copied into the models."""
    named = labels or {}
    return [(v.value, named.get(v) or v.name.replace("_", " ").title()) for v in values]
