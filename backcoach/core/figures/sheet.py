"""The contact sheet: one HTML page with every exercise's key poses, for review at a glance.

Each cell shows the static strip under the exercise's name and id, with its position and the
steps that name the movement, so a reviewer can check the figure against the instructions.
"""

from collections.abc import Iterable
from html import escape

from backcoach.core.figures.scene import Scene
from backcoach.core.figures.svgdoc import static_svg

COLUMNS = 4
CELL_WIDTH = 460
CELL_HEIGHT = 230

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>backcoach figures: contact sheet</title>
<style>
body{{margin:8px;font:12px/1.3 sans-serif;color:#222;width:{width}px}}
h1{{font-size:16px;margin:0 0 6px}}
.grid{{display:grid;grid-template-columns:repeat({columns},{cell}px);gap:6px}}
figure{{margin:0;border:1px solid #ccc;padding:4px;height:{height}px;overflow:hidden}}
figure svg{{width:100%;height:150px}}
figcaption b{{font-size:13px}} figcaption small{{color:#555}}
</style></head><body><h1>backcoach figures: {count} exercises, key poses</h1>
<div class="grid">{cells}</div></body></html>
"""


def sheet_size(count: int) -> tuple[int, int]:
    """Pixel size of the page, for the screenshot."""
    rows = -(-count // COLUMNS)
    return COLUMNS * (CELL_WIDTH + 6) + 16, rows * (CELL_HEIGHT + 16) + 40


def contact_sheet_html(scenes: Iterable[Scene]) -> str:
    cells = [_cell(scene) for scene in scenes]
    return PAGE.format(
        width=sheet_size(len(cells))[0],
        columns=COLUMNS,
        cell=CELL_WIDTH,
        height=CELL_HEIGHT,
        count=len(cells),
        cells="".join(cells),
    )


def _cell(scene: Scene) -> str:
    e = scene.exercise
    side = " · per side (mirrored)" if scene.per_side else ""
    if scene.view != "side":
        side = f" · seen from {'above' if scene.view == 'above' else 'in front'}{side}"
    poses = " → ".join(f.name for f in scene.frames)
    return (
        f'<figure id="{e.id}">{static_svg(scene)}<figcaption><b>{escape(e.name)}</b> '
        f"<small>{e.id} · {e.position.value.replace('_', ' ')}{side}</small><br>"
        f"{escape(poses)}</figcaption></figure>"
    )
