"""Typed models of the seeds' rules: who must not exercise, what never to do, how often, how to
raise the load. The screening and the planner read these; they never restate them in code."""

from typing import Literal, Self

from pydantic import Field, model_validator

from backcoach.core.library.models import AvoidTag, Frozen, Slug, Source, Text
from backcoach.core.vocab import Condition


class ConditionRule(Frozen):
    """A contraindication (no plan without a clinician's clearance) or a caution (a plan with
    the caution shown; exercises whose `avoid_when` names the condition are left out)."""

    condition: Condition
    kind: Literal["contraindication", "caution"]
    message: Text
    action: Text
    # For a contraindication: what to do once a clinician has cleared the person.
    cleared_action: Text | None = None
    sources: tuple[Source, ...] = Field(min_length=1)


class DoNot(Frozen):
    """An exercise or habit never to do. `applies_to` empty means everyone; `exercises` lists
    library ids the rule bars for those people (empty where the seeds name gym lifts that are
    not in the library at all)."""

    id: Slug
    name: Text
    reason: Text
    applies_to: tuple[AvoidTag, ...] = ()
    exercises: tuple[Slug, ...] = ()
    sources: tuple[Source, ...] = Field(min_length=1)


class GeneralRule(Frozen):
    id: Slug
    text: Text
    sources: tuple[Source, ...] = Field(min_length=1)


class Frequency(Frozen):
    """How often a kind of work is done, as the seeds give it."""

    id: Slug
    what: Text
    per_day: int | None = Field(default=None, ge=1, le=6)
    per_week: int | None = Field(default=None, ge=1, le=7)
    up_to: int | None = Field(default=None, ge=1, le=7)
    sources: tuple[Source, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_unit(self) -> Self:
        if (self.per_day is None) == (self.per_week is None):
            raise ValueError("give exactly one of per_day and per_week")
        if self.up_to is not None and self.up_to < (self.per_day or self.per_week or 0):
            raise ValueError("up_to is below the frequency")
        return self


class LoadTactic(Frozen):
    id: Slug
    text: Text
    # Advice the doses and texts follow, read by no code (the others are read by the engine).
    advice_only: bool = False
    after_days: int | None = Field(default=None, ge=1, le=365)
    exercises: tuple[Slug, ...] = ()
    sources: tuple[Source, ...] = Field(min_length=1)


class Rules(Frozen):
    conditions: tuple[ConditionRule, ...]
    do_not: tuple[DoNot, ...]
    general: tuple[GeneralRule, ...]
    frequencies: tuple[Frequency, ...]
    load_tactics: tuple[LoadTactic, ...]

    def condition(self, condition: Condition) -> ConditionRule | None:
        return next((r for r in self.conditions if r.condition is condition), None)

    def frequency(self, frequency_id: str | None) -> Frequency | None:
        return next((f for f in self.frequencies if f.id == frequency_id), None)

    def load_tactic(self, tactic_id: str) -> LoadTactic | None:
        return next((t for t in self.load_tactics if t.id == tactic_id), None)

    def tactic_days(self, tactic_id: str, default: int) -> int:
        """A load tactic's `after_days`, or `default` where the content has none."""
        tactic = self.load_tactic(tactic_id)
        return tactic.after_days if tactic and tactic.after_days else default
