"""Step 1 of the cascade: the source's own CSS/XPath selectors."""

from __future__ import annotations

from parsel import Selector

from scraper.extraction.html_text import element_paragraphs
from scraper.sources import Selectors


def _select(sel: Selector, query: str):
    if query.startswith("xpath:"):
        return sel.xpath(query[len("xpath:"):])
    return sel.css(query)


def _node_text(node) -> str:
    """Text of a match: a string result as is, an element's descendant text joined."""
    value = node.get() or ""
    if value.lstrip().startswith("<"):
        value = " ".join(node.css("*::text").getall())
    return " ".join(value.split())


def select_text(sel: Selector, query: str | None) -> str | None:
    """First non-empty text matched by ``query``, whitespace folded."""
    if not query:
        return None
    return next((text for text in map(_node_text, _select(sel, query)) if text), None)


def select_all(sel: Selector, query: str | None) -> list[str]:
    """All distinct non-empty texts matched by ``query``, in page order."""
    if not query:
        return []
    return list(dict.fromkeys(text for text in map(_node_text, _select(sel, query)) if text))


def select_body(sel: Selector, query: str | None, remove: list[str]) -> list[str]:
    """Paragraphs of the body element, after removing the ``remove`` selectors (widgets, related lists)."""
    if not query:
        return []
    nodes = _select(sel, query)
    if not nodes:
        return []
    for unwanted in remove:
        for bad in _select(nodes[0], unwanted):
            bad.root.drop_tree()
    return element_paragraphs(nodes[0].root)


def extract_with_selectors(sel: Selector, selectors: Selectors) -> dict:
    """Raw field values found by the source's selectors (missing ones are absent)."""
    found: dict = {}
    for name in ("title", "subtitle", "date", "updated", "author", "image", "alternate"):
        value = select_text(sel, getattr(selectors, name))
        if value:
            found[name] = value
    for name in ("tags", "captions", "attachments"):
        values = select_all(sel, getattr(selectors, name))
        if values:
            found[name] = values
    body = select_body(sel, selectors.body, selectors.remove)
    if body:
        found["body"] = body
    return found
