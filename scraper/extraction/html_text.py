"""Turn an HTML element into paragraphs of text, keeping paragraph boundaries."""

from __future__ import annotations

import re
import unicodedata

from lxml import html as lxml_html

BLOCK_TAGS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table",
    "section", "article", "ul", "ol", "dd", "dt", "figure", "figcaption", "header", "footer", "br",
}
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "form", "button", "svg")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def element_paragraphs(element) -> list[str]:
    """Paragraph texts of an lxml element: block elements end a paragraph, ``<br>`` too."""
    for bad in element.xpath(".//" + " | .//".join(DROP_TAGS)):
        bad.drop_tree()
    parts: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(current)).strip()
        if text:
            parts.append(text)
        current.clear()

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        is_block = tag.lower() in BLOCK_TAGS
        if is_block:
            flush()
        if el.text and tag:
            current.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if is_block:
            flush()

    walk(element)
    flush()
    return parts


def html_fragment_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of an HTML fragment such as a JSON API's ``content_detail``."""
    if not fragment or not fragment.strip():
        return []
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    return element_paragraphs(root)


_NON_WORD = re.compile(r"[\W_]+")


def line_key(text: str | None) -> str:
    """A comparison key for a line of text: case, punctuation, quotes, dashes and spacing folded away,
    so the same headline or footer line matches however a template punctuates or capitalises it."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _NON_WORD.sub(" ", text.casefold()).strip()


def furniture_key(text: str | None) -> str:
    """A cheaper key for lines a template repeats verbatim (footer, banner): spacing and case folded.
    Computed for every block of a page's chrome, so it avoids ``line_key``'s normalisation."""
    return " ".join(text.split()).casefold() if text else ""
