"""Tom signs in and tries every URL that shows or changes Maria's data: each answers 404, and
nothing of hers changes. The URL list is checked against the URL configuration, so a new URL
that takes an id cannot be added without being listed here."""

from datetime import timedelta

from django.urls import get_resolver, reverse
from django.urls.resolvers import URLPattern, URLResolver
from django.utils import timezone

from backcoach.web.coach.models import CalendarFeed, CheckIn
from tests.web.intake import answer_intake
from tests.web.sessions import post_session, session_body

# URL names that take a parameter, and why each is safe for another person to call.
OWNED = {"session_detail", "clearance_withdraw"}  # Maria's ids: Tom must get 404
NOT_PERSONAL = {
    "intake_step": "a step name of the caller's own intake",
    "play": "a day and number of the caller's own plan",
    "exercise_detail": "the public library",
    "exercise_figure": "the public library",
    "complex_detail": "the public library",
    "calendar_feed": "a bearer token: whoever holds the secret link may read that plan",
}


def names_with_parameters(patterns=None, found: set[str] | None = None) -> set[str]:
    found = set() if found is None else found
    for p in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(p, URLResolver):
            names_with_parameters(p.url_patterns, found)
        elif isinstance(p, URLPattern) and p.pattern.converters and p.name:
            found.add(p.name)
    return found


def test_it_lists_every_url_that_takes_an_id():
    assert names_with_parameters() == OWNED | set(NOT_PERSONAL)


def test_it_answers_404_to_tom_for_every_url_of_maria_s_data(maria_client, tom_client, maria):
    answer_intake(maria_client)
    body = session_body(stop_reason="sharp_pain")
    post_session(maria_client, body)
    assert maria_client.get(reverse("session_detail", args=[body["id"]])).status_code == 200
    for url in (
        reverse("session_detail", args=[body["id"]]),
        reverse("session_detail", args=[body["id"].upper()]),
    ):
        assert tom_client.get(url).status_code == 404, url


def test_it_keeps_maria_s_data_out_of_tom_s_pages(maria_client, tom_client, maria):
    answer_intake(maria_client)
    yesterday = (timezone.now() - timedelta(days=1)).isoformat()
    body = session_body(title="Maria's secret session", started_at=yesterday)
    post_session(maria_client, body)
    maria_client.get(reverse("my_data"))
    maria_token = CalendarFeed.objects.get(user=maria).token
    for name in ("progress", "export_json", "export_csv", "export_checkins", "my_data", "settings"):
        page = tom_client.get(reverse(name)).content.decode()
        assert "Maria's secret session" not in page, name
        assert body["id"] not in page, name
        assert maria_token not in page, name
    assert tom_client.get(reverse("plan"))["Location"] == reverse("intake")
    tom_client.post(reverse("calendar_reset"))
    assert CalendarFeed.objects.get(user=maria).token == maria_token
    tom_client.post(reverse("checkin"), {"pain": "9"})
    assert not CheckIn.objects.filter(user=maria).exists()
