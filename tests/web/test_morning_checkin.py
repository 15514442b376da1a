"""The morning check-in is the one record of next-morning pain that progression reads."""

from datetime import UTC, datetime, timedelta

from django.urls import reverse

from backcoach.web.coach.history import history_for
from backcoach.web.coach.services.checkins import checkin_record
from tests.web.sessions import post_session, session_body


def test_it_gives_a_late_saved_session_the_next_morning_s_pain(maria_client, maria):
    # The check-in comes first, then yesterday's session arrives from the outbox.
    yesterday = datetime.now(UTC) - timedelta(days=1)
    checkin_record(user=maria, date=yesterday.date() + timedelta(days=1), pain=6, sore=True)
    body = session_body(started_at=yesterday.replace(hour=12).isoformat())
    assert post_session(maria_client, body).status_code == 201
    (record,) = history_for(user=maria)
    assert record.pain_next_morning == 6
    assert record.sore_next_day is True
    page = maria_client.get(reverse("session_detail", args=[body["id"]])).content.decode()
    assert "6/10, sore" in page


def test_it_leaves_the_next_morning_empty_without_a_check_in(maria_client, maria):
    body = session_body()
    assert post_session(maria_client, body).status_code == 201
    (record,) = history_for(user=maria)
    assert record.pain_next_morning is None
    assert record.sore_next_day is None
