"""Runs a load with wrk (Debian's `wrk` package) when it is installed: a C load generator, so
the load takes far less of the machine's CPU than bench/load.py does, which matters on a
small machine where the generator and the server share the cores. Same Result as load.py."""

import json
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from bench.load import Result, process_cpu_s

# Counts statuses in each thread, and reports them with the latency percentiles from `done`,
# which runs in a Lua state of its own and reads the threads' counters with thread:get.
SCRIPT = r"""
local CODES = {200, 201, 204, 301, 302, 400, 403, 404, 405, 413, 429, 500, 502, 503}
local threads = {}
wrk.method = %(method)s
local template = %(template)s
local prefix = %(prefix)s
local counter = 0

function setup(thread) table.insert(threads, thread) end

function init(args)
  for _, code in ipairs(CODES) do _G["s" .. code] = 0 end
end

if template then
  function request()
    counter = counter + 1
    local body = template:gsub("__ID__", prefix .. string.format("%%012x", counter))
    return wrk.format(nil, nil, nil, body)
  end
end

function response(status, headers, body)
  local name = "s" .. status
  _G[name] = (_G[name] or 0) + 1
end

function done(summary, latency, requests)
  local parts = {}
  for _, code in ipairs(CODES) do
    local n = 0
    for _, t in ipairs(threads) do n = n + (t:get("s" .. code) or 0) end
    if n > 0 then table.insert(parts, string.format('"%%d": %%d', code, n)) end
  end
  io.write(string.format(
    'BENCH {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p99_us": %%d, '
    .. '"statuses": {%%s}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    table.concat(parts, ", ")))
end
"""


def available() -> bool:
    return shutil.which("wrk") is not None


def _lua_string(value: str | None) -> str:
    return "nil" if value is None else json.dumps(value)  # a JSON string is a valid Lua string


def run(
    base: str,
    path: str,
    *,
    name: str,
    seconds: float,
    server_pid: int,
    connections: int = 32,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    body_template: str | None = None,
) -> Result:
    """`body_template` is sent with each request, its `__ID__` replaced by a fresh UUID."""
    if urlsplit(base).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("benchmarks send traffic to this machine only")
    # A random UUID's first 24 characters, then a counter: unique within and across runs.
    prefix = str(uuid.uuid4())[:24]
    script = SCRIPT % {
        "method": _lua_string(method),
        "template": _lua_string(body_template),
        "prefix": _lua_string(prefix),
    }
    with tempfile.TemporaryDirectory() as folder:
        lua = Path(folder) / "bench.lua"
        lua.write_text(script)
        command = ["wrk", "-t1", f"-c{connections}", f"-d{round(seconds)}s", "--timeout", "30s"]
        command += ["-s", str(lua)]
        for key, value in (headers or {}).items():
            command += ["-H", f"{key}: {value}"]
        before = process_cpu_s(server_pid)
        done = subprocess.run(
            [*command, base + path], capture_output=True, text=True, check=True, timeout=600
        )
        cpu = process_cpu_s(server_pid) - before
    line = next(x for x in done.stdout.splitlines() if x.startswith("BENCH "))
    data = json.loads(line.removeprefix("BENCH "))
    statuses = {int(k): v for k, v in data["statuses"].items()}
    return Result(
        name,
        data["requests"],
        data["duration_us"] / 1e6,
        data["p50_us"] / 1000,
        data["p99_us"] / 1000,
        statuses,
        cpu,
    )
