"""Is a downloaded body a PDF? Decided from its bytes, not from what the server claims.

Agency servers send HTML error pages ("file not found", a login wall) with ``Content-Type:
application/pdf`` and status 200, and PDFs as ``application/octet-stream`` or ``application/force-download``.
The ``%PDF-`` signature decides; the PDF specification lets readers find it within the first 1024 bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

SIGNATURE = b"%PDF-"
SIGNATURE_WINDOW = 1024
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml", b"<!--")


@dataclass(frozen=True)
class Rejected:
    """Why a body is not stored as an attachment: ``status`` for the link row, ``reason`` for the report."""

    status: str  # empty | not_pdf
    reason: str


def sniff(body: bytes, content_type: str | None = None) -> Rejected | None:
    """None when ``body`` starts like a PDF, else why not."""
    if not body:
        return Rejected("empty", "empty file (0 bytes)")
    if SIGNATURE in body[:SIGNATURE_WINDOW]:
        return None
    claimed = (content_type or "unknown type").split(";")[0].strip() or "unknown type"
    head = body[:SIGNATURE_WINDOW].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(_HTML_STARTS):
        return Rejected("not_pdf", f"not a PDF: an HTML page served as {claimed}")
    return Rejected("not_pdf", f"not a PDF: no %PDF- signature ({claimed}, {len(body)} bytes)")
