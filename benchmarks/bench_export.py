"""Benchmark dataset export (archive.export) against the simplest ways of reading the same rows.

    .venv/bin/python benchmarks/bench_export.py --n 100000
    .venv/bin/python benchmarks/bench_export.py --n 1000000

A SQLite archive of ``n`` synthetic releases (bodies of ~1-2 KB built from Indonesian-like paragraphs,
dates spread over ten years, 5% marked as duplicates) is generated once with a streamed bulk insert and
reused (``--db``). Its file is read once before measuring so that no variant pays for a cold page cache.
Each variant then runs in its own subprocess, so its peak RSS (``ru_maxrss``) is its own; the variants
run in ``--rounds`` interleaved rounds (load from other processes hits all of them alike) and each
figure is the median round:

- ``raw_cursor``: the export's own SQL through a plain ``sqlite3`` cursor (``fetchmany``), rows only;
- ``raw_cursor_csv``: the same rows written with ``csv.writer``: the floor for any CSV exporter;
- ``siaran_csv`` / ``siaran_jsonl`` / ``siaran_parquet``: ``archive.export.run_export`` (default fields,
  duplicates excluded, manifest and sha256 included);
- ``pandas_csv``: ``pandas.read_sql`` + ``DataFrame.to_csv`` (everything in memory).

Targets (issue 6): our CSV and Parquet at >= 50% of the raw cursor's rows/s, <= 300 MB peak RSS.
Results: JSON on stdout and a dated section appended to benchmarks/results/export.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "benchmarks" / "results" / "export.md"
VARIANTS = ("raw_cursor", "raw_cursor_csv", "siaran_csv", "siaran_jsonl", "siaran_parquet", "pandas_csv")
WORDS_TEXT = ("pemerintah kabupaten provinsi masyarakat pembangunan pelaksanaan kegiatan program bantuan sosial "
              "kementerian badan nasional penanggulangan bencana terorisme pencegahan koordinasi menteri presiden "
              "rapat kerja sama daerah desa anggaran tahun rupiah miliar persen pertumbuhan ekonomi inflasi bank "
              "kebijakan moneter pelayanan kesehatan pendidikan sekolah jalan jembatan bendungan pelabuhan")
WORDS = WORDS_TEXT.split()


# -- the synthetic archive -------------------------------------------------------------------------
def _paragraphs(rng: random.Random, count: int) -> list[str]:
    out = []
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(25, 45))]
        words[0] = words[0].capitalize()
        out.append(" ".join(words) + f" sebesar {rng.randint(1, 999)},{rng.randint(0, 99)} persen.")
    return out


def _rows(n: int, seed: int = 6):
    rng = random.Random(seed)
    paragraphs = _paragraphs(rng, 400)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    for i in range(1, n + 1):
        published = (start + timedelta(seconds=rng.randrange(10 * 365 * 86400))).strftime("%Y-%m-%d %H:%M:%S.%f")
        body = "\n\n".join(rng.choice(paragraphs) for _ in range(rng.randint(4, 8)))  # ~1-2 KB
        lang = "id" if i % 3 else "en"
        dup = rng.randrange(1, i) if i > 10 and rng.random() < 0.05 else None
        url = f"https://bench.example/{lang}/siaran-pers/{i}"
        yield ("bench", url, url, lang, f"Siaran pers nomor {i}: {rng.choice(WORDS)} {rng.choice(WORDS)}",
               published, 1, f'["bench", "{rng.choice(WORDS)}"]', body, "[]", "[]", "{}",
               f"{i:064x}", dup, now, now, now, 1)


def build_archive(path: Path, n: int) -> None:
    """Create the schema through Alembic (the real one), then bulk-insert with one transaction."""
    from archive.db import Database

    if path.exists():
        try:
            with sqlite3.connect(path) as conn:
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0] == n:
                    return
        except sqlite3.DatabaseError:  # an interrupted build (no journal): start again
            pass
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    Database(f"sqlite:///{path}").dispose()
    conn = sqlite3.connect(path)
    # A throwaway file: no journal and no syncs. In WAL mode (the schema's) every page would be written
    # twice, once to a WAL as large as the archive and again at the checkpoint.
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("INSERT INTO sources (id, name, base_url, languages) VALUES ('bench', 'Bench', "
                 "'https://bench.example', '[\"id\", \"en\"]')")
    conn.executemany(
        "INSERT INTO articles (source_id, url, canonical_url, language, title, published_at, published_has_time, "
        "tags, body, captions, attachments, alternate_urls, content_hash, duplicate_of_id, first_seen, last_seen, "
        "fetched_at, revision_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", _rows(n))
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


# -- the variants (each runs in a fresh process) ---------------------------------------------------
def _request():
    from archive.export import ExportRequest

    return ExportRequest(fmt="csv")


def export_sql(db) -> str:
    """The SQL our export runs, with its parameters inlined: the raw variants read exactly these rows."""
    from archive.export import release_conditions, release_statements

    req = _request()
    dated = release_statements(req, release_conditions(req, "sqlite"))[0]  # the synthetic rows all have dates
    return str(dated.compile(db.engine, compile_kwargs={"literal_binds": True}))


def warm_page_cache(path: Path) -> None:
    """Read the archive once: the first variant must not be the one paying for the disk."""
    with path.open("rb") as handle:
        while handle.read(1 << 24):
            pass


def run_variant(name: str, db_path: Path, out_dir: Path) -> dict:
    from archive.db import Database

    db = Database(f"sqlite:///{db_path}", migrate=False)
    sql = export_sql(db)
    out = out_dir / f"{name}.out"
    out.unlink(missing_ok=True)
    Path(str(out) + ".manifest.json").unlink(missing_ok=True)
    started = time.perf_counter()
    rows = VARIANT_FUNCS[name](db, db_path, sql, out)
    elapsed = time.perf_counter() - started
    return {"variant": name, "rows": rows, "seconds": round(elapsed, 2), "rows_per_s": round(rows / elapsed),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "file_mb": round(out.stat().st_size / 1e6, 1) if out.exists() else None}


def _raw(db, db_path, sql, out) -> int:
    conn = sqlite3.connect(db_path)
    cur = conn.execute(sql)
    rows = 0
    while batch := cur.fetchmany(1000):
        rows += len(batch)
    return rows


def _raw_csv(db, db_path, sql, out) -> int:
    import csv

    conn = sqlite3.connect(db_path)
    cur = conn.execute(sql)
    rows = 0
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([d[0] for d in cur.description])
        while batch := cur.fetchmany(1000):
            writer.writerows(batch)
            rows += len(batch)
    return rows


def _siaran(fmt: str):
    def run(db, db_path, sql, out) -> int:
        from archive.export import run_export

        req = _request()
        req.fmt = fmt
        return run_export(db, req, out).rows

    return run


def _pandas(db, db_path, sql, out) -> int:
    import pandas as pd

    conn = sqlite3.connect(db_path)
    frame = pd.read_sql(sql, conn)
    frame.to_csv(out, index=False)
    return len(frame)


VARIANT_FUNCS = {"raw_cursor": _raw, "raw_cursor_csv": _raw_csv, "siaran_csv": _siaran("csv"),
                 "siaran_jsonl": _siaran("jsonl"), "siaran_parquet": _siaran("parquet"), "pandas_csv": _pandas}


def median_result(runs: list[dict]) -> dict:
    """The run with the median time (the slower middle one for an even count), with every time listed."""
    ok = [r for r in runs if "error" not in r]
    if not ok:
        return runs[0]
    chosen = sorted(ok, key=lambda r: r["seconds"])[len(ok) // 2]
    return {**chosen, "all_seconds": [r["seconds"] for r in ok]}


def measure(name: str, db_path: Path, out_dir: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--variant", name, "--db", str(db_path), "--out-dir",
                           str(out_dir)], capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        return {"variant": name, "error": proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- report ----------------------------------------------------------------------------------------
def report(n: int, results: list[dict], build_seconds: float, rounds: int, load_before: float) -> str:
    raw = next((r for r in results if r["variant"] == "raw_cursor" and "rows_per_s" in r), None)
    lines = [f"\n## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: {n:,} releases, SQLite",
             (f"\nMachine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
              f"SQLite {sqlite3.sqlite_version}, load average {load_before:.1f} at the start and "
              f"{os.getloadavg()[0]:.1f} at the end. Archive built in {build_seconds:.0f} s (skipped when reused). "
              "Default fields (id, source, language, published_at, title, url, body), duplicates excluded, order "
              f"(published_at, id). Each variant in its own process, {rounds} interleaved round(s), median shown "
              "(all times in the last column); peak RSS is that process's ru_maxrss.\n"),
             "| variant | rows | seconds | rows/s | % of raw cursor | peak RSS MB | file MB | all seconds |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        if "error" in r:
            lines.append(f"| {r['variant']} | failed: {r['error']} | | | | | | |")
            continue
        share = f"{100 * r['rows_per_s'] / raw['rows_per_s']:.0f}%" if raw else "-"
        lines.append(f"| {r['variant']} | {r['rows']:,} | {r['seconds']} | {r['rows_per_s']:,} | {share} | "
                     f"{r['peak_rss_mb']} | {r['file_mb'] if r['file_mb'] is not None else '-'} | "
                     f"{', '.join(map(str, r.get('all_seconds', [r['seconds']])))} |")
    if raw:
        verdicts = []
        for name in ("siaran_csv", "siaran_parquet"):
            r = next((x for x in results if x["variant"] == name and "rows_per_s" in x), None)
            if r:
                ok = r["rows_per_s"] >= 0.5 * raw["rows_per_s"] and r["peak_rss_mb"] <= 300
                verdicts.append(f"{name}: {'meets' if ok else 'MISSES'} the target "
                                f"(>= 50% of raw cursor rows/s, <= 300 MB)")
        lines.append("\n" + "; ".join(verdicts) + ".")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--out-dir", type=Path, default=Path("/tmp/siaran-bench-export"))
    parser.add_argument("--variant", choices=VARIANTS, help=argparse.SUPPRESS)
    parser.add_argument("--only", nargs="*", choices=VARIANTS, default=list(VARIANTS))
    parser.add_argument("--rounds", type=int, default=3, help="Interleaved rounds; the median is reported.")
    parser.add_argument("--single-round", nargs="*", choices=VARIANTS, default=["raw_cursor_csv", "pandas_csv"],
                        help="Variants run in the first round only (slow comparisons, not targets).")
    parser.add_argument("--no-write", action="store_true", help="Do not append to benchmarks/results/export.md.")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    if args.variant:  # child process: one variant, one JSON line
        print(json.dumps(run_variant(args.variant, args.db, args.out_dir)))
        return
    db_path = args.db or args.out_dir / f"archive-{args.n}.db"
    started = time.perf_counter()
    build_archive(db_path, args.n)
    build_seconds = time.perf_counter() - started
    print(f"archive ready: {db_path} ({build_seconds:.0f} s)", file=sys.stderr)
    load_before = os.getloadavg()[0]
    warm_page_cache(db_path)
    runs: dict[str, list[dict]] = {name: [] for name in args.only}
    for round_no in range(args.rounds):
        for name in args.only:
            if round_no and name in args.single_round:
                continue
            runs[name].append(measure(name, db_path, args.out_dir))
            print(json.dumps(runs[name][-1]), file=sys.stderr)
    results = [median_result(runs[name]) for name in args.only]
    text = report(args.n, results, build_seconds, args.rounds, load_before)
    print(json.dumps(results, indent=2))
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        if not RESULTS.exists():
            RESULTS.write_text("# Export benchmark\n\nWritten by `benchmarks/bench_export.py`; newest last.\n")
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(text)
    print(text, file=sys.stderr)


if __name__ == "__main__":
    main()
