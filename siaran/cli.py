"""The ``siaran`` command line. Errors a user can act on print one line and exit 2 (bad input) or 1."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from itertools import pairwise
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from archive.limits import SQL_INT_MAX
from siaran.config import load_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, help="Siaran: archive of Indonesian government news releases.")
console = Console()
err = Console(stderr=True, soft_wrap=True)  # one-line errors even when piped
state = {"debug": False}


class UserError(Exception):
    """Bad input: one line, exit code 2, nothing written."""


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks.")) -> None:
    state["debug"] = debug
    if debug:
        logging.getLogger().setLevel(logging.DEBUG)


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option) from None


def parse_window(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    """``--since``/``--until`` as days; a window that ends before it starts is bad input (the API: 422)."""
    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if first and last and first > last:
        raise typer.BadParameter(f"{first} is after --until {last}", param_hint="--since")
    return first, last


def check_sources(ids: list[str]) -> list[str]:
    from scraper.sources import load_sources

    known = load_sources()
    unknown = [s for s in ids if s not in known]
    if unknown:
        raise typer.BadParameter(f"unknown source {', '.join(unknown)}; known: {', '.join(sorted(known))}",
                                 param_hint="--source")
    return ids


def database():
    from archive.db import get_database

    return get_database(load_settings().database_url)


def search_client(start: bool = True):
    from search.client import SearchUnavailable, connect

    try:
        return connect(load_settings(), start=start)
    except SearchUnavailable as exc:
        fail(f"search is unavailable: {exc}", code=1)


# -- crawling ----------------------------------------------------------------------------------
@app.command()
def crawl(source: list[str] = typer.Option(None, "--source", "-s", help="Source id (repeatable); default all."),
          full: bool = typer.Option(False, "--full", help="Re-crawl everything, not just what is new."),
          no_index: bool = typer.Option(False, "--no-index", help="Store only; index later with `siaran index`.")) -> None:
    """Crawl agencies: new and changed releases are stored, then indexed."""
    from scraper.run import crawl as run_crawl
    from scraper.sources import load_sources

    ids = check_sources(source) if source else sorted(load_sources())
    if not no_index:
        try:
            from search.client import connect

            connect(load_settings(), start=True)  # start or reuse the local instance before crawling
        except Exception as exc:  # noqa: BLE001 - the crawl still stores everything
            err.print(f"[yellow]warning:[/] search unavailable ({exc}); releases will be stored and queued; "
                      "run `siaran index` later")
    stats = run_crawl(ids, full=full, overrides={"SIARAN_INDEX_AFTER_CRAWL": not no_index})
    show_runs(limit=len(ids))
    if any(s.get("finish_reason") != "finished" for s in stats.values()):
        raise typer.Exit(1)


@app.command()
def sources(action: str = typer.Argument("list", help="'list', 'check' (fetch each source live) or 'add URL'."),
            url: str | None = typer.Argument(None, help="add: the agency site's address."),
            source: list[str] = typer.Option(None, "--source", "-s"),
            source_id: str | None = typer.Option(None, "--id", help="add: the new source's id (default: "
                                                    "from the host name)."),
            name: str | None = typer.Option(None, "--name", help="add: the agency's name (default: the site's)."),
            write: bool = typer.Option(False, "--write", help="add: write the entry (scraper/sources/<id>.toml, "
                                       "or the first SIARAN_SOURCES_DIRS directory)."),
            force: bool = typer.Option(False, "--force", help="add: replace an existing entry file.")) -> None:
    """List the configured agencies, check them against the live sites, or add one from its address."""
    if action == "add":
        add_source(url, source_id=source_id, name=name, write=write, force=force)
        return
    from scraper.sources import load_sources

    all_sources = load_sources()
    ids = check_sources(source) if source else sorted(all_sources)
    if action == "check":
        from scraper.check import check_source

        ok = True
        for sid in ids:
            report = check_source(all_sources[sid])
            ok &= report.ok
            console.print(report.render())
        raise typer.Exit(0 if ok else 1)
    if action != "list":
        raise typer.BadParameter("use 'list', 'check' or 'add URL'", param_hint="ACTION")
    table = Table("id", "name", "languages", "discovery", "base URL", "verified live")
    for sid in ids:
        s = all_sources[sid]
        table.add_row(s.id, s.name, ",".join(s.languages), ",".join(sorted({d.kind for d in s.discovery})),
                      s.base_url, "yes" if s.verified_live else "no")
    console.print(table)


def add_source(url: str | None, *, source_id: str | None, name: str | None, write: bool, force: bool) -> None:
    """``siaran sources add``: probe the site, print what was found and the proposed entry, write it."""
    from scraper.probe import EntryError, ProbeError, probe_site, to_toml, write_entry
    from scraper.sources import SourceError, load_sources

    if not url:
        fail("sources add needs the site's address, e.g. siaran sources add https://www.bnpt.go.id")
    if source_id is not None and not (source_id.isidentifier() and source_id.lower() == source_id):
        fail(f"--id {source_id!r} must be a lower-case identifier such as 'bnpt'")
    try:
        known = load_sources()
    except SourceError as exc:
        fail(str(exc))
    if source_id in known and not force:
        fail(f"source '{source_id}' already exists; choose another --id or pass --force to replace its file")
    try:
        report = probe_site(url, source_id=source_id, name=name)
    except ProbeError as exc:
        fail(str(exc))
    console.print(report.render())
    if report.source_id is None:
        fail(f"cannot derive a source id from {report.base_url}; pass --id")
    text = to_toml(report.entry(), report.comments())
    console.print(Text(text), highlight=False)
    if not write:
        console.print("Not written; run again with --write to save it.", style="dim")
        return
    try:
        path = write_entry(report.source_id, text, force=force)
    except EntryError as exc:
        fail(str(exc))
    console.print(f"Wrote {path}. Crawl it with: siaran crawl --source {report.source_id}")


@app.command()
def runs(limit: int = typer.Option(20, "--limit", "-n", min=1, max=SQL_INT_MAX), source: str = typer.Option(None, "--source", "-s"),
         errors: bool = typer.Option(False, "--errors", help="List the failed URLs of each run.")) -> None:
    """Crawl run history with per-source counts."""
    if source:
        check_sources([source])
    show_runs(limit=limit, source=source, errors=errors)


def show_runs(limit: int = 20, source: str | None = None, errors: bool = False) -> None:
    from sqlalchemy import select

    from archive.models import CrawlRun

    with database().session() as s:
        query = select(CrawlRun).order_by(CrawlRun.id.desc()).limit(limit)
        if source:
            query = query.where(CrawlRun.source_id == source)
        rows = list(s.scalars(query))
        table = Table("run", "source", "started UTC", "status", "new", "upd", "same", "fail", "drop",
                      title="Crawl runs")
        for r in rows:
            c = r.counts or {}
            table.add_row(str(r.id), r.source_id, r.started_at.strftime("%m-%d %H:%M"), r.status,
                          *(str(c.get(k, 0)) for k in ("new", "updated", "unchanged", "failed", "dropped")))
        console.print(table)
        for r in rows:  # why a run failed, is partial (what failed) or was killed
            if r.status in ("failed", "partial", "killed") and r.message:
                console.print(f"run {r.id} {r.source_id} {r.status}: {r.message}", highlight=False, markup=False)
        for summary in job_summaries(rows):  # distributed crawls (`siaran worker`): one line per job
            console.print(summary.line(), highlight=False, markup=False)
        if errors:  # each failure with its URL, reason and kind (http, timeout, spider_exception ...)
            for r in rows:
                for e in sorted(r.errors, key=lambda e: e.id):
                    console.print(f"run {r.id} {e.url}: {e.reason} [{e.kind or 'error'}]", highlight=False,
                                  markup=False, soft_wrap=True)


@app.command()
def schedule(source: list[str] = typer.Option(None, "--source", "-s", help="Source id (repeatable); default all."),
             once: bool = typer.Option(False, "--once", help="Run one cycle now and exit."),
             interval: float | None = typer.Option(None, "--interval", min=1,
                                                   help="Every SECONDS instead of the nightly cron.")) -> None:
    """Crawl every source nightly (02:00 Asia/Jakarta) until SIGTERM; see docs/operations.md."""
    import scheduler as nightly
    from scraper.sources import load_sources

    all_sources = load_sources()
    ids = check_sources(source) if source else sorted(all_sources)
    nightly.configure_logging()
    try:
        if once:
            nightly.install_once_handlers()
            summaries = nightly.run_once(ids)
            raise typer.Exit(1 if any(s["status"] != "finished" for s in summaries) else 0)
        nightly.serve([all_sources[sid] for sid in ids], interval)
    except nightly.ScheduleError as exc:
        fail(str(exc))


# -- indexing and search ------------------------------------------------------------------------
def _indexer():
    from search.embeddings import load_embedder
    from search.indexer import Indexer

    settings = load_settings()
    embedder = load_embedder()  # None: keyword-only documents; the reason is logged once
    return Indexer(database(), search_client(), settings.index_uid, settings.index_batch_size, embedder=embedder)


@app.command()
def index(reembed: bool = typer.Option(False, "--reembed", help="Send every release again with its vector (stored "
                                       "vectors are reused; only missing or outdated ones are computed).")
          ) -> None:
    """Send new and changed releases to the search index (catches up after an outage)."""
    indexer = _indexer()
    if reembed:
        if indexer.embedder is None:
            from search.embeddings import unavailable_reason

            fail(unavailable_reason(), code=1)
        indexer.enqueue_all()
    total = indexer.pending()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("indexing", total=total)
        result = indexer.drain(progress=lambda n: progress.advance(task, n))
    console.print(f"indexed {result.sent} releases; {result.removed} duplicates kept out of the index")


@app.command()
def reindex() -> None:
    """Build a fresh index from the database and swap it in atomically."""
    from sqlalchemy import func, select

    from archive.models import Article

    indexer = _indexer()
    with database().session() as s:
        total = s.scalar(select(func.count()).select_from(Article)) or 0
    from siaran.termination import sigterm_exits

    with sigterm_exits(), Progress(console=console, transient=True) as progress:  # SIGTERM drops the build
        task = progress.add_task("rebuilding", total=total)
        result = indexer.rebuild(progress=lambda n: progress.advance(task, n))
    console.print(f"rebuilt index with {result.sent} releases")


@app.command()
def search(q: str = typer.Argument("", help="Query text (Indonesian or English)."),
           source: list[str] = typer.Option(None, "--source", "-s"),
           lang: list[str] = typer.Option(None, "--lang", "-l", help="id or en (repeatable)."),
           tag: list[str] = typer.Option(None, "--tag"),
           since: str | None = typer.Option(None, "--since", help="YYYY-MM-DD (inclusive)."),
           until: str | None = typer.Option(None, "--until", help="YYYY-MM-DD (inclusive)."),
           sort: str = typer.Option("relevance", "--sort", help="relevance, newest or oldest."),
           page: int = typer.Option(1, "--page", min=1, max=100_000),
           per_page: int = typer.Option(10, "--per-page", min=1, max=1000),
           mode: str = typer.Option("keyword", "--mode", help="keyword, hybrid or semantic."),
           edited: bool | None = typer.Option(None, "--edited/--never-edited",
                                              help="Only releases the agency edited (or never edited)."),
           removed: bool | None = typer.Option(None, "--removed/--online",
                                               help="Only releases taken down from the site (or still online)."),
           as_json: bool = typer.Option(False, "--json", help="Print the raw result as JSON.")) -> None:
    """Search the archive."""
    from search.queries import SORTS, SearchRequest

    if sort not in SORTS:
        raise typer.BadParameter(f"use one of {', '.join(SORTS)}", param_hint="--sort")
    if mode not in ("keyword", "hybrid", "semantic"):
        raise typer.BadParameter("use one of keyword, hybrid, semantic", param_hint="--mode")
    for value in lang or []:
        if value not in ("id", "en"):
            raise typer.BadParameter(f"{value!r}: use 'id' or 'en'", param_hint="--lang")
    first, last = parse_window(since, until)
    req = SearchRequest(q=q, sources=check_sources(source or []), languages=lang or [], tags=tag or [],
                        since=first, until=last, sort=sort, edited=edited, removed=removed,
                        page=page, per_page=per_page, mode=mode)
    result = search_or_fail(req)
    if result.get("modeWarning"):
        err.print(f"[yellow]warning:[/] {result['modeWarning']}")
    if result.get("correctedQuery"):
        err.print(f"searched for: {escape(result['correctedQuery'])}", highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    print_hits(result)


def search_or_fail(req) -> dict:
    import meilisearch

    from search.missing_index import missing_index_message
    from search.queries import run_search

    client, uid = search_client(), load_settings().index_uid
    try:
        result = run_search(client, uid, req)
    except meilisearch.errors.MeilisearchApiError as exc:
        if exc.code == "index_not_found":  # lost (or never built): crawl, or rebuild from the archive?
            fail(missing_index_message(database()), code=1)
        raise
    if not result.get("hits") and client.index(uid).get_stats().number_of_documents == 0:
        err.print(f"[yellow]warning:[/] {escape(missing_index_message(database(), 'empty'))}", highlight=False)
    return result


def highlighted(text: str) -> Text:
    """Meilisearch's ``<mark>`` highlights as Rich styles; everything else stays literal text."""
    import re

    out, marked = Text(), False
    for part in re.split(r"(</?mark>)", " ".join(text.split())):
        if part in ("<mark>", "</mark>"):
            marked = part == "<mark>"
        elif part:
            out.append(part, style="bold yellow" if marked else None)
    return out


def jakarta_day(iso: str | None) -> str:
    """Release dates are shown as the Asia/Jakarta calendar day the agency published them on."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    if not iso:
        return "undated"
    return datetime.fromisoformat(iso).astimezone(ZoneInfo("Asia/Jakarta")).strftime("%Y-%m-%d")


def print_hits(result: dict) -> None:
    total = result.get("totalHits", result.get("estimatedTotalHits", 0))
    table = Table("date (WIB)", "src", "lang", "title / snippet", title=f"{total} releases", show_lines=True)
    for hit in result["hits"]:
        cell = Text(hit["title"], style="bold")
        cell.append("\n").append_text(highlighted(hit.get("_formatted", {}).get("body", "")))
        for match in hit.get("matched_attachments") or []:
            name = match.get("title") or match["url"].rsplit("/", 1)[-1]
            cell.append(f"\nmatched in {name}, page {match['page']}: {match['url']}", style="italic")
        cell.append("\n" + hit["url"], style="dim")
        table.add_row(jakarta_day(hit.get("published_at")), hit["source"], hit["language"], cell)
    console.print(table)


@app.command()
def show(article_id: int, revisions: bool = typer.Option(False, "--revisions", help="Show the text history as diffs.")) -> None:
    """Show one stored release with its provenance (and its revision diffs). An id that is not stored,
    including one too large for the database, is "no release with id N" and exit code 2."""
    import difflib

    from archive.limits import can_be_id
    from archive.models import Article

    with database().session() as s:
        if not can_be_id(article_id, Article.__table__.c.id, s.get_bind().dialect.name):
            fail(f"no release with id {article_id}")
        a = s.get(Article, article_id)
        if a is None:
            fail(f"no release with id {article_id}")
        console.print(f"[bold]{a.title}[/]", highlight=False)
        console.print(f"{a.source_id} · {a.language} · published {a.published_at} · {a.url}", highlight=False)
        console.print(f"fetched {a.fetched_at} · HTTP {a.http_status} · hash {a.content_hash[:12]} · "
                      f"extractor {a.extractor} · {a.revision_count} revision(s)", highlight=False)
        if a.duplicate_of_id:
            console.print(f"duplicate of {a.duplicate_of_id} (similarity {a.duplicate_similarity:.2f})")
        console.print()
        console.print(a.body, highlight=False)
        _print_attachments(s, a.id)
        if revisions:
            revs = a.revisions
            for old, new in pairwise(revs):
                console.print(f"\n[bold]revision {old.id} ({old.fetched_at}) -> {new.id} ({new.fetched_at})[/]")
                diff = difflib.unified_diff(old.body.splitlines(), new.body.splitlines(), "before", "after", lineterm="")
                for line in diff:
                    style = "green" if line.startswith("+") else "red" if line.startswith("-") else ""
                    console.print(line, style=style, highlight=False, markup=False)


def _print_attachments(session, article_id: int) -> None:
    """The files the release links to, one line each: title, pages, language, status (docs/attachments.md)."""
    from archive.attachments.store import attachments_of

    files = attachments_of(session, [article_id]).get(article_id, [])
    if files:
        console.print(f"\n[bold]attachments ({len(files)})[/]")
    for view in files:
        console.print(f"  {view.summary()}", highlight=False, markup=False, soft_wrap=True)


attachments_app = typer.Typer(no_args_is_help=True, help="Files (PDFs) linked from releases; docs/attachments.md.")


@attachments_app.command("reread")
def attachments_reread(status: list[str] = typer.Option(["needs_ocr"], "--status",
                                                        help="Read files with this status again (repeatable).")) -> None:
    """Read stored files again from their bytes: after `make ocr`, scanned PDFs get their text. Releases
    whose files changed are queued for indexing (`siaran index`)."""
    from archive.attachments.store import reread
    from pipelines.language import detect_language
    from pipelines.store import enqueue

    db = database()
    outcomes, article_ids = reread(db, detect=detect_language, statuses=status)
    with db.session() as s:
        for article_id in article_ids:
            enqueue(s, article_id)
    read = ", ".join(f"{n} {name}" for name, n in sorted(outcomes.items())) or "none"
    console.print(f"read {sum(outcomes.values())} file(s) again ({read}); {len(article_ids)} release(s) queued "
                  "for indexing", highlight=False)


app.add_typer(attachments_app, name="attachments")


@app.command()
def changes(since: str | None = typer.Option(None, "--since", help="YYYY-MM-DD (Asia/Jakarta, inclusive)."),
            source: list[str] = typer.Option(None, "--source", "-s", help="Source id (repeatable)."),
            kind: list[str] = typer.Option(None, "--kind", "-k", help="edited, removed or restored (repeatable)."),
            limit: int = typer.Option(50, "--limit", "-n", min=1, max=SQL_INT_MAX),
            as_json: bool = typer.Option(False, "--json", help="One JSON object per line.")) -> None:
    """Edits, takedowns and restores the nightly re-checks noticed, newest first (docs/operations.md)."""
    from archive.changes import KINDS, day_start, list_changes

    bad = [k for k in kind or [] if k not in KINDS]
    if bad:
        fail(f"--kind {bad[0]!r}: use edited, removed or restored")
    day = parse_day(since, "--since")
    with database().session() as s:
        rows = list_changes(s, since=day_start(day) if day else None, sources=source or None, kinds=kind or None,
                            limit=limit)
    if as_json:
        for r in rows:
            print(json.dumps({"id": r.id, "kind": r.kind, "observed_at": r.observed_at.isoformat(),
                              "article_id": r.article_id, "source": r.source, "title": r.title, "url": r.url,
                              "from_revision_id": r.from_revision_id, "to_revision_id": r.to_revision_id,
                              "detail": r.detail}, ensure_ascii=False))
        return
    if not rows:
        console.print("no changes" + (f" since {since}" if since else ""))
        return
    table = Table("observed (WIB)", "kind", "source", "id", "release")
    for r in rows:
        cell = Text(r.title, style="bold")
        if r.detail:
            cell.append("\n" + r.detail)
        cell.append("\n" + r.url, style="dim")
        table.add_row(jakarta_day(r.observed_at.isoformat()), r.kind, r.source, str(r.article_id), cell)
    console.print(table)


@app.command()
def reprocess(source: str | None = typer.Option(None, "--source", "-s", help="Only this source.")) -> None:
    """Re-run extraction and cleaning on stored pages (no crawling); changed texts become revisions."""
    from archive.reprocess import reprocess as run_reprocess
    from scraper.sources import load_sources

    if source:
        check_sources([source])
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("reprocessing", total=None)
        result = run_reprocess(database(), load_sources(), source, progress=lambda n: progress.advance(task, n))
    console.print(f"reprocessed: {result.outcomes or 'nothing'}; dropped {len(result.dropped)}")
    for url, reason in result.dropped.items():
        console.print(f"  dropped {url}: {reason}", highlight=False)
    console.print("run `siaran index` to send changed releases to the search index")


@app.command()
def pair(source: list[str] = typer.Option(None, "--source", "-s", help="Source id (repeatable); default all.")) -> None:
    """Link Indonesian and English versions of releases, also across sources (runs after every crawl too)."""
    from functools import partial

    from archive.translations import pair_source
    from scraper.sources import load_sources
    from search.embeddings import embed_windows, load_embedder

    embedder = load_embedder()  # None: text evidence only, nothing paired across sources
    model = embedder.model_id if embedder is not None else None
    compute = partial(embed_windows, embedder) if embedder is not None else None  # vectors missing: once
    ids = check_sources(source) if source else sorted(load_sources())
    for sid in ids:
        console.print(f"{sid}: {pair_source(database(), sid, model=model, compute=compute)} new translation pairs")


# -- export -------------------------------------------------------------------------------------
@app.command()
def export(out: Path | None = typer.Option(None, "--out", "-o", help="Output file (a manifest is written beside it)."),
           fmt: str | None = typer.Option(None, "--format", "-f", help="csv (default), jsonl or parquet."),
           q: str = typer.Option("", "--query", "-q", help="Full-text query (uses the search index)."),
           source: list[str] = typer.Option(None, "--source", "-s"),
           lang: list[str] = typer.Option(None, "--lang", "-l", help="id or en (repeatable)."),
           tag: list[str] = typer.Option(None, "--tag", help="Releases with any of these tags (repeatable)."),
           since: str | None = typer.Option(None, "--since"), until: str | None = typer.Option(None, "--until"),
           limit: int | None = typer.Option(None, "--limit"),
           fields: str | None = typer.Option(None, "--fields", help="Comma-separated fields, or 'all': "
                                                "id, source, language, detected_language, published_at, "
                                                "published_has_time, updated_at, title, subtitle, author, tags, "
                                                "url, canonical_url, image_url, external_id, body, content_hash, "
                                                "duplicate_of, duplicate_similarity, revision_count, last_edited_at, removed_at, first_seen, "
                                                "last_seen, fetched_at, http_status, extractor."),
           shape: str | None = typer.Option(None, "--shape", help="release (default) or translation."),
           duplicates: str | None = typer.Option(None, "--duplicates", help="exclude (default) or include."),
           revisions: bool = typer.Option(False, "--revisions", help="Add each release's revision history."),
           attachments: str | None = typer.Option(None, "--attachments",
                                                  help="none (default) or text: add each release's attached "
                                                       "files (PDFs) with their text per page."),
           excel: bool = typer.Option(False, "--excel", help="CSV with a UTF-8 BOM for Excel."),
           from_manifest: Path | None = typer.Option(None, "--from-manifest", help="Repeat an earlier export."),
           overwrite: bool = typer.Option(False, "--overwrite")) -> None:
    """Export releases matching the filters to CSV, JSONL or Parquet, with a manifest to reproduce it."""
    from archive import export as ex

    reproduces = None
    try:
        if from_manifest:
            given = [q, source, lang, tag, since, until, limit, fields, shape, duplicates, fmt, revisions, excel,
                     attachments]
            if any(given):
                fail("--from-manifest repeats the manifest's selection; pass only --out and --overwrite")
            manifest = ex.load_manifest(from_manifest)
            req = ex.request_from_manifest(manifest)
            out = out or ex.default_rerun_path(from_manifest, manifest)
            reproduces = {"manifest": str(from_manifest), "sha256": manifest.get("sha256")}
        else:
            if out is None:
                fail("--out is required (or --from-manifest)")
            for value in lang or []:
                if value not in ex.LANGUAGES:
                    fail(f"unknown language {value!r}; use id or en")
            first, last = parse_window(since, until)
            req = ex.ExportRequest(fmt=fmt or "csv", query=q, sources=check_sources(source or []),
                                   languages=lang or [], tags=tag or [], since=first, until=last, limit=limit,
                                   fields=ex.parse_fields(fields) if fields is not None else list(ex.DEFAULT_FIELDS),
                                   shape=shape or "release", duplicates=duplicates or "exclude",
                                   revisions=revisions, attachments=attachments or "none", excel=excel)
        ex.validate(req, out, overwrite)
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("exporting", total=None)
            result = ex.run_export(database(), req, out, overwrite=overwrite,
                                   client_factory=search_client if req.query else None,
                                   progress=lambda done, total: progress.update(task, completed=done, total=total),
                                   reproduces=reproduces)
    except ex.ExportError as exc:
        fail(str(exc))
    console.print(f"wrote {result.rows} rows to {out} (manifest {result.manifest_path.name})", highlight=False)
    if reproduces:
        same = result.manifest["reproduces"]["sha256_matches"]
        console.print("sha256 matches the manifest: the same bytes as the original export" if same else
                      "sha256 differs from the manifest: releases in this selection changed since "
                      f"{result.manifest['request']['as_of']}", highlight=False)


# -- serve --------------------------------------------------------------------------------------
@app.command()
def serve(host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: this machine only; "
                                   "then only Host localhost/127.0.0.1/[::1] is answered, see "
                                   "SIARAN_ALLOWED_HOSTS)."),
          port: int = typer.Option(8765, "--port", "-p", min=1, max=65535)) -> None:
    """Serve the analyst web page and the HTTP API (docs at /docs)."""
    import os
    import socket

    import uvicorn

    from search.api import create_app

    try:  # uvicorn reports a taken port as a log line and exit 3; say it in one line instead
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        fail(f"cannot serve on {host}:{port}: {os.strerror(exc.errno) if exc.errno else exc}", code=1)
    console.print(f"Siaran on http://{host}:{port}/  (API docs: /docs; Ctrl-C stops)", highlight=False)
    uvicorn.run(create_app(load_settings(), bind_host=host), host=host, port=port, log_level="warning")


# -- demo ---------------------------------------------------------------------------------------
@app.command()
def demo() -> None:
    """Crawl the local replica sites into ./data, index, and run a sample search."""
    from siaran.demo import run_demo

    run_demo(console)


from siaran.cli_meili import meili_app  # `siaran meili status|stop`

app.add_typer(meili_app, name="meili")


try:  # Typer >= 0.22 carries its own copy of Click; older versions use Click itself
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover
    from click import exceptions as click_errors


def usage_error_line(exc: click_errors.ClickException) -> str:
    """A Click usage error as one line (Typer would draw a 5-6 line box): what is wrong and where help is."""
    message = " ".join(exc.format_message().split()).rstrip(".")
    if message[:1].isupper() and not message[1:2].isupper():
        message = message[0].lower() + message[1:]
    ctx = getattr(exc, "ctx", None)
    return f"{message}; see `{ctx.command_path} --help`" if ctx is not None else message


from siaran.cli_analyst import timeline_command, watch_app  # analyst commands (issue 17)

app.command("timeline")(timeline_command), app.add_typer(watch_app, name="watch")

from siaran.cli_cluster import job_summaries, worker_command  # distributed crawling (issue 19)

app.command("worker")(worker_command)


def run() -> None:
    """Entry point: bad usage and unexpected errors print one line (a traceback only with --debug)."""
    try:
        code = app(standalone_mode=False, prog_name="siaran")
    except click_errors.NoArgsIsHelpError as exc:
        raise SystemExit(exc.exit_code) from None  # a bare `siaran`: Typer has printed the help already
    except click_errors.ClickException as exc:
        err.print(f"[bold red]error:[/] {escape(usage_error_line(exc))}", highlight=False)
        raise SystemExit(exc.exit_code) from None
    except typer.Abort:
        err.print("aborted", highlight=False)
        raise SystemExit(1) from None
    except SystemExit:
        raise
    except Exception as exc:  # the last line of defence for a readable message
        if "--debug" in sys.argv:
            raise
        first_line = next(iter(str(exc).strip().splitlines()), "")  # database errors append their SQL below
        err.print(f"[bold red]error:[/] {type(exc).__name__}: {escape(first_line)}  (run with --debug for details)",
                  highlight=False)
        raise SystemExit(1) from None
    raise SystemExit(code if isinstance(code, int) else 0)  # a typer.Exit(n) is returned as n here


if __name__ == "__main__":
    run()
