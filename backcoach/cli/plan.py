"""`backcoach plan`: the seven-day plan for a profile, as text or as the issue-3 JSON."""

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from backcoach.cli import app
from backcoach.cli.errors import fail
from backcoach.cli.library import Format, FormatOption, _library
from backcoach.cli.store import read_history, read_profile
from backcoach.core.planning import build_plan, safety_event_days, week_start
from backcoach.core.records import SessionRecord

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


def plan_start(history: Sequence[SessionRecord], today: date) -> date:
    """The first day of the plan week that holds `today`, by core's rule. The CLI keeps no
    intake record, so the first logged session stands in for the web's intake day: before any
    session, the week starts today."""
    first = min((r.day for r in history), default=today)
    return week_start(start=first, events=safety_event_days(history), today=today)


@app.command("plan")
def plan_command(
    profile: ProfileOption = None,
    output: FormatOption = Format.TEXT,
    start: Annotated[
        str | None,
        typer.Option(
            "--start", metavar="YYYY-MM-DD", help="first day (default: this plan week's first day)"
        ),
    ] = None,
) -> None:
    """Screen a profile and print the seven-day plan (none when a doctor must come first)."""
    explicit = parse_start(start)  # an explicit --start wins over the plan week of the log
    person = read_profile(profile)
    library, history = _library(), read_history()
    first_day = explicit or plan_start(history, date.today())
    result = build_plan(person, library, history=history, start=first_day)
    if output is Format.JSON:
        typer.echo(json.dumps(result.to_dict(), indent=2))
    else:
        # Imported here so that JSON output, the scripted path, never pays for loading rich.
        from rich.console import Console

        from backcoach.cli.plan_view import print_plan

        print_plan(Console(highlight=False), result, library)
