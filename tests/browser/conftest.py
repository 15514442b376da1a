"""Browser tests: Playwright drives Debian's chromium against `backcoach serve` in a subprocess.

They never use a browser downloaded by `playwright install`. Without chromium they are skipped
on a developer's machine and fail in CI (CI=true), where .ci/run installs it.
"""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.server import running_server

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def chromium_path() -> str | None:
    given = os.environ.get("BACKCOACH_CHROMIUM")
    if given:
        return given
    return shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run should have installed it")
        pytest.skip("no chromium: install Debian's chromium to run the browser tests")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(tmp_path_factory.mktemp("browser-home")) as address:
        yield address


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    # A phone-sized screen: the app must work at 360 pixels wide.
    context = browser.new_context(base_url=server, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def sign_up(page: Page, username: str) -> None:
    page.goto("/accounts/signup/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill("a long walk on the beach 42")
    page.get_by_label("Password confirmation").fill("a long walk on the beach 42")
    page.get_by_role("button", name="Create my account").click()
    # A new account goes to the intake; a refused one (a name taken by another test on this
    # shared server, say) stays on the form and fails here rather than later.
    page.wait_for_url("**/intake/**")
