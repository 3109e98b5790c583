"""Benchmark near-duplicate detection (archive.fingerprints) on synthetic releases.

    .venv/bin/python benchmarks/bench_dedupe.py --n 100000
    .venv/bin/python benchmarks/bench_dedupe.py --n 1000000 --workers 2

The corpus imitates an archive of Indonesian releases (~2.5 KB each):
- free releases written from an Indonesian-like vocabulary (real words plus generated ones, Zipf
  frequencies) with numbers, months and place names, and one of 40 agency footers;
- template releases (20%): 500 skeletons (think "BI-Rate tetap ...%", "Banjir landa Kabupaten ...")
  whose instances differ in numbers, months, places and one variable paragraph - hard negatives;
- near-duplicates (~5%): a re-post of an earlier release with one of the edit kinds the labelled set
  uses (small edits, "(ANTARA) -" dateline, trimmed last paragraph, new headline, all combined).

Signatures are computed by worker processes that also generate the texts (the texts never cross the
process boundary); the main process streams them through ``NearDuplicateIndex``: ``find`` then ``add``,
as the dedupe pipeline would. A release counts as detected when its best match above the threshold is
its original; (or another re-post of that original); precision = correct links / all links, recall = correct links / injected duplicates.

Results: JSON on stdout and a dated section appended to benchmarks/results/dedupe.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archive.fingerprints import (
    NEAR_DUPLICATE_THRESHOLD,
    NUM_BANDS,
    NUM_PERM,
    ROWS_PER_BAND,
    NearDuplicateIndex,
    Signature,
    signatures,
)

RESULTS = Path(__file__).resolve().parent / "results" / "dedupe.md"
SEED = 7

REAL_WORDS = [
    "pemerintah",
    "kementerian",
    "badan",
    "nasional",
    "daerah",
    "provinsi",
    "kabupaten",
    "kota",
    "masyarakat",
    "program",
    "kegiatan",
    "pelaksanaan",
    "peningkatan",
    "pembangunan",
    "pengembangan",
    "penguatan",
    "koordinasi",
    "kerja",
    "sama",
    "pelayanan",
    "publik",
    "bantuan",
    "sosial",
    "kesehatan",
    "pendidikan",
    "ekonomi",
    "keuangan",
    "anggaran",
    "realisasi",
    "target",
    "capaian",
    "investasi",
    "ekspor",
    "impor",
    "inflasi",
    "harga",
    "pangan",
    "beras",
    "cabai",
    "minyak",
    "listrik",
    "energi",
    "infrastruktur",
    "jalan",
    "tol",
    "jembatan",
    "bendungan",
    "irigasi",
    "pelabuhan",
    "bandara",
    "transportasi",
    "pariwisata",
    "budaya",
    "lingkungan",
    "hutan",
    "laut",
    "perikanan",
    "pertanian",
    "industri",
    "perdagangan",
    "usaha",
    "mikro",
    "kecil",
    "menengah",
    "koperasi",
    "tenaga",
    "kerja",
    "pelatihan",
    "digital",
    "teknologi",
    "informasi",
    "data",
    "statistik",
    "survei",
    "laporan",
    "evaluasi",
    "kebijakan",
    "regulasi",
    "peraturan",
    "presiden",
    "menteri",
    "gubernur",
    "bupati",
    "wali",
    "direktur",
    "jenderal",
    "kepala",
    "sekretaris",
    "deputi",
    "staf",
    "ahli",
    "pejabat",
    "pegawai",
    "rapat",
    "pertemuan",
    "sosialisasi",
    "peluncuran",
    "penandatanganan",
    "nota",
    "kesepahaman",
    "kunjungan",
    "kerja",
    "peninjauan",
    "bencana",
    "banjir",
    "gempa",
    "longsor",
    "kebakaran",
    "evakuasi",
    "pengungsi",
    "logistik",
    "posko",
    "darurat",
    "tanggap",
    "siaga",
    "dalam",
    "untuk",
    "dengan",
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "pada",
    "oleh",
    "sebagai",
    "akan",
    "telah",
    "sudah",
    "juga",
    "serta",
    "melalui",
    "agar",
    "bahwa",
    "tersebut",
    "ini",
    "itu",
    "secara",
    "lebih",
    "tahun",
    "bulan",
    "minggu",
    "hari",
    "terus",
    "tetap",
    "baik",
    "besar",
    "baru",
    "seluruh",
    "menyampaikan",
    "mengatakan",
    "menjelaskan",
    "menegaskan",
    "mengimbau",
    "meminta",
    "mendorong",
    "mendukung",
    "memastikan",
    "meningkatkan",
    "mempercepat",
    "memperkuat",
    "menjaga",
    "mengembangkan",
    "melaksanakan",
    "menyelenggarakan",
    "menerima",
]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
PLACES = [
    "Jakarta",
    "Bandung",
    "Surabaya",
    "Medan",
    "Makassar",
    "Semarang",
    "Palembang",
    "Denpasar",
    "Balikpapan",
    "Pontianak",
    "Manado",
    "Kupang",
    "Jayapura",
    "Ambon",
    "Mataram",
    "Padang",
    "Pekanbaru",
    "Jambi",
    "Bengkulu",
    "Lampung",
    "Serang",
    "Yogyakarta",
    "Banjarmasin",
    "Palu",
    "Kendari",
    "Gorontalo",
    "Mamuju",
    "Ternate",
    "Sorong",
    "Merauke",
    "Cianjur",
    "Garut",
    "Sigi",
    "Agam",
    "Bima",
    "Konawe",
    "Lumajang",
]
SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "ka",
    "ke",
    "ki",
    "ko",
    "ku",
    "la",
    "le",
    "li",
    "lo",
    "lu",
    "ma",
    "me",
    "mi",
    "mo",
    "mu",
    "na",
    "ne",
    "ni",
    "no",
    "nu",
    "pa",
    "pe",
    "pi",
    "po",
    "pu",
    "ra",
    "re",
    "ri",
    "ro",
    "ru",
    "sa",
    "se",
    "si",
    "so",
    "su",
    "ta",
    "te",
    "ti",
    "to",
    "tu",
    "ja",
    "ju",
    "ga",
    "gu",
    "da",
    "du",
    "ha",
    "hu",
    "wa",
    "ya",
    "ng",
    "an",
    "in",
    "un",
    "ar",
    "ir",
]


def _vocabulary(size: int = 20000) -> list[str]:
    rng = np.random.default_rng(SEED)
    words = list(REAL_WORDS)
    seen = set(words)
    prefixes = ["", "", "", "me", "mem", "pe", "pen", "ber", "di", "ke", "ter"]
    suffixes = ["", "", "", "an", "kan", "nya", "i"]
    while len(words) < size:
        n = int(rng.integers(2, 4))
        stem = "".join(SYLLABLES[int(i)] for i in rng.integers(0, len(SYLLABLES), n))
        word = prefixes[int(rng.integers(len(prefixes)))] + stem + suffixes[int(rng.integers(len(suffixes)))]
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


VOCAB = np.array(_vocabulary(), dtype=object)
# Zipf-like frequencies: function words and common nouns dominate, as in real releases.
_WEIGHTS = 1.0 / np.arange(1, len(VOCAB) + 1) ** 0.9
_CDF = np.cumsum(_WEIGHTS / _WEIGHTS.sum())
N_TEMPLATES = 500
FOOTERS = [
    f"Biro Hubungan Masyarakat {' '.join(VOCAB[[3 + i, 40 + i, 90 + i]])} Nomor {100 + i}/HM/{i % 12 + 1}"
    for i in range(40)
]


def _words(rng: np.random.Generator, n: int) -> list[str]:
    return VOCAB[np.searchsorted(_CDF, rng.random(n))].tolist()


def _fact(u: Iterator[float]) -> str:
    """A number, percentage, date or place; ``u`` yields uniform floats (cheaper than Generator calls)."""
    kind = int(next(u) * 4)
    if kind == 0:
        return f"{int(next(u) * 99_999) + 1:,}".replace(",", ".")
    if kind == 1:
        return f"{next(u) * 100:.2f}".replace(".", ",") + "%"
    if kind == 2:
        return f"{int(next(u) * 28) + 1} {MONTHS[int(next(u) * 12)]} {2015 + int(next(u) * 11)}"
    return f"Kabupaten {PLACES[int(next(u) * len(PLACES))]}"


def _uniforms(rng: np.random.Generator) -> Iterator[float]:
    return iter(rng.random(600).tolist())


def _paragraph(rng: np.random.Generator, u: Iterator[float], n_words: int) -> str:
    words = _words(rng, n_words)
    for i in range(5, n_words, 11):  # a number, date or place every ~11 words, as in real releases
        if next(u) < 0.6:
            words[i] = f"{_fact(u)} {words[i]}"
    for i in range(13, n_words, 14):
        words[i] += "."
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _free_release(doc: int) -> tuple[str, list[str]]:
    rng = np.random.default_rng([SEED, doc])
    u = _uniforms(rng)
    title = " ".join(_words(rng, 7 + int(next(u) * 6))).title()
    paragraphs = [_paragraph(rng, u, 40 + int(next(u) * 20)) for _ in range(4 + int(next(u) * 3))]
    paragraphs.append(FOOTERS[doc % len(FOOTERS)])
    return title, paragraphs


def _template_release(doc: int, template: int) -> tuple[str, list[str]]:
    """An instance of a skeleton: same wording, different facts (numbers, months, places) and one
    paragraph of its own - two instances are different releases."""
    skeleton_rng = np.random.default_rng([SEED, 10**9 + template])
    rng = np.random.default_rng([SEED, doc])
    u = _uniforms(rng)
    title_words = _words(skeleton_rng, 7)
    title = " ".join(title_words).title() + f" {_fact(u)}"
    paragraphs = []
    n_par = 5
    own = 1 + int(next(u) * (n_par - 1))
    for p in range(n_par):
        words = _words(skeleton_rng, 50)
        if p == own:
            paragraphs.append(_paragraph(rng, u, 50))
            continue
        for i in range(3, len(words), 8):
            words[i] = f"{_fact(u)} {words[i]}"
        paragraphs.append(" ".join(words).capitalize() + ".")
    paragraphs.append(FOOTERS[template % len(FOOTERS)])
    return title, paragraphs


def _base_release(doc: int) -> tuple[str, list[str]]:
    # 20% of releases come from one of 500 templates.
    if doc % 5 == 2:
        return _template_release(doc, (doc * 2654435761 >> 7) % N_TEMPLATES)
    return _free_release(doc)


def _is_duplicate(doc: int) -> bool:
    return doc >= 1000 and (doc * 11400714819323198485 >> 20) % 100 < 5


def _original_of(doc: int) -> int:
    # An earlier release that is itself not a re-post.
    j = int(np.random.default_rng([SEED, doc, 1]).integers(0, doc))
    while _is_duplicate(j):
        j -= 1
    return j


EDIT_KINDS = ("small_edit", "antara_prefix", "trim_last_paragraph", "new_headline", "combo")


def _edit(title: str, paragraphs: list[str], kind: str, rng: np.random.Generator) -> tuple[str, list[str]]:
    paragraphs = list(paragraphs)
    if kind in ("small_edit", "combo"):
        for _ in range(3):
            p = int(rng.integers(len(paragraphs)))
            words = paragraphs[p].split(" ")
            i = int(rng.integers(len(words)))
            words[i] = str(_words(rng, 1)[0])
            paragraphs[p] = " ".join(words)
    if kind in ("trim_last_paragraph", "combo"):
        paragraphs = paragraphs[:-1]
    if kind in ("new_headline", "combo"):
        title = "Siaran Pers: " + " ".join(_words(rng, 6)).title()
    if kind in ("antara_prefix", "combo"):
        paragraphs[0] = "Jakarta (ANTARA) - " + paragraphs[0]
    return title, paragraphs


def make_release(doc: int) -> tuple[str, int, str]:
    """(text, original doc or -1, edit kind)."""
    if _is_duplicate(doc):
        original = _original_of(doc)
        kind = EDIT_KINDS[doc % len(EDIT_KINDS)]
        title, paragraphs = _edit(*_base_release(original), kind, np.random.default_rng([SEED, doc, 2]))
        return title + "\n\n" + "\n\n".join(paragraphs), original, kind
    title, paragraphs = _base_release(doc)
    return title + "\n\n" + "\n\n".join(paragraphs), -1, ""


def _work(bounds: tuple[int, int]) -> tuple[int, np.ndarray, np.ndarray, float, int]:
    start, stop = bounds
    # CPU time, not wall time: on a shared 2-core machine the workers also wait for the CPU.
    t0 = time.process_time()
    texts, originals, size = [], [], 0
    for doc in range(start, stop):
        text, original, _ = make_release(doc)
        texts.append(text)
        originals.append(original)
        size += len(text.encode("utf-8"))
    t1 = time.process_time()
    sigs = signatures(texts)
    t2 = time.process_time()
    return start, sigs, np.array(originals, dtype=np.int64), (t1 - t0, t2 - t1), size


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def run(n: int, workers: int, chunk: int) -> dict:
    t_start = time.perf_counter()
    index = NearDuplicateIndex()
    originals = np.full(n, -1, dtype=np.int64)
    gen_s = sig_s = index_s = 0.0
    total_bytes = 0
    links = correct = 0
    detected_by_kind: dict[str, int] = {}
    injected_by_kind: dict[str, int] = {}
    candidates_total = 0
    chunks = [(s, min(s + chunk, n)) for s in range(0, n, chunk)]
    ctx = mp.get_context("fork")
    with ctx.Pool(workers) as pool:
        # imap keeps order, so releases enter the index in doc order (a stream of crawled pages).
        for start, sigs, origs, (g, s), size in pool.imap(_work, chunks):
            gen_s += g
            sig_s += s
            total_bytes += size
            originals[start : start + len(origs)] = origs
            t0 = time.process_time()
            for offset in range(len(origs)):
                doc = start + offset
                sig = Signature(sigs[offset])
                found = index.find(sig, NEAR_DUPLICATE_THRESHOLD)
                if doc % 100 == 0:
                    candidates_total += len(index.candidates(sig))
                if found:
                    links += 1
                    best = found[0][0]
                    # Correct when the match is the original or another re-post of that original.
                    if origs[offset] >= 0 and origs[offset] in (best, originals[best]):
                        correct += 1
                        kind = EDIT_KINDS[doc % len(EDIT_KINDS)]
                        detected_by_kind[kind] = detected_by_kind.get(kind, 0) + 1
                if origs[offset] >= 0:
                    kind = EDIT_KINDS[doc % len(EDIT_KINDS)]
                    injected_by_kind[kind] = injected_by_kind.get(kind, 0) + 1
                index.add(doc, sig)
            index_s += time.process_time() - t0
    wall = time.perf_counter() - t_start
    injected = int((originals >= 0).sum())
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "n": n,
        "workers": workers,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "method": f"MinHash {NUM_PERM}x32-bit, 4-word shingles + weighted facts, LSH {NUM_BANDS}x{ROWS_PER_BAND}",
        "threshold": NEAR_DUPLICATE_THRESHOLD,
        "avg_release_bytes": round(total_bytes / n),
        "injected_duplicates": injected,
        "links": links,
        "correct_links": correct,
        "precision": round(correct / links, 4) if links else 1.0,
        "recall": round(correct / injected, 4) if injected else 1.0,
        "recall_by_edit": {
            k: round(detected_by_kind.get(k, 0) / v, 4) for k, v in sorted(injected_by_kind.items())
        },
        "mean_candidates_per_lookup": round(candidates_total / max(1, len(range(0, n, 100))), 2),
        "wall_s": round(wall, 1),
        "generate_cpu_s": round(gen_s, 1),
        "signature_cpu_s": round(sig_s, 1),
        "signature_us_per_release": round(sig_s / n * 1e6, 1),
        "index_find_add_cpu_s": round(index_s, 1),
        "load_average_at_end": os.getloadavg()[0],
        "peak_rss_main_mb": round(_rss_mb(resource.RUSAGE_SELF)),
        "peak_rss_worker_mb": round(_rss_mb(resource.RUSAGE_CHILDREN)),
    }


def _append_markdown(result: dict) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    new = not RESULTS.exists()
    with RESULTS.open("a", encoding="utf-8") as fh:
        if new:
            fh.write(
                "# Near-duplicate detection benchmark\n\nProduced by `benchmarks/bench_dedupe.py`; one section per run.\n"
            )
        r = result
        fh.write(
            f"\n## {r['date']} - n = {r['n']:,}\n\n"
            f"{r['method']}, threshold {r['threshold']}, {r['workers']} worker processes on {r['cpus']} CPUs, "
            f"Python {r['python']}, numpy {r['numpy']}; releases average {r['avg_release_bytes']} bytes.\n\n"
            "| metric | value |\n|---|---|\n"
            f"| wall time | {r['wall_s']} s (1-min load average at the end: {r['load_average_at_end']:.2f}) |\n"
            f"| generation CPU (workers) | {r['generate_cpu_s']} s |\n"
            f"| signature CPU (workers) | {r['signature_cpu_s']} s ({r['signature_us_per_release']} us/release) |\n"
            f"| index find + add CPU (main) | {r['index_find_add_cpu_s']} s |\n"
            f"| peak RSS main / largest worker | {r['peak_rss_main_mb']} MB / {r['peak_rss_worker_mb']} MB |\n"
            f"| injected near-duplicates | {r['injected_duplicates']} |\n"
            f"| links made / correct | {r['links']} / {r['correct_links']} |\n"
            f"| precision | {r['precision']} |\n"
            f"| recall | {r['recall']} |\n"
            f"| recall by edit kind | {', '.join(f'{k} {v}' for k, v in r['recall_by_edit'].items())} |\n"
            f"| mean LSH candidates per lookup | {r['mean_candidates_per_lookup']} |\n\n"
            f"```json\n{json.dumps(r, sort_keys=True)}\n```\n"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="number of releases")
    parser.add_argument("--workers", type=int, default=2, help="signature worker processes")
    parser.add_argument("--chunk", type=int, default=2000, help="releases per worker task")
    parser.add_argument(
        "--no-write", action="store_true", help="do not append to benchmarks/results/dedupe.md"
    )
    args = parser.parse_args()
    result = run(args.n, args.workers, args.chunk)
    print(json.dumps(result, indent=2))
    if not args.no_write:
        _append_markdown(result)


if __name__ == "__main__":
    main()
