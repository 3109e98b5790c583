"""A release that *is* a PDF: some agencies publish a statement only as a file, behind a release URL.

When a release URL answers with a PDF (by its bytes or its Content-Type), the spider makes the release from
the document instead of skipping it as non-HTML: its title is the document's metadata title, else its
first heading; its text is the body; its date is the one the listing or feed gave, else the document's
creation date; and the file itself is the release's attachment, so its pages are stored and searchable
like any attachment's (docs/attachments.md). A PDF that cannot be read is reported with its reason.

The file is read in the attachments' worker process (``archive.attachments.isolate``) with the same
limits; the spider waits for it, which is fine for the rare PDF-only release (a few milliseconds to a
second) and bounded by ``SIARAN_ATTACHMENT_SECONDS``.
"""

from __future__ import annotations

from archive.attachments import sniff
from archive.attachments.isolate import Limits, read_isolated
from archive.attachments.text import PdfText, Unreadable
from scraper.extraction.pubdate import evidence
from scraper.items import ReleaseItem
from scraper.recheck import clock


def is_pdf(response) -> bool:
    """Whether the answer is a PDF: its Content-Type says so, or its bytes start like one."""
    ctype = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
    return "application/pdf" in ctype or (bool(response.body) and sniff(response.body, ctype) is None)


def pdf_release(spider, response) -> ReleaseItem | None:
    """The release a PDF answer stands for, or None (and a crawl error for its URL) when it has none."""
    rejected = sniff(response.body, (response.headers.get("Content-Type") or b"").decode("latin-1"))
    if rejected is not None:
        spider.record_error(response.url, f"PDF release: {rejected.reason}")
        return None
    try:
        found = read_isolated(response.body, Limits.from_settings(spider.settings))
    except Unreadable as exc:
        spider.record_error(response.url, f"PDF release: {exc.reason}")
        return None
    if not found.title:
        spider.record_error(response.url, "PDF release: no title found (no metadata title, no text)")
        return None
    item = ReleaseItem(
        source=spider.name, url=response.url, canonical_url=response.url,
        language=response.meta.get("siaran_language"), title=found.title, body=release_body(found),
        attachments=[response.url], http_status=response.status, extractor="pdf",
        fetched_at=clock(spider.settings.get("SIARAN_NOW")),
        etag=(response.headers.get("ETag") or b"").decode("latin-1") or None,
        last_modified=(response.headers.get("Last-Modified") or b"").decode("latin-1") or None)
    _date(item, response.meta.get("siaran_feed_date"), found.created)
    hand_over(spider, response)
    return item


_HANDED_OVER = "siaran_fetched_files"
_HANDED_OVER_MAX = 16  # answers of items a pipeline dropped before the attachments pipeline are never taken


def hand_over(spider, response) -> None:
    """Keep the PDF answer for the attachments pipeline: the release's own file is then stored from it, not
    downloaded a second time (``take_over``). At most ``_HANDED_OVER_MAX`` are kept."""
    if spider.settings.getbool("SIARAN_ATTACHMENTS", True):
        kept = spider.__dict__.setdefault(_HANDED_OVER, {})
        kept[response.url] = response
        while len(kept) > _HANDED_OVER_MAX:  # the oldest is downloaded again if it is ever asked for
            kept.pop(next(iter(kept)))


def take_over(spider, url: str):
    """The answer ``hand_over`` kept for ``url``, once; None when the file must be downloaded."""
    return spider.__dict__.get(_HANDED_OVER, {}).pop(url, None)


def release_body(found: PdfText) -> str:
    """The document's text as paragraphs: its pages, blank-line separated, the title line left out."""
    text = "\n\n".join(page.strip() for page in found.pages if page.strip())
    first, _, rest = text.partition("\n")
    return rest.strip() if first.strip() == found.title else text


def _date(item: ReleaseItem, listed: str | None, created: str | None) -> None:
    """The listing's (or feed's) date first: it is the agency's publication date; the document's creation
    date only when the listing gave none (files are often made days before they are published)."""
    for source, raw in (("feed", listed), ("metadata", created)):
        found = evidence(source, raw)
        if found is not None and found.parsed is not None:
            item.published_at, item.published_has_time = found.parsed.value, found.parsed.has_time
            item.date_source = source
            return
