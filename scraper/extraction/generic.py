"""Step 3 of the cascade: generic main-content extraction with trafilatura, for pages without selectors."""

from __future__ import annotations

import logging

logging.getLogger("trafilatura").setLevel(logging.WARNING)


def extract_generic(html: str, url: str) -> dict:
    """Title, date, author and body paragraphs found by trafilatura; ``{}`` when it finds nothing."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    if doc is None:
        return {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    found: dict = {}
    text = data.get("text") or ""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if paragraphs:
        found["body"] = paragraphs
    for key, field in (("title", "title"), ("date", "date"), ("author", "author"), ("image", "image"),
                       ("description", "subtitle")):
        if data.get(key):
            found[field] = str(data[key])
    if data.get("tags"):
        tags = data["tags"]
        found["tags"] = [t.strip() for t in (tags.split(",") if isinstance(tags, str) else tags) if t.strip()]
    return found
