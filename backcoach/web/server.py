"""The production HTTP server behind `backcoach serve`: granian, written in Rust. It reads and
writes HTTP and holds the connections outside Python; one Python thread runs the requests, one
at a time, as gunicorn's default worker does. More threads only take turns on the GIL, and
those turns are unfair: at 32 connections some requests then waited seconds
(docs/performance.md)."""

import socket

from django.db import connections
from granian.constants import Interfaces
from granian.log import LogLevels
from granian.server import Server

APPLICATION = "backcoach.web.wsgi:application"
STOP_GRACE_S = 10


def unusable_address(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port (taken, not this machine's, unknown), or
    None when it can. Asked before serving, because granian reports it only as a Rust panic's
    backtrace."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        with socket.socket(family, kind, proto) as probe:
            # As the server does, so a port left in TIME_WAIT by the last run counts as free.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as e:
        return f"cannot listen on {host} port {port}: {e.strerror or e}"
    return None


def serve(host: str, port: int, threads: int) -> None:
    """Serves the web app until interrupted. One worker process: the local-memory cache (pages,
    sessions, users) lives in it, and a second process would not see the first one forget a
    stale page. Several processes need BACKCOACH_CACHE_URL (docs/web.md)."""
    # The worker may be a fork of this process: it must not share the connection that the
    # migrations opened.
    connections.close_all()
    Server(
        APPLICATION,
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=1,
        blocking_threads=threads,
        # A worker sent several stop signals at once (each process of the tree signalled in
        # turn, as `pkill -f` does) can hang in granian's signal handler; after this long the
        # server kills it rather than waiting for ever. A request in flight gets that long.
        workers_kill_timeout=STOP_GRACE_S,
        # Warnings and errors only: `backcoach serve` prints the address itself, and there is
        # no access log, as before.
        log_level=LogLevels.warning,
    ).serve()
