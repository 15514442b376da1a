"""Where the app must refuse: a red flag at the intake, severe pain before a session; and where
a clinician's clearance lets a plan go on, until it is withdrawn."""

import pytest
from playwright.sync_api import Page, expect

from backcoach.core.questions import (
    CLEARANCE_QUESTION,
    CONDITION_QUESTIONS,
    LEG_SYMPTOMS,
    RED_FLAG_QUESTIONS,
)
from backcoach.core.screening import EMERGENCY_SIGNS
from backcoach.core.vocab import Condition, LegSymptoms, RedFlag
from tests.browser.conftest import sign_up
from tests.browser.test_journey import answer_intake, shortest_session_today

pytestmark = pytest.mark.browser


def test_it_ends_a_red_flag_on_the_urgent_page_with_no_plan(page: Page):
    sign_up(page, "ravi")
    page.goto("/intake/")
    page.get_by_label(RED_FLAG_QUESTIONS[RedFlag.SADDLE_NUMBNESS].text).check()
    page.get_by_label(LEG_SYMPTOMS[LegSymptoms.NONE]).check()
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
    expect(page.get_by_role("alert")).to_contain_text("can make it worse")
    expect(page.locator("[data-phase=running]")).to_be_hidden()
    page.locator("input[name=pain_before][value='3']").check()  # the pain eased
    page.get_by_role("button", name="Start").click()
    expect(page.locator("[data-phase=running]")).to_be_visible()
    expect(page.locator("#too-much-pain")).to_be_hidden()


def test_it_ends_symptoms_in_both_legs_at_once(page: Page):
    sign_up(page, "bruno")
    page.goto("/intake/")
    page.get_by_label(LEG_SYMPTOMS[LegSymptoms.BOTH_LEGS]).check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Get medical care today. Do not exercise."
    )


def test_it_takes_a_clearance_shows_it_with_the_plan_and_withdraws_it(page: Page):
    sign_up(page, "ines")
    page.goto("/intake/")
    page.get_by_label(LEG_SYMPTOMS[LegSymptoms.NONE]).check()
    page.get_by_role("button", name="Next").click()
    page.get_by_label(CONDITION_QUESTIONS[Condition.PREGNANCY].text).check()
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Your age").fill("31")
    page.get_by_label("Calmer: the pain has settled").check()
    page.locator("input[name=pain_now][value='2']").check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Cleared to exercise?")
    when = page.get_by_label("When did they clear you?")
    expect(when).to_be_hidden()  # asked once the box is ticked
    page.get_by_label(CLEARANCE_QUESTION.text).check()
    when.fill("2026-01-15")
    page.get_by_label("Who cleared you? (optional)").fill("Dr Ana Silva, midwife")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("No diagnosed injury").check()
    page.get_by_label("A mix").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Beginner: I rarely exercise").check()
    page.get_by_role("button", name="See my plan").click()
    page.wait_for_url("**/plan/")
    cleared = page.locator("section.clearances")
    expect(cleared).to_contain_text(CONDITION_QUESTIONS[Condition.PREGNANCY].text)
    expect(cleared).to_contain_text("Cleared on 15 January 2026 by Dr Ana Silva, midwife")
    expect(page.get_by_text(EMERGENCY_SIGNS)).to_be_visible()
    expect(page.get_by_text("Start this session").first).to_be_visible()
    cleared.get_by_role("link", name="Withdraw").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Withdraw this clearance?")
    page.get_by_role("button", name="Withdraw the clearance").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("See a doctor before you start")
