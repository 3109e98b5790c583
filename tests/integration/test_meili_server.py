"""The local Meilisearch: started for real in a temporary folder, on a free port."""

from __future__ import annotations

import json
import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from search.server import (
    LOCAL_BINARY,
    LocalMeilisearch,
    MeilisearchError,
    MeilisearchStartError,
    MeilisearchUnavailable,
    is_healthy,
    master_key_for,
    meilisearch_binary,
    resolve_meilisearch,
    stop_local,
)

pytestmark = pytest.mark.timeout(180)  # each test starts a real server; CI machines can be loaded


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture(autouse=True)
def no_external_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's MEILI_URL must not turn these tests into tests of their server."""
    monkeypatch.delenv("MEILI_URL", raising=False)
    monkeypatch.delenv("MEILI_MASTER_KEY", raising=False)


@pytest.fixture(scope="module")
def binary() -> str:
    found = meilisearch_binary()
    if found is None:
        pytest.skip("meilisearch is not installed; run scripts/install-meilisearch.sh")
    return found


@pytest.fixture(scope="module")
def server(binary: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalMeilisearch]:
    """One running instance shared by the read-only checks."""
    data_dir = tmp_path_factory.mktemp("data")
    with LocalMeilisearch(data_dir / "meili", master_key=master_key_for(data_dir), port=free_port()) as meili:
        yield meili


def test_started_server_answers_health_on_the_requested_loopback_port(server: LocalMeilisearch) -> None:
    assert server.url == f"http://127.0.0.1:{server.port}"
    assert is_healthy(server.url)


def test_is_healthy_is_false_where_nothing_listens() -> None:
    assert not is_healthy(f"http://127.0.0.1:{free_port()}", timeout=0.5)


def test_runs_in_production_so_the_master_key_is_required(server: LocalMeilisearch) -> None:
    assert server.environment == "production"
    without_key = httpx.get(f"{server.url}/indexes")
    with_key = httpx.get(f"{server.url}/indexes", headers={"Authorization": f"Bearer {server.master_key}"})
    assert without_key.status_code == 401
    assert with_key.status_code == 200


def test_master_key_stays_out_of_the_process_command_line(server: LocalMeilisearch) -> None:
    assert server.master_key and server.pid
    cmdline = Path(f"/proc/{server.pid}/cmdline").read_bytes()
    assert server.master_key.encode() not in cmdline
    assert str(server.db_path).encode() in cmdline


def test_pidfile_records_the_running_server(server: LocalMeilisearch) -> None:
    record = json.loads(server.pidfile.read_text())
    assert record["pid"] == server.pid
    assert record["url"] == server.url


def test_master_key_file_is_private_and_reused(tmp_path: Path) -> None:
    first = master_key_for(tmp_path)
    key_file = tmp_path / "meili" / "master.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(first.encode()) >= 16
    assert master_key_for(tmp_path) == first
    assert master_key_for(tmp_path / "elsewhere") != first


def test_stop_leaves_no_process_and_no_pidfile(binary: str, tmp_path: Path) -> None:
    meili = LocalMeilisearch(tmp_path / "meili", master_key=master_key_for(tmp_path)).start()
    pid, url = meili.pid, meili.url
    assert pid is not None and url is not None and process_exists(pid)

    meili.stop()

    assert not process_exists(pid)
    assert not meili.pidfile.exists()
    assert not is_healthy(url, timeout=0.5)


def test_second_start_reuses_the_running_instance_via_pidfile(binary: str, tmp_path: Path) -> None:
    key = master_key_for(tmp_path)
    with LocalMeilisearch(tmp_path / "meili", master_key=key) as first:
        second = LocalMeilisearch(tmp_path / "meili", master_key=key).start()
        try:
            assert second.reused and not first.reused
            assert (second.pid, second.url) == (first.pid, first.url)
        finally:
            second.stop()  # only the owner stops a shared server: this must leave `first` running

        assert first.url is not None and is_healthy(first.url)


def test_reuse_with_another_master_key_is_refused(server: LocalMeilisearch) -> None:
    intruder = LocalMeilisearch(server.home, master_key="x" * 32)
    with pytest.raises(MeilisearchError, match="does not accept this master key"):
        intruder.start()
    assert server.url is not None and is_healthy(server.url)


def test_stale_pidfile_is_ignored_and_replaced(binary: str, tmp_path: Path) -> None:
    home = tmp_path / "meili"
    home.mkdir()
    dead = LocalMeilisearch(home)
    dead.pidfile.write_text(json.dumps({"pid": 2**22 + 12345, "url": f"http://127.0.0.1:{free_port()}"}))

    with LocalMeilisearch(home, master_key=master_key_for(tmp_path)) as meili:
        assert not meili.reused
        assert json.loads(meili.pidfile.read_text())["pid"] == meili.pid


def test_resolve_starts_a_local_instance_then_reuses_it(binary: str, tmp_path: Path) -> None:
    with pytest.raises(MeilisearchUnavailable, match="no local Meilisearch is running"):
        resolve_meilisearch(tmp_path, start=False)
    try:
        first = resolve_meilisearch(tmp_path)
        again = resolve_meilisearch(tmp_path, start=False)
        assert first.managed and again == first
        assert first.api_key == master_key_for(tmp_path)
        assert is_healthy(first.url)
    finally:
        assert stop_local(tmp_path)
    assert not is_healthy(first.url, timeout=0.5)
    assert not stop_local(tmp_path)


def test_meili_url_from_the_environment_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MEILI_URL", "http://search.example.org:7700/")
    monkeypatch.setenv("MEILI_MASTER_KEY", "external-key")
    monkeypatch.setenv("SIARAN_MEILI_BIN", str(tmp_path / "no-such-binary"))

    endpoint = resolve_meilisearch(tmp_path)

    assert endpoint.url == "http://search.example.org:7700"
    assert endpoint.api_key == "external-key"
    assert endpoint.managed is False
    assert not (tmp_path / "meili").exists()  # nothing local was prepared, let alone started


def test_missing_binary_raises_unavailable_with_install_instructions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SIARAN_MEILI_BIN", str(tmp_path / "no-such-binary"))
    assert meilisearch_binary() is None

    with pytest.raises(MeilisearchUnavailable) as raised:
        resolve_meilisearch(tmp_path)

    message = str(raised.value)
    assert "make setup" in message
    assert "scripts/install-meilisearch.sh" in message


def test_binary_override_and_project_local_copy(monkeypatch: pytest.MonkeyPatch, binary: str) -> None:
    monkeypatch.setenv("SIARAN_MEILI_BIN", binary)
    assert meilisearch_binary() == binary
    if LOCAL_BINARY.is_file():
        monkeypatch.delenv("SIARAN_MEILI_BIN")
        assert meilisearch_binary() == str(LOCAL_BINARY)


def test_server_dying_on_startup_reports_the_log_tail(tmp_path: Path) -> None:
    fake = tmp_path / "fake-meilisearch"
    fake.write_text("#!/bin/sh\necho 'Error: the database is on fire' >&2\nexit 3\n")
    fake.chmod(0o755)

    with pytest.raises(MeilisearchStartError, match="database is on fire") as raised:
        LocalMeilisearch(tmp_path / "meili", binary=str(fake), port=free_port()).start()

    assert "code 3" in str(raised.value)
    assert not (tmp_path / "meili" / "meilisearch.pid").exists()


def test_meili_status_and_stop_manage_the_local_instance(binary: str, tmp_path: Path) -> None:
    import meilisearch

    from tests.conftest import run_siaran

    env = {"SIARAN_DATA_DIR": str(tmp_path)}
    down = run_siaran("meili", "status", env=env, check=False)
    assert down.returncode == 1 and "not running" in down.stdout
    assert not (tmp_path / "meili").exists()  # looking starts nothing and creates nothing
    endpoint = resolve_meilisearch(tmp_path)
    try:
        client = meilisearch.Client(endpoint.url, endpoint.api_key)
        client.wait_for_task(client.index("releases").add_documents([{"id": 1}, {"id": 2}]).task_uid, timeout_in_ms=120_000)
        up = run_siaran("meili", "status", env=env).stdout
        assert f"local, under {tmp_path / 'meili'}" in up and f"url: {endpoint.url}" in up
        assert "version: 1.21.0" in up and "index releases: 2 documents" in up
        pid = json.loads((tmp_path / "meili" / "meilisearch.pid").read_text())["pid"]
        assert f"pid: {pid}" in up
        assert "stopped the local Meilisearch" in run_siaran("meili", "stop", env=env).stdout
        assert not is_healthy(endpoint.url, timeout=0.5)
        assert not (tmp_path / "meili" / "meilisearch.pid").exists()
        assert "no local Meilisearch is running" in run_siaran("meili", "stop", env=env).stdout
    finally:
        stop_local(tmp_path)


def test_meili_stop_never_stops_an_external_server(meili: dict, tmp_path: Path) -> None:
    from tests.conftest import run_siaran

    env = {"SIARAN_DATA_DIR": str(tmp_path), "MEILI_URL": meili["url"], "MEILI_MASTER_KEY": meili["key"] or ""}
    shown = run_siaran("meili", "status", env=env).stdout
    assert "external (MEILI_URL" in shown and f"url: {meili['url']}" in shown
    refused = run_siaran("meili", "stop", env=env, check=False)
    assert refused.returncode == 1 and "external" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert is_healthy(meili["url"])
