"""`backcoach library`, `show` and `complexes`: browse the exercise library."""

import json
from enum import StrEnum
from typing import Annotated

import typer

from backcoach.cli import app
from backcoach.cli.errors import fail
from backcoach.core.library import Complex, ContentError, Exercise, Library, load_library
from backcoach.core.vocab import Equipment, Level, Position, Purpose


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"


FormatOption = Annotated[Format, typer.Option("--format", help="text or json")]


def _library() -> Library:
    try:
        return load_library()
    except ContentError as e:
        fail(f"broken content: {e}")


def exercise_summary(e: Exercise) -> dict[str, object]:
    return {
        "id": e.id,
        "name": e.name,
        "aka": list(e.aka),
        "purpose": [p.value for p in e.purpose],
        "position": e.position.value,
        "equipment": [q.value for q in e.equipment],
        "level": int(e.level),
        "avoid_when": list(e.avoid_when),
        "sources": [s.model_dump() for s in e.sources],
    }


def complex_summary(c: Complex) -> dict[str, object]:
    return c.model_dump(mode="json")


@app.command("library")
def library_command(
    output: FormatOption = Format.TEXT,
    purpose: Annotated[Purpose | None, typer.Option(help="only this purpose")] = None,
    position: Annotated[Position | None, typer.Option(help="only this position")] = None,
    equipment: Annotated[
        Equipment | None, typer.Option(help="only exercises that use this equipment")
    ] = None,
    level: Annotated[int | None, typer.Option(min=1, max=3, help="only this level (1-3)")] = None,
) -> None:
    """List every exercise in the library."""
    chosen = [
        e
        for e in _library().exercises.values()
        if (purpose is None or purpose in e.purpose)
        and (position is None or e.position is position)
        and (equipment is None or equipment in e.equipment)
        and (level is None or e.level is Level(level))
    ]
    if output is Format.JSON:
        typer.echo(json.dumps([exercise_summary(e) for e in chosen], indent=2))
    else:
        from backcoach.cli.render import print_exercises  # rich loads only for text output

        print_exercises(chosen)


@app.command("show")
def show_command(exercise_id: Annotated[str, typer.Argument(metavar="ID")]) -> None:
    """Show one exercise in full."""
    library = _library()
    if exercise_id not in library.exercises:
        fail(f"unknown exercise {exercise_id!r}; `backcoach library` lists them")
    from backcoach.cli.render import print_exercise

    print_exercise(library.exercises[exercise_id], library)


@app.command("complexes")
def complexes_command(
    complex_id: Annotated[str | None, typer.Argument(metavar="[ID]")] = None,
    output: FormatOption = Format.TEXT,
) -> None:
    """List the named complexes, or show one."""
    from backcoach.cli.render import print_complex, print_complexes

    library = _library()
    if complex_id is None:
        chosen = list(library.complexes.values())
        if output is Format.JSON:
            typer.echo(json.dumps([complex_summary(c) for c in chosen], indent=2))
        else:
            print_complexes(chosen)
        return
    if complex_id not in library.complexes:
        fail(f"unknown complex {complex_id!r}; `backcoach complexes` lists them")
    found = library.complexes[complex_id]
    if output is Format.JSON:
        typer.echo(json.dumps(complex_summary(found), indent=2))
    else:
        print_complex(found, library)
