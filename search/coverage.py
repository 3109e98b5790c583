"""How many of a query's concepts a release states, in either language: the coordination level of lexical search.

Why: hybrid search fuses one ranking per language (search/queries.py), and the fusion decides between the first
releases of the lists by rank alone. When the answer is in the other language ("longsor di ambon": the English
"Landslide Victims in Ambon"), the first Indonesian release is often a release on the same subject that misses the
query's particular fact (a landslide in Dumai), and it came first. Meilisearch's own keyword ranking already prefers
the release matching more query words ("words" rule), but only within one list and one language.

A *concept* is a query word or a glossary/abbreviation phrase; it is stated by a release when the release's text
has one of its forms, in either language: the words as typed or stemmed, or the phrase's glossary translation
(search/glossary.py), spelt-out abbreviation or month name, or a word's loanword spelling (search/loanwords.py:
"deportation" is stated by "deportasi"; :data:`LOANWORD_KEYS`, session 12: hybrid nDCG@10 higher or level on ten
sets, up to +0.004, cross-lingual up to +0.017). Function words are no concepts. The caller counts on
the release's title, lead and month of publication, so a release that only mentions a word in passing further
down does not count as stating it (the title alone was measured too, and did less well).
"""

from __future__ import annotations

import re
from functools import lru_cache

from search.loanwords import loan_key
from search.quantities import (
    Comparison,
    find_comparisons,
    find_numbers,
    quantities,
    states_comparison,
    with_unit,
)
from search.stemming import TOKEN_RE, stem_text

__all__ = ["concept_forms", "stated_concepts"]

Concept = list[list[str]]
NUMBERS_AS_VALUES = True  # alternatives, each a list of words that must all occur
LOANWORD_KEYS = True


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


def concept_forms(q: str) -> list[Concept | Comparison]:
    """The query's concepts in order, longest glossary phrase first (as :func:`search.glossary.translate_query`
    reads a query), each with every form that states it. A condition on a number ("more than 10,000 people") is
    one concept, a :class:`~search.quantities.Comparison` whose unit is the concept right after the number."""
    table = _phrases()
    matches = list(TOKEN_RE.finditer(q or ""))
    words = [m.group() for m in matches]
    lowered = [w.lower() for w in words]
    stems = {lang: [stem_text(w, lang) for w in words] for lang in ("id", "en")}
    comparisons = find_comparisons(q)
    if NUMBERS_AS_VALUES:
        comparisons = sorted(comparisons + find_numbers(q, comparisons), key=lambda c: c[0])
    longest = _longest_phrase()
    concepts: list = []
    starts: list[int] = []  # index of each concept's first word
    i = 0
    while i < len(words):
        span = next((c for c in comparisons if c[0] <= matches[i].start() < c[1]), None)
        if span is not None:
            concepts.append(span[2])
            starts.append(i)
            while i < len(words) and matches[i].start() < span[1]:
                i += 1
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            keys = [" ".join(lowered[i:i + n])] + [" ".join(stems[lang][i:i + n]) for lang in ("id", "en")]
            found = next((table[k] for k in keys if k in table), None)
            if found is not None:
                concepts.append([form.split() for form in [" ".join(lowered[i:i + n]), *found]])
                starts.append(i)
                i += n
                break
        else:
            if lowered[i] not in _stop_words():
                concepts.append([[lowered[i]]])
                starts.append(i)
            i += 1
    return _dates_joined(_units_attached(concepts, starts, matches, comparisons))


def _units_attached(concepts: list, starts: list[int], matches: list, comparisons: list) -> list:
    """Each comparison takes as its unit the concept whose first word directly follows its number ("10,000
    people") or, at the query's end, the concept before it ("dengue deaths more than 400"); the unit stays a
    concept of its own too. An amount of money has its currency for a unit ("more than Rp5 billion frozen")."""
    ends = {c[2]: c[1] for c in comparisons}
    out = list(concepts)
    for k, concept in enumerate(concepts):
        if not isinstance(concept, Comparison) or concept.currency or concept.unit_given:
            continue
        after = concepts[k + 1] if k + 1 < len(concepts) else None
        before = concepts[k - 1] if k > 0 else None
        if isinstance(after, list) and not _word_between(matches, ends[concept], matches[starts[k + 1]].start()):
            out[k] = with_unit(concept, tuple(tuple(alt) for alt in after))
        elif after is None and isinstance(before, list):
            out[k] = with_unit(concept, tuple(tuple(alt) for alt in before))
    return out


def _word_between(matches: list, end: int, start: int) -> bool:
    """Whether a query word lies between character ``end`` and ``start`` (a stop word between number and unit)."""
    return any(end <= m.start() < start for m in matches)


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
        if (isinstance(previous, list) and isinstance(concept, list) and concept == [concept[0]] and len(concept[0]) == 1
                and YEAR_RE.fullmatch(concept[0][0]) and all(len(alt) == 1 and alt[0] in months for alt in previous)):
            joined[-1] = [alt + concept[0] for alt in previous]
        else:
            joined.append(concept)
    return joined


@lru_cache(maxsize=65536)
def _word_forms(word: str) -> frozenset[str]:
    """A word as written (lowercase) and stemmed in each language (a hyphenated word's stems stay one form), and
    the loanword spelling of the word and of its English stem (search/loanwords.py), so that "deportation" and
    "deportasi" are one word."""
    forms = {word.lower(), stem_text(word, "id"), stem_text(word, "en")}
    if LOANWORD_KEYS:
        forms |= {loan_key(word), loan_key(stem_text(word, "en"))}
    return frozenset(forms - {"", None})


@lru_cache(maxsize=4096)
def _vocabulary(text: str) -> frozenset[str]:
    """Every word of ``text`` as written (lowercase) and stemmed in either language; cached, since the same
    releases come back for one query after another."""
    words = set(text.lower().split())
    for token in TOKEN_RE.findall(text):
        words |= _word_forms(token)
    return frozenset(words)


def stated_concepts(concepts: list[Concept | Comparison], text: str) -> int:
    """How many of ``concepts`` the ``text`` states (module docstring)."""
    vocabulary = _vocabulary(text or "")

    def states(alternative: list[str]) -> bool:
        return all(not _word_forms(word).isdisjoint(vocabulary) for word in alternative)

    def stated(concept) -> bool:
        if isinstance(concept, Comparison):
            return states_comparison(concept, _quantities(text or ""), _word_forms)
        return any(states(alt) for alt in concept)

    return sum(stated(concept) for concept in concepts)


@lru_cache(maxsize=4096)
def _quantities(text: str) -> list:
    return quantities(text)
