"""``siaran timeline`` and ``siaran watch add|list|remove|run``: analyst commands (registered in cli.py).

Self-contained on purpose: ``python -m siaran.cli`` runs cli.py as ``__main__``, so importing helpers back
from ``siaran.cli`` here would load a second copy of it. Bad input prints one line and exits 2.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from siaran.config import load_settings

console = Console()
err = Console(stderr=True, soft_wrap=True)
watch_app = typer.Typer(no_args_is_help=True, help="Saved searches: new matches after each nightly crawl "
                                                     "go to a webhook or command and to /watch/NAME.atom.")


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r} is not a date; use YYYY-MM-DD")


def _database():
    from archive.db import get_database

    return get_database(load_settings().database_url)


def _client():
    from search.client import SearchUnavailable, connect

    try:
        return connect(load_settings(), start=True)
    except SearchUnavailable as exc:
        fail(f"search is unavailable: {exc}", code=1)


# -- timeline -----------------------------------------------------------------------------------
def timeline_command(
        q: Annotated[str, typer.Argument(help="Query text (Indonesian or English); empty counts everything.")] = "",
        interval: Annotated[str, typer.Option("--interval", "-i", help="day, week, month or year.")] = "month",
        by: Annotated[str | None, typer.Option("--by", help="Split by 'source' or 'language'.")] = None,
        source: Annotated[list[str] | None, typer.Option("--source", "-s", help="Source id (repeatable).")] = None,
        lang: Annotated[list[str] | None, typer.Option("--lang", "-l", help="id or en (repeatable).")] = None,
        tag: Annotated[list[str] | None, typer.Option("--tag")] = None,
        since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD (inclusive).")] = None,
        until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD (inclusive).")] = None,
        mode: Annotated[str, typer.Option("--mode", help="keyword, hybrid or semantic.")] = "keyword",
        csv_out: Annotated[bool, typer.Option("--csv", help="Print CSV instead of the table.")] = False) -> None:
    """Counts over time for a query and filters, as a table and a sparkline (undated counted apart)."""
    import csv
    import sys

    import meilisearch

    from archive.watches import WatchError, known_sources, normalize_filters
    from search.queries import SearchRequest
    from search.timeline import INTERVALS, SPLITS, TimelineError, sparkline, timeline, to_csv_rows

    if interval not in INTERVALS:
        fail(f"--interval {interval!r}: use one of {', '.join(INTERVALS)}")
    if by is not None and by not in SPLITS:
        fail(f"--by {by!r}: use one of {', '.join(SPLITS)}")
    if mode not in ("keyword", "hybrid", "semantic"):
        fail(f"--mode {mode!r}: use keyword, hybrid or semantic")
    try:
        normalize_filters({"sources": source or [], "languages": lang or [], "since": since, "until": until},
                          known_sources(_database()) if source else None)
    except WatchError as exc:
        fail(str(exc))
    req = SearchRequest(q=q, sources=source or [], languages=lang or [], tags=tag or [],
                        since=_day(since, "--since"), until=_day(until, "--until"), mode=mode)
    try:
        t = timeline(_client(), load_settings().index_uid, req, interval, by)
    except TimelineError as exc:
        fail(str(exc), code=1)
    except meilisearch.errors.MeilisearchApiError as exc:
        if exc.code == "index_not_found":
            fail("the search index is empty: run `siaran crawl` (or `siaran index` after a crawl)", code=1)
        raise
    if csv_out:
        csv.writer(sys.stdout, lineterminator="\n").writerows(to_csv_rows(t))
        return
    table = Table("period", "releases", *t.series, title=f"{t.total} releases" + (f" matching {q!r}" if q else ""))
    for b in t.buckets:
        table.add_row(b.key, str(b.count), *(str(b.by.get(s, 0)) for s in t.series))
    table.add_row("undated", str(t.undated), *(str(t.undated_by.get(s, 0)) for s in t.series), style="dim")
    console.print(table)
    if t.buckets:
        console.print(f"{t.buckets[0].key} {sparkline([b.count for b in t.buckets])} {t.buckets[-1].key}",
                      highlight=False)
    for s in t.series:
        console.print(f"{s:>12} {sparkline([b.by.get(s, 0) for b in t.buckets])}", highlight=False)
    if t.note:
        err.print(f"[yellow]note:[/] {t.note}", highlight=False)


# -- watches ------------------------------------------------------------------------------------
@watch_app.command("add")
def watch_add(name: Annotated[str, typer.Argument(help="Name (also the feed: /watch/NAME.atom).")],
              q: Annotated[str, typer.Argument(help="Query text.")] = "",
              source: Annotated[list[str] | None, typer.Option("--source", "-s", help="Source id (repeatable).")] = None,
              lang: Annotated[list[str] | None, typer.Option("--lang", "-l", help="id or en (repeatable).")] = None,
              tag: Annotated[list[str] | None, typer.Option("--tag")] = None,
              since: Annotated[str | None, typer.Option("--since", help="Published on or after YYYY-MM-DD.")] = None,
              until: Annotated[str | None, typer.Option("--until", help="Published on or before YYYY-MM-DD.")] = None,
              has_translation: Annotated[bool | None, typer.Option("--has-translation/--no-translation")] = None,
              mode: Annotated[str, typer.Option("--mode", help="keyword, hybrid or semantic.")] = "keyword",
              notify: Annotated[str | None, typer.Option("--notify", help="webhook:URL or command:CMD.")] = None) -> None:
    """Save a search; it runs after every nightly crawl for the releases new since its last run."""
    from archive.watches import WatchError, add_watch, known_sources, validate

    db = _database()
    filters = {"sources": source or [], "languages": lang or [], "tags": tag or [], "since": since,
               "until": until, "has_translation": has_translation}
    try:
        watch = add_watch(db, validate(name, q, filters, mode, notify, known_sources(db)))
    except WatchError as exc:
        fail(str(exc))
    console.print(f"saved watch {watch.name}: feed /watch/{watch.name}.atom"
                  + (f", notifies {watch.notify}" if watch.notify else ""), highlight=False)


@watch_app.command("list")
def watch_list() -> None:
    """Saved searches with their filters, matches and delivery state."""
    from archive.watches import list_watches

    table = Table("name", "query", "filters", "mode", "notify", "last run (UTC)", "matches", "delivered",
                  "last error", title="Watches")
    for st in list_watches(_database()):
        w = st.watch
        filters = " ".join(f"{k}={','.join(v) if isinstance(v, list) else v}" for k, v in (w.filters or {}).items())
        table.add_row(w.name, w.query, filters, w.mode, w.notify or "feed only",
                      w.last_run_at.strftime("%Y-%m-%d %H:%M") if w.last_run_at else "never", str(st.matches),
                      str(st.delivered), st.last_error or "")
    console.print(table)


@watch_app.command("remove")
def watch_remove(name: Annotated[str, typer.Argument()]) -> None:
    """Delete a saved search and its recorded matches."""
    from archive.watches import remove_watch

    if not remove_watch(_database(), name):
        fail(f"no watch named {name!r} (see `siaran watch list`)")
    console.print(f"removed watch {name}", highlight=False)


@watch_app.command("run")
def watch_run(name: Annotated[list[str] | None, typer.Option("--name", "-n", help="Only these watches.")] = None) -> None:
    """Run the watches now (the scheduler does this after every crawl): match new releases, deliver."""
    from archive.watches import run_watches

    report = run_watches(_database(), _client(), load_settings().index_uid, names=name or None)
    for r in report.runs:
        console.print(f"{r.name}: {r.candidates} new releases, {r.matched} new matches, {r.delivered} delivered"
                      + (f", {r.failed} failed" if r.failed else "") + (f" ({r.error})" if r.error else ""),
                      highlight=False)
    if any(r.error for r in report.runs):
        raise typer.Exit(1)
