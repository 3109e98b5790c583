"""Step 3 of the cascade: generic main-content extraction with trafilatura, for pages without selectors.

Only the body comes from here, from trafilatura's main extractor (``fast``: its slower comparison with
readability and jusText runs only when the main extractor finds nothing). Legacy layouts are first
turned into the shape that extractor reads: layout tables into blocks, ``<br>``-separated text into
paragraphs. trafilatura's own metadata step is not run (``with_metadata=False``):
the cascade reads title and dates from markup it can point to (structured data, the headline's
agreement, the visible dateline), and trafilatura's date guesser also reads dates out of URLs and
prose ("Since 2020 ..." became 2020-01-01), which is never a publication date. The page is parsed once
by the cascade and the same lxml tree is handed in, with the elements already known not to be body
(site chrome, the article's header) left out through ``prune_xpath``.
"""

from __future__ import annotations

import logging
import re

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

__all__ = ["PRUNE_ATTR", "extract_body"]

# Elements the cascade marks as "not body" carry this attribute; trafilatura drops them on its copy.
PRUNE_ATTR = "data-siaran-not-body"
_PRUNE_XPATH = f"//*[@{PRUNE_ATTR}]"


_TABLE_PARTS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")
_LONG_CELL = 150


def _is_layout_table(table) -> bool:
    """A table used for page layout (legacy portals): it nests tables or holds running text in a cell.
    A data table (figures in a release) has neither and stays a table."""
    if table.find(".//table") is not None:
        return True
    return any(len(cell.text_content()) > _LONG_CELL for cell in table.iter("td", "th"))


def flatten_layout_tables(tree) -> None:
    """Layout tables become plain blocks, so their text is read as paragraphs and not as table rows
    ("| Lembah Hijau – Bupati ... |")."""
    for table in list(tree.iter("table")):
        if table.tag == "table" and _is_layout_table(table):
            for el in [table, *table.iter(*_TABLE_PARTS)]:
                el.tag = "div"


_INLINE = {"a", "b", "strong", "i", "em", "u", "span", "font", "small", "big", "sub", "sup", "abbr", "img", "q",
           "cite", "mark", "s", "strike", "tt", "code"}


def _own_text_length(el) -> int:
    return len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)


def paragraphize_loose_text(tree) -> None:
    """Running text written straight into a ``<div>`` (or a flattened table cell) between ``<br>`` tags,
    as legacy portals do, is wrapped into ``<p>`` elements, one per ``<br>``-separated run: the form
    trafilatura's main extractor reads (it otherwise needs its slow fallback extractors for them)."""
    for div in list(tree.iter("div")):
        if _own_text_length(div) < _LONG_CELL:
            continue
        children, text = list(div), div.text
        div.text = None
        for child in children:
            div.remove(child)
        para = _paragraph(div, text)
        for child in children:
            tail, child.tail = child.tail, None
            if isinstance(child.tag, str) and (child.tag == "br" or child.tag not in _INLINE):
                _append_if_text(div, para)
                if child.tag != "br":
                    div.append(child)  # a block stays a block
                para = _paragraph(div, tail)
            else:
                para.append(child)
                child.tail = tail
        _append_if_text(div, para)


def _paragraph(div, text: str | None):
    para = div.makeelement("p", {})
    para.text = text
    return para


def _append_if_text(div, para) -> None:
    if (para.text or "").strip() or len(para):
        div.append(para)


_CREDIT = re.compile(r"^\s*(sumber|source)\s*:", re.IGNORECASE)


def keep_credit_lines(tree) -> None:
    """A "Sumber: <link to the original>" credit is part of a republished release's text, but as a
    paragraph that is all link, trafilatura's precision mode drops it: its links are unwrapped."""
    for p in tree.iter("p"):
        if p.find(".//a") is not None and _CREDIT.match(p.text_content()):
            for a in list(p.iter("a")):
                a.drop_tag()


def extract_body(tree, url: str | None, prune: list | None = None) -> list[str]:
    """Body paragraphs of a parsed page (an lxml ``HtmlElement``), ``[]`` when trafilatura finds none.

    ``prune`` elements are left out (marked, and dropped by trafilatura on its own copy). The tree is
    modified: layout tables become blocks and credit lines lose their links, so the caller must be done
    reading it."""
    for el in prune or ():
        el.set(PRUNE_ATTR, "1")
    flatten_layout_tables(tree)
    paragraphize_loose_text(tree)
    keep_credit_lines(tree)
    prune_xpath = _PRUNE_XPATH if prune else None
    paragraphs = _trafilatura(tree, url, prune_xpath, fast=True)
    if not paragraphs:
        # The main extractor found nothing it trusts: let trafilatura compare with its fallbacks
        # (readability, jusText), as plain ``trafilatura.extract`` always does.
        paragraphs = _trafilatura(tree, url, prune_xpath, fast=False)
    return paragraphs


def _trafilatura(tree, url: str | None, prune_xpath: str | None, *, fast: bool) -> list[str]:
    from trafilatura import bare_extraction

    doc = bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, favor_precision=True, fast=fast,
        with_metadata=False, prune_xpath=prune_xpath,
    )
    if doc is None:
        return []
    return [p.strip() for p in (doc.text or "").split("\n") if p.strip()]
