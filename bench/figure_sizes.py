"""Prints each exercise figure's size and render time: `uv run python bench/figure_sizes.py`.

The figures aim to stay under 10 KB each; this shows which ones come close.
"""

import time

from backcoach.core.figures import exercise_scene, figure_ids, render_scene_svg

BUDGET = 10 * 1024


def main() -> None:
    rows = []
    started = time.perf_counter()
    for exercise_id in figure_ids():
        t0 = time.perf_counter()
        scene = exercise_scene(exercise_id)
        animated = len(render_scene_svg(scene).encode())
        static = len(render_scene_svg(scene, static=True).encode())
        rows.append((exercise_id, animated, static, (time.perf_counter() - t0) * 1000))
    for exercise_id, animated, static, ms in sorted(rows, key=lambda r: -r[1]):
        flag = "  over budget" if max(animated, static) > BUDGET else ""
        print(f"{exercise_id:32} animated {animated:6} B  static {static:6} B  {ms:6.1f} ms{flag}")
    total = time.perf_counter() - started
    biggest = max((max(r[1], r[2]) for r in rows), default=0)
    print(f"{len(rows)} figures in {total:.2f} s; largest file {biggest} B")


if __name__ == "__main__":
    main()
