"""How many of a query's concepts a release states, in either language: the coordination level of lexical search.

Why: hybrid search fuses one ranking per language (search/queries.py), and the fusion decides between the first
releases of the lists by rank alone. When the answer is in the other language ("longsor di ambon": the English
"Landslide Victims in Ambon"), the first Indonesian release is often a release on the same subject that misses the
query's particular fact (a landslide in Dumai), and it came first. Meilisearch's own keyword ranking already prefers
the release matching more query words ("words" rule), but only within one list and one language.

A *concept* is a query word or a glossary/abbreviation phrase; it is stated by a release when the release's text
has one of its forms, in either language: the words as typed or stemmed, or the phrase's glossary translation
(search/glossary.py), spelt-out abbreviation or month name. Function words are no concepts. The caller counts on
the release's title, lead and month of publication, so a release that only mentions a word in passing further
down does not count as stating it (the title alone was measured too, and did less well).
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.stemming import TOKEN_RE, stem_text

__all__ = ["concept_forms", "stated_concepts"]

Concept = list[list[str]]  # alternatives, each a list of words that must all occur


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from search.settings import load_stop_words

    return frozenset(load_stop_words())


@lru_cache(maxsize=1)
def _longest_phrase() -> int:
    return max((len(k.split()) for k in _phrases()), default=1)


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[str]]:
    """Every glossary or abbreviation phrase (as written and stemmed, both languages) -> all its forms."""
    from search.abbreviations import load_abbreviations
    from search.documents import MONTH_WORDS
    from search.glossary import load_glossary

    groups = [[indonesian, english] for indonesian, english in load_glossary()]
    groups += [[entry.short, entry.indonesian, entry.english] for entry in load_abbreviations()]
    groups += [month.lower().split() for month in MONTH_WORDS if " " in month]  # "Juli July"
    table: dict[str, list[str]] = {}
    for group in groups:
        for phrase in group:
            for key in (phrase, stem_text(phrase, "id"), stem_text(phrase, "en")):
                forms = table.setdefault(key, [])
                forms.extend(f for f in group if f not in forms)
    return table


def concept_forms(q: str) -> list[Concept]:
    """The query's concepts in order, longest glossary phrase first (as :func:`search.glossary.translate_query`
    reads a query), each with every form that states it."""
    table = _phrases()
    words = TOKEN_RE.findall(q or "")
    lowered = [w.lower() for w in words]
    stems = {lang: [stem_text(w, lang) for w in words] for lang in ("id", "en")}
    longest = _longest_phrase()
    concepts: list[Concept] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            keys = [" ".join(lowered[i:i + n])] + [" ".join(stems[lang][i:i + n]) for lang in ("id", "en")]
            found = next((table[k] for k in keys if k in table), None)
            if found is not None:
                concepts.append([form.split() for form in [" ".join(lowered[i:i + n]), *found]])
                i += n
                break
        else:
            if lowered[i] not in _stop_words():
                concepts.append([[lowered[i]]])
            i += 1
    return _dates_joined(concepts)


YEAR_RE = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    from search.documents import MONTH_WORDS

    return frozenset(word.lower() for month in MONTH_WORDS for word in month.split())


def _dates_joined(concepts: list[Concept]) -> list[Concept]:
    """A month followed by a year ("februari 2025") as one concept, stated only by a text with both: a date is one
    fact, and counted as two, a release of February 2023 and one of October 2025 each stated half of it, as much as
    the release of February 2025 did beside any other word (measured on the eighteen tuning sets: hybrid nDCG@10
    higher on all eighteen, mean 0.929 -> 0.935; benchmarks/results/relevance.md, session 9)."""
    months = _month_words()
    joined: list[Concept] = []
    for concept in concepts:
        previous = joined[-1] if joined else None
        if (previous is not None and concept == [concept[0]] and len(concept[0]) == 1
                and YEAR_RE.fullmatch(concept[0][0]) and all(len(alt) == 1 and alt[0] in months for alt in previous)):
            joined[-1] = [alt + concept[0] for alt in previous]
        else:
            joined.append(concept)
    return joined


@lru_cache(maxsize=65536)
def _word_forms(word: str) -> frozenset[str]:
    """A word as written (lowercase) and stemmed in each language (a hyphenated word's stems stay one form)."""
    return frozenset({word.lower(), stem_text(word, "id"), stem_text(word, "en")} - {""})


@lru_cache(maxsize=4096)
def _vocabulary(text: str) -> frozenset[str]:
    """Every word of ``text`` as written (lowercase) and stemmed in either language; cached, since the same
    releases come back for one query after another."""
    words = set(text.lower().split())
    for token in TOKEN_RE.findall(text):
        words |= _word_forms(token)
    return frozenset(words)


def stated_concepts(concepts: list[Concept], text: str) -> int:
    """How many of ``concepts`` the ``text`` states (module docstring)."""
    vocabulary = _vocabulary(text or "")

    def states(alternative: list[str]) -> bool:
        return all(not _word_forms(word).isdisjoint(vocabulary) for word in alternative)

    return sum(any(states(alt) for alt in concept) for concept in concepts)
