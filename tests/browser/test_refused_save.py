"""A session the server refuses is never dropped: it stays on the device, the person is told in
plain words, and can try again or discard it (after a second question)."""

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Route, expect

from tests.browser.conftest import sign_up
from tests.browser.test_journey import answer_intake, shortest_session_today

pytestmark = pytest.mark.browser

SAVE = "**/sessions/save/"


def play_and_stop(page: Page, username: str) -> str:
    sign_up(page, username)
    answer_intake(page)
    title = shortest_session_today(page)
    page.wait_for_selector("#player[data-ready=true]")
    page.locator("input[name=pain_before][value='3']").check()
    page.get_by_role("button", name="Start").click()
    page.get_by_role("button", name="Stop").click()
    page.get_by_label("Too tired").check()
    page.get_by_role("button", name="Stop the session").click()
    return title


def spoil_the_title(route: Route) -> None:
    """The real server refuses the body: an empty title is not a session."""
    body = json.loads(route.request.post_data or "{}")
    route.fulfill(response=route.fetch(post_data=json.dumps(body | {"title": ""})))


def outbox(page: Page) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = page.evaluate(
        "JSON.parse(localStorage.getItem('backcoach:outbox') || '[]')"
    )
    return entries


def refuse_the_save(page: Page, username: str) -> str:
    title = play_and_stop(page, username)
    page.route(SAVE, spoil_the_title)
    page.get_by_role("button", name="Save").click()
    notice = page.locator("[data-refused]")
    expect(notice).to_contain_text("A session could not be saved: the server did not accept")
    expect(notice).to_contain_text(title)
    expect(notice).to_contain_text("kept on this device")
    expect(page.locator("#save-status")).to_have_text("Not saved yet.")
    [entry] = outbox(page)
    assert entry["refused"].startswith("title:")
    page.unroute_all(behavior="wait")
    return title


def test_it_keeps_a_refused_session_and_saves_it_when_tried_again(page: Page):
    title = refuse_the_save(page, "rita")
    notice = page.locator("[data-refused]")
    expect(notice.get_by_role("button", name="Try again")).to_be_visible()
    expect(notice.get_by_role("button", name="Discard")).to_be_visible()
    notice.get_by_text("Details").click()
    expect(notice).to_contain_text("The server said: title:")
    if shots := os.environ.get("BACKCOACH_SHOTS"):
        page.set_viewport_size({"width": 360, "height": 800})
        Path(shots).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{shots}/outbox-refused-player.png")
    # Not retried on its own: the server would refuse it again.
    page.goto("/progress/")
    expect(page.locator("[data-refused]")).to_contain_text(title)
    expect(page.locator("ul.sessions")).to_have_text("No sessions yet.")
    if shots:
        page.screenshot(path=f"{shots}/outbox-refused-progress.png", full_page=True)
    page.go_back()
    page.wait_for_selector("#player[data-ready=true]")
    page.get_by_role("button", name="Try again").click()
    expect(page.locator("[data-refused]")).to_contain_text(f"Saved: “{title}")
    page.locator("#save-status").get_by_role("link", name="See the session").click()
    page.wait_for_url("**/sessions/*/")
    assert outbox(page) == []
    expect(page.locator("[data-refused]")).to_have_count(0)
    page.goto("/progress/")
    expect(page.locator("ul.sessions li")).to_have_count(1)
    expect(page.locator("ul.sessions")).to_contain_text(title)


def test_it_discards_a_refused_session_only_when_asked_twice(page: Page):
    title = refuse_the_save(page, "dora")
    page.goto("/progress/")
    notice = page.locator("[data-refused]")
    notice.get_by_role("button", name="Discard").click()
    expect(notice).to_contain_text("cannot be brought back")
    notice.get_by_role("button", name="Keep it").click()
    expect(notice.get_by_role("button", name="Try again")).to_be_visible()
    assert len(outbox(page)) == 1
    notice.get_by_role("button", name="Discard").click()
    if shots := os.environ.get("BACKCOACH_SHOTS"):
        page.set_viewport_size({"width": 360, "height": 800})
        page.screenshot(path=f"{shots}/outbox-discard-question.png")
    notice.get_by_role("button", name="Discard for good").click()
    expect(notice).to_contain_text(f"Discarded: “{title}")
    assert outbox(page) == []
    page.reload()
    expect(page.locator("[data-refused]")).to_have_count(0)
    expect(page.locator("ul.sessions")).to_have_text("No sessions yet.")


def test_it_saves_a_session_from_a_device_whose_clock_is_hours_ahead(page: Page):
    page.clock.install(time=datetime.now(UTC) + timedelta(hours=3))
    title = play_and_stop(page, "hugo")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/sessions/*/")
    [saved] = page.request.get("/my-data/export.json").json()["sessions"]
    assert saved["title"].startswith(title)
    started = datetime.fromisoformat(saved["started_at"])
    assert abs(started - datetime.now(UTC)) < timedelta(minutes=2)
