"""Login throttling: after LOGIN_THROTTLE_LIMIT failures for one user name, or
LOGIN_THROTTLE_ADDRESS_LIMIT from one address (higher: a household or an office shares one),
within the window, further attempts are refused until the window passes. Counts live in the
cache, so a restart forgives them; that is acceptable for a guess-slowing measure."""

import hashlib
from collections.abc import Mapping

from django.conf import settings
from django.core.cache import cache


def _keys(username: str, address: str) -> list[str]:
    name = hashlib.sha256(username.strip().lower().encode()).hexdigest()[:32]
    return [f"login-fail:user:{name}", f"login-fail:addr:{address}"]


def is_blocked(*, username: str, address: str) -> bool:
    limits: tuple[int, int] = (
        settings.LOGIN_THROTTLE_LIMIT,
        settings.LOGIN_THROTTLE_ADDRESS_LIMIT,
    )
    keys = _keys(username, address)
    return any(cache.get(key, 0) >= limit for key, limit in zip(keys, limits, strict=True))


def client_address(meta: Mapping[str, object], *, behind_proxy: bool) -> str:
    """The caller's address. Behind a proxy every request comes from the proxy, so the address
    it appended to X-Forwarded-For (the last one) is the caller's."""
    if behind_proxy:
        forwarded = str(meta.get("HTTP_X_FORWARDED_FOR", "")).split(",")[-1].strip()
        if forwarded:
            return forwarded
    return str(meta.get("REMOTE_ADDR", ""))


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
