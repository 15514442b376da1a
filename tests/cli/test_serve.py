import os
import socket
import subprocess
import sys
import urllib.request

from tests.server import running_server, server_processes


def test_it_migrates_and_serves_on_the_given_port(tmp_path):
    with running_server(tmp_path) as address:
        assert address.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(f"{address}/healthz/", timeout=10) as response:
            assert response.read() == b"ok"
        with urllib.request.urlopen(f"{address}/accounts/login/", timeout=10) as response:
            assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        port = int(address.rsplit(":", 1)[1])
        assert len(server_processes(port)) == 2  # the server and its worker
    assert server_processes(port) == []  # stopping the server stops its worker too
    assert (tmp_path / "backcoach.sqlite3").exists()
    assert (tmp_path / "secret_key").exists()


def test_a_port_in_use_is_named_without_a_traceback(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "backcoach.cli", "serve", "--port", str(port)],
            env={**os.environ, "BACKCOACH_HOME": str(tmp_path)},
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2
    assert f"cannot listen on 127.0.0.1 port {port}: Address already in use" in done.stderr
    assert "Traceback" not in done.stderr
    assert "running at" not in done.stdout
