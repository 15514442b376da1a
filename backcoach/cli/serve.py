"""`backcoach serve`: migrate the database, then run the web app on a production HTTP server."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from backcoach.cli import app
from backcoach.cli.errors import fail

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")
ANY_ADDRESS = ("0.0.0.0", "::")


def _allow_host(host: str) -> None:
    """Lets the server answer for the host it was asked to bind, unless the operator chose the
    allowed hosts explicitly."""
    if "BACKCOACH_ALLOWED_HOSTS" in os.environ or host in ANY_ADDRESS:
        return
    name = f"[{host}]" if ":" in host else host
    os.environ["BACKCOACH_ALLOWED_HOSTS"] = ",".join(dict.fromkeys((*LOCAL_HOSTS, name)))


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backcoach.web.settings")
    import django

    from backcoach.web.config import ConfigError

    try:
        django.setup()
    except ConfigError as e:
        fail(str(e))


@contextmanager
def _usable_database() -> Iterator[None]:
    """A database that cannot be opened or migrated (a damaged SQLite file, one that cannot be
    written, a PostgreSQL server that refuses) is named in one line, not a traceback."""
    from django.conf import settings
    from django.db import DatabaseError

    try:
        yield
    except DatabaseError as e:
        name = settings.DATABASES["default"]["NAME"]  # never the URL: it may hold a password
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        fail(f"cannot use the database {name}: {reason}")


@app.command(
    "manage",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
)
def manage_command(ctx: typer.Context) -> None:
    """Run a Django management command on the web app (migrate, make_bench_users, ...)."""
    _setup_django()
    from django.core.management import execute_from_command_line

    with _usable_database():
        execute_from_command_line(["backcoach manage", *ctx.args])


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="port to listen on")] = 8000,
    threads: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Python threads running requests: more lets requests that wait on a remote "
            "database overlap, but they take turns on one core",
        ),
    ] = 1,
) -> None:
    """Run the web app: apply migrations, then serve it until Ctrl+C."""
    _allow_host(host)
    _setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from backcoach.web.server import serve, unusable_address

    if problem := unusable_address(host, port):
        fail(problem)
    with _usable_database():
        call_command("migrate", interactive=False, verbosity=0)

    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"backcoach is running at http://{shown}:{port}/  (Ctrl+C to stop)")
    typer.echo(f"data folder: {settings.DATA_DIR}")
    if host in ANY_ADDRESS and "BACKCOACH_ALLOWED_HOSTS" not in os.environ:
        typer.echo("note: set BACKCOACH_ALLOWED_HOSTS to the names this machine is reached by")
    serve(host, port, threads)
