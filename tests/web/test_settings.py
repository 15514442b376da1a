"""Settings fail closed. Each case runs in a fresh interpreter, since Django reads its
settings once per process."""

import os
import stat
import subprocess
import sys

import pytest

PRINT = (
    "import backcoach.web.settings as s; "
    "print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.SESSION_COOKIE_SECURE)"
)


def run_settings(tmp_path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BACKCOACH_", "DATABASE"))}
    clean |= {"BACKCOACH_HOME": str(tmp_path), **env}
    return subprocess.run(
        [sys.executable, "-c", PRINT], env=clean, capture_output=True, text=True, check=False
    )


def test_it_defaults_to_sqlite_without_debug_and_with_secure_cookies(tmp_path):
    result = run_settings(tmp_path)
    assert result.stdout.split() == ["False", "django.db.backends.sqlite3", "True"]


def test_it_creates_the_secret_key_once_and_keeps_it_private(tmp_path):
    run_settings(tmp_path)
    key_file = tmp_path / "secret_key"
    first = key_file.read_text()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    run_settings(tmp_path)
    assert key_file.read_text() == first
    assert len(first.strip()) >= 50


def test_it_selects_postgresql_from_database_url(tmp_path):
    result = run_settings(tmp_path, DATABASE_URL="postgres://postgres@127.0.0.1:5432/backcoach")
    assert "django.db.backends.postgresql" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"BACKCOACH_DEBUG": "maybe"}, "BACKCOACH_DEBUG"),
        ({"BACKCOACH_SECRET_KEY": "short"}, "too short"),
        ({"BACKCOACH_CACHE_URL": "memcached://127.0.0.1"}, "BACKCOACH_CACHE_URL"),
    ],
)
def test_it_refuses_doubtful_values(tmp_path, env, message):
    result = run_settings(tmp_path, **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_it_turns_debug_on_only_when_asked(tmp_path):
    result = run_settings(tmp_path, BACKCOACH_DEBUG="1")
    assert result.stdout.split()[0] == "True"
    assert result.stdout.split()[2] == "False"
