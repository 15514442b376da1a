from django.contrib.auth.models import User
from django.db import transaction

from backcoach.web.coach.models import CalendarFeed
from backcoach.web.coach.models.calendar import new_token


@transaction.atomic
def calendar_feed_get(*, user: User) -> CalendarFeed:
    feed, _ = CalendarFeed.objects.get_or_create(user=user)
    return feed


@transaction.atomic
def calendar_feed_reset(*, user: User) -> CalendarFeed:
    """A new token: the old link stops working at once."""
    feed, created = CalendarFeed.objects.get_or_create(user=user)
    if not created:
        feed.token = new_token()
        feed.save(update_fields=["token", "created_at"])
    return feed
