import difflib

import pytest

from backcoach.core.library import Library
from tests.core.personas.catalogue import (
    REGENERATE,
    Persona,
    load_personas,
    snapshot_path,
    snapshot_text,
    stale_snapshots,
)

PERSONAS = load_personas()
MIN_PERSONAS = 30
DIFF_LINES = 40  # enough to see what changed; the full story is in the regenerated file


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.name)
def test_it_renders_each_persona_as_its_snapshot(persona: Persona, library: Library) -> None:
    path = snapshot_path(persona.name)
    actual = snapshot_text(persona, library)
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    if actual != expected:
        pytest.fail(_mismatch(path.name, expected, actual), pytrace=False)


def test_it_keeps_enough_personas_and_no_stale_snapshots() -> None:
    assert len(PERSONAS) >= MIN_PERSONAS
    stale = [p.name for p in stale_snapshots(PERSONAS)]
    assert not stale, f"snapshots without a persona: {', '.join(stale)}; run `{REGENERATE}`"


def test_it_rejects_a_persona_file_with_a_name_used_twice(tmp_path) -> None:
    entry = '[[persona]]\nname = "twin"\ndescription = "d"\n'
    entry += 'profile = { age = 40, pain_now = 2, phase = "remission" }\n'
    catalogue = tmp_path / "personas.toml"
    catalogue.write_text(entry * 2, encoding="utf-8")
    with pytest.raises(ValueError, match="used twice: twin"):
        load_personas(catalogue)


def _mismatch(name: str, expected: str, actual: str) -> str:
    if not expected:
        return f"snapshots/{name} is missing; run `{REGENERATE}` and review the new file"
    diff = list(
        difflib.unified_diff(
            expected.splitlines(),
            actual.splitlines(),
            f"snapshots/{name}",
            "plan now",
            lineterm="",
        )
    )
    shown = diff[:DIFF_LINES]
    if len(diff) > DIFF_LINES:
        shown.append(f"... and {len(diff) - DIFF_LINES} more diff lines")
    return "\n".join(
        [
            f"The plan of persona {name[:-4]} changed.",
            *shown,
            f"If the change is intended, run `{REGENERATE}` and review the snapshot diff.",
        ]
    )
