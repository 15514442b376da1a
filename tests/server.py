"""Starts `backcoach serve` in a subprocess on a free port, for the tests and benchmarks that
need a real server."""

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def running_server(home: Path, *args: str, startup_s: float = 60, **env: str) -> Iterator[str]:
    """`args` go to `backcoach serve`; `env` is added to the server's environment, where the
    server keeps its own SQLite database in `home` unless `env` names a DATABASE_URL."""
    port = free_port()
    inherited = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    full_env = {**inherited, "BACKCOACH_HOME": str(home), **env}
    command = [sys.executable, "-m", "backcoach.cli", "serve", "--port", str(port), *args]
    process = subprocess.Popen(
        command, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + startup_s
        line = ""
        while time.monotonic() < deadline and "running at" not in line:
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                raise RuntimeError(f"backcoach serve exited with {process.returncode}")
        address = line.split("running at", 1)[1].split()[0]
        # Keep reading what the server prints, or a full pipe would stall it under load.
        threading.Thread(target=process.stdout.read, daemon=True).start()
        _wait_until_listening(port)
        yield address.rstrip("/")
    finally:
        process.terminate()
        process.wait(timeout=10)


def server_processes(port: int) -> list[int]:
    """The processes started by `running_server` on `port`, found by their command line
    (Linux): the server and the worker it forks."""
    wanted = ["serve", "--port", str(port)]
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            args = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # gone since the listing
        words = [a.decode(errors="replace") for a in args]
        if any(words[i : i + 3] == wanted for i in range(len(words))):
            found.append(int(proc.name))
    return found


def _wait_until_listening(port: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")
