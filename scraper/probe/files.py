r"""Listings whose entries are files: when ``sources add`` proposes ``pdf_releases = true``.

Some agencies publish press releases only as PDF files, listed on a "Siaran Pers" page that links the
files themselves. The crawl takes such links as releases only with ``pdf_releases`` on (off by default:
on most sites a ``.pdf`` link in a listing is an annual report or a form). The rule, deliberately
conservative: a listing is a list of files when it links at least ``MIN_FILES`` distinct PDF files and they
are at least two thirds of its entries (PDF links plus links matching the site's HTML article pattern).
Menu and footer links match neither and do not count, so a listing of files inside a rich layout still
qualifies, while an HTML listing with an attachment or two does not. The home page is judged by the same
rule, and by one more: it must not show two HTML article links itself (``file_listing_pattern`` in
``scraper.probe.site``: a home page is made of blocks, its news teasers beside a download box).

A link is a PDF file when its path ends in ``.pdf`` (any case) or when it answers with a PDF, whatever its
path: download links such as ``/unduh?id=12``, ``/download/12``, ``/files/get/12`` or ``download.php?id=12``
(which the HTML pattern's inference takes for site furniture). Links of one kind on a listing page are
grouped by ``file_key`` (their literal words, the rest by class: ``/unduh?id=N`` is one group,
``/download/N`` another); when the page could be a list of files if those groups were files
(``download_groups``), the probe asks one link of each group (a few requests in all, through its polite
client, answers reused by the sample) and every link of a group whose link answered with a PDF (by its
Content-Type or its bytes, ``answers_pdf``) counts as a file. Entries of the HTML article pattern are not
asked here: that they answer with PDFs is the sampled-entries rule's evidence (``decide_pdf_answers`` in
``scraper.probe.site``).

The article pattern of such a site is built from the files (``infer_file_pattern``): the HTML pattern's
inference treats upload folders (``/uploads/``, ``/files/``) and download paths as site furniture, rightly
for HTML sites. ``.pdf`` files give their folders and any name; each group of download links gives its own
shape (``/unduh\?id=\d+``); several shapes are alternatives of one pattern. The crawl's ``is_article_url``
takes any link the pattern matches that has no non-HTML extension, and reads a PDF answer as a release.
Pure functions of URLs and answers, tested on lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from archive.attachments import sniff
from scraper.probe.patterns import PAGER_PARAMS, PatternGuess, segment_class

MIN_FILES = 3  # fewer PDF links are attachments or a download box, not a list of releases
FILE_SHARE = 2 / 3  # the PDF links' share of the listing's entries
_PDF_SUFFIX = r"(?i:\.pdf)"


@dataclass(frozen=True)
class FileListing:
    """A listing page whose entries are PDF files, and the evidence for it."""

    url: str
    files: tuple[str, ...]
    html_articles: int  # links on the page matching the site's HTML article pattern
    by_answer: int = 0  # files among them known by their answer, not by ``.pdf`` in their path

    def describe(self) -> str:
        how = f" ({self.by_answer} download links answering with a PDF)" if self.by_answer else ""
        return f"{len(self.files)} PDF files{how}, {self.html_articles} HTML article links"


def is_pdf_link(url: str) -> bool:
    """The link names a PDF file by its path (what the crawl's ``pdf_releases`` looks at)."""
    return urlsplit(url).path.lower().endswith(".pdf")


def answers_pdf(content_type: str, body: bytes) -> bool:
    """The answer is a PDF document, by its Content-Type or its bytes (like the crawl's ``is_pdf``); an empty
    answer is not."""
    return bool(body) and ("application/pdf" in content_type.lower() or sniff(body, content_type) is None)


def file_key(url: str) -> tuple:
    """The kind of a download link: its path's words literal, numbers and slugs by class, its query keys.
    ``/unduh?id=12`` and ``/unduh?id=13`` are one kind; ``/download/12`` another; ``/profil?id=3`` a third."""
    parts = urlsplit(url)
    words = tuple(_kind_of(s) for s in parts.path.split("/") if s)
    return words, tuple(k for k, _ in parse_qsl(parts.query, keep_blank_values=True))


def _kind_of(segment: str) -> str:
    cls = segment_class(segment)
    return segment.lower() if cls == "word" else "slug" if cls == "slug" else "num"  # 4, 12, 2026: numbers


def _kind_regex(members: list[str]) -> str:
    """The part after the host of a pattern matching every download link of one kind (and later ones)."""
    split = [urlsplit(u) for u in members]
    segs = [[s for s in p.path.split("/") if s] for p in split]
    pieces = []
    for i, kind in enumerate(file_key(members[0])[0]):
        values = {s[i] for s in segs}
        pieces.append(r"\d+" if kind == "num" else r"[^/?#]+" if kind == "slug" or len(values) > 1
                      else re.escape(values.pop()))
    path = "/".join(pieces) + ("/" if split[0].path.endswith("/") and pieces else "")
    queries = [parse_qsl(p.query, keep_blank_values=True) for p in split]
    if not queries[0]:
        return path + r"/?(?:[?#]|$)"
    qs = []
    for i, (key, _) in enumerate(queries[0]):
        values = {q[i][1] for q in queries}
        value = r"\d+" if all(v.isdigit() for v in values) else re.escape(values.pop()) if len(values) == 1 \
            else r"[^&#]+"
        qs.append(f"{re.escape(key)}={value}")
    return path + r"\?" + "&".join(qs) + r"(?:&|#|$)"


def _names_one_item(url: str) -> bool:
    """Shaped like a link to one thing: its last path segment a number or a slug, or a number in its query
    (not a pager's)."""
    parts = urlsplit(url)
    segs = [s for s in parts.path.split("/") if s]
    query = parse_qsl(parts.query, keep_blank_values=True)
    if query:
        return any(v.isdigit() for k, v in query if k.lower() not in PAGER_PARAMS)
    return bool(segs) and segment_class(segs[-1]) in ("num", "d2", "year", "slug")


def download_groups(links: list[str], html_pattern: str | None) -> dict[tuple, list[str]]:
    """The links of a page that might be files without saying so (no ``.pdf`` path, not an HTML article,
    shaped like one item), by ``file_key``, largest group first."""
    regex = re.compile(html_pattern) if html_pattern else None
    groups: dict[tuple, list[str]] = {}
    for url in dict.fromkeys(u.split("#")[0] for u in links):
        if is_pdf_link(url) or (regex and regex.search(url)) or not _names_one_item(url):
            continue
        groups.setdefault(file_key(url), []).append(url)
    return dict(sorted(groups.items(), key=lambda kv: -len(kv[1])))


def file_listing(url: str, links: list[str], html_pattern: str | None,
                 pdf_kinds: frozenset | set = frozenset()) -> FileListing | None:
    """``url``'s page is a list of files when its ``links`` (same-site, page order) hold at least
    ``MIN_FILES`` PDF files making up ``FILE_SHARE`` of its entries; else None. A link is a file when its
    path ends in ``.pdf`` or its ``file_key`` is in ``pdf_kinds`` (kinds of links seen answering with a PDF);
    HTML article links are never files."""
    regex = re.compile(html_pattern) if html_pattern else None
    links = [u.split("#")[0] for u in links]
    by_answer = {u for u in links if not is_pdf_link(u) and not (regex and regex.search(u))
                 and file_key(u) in pdf_kinds}
    files = tuple(dict.fromkeys(u for u in links if is_pdf_link(u) or u in by_answer))
    articles = len({u for u in links if regex and u not in files and regex.search(u)})
    if len(files) < MIN_FILES or len(files) < FILE_SHARE * (len(files) + articles):
        return None
    return FileListing(url, files, articles, len(by_answer))


def _folder_regex(values: list[str]) -> str:
    """One folder level of the files: a constant word stays literal, years and numbers generalise."""
    distinct = set(values)
    cls = {segment_class(v) for v in distinct}
    if len(distinct) == 1 and cls == {"word"}:
        return re.escape(values[0])
    if cls == {"year"}:
        return r"\d{4}"
    if cls <= {"d2", "num"}:
        return r"\d+"
    return r"[^/?#]+"


def infer_file_pattern(files: list[str]) -> PatternGuess:
    r"""An ``article_url_pattern`` for the release files of a file listing. ``.pdf`` files: their folders
    (constant words literal, so an annual report in another folder stays out; years and numbers
    generalised, so next year's folder matches), any file name, ``.pdf`` in any case. Download links: the
    shape of each kind (``file_key``: words literal, numbers ``\d+``: ``/unduh\?id=\d+``,
    ``/download/\d+``). Several kinds are alternatives of one pattern."""
    prefix = r"^https?://[^/]+/"
    named = [u for u in files if is_pdf_link(u)]
    kinds: dict[tuple, list[str]] = {}
    for url in files:
        if not is_pdf_link(url):
            kinds.setdefault(file_key(url), []).append(url)
    rests = [_pdf_files_regex(named)] if named else []
    rests += [_kind_regex(members) for members in kinds.values()]
    rest = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
    return PatternGuess(prefix + rest, files[0], len(files))


def _pdf_files_regex(files: list[str]) -> str:
    """The part after the host of the pattern of ``.pdf`` files (``infer_file_pattern``)."""
    folders = [[s for s in urlsplit(u).path.split("/") if s][:-1] for u in files]
    if len({len(f) for f in folders}) == 1:
        pieces = [_folder_regex([f[i] for f in folders]) for i in range(len(folders[0]))]
        path = "".join(p + "/" for p in pieces)
    else:  # folders of several depths: the leading folders they share, then any sub-folders
        shared = []
        for level in zip(*folders, strict=False):
            if len(set(level)) > 1 or segment_class(level[0]) != "word":
                break
            shared.append(re.escape(level[0]))
        path = "".join(p + "/" for p in shared) + r"(?:[^?#]*/)?"
    return path + r"[^/?#]+" + _PDF_SUFFIX + r"(?:[?#]|$)"
