"""A PDF's text, page by page; and a reason a user can act on when it cannot be read.

Two libraries, each for what it does best (measured in benchmarks/results/attachments.md on generated
Indonesian releases with statistical tables):

- **pypdf** checks the file first: it opens the structure, tries an encrypted file with the empty user
  password (as viewers do), counts the pages, and inflates each page's content streams under its own
  limits (75 MB per stream) plus ours (``MAX_CONTENT_BYTES`` in all): a decompression bomb is refused here,
  cheaply (about 5,000 pages/s, zlib in C), before any text is laid out.
- **pypdfium2** (Google's PDFium) reads the text: it keeps a table's cells on one line per row ("Papua
  Tengah 4,12 0,35 108,21") as pypdf's own text extraction does, where pdfminer.six and pdftotext lay a
  table out column by column, and it is about 8x faster than pypdf's pure-Python text extraction.

Before either, a file that does not end with ``%%EOF`` was cut off in transit. A page tree that claims more
pages than ``max_pages`` is refused before any page is touched (a page-count bomb). ``archive.attachments
.isolate`` adds a memory and time limit around the whole read.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

DEFAULT_MAX_PAGES = 2000
MAX_CONTENT_BYTES = 200 * 1024 * 1024  # inflated page content of one file; beyond this it is a bomb
MAX_PAGE_CHARS = 200_000  # a page's text beyond this is noise (a bomb, a data dump), not prose
EOF_WINDOW = 1024
MIN_PAGE_CHARS = 10  # a page with less text than this has no text layer worth the name (scanned)
TITLE_MAX_CHARS = 200
_GENERATOR_TITLES = re.compile(r"^(microsoft (word|powerpoint|excel) - |untitled|document\d*$|slide \d+$)",
                               re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not text; \r\n are line breaks


@dataclass
class PdfText:
    """What a PDF holds: text per page (index 0 is page 1), its metadata title, and pages without text."""

    pages: list[str]
    title: str | None = None
    extractor: str = "pdfium"
    warnings: list[str] = field(default_factory=list)
    created: str | None = None  # the document's creation date (ISO 8601), from its metadata

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def pages_without_text(self) -> list[int]:
        """1-based numbers of the pages with no text layer (image-only: candidates for OCR)."""
        return [i + 1 for i, text in enumerate(self.pages) if len(text.strip()) < MIN_PAGE_CHARS]


class Unreadable(Exception):
    """A PDF that cannot be read: ``status`` for the link and attachment rows, ``reason`` for the report."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def clean_page(text: str) -> str:
    """A page's text with runs of spaces collapsed and trailing blanks gone; line breaks are kept (table
    rows and headings are lines)."""
    lines = (_SPACES.sub(" ", line).strip() for line in _CONTROL.sub("", text).splitlines())
    out = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", out)[:MAX_PAGE_CHARS]


def document_title(metadata_title: str | None, pages: list[str]) -> str | None:
    """The metadata title when it is a real one (not "Microsoft Word - x.docx"), else the first line of the
    first page with text (its heading)."""
    title = (metadata_title or "").strip()
    if title and not _GENERATOR_TITLES.match(title):
        return title[:TITLE_MAX_CHARS]
    for page in pages:
        for line in page.splitlines():
            if len(line.strip()) >= 4:
                return line.strip()[:TITLE_MAX_CHARS]
    return None


def check_complete(data: bytes) -> None:
    """Raise ``Unreadable`` when the file does not end with ``%%EOF`` (cut off in transit)."""
    if b"%%EOF" not in data[-EOF_WINDOW:]:
        raise Unreadable("truncated", f"truncated PDF: no %%EOF marker at the end ({len(data)} bytes received)")


def read_pdf(data: bytes, max_pages: int = DEFAULT_MAX_PAGES) -> PdfText:
    """The text of every page of ``data``; raises ``Unreadable`` with the reason it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its recoverable-damage warnings are not ours
    check_complete(data)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        _decrypt(reader)
        count = max(_declared_pages(reader), 0)
        if count <= max_pages:  # the declared count is cheap to read; walking the tree is not
            count = len(reader.pages)
        if count > max_pages:
            raise Unreadable("too_many_pages", f"PDF bomb or oversized document: {count} pages, over the "
                                               f"limit of {max_pages} (SIARAN_ATTACHMENT_MAX_PAGES)")
        _check_contents(reader, len(data))
        metadata_title, created = _metadata_title(reader), _created(reader)
    except Unreadable:
        raise
    except LimitReachedError as exc:
        raise Unreadable("bomb", f"PDF bomb: a stream decompresses beyond the reader's limit ({exc})") from exc
    except FileNotDecryptedError as exc:
        raise Unreadable("encrypted", "encrypted PDF: a password is needed to read it") from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError) as exc:
        raise Unreadable("corrupt", f"corrupt PDF: {type(exc).__name__}: {exc}"[:500]) from exc
    result = PdfText(pages=[], title=None, created=created)
    result.pages = _pdfium_pages(data, result.warnings)
    result.title = document_title(metadata_title, result.pages)
    return result


def _check_contents(reader, size: int) -> None:
    """Inflate every page's content under pypdf's limits and ``MAX_CONTENT_BYTES`` (a bomb raises)."""
    total = 0
    for number, page in enumerate(reader.pages, start=1):
        contents = page.get_contents()
        total += len(contents.get_data()) if contents is not None else 0
        if total > MAX_CONTENT_BYTES:
            raise Unreadable("bomb", f"PDF bomb: page content inflates to over {MAX_CONTENT_BYTES // 2**20} MB "
                                     f"by page {number} (from a {size / 1024:.0f} kB file)")


def _pdfium_pages(data: bytes, warnings: list[str]) -> list[str]:
    """The text of each page with PDFium (password: none, or the empty one pypdf already accepted)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        status = "encrypted" if "password" in str(exc).lower() else "corrupt"
        raise Unreadable(status, f"{status} PDF: {exc}") from exc
    try:
        return [_page_text(document, index, warnings) for index in range(len(document))]
    finally:
        document.close()

def _decrypt(reader) -> None:
    """Open an encrypted file with the empty user password, as PDF viewers do; refuse it otherwise."""
    if not reader.is_encrypted:
        return
    from pypdf import PasswordType

    if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise Unreadable("encrypted", "encrypted PDF: a password is needed to read it")


def _declared_pages(reader) -> int:
    """The page count the page tree declares (``/Count``), or 0 when it declares none."""
    try:
        return int(reader.trailer["/Root"]["/Pages"]["/Count"])
    except Exception:  # noqa: BLE001 - no usable declaration: the tree walk decides
        return 0


def _page_text(document, index: int, warnings: list[str]) -> str:
    """One page's text; a page that fails is kept empty (the others are still worth having)."""
    try:
        page = document[index]
        try:
            textpage = page.get_textpage()
            try:
                return clean_page(textpage.get_text_bounded() or "")
            finally:
                textpage.close()
        finally:
            page.close()
    except Exception as exc:  # noqa: BLE001 - one damaged page must not cost the document
        warnings.append(f"page {index + 1}: {type(exc).__name__}: {exc}"[:200])
        return ""


def _created(reader) -> str | None:
    """The metadata creation date as ISO 8601 (None when absent or unreadable)."""
    try:
        created = reader.metadata.creation_date if reader.metadata else None
    except Exception:  # noqa: BLE001 - a malformed date only costs the date
        return None
    return created.isoformat() if created else None


def _metadata_title(reader) -> str | None:
    try:
        return reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - a damaged Info dictionary only costs the title
        return None
