"""``safe_highlight``: Meilisearch marks matches inside the raw text, so the text is escaped first and
only balanced ``<mark>`` tags come back as markup."""

from __future__ import annotations

import re

import pytest

from search.api import safe_highlight


def test_markup_in_a_release_becomes_text():
    assert safe_highlight('<script>alert("x")</script>') == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"


def test_mark_tags_survive_around_escaped_text():
    assert safe_highlight("a <mark>B&amp;C</mark> <i>d</i>") == "a <mark>B&amp;amp;C</mark> &lt;i&gt;d&lt;/i&gt;"


def test_plain_text_and_none():
    assert safe_highlight("Rapat koordinasi") == "Rapat koordinasi"
    assert safe_highlight("") == "" and safe_highlight(None) == ""


def test_a_stray_closing_mark_in_the_text_is_escaped():
    assert safe_highlight("x </mark> <mark>y</mark>") == "x &lt;/mark&gt; <mark>y</mark>"


def test_nested_and_unclosed_marks_are_balanced():
    assert safe_highlight("<mark>a <mark>b</mark> c") == "<mark>a &lt;mark&gt;b</mark> c"
    assert safe_highlight("<mark>open") == "<mark>open</mark>"


def test_attribute_breaking_quotes_are_escaped():
    assert safe_highlight("\" onmouseover='x'") == "&quot; onmouseover=&#x27;x&#x27;"


def test_mark_lookalikes_are_not_tags():
    assert safe_highlight("<mark class=x>a</mark >") == "&lt;mark class=x&gt;a&lt;/mark &gt;"
    assert safe_highlight("<MARK>a</MARK>") == "&lt;MARK&gt;a&lt;/MARK&gt;"


@pytest.mark.parametrize("text", ["<img src=x onerror=alert(1)><mark>a</mark>", "<mark><script></mark>",
                                  "</mark></mark><mark><<mark>>", "&lt;already&gt; <b>"])
def test_output_only_ever_contains_mark_tags(text):
    html = safe_highlight(text)
    assert "<" not in re.sub(r"</?mark>", "", html)
    assert html.count("<mark>") == html.count("</mark>")
