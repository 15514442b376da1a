import pytest
from playwright.sync_api import Page, Route, expect

from tests.browser.conftest import sign_up
from tests.browser.test_journey import answer_intake, shortest_session_today

pytestmark = pytest.mark.browser


def test_it_retries_a_lost_save_without_a_duplicate(page: Page):
    """The server stores the session but the answer is lost on the way back: the player keeps
    the session, retries, and the server recognises the retry by its id."""
    page.clock.install()
    sign_up(page, "sam")
    answer_intake(page)
    title = shortest_session_today(page)
    page.wait_for_selector("#player[data-ready=true]")
    page.locator("input[name=pain_before][value='3']").check()
    page.get_by_role("button", name="Start").click()
    page.get_by_role("button", name="Stop").click()
    page.get_by_label("Too tired").check()
    page.get_by_role("button", name="Stop the session").click()

    def reach_server_then_drop(route: Route) -> None:
        route.fetch()  # the server saves it...
        route.abort()  # ...and the answer never arrives

    page.route("**/sessions/save/", reach_server_then_drop)
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#save-status")).to_contain_text("kept on this device")
    # The player retries at once, so a second dropped save may still be in the handler: wait
    # for it, or a later navigation cancels its request under it ("Route is already handled").
    page.unroute_all(behavior="wait")
    with page.expect_response("**/sessions/save/") as retried:
        page.clock.run_for(5_000)
    assert retried.value.status == 200  # found, not created again
    page.goto("/progress/")
    expect(page.locator("ul.sessions li")).to_have_count(1)
    expect(page.locator("ul.sessions")).to_contain_text(title)
    # Stopped while getting ready: the first exercise was in progress, the others never reached.
    results = page.request.get("/my-data/export.json").json()["sessions"][0]["results"]
    assert [r["skipped"] for r in results] == [False] + [True] * (len(results) - 1)
    assert not any(r["done_reps"] for r in results)
