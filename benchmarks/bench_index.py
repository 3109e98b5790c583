"""Indexing throughput and search latency at archive scale (run on demand, not in the test suite).

    .venv/bin/python benchmarks/bench_index.py --releases 100000

1. N synthetic releases (Indonesian and English, ~2 KB bodies, 30% translation pairs) are written to a
   fresh SQLite archive with an outbox row each.
2. **Ours**: ``Indexer.drain()`` into a fresh index (settings applied beforehand): DB reads, documents
   with stemming, pipelined tasks, every task awaited.
3. **Raw**: the very documents our indexer sent (captured during step 2), as pre-serialised JSON batches
   posted to another fresh index with the same settings, last task awaited. Our target: >= 80% of raw.
4. **Search latency** over a fixed query mix: a plain Meilisearch search (same parameters, no form
   lookup) vs ``run_search`` (form lookup + search), p50/p95; then p95 of ``run_search`` with 20
   concurrent clients (one ``meilisearch.Client`` each).

A dated section is appended to benchmarks/results/search.md.
"""

from __future__ import annotations

import argparse
import json
import random
import secrets
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import meilisearch
from sqlalchemy import insert

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.db import Database
from archive.models import Article, IndexOutbox, Source, TranslationPair
from search.indexer import Indexer
from search.queries import SearchRequest, run_search, search_params
from search.server import LocalMeilisearch

RESULTS = ROOT / "benchmarks" / "results" / "search.md"
ID_WORDS = ["pemerintah", "memperkuat", "pencegahan", "terorisme", "melalui", "kerja", "sama", "internasional", "bencana", "banjir", "gempa", "bumi", "pengungsian", "inflasi", "pertumbuhan", "ekonomi", "suku", "bunga", "kebijakan", "moneter", "pembangunan", "daerah", "masyarakat", "penanganan", "darurat", "deradikalisasi", "mantan", "narapidana", "perlindungan", "warga", "negara"]
EN_WORDS = ["government", "strengthens", "terrorism", "prevention", "through", "international", "cooperation", "disaster", "flood", "earthquake", "evacuation", "inflation", "economic", "growth", "interest", "rate", "monetary", "policy", "regional", "development", "community", "emergency", "response", "deradicalization", "former", "inmates", "protection", "citizens"]
SOURCES = ["bnpt", "bnpb", "bi", "bps", "kemlu", "bmkg"]
QUERIES = ["pencegahan terorisme", "terrorism prevention", "banjir", "inflasi 2023", "mencegah terorisme",
           "earthquake evacuation", "suku bunga", "deradikalisasi", "terorsime", "BNPT", "kerja sama", "flood"]


def synthetic(n: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    rows, pairs = [], []
    for i in range(1, n + 1):
        paired_en = i % 10 in (2, 5, 8) and i > 1  # every such row is the EN translation of row i-1
        words = EN_WORDS if paired_en or i % 10 == 9 else ID_WORDS
        body = "\n\n".join(" ".join(rng.choices(words, k=50)) + "." for _ in range(5))
        url = f"https://{SOURCES[i % 6]}.go.id/rilis/{i}"
        rows.append({"id": i, "source_id": SOURCES[i % 6], "url": url, "canonical_url": url,
                     "language": "en" if words is EN_WORDS else "id", "title": " ".join(rng.choices(words, k=8)),
                     "body": body, "tags": [], "published_at": start + timedelta(hours=i * 2),
                     "content_hash": f"{i:064d}"})
        if paired_en:
            pairs.append({"id_article_id": i - 1, "en_article_id": i, "method": "bench", "score": 1.0})
    return rows, pairs


def seed(db: Database, n: int) -> None:
    rows, pairs = synthetic(n)
    with db.session() as s:
        s.add_all(Source(id=k, name=k.upper(), base_url=f"https://{k}.go.id") for k in SOURCES)
        s.flush()
        for i in range(0, n, 5000):
            s.execute(insert(Article), rows[i:i + 5000])
        s.execute(insert(TranslationPair), pairs) if pairs else None
        s.execute(insert(IndexOutbox), [{"article_id": r["id"]} for r in rows])


def ours(db: Database, client, uid: str, batch_size: int) -> tuple[float, list[list[dict]]]:
    indexer = Indexer(db, client, uid, batch_size=batch_size)
    indexer.ensure_index()
    sent: list[list[dict]] = []
    real_submit = indexer._submit

    def capture(batch):
        sent.append(batch.docs)
        real_submit(batch)

    indexer._submit = capture
    t = time.perf_counter()
    result = indexer.drain()
    elapsed = time.perf_counter() - t
    assert result.pending == 0, result
    return elapsed, sent


def raw(client, uid: str, batches: list[list[dict]]) -> float:
    Indexer(None, client, uid).ensure_index()
    payloads = [json.dumps(b, ensure_ascii=False).encode() for b in batches]
    index = client.index(uid)
    t = time.perf_counter()
    last = None
    for payload in payloads:
        last = index.add_documents_json(payload, primary_key="id")
    status = client.wait_for_task(last.task_uid, timeout_in_ms=3_600_000, interval_in_ms=50)
    elapsed = time.perf_counter() - t
    assert status.status == "succeeded", status
    return elapsed


def percentiles(samples: list[float]) -> tuple[float, float]:
    qs = statistics.quantiles(samples, n=100)
    return qs[49] * 1000, qs[94] * 1000


def latency(url: str, key: str, uid: str, rounds: int) -> dict[str, tuple[float, float]]:
    client = meilisearch.Client(url, key)
    reqs = [SearchRequest(q=q, per_page=20) for q in QUERIES]
    for r in reqs:  # warm up
        run_search(client, uid, r)
    direct, ours_ = [], []
    for _ in range(rounds):
        for r in reqs:
            t = time.perf_counter()
            client.index(uid).search(r.q, search_params(r))
            direct.append(time.perf_counter() - t)
            t = time.perf_counter()
            run_search(client, uid, r)
            ours_.append(time.perf_counter() - t)

    def worker(k: int) -> list[float]:
        own = meilisearch.Client(url, key)
        out = []
        for j in range(rounds):
            r = reqs[(k + j) % len(reqs)]
            t = time.perf_counter()
            run_search(own, uid, r)
            out.append(time.perf_counter() - t)
        return out

    with ThreadPoolExecutor(20) as pool:
        concurrent = [x for xs in pool.map(worker, range(20)) for x in xs]
    return {"direct": percentiles(direct), "run_search": percentiles(ours_),
            "run_search, 20 concurrent": percentiles(concurrent)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench_index_"))
    key = secrets.token_urlsafe(16)
    db = Database(f"sqlite:///{tmp / 'archive.db'}")
    t = time.perf_counter()
    seed(db, args.releases)
    print(f"seeded {args.releases} releases in {time.perf_counter() - t:.1f}s", flush=True)
    with LocalMeilisearch(tmp / "meili", master_key=key) as server:
        client = meilisearch.Client(server.url, key, timeout=600)
        ours_s, batches = ours(db, client, "ours", args.batch_size)
        print(f"ours: {ours_s:.1f}s", flush=True)
        raw_s = raw(client, "raw", batches)
        print(f"raw: {raw_s:.1f}s", flush=True)
        lat = latency(server.url, key, "ours", args.rounds)
    n = args.releases
    ratio = raw_s / ours_s
    lines = [f"\n## {date.today().isoformat()}: indexing {n:,} releases, search latency", "",
             (f"Synthetic releases (~2 KB bodies, Indonesian and English, 30% paired), SQLite archive, local "
              f"Meilisearch 1.21 with default threads, batch size {args.batch_size}; "
              f"`benchmarks/bench_index.py --releases {n}`."), "",
             "| ingestion | seconds | docs/s |", "|---|---|---|",
             (f"| ours (`Indexer.drain`: DB → documents with stemming → Meilisearch, tasks awaited) | {ours_s:.1f} | "
              f"{n / ours_s:,.0f} |"),
             f"| raw (same documents, pre-built JSON batches) | {raw_s:.1f} | {n / raw_s:,.0f} |",
             f"| **ours / raw** | | **{ratio:.0%}** |", "",
             "| search latency | p50 ms | p95 ms |", "|---|---|---|"]
    lines += [f"| {name} | {p50:.1f} | {p95:.1f} |" for name, (p50, p95) in lat.items()]
    text = "\n".join(lines) + "\n"
    print(text)
    if not RESULTS.exists():
        RESULTS.write_text("# Search benchmarks\n", encoding="utf-8")
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
