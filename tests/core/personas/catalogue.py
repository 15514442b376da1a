"""The personas of personas.toml, their snapshot files, and the text each one should hold."""

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from backcoach.core.library import Library
from backcoach.core.planning import build_plan
from backcoach.core.profile import Profile, parse_profile
from tests.core.personas.histories import build_history
from tests.core.personas.render import render

HERE = Path(__file__).parent
CATALOGUE = HERE / "personas.toml"
SNAPSHOTS = HERE / "snapshots"
START = date(2026, 3, 2)  # a Monday; every plan starts here, so snapshots never drift
REGENERATE = "uv run python -m tests.core.personas"
NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@dataclass(frozen=True)
class Persona:
    name: str
    description: str
    profile: Profile
    history: str | None = None


def load_personas(path: Path = CATALOGUE) -> tuple[Persona, ...]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    personas = tuple(_persona(entry) for entry in data["persona"])
    names = [p.name for p in personas]
    if duplicates := sorted({n for n in names if names.count(n) > 1}):
        raise ValueError(f"{path.name}: persona names used twice: {', '.join(duplicates)}")
    return personas


def _persona(entry: dict[str, Any]) -> Persona:
    name = entry["name"]
    if not NAME.fullmatch(name):
        raise ValueError(f"persona name {name!r}: use lower-case words joined by hyphens")
    extra = set(entry) - {"name", "description", "profile", "history"}
    if extra:
        raise ValueError(f"persona {name}: unknown keys {', '.join(sorted(extra))}")
    description = entry["description"].strip()
    if not description or "\n" in description:
        raise ValueError(f"persona {name}: the description is one line")
    return Persona(name, description, parse_profile(entry["profile"]), entry.get("history"))


def snapshot_path(name: str) -> Path:
    return SNAPSHOTS / f"{name}.txt"


def snapshot_text(persona: Persona, library: Library) -> str:
    history = build_history(persona.history, persona.profile, library, START)
    result = build_plan(persona.profile, library, history=history, start=START)
    return render(persona.name, persona.description, persona.profile, history, result, library)


def stale_snapshots(personas: tuple[Persona, ...]) -> list[Path]:
    """Snapshot files that no persona renders any more (renamed or removed)."""
    names = {p.name for p in personas}
    return sorted(p for p in SNAPSHOTS.glob("*.txt") if p.stem not in names)
