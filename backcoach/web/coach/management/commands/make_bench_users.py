"""Makes benchmark people: each with an account, an intake and a year of sessions, morning
check-ins and planned days, written in bulk. All share one password (hashed once), since
hashing 10,000 Argon2 passwords would take longer than everything else together."""

import datetime as dt
import random
import uuid
from typing import Any

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils import timezone

from backcoach.web.accounts.models import Account
from backcoach.web.coach.models import CheckIn, Intake, PlannedDay, SessionLog

PASSWORD = "bench password, not for real use"
PROFILE = {
    "age": 45,
    "pain_now": 3,
    "phase": "remission",
    "situation": "no_injury",
    "workday": "sitting",
    "minutes_per_day": 20,
    "level": "beginner",
}
RESULT = {
    "exercise": "bird-dog",
    "target": {"sets": 3, "reps": 9, "hold_s": 10},
    "done_reps": 9,
    "done_hold_s": 10,
    "sets_done": 3,
    "skipped": False,
}


class Command(BaseCommand):
    help = "Create benchmark users with a year of history each (bench-00001, bench-00002...)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--users", type=int, default=10_000)
        parser.add_argument("--days", type=int, default=365)
        parser.add_argument("--batch", type=int, default=200)

    def handle(self, *args: Any, **options: Any) -> None:
        users, days, batch = options["users"], options["days"], options["batch"]
        password = make_password(PASSWORD)
        today = timezone.localdate()
        start = User.objects.filter(username__startswith="bench-").count()
        for first in range(start, users, batch):
            last = min(first + batch, users)
            self._batch(range(first, last), password, today, days)
            self.stdout.write(f"{last} of {users} users")

    @transaction.atomic
    def _batch(self, numbers: range, password: str, today: dt.date, days: int) -> None:
        people = User.objects.bulk_create(
            [User(username=f"bench-{n:05d}", password=password) for n in numbers]
        )
        if any(p.pk is None for p in people):  # backends that do not return ids
            names = [f"bench-{n:05d}" for n in numbers]
            people = list(User.objects.filter(username__in=names))
        Account.objects.bulk_create([Account(user=p) for p in people])
        begin = today - dt.timedelta(days=days)
        Intake.objects.bulk_create(
            [Intake(user=p, start_date=begin, profile=PROFILE, status="ok") for p in people]
        )
        for person in people:
            self._history(person, begin, today, random.Random(person.pk))

    def _history(self, person: User, begin: dt.date, today: dt.date, rng: random.Random) -> None:
        sessions, checkins, planned = [], [], []
        for offset in range((today - begin).days):
            day = begin + dt.timedelta(days=offset)
            planned.append(PlannedDay(user=person, date=day, sessions=2, minutes=14))
            if rng.random() < 0.3:
                continue
            pain = rng.randint(1, 6)
            started = dt.datetime.combine(day, dt.time(8, rng.randint(0, 59)), dt.UTC)
            sessions.append(
                SessionLog(
                    user=person,
                    client_id=uuid.UUID(int=rng.getrandbits(128)),
                    started_at=started,
                    local_date=day,
                    title="McGill's big three",
                    planned_seconds=420,
                    done_seconds=410,
                    pain_before=pain,
                    pain_after=max(0, pain - rng.randint(0, 2)),
                    difficulty=rng.randint(2, 6),
                    results=[RESULT],
                )
            )
            if rng.random() < 0.5:
                checkins.append(CheckIn(user=person, date=day, pain=max(0, pain - 1)))
        SessionLog.objects.bulk_create(sessions)
        CheckIn.objects.bulk_create(checkins)
        PlannedDay.objects.bulk_create(planned)
