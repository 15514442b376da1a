import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import sign_up

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
