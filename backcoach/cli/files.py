"""Reading and writing the user's files: any failure is one clear line, never a traceback.

Health data (`private=True`) is written readable by its owner only (0600), whatever the umask.
Files are read up to a size their kind can reach, so that a wrong path (a film, `/dev/zero`,
which never ends) is refused at once instead of filling the memory.
"""

import os
import tempfile
from pathlib import Path

from backcoach.cli.errors import fail

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


MIB = 1024 * 1024


def read_bytes(path: Path, *, limit: int) -> bytes:
    """The whole of `path`, which must not be larger than `limit` bytes. Lets
    FileNotFoundError through, for the caller to say which file was expected."""
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except FileNotFoundError:
        raise
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}")
    if len(data) > limit:
        fail(f"{path}: larger than {limit // MIB} MiB, too large for a backcoach file")
    return data


def read_text(path: Path, *, limit: int) -> str:
    try:
        return read_bytes(path, limit=limit).decode("utf-8")
    except UnicodeDecodeError:
        fail(f"{path}: not a UTF-8 text file")
    except FileNotFoundError as e:
        fail(f"cannot read {path}: {e.strerror}")


def private_folder(path: Path) -> Path:
    """Creates the folder for health data, or takes group and others off an existing one (made
    by an older backcoach, which used the umask) when it is this user's."""
    try:
        path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        owner = getattr(os, "geteuid", None)  # POSIX: Windows has no such modes
        stat = path.stat()
        if owner is not None and stat.st_uid == owner() and stat.st_mode & 0o077:
            path.chmod(PRIVATE_FOLDER)
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror}")
    return path


def _open(path: Path, flags: int, private: bool) -> int:
    fd = os.open(path, flags | os.O_WRONLY | os.O_CREAT, PRIVATE_FILE if private else 0o666)
    if private:
        path.chmod(PRIVATE_FILE)  # a file that was there before keeps its mode otherwise
    return fd


def write_text(path: Path, text: str, *, private: bool = False) -> None:
    """Writes whole or not at all: a crash never leaves half a file behind."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with os.fdopen(_open(tmp, os.O_TRUNC, private), "w", encoding="utf-8") as f:
            f.write(text)
        tmp.replace(path)
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror}")


def _ends_a_line(path: Path) -> bool:
    with path.open("rb") as f:
        if f.seek(0, os.SEEK_END) == 0:
            return True
        f.seek(-1, os.SEEK_END)
        return f.read(1) == b"\n"


def append_line(path: Path, line: str, *, private: bool = False) -> None:
    """Adds `line` as a line of its own, in one write, even to a file whose last line has no
    newline (written by hand, or cut short by a crash): run together, both would be lost."""
    data = line.rstrip("\n").encode() + b"\n"
    try:
        fd = _open(path, os.O_APPEND, private)
        try:
            if not _ends_a_line(path):
                data = b"\n" + data
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror}")


def check_writable(path: Path) -> None:
    """Fails now if `path` could not be written later (its folder must exist): before a
    session is played, not after."""
    try:
        if path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_APPEND))
        else:
            tempfile.TemporaryFile(dir=path.parent).close()
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror}")
