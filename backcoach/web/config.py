"""Where the web app keeps its data and how it reads its environment.

Settings fail closed: a value that is malformed stops the process with a message naming the
variable, instead of falling back to something permissive. A data folder that cannot be
made or written stops it too, with one line naming the folder and the system's reason.
"""

import hashlib
import os
import secrets
from pathlib import Path

import platformdirs

from backcoach import __version__


class ConfigError(RuntimeError):
    """An environment variable holds a value backcoach will not guess around."""


TRUE = frozenset({"1", "true", "yes", "on"})
FALSE = frozenset({"", "0", "false", "no", "off"})


def env_flag(name: str) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if raw in TRUE:
        return True
    if raw in FALSE:
        return False
    raise ConfigError(f"{name}={raw!r}: use 1 or 0")


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _unusable(path: Path, e: OSError) -> ConfigError:
    """The data folder, or a file in it, that cannot be created or written."""
    why = e.strerror or str(e)
    return ConfigError(f"cannot use {path} ({why}): set BACKCOACH_HOME to a folder you can write")


def data_dir() -> Path:
    """The folder holding the SQLite database and the secret key, created on first use. It
    holds health data: its owner's only (0700), and so are its files (0600)."""
    home = os.environ.get("BACKCOACH_HOME") or platformdirs.user_data_dir("backcoach")
    path = Path(home).expanduser().resolve()
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        _owner_only(path, 0o700)
    except OSError as e:
        raise _unusable(path, e) from None
    return path


def private_file(path: Path) -> Path:
    """Creates `path` empty, readable by its owner only, unless it exists; takes group and
    others off it and its SQLite companions, which older versions made by the umask. SQLite
    takes an empty file for an empty database, and gives its journal files the database's
    mode."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))  # no O_TRUNC: a database stays
        for each in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
            if each.exists():
                _owner_only(each, 0o600)
    except OSError as e:
        raise _unusable(path, e) from None
    return path


def _owner_only(path: Path, mode: int) -> None:
    owner = getattr(os, "geteuid", None)  # POSIX: Windows has no such modes
    stat = path.stat()
    if owner is not None and stat.st_uid == owner() and stat.st_mode & 0o077:
        path.chmod(mode)


def secret_key(folder: Path) -> str:
    """BACKCOACH_SECRET_KEY, or a random key created once in the data folder and kept there,
    readable by its owner only, so sessions survive a restart."""
    if given := os.environ.get("BACKCOACH_SECRET_KEY"):
        if len(given) < 32:
            raise ConfigError("BACKCOACH_SECRET_KEY is too short: use at least 32 characters")
        return given
    path = folder / "secret_key"
    try:
        return _kept_key(path)
    except OSError as e:
        raise _unusable(path, e) from None


def _kept_key(path: Path) -> str:
    try:
        # O_EXCL: two processes starting at once cannot both write a different key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_text(errors="replace").strip()
        if len(key) < 32:
            raise ConfigError(f"{path} holds no usable key: delete it to make a new one") from None
        return key
    key = secrets.token_urlsafe(50)
    with os.fdopen(fd, "w") as f:
        f.write(key + "\n")
    return key


# Local memory holds a few thousand entries: sessions, signed-in users, plans and pages of the
# people using the server lately. Beyond that the oldest third goes and is rebuilt on demand.
LOCAL_CACHE_ENTRIES = 5000


def cache_config(url: str, *, secret: str) -> dict[str, object]:
    """BACKCOACH_CACHE_URL: empty for this process's memory, or a redis:// URL for a cache that
    several server processes share. A shared cache outlives the processes, so its keys carry
    the version (no entry pickled by older code is read) and a digest of the secret key (two
    installations on one Redis, or a test run's fresh one, never read each other's entries)."""
    if not url:
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": LOCAL_CACHE_ENTRIES},
        }
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError(f"BACKCOACH_CACHE_URL={url!r}: use redis://host:port/db")
    digest = hashlib.sha256(secret.encode()).hexdigest()[:12]
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": f"backcoach-{__version__}-{digest}",
    }
