"""Redis restarting mid-crawl without persistence: the workers rebuild the frontier from the source's
listings and the archive, and every article is still stored once.

A Redis of its own (``redis-server`` on a free port, no persistence), so the restart touches nothing
else on the machine. 200 articles, two workers, limits high enough that the site is not the bottleneck.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import uuid

import pytest
import redis

from tests.conftest import run_siaran
from tests.integration.test_distributed_crawl import (
    articles_fetched,
    generated,
    start_worker,
    wait_for,
    worker_env,
)

ARTICLES = 200


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivateRedis:
    """``redis-server`` on 127.0.0.1:<port>, without persistence; ``restart()`` loses everything."""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen([shutil.which("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1",
                                      "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url)
        wait_for(lambda: _answers(client), 10, "the private Redis")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def restart(self, down: float = 0.5) -> None:
        self.stop()
        time.sleep(down)
        self.start()


def _answers(client) -> bool:
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False


@pytest.fixture
def private_redis():
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed (apt-get install redis-server)")
    server = PrivateRedis()
    server.start()
    yield server
    server.stop()


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_workers_survive_a_redis_restart_that_loses_the_frontier(tmp_path, database_url, private_redis):
    from sqlalchemy import func, select

    from archive.db import get_database
    from archive.models import Article, Revision

    with generated(ARTICLES) as site:
        env = worker_env(tmp_path, database_url, site.url, ARTICLES, private_redis.url, site_rate=500)
        run_siaran("runs", env=env)
        job = f"test-{uuid.uuid4().hex[:10]}"
        workers = [start_worker(env, job, tmp_path / f"worker{i}.log") for i in range(2)]
        try:
            wait_for(lambda: articles_fetched(site) >= ARTICLES * 0.3, 90, "a third of the articles")
            private_redis.restart()
            restarted_at = articles_fetched(site)
            for worker in workers:
                worker.wait(timeout=120)
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.kill()
    logs = [(tmp_path / f"worker{i}.log").read_text(errors="replace") for i in range(2)]
    assert [w.returncode for w in workers] == [0, 0], logs[0][-2000:] + logs[1][-2000:]
    assert restarted_at < ARTICLES
    assert any("gone from Redis" in log for log in logs), "the workers noticed the lost frontier"
    with get_database(database_url).session() as s:
        assert s.scalar(select(func.count()).select_from(Article)) == ARTICLES
        assert s.scalar(select(func.count()).select_from(Revision)) == ARTICLES
