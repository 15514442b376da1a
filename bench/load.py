"""A small HTTP/1.1 load generator: N keep-alive connections on loopback, each sending its
next request as soon as the previous answer arrives, for a fixed time. Prints requests per
second and p50/p99 latency. Standard library only; traffic goes to 127.0.0.1 and nowhere else.
"""

import asyncio
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

RequestMaker = Callable[[], tuple[str, str, dict[str, str], bytes]]  # method, path, headers, body


@dataclass
class Result:
    name: str
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    statuses: dict[int, int]
    server_cpu_s: float | None = None  # the server process's CPU time during the run

    @classmethod
    def from_latencies(
        cls, name: str, latencies_ms: list[float], statuses: dict[int, int], seconds: float
    ) -> "Result":
        ordered = sorted(latencies_ms) or [0.0]

        def percentile(p: float) -> float:
            return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]

        return cls(name, len(latencies_ms), seconds, percentile(50), percentile(99), statuses)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_request(self) -> str:
        if self.server_cpu_s is None or not self.requests:
            return "n/a"
        return f"{self.server_cpu_s * 1000 / self.requests:.2f}"

    def row(self) -> str:
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items()))
        return (
            f"| {self.name} | {self.rps:,.0f} | {self.p50_ms:.1f} | {self.p99_ms:.1f} | "
            f"{self.cpu_ms_per_request} | {self.requests:,} | {codes} |"
        )


HEADER = (
    "| request | req/s | p50 ms | p99 ms | server CPU ms/request | requests | statuses |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
)


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.lower() == "content-length":
            length = int(value.strip())
        if name.lower() == "transfer-encoding" and "chunked" in value.lower():
            raise RuntimeError("chunked responses are not supported by this load generator")
    if length:
        await reader.readexactly(length)
    return status


@dataclass
class _Tally:
    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)


async def _connection(host: str, port: int, make: RequestMaker, until: float, out: _Tally) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.monotonic() < until:
            method, path, headers, body = make()
            lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: keep-alive"]
            lines += [f"{k}: {v}" for k, v in headers.items()]
            lines.append(f"Content-Length: {len(body)}")
            started = time.perf_counter()
            writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
            await writer.drain()
            status = await _read_response(reader)
            out.latencies_ms.append((time.perf_counter() - started) * 1000)
            out.statuses[status] = out.statuses.get(status, 0) + 1
    finally:
        writer.close()


async def _run(
    base: str, make: RequestMaker, name: str, connections: int, seconds: float
) -> Result:
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("benchmarks send traffic to this machine only")
    tally = _Tally()
    started = time.monotonic()
    until = started + seconds
    await asyncio.gather(*(_connection(host, port, make, until, tally) for _ in range(connections)))
    return Result.from_latencies(
        name, tally.latencies_ms, tally.statuses, time.monotonic() - started
    )


def run(
    base: str,
    make: RequestMaker,
    *,
    name: str,
    connections: int = 32,
    seconds: float = 10,
    server_pid: int | None = None,
) -> Result:
    """With `server_pid`, also the server's CPU time per request: steadier than throughput on
    a machine shared with other work, since time spent waiting for a CPU is not counted."""
    before = process_cpu_s(server_pid) if server_pid else None
    result = asyncio.run(_run(base, make, name, connections, seconds))
    if server_pid and before is not None:
        result.server_cpu_s = process_cpu_s(server_pid) - before
    return result


def _stat(pid: int) -> list[str]:
    """The fields of /proc/PID/stat after the command name, which may hold spaces."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def parent_pid(pid: int) -> int:
    return int(_stat(pid)[1])  # field 4 of proc(5)


def _children(pid: int) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and parent_pid(int(proc.name)) == pid:
                found.append(int(proc.name))
        except OSError:
            continue  # gone since the listing
    return found


def process_cpu_s(pid: int) -> float:
    """User plus system CPU seconds of a process and its descendants, from /proc (Linux): the
    server answers from a worker process that it starts."""
    fields = _stat(pid)
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # fields 14 and 15
    return own + sum(process_cpu_s(child) for child in _children(pid))
