"""The `backcoach` command: a thin Typer adapter over core (and later web).

Each command group lives in its own module and registers itself on `app` when imported here.
"""

import typer

app = typer.Typer(
    name="backcoach",
    help="A home exercise-therapy coach for back pain. It does not replace a clinician.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

from backcoach.cli import figures, library  # noqa: E402  (they register their commands on app)

__all__ = ["app", "figures", "library", "main"]


def main() -> None:
    app()
