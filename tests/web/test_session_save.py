import datetime as dt
import json

from django.test import Client
from django.urls import reverse

from backcoach.web.accounts.timezones import SESSION_KEY
from backcoach.web.coach.models import SessionLog
from tests.web.sessions import older_page_body, post_session, session_body


def test_it_saves_a_session_with_pain_and_difficulty(maria_client, maria):
    response = post_session(maria_client, session_body())
    assert response.status_code == 201
    saved = SessionLog.objects.get(user=maria)
    assert (saved.pain_before, saved.pain_after, saved.difficulty) == (5, 3, 4)
    assert saved.results[0]["exercise"] == "bird-dog"


def test_it_never_duplicates_a_retried_save(maria_client, maria):
    body = session_body()
    first = post_session(maria_client, body)
    again = post_session(maria_client, body)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == body["id"]
    assert SessionLog.objects.filter(user=maria).count() == 1


def test_it_keeps_two_people_s_sessions_apart_even_with_the_same_id(maria_client, tom_client):
    body = session_body()
    assert post_session(maria_client, body).status_code == 201
    assert post_session(tom_client, body).status_code == 201
    assert SessionLog.objects.count() == 2


def test_it_gives_clear_advice_after_a_stop_for_dizziness(maria_client):
    body = session_body(stop_reason="dizziness", pain_after=None)
    answer = post_session(maria_client, body).json()
    assert answer["safety_stop"] is True
    assert "sit or lie down" in answer["advice"]
    page = maria_client.get(reverse("session_detail", args=[body["id"]]))
    assert b"Stopped: Dizziness" in page.content


def test_it_refuses_a_pain_outside_zero_to_ten(maria_client, maria):
    response = post_session(maria_client, session_body(pain_after=11))
    assert response.status_code == 400
    assert "pain_after" in response.json()["error"]
    assert not SessionLog.objects.filter(user=maria).exists()


def test_it_refuses_an_unknown_exercise(maria_client):
    body = session_body()
    body["items"][0]["exercise"] = "moon-walk"
    response = post_session(maria_client, body)
    assert response.status_code == 400
    assert response.json()["error"] == "items.0.exercise: Value error, unknown exercise 'moon-walk'"


def test_it_still_takes_a_save_queued_by_an_older_page(maria_client, maria):
    # A browser's outbox may hold a session from before the server computed results: it
    # carries the browser's own results, which are kept as they came, and retries stay safe.
    body = older_page_body()
    assert post_session(maria_client, body).status_code == 201
    assert post_session(maria_client, body).status_code == 200
    assert SessionLog.objects.get(user=maria).results == body["results"]
    body = older_page_body()
    body["results"][0]["exercise"] = "moon-walk"
    error = post_session(maria_client, body).json()["error"]
    assert error == "results.0.exercise: Value error, unknown exercise 'moon-walk'"


def test_it_refuses_a_body_with_both_kinds_of_report(maria_client, maria):
    body = session_body(results=older_page_body()["results"])
    response = post_session(maria_client, body)
    assert response.status_code == 400
    assert response.json()["error"].startswith("results: comes from an older page")
    assert not SessionLog.objects.filter(user=maria).exists()


def test_it_refuses_a_body_that_is_not_json(maria_client):
    for body, why in (
        ("{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ("[" * 100_000, "nested too deeply"),  # deeper than the parser can go
        (b'{"title": "\xff"}', "not UTF-8 text"),
    ):
        response = maria_client.post(reverse("session_save"), body, content_type="application/json")
        assert response.status_code == 400
        assert response.json()["error"] == f"body: not valid JSON ({why})"


def test_it_refuses_a_number_too_long_to_read_with_a_400(maria_client, maria):
    # Python refuses to turn more than 4300 digits into an int; that was a 500.
    body = json.dumps(session_body(pain_before=0)).replace(
        '"pain_before": 0', '"pain_before": ' + "9" * 5000
    )
    response = maria_client.post(reverse("session_save"), body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"] == (
        "body: not valid JSON (a number of 5000 digits; at most 4300 are read)"
    )
    assert not SessionLog.objects.filter(user=maria).exists()


def test_it_refuses_dates_from_long_ago_and_control_characters(maria_client, maria):
    long_ago = post_session(maria_client, session_body(started_at="0001-01-01T00:00:00+05:00"))
    assert long_ago.status_code == 400
    assert long_ago.json()["error"].startswith("started_at: is more than")
    nul = post_session(maria_client, session_body(notes="sore\x00back"))
    assert nul.status_code == 400
    assert nul.json()["error"].startswith("notes:")
    assert post_session(maria_client, session_body(notes="line one\nline two")).status_code == 201
    assert SessionLog.objects.filter(user=maria).count() == 1


def test_it_requires_csrf_for_a_save(maria):
    client = Client(enforce_csrf_checks=True)
    client.force_login(maria)
    response = client.post(
        reverse("session_save"), json.dumps(session_body()), content_type="application/json"
    )
    assert response.status_code == 403


def recent_day() -> dt.date:
    """A day two days back, so these saves stay within the 400 days a save may go back."""
    return dt.date.today() - dt.timedelta(days=2)


def test_it_files_the_session_under_the_person_s_local_day(maria_client, maria):
    # 03:30 UTC on a day is still the evening before in Chicago (the session's zone).
    day = recent_day()
    session = maria_client.session
    session[SESSION_KEY] = "America/Chicago"
    session.save()
    body = session_body(started_at=f"{day + dt.timedelta(days=1)}T03:30:00+00:00")
    post_session(maria_client, body)
    assert SessionLog.objects.get(user=maria).local_date == day
    maria.account.time_zone = "Asia/Tokyo"
    maria.account.save()
    tokyo = session_body(started_at=f"{day}T23:30:00+00:00")
    client = Client()
    client.force_login(maria)
    post_session(client, tokyo)
    assert SessionLog.objects.get(client_id=tokyo["id"]).local_date == day + dt.timedelta(days=1)


def test_it_files_by_the_account_zone_when_the_session_has_none(tom):
    # A session without a stored zone (as before the zone was kept in it) takes the account's,
    # for saves and for the plan's "today" alike; Tom's account is in Chicago.
    day = recent_day()
    client = Client()
    client.force_login(tom)
    body = session_body(started_at=f"{day + dt.timedelta(days=1)}T03:30:00+00:00")
    post_session(client, body)
    assert SessionLog.objects.get(client_id=body["id"]).local_date == day
    assert client.session[SESSION_KEY] == "America/Chicago"
