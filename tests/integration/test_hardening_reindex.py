"""A ``siaran reindex`` that is stopped half-way leaves no build index behind for good: SIGTERM removes its
own, and the next reindex removes those a SIGKILL left, and only build indexes of its own base name."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import uuid

import meilisearch
import pytest

from tests.conftest import ROOT
from tests.integration.hardening_archive import stored_archive

pytestmark = pytest.mark.timeout(180)

STALLED_REINDEX = """
import sys, time
from pathlib import Path
from search import embeddings
from search.indexer import Indexer
from siaran import cli

MARKER = Path(sys.argv[1])


def stalled_fill(self, build_uid, *args, **kwargs):  # the build index exists; the process stops here
    MARKER.write_text(build_uid)
    time.sleep(120)

Indexer._fill = stalled_fill
embeddings.load_embedder = lambda *args, **kwargs: None  # keyword-only documents: no model to load
sys.argv = ["siaran", "reindex"]
cli.run()
"""


@pytest.fixture
def env(tmp_path, meili, sqlite_url) -> dict:
    stored_archive(sqlite_url, count=3)
    return {"SIARAN_DATA_DIR": str(tmp_path / "data"), "SIARAN_DATABASE_URL": sqlite_url,
            "SIARAN_INDEX": f"rx_{uuid.uuid4().hex[:10]}", "MEILI_URL": meili["url"],
            "MEILI_MASTER_KEY": meili["key"] or ""}


@pytest.fixture
def client(meili, env):
    client = meilisearch.Client(meili["url"], meili["key"])
    yield client
    for index in client.get_indexes({"limit": 1000})["results"]:
        if index.uid.startswith(env["SIARAN_INDEX"]):
            client.delete_index(index.uid)


def uids(client: meilisearch.Client, env: dict) -> set[str]:
    return {i.uid for i in client.get_indexes({"limit": 1000})["results"] if i.uid.startswith(env["SIARAN_INDEX"])}


def stop_midway(tmp_path, env: dict, sig: signal.Signals) -> tuple[str, int]:
    """Run a reindex that stalls after creating its build index, send ``sig``; (build uid, exit code)."""
    import os

    marker = tmp_path / f"building-{sig.name}"
    proc = subprocess.Popen([sys.executable, "-c", STALLED_REINDEX, str(marker)], cwd=ROOT,
                            env={**os.environ, **env}, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), proc.stderr.read() if proc.poll() is not None else "reindex never started"
        proc.send_signal(sig)
        code = proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return marker.read_text(), code


def test_the_next_reindex_removes_what_a_killed_one_left(tmp_path, env, client):
    from archive.db import get_database
    from search.indexer import Indexer

    build_uid, code = stop_midway(tmp_path, env, signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert build_uid in uids(client, env)  # left behind, empty
    foreign = f"{env['SIARAN_INDEX']}_build_notes"  # another archive's live index that merely shares a prefix
    client.wait_for_task(client.create_index(foreign).task_uid, timeout_in_ms=120_000)
    Indexer(get_database(env["SIARAN_DATABASE_URL"]), client, env["SIARAN_INDEX"]).rebuild()  # `siaran reindex`
    assert uids(client, env) == {env["SIARAN_INDEX"], foreign}
    assert client.index(env["SIARAN_INDEX"]).get_stats().number_of_documents == 3


def test_sigterm_removes_the_build_index_at_once(tmp_path, env, client):
    build_uid, code = stop_midway(tmp_path, env, signal.SIGTERM)
    assert code == 128 + signal.SIGTERM
    assert build_uid not in uids(client, env)
