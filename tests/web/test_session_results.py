"""The save reports what happened; the server computes the results with core, as the terminal
player does. Maria plays a session of her plan through the engine's Player, and the web save
of the same steps must log exactly what the terminal would."""

import datetime as dt
import json
import random
import re
from dataclasses import asdict
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from backcoach.core.planning import PlannedSession
from backcoach.core.player import Player
from backcoach.core.records import StopReason
from backcoach.core.timeline import build_timeline
from backcoach.web.coach.library import library
from backcoach.web.coach.models import SessionLog
from backcoach.web.coach.plans import current_plan
from tests.web.intake import answer_intake
from tests.web.sessions import bird_dog, played, post_session, session_body


def a_session_with_sides_and_holds(maria) -> tuple[str, PlannedSession]:
    """The first session of Maria's week with a per-side exercise and a held one, and the URL
    of its player page."""
    today = timezone.localdate()
    plan = current_plan(user=maria, today=today)
    assert plan is not None
    for offset in range(7):
        day = today + dt.timedelta(days=offset)
        for number, planned in enumerate(plan.day(day)):
            if any(i.per_side for i in planned.items) and any(i.hold_s for i in planned.items):
                return reverse("play", args=[day.isoformat(), number]), planned
    raise AssertionError("no session with sides and holds in Maria's week")


def page_data(client: Client, url: str) -> dict[str, Any]:
    page = client.get(url).content.decode()
    found = re.search(r'<script id="player-data" type="application/json">(.*?)</script>', page)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def drive(player: Player, rng: random.Random) -> None:
    """Someone pressing keys at random moments: waits, skips, pauses, sometimes a stop."""
    for _ in range(rng.randint(0, 30)):
        roll = rng.random()
        if roll < 0.75:
            player.tick(rng.choice([0.5, 1, 2, 3, 7, 20, 60]))
        elif roll < 0.9:
            player.skip()
        elif roll < 0.95:
            player.toggle_pause()
        else:
            player.stop(StopReason.TIRED)
            return
    if rng.random() < 0.5:
        player.stop(StopReason.SHARP_PAIN)


def test_it_logs_the_same_results_as_the_terminal_player(maria_client, maria):
    answer_intake(maria_client)
    url, planned = a_session_with_sides_and_holds(maria)
    data = page_data(maria_client, url)
    timeline = build_timeline(planned, library())
    assert data["timeline"] == timeline.to_dict()  # the browser plays the terminal's steps
    rng = random.Random(4)
    for _ in range(25):
        player = Player(timeline)
        drive(player, rng)
        body = session_body(
            title=planned.title,
            items=data["items"],
            completed_steps=sorted(player.completed),
            skipped_exercises=sorted(player.skipped),
            reached_step=player.index,
        )
        assert post_session(maria_client, body).status_code == 201
        saved = SessionLog.objects.get(client_id=body["id"]).results
        assert saved == [asdict(r) for r in player.results(planned)]


def test_it_computes_the_results_from_the_steps_that_ran(maria_client, maria):
    steps = build_timeline(PlannedSession("t", 1, None, (bird_dog(),)), library()).steps
    second_set = next(s.index for s in steps if s.set_no == 2 and s.kind == "work")
    # Bird-dog's first set on both sides, then a stop for sharp pain during the next hold.
    body = session_body(
        stop_reason="sharp_pain",
        completed_steps=list(range(second_set + 1)),
        reached_step=second_set + 1,
    )
    assert post_session(maria_client, body).status_code == 201
    result = SessionLog.objects.get(user=maria).results[0]
    assert result == {
        "exercise": "bird-dog",
        "target": {"sets": 3, "reps": 9, "hold_s": 10},
        "done_reps": 5,
        "done_hold_s": 10,
        "sets_done": 1,
        "skipped": False,
    }


def test_it_counts_no_repetition_done_on_one_side_only(maria_client, maria):
    steps = build_timeline(PlannedSession("t", 1, None, (bird_dog(),)), library()).steps
    left = [s.index for s in steps if s.side == "left"]
    body = session_body(completed_steps=left, skipped_exercises=["bird-dog"])
    assert post_session(maria_client, body).status_code == 201
    result = SessionLog.objects.get(user=maria).results[0]
    assert (result["done_reps"], result["sets_done"], result["skipped"]) == (0, 0, True)


def test_it_logs_a_full_session_as_done_in_full(maria_client, maria):
    assert post_session(maria_client, session_body()).status_code == 201
    result = SessionLog.objects.get(user=maria).results[0]
    assert (result["done_reps"], result["sets_done"], result["done_hold_s"]) == (9, 3, 10)
    assert result["skipped"] is False


def refused(client: Client, **changes: Any) -> str:
    response = post_session(client, session_body(**changes))
    assert response.status_code == 400, response.content
    assert not SessionLog.objects.exists()
    error: str = response.json()["error"]
    return error


def test_it_refuses_step_indexes_outside_the_session(maria_client):
    last = played([bird_dog()])["reached_step"]
    error = refused(maria_client, completed_steps=[0, 1, last + 1])
    assert error.startswith("completed_steps.2: ")
    assert refused(maria_client, completed_steps=[-1]).startswith("completed_steps.0: ")
    assert refused(maria_client, reached_step=last + 1).startswith("reached_step: ")


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        ("completed_steps", ["3"], "completed_steps.0"),
        ("completed_steps", [1.0], "completed_steps.0"),
        ("completed_steps", "0,1,2", "completed_steps"),
        ("reached_step", "5", "reached_step"),
        ("reached_step", True, "reached_step"),
        ("skipped_exercises", [3], "skipped_exercises.0"),
        ("items", {"exercise": "bird-dog"}, "items"),
    ],
)
def test_it_refuses_values_of_the_wrong_type(maria_client, field, value, where):
    assert refused(maria_client, **{field: value}).startswith(f"{where}: ")


@pytest.mark.parametrize(
    ("change", "where", "says"),
    [
        ({"exercise": "moon-walk"}, "items.0.exercise", "unknown exercise 'moon-walk'"),
        ({"sets": "3"}, "items.0.sets", "valid integer"),
        ({"per_side": "no"}, "items.0.per_side", "valid boolean"),
        ({"sets": 11}, "items.0", "sets: Input should be less than or equal to 10"),
        ({"reps_by_set": [5, 3]}, "items.0", "one count per set"),
        ({"colour": "red"}, "items.0.colour", "Extra inputs"),
    ],
)
def test_it_refuses_an_item_that_is_no_planned_dose(maria_client, change, where, says):
    item = played([bird_dog()])["items"][0] | change
    error = refused(maria_client, items=[item])
    assert error.startswith(f"{where}: ")
    assert says in error


def test_it_refuses_a_skipped_exercise_that_was_not_played(maria_client):
    assert refused(maria_client, skipped_exercises=["cat-cow"]).startswith("skipped_exercises.0: ")
    error = refused(maria_client, skipped_exercises=["moon-walk"])
    assert error == "skipped_exercises.0: Value error, unknown exercise 'moon-walk'"


def test_it_refuses_a_session_too_long_to_be_real(maria_client):
    item = played([bird_dog()])["items"][0] | {"sets": 10, "reps_by_set": None, "reps": 60}
    error = refused(maria_client, items=[item | {"hold_s": 1800}])
    assert error.startswith("items: would last ")


def test_it_needs_the_played_items_and_where_the_session_ended(maria_client):
    body = session_body()
    del body["items"]
    response = post_session(maria_client, body)
    assert response.json()["error"] == "items: Field required"
    body = session_body()
    del body["reached_step"]
    assert post_session(maria_client, body).json()["error"] == "reached_step: Field required"
