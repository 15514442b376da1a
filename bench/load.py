"""A small HTTP/1.1 load generator: N keep-alive connections on loopback, each sending its
next request as soon as the previous answer arrives, for a fixed time. Prints requests per
second and p50/p99 latency. Standard library only; traffic goes to 127.0.0.1 and nowhere else.
"""

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

RequestMaker = Callable[[], tuple[str, str, dict[str, str], bytes]]  # method, path, headers, body


@dataclass
class Result:
    name: str
    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def requests(self) -> int:
        return len(self.latencies_ms)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]

    def row(self) -> str:
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items()))
        return (
            f"| {self.name} | {self.rps:,.0f} | {self.percentile(50):.1f} | "
            f"{self.percentile(99):.1f} | {self.requests:,} | {codes} |"
        )


HEADER = (
    "| request | req/s | p50 ms | p99 ms | requests | statuses |\n"
    "| --- | ---: | ---: | ---: | ---: | --- |"
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


async def _connection(host: str, port: int, make: RequestMaker, until: float, out: Result) -> None:
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
    out = Result(name)
    started = time.monotonic()
    until = started + seconds
    await asyncio.gather(*(_connection(host, port, make, until, out) for _ in range(connections)))
    out.seconds = time.monotonic() - started
    return out


def run(
    base: str, make: RequestMaker, *, name: str, connections: int = 32, seconds: float = 10
) -> Result:
    return asyncio.run(_run(base, make, name, connections, seconds))
