"""`uv run python -m tests.core.personas`: rewrite every persona snapshot, remove those of
personas that are gone, and say which files changed."""

from backcoach.core.library import load_library
from tests.core.personas.catalogue import (
    SNAPSHOTS,
    load_personas,
    snapshot_path,
    snapshot_text,
    stale_snapshots,
)


def main() -> None:
    library = load_library()
    personas = load_personas()
    SNAPSHOTS.mkdir(exist_ok=True)
    changed = []
    for persona in personas:
        path = snapshot_path(persona.name)
        text = snapshot_text(persona, library)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if text != old:
            path.write_text(text, encoding="utf-8")
            changed.append(f"{'new' if old is None else 'changed'}: {path.name}")
    for path in stale_snapshots(personas):
        path.unlink()
        changed.append(f"removed: {path.name}")
    print(*changed, sep="\n")
    print(f"{len(personas)} personas, {len(changed)} snapshot files written or removed.")


main()
