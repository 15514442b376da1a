"""The `backcoach` command: a thin Typer adapter over core (and later web).

Each command group lives in its own module and registers itself on `app` when imported here.
"""

import typer

from backcoach.cli.errors import OneLineErrors

app = typer.Typer(
    cls=OneLineErrors,
    name="backcoach",
    help="A home exercise-therapy coach for back pain. It does not replace a clinician.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Importing a command module registers its commands on app.
from backcoach.cli import (  # noqa: E402
    assess,
    figures,
    history,
    library,
    plan,
    serve,
    session,
)

__all__ = [
    "app",
    "assess",
    "figures",
    "history",
    "library",
    "main",
    "plan",
    "serve",
    "session",
]


def main() -> None:
    # The same name however it was started (`python -m backcoach` too), for the usage and the
    # errors that point at `backcoach COMMAND --help`.
    app(prog_name="backcoach")
