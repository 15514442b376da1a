"""In the player the figure follows the timer: a hold on the timer is a hold in the figure."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import sign_up
from tests.browser.test_journey import answer_intake, shortest_session_today

pytestmark = pytest.mark.browser


def figure_src(page: Page) -> str:
    return page.locator("#step-figure img").get_attribute("src") or ""


def test_it_shows_the_held_pose_during_holds_and_mirrors_the_right_side(page: Page):
    page.clock.install()
    sign_up(page, "tomas")
    answer_intake(page)
    shortest_session_today(page)  # the office routine: its knee press holds, on each side
    page.wait_for_selector("#player[data-ready=true]")
    page.locator("input[name=pain_before][value='3']").check()
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#player")).to_have_attribute("data-kind", "get_ready")
    assert figure_src(page).endswith("?view=start")
    seen: dict[tuple[str, bool], str] = {}
    for _ in range(400):
        kind = page.locator("#player").get_attribute("data-kind") or ""
        if kind == "done" or page.locator("[data-phase=after]").is_visible():
            break
        if page.locator("#step-figure img").count():
            mirrored = "mirrored" in (page.locator("#step-figure img").get_attribute("class") or "")
            seen.setdefault((kind, mirrored), figure_src(page))
        page.clock.run_for(1_000)
    assert seen[("hold", False)].endswith("?view=hold")
    assert seen[("hold", True)].endswith("?view=hold")  # the right side, mirrored
    assert seen[("work", False)].endswith("?view=one-side")
