"""Starts `backcoach serve` for a benchmark and signs people in over plain HTTP."""

import http.cookiejar
import os
import urllib.parse
import urllib.request
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


class Browser:
    """Just enough of a browser: cookies, CSRF tokens, form posts."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def cookie(self, name: str) -> str:
        return next((c.value or "" for c in self.jar if c.name == name), "")

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=60) as response:
            body: bytes = response.read()
            return body.decode()

    def post(self, path: str, fields: dict[str, str | list[str]]) -> str:
        self.get(path)  # sets the CSRF cookie
        data = urllib.parse.urlencode(
            {**fields, "csrfmiddlewaretoken": self.cookie("csrftoken")}, doseq=True
        ).encode()
        with self.opener.open(self.base + path, data=data, timeout=60) as response:
            url: str = response.geturl()
            return url

    def cookie_header(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


def sign_up(browser: Browser, username: str, password: str) -> None:
    browser.post(
        "/accounts/signup/",
        {"username": username, "password1": password, "password2": password, "time_zone": "UTC"},
    )


def log_in(browser: Browser, username: str, password: str) -> None:
    browser.post("/accounts/login/", {"username": username, "password": password})
    if not browser.cookie("sessionid"):
        raise RuntimeError(f"could not log in as {username}")


def answer_intake(browser: Browser) -> None:
    browser.get("/intake/")
    steps: list[tuple[str, dict[str, str | list[str]]]] = [
        ("red-flags", {}),
        ("conditions", {}),
        ("pain", {"age": "44", "phase": "remission", "pain_now": "3"}),
        ("situation", {"situation": "no_injury", "workday": "sitting"}),
        (
            "routine",
            {"equipment": ["mat", "chair", "wall"], "minutes_per_day": "20", "level": "beginner"},
        ),
    ]
    for step, fields in steps:
        browser.post(f"/intake/{step}/", fields)
