"""When a plan week starts: on the intake day, every seven days, and at once after a safety stop
or a sore morning, so the engine's answer to it applies the same day."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User
from django.utils import timezone

from backcoach.web.coach.access import current_intake
from backcoach.web.coach.history import history_for
from backcoach.web.coach.models import Intake
from backcoach.web.coach.plans import activity, current_plan, plan_anchor
from backcoach.web.coach.services.checkins import checkin_record
from tests.web.intake import answer_intake
from tests.web.sessions import post_session, session_body


def started_intake(client, user, days_ago: int) -> Intake:
    answer_intake(client)
    intake = current_intake(user)
    assert intake is not None
    intake.start_date = timezone.localdate() - timedelta(days=days_ago)
    intake.save()
    return intake


def anchor_of(user: User, intake: Intake) -> date:
    today = timezone.localdate()
    return plan_anchor(intake=intake, seen=activity(user=user, today=today), today=today)


def at_noon(days_ago: int) -> str:
    day = timezone.localdate() - timedelta(days=days_ago)
    return datetime.combine(day, time(12), UTC).isoformat()


def test_it_counts_weeks_from_the_intake_day(maria_client, maria):
    intake = started_intake(maria_client, maria, days_ago=9)
    assert anchor_of(maria, intake) == timezone.localdate() - timedelta(days=2)


def test_it_starts_a_new_week_the_day_of_a_safety_stop(maria_client, maria):
    intake = started_intake(maria_client, maria, days_ago=5)
    post_session(maria_client, session_body(stop_reason="sharp_pain", started_at=at_noon(1)))
    assert anchor_of(maria, intake) == timezone.localdate() - timedelta(days=1)


def test_it_ignores_a_stop_for_tiredness(maria_client, maria):
    intake = started_intake(maria_client, maria, days_ago=5)
    post_session(maria_client, session_body(stop_reason="tired", started_at=at_noon(1)))
    assert anchor_of(maria, intake) == timezone.localdate() - timedelta(days=5)


def test_it_starts_a_new_week_after_a_sore_morning(maria_client, maria):
    intake = started_intake(maria_client, maria, days_ago=5)
    checkin_record(user=maria, date=timezone.localdate(), pain=3, sore=True)
    assert anchor_of(maria, intake) == timezone.localdate()
    plan = current_plan(user=maria, today=timezone.localdate())
    assert plan is not None
    assert plan.result.plan is not None
    assert plan.result.plan.start == timezone.localdate()


def test_an_evening_stop_west_of_utc_counts_on_its_own_day(tom_client, tom):
    # 22:30 in Chicago is already the next day in UTC; the plan for that evening must see it.
    chicago = ZoneInfo("America/Chicago")
    day = timezone.now().astimezone(chicago).date() - timedelta(days=2)
    evening = datetime.combine(day, time(22, 30), chicago)
    answer_intake(tom_client)
    Intake.objects.filter(user=tom).update(start_date=day - timedelta(days=3))
    stop = session_body(stop_reason="sharp_pain", started_at=evening.isoformat())
    assert post_session(tom_client, stop).status_code == 201
    (record,) = history_for(user=tom)
    assert record.day == day
    plan = current_plan(user=tom, today=day)
    assert plan is not None
    assert plan.result.plan is not None
    assert plan.result.plan.start == day
    assert any(f"Sharp pain on {day.isoformat()}" in c for c in plan.result.plan.changes)


def test_it_answers_a_painful_session_at_once_not_next_week(maria_client, maria):
    intake = started_intake(maria_client, maria, days_ago=4)
    body = session_body(started_at=at_noon(1), pain_before=3, pain_after=8)
    post_session(maria_client, body)
    assert anchor_of(maria, intake) == timezone.localdate() - timedelta(days=1)
    plan = current_plan(user=maria, today=timezone.localdate())
    assert plan is not None
    assert plan.result.plan is None  # 8/10 after the session: no plan until it eases
    assert [r.code for r in plan.result.reasons] == ["severe_pain"]


def test_it_answers_a_painful_morning_at_once(maria_client, maria):
    intake = started_intake(maria_client, maria, days_ago=4)
    checkin_record(user=maria, date=timezone.localdate(), pain=6, sore=False)
    assert anchor_of(maria, intake) == timezone.localdate()
