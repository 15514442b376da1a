import urllib.request

from tests.server import running_server


def test_it_migrates_and_serves_on_the_given_port(tmp_path):
    with running_server(tmp_path) as address:
        assert address.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(f"{address}/healthz/", timeout=10) as response:
            assert response.read() == b"ok"
        with urllib.request.urlopen(f"{address}/accounts/login/", timeout=10) as response:
            assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert (tmp_path / "backcoach.sqlite3").exists()
    assert (tmp_path / "secret_key").exists()
