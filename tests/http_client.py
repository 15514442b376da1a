"""Just enough of a browser over plain HTTP, for tests and benchmarks that talk to a real
`backcoach serve`: cookies, CSRF tokens, form and JSON posts."""

import http.cookiejar
import json
import urllib.parse
import urllib.request
from typing import Any


class Browser:
    """One browser talking to the server at `base`. Two of them sharing a cookie jar are one
    person's browser behind a load balancer that sends requests to different servers."""

    def __init__(self, base: str, jar: http.cookiejar.CookieJar | None = None) -> None:
        self.base = base
        self.jar = jar if jar is not None else http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def cookie(self, name: str) -> str:
        return next((c.value or "" for c in self.jar if c.name == name), "")

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=60) as response:
            body: bytes = response.read()
            return body.decode()

    def landing(self, path: str) -> str:
        """The path a GET ends on after redirects, e.g. the login page when signed out."""
        with self.opener.open(self.base + path, timeout=60) as response:
            url: str = response.geturl()
            return urllib.parse.urlsplit(url).path

    def post(self, path: str, fields: dict[str, str | list[str]]) -> str:
        if not self.cookie("csrftoken"):
            self.get(path)  # a form page sets the CSRF cookie
        data = urllib.parse.urlencode(
            {**fields, "csrfmiddlewaretoken": self.cookie("csrftoken")}, doseq=True
        ).encode()
        with self.opener.open(self.base + path, data=data, timeout=60) as response:
            url: str = response.geturl()
            return url

    def post_json(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        headers = {"Content-Type": "application/json", "X-CSRFToken": self.cookie("csrftoken")}
        request = urllib.request.Request(
            self.base + path, data=json.dumps(body).encode(), headers=headers, method="POST"
        )
        with self.opener.open(request, timeout=60) as response:
            answer: dict[str, Any] = json.loads(response.read())
            return response.status, answer

    def cookie_header(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


def sign_up(browser: Browser, username: str, password: str) -> None:
    browser.post(
        "/accounts/signup/",
        {"username": username, "password1": password, "password2": password, "time_zone": "UTC"},
    )


def log_in(browser: Browser, username: str, password: str, then: str | None = None) -> None:
    """Signs in, landing on `then` if given (Django's `next`) instead of the default page."""
    fields: dict[str, str | list[str]] = {"username": username, "password": password}
    if then:
        fields["next"] = then
    browser.post("/accounts/login/", fields)
    if not browser.cookie("sessionid"):
        raise RuntimeError(f"could not log in as {username}")


def answer_intake(browser: Browser) -> None:
    browser.get("/intake/")
    steps: list[tuple[str, dict[str, str | list[str]]]] = [
        ("red-flags", {"leg_symptoms": "none"}),
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
