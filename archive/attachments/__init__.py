"""Attachments: the files (PDFs) behind releases, stored once per content hash with their text per page.

One concept per module:

- ``sniff``: is a downloaded body a PDF at all (empty, an HTML error page served as ``application/pdf``)?
- ``text``: a PDF's text per page with pypdf, its title, and why it cannot be read (encrypted, corrupt,
  truncated, a page-count bomb); pure bytes in, values out.
- ``isolate``: ``text`` run in a child process with memory and time limits, so a decompression bomb or a
  pathological file costs that process, never the crawl.
- ``ocr``: text of image-only pages with Debian's ``tesseract`` (``pdftoppm`` renders the pages), when both
  are installed; otherwise those pages are left for later with status ``needs_ocr``.
- ``store``: the database side: one ``Attachment`` row per sha256, its pages, and each release's links.
"""

from archive.attachments.sniff import Rejected, sniff
from archive.attachments.text import PdfText, Unreadable, read_pdf

__all__ = ["PdfText", "Rejected", "Unreadable", "read_pdf", "sniff"]
