import os
import signal
import socket
import subprocess
import sys
import urllib.request

import pytest

from tests.server import free_port, running_server, server_processes


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


def serve_and_fail(home) -> subprocess.CompletedProcess[str]:
    """`backcoach serve` expected to stop before serving; killed with its worker otherwise."""
    # Its own SQLite database and key file in `home`, whatever the test run was given.
    dropped = ("DATABASE_URL", "BACKCOACH_SECRET_KEY")
    inherited = {k: v for k, v in os.environ.items() if k not in dropped}
    command = [sys.executable, "-m", "backcoach.cli", "serve", "--port", str(free_port())]
    process = subprocess.Popen(
        command,
        env={**inherited, "BACKCOACH_HOME": str(home)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def assert_one_line_error(done: subprocess.CompletedProcess[str], expected: str) -> None:
    assert "running at" not in done.stdout
    assert "Traceback" not in done.stderr
    assert (done.returncode, done.stderr) == (2, f"backcoach: error: {expected}\n")


def test_it_names_a_data_folder_it_cannot_create(tmp_path):
    # A folder under a regular file can never be made, even by root.
    (tmp_path / "a-file").write_text("x")
    home = tmp_path.resolve() / "a-file" / "data"  # the server names the folder resolved
    assert_one_line_error(
        serve_and_fail(home),
        f"cannot use {home} (Not a directory): set BACKCOACH_HOME to a folder you can write",
    )


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes any folder"
)
def test_it_names_a_data_folder_it_may_not_write(tmp_path):
    home = tmp_path.resolve() / "read-only"
    home.mkdir(mode=0o500)
    try:
        done = serve_and_fail(home)
    finally:
        home.chmod(0o700)
    assert_one_line_error(
        done,
        f"cannot use {home / 'secret_key'} (Permission denied): set BACKCOACH_HOME to a "
        "folder you can write",
    )


def test_it_names_a_damaged_database(tmp_path):
    (tmp_path / "backcoach.sqlite3").write_bytes(b"not a database, whatever it was\n" * 256)
    done = serve_and_fail(tmp_path)
    database = tmp_path.resolve() / "backcoach.sqlite3"
    assert_one_line_error(done, f"cannot use the database {database}: file is not a database")
    assert database.read_bytes().startswith(b"not a database")  # left as it was, to be mended
