"""Where the app must refuse: a red flag at the intake, severe pain before a session."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import sign_up
from tests.browser.test_journey import answer_intake, shortest_session_today

pytestmark = pytest.mark.browser


def test_it_ends_a_red_flag_on_the_urgent_page_with_no_plan(page: Page):
    sign_up(page, "ravi")
    page.goto("/intake/")
    page.get_by_label("Numbness or tingling in the saddle area").check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Get medical care today. Do not exercise."
    )
    expect(page.get_by_text("Start this session")).to_have_count(0)
    page.get_by_role("link", name="Plan").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Get medical care today")


def test_it_starts_no_session_when_the_pain_before_is_severe(page: Page):
    sign_up(page, "olga")  # the tests share one server: each person has a name of their own
    answer_intake(page)
    shortest_session_today(page)
    page.wait_for_selector("#player[data-ready=true]")
    page.locator("input[name=pain_before][value='8']").check()
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("alert")).to_contain_text("exercise can make it worse")
    expect(page.locator("[data-phase=running]")).to_be_hidden()
    page.locator("input[name=pain_before][value='3']").check()  # the pain eased
    page.get_by_role("button", name="Start").click()
    expect(page.locator("[data-phase=running]")).to_be_visible()
    expect(page.locator("#too-much-pain")).to_be_hidden()
