"""Reading and writing the user's files: any failure is one clear line, never a traceback."""

from pathlib import Path

from backcoach.cli.errors import fail


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        fail(f"{path}: not a UTF-8 text file")
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}")


def write_text(path: Path, text: str) -> None:
    """Writes whole or not at all: a crash never leaves half a file behind."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror}")


def append_text(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(text)
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror}")
