"""Rich rendering of library content for the terminal."""

from collections.abc import Iterable

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from backcoach.core.library import Complex, Exercise, Library, Source
from backcoach.core.library.describe import dose_text, frequency_text, not_for

LEVELS = {1: "gentle", 2: "main", 3: "harder"}


def _console() -> Console:
    return Console(highlight=False)


def print_exercises(exercises: Iterable[Exercise]) -> None:
    table = Table(title="backcoach exercise library", title_justify="left")
    for column in ("id", "name", "purpose", "position", "level", "equipment"):
        table.add_column(column)
    for e in exercises:
        table.add_row(
            e.id,
            e.name,
            ", ".join(e.purpose),
            e.position.replace("_", " "),
            LEVELS[e.level],
            ", ".join(e.equipment) or "-",
        )
    _console().print(table)


def print_exercise(e: Exercise, library: Library) -> None:
    console = _console()
    subtitle = f"level {int(e.level)} ({LEVELS[e.level]}) · {e.position.replace('_', ' ')}"
    console.print(Panel(e.summary, title=f"[bold]{e.name}[/] ({e.id})", subtitle=subtitle))
    if e.aka:
        console.print(f"[dim]Also called:[/] {', '.join(e.aka)}")
    console.print(
        f"[bold]Purpose:[/] {', '.join(e.purpose)}   [bold]Works:[/] {', '.join(e.works)}"
    )
    console.print(f"[bold]Equipment:[/] {', '.join(e.equipment) or 'none'}")
    how_often = frequency_text(e.dose.per_day, e.dose.per_week)
    console.print(f"[bold]Dose:[/] {dose_text(e.dose)} ({how_often})")
    console.print("\n[bold]How to do it[/]")
    for number, step in enumerate(e.steps, start=1):
        console.print(f" {number}. {step}")
    console.print(f"\n[bold]Breathing:[/] {e.breathing}")
    console.print(f"[bold]What you should feel:[/] {e.feel}")
    _bullets(console, "Common mistakes", e.mistakes)
    _bullets(console, "[red]Stop if[/]", e.stop_if)
    if barred := not_for(e, library):
        console.print(f"\n[bold]Not for:[/] {', '.join(barred)}")
    for label, ids in (("Easier", e.regressions), ("Harder", e.progressions)):
        if ids:
            names = ", ".join(f"{library.exercises[i].name} ({i})" for i in ids)
            console.print(f"[bold]{label}:[/] {names}")
    if e.dose.decision:
        console.print(f"\n[dim]Dose note: {e.dose.decision}[/]")
    _sources(console, e.sources)


def print_complexes(complexes: Iterable[Complex]) -> None:
    table = Table(title="backcoach complexes", title_justify="left")
    for column in ("id", "name", "level", "how often", "exercises"):
        table.add_column(column)
    for c in complexes:
        how_often = frequency_text(c.per_day, c.per_week)
        table.add_row(c.id, c.name, LEVELS[c.level], how_often, str(len(c.exercises)))
    _console().print(table)


def print_complex(c: Complex, library: Library) -> None:
    console = _console()
    how_often = frequency_text(c.per_day, c.per_week)
    minutes = f" · about {c.minutes} min" if c.minutes else ""
    subtitle = f"level {int(c.level)} · {how_often}{minutes}"
    console.print(Panel(c.purpose, title=f"[bold]{c.name}[/] ({c.id})", subtitle=subtitle))
    console.print(f"[bold]For:[/] {', '.join(c.phases)} phase; {', '.join(c.situations)}")
    for number, exercise_id in enumerate(c.exercises, start=1):
        e = library.exercises[exercise_id]
        console.print(f" {number}. {e.name} ({e.id}): {dose_text(e.dose)}")
    _bullets(console, "Notes", c.notes)
    _sources(console, c.sources)


def _bullets(console: Console, title: str, items: Iterable[str]) -> None:
    items = list(items)
    if items:
        console.print(f"\n[bold]{title}[/]")
        for item in items:
            console.print(f" - {item}")


def _sources(console: Console, sources: Iterable[Source]) -> None:
    console.print("\n[dim]Sources:[/]")
    for s in sources:
        console.print(f"[dim] - {s.seed}: {s.section}[/]")
