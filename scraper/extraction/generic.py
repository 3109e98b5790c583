"""Step 3 of the cascade: generic main-content extraction with trafilatura, for pages without selectors.

Only the body comes from here. trafilatura's own metadata step is not run (``with_metadata=False``):
the cascade reads title and dates from markup it can point to (structured data, the headline's
agreement, the visible dateline), and trafilatura's date guesser also reads dates out of URLs and
prose ("Since 2020 ..." became 2020-01-01), which is never a publication date. The page is parsed once
by the cascade and the same lxml tree is handed in, with the elements already known not to be body
(site chrome, the article's header) left out through ``prune_xpath``.
"""

from __future__ import annotations

import logging

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

__all__ = ["PRUNE_ATTR", "extract_body"]

# Elements the cascade marks as "not body" carry this attribute; trafilatura drops them on its copy.
PRUNE_ATTR = "data-siaran-not-body"
_PRUNE_XPATH = f"//*[@{PRUNE_ATTR}]"


def extract_body(tree, url: str | None, prune: list | None = None) -> list[str]:
    """Body paragraphs of a parsed page (an lxml ``HtmlElement``), ``[]`` when trafilatura finds none.

    ``prune`` elements are left out. The tree is not modified beyond the marker attribute (trafilatura
    works on its own copy)."""
    from trafilatura import bare_extraction

    for el in prune or ():
        el.set(PRUNE_ATTR, "1")
    doc = bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, favor_precision=True,
        with_metadata=False, prune_xpath=_PRUNE_XPATH if prune else None,
    )
    if doc is None:
        return []
    text = doc.text or ""
    return [p.strip() for p in text.split("\n") if p.strip()]
