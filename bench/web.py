"""Web benchmark: today's plan page and the session-save request, signed in, at 32 concurrent
connections, against a hello-world view (/healthz/) in the same server stack; then the
progress page on a database of people with a year of history each.

    uv run python -m bench.web                      # plan, save and hello on a fresh database
    uv run python -m bench.web --progress-home DIR  # also the progress page on DIR, made with
        BACKCOACH_HOME=DIR uv run backcoach manage make_bench_users --users 10000
"""

import argparse
import datetime as dt
import itertools
import json
import re
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench.load import HEADER, RequestMaker, Result, run
from bench.server import serve
from tests.http_client import Browser, answer_intake, log_in, sign_up

PASSWORD = "bench password, not for real use"


def get(path: str, cookie: str) -> RequestMaker:
    return lambda: ("GET", path, {"Cookie": cookie}, b"")


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


def session_save(cookie: str, csrf: str, played: dict[str, Any]) -> RequestMaker:
    def make() -> tuple[str, str, dict[str, str], bytes]:
        body = {
            "id": str(uuid.uuid4()),
            "started_at": (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)).isoformat(),
            "pain_before": 4,
            "pain_after": 3,
            "difficulty": 4,
            **played,
        }
        headers = {"Cookie": cookie, "X-CSRFToken": csrf, "Content-Type": "application/json"}
        return "POST", "/sessions/save/", headers, json.dumps(body).encode()

    return make


def fresh(seconds: float) -> list[Result]:
    with tempfile.TemporaryDirectory() as home, serve(Path(home)) as base:
        maria = Browser(base)
        sign_up(maria, "maria", PASSWORD)
        answer_intake(maria)
        played = played_session(maria)  # its plan view computes the plan; the load sees it cached
        cookie = maria.cookie_header()
        return [
            run(
                base,
                lambda: ("GET", "/healthz/", {}, b""),
                name="hello (/healthz/)",
                seconds=seconds,
            ),
            # The same hello with the session cookie: the session is read on every such request.
            run(base, get("/healthz/", cookie), name="hello, signed in", seconds=seconds),
            run(base, get("/plan/", cookie), name="today's plan (/plan/)", seconds=seconds),
            run(
                base,
                session_save(cookie, maria.cookie("csrftoken"), played),
                name="session save",
                seconds=seconds,
            ),
        ]


def cold_plans(browsers: list[Browser]) -> Result:
    """Each person's first plan view: the engine replays a year of history, nothing cached."""
    out = Result("today's plan, first view (year of history, one at a time)")
    started = time.perf_counter()
    for browser in browsers:
        before = time.perf_counter()
        browser.get("/plan/")
        out.latencies_ms.append((time.perf_counter() - before) * 1000)
        out.statuses[200] = out.statuses.get(200, 0) + 1
    out.seconds = time.perf_counter() - started
    return out


def progress(home: Path, seconds: float, people: int = 32) -> list[Result]:
    with serve(home) as base:
        browsers = []
        for n in range(1, people + 1):
            browser = Browser(base)
            log_in(browser, f"bench-{n * 97:05d}", PASSWORD)
            browsers.append(browser)
        cold = cold_plans(browsers)
        turn = itertools.cycle([b.cookie_header() for b in browsers])
        hello = run(
            base, lambda: ("GET", "/healthz/", {}, b""), name="hello, big database", seconds=seconds
        )
        page = run(
            base,
            lambda: ("GET", "/progress/", {"Cookie": next(turn)}, b""),
            name=f"progress page ({people} people in turn)",
            seconds=seconds,
        )
        return [hello, page, cold]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--progress-home", type=Path)
    args = parser.parse_args()
    results = fresh(args.seconds)
    if args.progress_home:
        results += progress(args.progress_home, args.seconds)
    print(HEADER)
    for r in results:
        print(r.row())


if __name__ == "__main__":
    main()
