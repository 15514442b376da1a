"""Wall time of a cold `backcoach plan --format json` against a bare `python -c pass`.

Run: uv run python -m bench.cold_start [RUNS]. Each run is a new process (nothing cached in
memory; the OS file cache is warm after the first, as it is for a person using the tool).
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROFILE = {"age": 45, "pain_now": 3, "phase": "remission"}


def wall(args: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t0


def main(runs: int = 15) -> None:
    with tempfile.TemporaryDirectory() as home:
        profile = Path(home) / "profile.json"
        profile.write_text(json.dumps(PROFILE))
        env = {**os.environ, "BACKCOACH_HOME": home}
        plan = [sys.executable, "-m", "backcoach", "plan", "--profile", str(profile)]
        plan += ["--format", "json"]
        bare = [sys.executable, "-c", "pass"]
        # The floor any Typer + pydantic command pays before doing anything of its own.
        floor = [sys.executable, "-c", "import typer, pydantic; pydantic.BaseModel"]
        wall(plan, env)  # warm the OS file cache once, as any second use would be
        plan_times = [wall(plan, env) for _ in range(runs)]
        bare_times = [wall(bare, env) for _ in range(runs)]
        floor_times = [wall(floor, env) for _ in range(runs)]
    rows = (
        ("backcoach plan", plan_times),
        ("python -c pass", bare_times),
        ("typer+pydantic", floor_times),
    )
    for name, times in rows:
        print(f"{name:16} median {statistics.median(times):.3f} s, min {min(times):.3f} s")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
