"""Text of image-only pages (scans) with Debian's ``tesseract-ocr`` and ``tesseract-ocr-ind``.

``pdftoppm`` (poppler-utils) renders each page to a grey PNG at 200 dpi, ``tesseract`` reads it with the
Indonesian and English models. Both are command-line tools run with a timeout; without them (or without
the Indonesian model) ``available()`` is false and the attachment keeps status ``needs_ocr``, to be read
by ``siaran attachments reread`` once they are installed. ``make ocr`` installs them.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

DPI = 200
PAGE_SECONDS = 60.0
LANGUAGES = "ind+eng"


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether pdftoppm, tesseract and its Indonesian model are installed."""
    if not (shutil.which("pdftoppm") and shutil.which("tesseract")):
        return False
    try:
        listed = subprocess.run(["tesseract", "--list-langs"], check=False, capture_output=True, text=True,
                                timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return "ind" in listed.stdout.split()


def ocr_pages(data: bytes, pages: list[int]) -> dict[int, str]:
    """OCR text of the given 1-based pages of the PDF ``data``; a page that fails is left out."""
    found: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="siaran-ocr-") as tmp:
        pdf = Path(tmp) / "in.pdf"
        pdf.write_bytes(data)
        for page in pages:
            text = _ocr_page(pdf, page, Path(tmp))
            if text is not None:
                found[page] = text
    return found


def _ocr_page(pdf: Path, page: int, tmp: Path) -> str | None:
    prefix = tmp / f"p{page}"
    try:
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                        str(pdf), str(prefix)], check=True, capture_output=True, timeout=PAGE_SECONDS)
        done = subprocess.run(["tesseract", str(prefix) + ".png", "stdout", "-l", LANGUAGES], check=True,
                              capture_output=True, timeout=PAGE_SECONDS)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.decode("utf-8", "replace")
