"""Search documents built from archive rows: the only shape Meilisearch ever sees.

Attachments (issue 18): a release's PDFs are searched with it. ``attachment_text`` holds one element per
page, so Meilisearch can say which element matched (``_matchesPosition[...].indices``); the parallel list
``attachment_pages`` names the file and page of each element, and ``matched_attachment_pages(hit)`` turns a
hit into "page 2 of SP_2818426.pdf". The text sent is capped (``ATTACHMENT_INDEX_CHARS``) like the body.

Every document carries a ``translation_group``: the archive's group when pairing set one, else the
smaller id of the release and its translation partner, else the release's own id. Search can then ask
Meilisearch for ``distinct: translation_group`` ("both languages" mode) and get each release once, with
``translation_id``/``translation_url`` pointing at the partner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select

from archive.models import Article, ArticleAttachment, Attachment, AttachmentPage
from search.stemming import stem_text

JAKARTA = ZoneInfo("Asia/Jakarta")
SNIPPET_SOURCE_CHARS = 20_000  # bodies beyond this are still stored in full; the index gets the head
ATTACHMENT_INDEX_CHARS = 60_000  # a release's attachment text sent to the index (pages in order, then cut)


# The columns a document is built from. The indexer selects just these (Core rows, not ORM objects): loading
# whole Article objects also decoded captions, attachments and alternate URLs (JSON) and filled the identity
# map, about a fifth of the indexer's own CPU per release.
DOCUMENT_COLUMNS = (Article.id, Article.source_id, Article.language, Article.title, Article.subtitle, Article.body,
                    Article.tags, Article.url, Article.published_at, Article.translation_group, Article.duplicate_of_id,
                    Article.revision_count, Article.last_edited_at,
                    Article.removed_at)  # change tracking: edited / removed filters


class ReleaseRow(Protocol):
    """What :func:`to_document` reads: an ``Article`` or a row of :data:`DOCUMENT_COLUMNS`."""

    id: int
    source_id: str
    language: str | None
    title: str
    subtitle: str | None
    body: str
    tags: list
    url: str
    published_at: datetime | None
    translation_group: int | None
    duplicate_of_id: int | None
    revision_count: int | None
    last_edited_at: datetime | None
    removed_at: datetime | None


def select_releases(*where) -> Select:
    """``SELECT`` of :data:`DOCUMENT_COLUMNS` for the releases matching ``where``."""
    return select(*DOCUMENT_COLUMNS).where(*where)


def translation_group_of(article_id: int, group: int | None, translation_id: int | None) -> int:
    """The group shared by a release and its translation; an unpaired release is its own group."""
    if group is not None:
        return group
    if translation_id is not None:
        return min(article_id, translation_id)
    return article_id


@dataclass(frozen=True)
class AttachmentPageText:
    """One page of a file a release links to: what the index needs to find it and to name it."""

    attachment_id: int
    url: str
    title: str | None
    page: int
    text: str


def attachment_pages(session, article_ids: Iterable[int]) -> dict[int, list[AttachmentPageText]]:
    """article id -> the pages (with text) of the files it links to, file by file in link order."""
    ids = list(article_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(ArticleAttachment.article_id, ArticleAttachment.url, Attachment.id, Attachment.title,
               AttachmentPage.page, AttachmentPage.text)
        .join(Attachment, Attachment.id == ArticleAttachment.attachment_id)
        .join(AttachmentPage, AttachmentPage.attachment_id == Attachment.id)
        .where(ArticleAttachment.article_id.in_(ids), AttachmentPage.text != "")
        .order_by(ArticleAttachment.article_id, ArticleAttachment.id, AttachmentPage.page))
    out: dict[int, list[AttachmentPageText]] = {}
    for article_id, url, attachment_id, title, page, text in rows:
        out.setdefault(article_id, []).append(AttachmentPageText(attachment_id, url, title, page, text))
    return out


def attachment_fields(pages: list[AttachmentPageText] | None) -> dict:
    """``attachment_text`` (one element per page, capped at ``ATTACHMENT_INDEX_CHARS`` in all) and the
    parallel ``attachment_pages`` (file id, URL, title, page number of each element)."""
    texts: list[str] = []
    refs: list[dict] = []
    budget = ATTACHMENT_INDEX_CHARS
    for page in pages or []:
        if budget <= 0:
            break
        texts.append(page.text[:budget])
        refs.append({"attachment_id": page.attachment_id, "url": page.url, "title": page.title, "page": page.page})
        budget -= len(texts[-1])
    return {"attachment_text": texts, "attachment_pages": refs}


def matched_attachment_pages(hit: dict) -> list[dict]:
    """The files and pages whose text matched, from a hit searched with ``showMatchesPosition``: the
    ``attachment_pages`` entries at the matched ``attachment_text`` indices, in page order."""
    refs = hit.get("attachment_pages") or []
    indices: set[int] = set()
    for match in (hit.get("_matchesPosition") or {}).get("attachment_text", []):
        indices.update(match.get("indices") or [])
    return [refs[i] for i in sorted(indices) if i < len(refs)]


LEAD_CHARS = 400


def lead_of(body: str) -> str:
    """The body's first :data:`LEAD_CHARS` characters, cut at a word boundary: what hybrid search's fusion reads of
    a release besides its title (search/queries.py :func:`concepts_stated_by`), the part that says what the
    release is about."""
    if len(body) <= LEAD_CHARS:
        return body
    cut = body[:LEAD_CHARS]
    return cut[:cut.rfind(" ")] if " " in cut else cut


def to_document(article: ReleaseRow, *, source_name: str | None = None, translation_id: int | None = None,
                translation_url: str | None = None, partner_title: str | None = None,
                attachments: list[AttachmentPageText] | None = None) -> dict:
    """The Meilisearch document of one stored release (fields described in search/settings.py).

    ``partner_title`` is the title of the translation partner: searchable (lowest rank), so that a query in the
    partner's language also matches a paired release by its words, not only through the glossary.
    ``attachments`` are the pages of the files it links to (``attachment_pages``).
    """
    body = (article.body or "")[:SNIPPET_SOURCE_CHARS]
    language = article.language or "unknown"
    published = article.published_at
    return {
        "id": article.id,
        "source": article.source_id,
        "source_name": source_name or article.source_id,
        "language": language,
        "title": article.title,
        "subtitle": article.subtitle or "",
        "body": body,
        "lead": lead_of(body),
        "title_stem": stem_text(article.title or "", language),
        "body_stem": stem_text(body, language),
        "tags": list(article.tags or []),
        "url": article.url,
        "published_at": published.isoformat() if published else None,
        "published_at_ts": int(published.timestamp()) if published else None,
        "year": _jakarta_year(published),
        "published_month": _jakarta_day(published)[:7] or None,  # "2024-07": timeline facet (search/timeline.py)
        "published_day": _jakarta_day(published) or None,  # "2024-07-15": day and week timelines
        "published_words": published_words(published),
        "has_translation": translation_id is not None,
        "translation_id": translation_id,
        "translation_url": translation_url,
        "partner_title": partner_title or "",
        "translation_group": translation_group_of(article.id, article.translation_group, translation_id),
        "is_duplicate": article.duplicate_of_id is not None,
        # Change tracking (archive/changes.py): edited after publication, or gone from the agency's site.
        "revision_count": article.revision_count or 1,
        # A meaningful edit by the agency (archive/changes.py), not any new revision: re-extraction by
        # ``siaran reprocess`` or a complete copy replacing a truncated one adds revisions, not edits.
        "edited": getattr(article, "last_edited_at", None) is not None,
        "removed": article.removed_at is not None,
        **attachment_fields(attachments),
    }


# Month names in both languages: "banjir Ambon Juli 2023" and "Ambon floods July 2023" both name the date.
MONTH_WORDS = ("Januari January", "Februari February", "Maret March", "April", "Mei May", "Juni June",
               "Juli July", "Agustus August", "September", "Oktober October", "November", "Desember December")


def published_words(published) -> str:
    """The release's Asia/Jakarta month and year as words in both languages ("Juli July 2023"), searchable:
    analysts name a month in a query, and many releases state their date only in the page's metadata (a
    dateline such as "Jakarta –" carries none) or in the other language's month name."""
    if published is None:
        return ""
    day = published.astimezone(JAKARTA)
    return f"{MONTH_WORDS[day.month - 1]} {day.year}"


def _jakarta_year(published) -> int | None:
    """The Asia/Jakarta calendar year (a release at 00:30 WIB on 1 January is stored on 31 Dec UTC)."""
    if published is None:
        return None
    return published.astimezone(JAKARTA).year


def _jakarta_day(published) -> str:
    """The Asia/Jakarta calendar day as "YYYY-MM-DD" ("" when undated: the release is never put on a date)."""
    return published.astimezone(JAKARTA).date().isoformat() if published is not None else ""
