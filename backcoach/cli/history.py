"""`backcoach history`: what was done, with the pain trend; also logs next-morning pain."""

import json
from dataclasses import replace
from typing import Annotated

import typer

from backcoach.cli import app
from backcoach.cli.errors import fail
from backcoach.cli.library import Format, FormatOption
from backcoach.cli.store import read_log, write_history
from backcoach.core.records import SessionRecord

BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[int]) -> str:
    return "".join(BARS[min(7, v * 8 // 11)] for v in values)


def trend(records: list[SessionRecord]) -> str:
    """Pain before sessions: the first week of the log against the latest week."""
    pains = [r.pain_before for r in records]
    if len(pains) < 2:
        return "not enough sessions for a trend yet"
    half = max(1, min(7, len(pains) // 2))
    first, last = sum(pains[:half]) / half, sum(pains[-half:]) / half
    word = "down" if last < first - 0.5 else "up" if last > first + 0.5 else "steady"
    return f"{first:.1f} -> {last:.1f}/10 ({word}) {sparkline(pains)}"


@app.command("history")
def history_command(
    output: FormatOption = Format.TEXT,
    morning: Annotated[
        int | None,
        typer.Option(
            "--morning", min=0, max=10, help="log this morning's pain for the last session"
        ),
    ] = None,
    sore: Annotated[
        bool | None, typer.Option("--sore/--not-sore", help="with --morning: muscles ache or not")
    ] = None,
) -> None:
    """Show your logged sessions and pain trend, or log next-morning pain with --morning."""
    log = read_log()
    records = sorted(log.records, key=lambda r: r.started_at)
    if sore is not None and morning is None:
        fail("--sore/--not-sore goes with --morning")
    if morning is not None:
        if not records:
            fail("--morning: no session logged yet")
        records[-1] = replace(records[-1], pain_next_morning=morning, sore_next_day=sore)
        write_history(records, log.damaged)
        typer.echo(f"Logged morning pain {morning}/10 for {records[-1].title}.")
        return
    if output is Format.JSON:
        typer.echo(json.dumps([r.to_dict() for r in records], indent=2))
        return
    _print(records)


def _print(records: list[SessionRecord]) -> None:
    from rich.console import Console  # loaded only for text output, to keep JSON fast
    from rich.table import Table

    console = Console(highlight=False)
    if not records:
        console.print("No sessions logged yet. Start one with `backcoach session`.")
        return
    table = Table(title="Your sessions", title_justify="left")
    for column in ("date", "session", "pain before", "after", "next morning", "done", "stopped"):
        table.add_column(column)
    for r in records:
        done = f"{sum(x.completed for x in r.results)}/{len(r.results)}"
        table.add_row(
            r.started_at.date().isoformat(),
            r.title,
            str(r.pain_before),
            "-" if r.pain_after is None else str(r.pain_after),
            "-" if r.pain_next_morning is None else str(r.pain_next_morning),
            done,
            r.stop_reason.value.replace("_", " ") if r.stop_reason else "",
        )
    console.print(table)
    console.print(f"Pain before sessions: {trend(records)}")
