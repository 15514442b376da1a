"""Personas for the web tests. Maria is an office worker with low back pain who uses backcoach
on her phone; Tom is another person on the same server whose data Maria must never see."""

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client

from backcoach.web.accounts.services import account_create
from backcoach.web.accounts.timezones import SESSION_KEY

PASSWORD = "a long walk on the beach 42"


@pytest.fixture(autouse=True)
def _empty_cache():
    # Test databases roll back and reuse ids; a plan cached by an earlier test must not leak.
    cache.clear()


@pytest.fixture
def maria(db) -> User:
    return account_create(username="maria", password=PASSWORD, time_zone="Europe/Lisbon")


@pytest.fixture
def tom(db) -> User:
    return account_create(username="tom", password=PASSWORD, time_zone="America/Chicago")


def signed_in(user: User) -> Client:
    client = Client(enforce_csrf_checks=False)
    client.force_login(user)
    session = client.session
    session[SESSION_KEY] = user.account.time_zone
    session.save()
    return client


@pytest.fixture
def maria_client(maria) -> Client:
    return signed_in(maria)


@pytest.fixture
def tom_client(tom) -> Client:
    return signed_in(tom)
