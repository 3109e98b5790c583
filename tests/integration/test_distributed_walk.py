"""The listing walk under ``siaran worker``: three workers share each night's job, one of them walks.

The walk replica of ``test_listing_walk.py`` (twelve releases, three a page, no sitemap) is crawled night
after night into two PostgreSQL archives: one by ``siaran crawl`` (one process, the reference), one by
three ``siaran worker`` processes on a fresh job each night (real Redis, real Scrapy engines). Before
night 2 two old releases the schedule will not reach for weeks are taken down: one on page 3, and the
oldest (page 4). The walk (the whole pager every four nights) reads two pages a night: 1-2 on night 2, 2-3 on night 3 (the page-3 release is
missing: re-checked, 404), 3-4 on night 4 (the end of the pager, without the oldest: re-checked, 404).

Each worker sends its own User-Agent, so the replica's request log tells which worker read what: each
listing page is read once per night, the walk's pages by one worker, and the workers' archive ends
every night with what the single process's archive says about every release (when a listing last
showed it, when it was seen gone, when removed).

On night 3 page 1 is held for a while and the worker that asked for it is killed (SIGKILL) meanwhile:
a survivor, which had long been idle (and would have handed out its re-checks already, before any
walk), recovers page 1, walks, and still re-checks what its walk found missing. Page 1 is read twice
that night (the price of a recovered request), the walk's pages still once.

Also here: the Kemlu JSON API list walked by two workers a night (a removed record found through the
walk and re-checked through the record endpoint, as ``test_api_rechecks.py`` checks in one process),
and the walk claims on the real Redis for a source with two walked entries (the allowance handed out
once across them).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from archive.db import Database
from archive.models import Article
from scraper.distributed.keys import JobKeys
from scraper.incremental import seed_schedule
from scraper.recheck import RecheckPolicy
from tests.conftest import REDIS_URL, ROOT, run_siaran
from tests.integration.module_database import module_database
from tests.integration.test_listing_walk import ON_PAGE_3, night
from tests.replicas.server import ReplicaServer
from tests.replicas.walk.site import WalkSite, crawl_env

WORKERS = 3
NIGHTS = range(2, 6)
KILL_NIGHT = 3
HOLD = 6.0  # seconds page 1 is held on KILL_NIGHT: the test kills the worker that asked meanwhile
COLUMNS = ("last_listed_at", "gone_since", "removed_at")


class HeldWalkSite(WalkSite):
    """The walk replica, whose page 1 can be held back once (``hold_once`` seconds)."""

    hold_once = 0.0

    def listing_page(self, number: int):
        if number == 1 and self.hold_once:
            hold, self.hold_once = self.hold_once, 0.0
            time.sleep(hold)
        return super().listing_page(number)


@dataclass
class Night:
    listing: list[tuple[int, str]]  # (page, User-Agent) of every listing request, as they arrived
    articles: list[str]  # slugs of the article pages requested
    state: dict[str, dict[str, datetime | None]]  # slug -> COLUMNS


@dataclass
class Archive:
    db: Database
    env: dict
    nights: dict[int, Night] = field(default_factory=dict)


@dataclass
class Scenario:
    server: ReplicaServer
    site: HeldWalkSite
    single: Archive
    workers: Archive
    jobs: dict[int, str] = field(default_factory=dict)
    logs: dict[int, list[str]] = field(default_factory=dict)
    killed: str | None = None  # the User-Agent of the worker killed on KILL_NIGHT

    def record(self, archive: Archive, n: int) -> None:
        log = list(self.server.log)
        with archive.db.session() as s:
            state = {a.url.rsplit("/", 1)[-1]: {c: getattr(a, c) for c in COLUMNS} for a in s.scalars(select(Article))}
        archive.nights[n] = Night(
            listing=[(int(r.arg("page", "1")), r.headers.get("User-Agent", "")) for r in log if r.path == "/siaran"],
            articles=[r.path.strip("/") for r in log if r.path.strip("/") in self.site.pages], state=state)

    def crawl(self, n: int) -> None:
        """Night ``n`` in the single-process archive (the reference)."""
        self.server.clear_log()
        run_siaran("crawl", "--source", "walk", "--no-index", env={**self.single.env, "SIARAN_NOW": night(n).isoformat()},
                   check=False)
        self.record(self.single, n)

    def work(self, n: int, tmp) -> None:
        """Night ``n`` in the workers' archive: ``WORKERS`` workers on a job of their own."""
        self.server.clear_log()
        self.site.hold_once = HOLD if n == KILL_NIGHT else 0.0
        job = self.jobs[n] = f"test-walk-{uuid.uuid4().hex[:8]}-n{n}"
        logs = [tmp / f"night{n}-worker{i}.log" for i in range(WORKERS)]
        procs = start_workers({**self.workers.env, "SIARAN_NOW": night(n).isoformat()}, "walk", job, logs)
        deadline = time.monotonic() + 180
        try:
            killed = self.kill_page_one_reader(procs, deadline) if n == KILL_NIGHT else None
        except BaseException:
            for proc in procs:
                proc.kill()
            raise
        self.logs[n] = finish_workers(procs, logs, deadline, expect={killed: -signal.SIGKILL})
        self.record(self.workers, n)

    def kill_page_one_reader(self, procs: list[subprocess.Popen], deadline: float) -> int:
        """Kill the worker whose request for page 1 the replica is holding; its index."""
        while not (asked := [r for r in list(self.server.log) if r.path == "/siaran"]):
            assert time.monotonic() < deadline, "nobody asked for page 1"
            time.sleep(0.05)
        self.killed = asked[0].headers.get("User-Agent", "")
        index = int(self.killed.rsplit("-", 1)[1])
        procs[index].send_signal(signal.SIGKILL)
        return index


def start_workers(env: dict, source: str, job: str, logs: list) -> list[subprocess.Popen]:
    """``siaran worker`` processes on ``job``, one per log path, each with its own User-Agent
    (``siaran-test-worker-<i>``), so the replica's log tells them apart."""
    procs = []
    for i, path in enumerate(logs):
        with open(path, "wb") as log:
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "siaran.cli", "worker", "--source", source, "--job", job, "--no-index"],
                env={**env, "SIARAN_USER_AGENT": f"siaran-test-worker-{i}"}, cwd=ROOT, stdout=log,
                stderr=subprocess.STDOUT))
    return procs


def finish_workers(procs: list[subprocess.Popen], logs: list, deadline: float, expect: dict | None = None) -> list[str]:
    """Wait for every worker; their logs' text. Each must exit 0, or with what ``expect`` says for its index."""
    try:
        for proc in procs:
            proc.wait(timeout=max(1, deadline - time.monotonic()))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    texts = [path.read_text(errors="replace") for path in logs]
    for i, proc in enumerate(procs):
        assert proc.returncode == (expect or {}).get(i, 0), f"worker {i}:\n{texts[i][-3000:]}"
    return texts


def quiet_releases(db: Database) -> set[str]:
    """Releases whose first scheduled re-check comes after the last night of the test."""
    seed_schedule(db, "walk", RecheckPolicy())
    with db.session() as s:
        return {url.rsplit("/", 1)[-1] for url, due in s.execute(select(Article.url, Article.next_check_at))
                if due > night(NIGHTS[-1] + 1)}


@pytest.fixture(scope="module")
def walk(tmp_path_factory):
    import os

    import redis

    tmp = tmp_path_factory.mktemp("distributed_walk")
    site = HeldWalkSite()
    client = redis.Redis.from_url(REDIS_URL)
    with (module_database("postgresql", tmp / "single") as single_url,
          module_database("postgresql", tmp / "workers") as workers_url, ReplicaServer(site) as server):
        scenario = Scenario(
            server, site,
            # A whole pager every four nights: two pages a night (one new, and the one it resumes on).
            Archive(Database(single_url), crawl_env(tmp / "single-data", single_url, server.url,
                                                    SIARAN_RECHECK_WALK_NIGHTS="4")),
            Archive(Database(workers_url), {**os.environ, **crawl_env(
                tmp / "workers-data", workers_url, server.url, SIARAN_REDIS_URL=REDIS_URL, SIARAN_WORKER_TTL="3",
                SIARAN_SITE_DELAY="0", SIARAN_RECHECK_WALK_NIGHTS="4")}))
        # Night 1 stores the twelve releases in both archives the same way (one process).
        scenario.crawl(1)
        scenario.server.clear_log()
        run_siaran("crawl", "--source", "walk", "--no-index",
                   env={**scenario.workers.env, "SIARAN_NOW": night(1).isoformat()}, check=False)
        scenario.record(scenario.workers, 1)
        quiet = quiet_releases(scenario.single.db) & quiet_releases(scenario.workers.db)
        scenario.middle = next(slug for slug in ON_PAGE_3 if slug in quiet)
        scenario.oldest = "peta-risiko"
        assert scenario.oldest in quiet
        for slug in (scenario.middle, scenario.oldest):
            site.set_mode(slug, "gone404")
        for n in NIGHTS:
            scenario.crawl(n)
            scenario.work(n, tmp)
        yield scenario
        for job in scenario.jobs.values():
            keys = list(client.scan_iter(f"siaran:{job}:*"))
            if keys:
                client.delete(*keys)  # else they expire in 48 h


@pytest.mark.postgres
def test_each_walk_page_is_read_once_a_night_by_one_worker(walk):
    for n in NIGHTS:
        pages = Counter(page for page, _ in walk.workers.nights[n].listing)
        recovered = Counter({1: 1}) if n == KILL_NIGHT else Counter()  # the killed worker's page 1
        assert pages == Counter(page for page, _ in walk.single.nights[n].listing) + recovered, n  # the same pages
        assert max((pages - recovered).values()) == 1, (n, pages)  # once each, for all workers together
        walkers = {agent for page, agent in walk.workers.nights[n].listing if page > 1}
        assert len(walkers) == 1, (n, walk.workers.nights[n].listing)
    # On the kill night a survivor read page 1 again and walked.
    assert next(agent for page, agent in walk.workers.nights[KILL_NIGHT].listing if page == 1) == walk.killed
    assert walk.killed not in {agent for page, agent in walk.workers.nights[KILL_NIGHT].listing if page > 1}
    # The walk did read, where one process reads: pages 1-2, then 2-3, then 3-4 (page 1 is discovery's).
    assert [page for page, _ in walk.workers.nights[2].listing] == [1, 2]
    assert [page for page, _ in walk.workers.nights[3].listing] == [1, 1, 2, 3]  # KILL_NIGHT: page 1 twice
    assert [page for page, _ in walk.workers.nights[4].listing] == [1, 3, 4]


@pytest.mark.postgres
def test_one_worker_claims_the_walk_of_a_job_and_marks_it_done(walk, redis_server):
    for n in NIGHTS:
        claims = {k.decode(): v.decode() for k, v in redis_server.hgetall(JobKeys(walk.jobs[n]).walks("walk")).items()}
        assert claims["entry:0"].startswith("done:"), claims
        assert claims["claimed"] == "1"
        walking = [log for log in walk.logs[n] if "walking walk entry" in log]
        assert len(walking) == 1, n


@pytest.mark.postgres
def test_a_release_removed_from_the_listing_is_noticed_by_the_walk_under_workers(walk):
    nights = walk.workers.nights
    assert walk.middle not in nights[2].articles  # not yet walked
    assert walk.middle in nights[3].articles  # missing between its neighbours on walk pages 2-3: re-checked
    assert nights[3].state[walk.middle]["gone_since"] == night(3)
    assert nights[4].state[walk.middle]["removed_at"] == night(3)  # two observations, two nights
    assert walk.oldest in nights[4].articles  # the walk reached the end of the pager without it
    assert nights[4].state[walk.oldest]["gone_since"] == night(4)
    assert nights[5].state[walk.oldest]["removed_at"] == night(4)
    for n in NIGHTS:
        marked = {slug for slug, a in nights[n].state.items() if a["gone_since"] or a["removed_at"]}
        assert marked <= {walk.middle, walk.oldest}, n


@pytest.mark.postgres
def test_the_workers_archive_says_what_the_single_process_archive_says(walk):
    for n in (1, *NIGHTS):
        assert walk.workers.nights[n].state == walk.single.nights[n].state, n
    shown_on_2 = {slug for slug, a in walk.workers.nights[2].state.items() if a["last_listed_at"] == night(2)}
    assert len(shown_on_2) == 6  # pages 1-2, the walk's page 2 included


# -- a JSON API list walked under workers (Kemlu): the walk and the re-check through the record endpoint --
@pytest.fixture(scope="module")
def api_walked(tmp_path_factory):
    """``test_api_rechecks.py``'s walked Kemlu list, nights 2 and 3 crawled by two workers each: a release
    removed between night 1 and night 2 whose own re-check is weeks away."""
    import os

    import redis

    from tests.conftest import crawl_env as store_env
    from tests.integration.test_api_rechecks import ChangingKemlu, only_the_walk_can_find

    tmp = tmp_path_factory.mktemp("distributed_api_walk")
    site = ChangingKemlu()
    jobs, logs = [], []
    with module_database("postgresql", tmp) as url, ReplicaServer(site) as server:
        env = {**os.environ, **store_env(tmp / "data", url, {"url": "http://127.0.0.1:9", "key": None}),
               "SIARAN_SOURCE_URL_KEMLU": server.url, "SIARAN_REDIS_URL": REDIS_URL, "SIARAN_WORKER_TTL": "3",
               "SIARAN_SITE_DELAY": "0", "SIARAN_PIPELINE_WORKERS": "0"}
        start = datetime.now(UTC) + timedelta(days=200)  # every release past three months: re-checked monthly

        def at(days: int) -> dict:
            return {**env, "SIARAN_NOW": (start + timedelta(days=days)).isoformat()}

        run_siaran("crawl", "--source", "kemlu", "--no-index", env=at(0))
        run_siaran("crawl", "--source", "kemlu", "--no-index", env=at(1))  # the first walk: every release listed
        db = Database(url)
        removed = only_the_walk_can_find(db, start)
        site.removed = {removed}
        for days in (2, 3):
            server.clear_log()
            jobs.append(f"test-api-walk-{uuid.uuid4().hex[:8]}-n{days}")
            paths = [tmp / f"night{days}-worker{i}.log" for i in range(2)]
            procs = start_workers(at(days), "kemlu", jobs[-1], paths)
            logs.append((finish_workers(procs, paths, time.monotonic() + 180), list(server.log)))
        yield {"db": db, "removed": removed, "logs": logs}
        client = redis.Redis.from_url(REDIS_URL)
        for job in jobs:
            keys = list(client.scan_iter(f"siaran:{job}:*"))
            if keys:
                client.delete(*keys)


@pytest.mark.postgres
def test_a_release_removed_from_a_json_api_is_found_by_the_walk_under_workers(api_walked):
    from tests.replicas.kemlu.site import API

    with api_walked["db"].session() as s:
        removed = s.scalar(select(Article).where(Article.external_id == api_walked["removed"]))
        assert removed.removed_at is not None and removed.gone_reason == "HTTP 404"
    (night2, requests2), _ = api_walked["logs"]
    asked = [r for r in requests2 if r.path == API + "content/publication" and r.arg("slug") == api_walked["removed"]]
    assert len(asked) == 1  # re-checked through the record endpoint, by one worker
    assert sum("walking kemlu entry" in log for log in night2) == 1


# -- the claims themselves, on the real Redis: a source with two walked entries ----------------------
def test_two_walked_entries_share_the_walk_allowance_once_and_a_done_walk_is_never_taken_over(redis_server):
    from scraper.distributed.walks import WalkClaims

    keys = JobKeys(f"test-walk-claims-{uuid.uuid4().hex[:8]}")
    a, b, c = (WalkClaims(redis_server, keys, "src", worker) for worker in ("a", "b", "c"))
    try:
        for worker in ("a", "b"):
            redis_server.set(keys.alive("src", worker), "1")
        assert a.claim(0, allowance=10, need=4, entries=2) == 4  # what its pager needs
        assert a.claim(0, allowance=10, need=4, entries=2) is None  # page 1 parsed again here: one walk
        assert c.claim(0, allowance=10, need=4, entries=2) is None  # a lives: the walk is a's
        assert b.claim(1, allowance=10, need=4, entries=2) == 6  # the last entry claimed: all that is left
        assert not c.claim(1, allowance=10, need=4, entries=2)
        redis_server.delete(keys.alive("src", "b"))  # b died mid-walk
        assert c.claim(1, allowance=10, need=4, entries=2) == 0  # taken over, with what is left: nothing
        a.finish()
        redis_server.delete(keys.alive("src", "a"))
        assert c.claim(0, allowance=10, need=4, entries=2) is None  # a's walk is done for the job
        assert redis_server.hget(keys.walks("src"), "entry:0") == b"done:a"
        assert a.all_claimed(2) and not a.all_claimed(3)
    finally:
        redis_server.delete(keys.walks("src"), keys.alive("src", "a"), keys.alive("src", "b"))


def test_the_other_workers_wait_while_a_live_worker_walks_and_two_walkers_never_wait_for_each_other(redis_server):
    """A walk's pages stay in the walker's process while their article requests go to the shared queue: an
    empty queue is not the end of the job while a live worker walks (the others would close and leave the
    walker to fetch those articles alone). A worker's own walk does not count, and a walk counts no more once
    its worker was idle (``finish``) or died, so two walkers never wait for each other."""
    from scraper.distributed.walks import WalkClaims
    from scraper.distributed.worker import job_has_work

    keys = JobKeys(f"test-walk-wait-{uuid.uuid4().hex[:8]}")
    a, b = (WalkClaims(redis_server, keys, "src", worker) for worker in ("a", "b"))
    try:
        for worker in ("a", "b"):
            redis_server.set(keys.alive("src", worker), "1")
        assert not job_has_work(redis_server, keys, "src", "b")  # nothing queued, nobody walks
        assert a.claim(0, allowance=10, need=4, entries=2) == 4
        assert job_has_work(redis_server, keys, "src", "b")  # a walks: b stays
        assert not job_has_work(redis_server, keys, "src", "a")  # a's own walk is read when a asks (idle)
        assert b.claim(1, allowance=10, need=4, entries=2) == 6
        assert job_has_work(redis_server, keys, "src", "a") and job_has_work(redis_server, keys, "src", "b")
        a.finish()  # a is idle: its walk pages are read
        assert not job_has_work(redis_server, keys, "src", "b")
        assert job_has_work(redis_server, keys, "src", "a")  # b still walks
        redis_server.delete(keys.alive("src", "b"))  # b died mid-walk: nobody waits for a dead walker
        assert not job_has_work(redis_server, keys, "src", "a")
        redis_server.zadd(keys.queue("src"), {"request": 0})
        assert job_has_work(redis_server, keys, "src", "a")  # queued work counts as before
    finally:
        redis_server.delete(keys.walks("src"), keys.queue("src"), keys.alive("src", "a"), keys.alive("src", "b"))
