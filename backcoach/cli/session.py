"""`backcoach session`: a guided session with a live countdown; the result goes to the log."""

from typing import Annotated

import typer

from backcoach.cli import app
from backcoach.cli.plan import ProfileOption


@app.command("session")
def session_command(
    day: Annotated[
        int | None, typer.Option("--day", min=1, max=7, help="day of the plan (default today)")
    ] = None,
    complex_id: Annotated[
        str | None, typer.Option("--complex", metavar="ID", help="run one complex instead")
    ] = None,
    number: Annotated[
        int, typer.Option("--session", min=1, help="which session of the day (default 1)")
    ] = 1,
    profile: ProfileOption = None,
) -> None:
    """Run a guided session with a countdown and cues; the result goes to your history.

    Keys: space pauses, s skips the exercise, q stops (you are asked why)."""
    # Imported here: the player and rich's live display are only needed when a session runs.
    from backcoach.cli.session_flow import run

    run(day, complex_id, number, profile)
