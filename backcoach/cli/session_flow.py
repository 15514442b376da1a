"""The terminal side of `backcoach session`: choose the session, ask the questions, draw the
countdown and feed keys and clock time to `core.player`, which holds all the session logic."""

import sys
import uuid
from datetime import date, datetime
from pathlib import Path

import typer
from rich.console import Console, Group
from rich.live import Live
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.text import Text

from backcoach.cli.errors import fail
from backcoach.cli.library import _library
from backcoach.cli.plan import plan_start
from backcoach.cli.plan_view import print_screening
from backcoach.cli.store import (
    append_record,
    check_history_writable,
    read_history,
    read_profile,
)
from backcoach.cli.terminal import Clock, Input, ask_number
from backcoach.core.advice import STOP_LABELS, is_safety_stop, stop_advice
from backcoach.core.library import Library
from backcoach.core.planning import PlannedSession, build_plan, complex_session
from backcoach.core.player import Player
from backcoach.core.profile import Profile
from backcoach.core.records import SessionRecord, StopReason
from backcoach.core.screening import SEVERE, SEVERE_PAIN
from backcoach.core.timeline import build_timeline

STOP_CHOICES = list(StopReason)
KEYS_HELP = "space: pause/resume   s: skip exercise   q: stop"


def say(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def run(day: int | None, complex_id: str | None, number: int, profile: Path | None) -> None:
    if day is not None and complex_id is not None:
        fail("give --day or --complex, not both")
    person, library, history = read_profile(profile), _library(), read_history()
    check_history_writable()
    console = Console(highlight=False)
    planned = _choose(console, person, library, history, day, complex_id, number)
    console.print(f"[bold]{planned.title}[/] (about {planned.minutes} min). {KEYS_HELP}")
    console.print("Stop at once (q) if you feel sharp pain, nausea or dizziness.")
    read = Input()
    before = ask_number(read, say, "Pain in your back right now", 0, 10)
    if before is None:
        fail("the session needs your pain before it starts (0-10)")
    if before >= SEVERE_PAIN:
        console.print(f"[bold red]{SEVERE.message}[/]\n{SEVERE.action}")
        raise typer.Exit(1)
    started = datetime.now().astimezone()  # local time: its date is the session's day
    player = Player(build_timeline(planned, library))
    _run(player, read, console)
    record = _finish(player, read, console, planned, before, started)
    append_record(record)
    _summary(console, record)


def _choose(
    console: Console,
    person: Profile,
    library: Library,
    history: list[SessionRecord],
    day: int | None,
    complex_id: str | None,
    number: int,
) -> PlannedSession:
    if complex_id is not None:
        try:
            return complex_session(person, complex_id, library, history=history)
        except ValueError as e:
            fail(f"--complex {complex_id}: {e}")
    # The same plan week `backcoach plan` shows, so that the days of the week line up.
    today = date.today()
    start = plan_start(history, today)
    result = build_plan(person, library, history=history, start=start)
    if result.plan is None:
        print_screening(console, result)
        raise typer.Exit(1)
    day = day or (today - start).days + 1
    sessions = result.plan.days[day - 1].sessions
    if not sessions:
        console.print(f"Day {day} is a rest day in your plan. Rest well.")
        raise typer.Exit(0)
    if number > len(sessions):
        fail(f"--session: day {day} has {len(sessions)} session(s)")
    return sessions[number - 1]


def _run(player: Player, read: Input, console: Console) -> None:
    clock = Clock()
    with read.single_keys(), Live(_screen(player), console=console, auto_refresh=False) as live:
        try:
            while not player.finished:
                key = read.key(0.1)
                player.tick(clock.lap())
                if key == " ":
                    player.toggle_pause()
                elif key in ("s", "S"):
                    player.skip()
                elif key in ("q", "Q"):
                    player.stop(None)
                elif read.closed and player.paused:
                    player.stop(None)  # paused with no input left: nobody can resume it
                live.update(_screen(player), refresh=True)
        except KeyboardInterrupt:
            player.stop(None)


def _screen(player: Player) -> Panel:
    step = player.step
    left = int(player.remaining + 0.999)
    clock = Text(f"{left // 60}:{left % 60:02d}", style="bold", justify="center")
    lines: list[Text | ProgressBar] = [clock, Text(step.cue)]
    if step.breathing:
        lines.append(Text(f"Breathing: {step.breathing}", style="cyan"))
    if step.stop_if:
        lines.append(Text(f"Stop if: {step.stop_if[0]}", style="red"))
    following = player.next_step()
    if following and following.kind != "done":
        lines.append(Text(f"Next: {following.title}", style="dim"))
    lines.append(ProgressBar(total=1.0, completed=player.progress))
    state = " (paused)" if player.paused else ""
    return Panel(Group(*lines), title=f"{step.title}{state}", subtitle=KEYS_HELP)


def _finish(
    player: Player,
    read: Input,
    console: Console,
    planned: PlannedSession,
    before: int,
    started: datetime,
) -> SessionRecord:
    if player.stopped:
        menu = ", ".join(f"{n} {STOP_LABELS[r].lower()}" for n, r in enumerate(STOP_CHOICES, 1))
        console.print(f"Why did you stop? {menu}")
        choice = ask_number(read, say, "Reason", 1, len(STOP_CHOICES))
        player.stop(STOP_CHOICES[choice - 1] if choice else StopReason.OTHER)
    after = ask_number(read, say, "Pain in your back now", 0, 10)
    difficulty = ask_number(read, say, "How hard was it", 1, 10)
    return SessionRecord(
        id=str(uuid.uuid4()),
        started_at=started,
        title=planned.title,
        pain_before=before,
        pain_after=after,
        difficulty=difficulty,
        stop_reason=player.stop_reason,
        results=player.results(planned),
        complex_id=planned.complex_id,
    )


def _summary(console: Console, record: SessionRecord) -> None:
    done = sum(r.completed for r in record.results)
    console.print(f"\nLogged: {done} of {len(record.results)} exercises done in full.")
    if is_safety_stop(record.stop_reason):
        console.print(
            f"[bold red]You stopped for a warning sign.[/] {stop_advice(record.stop_reason)}"
        )
    elif record.stop_reason:
        console.print(stop_advice(record.stop_reason))
    console.print(
        "Tomorrow morning, log how your back feels: "
        "[bold]backcoach history --morning N[/] (add --sore if your muscles ache)."
    )
