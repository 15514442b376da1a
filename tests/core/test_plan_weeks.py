"""When a plan week starts: every seven days from the first day, and at once on a safety event."""

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from backcoach.core.planning import safety_event_days, week_start
from backcoach.core.records import SessionRecord, StopReason

START = date(2026, 3, 2)


def day(n: int) -> date:
    return START + timedelta(days=n)


def test_it_repeats_every_seven_days_from_the_start():
    assert [week_start(start=START, events=(), today=day(n)) for n in (0, 6, 7, 13, 15)] == [
        day(0),
        day(0),
        day(7),
        day(7),
        day(14),
    ]


def test_it_starts_a_new_week_on_the_day_of_an_event():
    assert week_start(start=START, events=[day(3)], today=day(3)) == day(3)
    assert week_start(start=START, events=[day(3)], today=day(9)) == day(3)
    assert week_start(start=START, events=[day(3)], today=day(10)) == day(10)


def test_it_ignores_an_event_before_the_start():
    # An event of an earlier intake says nothing about the weeks of this one.
    assert week_start(start=START, events=[day(-2)], today=day(3)) == START
    assert week_start(start=START, events=[day(-2)], today=day(8)) == day(7)


def test_it_keeps_the_week_when_an_event_falls_on_its_boundary():
    assert week_start(start=START, events=[day(7)], today=day(7)) == day(7)
    assert week_start(start=START, events=[day(7)], today=day(16)) == day(14)
    assert week_start(start=START, events=[START], today=day(2)) == START


def test_it_counts_from_the_latest_of_two_events():
    for events in ([day(2), day(5)], [day(5), day(2)]):
        assert week_start(start=START, events=events, today=day(6)) == day(5)
        assert week_start(start=START, events=events, today=day(12)) == day(12)


def test_it_ignores_an_event_after_today():
    # A date ahead of today (a time-zone change, a clock set wrong) has not happened yet.
    assert week_start(start=START, events=[day(5)], today=day(3)) == START
    assert week_start(start=START, events=[day(2), day(5)], today=day(3)) == day(2)


@given(
    st.dates(date(2000, 1, 1), date(2100, 1, 1)),
    st.lists(st.integers(-30, 60), max_size=4),
    st.integers(-30, 60),
)
def test_it_always_gives_the_week_that_holds_today(start, event_offsets, today_offset):
    today = start + timedelta(days=today_offset)
    events = [start + timedelta(days=n) for n in event_offsets]
    first = week_start(start=start, events=events, today=today)
    assert first <= today < first + timedelta(days=7)
    base = max((d for d in events if start <= d <= today), default=start)
    assert (first - base).days % 7 == 0


def record(n: int, stop: StopReason | None = None, sore: bool | None = None) -> SessionRecord:
    started = datetime.combine(day(n), time(12), UTC)
    return SessionRecord(
        id=str(n), started_at=started, title="t", pain_before=2, stop_reason=stop,
        sore_next_day=sore,
    )  # fmt: skip


def test_it_finds_the_safety_events_of_a_log():
    log = [
        record(0, stop=StopReason.TIRED),
        record(1, stop=StopReason.SHARP_PAIN),
        record(2, stop=StopReason.NAUSEA),
        record(3, stop=StopReason.DIZZINESS),
        record(4, sore=True),
        record(5, sore=False),
    ]
    assert safety_event_days(log) == [day(1), day(2), day(3), day(5)]


def test_it_starts_a_new_week_after_a_painful_session_or_morning():
    def record(n: int, after: int | None, morning: int | None) -> SessionRecord:
        at = datetime.combine(day(n), time(18), UTC)
        return SessionRecord(id=f"r{n}", started_at=at, title="t", pain_before=2,
                             pain_after=after, pain_next_morning=morning)  # fmt: skip

    assert safety_event_days([record(1, after=6, morning=None)]) == [day(1)]
    assert safety_event_days([record(1, after=4, morning=None)]) == [day(1)]  # 2 points up
    assert safety_event_days([record(1, after=3, morning=5)]) == [day(2)]
    assert safety_event_days([record(1, after=3, morning=3)]) == []
