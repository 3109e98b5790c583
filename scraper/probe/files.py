"""Listings whose entries are files: when ``sources add`` proposes ``pdf_releases = true``.

Some agencies publish press releases only as PDF files, listed on a "Siaran Pers" page that links the
files themselves. The crawl takes such links as releases only with ``pdf_releases`` on (off by default:
on most sites a ``.pdf`` link in a listing is an annual report or a form). The rule, deliberately
conservative: a listing is a list of files when it links at least ``MIN_FILES`` distinct PDF files and they
are at least two thirds of its entries (PDF links plus links matching the site's HTML article pattern).
Menu and footer links match neither and do not count, so a listing of files inside a rich layout still
qualifies, while an HTML listing with an attachment or two does not.

The article pattern of such a site is built from the files (``infer_file_pattern``): the HTML pattern's
inference treats upload folders (``/uploads/``, ``/files/``) as site furniture, rightly for HTML sites.
Pure functions of URLs and answers, tested on lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from archive.attachments import sniff
from scraper.probe.patterns import PatternGuess, segment_class

MIN_FILES = 3  # fewer PDF links are attachments or a download box, not a list of releases
FILE_SHARE = 2 / 3  # the PDF links' share of the listing's entries
_PDF_SUFFIX = r"(?i:\.pdf)"


@dataclass(frozen=True)
class FileListing:
    """A listing page whose entries are PDF files, and the evidence for it."""

    url: str
    files: tuple[str, ...]
    html_articles: int  # links on the page matching the site's HTML article pattern

    def describe(self) -> str:
        return f"{len(self.files)} PDF files, {self.html_articles} HTML article links"


def is_pdf_link(url: str) -> bool:
    """The link names a PDF file by its path (what the crawl's ``pdf_releases`` looks at)."""
    return urlsplit(url).path.lower().endswith(".pdf")


def answers_pdf(content_type: str, body: bytes) -> bool:
    """The answer is a PDF document, by its Content-Type or its bytes (like the crawl's ``is_pdf``); an empty
    answer is not."""
    return bool(body) and ("application/pdf" in content_type.lower() or sniff(body, content_type) is None)


def file_listing(url: str, links: list[str], html_pattern: str | None) -> FileListing | None:
    """``url``'s page is a list of files when its ``links`` (same-site, page order) hold at least
    ``MIN_FILES`` PDF files making up ``FILE_SHARE`` of its entries; else None."""
    files = tuple(dict.fromkeys(u for u in links if is_pdf_link(u)))
    regex = re.compile(html_pattern) if html_pattern else None
    articles = len({u for u in links if regex and not is_pdf_link(u) and regex.search(u)})
    if len(files) < MIN_FILES or len(files) < FILE_SHARE * (len(files) + articles):
        return None
    return FileListing(url, files, articles)


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
    """An ``article_url_pattern`` for the release files of a file listing: their folders (constant words
    literal, so an annual report in another folder stays out; years and numbers generalised, so next year's
    folder matches), any file name, ``.pdf`` in any case."""
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
    return PatternGuess(r"^https?://[^/]+/" + path + r"[^/?#]+" + _PDF_SUFFIX + r"(?:[?#]|$)", files[0], len(files))
