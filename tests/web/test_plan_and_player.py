import json
import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from backcoach.web.coach.models import PlannedDay
from tests.web.intake import answer_intake
from tests.web.sessions import post_session, session_body


def found(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    assert match, pattern
    return match.group(1)


def first_play_url(html: str) -> str:
    return found(r'href="(/play/[^"]+)"', html)


def test_it_shows_today_first_with_dose_reason_and_links(maria_client):
    answer_intake(maria_client)
    html = maria_client.get(reverse("plan")).content.decode()
    assert html.index("Today") < html.index("Tomorrow")
    assert "seed 00" in html  # each item cites its source
    assert reverse("exercise_detail", args=["bird-dog"]) in html


def test_it_remembers_what_was_planned_for_the_calendar(maria_client, maria):
    answer_intake(maria_client)
    maria_client.get(reverse("plan"))
    today = PlannedDay.objects.get(user=maria, date=timezone.localdate())
    assert today.sessions >= 1
    assert PlannedDay.objects.filter(user=maria).count() == 7


def test_it_hands_the_core_timeline_to_the_player(maria_client):
    answer_intake(maria_client)
    url = first_play_url(maria_client.get(reverse("plan")).content.decode())
    page = maria_client.get(url).content.decode()
    data = json.loads(
        found(r'<script id="player-data" type="application/json">(.*?)</script>', page)
    )
    steps = data["timeline"]["steps"]
    assert steps[-1]["kind"] == "done"
    played = [s["exercise"] for s in steps if s["kind"] == "get_ready"]
    assert [i["exercise"] for i in data["items"]] == played  # sent back with the save
    assert "sharp_pain" in data["advice"]
    assert 'src="/static/backcoach/js/player.js"' in page


def test_it_answers_404_for_a_session_not_in_the_plan(maria_client):
    answer_intake(maria_client)
    assert maria_client.get(reverse("play", args=["2001-01-01", 0])).status_code == 404
    assert maria_client.get(reverse("play", args=["not-a-day", 0])).status_code == 404


def test_it_marks_a_saved_session_done_on_the_plan(maria_client):
    answer_intake(maria_client)
    html = maria_client.get(reverse("plan")).content.decode()
    title = found(r"<h3>(.*?) <span", html).replace("&#x27;", "'")
    post_session(maria_client, session_body(title=title))
    html = maria_client.get(reverse("plan")).content.decode()
    assert "See how it went" in html


def test_it_asks_how_the_back_feels_the_morning_after(maria_client, maria):
    answer_intake(maria_client)
    yesterday = timezone.now() - timedelta(days=1)
    body = session_body(started_at=yesterday.isoformat())
    post_session(maria_client, body)
    assert b"Good morning" in maria_client.get(reverse("plan")).content
    maria_client.post(reverse("checkin"), {"pain": "2"})
    assert b"Good morning" not in maria_client.get(reverse("plan")).content
    detail = maria_client.get(reverse("session_detail", args=[body["id"]])).content
    assert b"Next morning" in detail
