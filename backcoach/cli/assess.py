"""`backcoach assess`: the questionnaire that screens, saves a profile and prints the plan.

Red flags come first: if one is present the questionnaire stops there and says what to do.
Answers are read line by line, so the questionnaire can be piped in a test.
"""

from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from backcoach.cli import app
from backcoach.cli.errors import fail
from backcoach.cli.library import _library
from backcoach.cli.plan import plan_start
from backcoach.cli.store import read_history, write_profile
from backcoach.cli.terminal import Input
from backcoach.core.planning import build_plan
from backcoach.core.profile import (
    DEFAULT_EQUIPMENT,
    DEFAULT_MINUTES,
    MAX_AGE,
    MAX_MINUTES,
    MIN_AGE,
    MIN_MINUTES,
    FitnessLevel,
    ProfileError,
    parse_profile,
)
from backcoach.core.questions import (
    CLEARABLE_QUESTIONS,
    CLEARANCE_QUESTION,
    CLEARED_WITH_THE_SIGNS,
    CONDITION_INTRO,
    CONDITION_QUESTIONS,
    EQUIPMENT,
    LEG_SYMPTOMS,
    LEG_SYMPTOMS_QUESTION,
    LEVELS,
    PHASES,
    RED_FLAG_INTRO,
    RED_FLAG_QUESTIONS,
    SITUATIONS,
    WORKDAY_QUESTION,
    WORKDAYS,
    Question,
)
from backcoach.core.screening import (
    NOTICE,
    Screening,
    Status,
    screen_red_flags,
    to_clear,
)
from backcoach.core.vocab import Condition, Phase, Situation, Workday


class Questions:
    def __init__(self, read: Input) -> None:
        self.read = read

    def _answer(self, question: str) -> str:
        typer.echo(question + " ", nl=False)
        answer = self.read.line()
        if answer is None:
            fail("assess: the answers ended before the questionnaire was complete")
        return answer.strip().lower()

    def ask(self, question: Question) -> bool:
        if question.help:
            typer.echo(f"  ({question.help})")
        return self.yes(f"{question.text}?")

    def yes(self, question: str) -> bool:
        for _ in range(5):
            answer = self._answer(f"{question} [y/N]")
            if answer in ("", "n", "no", "y", "yes"):
                return answer.startswith("y")
            typer.echo("Please answer y or n.")
        return fail("assess: no valid answer")

    def number(self, question: str, low: int, high: int, default: int | None = None) -> int:
        hint = f" [{default}]" if default is not None else ""
        for _ in range(5):
            answer = self._answer(f"{question} ({low}-{high}){hint}:")
            if not answer and default is not None:
                return default
            if answer.isdigit() and low <= int(answer) <= high:
                return int(answer)
            typer.echo(f"Please answer with a number from {low} to {high}.")
        return fail("assess: no valid answer")

    def choose(self, question: str, options: Sequence[str], default: int = 1) -> int:
        for n, text in enumerate(options, start=1):
            typer.echo(f"  {n}. {text}")
        return self.number(question, 1, len(options), default) - 1

    def pick[E: StrEnum](self, question: str, labels: Mapping[E, str], default: E) -> str:
        """One of core's labelled answers; returns its value."""
        keys = list(labels)
        return keys[self.choose(question, list(labels.values()), keys.index(default) + 1)].value

    def many(self, question: str, options: Sequence[str]) -> list[int] | None:
        """Indexes of the chosen options; None for an empty answer (the default)."""
        for n, text in enumerate(options, start=1):
            typer.echo(f"  {n}. {text}")
        for _ in range(5):
            answer = self._answer(f"{question} (numbers separated by commas):")
            if not answer:
                return None
            parts = [p.strip() for p in answer.replace(" ", ",").split(",") if p.strip()]
            if all(p.isdigit() and 1 <= int(p) <= len(options) for p in parts):
                return sorted({int(p) - 1 for p in parts})
            typer.echo(f"Please give numbers from 1 to {len(options)}.")
        return fail("assess: no valid answer")


def stop_for_red_flags(screening: Screening) -> NoReturn:
    """A red flag ends the questionnaire at once: the person should act on it now, not answer
    twenty more questions, and no profile is saved because no plan may come of it."""
    from rich.console import Console  # loaded on use, to keep the command's start-up fast

    console = Console(highlight=False)
    urgent = screening.status is Status.URGENT
    style, label = ("bold white on red", "URGENT") if urgent else ("bold red", "See a doctor first")
    console.print(f"\n[{style}]{label}: no exercise plan for now.[/]")
    for reason in screening.reasons:
        console.print(f" - {reason.message}\n   [bold]What to do:[/] {reason.action}")
    console.print(f"\n[italic]{NOTICE}[/]")
    raise typer.Exit(1)


def cleared(ask: Questions, what: str) -> bool:
    typer.echo(f'You answered yes to "{what}". {CLEARANCE_QUESTION.help}')
    return ask.yes(f"{CLEARANCE_QUESTION.text}?")


def red_flags(ask: Questions, data: dict[str, Any]) -> None:
    """The warning signs, asked first; stops the questionnaire when they rule out a plan."""
    typer.echo(RED_FLAG_INTRO)
    flags, clear = [], []
    for flag, question in RED_FLAG_QUESTIONS.items():
        if ask.ask(question):
            flags.append(flag)
            # A see-a-doctor sign that a clinician has since examined and cleared goes on. A
            # minor fall matters only with weak bones: its clearance waits for age (below).
            if flag in CLEARED_WITH_THE_SIGNS and cleared(ask, question.text):
                clear.append(flag)
    legs = list(LEG_SYMPTOMS)[ask.choose(LEG_SYMPTOMS_QUESTION.text, list(LEG_SYMPTOMS.values()))]
    screening = screen_red_flags(flags, legs, [f.value for f in clear])
    if not screening.allows_plan:
        stop_for_red_flags(screening)
    data.update(red_flags=[f.value for f in flags], leg_symptoms=legs.value,
                clinician_clearance=[f.value for f in clear])  # fmt: skip


def conditions(ask: Questions, data: dict[str, Any]) -> None:
    chosen = ask.many(CONDITION_INTRO + " (Enter for none)",
                      [q.text for q in CONDITION_QUESTIONS.values()])  # fmt: skip
    picked = [list(CONDITION_QUESTIONS)[i] for i in chosen or []]
    data["pregnant"] = Condition.PREGNANCY in picked
    data["conditions"] = [c.value for c in picked if c is not Condition.PREGNANCY]


def clearances(ask: Questions, data: dict[str, Any]) -> None:
    """Contraindications, and a minor fall once age and bones make it matter: core says which
    findings a clearance would change (the warning signs' own were asked with them)."""
    asked = {f.value for f in CLEARED_WITH_THE_SIGNS}
    for tag in to_clear(parse_profile(data), _library()):
        if tag not in asked and cleared(ask, CLEARABLE_QUESTIONS[tag].text):
            data["clinician_clearance"].append(tag)


def questionnaire(ask: Questions) -> dict[str, Any]:
    data: dict[str, Any] = {}
    red_flags(ask, data)
    data["age"] = ask.number("Your age", MIN_AGE, MAX_AGE)
    data["pain_now"] = ask.number("Your back pain right now, 0 none to 10 worst", 0, 10)
    data["phase"] = ask.pick("How is your back these days", PHASES, Phase.REMISSION)
    data["situation"] = ask.pick("Which fits your back best", SITUATIONS, Situation.NO_INJURY)
    conditions(ask, data)
    clearances(ask, data)
    data["workday"] = ask.pick(WORKDAY_QUESTION, WORKDAYS, Workday.MIXED)
    default = ", ".join(EQUIPMENT[e].lower() for e in DEFAULT_EQUIPMENT)
    picked = ask.many(f"What do you have at home (Enter for {default})", list(EQUIPMENT.values()))
    if picked is not None:
        data["equipment"] = [list(EQUIPMENT)[i].value for i in picked]
    data["minutes_per_day"] = ask.number(
        "Minutes a day for exercise", MIN_MINUTES, MAX_MINUTES, DEFAULT_MINUTES
    )
    data["level"] = ask.pick("How fit are you", LEVELS, FitnessLevel.BEGINNER)
    return data


@app.command("assess")
def assess_command(
    out: Annotated[
        Path | None, typer.Option("--out", help="where to save the profile (default: data folder)")
    ] = None,
) -> None:
    """Answer a few questions: backcoach screens you, saves your profile and prints your plan."""
    typer.echo("backcoach does not replace a clinician. Answer as well as you can.\n")
    data = questionnaire(Questions(Input()))
    try:
        profile = parse_profile(data)
    except ProfileError as e:  # the questions keep answers in range; this guards the mapping
        fail(str(e))
    path = write_profile(profile, out)
    typer.echo(f"\nProfile saved to {path}\n")
    from rich.console import Console

    from backcoach.cli.plan_view import print_plan

    library, history = _library(), read_history()
    start = plan_start(history, date.today())
    print_plan(
        Console(highlight=False),
        build_plan(profile, library, history=history, start=start),
        library,
    )
