"""Two `backcoach serve` processes behind one address share the database and, through
BACKCOACH_CACHE_URL, one Redis cache. What one process knows from its cache must hold in the
other: a sign-in, a sign-out, and a plan page made stale by a session saved through the other.
Needs Redis on 127.0.0.1:6379: skipped on a developer's machine without it, failed in CI."""

import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
import redis

from backcoach import __version__
from tests.http_client import Browser, answer_intake, sign_up
from tests.server import running_server
from tests.web.sessions import session_body

REDIS_URL = os.environ.get("BACKCOACH_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PASSWORD = "two servers, one cache 19"


@pytest.fixture
def shared_redis(tmp_path: Path) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as e:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no Redis at {REDIS_URL}: {e}")
    yield client
    # The servers' keys carry a digest of the secret key made for this run's data folder.
    digest = hashlib.sha256((tmp_path / "secret_key").read_text().strip().encode()).hexdigest()
    for key in client.scan_iter(match=f"backcoach-{__version__}-{digest[:12]}:*"):
        client.delete(key)


def test_two_server_processes_agree_through_the_shared_cache(tmp_path, shared_redis):
    def serve() -> str:
        return stack.enter_context(
            running_server(tmp_path, BACKCOACH_CACHE_URL=REDIS_URL, BACKCOACH_ALLOW_HTTP="1")
        )

    with ExitStack() as stack:
        first, second = serve(), serve()
        one = Browser(first)
        two = Browser(second, jar=one.jar)  # the same browser, sent to either server
        sign_up(one, "maria", PASSWORD)
        answer_intake(one)
        assert shared_redis.dbsize() > 0, "the servers did not use Redis"

        page = two.get("/plan/")  # signed in on the second server too
        title = re.search(r"<h3>(.*?) <span", page)
        assert title, "no session planned today"
        assert "See how it went" not in one.get("/plan/")  # the first server keeps the page
        status, _ = two.post_json(
            "/sessions/save/", session_body(title=title.group(1).replace("&#x27;", "'"))
        )
        assert status == 201
        assert "See how it went" in one.get("/plan/")

        one.post("/accounts/logout/", {})
        assert two.landing("/accounts/settings/") == "/accounts/login/"
