"""Web benchmark: today's plan page and the session-save request, signed in, at 32 concurrent
connections, against a hello-world view (/healthz/) in the same server stack; then the
progress page on a database of people with a year of history each.

    uv run python -m bench.web                      # plan, save and hello on a fresh database
                                                    # (three rounds, the median shown; wrk
                                                    # generates the load when installed)
    uv run python -m bench.web --progress-home DIR  # also the progress page on DIR, made with
        BACKCOACH_HOME=DIR uv run backcoach manage make_bench_users --users 10000

BENCH_DATABASE_URL=postgres://... runs the server on that database instead of its own SQLite;
BENCH_THREADS=N gives the server `--threads N`.
"""

import argparse
import datetime as dt
import itertools
import json
import re
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import wrk
from bench.load import HEADER, RequestMaker, Result, run
from bench.server import serve, server_pid
from tests.http_client import Browser, answer_intake, log_in, sign_up

PASSWORD = "bench password, not for real use"
HELLO, PLAN = 0, 2  # their places in each round (see `fresh`)


@dataclass(frozen=True)
class Load:
    """One kind of request the load repeats. `body` is sent as it is, except that `__ID__` is
    replaced by a fresh UUID in each request."""

    name: str
    path: str
    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None

    def maker(self) -> RequestMaker:
        def make() -> tuple[str, str, dict[str, str], bytes]:
            body = (self.body or "").replace("__ID__", str(uuid.uuid4()))
            return self.method, self.path, self.headers, body.encode()

        return make

    def run(self, base: str, *, seconds: float, server_pid: int, tool: str) -> Result:
        if tool == "wrk":
            return wrk.run(
                base,
                self.path,
                name=self.name,
                seconds=seconds,
                server_pid=server_pid,
                method=self.method,
                headers=self.headers,
                body_template=self.body,
            )
        return run(base, self.maker(), name=self.name, seconds=seconds, server_pid=server_pid)


def played_session(browser: Browser) -> dict[str, Any]:
    """What the player posts for the first session on the plan page, played to the end: the
    items it was built from and every step run (the server computes the results)."""
    plan = browser.get("/plan/")
    url = re.search(r'href="(/play/[^"]+)"', plan)
    page = browser.get(url.group(1)) if url else ""
    found = re.search(r'<script id="player-data" type="application/json">(.*?)</script>', page)
    if not found:
        raise RuntimeError("no session to play on the plan page")
    data = json.loads(found.group(1))
    steps = len(data["timeline"]["steps"])
    return {
        "title": data["timeline"]["title"],
        "complex_id": data["complex_id"],
        "planned_seconds": data["timeline"]["total_seconds"],
        "items": data["items"],
        "completed_steps": list(range(steps)),
        "skipped_exercises": [],
        "reached_step": steps - 1,
    }


def session_save(cookie: str, csrf: str, played: dict[str, Any]) -> Load:
    body = {
        "id": "__ID__",  # a fresh one each time, so every save inserts
        "started_at": (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)).isoformat(),
        "pain_before": 4,
        "pain_after": 3,
        "difficulty": 4,
        **played,
    }
    headers = {"Cookie": cookie, "X-CSRFToken": csrf, "Content-Type": "application/json"}
    return Load("session save", "/sessions/save/", "POST", headers, json.dumps(body))


def fresh(seconds: float, rounds: int, tool: str) -> list[list[Result]]:
    """Each round runs every request in turn, so a burst of other load on the machine falls
    on all of them rather than on one."""
    with tempfile.TemporaryDirectory() as home, serve(Path(home)) as base:
        maria, lena = Browser(base), Browser(base)
        for browser, name in ((maria, "maria"), (lena, "lena")):
            sign_up(browser, name, PASSWORD)
            answer_intake(browser)
        maria.get("/plan/")  # computes her plan; the load sees it cached
        signed_in = {"Cookie": maria.cookie_header()}
        # Lena saves: thousands of sessions a round in Maria's history would make the plan
        # page measure a history no one has (the first view after a write replays it all).
        played = played_session(lena)
        loads = [  # HELLO and PLAN are places in this list
            Load("hello (/healthz/)", "/healthz/"),
            # The same hello with the session cookie: the session is read on every such request.
            Load("hello, signed in", "/healthz/", headers=signed_in),
            Load("today's plan (/plan/)", "/plan/", headers=signed_in),
            session_save(lena.cookie_header(), lena.cookie("csrftoken"), played),
        ]
        pid = server_pid(base)
        return [
            [load.run(base, seconds=seconds, server_pid=pid, tool=tool) for load in loads]
            for _ in range(rounds)
        ]


def median_round(results: list[Result]) -> Result:
    """The run with the median throughput, so its p50 and p99 belong to the same run."""
    return sorted(results, key=lambda r: r.rps)[len(results) // 2]


def cold_plans(browsers: list[Browser]) -> Result:
    """Each person's first plan view: the engine replays a year of history, nothing cached."""
    latencies = []
    started = time.perf_counter()
    for browser in browsers:
        before = time.perf_counter()
        browser.get("/plan/")  # raises on anything but a 200
        latencies.append((time.perf_counter() - before) * 1000)
    name = "today's plan, first view (year of history, one at a time)"
    return Result.from_latencies(
        name, latencies, {200: len(latencies)}, time.perf_counter() - started
    )


def progress(home: Path, seconds: float, people: int = 32) -> list[Result]:
    with serve(home) as base:
        browsers = []
        for n in range(1, people + 1):
            browser = Browser(base)
            # Not landing on the plan page, which would make the first view below a second one.
            log_in(browser, f"bench-{n * 97:05d}", PASSWORD, then="/healthz/")
            browsers.append(browser)
        cold = cold_plans(browsers)
        pid = server_pid(base)
        turn = itertools.cycle([b.cookie_header() for b in browsers])
        hello = run(
            base,
            lambda: ("GET", "/healthz/", {}, b""),
            name="hello, big database",
            seconds=seconds,
            server_pid=pid,
        )
        page = run(
            base,
            lambda: ("GET", "/progress/", {"Cookie": next(turn)}, b""),
            name=f"progress page ({people} people in turn)",
            seconds=seconds,
            server_pid=pid,
        )
        return [hello, page, cold]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--load",
        choices=["auto", "wrk", "python"],
        default="auto",
        help="load generator: wrk when installed (auto), or bench/load.py",
    )
    parser.add_argument("--progress-home", type=Path)
    args = parser.parse_args()
    tool = args.load if args.load != "auto" else ("wrk" if wrk.available() else "python")
    print(f"load generator: {tool}, 32 connections, {args.rounds} rounds of {args.seconds:g} s")
    rounds = fresh(args.seconds, args.rounds, tool)
    by_request = list(zip(*rounds, strict=True))
    results = [median_round(list(runs)) for runs in by_request]
    if args.progress_home:
        results += progress(args.progress_home, args.seconds)
    print(HEADER)
    for r in results:
        print(r.row())
    print("\nreq/s (p99 ms, server CPU ms/request) in each round:")
    for runs in by_request:
        each = ", ".join(f"{r.rps:,.0f} ({r.p99_ms:.0f}, {r.cpu_ms_per_request})" for r in runs)
        print(f"- {runs[0].name}: {each}")
    # The aim compares the plan page with hello: within a round they ran seconds apart, under
    # much the same load from the machine's other work.
    shares = sorted(round_[PLAN].rps / round_[HELLO].rps for round_ in rounds)
    each = ", ".join(f"{share:.0%}" for share in shares)
    print(f"\ntoday's plan against hello, by round: {each} (median {shares[len(shares) // 2]:.0%})")


if __name__ == "__main__":
    main()
