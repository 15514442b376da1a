"""A device whose clock is wrong still saves its sessions, filed by the server's clock."""

import logging
import zoneinfo
from datetime import UTC, datetime, timedelta
from typing import Any

from backcoach.web.coach.models import SessionLog
from tests.web.sessions import post_session, session_body

SLACK = timedelta(seconds=10)  # the request's own time, measured from outside


def played_on(device_ahead: timedelta, *, ago: timedelta, sent: bool = True) -> dict[str, Any]:
    """A session that started `ago` by the true clock, stamped by a device whose clock is
    `device_ahead` of it; `sent=False` is a body queued by a page that sent no `sent_at`."""
    now = datetime.now(UTC)
    body = session_body(started_at=(now - ago + device_ahead).isoformat())
    if sent:
        body["sent_at"] = (now + device_ahead).isoformat()
    return body


def test_it_saves_a_session_from_a_clock_a_few_seconds_ahead(maria_client, maria):
    for sent in (True, False):
        before = datetime.now(UTC)
        body = played_on(timedelta(seconds=8), ago=timedelta(seconds=3), sent=sent)
        response = post_session(maria_client, body)
        assert response.status_code == 201, response.json()
        saved = SessionLog.objects.get(client_id=body["id"])
        # Within the tolerance the device is believed, except that nothing starts in the future.
        assert before <= saved.started_at <= saved.saved_at
        assert datetime.fromisoformat(response.json()["started_at"]) == saved.started_at


def test_it_files_a_session_by_the_server_clock_when_the_device_is_hours_ahead(
    maria_client, maria, caplog
):
    body = played_on(timedelta(hours=3), ago=timedelta(minutes=20))
    with caplog.at_level(logging.WARNING, logger="backcoach.web.coach.views.sessions"):
        assert post_session(maria_client, body).status_code == 201
    saved = SessionLog.objects.get(user=maria)
    assert abs(saved.started_at - (datetime.now(UTC) - timedelta(minutes=20))) < SLACK
    assert saved.done_seconds == body["done_seconds"]
    assert (
        saved.local_date
        == saved.started_at.astimezone(zoneinfo.ZoneInfo(maria.account.time_zone)).date()
    )
    # What the device said is not lost: the server's log keeps it next to the filed time.
    assert f"the device's clock said it started at {body['started_at']}" in caplog.text


def test_it_files_a_queued_session_as_ending_when_received_if_the_clock_cannot_be_measured(
    maria_client, maria
):
    # A save queued by an older page carries no `sent_at`: a start hours ahead can only be
    # placed by the server's clock, keeping the session's length.
    body = played_on(timedelta(hours=3), ago=timedelta(minutes=20), sent=False)
    assert post_session(maria_client, body).status_code == 201
    saved = SessionLog.objects.get(user=maria)
    ended = saved.started_at + timedelta(seconds=body["done_seconds"])
    assert abs(ended - saved.saved_at) < SLACK


def test_it_saves_a_session_from_a_clock_years_behind(maria_client, maria):
    # A clock reset by a flat battery: the start looks far older than any save the server
    # takes, but the device's error is measured at the send.
    body = played_on(-timedelta(days=365 * 26), ago=timedelta(minutes=20))
    assert post_session(maria_client, body).status_code == 201
    saved = SessionLog.objects.get(user=maria)
    assert abs(saved.started_at - (datetime.now(UTC) - timedelta(minutes=20))) < SLACK


def test_it_files_a_session_saved_late_from_the_outbox_at_its_true_time(maria_client, maria):
    # Played two days ago on a clock an hour ahead, saved only now: the error is measured at
    # this send, so the session keeps its day.
    body = played_on(timedelta(hours=1), ago=timedelta(days=2))
    assert post_session(maria_client, body).status_code == 201
    saved = SessionLog.objects.get(user=maria)
    assert abs(saved.started_at - (datetime.now(UTC) - timedelta(days=2))) < SLACK


def test_it_answers_a_retry_of_a_corrected_save_with_the_same_session(maria_client, maria):
    body = played_on(timedelta(hours=3), ago=timedelta(minutes=20))
    first = post_session(maria_client, body)
    again = post_session(maria_client, body)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["started_at"] == again.json()["started_at"]
    assert SessionLog.objects.filter(user=maria).count() == 1


def test_it_still_refuses_what_no_clock_explains(maria_client, maria):
    too_old = post_session(maria_client, played_on(timedelta(0), ago=timedelta(days=401)))
    assert too_old.status_code == 400
    assert too_old.json()["error"] == "started_at: is more than 400 days ago"
    not_a_time = post_session(maria_client, session_body(sent_at="soon"))
    assert not_a_time.status_code == 400
    assert not_a_time.json()["error"].startswith("sent_at:")
    no_zone = post_session(maria_client, session_body(sent_at="2026-01-01T10:00:00"))
    assert no_zone.status_code == 400
    assert no_zone.json()["error"].startswith("sent_at:")
    assert not SessionLog.objects.filter(user=maria).exists()
