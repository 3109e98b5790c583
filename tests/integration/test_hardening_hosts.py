"""DNS rebinding: bound to loopback (the default), the API answers only to Host localhost, 127.0.0.1 and
[::1] (any port) and refuses other names with 400; ``--host 0.0.0.0`` or SIARAN_ALLOWED_HOSTS allow more.
Checked in process (Starlette's TestClient) and against a real ``siaran serve``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import replace

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.conftest import ROOT

pytestmark = pytest.mark.timeout(120)


def client_for(tmp_path, sqlite_url, *, bind_host: str = "127.0.0.1", allowed: tuple[str, ...] = ()):
    from search.api import create_app
    from siaran.config import load_settings

    settings = replace(load_settings(), data_dir=tmp_path / "data", database_url=sqlite_url,
                       meili_url="http://127.0.0.1:9", meili_api_key=None, allowed_hosts=allowed)
    return TestClient(create_app(settings, bind_host=bind_host), base_url="http://127.0.0.1")


def status(client: TestClient, host: str) -> int:
    return client.get("/openapi.json", headers={"Host": host}).status_code


def test_loopback_names_are_answered_on_any_port(tmp_path, sqlite_url):
    with client_for(tmp_path, sqlite_url) as client:
        for host in ("localhost", "localhost:8765", "127.0.0.1", "127.0.0.1:9999", "[::1]", "[::1]:8765",
                     "LOCALHOST:8765"):
            assert status(client, host) == 200, host


def test_other_host_names_are_refused_with_400(tmp_path, sqlite_url):
    with client_for(tmp_path, sqlite_url) as client:
        for host in ("evil.example", "evil.example:8765", "127.0.0.1.evil.example", "localhost.evil.example",
                     "testserver", "0.0.0.0:8765"):
            response = client.get("/search", headers={"Host": host})
            assert response.status_code == 400, host
            assert response.headers["x-content-type-options"] == "nosniff"


def test_a_setting_or_a_public_bind_allows_other_names(tmp_path, sqlite_url):
    with client_for(tmp_path, sqlite_url, allowed=("siaran.example.org",)) as client:
        assert status(client, "siaran.example.org:8765") == 200
        assert status(client, "127.0.0.1") == 200
        assert status(client, "evil.example") == 400
    with client_for(tmp_path, sqlite_url, bind_host="0.0.0.0") as client:
        assert status(client, "archive.lan:8765") == 200
    with client_for(tmp_path, sqlite_url, bind_host="::1") as client:
        assert status(client, "archive.lan") == 400


def test_siaran_serve_refuses_a_rebound_host(tmp_path, sqlite_url):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "SIARAN_ALLOWED_HOSTS"}
    env.update(SIARAN_DATA_DIR=str(tmp_path / "data"), SIARAN_DATABASE_URL=sqlite_url, MEILI_URL="http://127.0.0.1:9")
    proc = subprocess.Popen([sys.executable, "-m", "siaran.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/openapi.json"
        deadline = time.monotonic() + 60
        while True:
            try:
                ok = httpx.get(url, timeout=2, trust_env=False)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.1)
        assert ok.status_code == 200
        rebound = httpx.get(url, headers={"Host": f"attacker.example:{port}"}, timeout=5, trust_env=False)
        assert rebound.status_code == 400
    finally:
        proc.terminate()
        proc.wait(10)
