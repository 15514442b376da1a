"""Maria's first day: sign up, intake, plan, one short session with its timers, progress."""

import re

import pytest
from playwright.sync_api import Page, expect

from backcoach.core.questions import LEG_SYMPTOMS
from backcoach.core.vocab import LegSymptoms
from tests.browser.conftest import sign_up

pytestmark = pytest.mark.browser


def answer_intake(page: Page) -> None:
    page.goto("/intake/")
    expect(page.get_by_role("heading", name="Warning signs")).to_be_visible()
    page.get_by_label(LEG_SYMPTOMS[LegSymptoms.NONE]).check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()  # no conditions
    page.get_by_label("Your age").fill("44")
    page.get_by_label("Calmer: the pain has settled").check()
    page.locator("input[name=pain_now][value='3']").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_label("No diagnosed injury").check()
    page.get_by_label("Mostly sitting").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Minutes a day for exercise").fill("20")
    page.get_by_label("Beginner: I rarely exercise").check()
    page.get_by_role("button", name="See my plan").click()
    page.wait_for_url("**/plan/")


def shortest_session_today(page: Page) -> str:
    today = page.locator("section.day.today article.session")
    minutes = [int(m) for m in today.locator(".minutes").all_inner_texts() for m in [m.split()[0]]]
    chosen = today.nth(minutes.index(min(minutes)))
    title = chosen.locator("h3").inner_text().rsplit(" ", 2)[0]
    chosen.get_by_role("link", name="Start this session").click()
    return title


def test_it_walks_the_whole_journey(page: Page):
    page.clock.install()
    sign_up(page, "maria")
    answer_intake(page)
    expect(page.locator("section.day.today h2")).to_contain_text("Today")
    title = shortest_session_today(page)
    page.wait_for_selector("#player[data-ready=true]")
    page.locator("input[name=pain_before][value='4']").check()
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#countdown")).to_have_text(re.compile(r"^\d"))
    first = page.locator("#step-title").inner_text()
    page.clock.run_for(3_000)
    page.get_by_role("button", name="Pause").click()
    paused_at = page.locator("#countdown").inner_text()
    page.clock.run_for(5_000)
    expect(page.locator("#countdown")).to_have_text(paused_at)  # paused means paused
    page.keyboard.press("Space")  # resume from the keyboard
    for _ in range(200):  # the timers run the session to its end
        if page.locator("[data-phase=after]").is_visible():
            break
        page.clock.run_for(10_000)
    expect(page.get_by_role("heading", name="Well done: session complete")).to_be_visible()
    assert first
    page.locator("input[name=pain_after][value='2']").check()
    page.locator("input[name=difficulty][value='3']").check()
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/sessions/*/")
    expect(page.locator("dl.facts")).to_contain_text("2/10")
    results = page.request.get("/my-data/export.json").json()["sessions"][0]["results"]
    assert results
    for r in results:  # every exercise logged as done in full, as progression reads it
        assert (r["done_reps"], r["sets_done"], r["skipped"]) == (
            r["target"]["reps"],
            r["target"]["sets"],
            False,
        )
    page.get_by_role("link", name="Progress").click()
    expect(page.locator("ul.sessions")).to_contain_text(title)
    expect(page.locator("svg.chart")).to_be_visible()
