"""Benchmark PDF text extraction: Siaran's reader, pypdf and pdfminer.six against poppler's ``pdftotext``.

    .venv/bin/python benchmarks/bench_attachments.py [--docs 30] [--pages 10] [--rounds 3] [--big 500]

One run, the same generated PDFs for every extractor (tests/replicas/pdfs.py: Indonesian statements of
wrapped prose and statistical tables with cells drawn at column positions, as office software writes
them), in interleaved rounds (the order rotates each round, so a machine that gets busier penalises all
alike). Reported per extractor: pages per second (wall, median over rounds; CPU too, including child
processes), and quality against the text the PDFs were built from: word recall, and the share of table
rows that come out as one line ("Papua Tengah 4,12 0,35 108,21"), which is what makes a table readable.

* ``siaran``: ``archive.attachments.text.read_pdf`` in this process: pypdf checks the file (encryption,
  pages, content inflated under limits), PDFium (pypdfium2) reads the text;
* ``siaran (isolated)``: what a crawl does per file: ``archive.attachments.isolate.read_isolated``, the same
  in a worker process with memory and time limits (started once per round, as once per crawl);
* ``pypdf``: ``page.extract_text()`` per page (the first candidate);
* ``pdfminer.six``: ``extract_pages`` per page, text of its text boxes (the second candidate);
* ``pdftotext`` and ``pdftotext -layout``: one process per file (pages split on form feeds).

Peak memory: each extractor reads one ``--big``-page PDF in a fresh child process; its maximum resident
set size is reported. Target: pypdf at least 50% of pdftotext's pages/s, at most 300 MB on 500 pages.
Results: printed, and a dated section appended to benchmarks/results/attachments.md.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.replicas import pdfs

RESULTS = ROOT / "benchmarks" / "results" / "attachments.md"
WORDS = re.compile(r"[^\W_]+(?:[,.][0-9]+)*", re.UNICODE)
PROVINCES = ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Bengkulu", "Lampung", "Banten",
             "DKI Jakarta", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat",
             "Kalimantan Barat", "Kalimantan Timur", "Sulawesi Utara", "Sulawesi Selatan", "Maluku", "Papua Tengah",
             "Papua Barat", "Gorontalo", "Kepulauan Riau", "Bangka Belitung", "Sulawesi Tengah", "Maluku Utara",
             "Kalimantan Selatan", "Kalimantan Tengah", "Nusa Tenggara Timur"]


def sentences() -> list[str]:
    """Real Indonesian release prose: the paragraphs of the replica agencies' articles."""
    import json

    out = []
    for path in sorted((ROOT / "tests" / "replicas").glob("*/articles.json")):
        for record in json.loads(path.read_text(encoding="utf-8")):
            out.extend(record.get("paragraphs") or [])
    return [s for s in out if len(s) > 60]


def build_document(rng: random.Random, prose: list[str], pages: int) -> tuple[bytes, list[str], list[str]]:
    """A PDF of ``pages`` pages (prose and table pages alternating), the words it holds, its table rows."""
    import textwrap

    built, words, rows = [], [], []
    for number in range(pages):
        if number % 2:
            table = [["Provinsi", "Inflasi y-on-y (%)", "Inflasi m-to-m (%)", "IHK"]]
            for province in rng.sample(PROVINCES, 30):
                table.append([province, f"{rng.uniform(0, 6):.2f}".replace(".", ","),
                              f"{rng.uniform(-1, 1):.2f}".replace(".", ","), f"{rng.uniform(100, 120):.2f}".replace(".", ",")])
            heading = f"Tabel {number}. Inflasi menurut provinsi"
            built.append(pdfs.Page([], heading=heading, table=pdfs.Table(table)))
            words += WORDS.findall(heading) + [w for row in table for cell in row for w in WORDS.findall(cell)]
            rows += [" ".join(row) for row in table[1:]]
        else:
            lines = [line for paragraph in rng.sample(prose, 6) for line in textwrap.wrap(paragraph, 95)][:44]
            built.append(pdfs.Page(lines))
            words += [w for line in lines for w in WORDS.findall(line)]
    return pdfs.text_pdf(built, title="Berita Resmi Statistik"), words, rows


# -- extractors: bytes / path -> text per page ------------------------------------------------------------
def with_pypdf(data: bytes, path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def with_siaran(data: bytes, path: Path) -> list[str]:
    from archive.attachments.text import read_pdf

    return read_pdf(data).pages


def with_isolated(data: bytes, path: Path) -> list[str]:
    from archive.attachments.isolate import read_isolated

    return read_isolated(data).pages


def stop_worker() -> None:
    """End the reading worker, so its CPU time and peak memory are counted (RUSAGE_CHILDREN counts only
    children that ended); it starts again on the next file, as after a crawl."""
    from archive.attachments.isolate import shutdown

    shutdown()


def with_pdfminer(data: bytes, path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return ["".join(element.get_text() for element in layout if isinstance(element, LTTextContainer))
            for layout in extract_pages(io.BytesIO(data))]


def with_pdftotext(data: bytes, path: Path, *options: str) -> list[str]:
    done = subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8").split("\f")[:-1]


def with_pdftotext_layout(data: bytes, path: Path) -> list[str]:
    return with_pdftotext(data, path, "-layout")


EXTRACTORS: dict[str, Callable[[bytes, Path], list[str]]] = {
    "siaran": with_siaran, "siaran (isolated)": with_isolated, "pypdf": with_pypdf, "pdfminer.six": with_pdfminer,
    "pdftotext": with_pdftotext, "pdftotext -layout": with_pdftotext_layout}
IN_CHILDREN = {"siaran (isolated)", "pdftotext", "pdftotext -layout"}  # their memory is their children's


def cpu_seconds() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def quality(texts: list[list[str]], truth: list[tuple[list[str], list[str]]]) -> tuple[float, float]:
    """(word recall, share of table rows found as one line) over all documents."""
    found_words = expected_words = found_rows = expected_rows = 0
    for pages, (words, rows) in zip(texts, truth):
        text = "\n".join(pages)
        have = Counter(WORDS.findall(text))
        want = Counter(words)
        found_words += sum(min(n, have[w]) for w, n in want.items())
        expected_words += sum(want.values())
        lines = {" ".join(line.split()) for line in text.splitlines()}
        found_rows += sum(row in lines for row in rows)
        expected_rows += len(rows)
    return found_words / max(expected_words, 1), found_rows / max(expected_rows, 1)


PEAK_SCRIPT = """
import resource, sys
sys.path.insert(0, {root!r})
sys.argv = ["peak"]
from benchmarks.bench_attachments import EXTRACTORS
from pathlib import Path
path = Path({path!r})
pages = EXTRACTORS[{name!r}](path.read_bytes(), path)
from benchmarks.bench_attachments import stop_worker
stop_worker()
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(len(pages), kids if {children} else me)
"""


def peak_memory(name: str, path: Path) -> tuple[int, float]:
    """(pages read, peak resident MB) of one extractor reading ``path`` in a fresh Python process: that
    process's own peak, or for the extractors that run in a child process, the child's (whole process, so
    the Python interpreter's ~45 MB is included in both)."""
    script = PEAK_SCRIPT.format(root=str(ROOT), path=str(path), name=name, children=name in IN_CHILDREN)
    done = subprocess.run([sys.executable, "-c", script],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    pages, kb = done.stdout.split()
    return int(pages), int(kb) / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=30)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--big", type=int, default=500)
    args = parser.parse_args()
    if not shutil.which("pdftotext"):
        print("pdftotext not installed: run `make ocr` (poppler-utils)")
        return 2
    rng = random.Random(18)
    prose = sentences()
    docs = [build_document(rng, prose, args.pages) for _ in range(args.docs)]
    total_pages = args.docs * args.pages
    with tempfile.TemporaryDirectory(prefix="bench-attachments-") as tmp:
        paths = []
        for i, (data, _, _) in enumerate(docs):
            paths.append(Path(tmp) / f"doc{i}.pdf")
            paths[-1].write_bytes(data)
        walls: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
        cpus: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
        texts: dict[str, list[list[str]]] = {}
        names = list(EXTRACTORS)
        for name in names:  # warm-up: imports and first-call costs are not per-page costs
            EXTRACTORS[name](docs[0][0], paths[0])
        for round_ in range(args.rounds):
            for name in names[round_ % len(names):] + names[:round_ % len(names)]:
                start, start_cpu = time.perf_counter(), cpu_seconds()
                texts[name] = [EXTRACTORS[name](data, path) for (data, _, _), path in zip(docs, paths)]
                if name == "siaran (isolated)":
                    stop_worker()  # its start-up is counted once per round (30 files), as once per crawl
                walls[name].append(time.perf_counter() - start)
                cpus[name].append(cpu_seconds() - start_cpu)
        truth = [(words, rows) for _, words, rows in docs]
        big_data, _, _ = build_document(rng, prose, args.big)
        big = Path(tmp) / "big.pdf"
        big.write_bytes(big_data)
        peaks = {name: peak_memory(name, big) for name in EXTRACTORS}
    rows = []
    for name in EXTRACTORS:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        recall, table_rows = quality(texts[name], truth)
        rows.append((name, total_pages / wall, total_pages / cpu, recall, table_rows, *peaks[name]))
    report(rows, args, total_pages, len(big_data))
    return 0


def report(rows: list[tuple], args, total_pages: int, big_bytes: int) -> None:
    by_name = {r[0]: r for r in rows}
    ratio = by_name["siaran"][1] / by_name["pdftotext"][1]
    ratio_isolated = by_name["siaran (isolated)"][1] / by_name["pdftotext"][1]
    import pdfminer
    import pypdf
    import pypdfium2

    poppler = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True, check=False).stderr.splitlines()[0]
    lines = [(f"## {datetime.now(UTC).isoformat(timespec='seconds')} - {args.docs} PDFs x {args.pages} pages, "
             f"{args.rounds} rounds"), "",
             (f"{os.cpu_count()} CPUs, Python {platform.python_version()}, pypdf {pypdf.__version__}, pypdfium2 "
             f"{pypdfium2.PYPDFIUM_INFO} (PDFium {str(pypdfium2.PDFIUM_INFO).split('@')[0]}), pdfminer.six "
             f"{pdfminer.__version__}, {poppler}; 1-min load average at the end: {os.getloadavg()[0]:.2f}."), "",
             (f"| extractor | pages/s (wall, median) | pages/s (CPU incl. children) | word recall | table rows "
             f"as one line | peak RSS on {args.big} pages ({big_bytes / 1024:.0f} kB file) |"),
             "|---|---|---|---|---|---|"]
    for name, wall, cpu, recall, table_rows, big_pages, peak in rows:
        lines.append(f"| {name} | {wall:.0f} | {cpu:.0f} | {recall:.4f} | {table_rows:.1%} | {peak:.0f} MB "
                     f"({big_pages} pages) |")
    lines += ["", (f"**siaran / pdftotext: {ratio:.0%} of its pages/s in-process, {ratio_isolated:.0%} as a crawl "
                  f"reads (in its worker process)** (target >= 50%); peak memory on {args.big} pages: "
                  f"{by_name['siaran'][6]:.0f} MB in-process, {by_name['siaran (isolated)'][6]:.0f} MB in the child "
                  "(target <= 300 MB)."), ""]
    text = "\n".join(lines)
    print(text)
    if not RESULTS.exists():
        RESULTS.write_text("# Attachment text extraction benchmark\n\nProduced by "
                           "`benchmarks/bench_attachments.py`; one section per run. Targets: Siaran's reader at least 50% "
                           "of `pdftotext`'s pages per second on the same PDFs, at most 300 MB peak memory on a "
                           "500-page PDF.\n\n", encoding="utf-8")
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write(text + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
