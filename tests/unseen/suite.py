"""The unseen-site suite: add eight mock agency sites from their address alone, crawl them, and compare the
archive with the expectations written before any crawl (``tests/unseen/expected/``).

Shared by ``tests/unseen/test_unseen_sites.py`` (asserts the targets) and ``benchmarks/bench_unseen.py``
(writes the figures to ``benchmarks/results/unseen.md``). Everything real: ``siaran sources add`` and
``siaran crawl`` run as subprocesses against a real SQLite database and Meilisearch.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.conftest import ROOT, crawl_env, run_siaran
from tests.replicas.server import ReplicaServer
from tests.unseen.sites.registry import KINDS, SITES, serve_all

JAKARTA = ZoneInfo("Asia/Jakarta")
TARGETS = {"found": 1.0, "title": 0.99, "date": 0.99, "body_f1": 0.97, "language": 1.0}


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def token_f1(expected: str, got: str) -> float:
    """Token-level F1 of two texts (bag of lower-case word tokens), as in extraction benchmarks."""
    a, b = Counter(tokens(expected)), Counter(tokens(got))
    overlap = sum((a & b).values())
    if not a and not b:
        return 1.0
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(b.values()), overlap / sum(a.values())
    return 2 * precision * recall / (precision + recall)


def expected_time(value: str | None) -> tuple[datetime | None, bool]:
    """(aware datetime, has_time) the archive must hold for an expected date string."""
    if value is None:
        return None, False
    if "T" not in value:
        return datetime.fromisoformat(value).replace(tzinfo=JAKARTA), False
    return datetime.fromisoformat(value), True


@dataclass
class Row:
    """One expected article and what the archive holds for it."""

    site: str
    path: str
    found: bool = False
    title_ok: bool = False
    date_ok: bool = False
    body_f1: float = 0.0
    language_ok: bool = False
    expected: dict = field(default_factory=dict)
    got: dict = field(default_factory=dict)

    def problems(self) -> list[str]:
        if not self.found:
            return ["not in the archive"]
        out = []
        if not self.title_ok:
            out.append(f"title {self.got['title']!r} != {self.expected['title']!r}")
        if not self.date_ok:
            out.append(f"date {self.got['date']} != {self.expected['date']}")
        if self.body_f1 < TARGETS["body_f1"]:
            out.append(f"body F1 {self.body_f1:.3f}")
        if not self.language_ok:
            out.append(f"language {self.got['language']} != {self.expected['language']}")
        return out


@dataclass
class SuiteResult:
    rows: list[Row]
    add_output: dict[str, str]  # site -> stdout of `siaran sources add`
    entries: dict[str, str]  # site -> the TOML written
    errors_output: str  # `siaran runs --errors`
    stored_other: dict[str, int]  # site -> releases stored that no expectation names
    crawl_log: str = ""  # the crawl's stderr, for diagnosis

    def share(self, metric: str, site: str | None = None) -> float:
        rows = [r for r in self.rows if site is None or r.site == site]
        if metric == "found":
            return sum(r.found for r in rows) / len(rows)
        found = [r for r in rows if r.found]
        if not found:
            return 0.0
        if metric == "body_f1":
            return sum(r.body_f1 for r in found) / len(found)
        return sum(getattr(r, f"{metric}_ok") for r in found) / len(found)

    def table(self) -> str:
        head = "| site | kind | articles | found | title exact | date exact | body F1 | language |\n" \
               "|---|---|---:|---:|---:|---:|---:|---:|\n"
        lines = []
        for site in [*SITES, None]:
            rows = [r for r in self.rows if site is None or r.site == site]
            label = site or "**all**"
            kind = KINDS[site] if site else ""
            lines.append(f"| {label} | {kind} | {len(rows)} | {self.share('found', site):.1%} | "
                         f"{self.share('title', site):.1%} | {self.share('date', site):.1%} | "
                         f"{self.share('body_f1', site):.3f} | {self.share('language', site):.1%} |")
        return head + "\n".join(lines) + "\n"

    def failures(self) -> list[str]:
        out = [f"{r.site} {r.path}: {'; '.join(r.problems())}" for r in self.rows if r.problems()]
        if not any(r.found for r in self.rows):
            out.append("nothing stored; the crawl's log ends with:\n" + self.crawl_log[-2000:])
        return out


def run_suite(workdir: Path, meili: dict) -> SuiteResult:
    """Serve the eight sites, ``sources add --write`` each, crawl them all in one command, compare."""
    sources_dir = workdir / "sources"
    sources_dir.mkdir(parents=True, exist_ok=True)
    database_url = f"sqlite:///{workdir / 'siaran.db'}"
    env = {**crawl_env(workdir / "data", database_url, meili), "SIARAN_SOURCES_DIRS": str(sources_dir),
           "COLUMNS": "200", "SIARAN_PIPELINE_WORKERS": "0",
           "SIARAN_SEMANTIC": "0"}  # extraction is measured here, not embeddings: keep the suite fast
    servers = serve_all(lambda site: ReplicaServer(site).start())
    try:
        add_output = add_all(servers, env)
        entries = {sid: (sources_dir / f"{sid}.toml").read_text("utf-8") for sid in servers}
        crawl = run_siaran("crawl", *[arg for sid in servers for arg in ("--source", sid)], env=env,
                           timeout=300, check=False)
        errors = run_siaran("runs", "--errors", env=env, check=False).stdout
        if crawl.returncode not in (0, 1):
            raise AssertionError(f"crawl crashed ({crawl.returncode}):\n{crawl.stderr[-4000:]}")
        rows, other = compare(database_url, servers)
        return SuiteResult(rows, add_output, entries, errors, other, crawl.stderr)
    finally:
        for server in servers.values():
            server.stop()


def add_all(servers: dict, env: dict) -> dict[str, str]:
    """``siaran sources add URL --id X --write`` for every site, the eight probes side by side."""
    procs = {sid: subprocess.Popen([sys.executable, "-m", "siaran.cli", "sources", "add", server.url + "/",
                                    "--id", sid, "--write"], env={**os.environ, **env}, cwd=ROOT, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for sid, server in servers.items()}
    out = {}
    for sid, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=180)
        if proc.returncode != 0:
            raise AssertionError(f"siaran sources add for {sid} exited {proc.returncode}:\n{stdout}\n{stderr[-3000:]}")
        out[sid] = stdout
    return out


def compare(database_url: str, servers: dict) -> tuple[list[Row], dict[str, int]]:
    from sqlalchemy import select

    from archive.db import get_database
    from archive.fingerprints import canonicalize_url
    from archive.models import Article

    with get_database(database_url).session() as s:
        stored = s.execute(select(Article)).scalars().all()
        by_url = {(a.source_id, canonicalize_url(a.url)): a for a in stored}
        rows, named = [], set()
        for sid, server in servers.items():
            for exp in server.site.articles:
                key = (sid, canonicalize_url(server.url + exp["path"]))
                named.add(key)
                row = Row(sid, exp["path"], expected=exp)
                article = by_url.get(key)
                if article is not None:
                    row.found = True
                    when, has_time = expected_time(exp["date"])
                    got_when = article.published_at
                    row.got = {"title": article.title, "language": article.language or article.detected_language,
                               "date": None if got_when is None else (
                                   got_when.astimezone(JAKARTA).isoformat(timespec="seconds")
                                   if article.published_has_time else got_when.astimezone(JAKARTA).date().isoformat()),
                               "body": article.body}
                    row.title_ok = article.title == exp["title"]
                    row.date_ok = (got_when is None and when is None) or (
                        got_when is not None and when is not None and got_when == when
                        and bool(article.published_has_time) == has_time)
                    row.body_f1 = token_f1("\n\n".join(exp["body"]), article.body)
                    row.language_ok = row.got["language"] == exp["language"]
                rows.append(row)
        other = Counter(a.source_id for a in stored if (a.source_id, canonicalize_url(a.url)) not in named)
    return rows, dict(other)
