from django.test import Client
from django.urls import reverse

from backcoach.web.coach.models import CalendarFeed
from tests.web.intake import answer_intake


def feed_url(client, user) -> str:
    client.get(reverse("my_data"))
    return reverse("calendar_feed", args=[CalendarFeed.objects.get(user=user).token])


def test_it_serves_the_planned_sessions_as_icalendar(maria_client, maria):
    answer_intake(maria_client)
    body = Client().get(feed_url(maria_client, maria)).content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n")
    assert body.count("BEGIN:VEVENT") >= 7
    assert "SUMMARY:backcoach: " in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_it_refuses_an_unknown_token(db):
    assert Client().get(reverse("calendar_feed", args=["nope"])).status_code == 404


def test_it_has_no_events_before_the_intake(maria_client, maria):
    body = Client().get(feed_url(maria_client, maria)).content.decode()
    assert "BEGIN:VEVENT" not in body
