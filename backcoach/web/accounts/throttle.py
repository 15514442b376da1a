"""Login throttling: after LOGIN_THROTTLE_LIMIT failures for one user name or from one address
within the window, further attempts are refused until the window passes. Counts live in the
cache, so a restart forgives them; that is acceptable for a guess-slowing measure."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def _keys(username: str, address: str) -> list[str]:
    name = hashlib.sha256(username.strip().lower().encode()).hexdigest()[:32]
    return [f"login-fail:user:{name}", f"login-fail:addr:{address}"]


def is_blocked(*, username: str, address: str) -> bool:
    limit: int = settings.LOGIN_THROTTLE_LIMIT
    return any(cache.get(key, 0) >= limit for key in _keys(username, address))


def record_failure(*, username: str, address: str) -> None:
    window: int = settings.LOGIN_THROTTLE_WINDOW_S
    for key in _keys(username, address):
        if cache.add(key, 1, window):
            continue
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, window)


def record_success(*, username: str, address: str) -> None:
    cache.delete(_keys(username, address)[0])
