"""The morning check-in: how the back feels the day after a session. It is the one record of
next-morning pain and soreness; progression reads it through `history_for`."""

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction

from backcoach.web.coach.models import CheckIn


@transaction.atomic
def checkin_record(*, user: User, date: dt.date, pain: int, sore: bool = False) -> CheckIn:
    if not 0 <= pain <= 10:
        raise ValueError("pain must be 0 to 10")
    checkin, _ = CheckIn.objects.update_or_create(
        user=user, date=date, defaults={"pain": pain, "sore": sore}
    )
    return checkin
