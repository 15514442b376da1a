"""`backcoach plan`: the seven-day plan for a profile, as text or as the issue-3 JSON."""

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from backcoach.cli import app
from backcoach.cli.errors import fail
from backcoach.cli.library import Format, FormatOption, _library
from backcoach.cli.store import read_history, read_profile
from backcoach.core.planning import build_plan

ProfileOption = Annotated[
    Path | None,
    typer.Option("--profile", help="profile JSON file (default: the one `backcoach assess` saved)"),
]


# Plans are for real weeks; far-off dates would overflow the calendar arithmetic.
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)


def parse_start(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        start = date.fromisoformat(text)
    except ValueError:
        fail(f"--start: not a date in the form YYYY-MM-DD: {text!r}")
    if not EARLIEST <= start <= LATEST:
        fail(f"--start: must be between {EARLIEST} and {LATEST}")
    return start


@app.command("plan")
def plan_command(
    profile: ProfileOption = None,
    output: FormatOption = Format.TEXT,
    start: Annotated[
        str | None, typer.Option("--start", metavar="YYYY-MM-DD", help="first day (default today)")
    ] = None,
) -> None:
    """Screen a profile and print the seven-day plan (none when a doctor must come first)."""
    first_day = parse_start(start)
    person = read_profile(profile)
    library = _library()
    result = build_plan(person, library, history=read_history(), start=first_day)
    if output is Format.JSON:
        typer.echo(json.dumps(result.to_dict(), indent=2))
    else:
        # Imported here so that JSON output, the scripted path, never pays for loading rich.
        from rich.console import Console

        from backcoach.cli.plan_view import print_plan

        print_plan(Console(highlight=False), result, library)
