"""One way to fail on the command line: a single line on stderr and exit status 2."""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

USAGE_ERROR = 2


def fail(message: str) -> NoReturn:
    typer.echo(f"backcoach: error: {message}", err=True)
    raise typer.Exit(USAGE_ERROR)


def warn(message: str) -> None:
    """Something the person should know about, that does not stop the command."""
    typer.echo(f"backcoach: warning: {message}", err=True)


class OneLineErrors(TyperGroup):
    """The `backcoach` command group, with usage errors (an option's bad value, an unknown
    option or command, a missing argument) said in one line like every other error, instead of
    Typer's usage and framed box."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        if not args:  # no_args_is_help: the help is what was asked for
            return super().make_context(info_name, args, parent, **extra)
        with _one_line():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        with _one_line():
            return super().invoke(ctx)


@contextmanager
def _one_line() -> Iterator[None]:
    try:
        yield
    except typer.BadParameter as e:
        fail(_bad_value(e) or _usage(e))
    except typer.TyperException as e:  # click's usage errors are these
        fail(_usage(e))


def _usage(e: typer.TyperException) -> str:
    """Click's own words, and where to look: `No such option: --bogus (see ...)`."""
    ctx = getattr(e, "ctx", None)
    where = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
    return e.format_message().removesuffix(".") + where


def _bad_value(e: typer.BadParameter) -> str | None:
    """`--purpose: unknown value 'nope'; known: relief, ...`: the option, the value and what
    was wrong with it, from the pydantic error Typer converted the value with."""
    errors = getattr(e.__cause__, "errors", None)
    if e.param is None or not callable(errors):
        return None
    opts: Sequence[str] = e.param.opts
    long = [o for o in opts if o.startswith("--")]
    name = long[0] if long else e.param.metavar or (e.param.name or "").upper()
    first = errors()[0]
    value = first["input"]
    choices = getattr(getattr(e.param, "type_descriptor", None), "choices", None)
    if choices:
        known = ", ".join(str(getattr(c, "value", c)) for c in choices)
        return f"{name}: unknown value {value!r}; known: {known}"
    message = str(first["msg"]).partition(", unable to parse")[0].removeprefix("Value error, ")
    return f"{name}: {message[:1].lower()}{message[1:]}, not {value!r}"
