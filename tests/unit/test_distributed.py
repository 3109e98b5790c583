"""The pieces of a distributed crawl that need no crawl: the shared site limiter (on the real Redis), the
request codec for discovery callbacks, job ids, the SQLite refusal and the per-job run summary."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime
from itertools import pairwise
from types import SimpleNamespace

import pytest
from scrapy import Request

from scraper.distributed import DistributedUnavailable, night_job, refuse_sqlite
from scraper.distributed.frontier import decode_request, encode_request
from scraper.distributed.keys import site_keys
from scraper.distributed.politeness import SiteLimiter
from siaran.cli_cluster import job_summaries


@pytest.fixture
def host(redis_server):
    name = f"site-{uuid.uuid4().hex[:8]}.test"
    yield name
    redis_server.delete(*site_keys(name))


def test_reservations_of_several_limiters_are_spaced_by_the_site_delay(redis_server, host):
    workers = [SiteLimiter(redis_server, delay=0.05, concurrency=0, lease_seconds=5, owner=f"w{k}") for k in range(3)]
    reservations = [workers[k % 3].reserve(host) for k in range(12)]
    starts = sorted(r.start_ms for r in reservations)
    assert [b - a for a, b in pairwise(starts)] == [50] * 11  # on Redis's clock, whichever worker asked
    assert reservations[0].wait < 0.05 and reservations[-1].wait >= 10 * 0.05 - 0.05


def test_a_site_gives_no_more_leases_than_its_concurrency_until_one_is_released(redis_server, host):
    limiter = SiteLimiter(redis_server, delay=0, concurrency=2, lease_seconds=5, owner="w")
    first, second = limiter.reserve(host), limiter.reserve(host)
    assert first and second and limiter.reserve(host) is None
    limiter.release(host, first[0])
    assert limiter.reserve(host) is not None


def test_a_dead_workers_lease_expires(redis_server, host):
    limiter = SiteLimiter(redis_server, delay=0, concurrency=1, lease_seconds=0.05, owner="w")
    assert limiter.reserve(host) is not None  # never released: its worker died
    time.sleep(0.08)
    assert limiter.reserve(host) is not None


class Strategy:
    """Stands in for a discovery strategy (a ``scraper.discovery.base.Discovery``)."""

    def parse_listing(self, response, page):
        return page


def test_a_discovery_callback_survives_the_queue_by_the_index_of_its_entry():
    from scraper.discovery.base import Discovery

    class FakeStrategy(Discovery):
        parse_listing = Strategy.parse_listing

    class Spider:
        def __init__(self, strategies):
            self.strategies = strategies
            self.source = SimpleNamespace(discovery=[s.config for s in strategies])

        def on_error(self, failure):
            return failure

        def discovery(self, index):
            return self.strategies[index]

        def discovery_index(self, strategy):
            return self.strategies.index(strategy)

    writer = Spider([])
    writer.strategies = [FakeStrategy(writer, SimpleNamespace(language="id")) for _ in range(2)]
    reader = Spider([])
    reader.strategies = [FakeStrategy(reader, SimpleNamespace(language="id")) for _ in range(2)]
    request = Request("https://example.go.id/berita?page=3", callback=writer.strategies[1].parse_listing,
                      errback=writer.on_error, cb_kwargs={"page": 3}, meta={"siaran_kind": "listing"}, priority=10)

    again = decode_request(reader, encode_request(writer, request))
    assert again.callback.__self__ is reader.strategies[1] and again.callback.__name__ == "parse_listing"
    assert again.errback == reader.on_error
    assert (again.url, again.cb_kwargs, again.meta, again.priority) == (request.url, {"page": 3},
                                                                        {"siaran_kind": "listing"}, 10)


def test_a_callback_of_neither_spider_nor_strategy_is_refused():
    spider = SimpleNamespace()
    with pytest.raises(ValueError, match="neither a spider nor a discovery method"):
        encode_request(spider, Request("https://example.go.id/", callback=Strategy().parse_listing))


def test_the_default_job_is_the_night_in_jakarta():
    assert night_job(datetime(2026, 12, 4, 19, 30, tzinfo=UTC)) == "night-2026-12-05"  # 02:30 WIB
    assert night_job(datetime(2026, 12, 4, 16, 30, tzinfo=UTC)) == "night-2026-12-04"  # 23:30 WIB


def test_sqlite_is_refused_postgresql_is_not():
    with pytest.raises(DistributedUnavailable, match="PostgreSQL"):
        refuse_sqlite("sqlite:///data/siaran.db")
    refuse_sqlite("postgresql://siaran@db/siaran")


def test_runs_of_a_job_are_summed_per_job():
    def run(job, status, host, new):
        return SimpleNamespace(job=job, status=status, host=host, counts={"new": new, "requests": new + 1,
                                                                          "errors_by_kind": {}})

    summaries = job_summaries([run("night-1", "finished", "a", 10), run("night-1", "killed", "b", 4),
                               run(None, "finished", "a", 99), run("night-2", "finished", "a", 1)])
    assert [s.job for s in summaries] == ["night-1", "night-2"]
    assert summaries[0].line() == ("job night-1: 2 worker runs on 2 hosts (1 finished, 1 killed); new 14, "
                                   "updated 0, unchanged 0, failed 0, requests 16")
