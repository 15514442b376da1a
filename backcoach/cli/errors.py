"""One way to fail on the command line: a single line on stderr and exit status 2."""

from typing import NoReturn

import typer

USAGE_ERROR = 2


def fail(message: str) -> NoReturn:
    typer.echo(f"backcoach: error: {message}", err=True)
    raise typer.Exit(USAGE_ERROR)


def warn(message: str) -> None:
    """Something the person should know about, that does not stop the command."""
    typer.echo(f"backcoach: warning: {message}", err=True)
