"""``/timeline`` latency at archive scale: Meilisearch facet counts vs a database aggregate (on demand).

    flock /tmp/siaran-bench.lock .venv/bin/python benchmarks/bench_timeline.py --releases 100000

1. N synthetic releases (bench_index's generator: 6 sources, Indonesian and English, one release every two
   hours from 2015) in a fresh SQLite archive, indexed by ``Indexer.drain`` into a local Meilisearch.
2. The request: "banjir" from source ``bnpb`` per month (target: p50 <= 100 ms through the HTTP API).
   Interleaved rounds, each path once per round:

   * **API**: ``GET /timeline`` of ``siaran serve``'s app under uvicorn in its own process, a new
     connection per request (as a browser's first request);
   * **facets in-process**: ``search.timeline.timeline`` (the same Meilisearch request, no HTTP layer);
   * **database aggregate, with the query**: the database cannot match the query itself (the words live
     in Meilisearch, stemmed), so the matching ids come from Meilisearch (paged ``id`` only, capped at
     ``maxTotalHits``, as ``/export`` does) and are counted per Jakarta month in SQL;
   * **database aggregate, filters only** (no query): the cost floor of the GROUP BY over the source's
     rows, for comparison.

   Before timing, the facet counts are checked against the database aggregate (they must be equal).

A dated section is appended to benchmarks/results/timeline.md unless ``--no-append``.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import httpx
import meilisearch
from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.db import Database
from benchmarks.bench_index import api_server, load, seed
from search.indexer import Indexer
from search.queries import SearchRequest, build_filter, clear_count_cache, form_counts, query_text
from search.server import LocalMeilisearch
from search.timeline import timeline

RESULTS = ROOT / "benchmarks" / "results" / "timeline.md"
QUERY, SOURCE = "banjir", "bnpb"
# Jakarta month of a UTC timestamp stored by SQLAlchemy on SQLite ("YYYY-MM-DD HH:MM:SS.ffffff").
MONTH_SQL = "strftime('%Y-%m', published_at, '+7 hours')"


def request() -> SearchRequest:
    return SearchRequest(q=QUERY, sources=[SOURCE])


def matching_ids(client, uid: str) -> list[int]:
    """The ids Meilisearch matches for the request (paged, ids only; capped at maxTotalHits)."""
    req = request()
    q = query_text(req.q, form_counts(client, uid, req.q))
    ids: list[int] = []
    page = 1
    while True:
        result = client.index(uid).search(q, {"filter": build_filter(req), "page": page, "hitsPerPage": 1000,
                                              "attributesToRetrieve": ["id"]})
        ids += [h["id"] for h in result["hits"]]
        if page >= result.get("totalPages", 1):
            return ids
        page += 1


def db_by_ids(db: Database, ids: list[int]) -> dict[str, int]:
    with db.engine.connect() as conn:
        conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS bench_ids (id INTEGER PRIMARY KEY)"))
        conn.execute(text("DELETE FROM bench_ids"))
        conn.execute(text("INSERT INTO bench_ids (id) VALUES (:id)"), [{"id": i} for i in ids])
        rows = conn.execute(text(f"SELECT {MONTH_SQL} AS m, count(*) FROM articles JOIN bench_ids USING (id) "
                                 "WHERE published_at IS NOT NULL GROUP BY m")).all()
        conn.rollback()
    return dict(rows)


def db_filters_only(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return dict(conn.execute(text(f"SELECT {MONTH_SQL} AS m, count(*) FROM articles WHERE source_id = :s "
                                      "AND published_at IS NOT NULL GROUP BY m"), {"s": SOURCE}).all())


ROWS = [("api", "**API `GET /timeline`** (uvicorn, new connection; target p50 ≤ 100 ms)"),
        ("facets", "facet counts in-process (`search.timeline.timeline`)"),
        ("db_ids", "database aggregate with the query (ids from Meilisearch, GROUP BY month in SQL)"),
        ("db_filters", "database aggregate, filters only (no query; the GROUP BY alone)")]


def pct(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--no-append", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_timeline_"))
    key = secrets.token_urlsafe(16)
    db_url = f"sqlite:///{tmp / 'archive.db'}"
    db = Database(db_url)
    load_before = load()
    t = time.perf_counter()
    seed(db, args.releases)
    seed_s = time.perf_counter() - t
    print(f"seeded {args.releases} in {seed_s:.0f}s", flush=True)
    try:
        with LocalMeilisearch(tmp / "meili", master_key=key) as server:
            client = meilisearch.Client(server.url, key, timeout=3600)
            t = time.perf_counter()
            Indexer(db, client, "releases").drain()
            index_s = time.perf_counter() - t
            print(f"indexed in {index_s:.0f}s (load {load()})", flush=True)
            facets = timeline(client, "releases", request(), "month")
            ids = matching_ids(client, "releases")
            db_counts = db_by_ids(db, ids)
            fac_counts = {b.key: b.count for b in facets.buckets if b.count}
            capped = len(ids) < facets.total
            if not capped:
                assert fac_counts == db_counts, "facet counts differ from the database aggregate"
            samples: dict[str, list[float]] = {"api": [], "facets": [], "db_ids": [], "db_filters": []}
            # A new connection per request (no keep-alive), from one client: httpx.get() would also build an
            # SSL context per call, ~50 ms on a loaded machine that is not the API's.
            http = httpx.Client(timeout=60, limits=httpx.Limits(max_keepalive_connections=0))
            with api_server(db_url, server.url, key, "releases") as api_url:
                params = {"q": QUERY, "source": SOURCE, "interval": "month"}
                assert http.get(f"{api_url}/timeline", params=params).json()["total"] == facets.total
                for _ in range(args.rounds):
                    clear_count_cache()  # cold: every path pays its word-form count request
                    t = time.perf_counter()
                    http.get(f"{api_url}/timeline", params=params).raise_for_status()
                    samples["api"].append(time.perf_counter() - t)
                    clear_count_cache()
                    t = time.perf_counter()
                    timeline(client, "releases", request(), "month")
                    samples["facets"].append(time.perf_counter() - t)
                    clear_count_cache()
                    t = time.perf_counter()
                    db_by_ids(db, matching_ids(client, "releases"))
                    samples["db_ids"].append(time.perf_counter() - t)
                    t = time.perf_counter()
                    db_filters_only(db)
                    samples["db_filters"].append(time.perf_counter() - t)
            load_after = load()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    figures = {k: pct(v) for k, v in samples.items()}
    n = args.releases
    lines = [f"\n## {date.today().isoformat()}: /timeline over {n:,} releases", "",
             (f"`benchmarks/bench_timeline.py --releases {n} --rounds {args.rounds}`: \"{QUERY}\" from source "
              f"`{SOURCE}` per month: {facets.total:,} matching releases in {len(facets.buckets)} months "
              f"({facets.undated} undated). Synthetic archive (bench_index's generator), SQLite, local "
              f"Meilisearch 1.21; seeding {seed_s:.0f} s, indexing {index_s:.0f} s. Load average before: "
              f"{load_before}; after: {load_after}. Cold word-form counts on every request."), "",
             "| path | p50 ms | p95 ms |", "|---|---|---|",
             *(f"| {label} | {figures[k][0]:.1f} | {figures[k][1]:.1f} |" for k, label in ROWS), "",
             ("Facet counts equal the database aggregate month by month." if not capped else
              f"The database path is capped: Meilisearch returned {len(ids):,} of {facets.total:,} ids "
              "(maxTotalHits), so its counts are too low; the facet counts are not capped."), ""]
    section = "\n".join(lines)
    print(section)
    if not args.no_append:
        if not RESULTS.exists():
            RESULTS.write_text("# /timeline benchmark\n\nCounts over time: Meilisearch facet distribution on "
                               "`published_month` vs a database aggregate. Appended by "
                               "`benchmarks/bench_timeline.py`.\n", encoding="utf-8")
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write(section)


if __name__ == "__main__":
    os.environ.setdefault("SIARAN_LOG_LEVEL", "WARNING")
    main()
