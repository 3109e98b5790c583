"""Benchmark distributed crawling: pages/s with 1, 2 and 4 worker processes against one ordinary crawl.

    .venv/bin/python benchmarks/bench_distributed.py --n 2000 --reps 3 [--embed 64]

The crawl benchmark's generated site (benchmarks/bench_crawl.py: listing pages of 100 links, article pages
shaped like the BNPT replica) is served by its asyncio server in its own process. Each run crawls it into
a fresh PostgreSQL database (distributed mode refuses SQLite, so the single-process baseline uses
PostgreSQL too) with the per-site limits lifted as in the crawl benchmark (no delay, 16 requests at once
per site: for workers, 16 for all of them together through the shared limiter):

* ``single``: ``scraper.run.crawl`` as ``siaran crawl`` runs it (Scrapy's own scheduler in memory);
* ``workers-N``: N processes started together as ``siaran worker`` runs them (scrapy-redis frontier,
  ledger, claims, shared limiter, heartbeats), on one fresh Redis job.

Runs are interleaved (single, w1, w2, w4, single, ...) so load from other processes on the machine falls
on every configuration alike; the median and the range of each are reported. "crawl time" is from the
first process's spider start to the last one's finish (Scrapy's stats), "wall" adds process start-up.
The Redis frontier's overhead is workers-1 against single. With ``--embed K``, releases embedded per
second by 1 and 2 processes (``pipelines.embed.embed_queued`` with the real model, row claims) on K
releases of the last crawl. Results: JSON on stdout and a dated section in benchmarks/results/distributed.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_crawl import PER_PAGE, SOURCE_TOML, serve

RESULTS = ROOT / "benchmarks" / "results" / "distributed.md"
PG_ADMIN_URL = os.environ.get("SIARAN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("SIARAN_REDIS_URL", "redis://127.0.0.1:6379/0")
LIFTED = {"CONCURRENT_REQUESTS_PER_DOMAIN": 16, "SIARAN_INDEX_AFTER_CRAWL": False, "LOGSTATS_INTERVAL": 0}

RUNNER = """
import json, sys
from scraper.run import crawl, project_settings
overrides, job = json.loads(sys.argv[1]), sys.argv[2]
spider_for = None
if job:
    from scraper.distributed import distributed_settings
    from scraper.distributed.spider import distributed_spider_class
    overrides = {**distributed_settings(job, sys.argv[3], project_settings()), **overrides}
    spider_for = distributed_spider_class
kwargs = {"spider_for": spider_for} if spider_for else {}
stats = crawl(["benchgen"], overrides=overrides, **kwargs)["benchgen"]
print(json.dumps({k: (v.timestamp() if hasattr(v, "timestamp") else v) for k, v in stats.items()
                  if isinstance(v, (int, float)) or hasattr(v, "timestamp")}))
"""

EMBEDDER = """
import sys
from archive.db import get_database
from pipelines.embed import embed_queued
print(embed_queued(get_database(sys.argv[1])))
"""


def fresh_database() -> str:
    import psycopg

    name = f"siaran_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


def drop_database(url: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def environment(site_url: str, pages: int, workdir: Path, database_url: str) -> dict:
    sources = workdir / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    (sources / "benchgen.toml").write_text(SOURCE_TOML.format(pages=pages), encoding="utf-8")
    return {**os.environ, "SIARAN_SOURCES_DIRS": str(sources), "SIARAN_SOURCE_URL_BENCHGEN": site_url,
            "SIARAN_DATA_DIR": str(workdir / "data"), "SIARAN_DATABASE_URL": database_url,
            "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_AUTOTHROTTLE": "0", "SIARAN_LOG_LEVEL": "WARNING",
            "MEILI_URL": "http://127.0.0.1:9", "SIARAN_SITE_DELAY": "0", "SIARAN_SITE_CONCURRENCY": "16"}


def crawl_run(config: str, site_url: str, n: int, workdir: Path, keep_db: bool = False) -> dict:
    """One crawl of the site by ``config`` (single | workers-N) into a fresh database."""
    database_url = fresh_database()
    from archive.db import upgrade

    upgrade(database_url)  # the schema first, so the processes do not queue on the migration lock
    env = environment(site_url, -(-n // PER_PAGE), workdir, database_url)
    workers = int(config.split("-")[1]) if config.startswith("workers") else 0
    job = f"bench-{uuid.uuid4().hex[:8]}" if workers else ""
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", RUNNER, json.dumps(LIFTED), job, REDIS_URL], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(max(1, workers))]
    outputs = [p.communicate() for p in procs]
    wall = time.perf_counter() - started
    for p, (_, err) in zip(procs, outputs):
        if p.returncode != 0:
            raise SystemExit(f"{config} crawl failed:\n{err[-3000:]}")
    stats = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    span = max(s["finish_time"] for s in stats) - min(s["start_time"] for s in stats)
    items = sum(s.get("item_scraped_count", 0) for s in stats)
    if not keep_db:
        drop_database(database_url)
    return {"config": config, "items": items, "crawl_s": round(span, 2), "wall_s": round(wall, 2),
            "pages_per_s": round(items / span, 1), "database_url": database_url if keep_db else None}


def embed_rates(database_url: str, env: dict, k: int) -> dict:
    """Releases embedded per second by 1 and 2 processes on the first ``k`` queued releases."""
    import psycopg

    with psycopg.connect(database_url.replace("postgresql://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute("DELETE FROM index_outbox WHERE article_id NOT IN "
                     "(SELECT article_id FROM index_outbox ORDER BY article_id LIMIT %s)", (k,))
    rates = {}
    for processes in (1, 2):
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute("DELETE FROM article_vectors")
        started = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", EMBEDDER, database_url], env=env, cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(processes)]
        done = sum(int(p.communicate()[0].strip().splitlines()[-1]) for p in procs)
        rates[processes] = {"embedded": done, "seconds": round(time.perf_counter() - started, 1),
                            "per_s": round(done / (time.perf_counter() - started), 2)}
    return rates


def summarise(runs: list[dict]) -> dict:
    out = {}
    for config in dict.fromkeys(r["config"] for r in runs):
        rates = [r["pages_per_s"] for r in runs if r["config"] == config]
        out[config] = {"median": round(statistics.median(rates), 1), "min": min(rates), "max": max(rates),
                       "runs": rates}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--configs", default="single,workers-1,workers-2,workers-4")
    parser.add_argument("--embed", type=int, default=0, help="Also embed this many releases with 1 and 2 processes.")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    configs = args.configs.split(",")
    ports = mp.Queue()
    server = mp.Process(target=serve, args=(args.n, ports), daemon=True)
    server.start()
    site_url = f"http://127.0.0.1:{ports.get(timeout=300)}"
    runs: list[dict] = []
    embedding = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for rep in range(args.reps):
                for config in configs:
                    last = args.embed and rep == args.reps - 1 and config == configs[-1]
                    run = crawl_run(config, site_url, args.n, Path(tmp) / f"{config}-{rep}", keep_db=bool(last))
                    runs.append(run)
                    print(json.dumps(run), file=sys.stderr)
            if args.embed:
                url = runs[-1]["database_url"]
                env = environment(site_url, 1, Path(tmp) / "embed", url)
                embedding = embed_rates(url, env, args.embed)
                drop_database(url)
    finally:
        server.terminate()
    summary = summarise(runs)
    single = summary.get("single", {}).get("median")
    one = summary.get("workers-1", {}).get("median")
    result = {"n": args.n, "reps": args.reps, "summary": summary, "embedding": embedding,
              "frontier_overhead": round(1 - one / single, 3) if single and one else None,
              "load_average": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(), "runs": runs}
    print(json.dumps(result, indent=2))
    if not args.no_write:
        write_section(result)


def write_section(r: dict) -> None:
    if not RESULTS.exists():
        RESULTS.write_text("# Distributed crawl benchmark\n\nProduced by `benchmarks/bench_distributed.py`; one "
                           "section per run. Target: the Redis frontier costs at most 10% of a single "
                           "process's pages/s.\n", encoding="utf-8")
    lines = [
        f"\n## {datetime.now(UTC).isoformat(timespec='seconds')} - n = {r['n']:,}, {r['reps']} interleaved runs each\n",
        (f"{r['cpus']} CPUs, Python {platform.python_version()}, PostgreSQL, no index, per-site limits lifted "
         f"(no delay, 16 requests at once); 1-min load average at the end: {r['load_average']}.\n"),
        "| configuration | pages/s median | min - max | runs |", "|---|---|---|---|",
        *(f"| {c} | {s['median']} | {s['min']} - {s['max']} | {', '.join(map(str, s['runs']))} |"
          for c, s in r["summary"].items()),
        "",
    ]
    if r["frontier_overhead"] is not None:
        lines += [(f"**Redis frontier overhead (workers-1 vs single, medians): {r['frontier_overhead']:.1%}** "
                  "(target <= 10%)."), ""]
    if r["embedding"]:
        e = r["embedding"]
        lines += [(f"Embedding (real model, row claims): 1 process {e[1]['per_s']} releases/s "
                  f"({e[1]['embedded']} in {e[1]['seconds']} s), 2 processes {e[2]['per_s']} releases/s "
                  f"({e[2]['embedded']} in {e[2]['seconds']} s)."), ""]
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
