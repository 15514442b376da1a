"""Settings fail closed. Each case runs in a fresh interpreter, since Django reads its
settings once per process."""

import contextlib
import os
import sqlite3
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


def modes(folder) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.iterdir()]}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_it_keeps_the_data_folder_and_its_files_their_owner_s_only(tmp_path):
    home = tmp_path / "home"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BACKCOACH_", "DATABASE"))}
    migrate = [sys.executable, "-m", "backcoach", "manage", "migrate", "--verbosity", "0"]
    for _ in range(2):  # made fresh; then made by an older version, with the umask's modes
        done = subprocess.run(migrate, env=clean | {"BACKCOACH_HOME": str(home)}, check=False)
        assert done.returncode == 0
        # In WAL mode, as the server keeps it, SQLite makes its journal files like the database.
        with contextlib.closing(sqlite3.connect(home / "backcoach.sqlite3")) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS t (x)")
            db.commit()
            assert modes(home) == {
                "home": 0o700,
                "secret_key": 0o600,
                "backcoach.sqlite3": 0o600,
                "backcoach.sqlite3-wal": 0o600,
                "backcoach.sqlite3-shm": 0o600,
            }
        home.chmod(0o755)
        (home / "backcoach.sqlite3").chmod(0o644)
