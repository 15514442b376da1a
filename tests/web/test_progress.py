from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from tests.web.intake import answer_intake
from tests.web.sessions import post_session, session_body


def test_it_draws_the_pain_trend_as_an_accessible_svg(maria_client):
    for days_ago, after in ((3, 4), (1, 2)):
        started = timezone.now() - timedelta(days=days_ago)
        post_session(maria_client, session_body(started_at=started.isoformat(), pain_after=after))
    html = maria_client.get(reverse("progress")).content.decode()
    assert '<svg class="chart"' in html
    assert '<title id="chart-title">Pain over the last 90 days</title>' in html
    assert "after sessions 2/10" in html
    assert "style=" not in html.split('<svg class="chart"')[1].split("</svg>")[0]


def test_it_sets_done_against_planned_in_the_calendar(maria_client):
    answer_intake(maria_client)
    maria_client.get(reverse("plan"))
    post_session(maria_client, session_body())
    html = maria_client.get(reverse("progress")).content.decode()
    assert "1 done of" in html


def test_it_lists_the_sessions(maria_client):
    body = session_body(title="Evening stretch")
    post_session(maria_client, body)
    html = maria_client.get(reverse("progress")).content.decode()
    assert "Evening stretch" in html
    assert reverse("session_detail", args=[body["id"]]) in html


def test_it_says_so_when_there_is_nothing_yet(maria_client):
    assert b"No sessions yet" in maria_client.get(reverse("progress")).content
