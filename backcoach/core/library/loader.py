"""Loads the content folder into a validated, cross-checked `Library`, once per process.

Content lives in `backcoach/content/` as one TOML file per exercise and per complex, and one per
kind of rule. `BACKCOACH_CONTENT` points at another folder of the same shape (a clinic's own
edition); either way a broken file fails with its path and the field at fault.
"""

import os
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from backcoach.core.library.models import Complex, Exercise
from backcoach.core.library.rules import DoNot, LoadTactic, Rules

DEFAULT_CONTENT = Path(__file__).resolve().parents[2] / "content"
RULE_FILES = ("conditions", "do_not", "general", "frequencies", "load_tactics")


class ContentError(Exception):
    """A content file is missing, malformed or refers to something that does not exist."""


@dataclass(frozen=True)
class Library:
    exercises: Mapping[str, Exercise]
    complexes: Mapping[str, Complex]
    rules: Rules

    def exercise(self, exercise_id: str) -> Exercise:
        try:
            return self.exercises[exercise_id]
        except KeyError:
            raise KeyError(f"unknown exercise {exercise_id!r}") from None

    def complex(self, complex_id: str) -> Complex:
        try:
            return self.complexes[complex_id]
        except KeyError:
            raise KeyError(f"unknown complex {complex_id!r}") from None


def _chosen_content() -> str:
    """BACKCOACH_CONTENT as given, or "" for the packaged content."""
    return os.environ.get("BACKCOACH_CONTENT") or ""


def content_dir() -> Path:
    return Path(_chosen_content() or DEFAULT_CONTENT)


def load_library() -> Library:
    # Keyed by the variable's text, not a Path or the resolved path: pages call this for every
    # exercise they name, and resolving the path each time cost more than the rest of a page.
    return _load_cached(_chosen_content())


@cache
def _load_cached(chosen: str) -> Library:
    return load_from(Path(chosen or DEFAULT_CONTENT).resolve())


def load_from(root: Path) -> Library:
    if not root.is_dir():
        raise ContentError(f"{root}: content folder not found")
    exercises = {e.id: e for e in _load_each(root, "exercises", Exercise)}
    complexes = {c.id: c for c in _load_each(root, "complexes", Complex)}
    rules = _load_rules(root)
    library = Library(exercises=exercises, complexes=complexes, rules=rules)
    problems = list(_broken_references(library))
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise ContentError("; ".join(problems[:3]) + more)
    return library


def _load_each[M: Exercise | Complex](root: Path, folder: str, model: type[M]) -> Iterator[M]:
    files = sorted((root / folder).glob("*.toml"))
    if not files:
        raise ContentError(f"{root / folder}: no content files")
    for path in files:
        item = _validate(model, _read(path, root), path, root)
        if item.id != path.stem:
            raise ContentError(f"{_rel(path, root)}: id {item.id!r} does not match the file name")
        yield item


def _read(path: Path, root: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise ContentError(f"{_rel(path, root)}: file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise ContentError(f"{_rel(path, root)}: not valid TOML ({e})") from None


def _load_rules(root: Path) -> Rules:
    files = {name: root / "rules" / f"{name}.toml" for name in RULE_FILES}
    data = {name: _read(path, root).get("items", []) for name, path in files.items()}
    try:
        return Rules.model_validate(data)
    except ValidationError as e:
        # The first location part names the rule file; the rest is the field inside it.
        name, *field = e.errors()[0]["loc"]
        raise ContentError(_describe(e, files[str(name)], root, ("items", *field))) from None


def _validate[M: BaseModel](model: type[M], data: object, path: Path, root: Path) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise ContentError(_describe(e, path, root, e.errors()[0]["loc"])) from None


def _describe(e: ValidationError, path: Path, root: Path, loc: tuple[int | str, ...]) -> str:
    field = ".".join(str(part) for part in loc) or "(file)"
    more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
    return f"{_rel(path, root)}: {field}: {e.errors()[0]['msg']}{more}"


def _rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def _broken_references(library: Library) -> Iterator[str]:
    known = library.exercises.keys()
    for e in library.exercises.values():
        for field in ("progressions", "regressions"):
            for ref in getattr(e, field):
                if ref not in known:
                    yield f"exercises/{e.id}.toml: {field}: unknown exercise {ref!r}"
    for c in library.complexes.values():
        for ref in c.exercises:
            if ref not in known:
                yield f"complexes/{c.id}.toml: exercises: unknown exercise {ref!r}"
    rule_files: list[tuple[str, Sequence[DoNot | LoadTactic]]] = [
        ("do_not", library.rules.do_not),
        ("load_tactics", library.rules.load_tactics),
    ]
    for name, rules in rule_files:
        for rule in rules:
            for ref in rule.exercises:
                if ref not in known:
                    yield f"rules/{name}.toml: {rule.id}: exercises: unknown exercise {ref!r}"
