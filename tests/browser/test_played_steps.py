"""The player reports the steps that ran, a skip and where it stopped; the server's results are
core's reading of exactly that report."""

import datetime as dt
import json
from typing import Any

import pytest
from playwright.sync_api import Page

from backcoach.core.planning import PlanItem, PlannedSession
from backcoach.core.results import exercise_results
from backcoach.core.timeline import build_timeline
from tests.browser.conftest import sign_up
from tests.browser.test_journey import answer_intake, shortest_session_today

pytestmark = pytest.mark.browser


def plan_item(data: dict[str, Any]) -> PlanItem:
    by_set = data["reps_by_set"]
    return PlanItem(**data | {"why": "", "reps_by_set": tuple(by_set) if by_set else None})


def test_it_reports_a_step_that_ended_just_before_a_key(page: Page):
    """The player's timer looks at the clock five times a second; a step that ran out since
    its last look still ran to its end when the person presses skip or stop."""
    an_hour_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    page.clock.install(time=an_hour_ago)
    sign_up(page, "noor")
    answer_intake(page)
    shortest_session_today(page)
    page.wait_for_selector("#player[data-ready=true]")
    data: dict[str, Any] = json.loads(page.locator("#player-data").inner_text())
    steps = data["timeline"]["steps"]
    assert len(steps) > 5
    page.clock.pause_at(an_hour_ago + dt.timedelta(minutes=5))  # time moves only when told
    page.locator("input[name=pain_before][value='4']").check()
    page.get_by_role("button", name="Start").click()
    # A pause 100 ms in puts the timer's looks 100 ms after every whole second from the start.
    page.clock.run_for(100)
    page.get_by_role("button", name="Pause").click()
    page.get_by_role("button", name="Resume").click()
    ends = 1000 * (steps[0]["seconds"] + steps[1]["seconds"])
    page.clock.run_for(ends - 100 + 50)  # step 1 ran out 50 ms ago, unseen by the timer
    page.locator("#skip").click()  # skips step 2
    page.clock.run_for(1000 * steps[3]["seconds"] + 25)
    page.get_by_role("button", name="Stop").click()  # step 3 ran out 25 ms ago
    page.get_by_label("Too tired").check()
    page.get_by_role("button", name="Stop the session").click()
    with page.expect_request("**/sessions/save/") as saving:
        page.get_by_role("button", name="Save").click()
    sent = saving.value.post_data_json
    assert sent is not None
    assert sent["completed_steps"] == [0, 1, 3]
    assert sent["skipped_exercises"] == [steps[2]["exercise"]]
    assert sent["reached_step"] == 4
    assert sent["items"] == data["items"]
    page.wait_for_url("**/sessions/*/")
    saved = page.request.get("/my-data/export.json").json()["sessions"][0]["results"]
    items = tuple(plan_item(i) for i in data["items"])
    expected = exercise_results(
        items,
        build_timeline(PlannedSession("", 0, None, items)),
        completed=[0, 1, 3],
        skipped=[steps[2]["exercise"]],
        reached=4,
    )
    assert [r["done_reps"] for r in saved] == [r.done_reps for r in expected]
    assert [r["skipped"] for r in saved] == [r.skipped for r in expected]
