"""The person a plan is for: the issue-3 profile JSON, parsed into one frozen model.

Every way in (CLI file, web form, API body) goes through `parse_profile`, so a bad value always
fails the same way: a `ProfileError` naming the field, never a pydantic traceback.
"""

import reprlib
from collections.abc import Mapping
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from backcoach.core.jsontext import JsonError, decode
from backcoach.core.vocab import (
    CLEARABLE,
    OLDER_ADULT,
    Condition,
    Equipment,
    LegSymptoms,
    Phase,
    RedFlag,
    Situation,
    Workday,
)


class FitnessLevel(StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


# The profile's number limits, defined once here for every front end that asks for them.
MIN_AGE, MAX_AGE = 16, 110
MIN_MINUTES, MAX_MINUTES, DEFAULT_MINUTES = 5, 120, 15

# Ages at which precautions apply to everyone, whatever they report (docs/engine.md, "Age"):
# from 65 no deep squats, unsupported tiptoe walking or hanging; from 70 the precautions for
# weak bones, since osteoporosis is common and often undiagnosed at that age (they also apply
# with long-term steroids or after cancer, see `Profile.tags`).
OLDER_ADULT_AGE = 65
BONE_PRECAUTION_AGE = 70


def _clearable(tag: str) -> str:
    if tag not in CLEARABLE:
        raise ValueError(f"unknown tag {tag!r}; known: {', '.join(sorted(CLEARABLE))}")
    return tag


ClearedTag = Annotated[str, AfterValidator(_clearable)]

DEFAULT_EQUIPMENT: tuple[Equipment, ...] = (
    Equipment.MAT,
    Equipment.CHAIR,
    Equipment.WALL,
    Equipment.PILLOW,
    Equipment.TOWEL,
)


class Profile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    # Numbers and booleans are strict so that "30" or "yes" in a file is an error, not a guess.
    age: int = Field(ge=MIN_AGE, le=MAX_AGE, strict=True)
    pain_now: int = Field(ge=0, le=10, strict=True)
    phase: Phase
    situation: Situation = Situation.NO_INJURY
    pregnant: bool = Field(default=False, strict=True)
    conditions: tuple[Condition, ...] = ()
    red_flags: tuple[RedFlag, ...] = ()
    leg_symptoms: LegSymptoms = LegSymptoms.NONE
    # Conditions (and red flags of the see-a-doctor tier) a clinician has examined and cleared.
    clinician_clearance: tuple[ClearedTag, ...] = ()
    workday: Workday = Workday.MIXED
    equipment: tuple[Equipment, ...] = DEFAULT_EQUIPMENT
    minutes_per_day: int = Field(
        default=DEFAULT_MINUTES, ge=MIN_MINUTES, le=MAX_MINUTES, strict=True
    )
    level: FitnessLevel = FitnessLevel.BEGINNER

    @cached_property
    def all_conditions(self) -> frozenset[Condition]:
        """Conditions including pregnancy, which the profile carries as its own flag."""
        extra = {Condition.PREGNANCY} if self.pregnant else set()
        return frozenset(self.conditions) | extra

    @cached_property
    def tags(self) -> frozenset[str]:
        """The person as `avoid_when` / `applies_to` tags: phase, situation, conditions, and the
        precautions that age brings."""
        tags = {self.phase.value, self.situation.value} | {c.value for c in self.all_conditions}
        if self.age >= OLDER_ADULT_AGE:
            tags.add(OLDER_ADULT)
        if self.age >= BONE_PRECAUTION_AGE or self._bones_at_risk:
            tags.add(Condition.OSTEOPOROSIS.value)
        if Condition.SPINAL_INJURY in self.all_conditions:
            # A cleared spinal injury keeps at least an old injury's exclusions.
            tags.add(Situation.PAST_INJURY.value)
        return frozenset(tags)

    @property
    def _bones_at_risk(self) -> bool:
        """Long-term steroids thin the bones and a cancer may spread to them: the precautions
        for weak bones stay after a clinician has cleared the person to exercise."""
        return bool(
            {RedFlag.LONG_TERM_STEROIDS, RedFlag.CANCER_HISTORY}.intersection(self.red_flags)
            or Condition.MALIGNANT_TUMOUR in self.conditions
        )

    def cleared(self, tag: str) -> bool:
        return tag in self.clinician_clearance

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class ProfileError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def parse_profile(data: str | bytes | Mapping[str, Any]) -> Profile:
    if isinstance(data, str | bytes):
        try:
            data = decode(data)
        except JsonError as e:
            raise ProfileError("profile", f"not valid JSON ({e})") from None
    if not isinstance(data, Mapping):
        raise ProfileError("profile", "must be a JSON object")
    try:
        return Profile.model_validate(dict(data))
    except ValidationError as e:
        raise _first_error(e) from None


class _Shown(reprlib.Repr):
    """A rejected value as the error shows it: short, safe to print whatever its depth or
    length, with JSON's words for JSON's constants."""

    def __init__(self) -> None:
        super().__init__(maxlevel=2, maxstring=40, maxother=40, maxlist=4, maxdict=4)

    def repr_NoneType(self, value: None, level: int) -> str:  # noqa: N802 (reprlib's naming)
        return "null"

    def repr_bool(self, value: bool, level: int) -> str:
        return "true" if value else "false"


_shown = _Shown().repr


def _first_error(e: ValidationError) -> ProfileError:
    """The first error, naming the field (and the item of a list) and the value rejected."""
    error = e.errors()[0]
    loc = error["loc"]
    field = str(loc[0]) if loc else "profile"
    # A list item: name which one, so "conditions: item 2: ..." points at the bad tag.
    item = f"item {int(loc[1]) + 1}: " if len(loc) > 1 else ""
    value = _shown(error["input"])
    if error["type"] == "extra_forbidden":
        known = ", ".join(Profile.model_fields)
        return ProfileError(field, f"unknown field; known fields: {known}")
    if error["type"] == "missing":
        return ProfileError(field, "is required")
    if error["type"] == "enum":
        known = error["ctx"]["expected"]
        return ProfileError(field, f"{item}unknown value {value}; known: {known}")
    if error["type"] == "value_error":  # our own validators name the value already
        return ProfileError(field, item + _sentence(error["msg"].removeprefix("Value error, ")))
    # pydantic says "tuple" where the JSON has a list.
    message = _sentence(error["msg"].replace("valid tuple", "list"))
    return ProfileError(field, f"{item}{message}, not {value}")


def _sentence(message: str) -> str:
    """pydantic's message as part of ours: no capital at its start."""
    return message[:1].lower() + message[1:]
