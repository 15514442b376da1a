"""`backcoach figure` and `backcoach figure-sheet`: the exercise figures as SVG files."""

import shutil
import subprocess
from pathlib import Path
from typing import Annotated

import typer

from backcoach.cli import app
from backcoach.cli.errors import fail
from backcoach.cli.files import write_text
from backcoach.core.library import ContentError, load_library

# The figure modules load only when a figure command runs, to keep other commands' start
# quick (see docs/performance.md).

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--hide-scrollbars",
)


@app.command("figure")
def figure_command(
    exercise_id: Annotated[str, typer.Argument(metavar="ID")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write to FILE")] = None,
    static: Annotated[bool, typer.Option("--static", help="the key poses side by side")] = False,
) -> None:
    """Write an exercise's animated figure (or its static strip) as SVG."""
    from backcoach.core.figures import FigureError, exercise_scene, render_scene_svg

    try:
        svg = render_scene_svg(exercise_scene(exercise_id), static=static)
    except KeyError:
        fail(f"unknown exercise {exercise_id!r}; `backcoach library` lists them")
    except (FigureError, ContentError) as e:
        fail(str(e))
    if output is None:
        typer.echo(svg)
    else:
        write_text(output, svg)


@app.command("figure-sheet")
def figure_sheet_command(
    folder: Annotated[Path, typer.Option("-o", "--output", help="folder to write to")] = Path(
        "figures-sheet"
    ),
    png: Annotated[bool, typer.Option(help="also screenshot it with headless chromium")] = True,
) -> None:
    """Write a contact sheet of every exercise's key poses (HTML, and a PNG of it)."""
    from backcoach.core.figures import FigureError, exercise_scene
    from backcoach.core.figures.sheet import contact_sheet_html, sheet_size

    try:
        scenes = [exercise_scene(i) for i in sorted(load_library().exercises)]
    except (FigureError, ContentError) as e:
        fail(str(e))
    page = folder / "contact-sheet.html"
    write_text(page, contact_sheet_html(scenes))
    typer.echo(str(page))
    if png:
        typer.echo(str(_screenshot(page, sheet_size(len(scenes)))))


def _screenshot(page: Path, size: tuple[int, int]) -> Path:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        fail("chromium not found; install it (apt-get install chromium) or pass --no-png")
    target = page.with_suffix(".png")
    command = [
        browser,
        *CHROMIUM_FLAGS,
        f"--window-size={size[0]},{size[1]}",
        f"--screenshot={target.resolve()}",
        page.resolve().as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    if done.returncode != 0 or not target.exists():
        fail(f"chromium could not take the screenshot: {done.stderr.strip()[:200]}")
    return target
