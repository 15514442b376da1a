"""Sign-in as Django's model backend does it, with the signed-in user read from the cache.

Every signed-in request needs its user (to check the session against the password and the
account's state); reading it from the cache saves a query on each. The entry is dropped
whenever the user row is saved or deleted (see `signals`), so a changed password, a
deactivation or a deletion takes effect on the next request, as without the cache.
"""

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import User
from django.core.cache import cache

USER_CACHE_S = 3600


def user_cache_key(user_id: Any) -> str:
    return f"auth-user:{user_id}"


class CachedModelBackend(ModelBackend):
    def get_user(self, user_id: Any) -> User | None:
        key = user_cache_key(user_id)
        user: User | None = cache.get(key)
        if user is None:
            user = super().get_user(user_id)
            if user is not None:
                cache.set(key, user, USER_CACHE_S)
        return user
