"""Starts `backcoach serve` for a benchmark."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.load import parent_pid
from tests.server import running_server, server_processes


@contextmanager
def serve(home: Path) -> Iterator[str]:
    """`backcoach serve` as a person runs it, unless BENCH_THREADS sets its --threads."""
    # Plain http on loopback: cookies without the Secure flag so this client can send them.
    env = {"BACKCOACH_ALLOW_HTTP": "1"}
    if url := os.environ.get("BENCH_DATABASE_URL"):  # the benchmark's own SQLite otherwise
        env["DATABASE_URL"] = url
    # Migrations on a big database take a while.
    threads = ["--threads", t] if (t := os.environ.get("BENCH_THREADS")) else []
    with running_server(home, *threads, startup_s=300, **env) as address:
        yield address


def server_pid(base: str) -> int:
    """The process serving `base`; its worker, a fork with the same command line, is its
    child."""
    found = server_processes(int(base.rsplit(":", 1)[1]))
    for pid in found:
        if parent_pid(pid) not in found:
            return pid
    raise RuntimeError(f"no server process for {base}")
