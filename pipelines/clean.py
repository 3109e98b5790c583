"""Text cleaning: Unicode normalisation and removal of page furniture from release bodies.

Extractors hand us the article body as paragraphs joined by a blank line. Agency pages leave bits of
their furniture in it: share widgets, "Baca juga" links, related-article lists, the press office's
signature block and, on older pages, Microsoft Word style sheets pasted as visible text. This module
removes those, and moves photo captions out of the body.

The rules are deliberately conservative. A line is only removed when it matches a narrow pattern *and*
is shaped like furniture (short, no sentence, in the right place); anything that looks like prose stays.
Losing a real paragraph is worse than keeping a stray "Bagikan". Agency datelines such as
"(ANTARA) -" are left alone: deduplication needs them to recognise syndicated copies.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

__all__ = ["CleanPipeline", "CleanedBody", "clean_body", "is_boilerplate_only", "normalize_text"]

MIN_BODY_WORDS = 20

# --------------------------------------------------------------------------------------------------
# normalize_text

# Invisible characters that only break tokenisation and hashing.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
# Every horizontal space (NBSP, thin space, ideographic space, tab, ...) becomes a plain space.
_HSPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{2,}")


def normalize_text(s: str) -> str:
    """NFC, no zero-width characters, single spaces, stripped lines, paragraphs split by one blank line.

    Single line breaks inside a paragraph (a ``<br>``) are kept; two or more become a paragraph break.
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).translate(_ZERO_WIDTH)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    # Line and paragraph separators, vertical tab and form feed are line breaks.
    s = re.sub(r"[\u2028\u2029\u0085\x0b\x0c]", "\n", s)
    lines = [_HSPACE.sub(" ", line).strip() for line in s.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _one_line(s: str | None) -> str | None:
    """Titles and subtitles are single lines."""
    if s is None:
        return None
    return " ".join(normalize_text(s).split()) or None


# --------------------------------------------------------------------------------------------------
# Patterns

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

_SHARE_TOKEN = (
    r"(?:bagikan(?:\s+(?:artikel|berita)(?:\s+ini)?)?|share(?:\s+(?:this|on|via|to))?(?:\s+(?:article|post|page))?"
    r"|sebarkan|facebook|fb|twitter|x|tweet|whatsapp|wa|telegram|line|linkedin|pinterest|reddit|tumblr"
    r"|e-?mail|surel|print|cetak|copy\s+link|salin\s+tautan|salin\s+link|copied!?)"
)
_SHARE_LINE = re.compile(rf"^{_SHARE_TOKEN}(?:\s*[:|/,·•\-–—]?\s*{_SHARE_TOKEN})*\s*:?$", re.IGNORECASE)

_READ_ALSO = re.compile(
    r"^(?:baca\s+juga|read\s+also|also\s+read|see\s+also|lihat\s+juga|simak\s+juga|baca\s+pula)\b",
    re.IGNORECASE,
)
_READ_ALSO_BARE = re.compile(r"^(?:baca\s+juga|read\s+also|also\s+read|see\s+also|lihat\s+juga|simak\s+juga)"
                             r"\s*[:\-–—]?$", re.IGNORECASE)

_RELATED_HEADING = re.compile(
    r"^(?:berita|artikel|siaran\s+pers|tulisan)\s+(?:terkait|lainnya|terbaru|populer|pilihan)"
    r"|^(?:related|more|other|latest|recent)\s+(?:news|articles?|posts?|stories|releases?)"
    r"|^(?:baca\s+)?berita\s+lainnya|^terpopuler|^you\s+may\s+also\s+like",
    re.IGNORECASE,
)

# Lines that open the press office's closing block. Paired with shape checks in _tail_signature.
_CONTACT_OPENER = re.compile(
    r"^(?:untuk\s+)?informasi\s+lebih\s+lanjut|^(?:for\s+)?(?:further|more)\s+information"
    r"|^contact\s+persons?\b|^narahubung\b|^kontak\s+(?:media|person)\b|^media\s+contacts?\b"
    r"|^(?:translated|reviewed|edited)\s+by\b|^(?:penerjemah|penyunting|translator|reviewer|editor"
    r"|redaktur|penulis|reporter|pewarta)\s*[:.]",
    re.IGNORECASE,
)
_CREDITS = re.compile(
    r"^(?:translated|reviewed|edited)\s+by\b|^(?:penerjemah|penyunting|translator|reviewer|editor|redaktur"
    r"|penulis|reporter|pewarta)\s*[:.]",
    re.IGNORECASE,
)
_SIGNATURE_TITLE = re.compile(
    r"^(?:plt\.?\s+|plh\.?\s+)?(?:kepala|direktur|deputi|kabag|kasubbag|juru\s+bicara)\b.*"
    r"\b(?:komunikasi|humas|hubungan\s+masyarakat|informasi|pers)\b"
    r"|^biro\s+(?:humas|hubungan\s+masyarakat|komunikasi|komunikasi\s+dan\s+informasi\s+publik)\b"
    r"|^(?:bagian|divisi|subbagian)\s+(?:humas|hubungan\s+masyarakat)\b"
    r"|^(?:humas|hubungan\s+masyarakat|pusat\s+data,?\s+informasi\s+dan\s+komunikasi)\b"
    r"|^(?:head|director)\s+of\b.*\b(?:communication|public\s+relations|information)\b"
    r"|^(?:communication|public\s+relations)\s+(?:department|bureau|division)\b",
    re.IGNORECASE,
)
_CONTACT_DETAIL = re.compile(
    r"@[\w-]+\.|\b(?:telp|tel|telepon|phone|hp|fax|faks|wa)\b\.?\s*:?\s*[+(\d]|\+62|\(0\d{1,3}\)|www\.|https?://"
    r"|\b0\d{2,3}[-\s]?\d{3,4}[-\s]?\d{2,4}\b|\b08\d{8,11}\b",
    re.IGNORECASE,
)
_END_MARKER = re.compile(r"^(?:[*#~=_.\-–—\s]{3,}|[-–—(\s]*(?:selesai|end|o0o|oOo|ooo)[-–—)\s]*)$",
                         re.IGNORECASE)

_CAPTION_START = re.compile(
    r"^(?:foto|photo|keterangan\s+(?:foto|gambar)|caption|ilustrasi|dok(?:umentasi)?\.?)\s*[:|]", re.IGNORECASE
)
_CAPTION_END = re.compile(
    r"\(\s*(?:foto|photo|dok(?:umentasi)?|sumber\s+foto|photo\s+credit)\s*[:/.]\s*[^()]{0,80}\)\s*$",
    re.IGNORECASE,
)

# Microsoft Word "conditional comment" residue that some CMSs print as text.
_MSO_PATTERNS = [
    re.compile(r"<!--\[if[^\]]*\]>.*?<!\[endif\]-->", re.IGNORECASE | re.DOTALL),
    re.compile(r"<!--\[if[^\]]*\]>|<!\[endif\]-->|<!--|-->", re.IGNORECASE),
    re.compile(r"</?(?:xml|[ow]:[\w]+|m:[\w]+)\b[^>]*>", re.IGNORECASE),
    re.compile(r"/\*\s*Style Definitions\s*\*/", re.IGNORECASE),
    re.compile(r"st1\\?:\*\s*\{\s*behavior\s*:\s*url\(#ieooui\)\s*\}", re.IGNORECASE),
    # CSS rules that mention mso-* properties, e.g. table.MsoNormalTable {mso-style-name:"Table Normal"; ...}
    re.compile(r"[\w.#:\\*-]+(?:\s*,\s*[\w.#:\\*-]+)*\s*\{[^{}]*\bmso-[^{}]*\}", re.IGNORECASE),
    # Word's document settings dump: "Normal 0 false false false EN-US X-NONE X-NONE MicrosoftInternetExplorer4"
    re.compile(
        r"\bNormal\s+0\s+(?:\d+\s+)?(?:false|true)(?:\s+(?:false|true|[A-Z]{2}-[A-Z]{2,4}|X-NONE))*"
        r"(?:\s+MicrosoftInternetExplorer\d*)?",
    ),
    re.compile(r"\bMicrosoftInternetExplorer\d\b"),
]
_MSO_HINT = re.compile(r"mso-|MsoNormal|<!--\[if|endif\]|ieooui|Style Definitions|Normal\s+0\s+(?:false|true)"
                       r"|MicrosoftInternetExplorer", re.IGNORECASE)


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _is_sentence(line: str) -> bool:
    """Prose ends with sentence punctuation (possibly inside a closing quote)."""
    return bool(re.search(r"[.!?][\"”’')]*$", line)) and len(_words(line)) >= 6


def _looks_like_headline(line: str) -> bool:
    n = len(_words(line))
    return 0 < n <= 25 and not _is_sentence(line)


def _looks_like_name(line: str) -> bool:
    """'Erwin Haryono', 'Dr. Siti Nurbaya, M.Si.' – a short line of capitalised words."""
    words = _words(line)
    if not 1 <= len(words) <= 7 or re.search(r"[!?:;]", line):
        return False
    return all(w[0].isupper() for w in words)


def _strip_mso(paragraph: str) -> tuple[str, list[str]]:
    """The paragraph without Word residue, and the removed pieces of residue."""
    if not _MSO_HINT.search(paragraph):
        return paragraph, []
    junk: list[str] = []

    def cut(m: re.Match[str]) -> str:
        if m.group().strip():
            junk.append(" ".join(m.group().split()))
        return " "

    out = paragraph
    for pattern in _MSO_PATTERNS:
        out = pattern.sub(cut, out)
    return normalize_text(out).replace("\n\n", "\n"), junk


# --------------------------------------------------------------------------------------------------
# clean_body


@dataclass
class CleanedBody:
    body: str
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class _Line:
    para: int
    text: str
    keep: bool = True


def clean_body(text: str) -> CleanedBody:
    """Normalise ``text`` and remove page furniture; captions are returned separately.

    Works on lines (a paragraph may hold several ``<br>``-separated lines) so that a share widget or a
    signature glued to a paragraph by a single line break is still recognised.
    """
    text = normalize_text(text or "")
    if not text:
        return CleanedBody(body="")
    removed: list[str] = []
    captions: list[str] = []
    # 1. Word residue may span lines or share a paragraph with real text: cut it out, keep the rest.
    paragraphs_in: list[str] = []
    if _MSO_HINT.search(text):
        for para in text.split("\n\n"):
            stripped, junk = _strip_mso(para)
            removed.extend(junk)
            paragraphs_in.append(stripped)
    else:  # one search over the whole text instead of one per paragraph: almost no page has residue
        paragraphs_in = text.split("\n\n")
    lines = [_Line(i, ln) for i, para in enumerate(paragraphs_in) for ln in para.split("\n")
             if ln.strip()]

    def drop(line: _Line, into: list[str] = removed) -> None:
        line.keep = False
        into.append(line.text)

    # 2. Line-by-line furniture.
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.keep:
            i += 1
            continue
        t = line.text
        n_words = len(_words(t))
        if _SHARE_LINE.match(t):
            drop(line)
        elif _READ_ALSO_BARE.match(t):
            # "Baca Juga" on its own line: the linked headline follows on the next line.
            drop(line)
            if i + 1 < len(lines) and lines[i + 1].keep and _looks_like_headline(lines[i + 1].text):
                i += 1
                drop(lines[i])
        elif _READ_ALSO.match(t) and (
            (re.match(r"^\S+\s+\S+\s*[:\-–—]", t) and n_words <= 40) or _looks_like_headline(t)
        ):
            drop(line)
        elif _RELATED_HEADING.match(t) and n_words <= 6 and not _is_sentence(t):
            # A related-articles list: the heading plus the headline-shaped lines after it.
            drop(line)
            while i + 1 < len(lines) and lines[i + 1].keep and (
                _looks_like_headline(lines[i + 1].text) or _SHARE_LINE.match(lines[i + 1].text)
            ):
                i += 1
                drop(lines[i])
        elif (_CAPTION_START.match(t) and n_words <= 80) or (_CAPTION_END.search(t) and n_words <= 60):
            drop(line, captions)
        i += 1

    # 3. The closing block: signature, contact details, translator credits, end markers.
    _drop_tail_signature([ln for ln in lines if ln.keep], removed)

    paragraphs: dict[int, list[str]] = {}
    for line in lines:
        if line.keep:
            paragraphs.setdefault(line.para, []).append(line.text)
    body = "\n\n".join("\n".join(p) for p in paragraphs.values())
    return CleanedBody(body=body, captions=captions, removed=removed)


_TAIL_WINDOW = 12  # lines from the end in which a closing block may start
_TAIL_MAX_WORDS = 120


def _drop_tail_signature(lines: list[_Line], removed: list[str]) -> None:
    """Remove the press office's closing block, if the end of the body is shaped like one.

    The block starts at an opener ("Informasi lebih lanjut", "Kepala Departemen Komunikasi", "Biro Humas
    ...", "Translated by: ...") and everything after it must be furniture too: short, non-sentence lines
    such as names, titles, phone numbers. A name line right before a job title belongs to the block.
    """
    if not lines:
        return
    # Decorative end markers ("***", "-selesai-") at the very end.
    while lines and _END_MARKER.match(lines[-1].text):
        lines[-1].keep = False
        removed.append(lines[-1].text)
        lines.pop()
    start = None
    for idx in range(max(0, len(lines) - _TAIL_WINDOW), len(lines)):
        t = lines[idx].text
        n = len(_words(t))
        opener = (_CONTACT_OPENER.match(t) and n <= 60 and (
            n <= 8 or t.endswith(":") or _CONTACT_DETAIL.search(t) or _CREDITS.match(t)
        )) or (_SIGNATURE_TITLE.match(t) and n <= 14 and not _is_sentence(t))
        if not opener:
            continue
        rest = lines[idx + 1:]
        if all(_is_tail_furniture(r.text) for r in rest) and sum(len(_words(r.text)) for r in lines[idx:]) \
                <= _TAIL_MAX_WORDS:
            start = idx
            break
    if start is None:
        return
    # Pull in end markers and the signatory's name written just above the job title.
    pulled_name = False
    while start > 0:
        prev = lines[start - 1].text
        if _END_MARKER.match(prev):
            start -= 1
            continue
        if (not pulled_name and _SIGNATURE_TITLE.match(lines[start].text) and _looks_like_name(prev)
                and len(_words(prev)) <= 5):
            start -= 1
            pulled_name = True
            continue
        break
    for line in lines[start:]:
        line.keep = False
        removed.append(line.text)


def _is_tail_furniture(t: str) -> bool:
    if _END_MARKER.match(t) or _CONTACT_DETAIL.search(t) or _CONTACT_OPENER.match(t) or _SIGNATURE_TITLE.match(t):
        return True
    return len(_words(t)) <= 15 and not _is_sentence(t)


def is_boilerplate_only(body: str | None) -> bool:
    """True when nothing worth archiving is left: empty, only furniture, or under ~20 words."""
    cleaned = clean_body(body or "").body
    return len(_words(cleaned)) < MIN_BODY_WORDS


# --------------------------------------------------------------------------------------------------
# Pipeline


class CleanPipeline:
    """Normalises title and subtitle, cleans the body, and drops items with nothing to archive.

    During a crawl ``clean_body`` runs in the crawl's worker process (``pipelines.workers``).
    """

    def __init__(self, workers=None) -> None:
        self.workers = workers

    @classmethod
    def from_crawler(cls, crawler):
        from pipelines.workers import crawl_workers

        return cls(crawl_workers(crawler))

    def process_item(self, item, spider=None):
        body = ItemAdapter(item).get("body") or ""
        if self.workers is None or not self.workers.active:
            return self._apply(item, clean_body(body))
        return self._clean_in_worker(item, body)

    async def _clean_in_worker(self, item, body: str):
        return self._apply(item, await self.workers.run(clean_body, body))

    @staticmethod
    def _apply(item, cleaned: CleanedBody):
        a = ItemAdapter(item)
        url = a.get("url") or "?"
        title = _one_line(a.get("title"))
        if not title:
            raise DropItem(f"missing title: {url}")
        a["title"] = title
        if a.get("subtitle") is not None:
            a["subtitle"] = _one_line(a["subtitle"])
        # The body is clean already: count its words instead of cleaning it a second time through
        # ``is_boilerplate_only`` (that doubled the cost of this step).
        if len(_words(cleaned.body)) < MIN_BODY_WORDS:
            raise DropItem(f"empty body: {url}")
        a["body"] = cleaned.body
        if cleaned.captions:
            a["captions"] = list(a.get("captions") or []) + cleaned.captions
        return item
