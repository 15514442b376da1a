import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import sign_up
from tests.browser.test_journey import answer_intake, shortest_session_today

pytestmark = pytest.mark.browser


def test_it_resumes_a_session_after_a_reload(page: Page):
    page.clock.install()
    sign_up(page, "lena")
    answer_intake(page)
    shortest_session_today(page)
    page.wait_for_selector("#player[data-ready=true]")
    page.locator("input[name=pain_before][value='5']").check()
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(12_000)
    step = page.locator("#step-count").inner_text()
    title = page.locator("#step-title").inner_text()
    page.reload()
    page.wait_for_selector("#player[data-ready=true]")
    expect(page.locator("#resumed")).to_be_visible()
    expect(page.locator("#step-count")).to_have_text(step)
    expect(page.locator("#step-title")).to_have_text(title)
    expect(page.get_by_role("button", name="Resume")).to_be_visible()
    before = page.locator("#countdown").inner_text()
    page.get_by_role("button", name="Resume").click()
    page.clock.run_for(2_000)
    assert page.locator("#countdown").inner_text() != before or (
        page.locator("#step-count").inner_text() != step
    )
