"""Benchmark the crawl: how much of bare Scrapy's speed is left once Siaran's pipelines run?

    .venv/bin/python benchmarks/bench_crawl.py --n 10000

A generated site of ``n`` articles (listing pages of 100 links, article pages shaped like the BNPT
replica, distinct Indonesian-like texts) is served by a small asyncio HTTP/1.1 server in its own
process, from pre-rendered bytes, so the server is not the bottleneck (its own rate is measured and
printed, next to the threaded replica server's for comparison). The site is crawled twice through the
real engine, each in a fresh process and database:

* ``pipelines``: the project settings (clean, language, dedupe, store, ..., the crawl report), no index;
  the pipelines' pure CPU work runs in one worker process (``SIARAN_PIPELINE_WORKERS``, default 1),
  which is why the CPU time of all the crawl's processes is reported next to the crawl time;
* ``bare``: the same spider with ``ITEM_PIPELINES = {}`` and no extensions (Scrapy parsing and
  extraction only).

Both runs lift the per-domain politeness limits (no delay, 16 parallel requests), which measure the
site, not Siaran. Results: JSON on stdout and a dated section appended to benchmarks/results/crawl.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "benchmarks" / "results" / "crawl.md"
PER_PAGE = 100
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
WORDS = ["pemerintah", "daerah", "provinsi", "kabupaten", "kota", "badan", "nasional", "kementerian", "lembaga", "menggelar", "rapat", "koordinasi", "penanganan", "pencegahan", "masyarakat", "bantuan", "program", "kegiatan", "pelaksanaan", "anggaran", "pembangunan", "wilayah", "kesehatan", "pendidikan", "ekonomi", "keamanan", "bencana", "banjir", "longsor", "gempa", "pengungsi", "posko", "relawan", "petugas", "kepala", "direktur", "menteri", "menyampaikan", "menegaskan", "menjelaskan", "meningkatkan", "memperkuat", "menyiapkan", "kerja", "sama", "sinergi", "kebijakan", "laporan", "evaluasi", "pekan", "bulan", "tahun", "warga", "desa", "kecamatan", "pusat", "layanan", "data", "informasi", "publik", "sosial", "digital", "teknologi", "pelatihan", "pemuda", "perempuan", "anak", "keluarga"]
SOURCE_TOML = """id = "benchgen"
name = "Generated benchmark site"
base_url = "http://benchgen.invalid"
languages = ["id"]

[[discovery]]
kind = "listing"
language = "id"
start = "/berita"
links = "article.news-item h3 a::attr(href)"
page_param = "page"
max_pages = {pages}

[selectors]
title = "h1.post-title"
date = ".post-meta .date"
author = ".post-meta .author"
body = "div.post-content"
remove = [".share-buttons"]
"""
LAYOUT = ('<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>{title} | Badan Generik</title>'
          '</head><body><header><nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav></header>'
          '<main class="container">{content}</main><footer><p>Badan Generik Republik Indonesia</p>'
          '<p>Hak cipta dilindungi.</p></footer></body></html>')


# -- the generated site ------------------------------------------------------------------------------
def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 22)) + [str(rng.randint(2, 2000))]
    rng.shuffle(words)
    return " ".join(words).capitalize() + "."


def render_site(n: int, seed: int = 7) -> dict[str, bytes]:
    """path -> complete HTTP response bytes."""
    rng = random.Random(seed)
    pages: dict[str, bytes] = {"/robots.txt": _http(b"User-agent: *\nDisallow: /admin/\n", "text/plain")}
    slugs = [f"siaran-pers-{i:05d}-" + "-".join(rng.sample(WORDS, 4)) for i in range(n)]
    for i, slug in enumerate(slugs):
        title = " ".join(rng.sample(WORDS, 7)).title()
        date = f"{DAYS[i % 7]}, {1 + i % 28} {MONTHS[i % 12]} {2012 + i % 12}"
        paragraphs = "".join(f"<p>{' '.join(sentence(rng) for _ in range(3))}</p>\n" for _ in range(rng.randint(4, 8)))
        content = (f'<article class="post-detail"><h1 class="post-title">{title}</h1><div class="post-meta">'
                   f'<span class="date">{date}</span> <span class="author">Humas</span></div>'
                   f'<div class="post-content">\n{paragraphs}</div><div class="share-buttons">Bagikan: '
                   '<a href="#">Facebook</a> <a href="#">Twitter</a></div></article>')
        pages[f"/{slug}"] = _http(LAYOUT.format(title=title, content=content).encode())
    for page in range(1, -(-n // PER_PAGE) + 1):
        items = "".join(f'<article class="news-item"><h3><a href="/{s}">{s}</a></h3></article>\n'
                        for s in slugs[(page - 1) * PER_PAGE: page * PER_PAGE])
        html = LAYOUT.format(title="Berita", content=f'<div class="news-list">{items}</div>').encode()
        pages[f"/berita?page={page}"] = _http(html)
        if page == 1:
            pages["/berita"] = pages["/berita?page=1"]
    return pages


def _http(body: bytes, ctype: str = "text/html; charset=utf-8", status: bytes = b"200 OK") -> bytes:
    head = f"Content-Type: {ctype}\r\nContent-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n".encode()
    return b"HTTP/1.1 " + status + b"\r\n" + head + body


NOT_FOUND = _http(b"not found", "text/plain", b"404 Not Found")


# -- a fast server: asyncio, keep-alive, pre-rendered bytes ------------------------------------------
def serve(n: int, port_queue) -> None:
    pages = render_site(n)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode()
                writer.write(pages.get(path, NOT_FOUND))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
        port_queue.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def server_rate(url: str, paths: list[str], seconds: float = 3.0, threads: int = 4) -> float:
    """Pages/s one keep-alive client thread per connection gets from a server (for the comparison)."""
    import http.client
    from urllib.parse import urlsplit

    host, port = urlsplit(url).hostname, urlsplit(url).port
    done = [0] * threads
    stop = time.perf_counter() + seconds

    def worker(k: int) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=10)
        i = k
        while time.perf_counter() < stop:
            conn.request("GET", paths[i % len(paths)])
            conn.getresponse().read()
            done[k] += 1
            i += threads

    pool = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return sum(done) / seconds


def threaded_replica_rate(n: int) -> float:
    from tests.replicas.server import ReplicaServer, Reply, Site

    pages = {p: r.split(b"\r\n\r\n", 1)[1] for p, r in render_site(min(n, 500)).items()}

    class Generated(Site):
        def handle(self, request):
            return Reply(body=pages.get(request.path, b""))

    with ReplicaServer(Generated()) as server:
        return server_rate(server.url, [p for p in pages if p.startswith("/siaran")])


# -- the crawls --------------------------------------------------------------------------------------
RUNNER = """
import json, sys
from scraper.run import crawl
overrides = json.loads(sys.argv[1])
stats = crawl(["benchgen"], overrides=overrides)["benchgen"]
print(json.dumps({k: v for k, v in stats.items() if isinstance(v, (int, float))}))
"""


def crawl_once(url: str, pages: int, mode: str, workdir: Path) -> dict:
    sources = workdir / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    (sources / "benchgen.toml").write_text(SOURCE_TOML.format(pages=pages), encoding="utf-8")
    env = {**os.environ, "SIARAN_SOURCES_DIRS": str(sources), "SIARAN_SOURCE_URL_BENCHGEN": url,
           "SIARAN_DATA_DIR": str(workdir / "data"), "SIARAN_DATABASE_URL": f"sqlite:///{workdir / mode}.db",
           "SIARAN_DOWNLOAD_DELAY": "0", "SIARAN_AUTOTHROTTLE": "0", "SIARAN_LOG_LEVEL": "WARNING",
           "MEILI_URL": "http://127.0.0.1:9"}
    overrides = {"CONCURRENT_REQUESTS_PER_DOMAIN": 16, "SIARAN_INDEX_AFTER_CRAWL": False, "LOGSTATS_INTERVAL": 0}
    if mode == "bare":
        overrides.update(ITEM_PIPELINES={}, EXTENSIONS={})
    started = time.perf_counter()
    cpu_before = _children_cpu()
    proc = subprocess.run([sys.executable, "-c", RUNNER, json.dumps(overrides)], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before  # the crawl process and its worker processes, user + system
    if proc.returncode != 0:
        raise SystemExit(f"{mode} crawl failed:\n{proc.stderr[-3000:]}")
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    elapsed = stats["elapsed_time_seconds"]
    articles = stats.get("response_received_count", 0) - pages - 1  # minus listing pages and robots.txt
    return {"mode": mode, "articles": articles, "items": stats.get("item_scraped_count", 0),
            "elapsed_s": round(elapsed, 1), "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
            "pages_per_s": round(articles / elapsed, 1)}


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--no-write", action="store_true", help="Do not append to the results file.")
    args = parser.parse_args()
    pages = -(-args.n // PER_PAGE)
    ports = mp.Queue()
    server = mp.Process(target=serve, args=(args.n, ports), daemon=True)
    server.start()
    url = f"http://127.0.0.1:{ports.get(timeout=300)}"
    try:
        article_paths = [p for p in render_site(min(args.n, 500)) if p.startswith("/siaran")]
        rates = {"asyncio_server": round(server_rate(url, article_paths)),
                 "threaded_replica_server": round(threaded_replica_rate(args.n))}
        with tempfile.TemporaryDirectory() as tmp:
            runs = [crawl_once(url, pages, mode, Path(tmp) / mode) for mode in ("pipelines", "bare")]
    finally:
        server.terminate()
    ratio = runs[0]["pages_per_s"] / runs[1]["pages_per_s"]
    result = {"n": args.n, "server_pages_per_s": rates, "runs": runs, "ratio": round(ratio, 3),
              "load_average": round(os.getloadavg()[0], 2), "cpus": os.cpu_count()}
    print(json.dumps(result, indent=2))
    if not args.no_write:
        write_section(result)


def write_section(r: dict) -> None:
    if not RESULTS.exists():
        RESULTS.write_text("# Crawl throughput benchmark\n\nProduced by `benchmarks/bench_crawl.py`; one section per "
                           "run. Target: the full pipeline keeps at least 50% of bare Scrapy's pages/s.\n",
                           encoding="utf-8")
    pipe, bare = r["runs"]
    lines = [
        f"\n## {datetime.now(UTC).isoformat(timespec='seconds')} - n = {r['n']:,}\n",
        (f"{r['cpus']} CPUs, Python {platform.python_version()}, SQLite, no index, 16 requests per domain, no delay; "
        f"1-min load average at the end: {r['load_average']}.\n"),
        "| run | articles | items | crawl time | CPU time (all processes) | pages/s |", "|---|---|---|---|---|---|",
        *(f"| {x['mode']} | {x['articles']} | {x['items']} | {x['elapsed_s']} s | {x.get('cpu_s', '?')} s "
          f"| {x['pages_per_s']} |" for x in (pipe, bare)),
        "",
        f"**Ratio pipelines / bare: {r['ratio']:.0%}** (target >= 50%).",
        "",
        (f"Server alone (4 keep-alive client threads): asyncio server {r['server_pages_per_s']['asyncio_server']} "
        f"pages/s, threaded replica server {r['server_pages_per_s']['threaded_replica_server']} pages/s."),
        "",
    ]
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
