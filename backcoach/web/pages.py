"""A person's rendered pages, kept in the cache until something they show changes.

Each person has a generation: a random token, forgotten whenever a record their pages show is
written (an intake, a session, a check-in: see `coach.signals`) or the account goes. Pages are
cached under the person, the generation, the day and the time zone, so a write makes every
older page unreachable without having to find it, and a new day renders a new page.

What differs between two requests for the same page is filled in per request: the CSRF token
(each browser has its own) replaces a placeholder, and a page carrying a one-time message is
rendered afresh and not kept.
"""

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

from backcoach.web.freshness import after_write

PAGE_S = 6 * 3600
GENERATION_S = 7 * 24 * 3600
# Rendered where the CSRF token goes and replaced on the way out. The token is letters and
# digits, so the replacement needs no escaping.
CSRF_PLACEHOLDER = "csrf-token-filled-in-per-request"


def _generation_key(user_id: int) -> str:
    return f"pages-generation:{user_id}"


def _generation(user_id: int) -> str:
    key = _generation_key(user_id)
    current: str | None = cache.get(key)
    if current is None:
        fresh = uuid.uuid4().hex
        cache.add(key, fresh, GENERATION_S)  # add: two first requests agree on one generation
        current = cache.get(key) or fresh
    return current


def forget_pages(user_id: int) -> None:
    """Every page cached for this person so far is stale: call it on each write they show."""
    key = _generation_key(user_id)
    after_write(lambda: cache.delete(key))


_renders: dict[str, threading.Lock] = {}
_renders_guard = threading.Lock()


@contextmanager
def _one_render(key: str) -> Iterator[None]:
    """Requests that miss the same page at once render it once: the first renders, the rest
    wait and then read its copy. After a write a person's open tabs (or a load test) would
    otherwise each replay their whole history through the engine at the same time. Within
    this process only; other processes may render their own copy, which is merely slower."""
    with _renders_guard:
        lock = _renders.setdefault(key, threading.Lock())
    try:
        with lock:
            yield
    finally:
        with _renders_guard:
            if _renders.get(key) is lock and not lock.locked():
                del _renders[key]


def cached_page(
    request: HttpRequest, user_id: int, name: str, render: Callable[[str], HttpResponse]
) -> HttpResponse:
    """`render(csrf_token)` renders the page; a 200 answer is kept for this person and day."""
    if messages.get_messages(request):  # a one-time message must not be kept
        return _with_token(request, render(CSRF_PLACEHOLDER))
    key = ":".join(
        (
            "page",
            str(user_id),
            _generation(user_id),
            name,
            timezone.localdate().isoformat(),
            timezone.get_current_timezone_name(),
        )
    )
    body: bytes | None = cache.get(key)
    if body is None:
        with _one_render(key):
            body = cache.get(key)  # rendered while this request waited
            if body is None:
                response = render(CSRF_PLACEHOLDER)
                if response.status_code != 200:
                    return response
                body = response.content
                cache.set(key, body, PAGE_S)
    return _with_token(request, HttpResponse(body))


def _with_token(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    placeholder = CSRF_PLACEHOLDER.encode()
    if placeholder in response.content:  # most pages have no form
        response.content = response.content.replace(placeholder, get_token(request).encode())
    return response
