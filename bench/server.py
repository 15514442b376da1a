"""Starts `backcoach serve` for a benchmark."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.server import running_server


@contextmanager
def serve(home: Path, threads: int = int(os.environ.get("BENCH_THREADS", "8"))) -> Iterator[str]:
    # Plain http on loopback: cookies without the Secure flag so this client can send them.
    env = {"BACKCOACH_ALLOW_HTTP": "1"}
    if url := os.environ.get("BENCH_DATABASE_URL"):  # the benchmark's own SQLite otherwise
        env["DATABASE_URL"] = url
    # Migrations on a big database take a while.
    with running_server(home, "--threads", str(threads), startup_s=300, **env) as address:
        yield address


def server_pid(base: str) -> int:
    """The process serving `base`: the one started with its port (see tests/server.py)."""
    port = base.rsplit(":", 1)[1]
    wanted = ["serve", "--port", port]
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            args = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # gone since the listing
        words = [a.decode(errors="replace") for a in args]
        if any(words[i : i + 3] == wanted for i in range(len(words))):
            return int(proc.name)
    raise RuntimeError(f"no server process for {base}")
