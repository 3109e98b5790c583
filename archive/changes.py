"""Changes the archive noticed in releases: edits, takedowns and restores, and what they look like.

Three jobs, one concept ("what changed"):

- **The meaningful-edit rule** (``is_meaningful_edit``): a re-fetched text is a new revision only when a
  word, number or name of the release changed. Whitespace, letter case, punctuation runs, tracking
  parameters in links (``utm_*``, ``fbclid`` ...) and page furniture that slipped into the body (view
  counters, "Baca juga" / "Read also" links, share and print lines, "last updated" stamps) are not
  edits: agencies' CMSs change those on every request, and counting them would bury real corrections.
- **Recording** (``record_change``): one ``article_changes`` row per edited / removed / restored.
- **Reading** (``list_changes``, ``versions``, ``side_by_side``): the changes view of the CLI, the API and
  its Atom feed, and the side-by-side diff of any two versions of a release.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from w3lib.url import url_query_cleaner

from archive.fingerprints import normalize_for_hash
from archive.models import Article, ArticleChange, Revision

KINDS = ("edited", "removed", "restored")
JAKARTA = ZoneInfo("Asia/Jakarta")

# Query parameters that only say where a reader came from (same family as archive.fingerprints).
TRACKING_PARAMS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id", "fbclid",
                   "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "yclid", "igshid", "_ga", "_gl", "ref", "s_cid")
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_TRACKING_ANY = re.compile(r"^(utm_|_hs|pk_|mtm_)", re.IGNORECASE)

# Furniture lines: each pattern matches a whole paragraph/line that carries no content of the release.
_FURNITURE = [re.compile(p, re.IGNORECASE) for p in (
    r"^(dilihat|dibaca|views?|read|hits?|pembaca)\s*[:：]?\s*[\d.,]+\s*(kali|times|x)?$",
    r"^[\d.,]+\s*(kali dilihat|kali dibaca|views?|reads?|pembaca|hits)$",
    r"^(baca juga|lihat juga|berita terkait|artikel terkait|read also|see also|related)\b.*$",
    (r"^(bagikan|share|sebarkan|print|cetak|tweet|kirim)(\s*(ke|to|:|artikel ini|this))?"
    r"(\s*(facebook|twitter|x|whatsapp|telegram|linkedin|email|surel|[:|,/·•]))*\s*$"),
    r"^(terakhir )?(diperbarui|diperbaharui|diupdate|updated|last updated|last modified)\b.*\d.*$",
    r"^(©|\(c\)|copyright|hak cipta)\b.*$",
    r"^(tags?|tag|label|kategori|category)\s*[:：].*$",
)]


def strip_tracking(text: str) -> str:
    """Every link in ``text`` without its tracking parameters (the rest of the query is kept)."""
    def clean(match: re.Match) -> str:
        url = match.group(0)
        cleaned = url_query_cleaner(url, TRACKING_PARAMS, remove=True, keep_fragments=True)
        # url_query_cleaner knows exact names only; drop prefix families (utm_*, pk_*) as well.
        if "?" in cleaned:
            base, _, query = cleaned.partition("?")
            kept = [p for p in query.split("&") if p and not _TRACKING_ANY.match(p.split("=", 1)[0])]
            cleaned = base + ("?" + "&".join(kept) if kept else "")
        return cleaned
    return _URL.sub(clean, text)


def is_furniture(line: str) -> bool:
    text = unicodedata.normalize("NFKC", line).strip()
    return bool(text) and len(text) <= 200 and any(p.match(text) for p in _FURNITURE)


def comparable_text(title: str | None, body: str | None, attachments: list | None = None) -> str:
    """The text an edit is judged on: no furniture lines, no tracking parameters, folded like the
    content hash (case, punctuation runs, whitespace). A changed number, name or sentence survives."""
    lines = [line for line in re.split(r"\n+", strip_tracking(body or "")) if not is_furniture(line)]
    files = sorted(strip_tracking(str(a)) for a in (attachments or []))
    return "\x1f".join([normalize_for_hash(strip_tracking(title or "")), normalize_for_hash("\n".join(lines)),
                        *files])


def is_meaningful_edit(old_title: str | None, old_body: str | None, new_title: str | None, new_body: str | None,
                       old_attachments: list | None = None, new_attachments: list | None = None) -> bool:
    """Whether a re-fetched text differs from the stored one in substance (see the module docstring)."""
    return (comparable_text(old_title, old_body, old_attachments)
            != comparable_text(new_title, new_body, new_attachments))


def edit_summary(old_title: str, old_body: str, new_title: str, new_body: str) -> str:
    """One line for the changes view: what kind of edit this was."""
    parts = []
    if normalize_for_hash(old_title) != normalize_for_hash(new_title):
        parts.append("title changed")
    old_p = [p for p in (old_body or "").split("\n\n") if p.strip()]
    new_p = [p for p in (new_body or "").split("\n\n") if p.strip()]
    added = removed = changed = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old_p, b=new_p, autojunk=False).get_opcodes():
        if op == "replace":
            changed += max(i2 - i1, j2 - j1)
        elif op == "delete":
            removed += i2 - i1
        elif op == "insert":
            added += j2 - j1
    for n, word in ((changed, "changed"), (added, "added"), (removed, "removed")):
        if n:
            parts.append(f"{n} paragraph{'s' if n > 1 else ''} {word}")
    old_n, new_n = set(re.findall(r"\d[\d.,]*", old_body or "")), set(re.findall(r"\d[\d.,]*", new_body or ""))
    if old_n != new_n:
        gone, came = sorted(old_n - new_n)[:3], sorted(new_n - old_n)[:3]
        if gone or came:
            parts.append("numbers: " + ", ".join(gone or ["—"]) + " → " + ", ".join(came or ["—"]))
    return "; ".join(parts) or "text changed"


# -- recording ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PendingEdit:
    """A re-fetched text that differs from the stored one, judged before the store overwrites it."""

    meaningful: bool
    from_revision_id: int | None
    detail: str

    def record(self, session, article: Article, to_revision_id: int | None, observed_at: datetime) -> None:
        """The 'edited' change, and the release's edit state (the re-check schedule restarts at one day;
        ``scraper.takedowns`` sets the next check when the crawl ends)."""
        record_change(session, article.id, "edited", observed_at, from_revision_id=self.from_revision_id,
                      to_revision_id=to_revision_id, detail=self.detail)
        article.last_edited_at = observed_at
        article.stable_checks = 0


def edit_of(session, article: Article, data: dict) -> PendingEdit:
    """Whether the newly fetched ``data`` is a meaningful edit of the stored ``article`` (call it before
    the article is overwritten), with the revision it replaces and a one-line summary."""
    meaningful = is_meaningful_edit(article.title, article.body, data.get("title"), data.get("body"),
                                    article.attachments, data.get("attachments"))
    if not meaningful:
        return PendingEdit(False, None, "")
    return PendingEdit(True, latest_revision_id(session, article.id),
                       edit_summary(article.title or "", article.body or "", data.get("title") or "",
                                    data.get("body") or ""))


def latest_revision_id(session, article_id: int) -> int | None:
    return session.scalar(select(func.max(Revision.id)).where(Revision.article_id == article_id))


def record_change(session, article_id: int, kind: str, observed_at: datetime, *, from_revision_id: int | None = None,
                  to_revision_id: int | None = None, detail: str | None = None) -> ArticleChange:
    if kind not in KINDS:
        raise ValueError(f"unknown change kind {kind!r}")
    change = ArticleChange(article_id=article_id, kind=kind, observed_at=observed_at,
                           from_revision_id=from_revision_id, to_revision_id=to_revision_id,
                           detail=(detail or None) and detail[:2000])
    session.add(change)
    return change


# -- reading ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChangeRow:
    id: int
    kind: str
    observed_at: datetime
    article_id: int
    source: str
    title: str
    url: str
    language: str | None
    published_at: datetime | None
    from_revision_id: int | None
    to_revision_id: int | None
    detail: str | None
    revision_count: int
    removed_at: datetime | None


def _filtered(query, *, since: datetime | None, until: datetime | None, sources: list[str] | None,
              kinds: list[str] | None):
    if since is not None:
        query = query.where(ArticleChange.observed_at >= since)
    if until is not None:
        query = query.where(ArticleChange.observed_at < until)
    if sources:
        query = query.where(Article.source_id.in_(sources))
    if kinds:
        query = query.where(ArticleChange.kind.in_(kinds))
    return query


def day_start(day: date) -> datetime:
    """Midnight Asia/Jakarta of ``day``: ``--since 2024-05-02`` means from that Jakarta day on."""
    return datetime.combine(day, time(), JAKARTA).astimezone(UTC)


def list_changes(session, *, since: datetime | None = None, until: datetime | None = None,
                 sources: list[str] | None = None, kinds: list[str] | None = None, limit: int = 50,
                 offset: int = 0) -> list[ChangeRow]:
    """Changes, newest first (ties: newest id first), with the release they belong to."""
    query = (select(ArticleChange.id, ArticleChange.kind, ArticleChange.observed_at, Article.id, Article.source_id,
                    Article.title, Article.url, Article.language, Article.published_at,
                    ArticleChange.from_revision_id, ArticleChange.to_revision_id, ArticleChange.detail,
                    Article.revision_count, Article.removed_at)
             .join(Article, Article.id == ArticleChange.article_id))
    query = _filtered(query, since=since, until=until, sources=sources, kinds=kinds)
    query = query.order_by(ArticleChange.observed_at.desc(), ArticleChange.id.desc()).limit(limit).offset(offset)
    return [ChangeRow(*row) for row in session.execute(query)]


def count_changes(session, *, since: datetime | None = None, until: datetime | None = None,
                  sources: list[str] | None = None, kinds: list[str] | None = None) -> int:
    query = select(func.count()).select_from(ArticleChange).join(Article, Article.id == ArticleChange.article_id)
    return session.scalar(_filtered(query, since=since, until=until, sources=sources, kinds=kinds)) or 0


@dataclass(frozen=True)
class Version:
    revision_id: int
    fetched_at: datetime
    title: str
    body: str


def versions(session, article_id: int) -> list[Version]:
    """Every stored version of a release, oldest first (the raw HTML is not loaded)."""
    rows = session.execute(select(Revision.id, Revision.fetched_at, Revision.title, Revision.body)
                           .where(Revision.article_id == article_id).order_by(Revision.id))
    return [Version(*row) for row in rows]


_TOKEN = re.compile(r"\s+|[^\s]+")


def _word_segments(a: str, b: str) -> tuple[list[list], list[list]]:
    """Two paragraphs as [text, changed] segments, word by word."""
    ta, tb = _TOKEN.findall(a), _TOKEN.findall(b)
    left: list[list] = []
    right: list[list] = []

    def push(side: list[list], text: str, changed: bool) -> None:
        if text:
            if side and side[-1][1] == changed:
                side[-1][0] += text
            else:
                side.append([text, changed])

    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=ta, b=tb, autojunk=False).get_opcodes():
        push(left, "".join(ta[i1:i2]), op != "equal")
        push(right, "".join(tb[j1:j2]), op != "equal")
    return left, right


def side_by_side(old: str, new: str) -> list[dict]:
    """Rows of a side-by-side diff by paragraph: ``{"op", "left", "right"}``, where ``op`` is equal |
    replace | delete | insert and each side is a list of ``[text, changed]`` segments (word-level marks
    inside a replaced paragraph). Plain data: the page escapes it when it renders."""
    a = [p for p in (old or "").split("\n\n") if p.strip()]
    b = [p for p in (new or "").split("\n\n") if p.strip()]
    rows: list[dict] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            rows.extend({"op": "equal", "left": [[p, False]], "right": [[p, False]]} for p in a[i1:i2])
            continue
        olds, news = a[i1:i2], b[j1:j2]
        for k in range(max(len(olds), len(news))):
            left, right = (olds[k] if k < len(olds) else None), (news[k] if k < len(news) else None)
            if left is not None and right is not None:
                segs = _word_segments(left, right)
                rows.append({"op": "replace", "left": segs[0], "right": segs[1]})
            elif left is not None:
                rows.append({"op": "delete", "left": [[left, True]], "right": []})
            else:
                rows.append({"op": "insert", "left": [], "right": [[right, True]]})
    return rows


__all__ = [
    "KINDS",
    "ChangeRow",
    "PendingEdit",
    "Version",
    "comparable_text",
    "count_changes",
    "day_start",
    "edit_of",
    "edit_summary",
    "is_furniture",
    "is_meaningful_edit",
    "latest_revision_id",
    "list_changes",
    "record_change",
    "side_by_side",
    "strip_tracking",
    "versions",
]
