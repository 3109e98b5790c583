"""Shared fixtures: a real Meilisearch, real databases (SQLite and PostgreSQL), replica sites, and a
helper that crawls through the real Scrapy engine in a subprocess (Twisted's reactor cannot restart
inside one pytest process)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PG_ADMIN_URL = os.environ.get("SIARAN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
# Starlette's TestClient sends ``Host: testserver``; the API answers only to loopback names unless told
# otherwise (DNS rebinding, see search.api.allowed_hosts_for), so the tests allow that one name.
os.environ.setdefault("SIARAN_ALLOWED_HOSTS", "testserver")


# The modules that take longest (their module-scoped crawls, per database; `pytest --durations` on 2026-12-06), run
# first. With ``--dist loadfile`` a worker takes the next module when it is done, so long modules started last make
# the run's tail: pytest-xdist's default order (most tests first) started them after hundreds of quick unit tests.
# A module missing from the list only runs later; the order never changes what a test checks.
SLOWEST_FIRST = (
    "test_distributed_walk", "test_integrity_aggregator", "test_change_tracking", "test_listing_walk",
    "test_distributed_crawl", "test_sources_kemlu_bi_bps", "test_relevance_written", "test_relevance",
    "test_unseen_sites",
    "test_api_rechecks", "test_walking_skeleton", "test_crawl_robustness", "test_attachments_crawl",
    "test_scheduler", "test_sources_setkab_bnpb_polri", "test_reprocess_and_revisions", "test_semantic",
    "test_sources_add_pdf_listing", "test_api_rechecks_bps", "test_takedown_hold", "test_recheck_covered_crawl",
)


def pytest_collection_modifyitems(config, items):
    """Slowest modules first, then the other integration modules, then the quick unit tests (see SLOWEST_FIRST)."""

    def position(item) -> tuple[int, int]:
        path = Path(str(item.fspath))
        if path.stem in SLOWEST_FIRST:
            return (0, SLOWEST_FIRST.index(path.stem))
        return (2, 0) if "unit" in path.parts else (1, 0)

    items.sort(key=position)  # stable: a module's own tests keep their order


@pytest.fixture(scope="session")
def meili(tmp_path_factory):
    """A real Meilisearch for the session: ``MEILI_URL`` if given, else a local instance on a free port."""
    if os.environ.get("MEILI_URL"):
        yield {"url": os.environ["MEILI_URL"], "key": os.environ.get("MEILI_MASTER_KEY")}
        return
    from search.server import LocalMeilisearch

    home = tmp_path_factory.mktemp("meili")
    key = secrets.token_urlsafe(24)
    with LocalMeilisearch(home, master_key=key) as server:
        yield {"url": server.url, "key": key}


def _pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001
        return False


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """Each store test runs on SQLite and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'siaran.db'}"
        return
    import psycopg

    if not _pg_available():
        pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN_URL}; .ci/run starts it")
    name = f"siaran_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    from archive.db import _OPEN

    for url in [u for u in _OPEN if u.endswith(name)]:
        _OPEN.pop(url).dispose()
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def ocr_tools() -> None:
    """Tesseract (with its Indonesian model) and poppler, which `make test` installs (`make ocr`). Without them
    an OCR test FAILS with the install command: a missing tool must never pass silently as a skip. (What
    Siaran does without them, status needs_ocr, is tested apart and needs nothing.)"""
    from archive.attachments import ocr

    if not ocr.available():
        pytest.fail("OCR tools are not installed: run `make ocr` "
                    "(apt-get install -y tesseract-ocr tesseract-ocr-ind poppler-utils)")


REDIS_URL = os.environ.get("SIARAN_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def redis_server():
    """A client of the real Redis the distributed crawl uses (.ci/run starts it when it is down)."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.fail(f"Redis is not reachable at {REDIS_URL} ({exc}); start it with `redis-server --daemonize yes`")
    return client


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'siaran.db'}"


def crawl_env(data_dir: Path, database_url: str, meili: dict) -> dict:
    """Settings for a test crawl: its own data dir, database and index; no politeness delays.
    Module-scoped fixtures use it directly (they cannot monkeypatch)."""
    return {
        "SIARAN_DATA_DIR": str(data_dir),
        "SIARAN_DATABASE_URL": database_url,
        "SIARAN_INDEX": f"releases_{uuid.uuid4().hex[:10]}",
        "MEILI_URL": meili["url"],
        "MEILI_MASTER_KEY": meili["key"] or "",
        "SIARAN_DOWNLOAD_DELAY": "0",
        "SIARAN_AUTOTHROTTLE": "0",
        "SIARAN_LOG_LEVEL": "INFO",
    }


@pytest.fixture
def siaran_env(tmp_path, monkeypatch, meili, database_url):
    """Environment for one test (see ``crawl_env``), also set in this process."""
    env = crawl_env(tmp_path / "data", database_url, meili)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


def run_siaran(*args: str, env: dict | None = None, timeout: float = 180, check: bool = True,
               extra_env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the ``siaran`` CLI in a subprocess with the test's environment."""
    full_env = {**os.environ, **(env or {}), **(extra_env or {})}
    proc = subprocess.run([sys.executable, "-m", "siaran.cli", *args], env=full_env, capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT, check=False)
    if check and proc.returncode != 0:
        raise AssertionError(f"siaran {' '.join(args)} exited {proc.returncode}\nstdout:\n{proc.stdout}\n"
                             f"stderr:\n{proc.stderr[-5000:]}")
    return proc


@pytest.fixture
def siaran():
    return run_siaran


@pytest.fixture
def replica():
    """``replica(site)`` starts a replica server for the test and stops it afterwards."""
    from tests.replicas.server import ReplicaServer

    servers = []

    def start(site):
        server = ReplicaServer(site).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
