"""Drops cached copies of a user when the row changes: the signed-in user (see `backends`) and
the person's cached pages, whose keys would otherwise outlive a deleted account whose id a new
account reuses (SQLite may reuse the last id)."""

from typing import Any

from django.contrib.auth.models import User
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from backcoach.web.accounts.backends import user_cache_key
from backcoach.web.freshness import after_write
from backcoach.web.pages import forget_pages


def _user_changed(sender: type[User], instance: User, **_: Any) -> None:
    key = user_cache_key(instance.pk)
    after_write(lambda: cache.delete(key))


def _user_deleted(sender: type[User], instance: User, **_: Any) -> None:
    _user_changed(sender, instance)
    forget_pages(instance.pk)


def connect() -> None:
    post_save.connect(_user_changed, sender=User, dispatch_uid="backcoach-user-saved")
    post_delete.connect(_user_deleted, sender=User, dispatch_uid="backcoach-user-deleted")
