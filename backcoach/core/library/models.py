"""Typed models of the exercise library; content files are validated into these at load."""

from typing import Annotated, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from backcoach.core.vocab import (
    AVOID_TAGS,
    CLINICAL_PRACTICE,
    SEED_FILES,
    BodyPart,
    Equipment,
    Level,
    Phase,
    Position,
    Purpose,
    Situation,
    Workday,
)

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(min_length=3, strip_whitespace=True)]


def _known_avoid_tag(tag: str) -> str:
    if tag not in AVOID_TAGS:
        raise ValueError(f"unknown tag {tag!r}; known: {', '.join(sorted(AVOID_TAGS))}")
    return tag


def _known_seed(seed: str) -> str:
    if seed not in (*SEED_FILES, CLINICAL_PRACTICE):
        raise ValueError(f"unknown seed file {seed!r}; known: {', '.join(SEED_FILES)}")
    return seed


# A condition, situation or phase tag, as `avoid_when` and the do-not rules use them.
AvoidTag = Annotated[str, AfterValidator(_known_avoid_tag)]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(Frozen):
    seed: Annotated[str, AfterValidator(_known_seed)]
    section: Text


class Dose(Frozen):
    """How much of an exercise one session holds.

    `hold_s` is the time each repetition is held (or, with one repetition, the length of a
    continuous bout such as walking on tiptoes); `rep_s` is the time one smooth repetition
    takes without its hold, used for countdowns and time budgets. Per-side doses count
    each side separately. The `max_*` ceilings are where progression stops raising the dose.
    """

    sets: int = Field(default=1, ge=1, le=10)
    reps: int = Field(default=1, ge=1, le=60)
    reps_by_set: tuple[Annotated[int, Field(ge=1, le=60)], ...] | None = None
    hold_s: int = Field(default=0, ge=0, le=1800)
    rep_s: int = Field(default=3, ge=1, le=30)
    rest_s: int = Field(default=0, ge=0, le=900)
    per_side: bool = False
    per_day: int | None = Field(default=None, ge=1, le=6)
    per_week: int | None = Field(default=None, ge=1, le=7)
    max_reps: int | None = Field(default=None, ge=1, le=60)
    max_hold_s: int | None = Field(default=None, ge=1, le=1800)
    max_sets: int | None = Field(default=None, ge=1, le=10)
    decision: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.rest_s and self.sets == 1:
            raise ValueError("rest_s is the rest between sets, so it needs more than one set")
        if self.reps_by_set is not None and len(self.reps_by_set) != self.sets:
            raise ValueError("reps_by_set must give one count per set")
        if self.max_reps is not None and self.max_reps < self.reps:
            raise ValueError("max_reps is below reps")
        if self.max_hold_s is not None and self.max_hold_s < self.hold_s:
            raise ValueError("max_hold_s is below hold_s")
        if self.max_sets is not None and self.max_sets < self.sets:
            raise ValueError("max_sets is below sets")
        return self

    def reps_in_set(self, set_index: int) -> int:
        return self.reps_by_set[set_index] if self.reps_by_set else self.reps


class Exercise(Frozen):
    id: Slug
    name: Text
    aka: tuple[str, ...] = ()
    # Names the seeds use for a variant backcoach does not teach ("Superman", "V-up"): found by
    # a search, never shown as "also called", which would read as the same exercise.
    search_terms: tuple[str, ...] = ()
    purpose: tuple[Purpose, ...] = Field(min_length=1)
    position: Position
    equipment: tuple[Equipment, ...] = ()
    works: tuple[BodyPart, ...] = Field(min_length=1)
    level: Level
    dose: Dose
    summary: Text
    steps: tuple[Text, ...] = Field(min_length=2)
    breathing: Text
    mistakes: tuple[Text, ...] = Field(min_length=1)
    feel: Text
    stop_if: tuple[Text, ...] = Field(min_length=1)
    avoid_when: tuple[AvoidTag, ...] = ()
    progressions: tuple[Slug, ...] = ()
    regressions: tuple[Slug, ...] = ()
    sources: tuple[Source, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _no_self_links(self) -> Self:
        if self.id in self.progressions or self.id in self.regressions:
            raise ValueError("an exercise cannot progress or regress to itself")
        return self

    @property
    def seeds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.seed for s in self.sources))


class Complex(Frozen):
    """A named, ordered set of exercises from the seeds, done together."""

    id: Slug
    name: Text
    purpose: Text
    level: Level
    per_day: int | None = Field(default=None, ge=1, le=6)
    per_week: int | None = Field(default=None, ge=1, le=7)
    minutes: int | None = Field(default=None, ge=1, le=120)
    phases: tuple[Phase, ...] = Field(min_length=1)
    situations: tuple[Situation, ...] = Field(min_length=1)
    workday: tuple[Workday, ...] = ()
    # Offered only to people any of whose tags (conditions, age) is listed; empty: everyone.
    for_tags: tuple[AvoidTag, ...] = ()
    exercises: tuple[Slug, ...] = Field(min_length=1)
    notes: tuple[Text, ...] = ()
    sources: tuple[Source, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_frequency(self) -> Self:
        if (self.per_day is None) == (self.per_week is None):
            raise ValueError("give exactly one of per_day and per_week")
        if len(set(self.exercises)) != len(self.exercises):
            raise ValueError("an exercise is listed twice")
        return self
