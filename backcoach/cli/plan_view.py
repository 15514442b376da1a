"""Rich rendering of screening results and weekly plans for the terminal."""

from rich.console import Console

from backcoach.core.library import Library
from backcoach.core.library.describe import dose_text
from backcoach.core.planning import PlanItem, PlanResult
from backcoach.core.screening import NOTICE, Status

STATUS_STYLE = {
    Status.OK: "bold green",
    Status.CAUTION: "bold yellow",
    Status.SEE_DOCTOR: "bold red",
    Status.URGENT: "bold white on red",
}
STATUS_TEXT = {
    Status.OK: "ok: you can start",
    Status.CAUTION: "caution: a plan, with care",
    Status.SEE_DOCTOR: "see a doctor first: no plan",
    Status.URGENT: "URGENT: seek medical care, no plan",
}


def item_dose(item: PlanItem) -> str:
    return dose_text(item.dose) or "once"


def print_screening(console: Console, result: PlanResult) -> None:
    style = STATUS_STYLE[result.status]
    console.print(f"[{style}]Status: {STATUS_TEXT[result.status]}[/]")
    for reason in result.reasons:
        console.print(f" [bold]-[/] {reason.message}")
        console.print(f"   [bold]What to do:[/] {reason.action}")


def print_plan(console: Console, result: PlanResult, library: Library) -> None:
    print_screening(console, result)
    plan = result.plan
    if plan is not None:
        console.print(
            f"\n[bold]Your week[/] ({plan.phase}, {plan.level}), from {plan.start.isoformat()}"
        )
        for day in plan.days:
            heading = f"\n[bold]Day {day.day}[/] ({day.date.strftime('%a %d %b')})"
            console.print(f"{heading}: {day.minutes} min" if day.sessions else f"{heading}: rest")
            for session in day.sessions:
                console.print(f"  [bold cyan]{session.title}[/] ({session.minutes} min)")
                for item in session.items:
                    name = library.exercise(item.exercise).name
                    console.print(f"    - {name} [dim]({item.exercise})[/]: {item_dose(item)}")
                    console.print(f"      [dim]{item.why}[/]")
        if plan.changes:
            console.print("\n[bold]Changes from your log[/]")
            for change in plan.changes:
                console.print(f" - {change}")
    if result.excluded:
        console.print(f"\n[bold]Left out[/] ({len(result.excluded)})")
        for e in result.excluded:
            console.print(f" - {e.exercise}: {e.reason}")
    # The signs that mean stop and get emergency care are named every time.
    console.print(f"\n[italic]{NOTICE}[/]")
