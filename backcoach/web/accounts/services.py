"""Account changes. Each is one transaction; views call these and nothing else to write."""

from django.contrib.auth.models import User
from django.db import transaction

from backcoach.web.accounts.models import Account
from backcoach.web.accounts.timezones import is_valid


@transaction.atomic
def account_create(*, username: str, password: str, time_zone: str = "UTC") -> User:
    if not is_valid(time_zone):
        raise ValueError(f"unknown time zone {time_zone!r}")
    user = User.objects.create_user(username=username, password=password)
    Account.objects.create(user=user, time_zone=time_zone)
    return user


@transaction.atomic
def account_set_time_zone(*, user: User, time_zone: str) -> Account:
    if not is_valid(time_zone):
        raise ValueError(f"unknown time zone {time_zone!r}")
    account, _ = Account.objects.update_or_create(user=user, defaults={"time_zone": time_zone})
    return account


def account_time_zone(*, user: User) -> str:
    account = Account.objects.filter(user=user).only("time_zone").first()
    return account.time_zone if account else "UTC"


@transaction.atomic
def account_delete(*, user: User) -> None:
    """Deletes the person and, through the foreign keys, everything they logged."""
    user.delete()
