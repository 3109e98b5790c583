"""The database side of attachments: one ``Attachment`` per content hash, its pages, each release's links.

``ingest`` turns downloaded bytes into an attachment row: bytes already stored (same sha256, from any
release or any earlier crawl) are never read again; new bytes are read in a child process
(``archive.attachments.isolate``), image-only pages go to OCR when it is installed, and each page gets its
language. A PDF that cannot be read is still stored (status ``failed`` with the reason), so the same bytes
are not downloaded and tried again on every crawl.

``save_links`` records what a release links to, failures included (``attachment_id`` NULL, with the
status and reason), replacing the links of URLs the release no longer lists.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from archive.attachments import ocr
from archive.attachments.isolate import Limits, read_isolated
from archive.attachments.text import PdfText, Unreadable, clean_page, document_title
from archive.models import Article, ArticleAttachment, Attachment, AttachmentPage, utcnow

MAX_OCR_PAGES = 50  # a scanned 300-page annex is read up to here; the rest waits (status needs_ocr)

Detect = Callable[[str], str]


@dataclass(frozen=True)
class Stored:
    """The attachment row bytes ended up in: its id, status (ok | needs_ocr | failed) and error."""

    attachment_id: int
    status: str
    error: str | None
    new: bool  # read now (False: the same bytes were stored before)


@dataclass
class Link:
    """One release's link to a file, as a crawl found it (``attachment_id`` None when the fetch failed)."""

    url: str
    status: str
    attachment_id: int | None = None
    error: str | None = None
    label: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: datetime | None = None


@dataclass
class AttachmentView:
    """What ``siaran show`` and export print for one link: the file's metadata and, when asked, its text."""

    url: str
    status: str
    error: str | None
    attachment_id: int | None
    title: str | None = None
    page_count: int | None = None
    language: str | None = None
    ocr: bool = False
    size: int | None = None
    pages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: what the file is and whether its text is in the archive, e.g.
        ``SP_2818426.pdf — "Siaran Pers: BI-Rate Tetap" · 2 pages · id · ok``."""
        name = self.url.rstrip("/").rsplit("/", 1)[-1] or self.url
        parts = [f'{name} — "{self.title}"' if self.title else name]
        if self.page_count is not None:
            parts.append(f"{self.page_count} page{'s' if self.page_count != 1 else ''}")
        if self.size is not None:
            parts.append(f"{self.size / 1024:.0f} kB")
        if self.language:
            parts.append(self.language)
        parts.append(self.status + (" (OCR)" if self.ocr else "") + (f": {self.error}" if self.error else ""))
        return " · ".join(parts) + f"  <{self.url}>"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


DEFAULT_LIMITS = Limits()


def ingest(db, data: bytes, content_type: str | None, *, detect: Detect, limits: Limits = DEFAULT_LIMITS,
           use_ocr: bool = True) -> Stored:
    """The attachment row for ``data``: found by hash, or read and inserted (see the module docstring)."""
    digest = sha256(data)
    with db.session() as s:
        known = s.execute(select(Attachment.id, Attachment.status, Attachment.error)
                          .where(Attachment.sha256 == digest)).first()
    if known is not None:
        return Stored(known.id, known.status, known.error, new=False)
    row = _read(data, content_type, detect, limits, use_ocr)
    row.sha256 = digest
    try:
        with db.session() as s:
            s.add(row)
            s.flush()
            return Stored(row.id, row.status, row.error, new=True)
    except IntegrityError:  # another crawl process stored the same bytes a moment ago
        with db.session() as s:
            other = s.execute(select(Attachment.id, Attachment.status, Attachment.error)
                              .where(Attachment.sha256 == digest)).one()
        return Stored(other.id, other.status, other.error, new=False)


def _read(data: bytes, content_type: str | None, detect: Detect, limits: Limits, use_ocr: bool) -> Attachment:
    """An unsaved ``Attachment`` with its pages: the text read, OCR where needed, languages detected."""
    row = Attachment(content_type=(content_type or "")[:128] or None, size=len(data), data=data)
    try:
        found = read_isolated(data, limits)
    except Unreadable as exc:
        row.status, row.error, row.extractor = "failed", exc.reason, "pypdf"
        return row
    row.ocr = _fill_scanned_pages(found, data, use_ocr)
    row.extractor = found.extractor + ("+tesseract" if row.ocr else "")
    row.page_count = found.page_count
    row.title = found.title
    missing = found.pages_without_text()
    row.status = "needs_ocr" if missing else "ok"
    if missing:
        row.error = f"no text layer on {len(missing)} of {found.page_count} pages; OCR " + (
            "found none" if row.ocr or (use_ocr and ocr.available()) else "not installed (make ocr)")
    row.pages = [AttachmentPage(page=i + 1, text=text, language=detect(text) if text.strip() else None)
                 for i, text in enumerate(found.pages)]
    row.language = _main_language(row.pages)
    return row


def _fill_scanned_pages(found: PdfText, data: bytes, use_ocr: bool) -> bool:
    """OCR the pages without a text layer into ``found``; whether OCR produced any text."""
    missing = found.pages_without_text()[:MAX_OCR_PAGES]
    if not missing or not use_ocr or not ocr.available():
        return False
    read = ocr.ocr_pages(data, missing)
    for page, text in read.items():
        found.pages[page - 1] = clean_page(text)
    if found.title is None:
        found.title = document_title(None, found.pages)
    return any(found.pages[page - 1].strip() for page in read)


def _main_language(pages: Iterable[AttachmentPage]) -> str | None:
    """The language of most of the document's text (pages weighted by length)."""
    weight: Counter[str] = Counter()
    for page in pages:
        if page.language and page.language != "unknown":
            weight[page.language] += len(page.text)
    return weight.most_common(1)[0][0] if weight else None


def reread(db, *, detect: Detect, statuses: Iterable[str] = ("needs_ocr",), limits: Limits = DEFAULT_LIMITS,
           use_ocr: bool = True) -> tuple[Counter[str], list[int]]:
    """Read the stored files with one of ``statuses`` again from their bytes (after ``make ocr``, scanned
    files get their text); their new statuses counted, and the releases linking a file whose text changed
    (to be queued for indexing by the caller)."""
    with db.session() as s:
        ids = s.scalars(select(Attachment.id).where(Attachment.status.in_(list(statuses)),
                                                    Attachment.data.is_not(None)).order_by(Attachment.id)).all()
    outcomes: Counter[str] = Counter()
    changed: list[int] = []
    for attachment_id in ids:
        with db.session() as s:
            row = s.get(Attachment, attachment_id)
            fresh = _read(row.data, row.content_type, detect, limits, use_ocr)
            outcomes[fresh.status] += 1
            if [p.text for p in fresh.pages] == [p.text for p in row.pages] and fresh.status == row.status:
                continue
            s.execute(delete(AttachmentPage).where(AttachmentPage.attachment_id == attachment_id))
            s.expire(row, ["pages"])
            for name in ("status", "error", "ocr", "extractor", "title", "page_count", "language"):
                setattr(row, name, getattr(fresh, name))
            row.pages = [AttachmentPage(page=p.page, text=p.text, language=p.language) for p in fresh.pages]
            changed += s.scalars(select(ArticleAttachment.article_id)
                                 .where(ArticleAttachment.attachment_id == attachment_id)).all()
    return outcomes, sorted(set(changed))


# -- links ---------------------------------------------------------------------------------------------
def known_validators(session, url: str) -> tuple[str | None, str | None, int | None]:
    """ETag, Last-Modified and attachment id last stored for a file URL (any release): a re-check sends
    them, and a 304 keeps that attachment."""
    row = session.execute(select(ArticleAttachment.etag, ArticleAttachment.last_modified,
                                 ArticleAttachment.attachment_id)
                          .where(ArticleAttachment.url == url, ArticleAttachment.attachment_id.is_not(None))
                          .order_by(ArticleAttachment.fetched_at.desc()).limit(1)).first()
    return (row.etag, row.last_modified, row.attachment_id) if row is not None else (None, None, None)


def save_links(session, article_id: int, links: list[Link]) -> bool:
    """Record the release's links (upsert on URL, links to URLs it no longer lists removed); whether what
    the release's search document shows changed (a different file, or a link added or removed)."""
    current = {row.url: row for row in session.scalars(
        select(ArticleAttachment).where(ArticleAttachment.article_id == article_id))}
    wanted = {link.url for link in links}
    stale = [url for url in current if url not in wanted]
    if stale:
        session.execute(delete(ArticleAttachment).where(ArticleAttachment.article_id == article_id,
                                                        ArticleAttachment.url.in_(stale)))
    changed = bool(stale)
    for link in links:
        row = current.get(link.url)
        if row is None:
            row = ArticleAttachment(article_id=article_id, url=link.url)
            session.add(row)
            changed = True
        status = link.status
        if status == "unchanged":  # a 304: the stored file stands
            if row.attachment_id is not None:
                row.fetched_at = link.fetched_at or utcnow()
                continue
            # a new link (or one a killed crawl left pending) to a file stored for another release: its status
            status = session.scalar(select(Attachment.status).where(Attachment.id == link.attachment_id)) or "ok"
        changed = changed or row.attachment_id != link.attachment_id
        row.attachment_id, row.status, row.error = link.attachment_id, status[:16], link.error
        row.label = link.label
        row.etag, row.last_modified = link.etag, link.last_modified
        row.fetched_at = link.fetched_at or utcnow()
    return changed


def article_ids(session, keys: Iterable[str]) -> dict[str, int]:
    """canonical URL -> article id, for the keys that are stored."""
    keys = list(set(keys))
    if not keys:
        return {}
    return dict(session.execute(select(Article.canonical_url, Article.id)
                                .where(Article.canonical_url.in_(keys))).tuples().all())


# -- reading -------------------------------------------------------------------------------------------
def attachments_of(session, ids: Iterable[int], *, with_text: bool = False) -> dict[int, list[AttachmentView]]:
    """article id -> its attachment links (failures included), each with the file's metadata and, when
    ``with_text``, its text per page."""
    ids = list(ids)
    if not ids:
        return {}
    rows = session.execute(
        select(ArticleAttachment.article_id, ArticleAttachment.url, ArticleAttachment.status,
               ArticleAttachment.error, ArticleAttachment.attachment_id, Attachment.title, Attachment.page_count,
               Attachment.language, Attachment.ocr, Attachment.size, Attachment.status.label("file_status"),
               Attachment.error.label("file_error"))
        .outerjoin(Attachment, Attachment.id == ArticleAttachment.attachment_id)
        .where(ArticleAttachment.article_id.in_(ids)).order_by(ArticleAttachment.article_id, ArticleAttachment.id))
    out: dict[int, list[AttachmentView]] = {}
    for r in rows:
        out.setdefault(r.article_id, []).append(AttachmentView(
            url=r.url, status=r.file_status or r.status, error=r.file_error or r.error,
            attachment_id=r.attachment_id, title=r.title, page_count=r.page_count, language=r.language,
            ocr=bool(r.ocr), size=r.size))
    if with_text:
        texts = page_texts(session, {v.attachment_id for views in out.values() for v in views if v.attachment_id})
        for views in out.values():
            for view in views:
                view.pages = texts.get(view.attachment_id, [])
    return out


def page_texts(session, attachment_ids: Iterable[int]) -> dict[int, list[str]]:
    """attachment id -> the text of its pages in page order."""
    ids = [i for i in attachment_ids if i is not None]
    if not ids:
        return {}
    out: dict[int, list[str]] = {}
    for attachment_id, text in session.execute(
            select(AttachmentPage.attachment_id, AttachmentPage.text)
            .where(AttachmentPage.attachment_id.in_(ids))
            .order_by(AttachmentPage.attachment_id, AttachmentPage.page)):
        out.setdefault(attachment_id, []).append(text)
    return out
