"""Quantities: a query's condition on a number ("more than 10,000 people", "lebih dari 50 desa", "inflasi di bawah
2 persen") and the numbers a release states ("12.500 jiwa", "4,35 persen", "Rp5,2 miliar").

Why: the fusion counts the query concepts a release states (search/coverage.py), and as words, "more than 10,000
people" asked for the tokens "10" and "000". A release saying "12.500 jiwa mengungsi" answers the question and
stated neither; one saying "kurang dari 10.000 jiwa" stated both. A comparison is one concept here, stated by a
number that satisfies it, followed closely by the query's unit (the word after the number, in any of its forms).
Neither Meilisearch nor the embedding model compares numbers, so without this a threshold question ranks by the
digits it happens to share.

Numbers are read in both notations: a separator followed by exactly three digits groups thousands ("10.000",
"10,000"), any other separator is the decimal point ("3,5", "3.5"). "1.250" meaning 1.25 is the ambiguity this
accepts: press releases write decimals with one or two digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

__all__ = ["Comparison", "Quantity", "find_comparisons", "find_numbers", "quantities"]

# Comparators as analysts type them, longest first in the pattern. The value is the operator.
COMPARATORS = {
    "more than": ">", "over": ">", "above": ">", "exceeding": ">", "greater than": ">", "higher than": ">",
    "larger than": ">", "bigger than": ">", "deeper than": ">", "longer than": ">", "in excess of": ">",
    "at least": ">=", "no fewer than": ">=", "no less than": ">=",
    "less than": "<", "fewer than": "<", "below": "<", "under": "<", "lower than": "<", "smaller than": "<",
    "shallower than": "<", "at most": "<=", "no more than": "<=",
    "lebih dari": ">", "lebih besar dari": ">", "lebih tinggi dari": ">", "lebih banyak dari": ">",
    "lebih dalam dari": ">", "di atas": ">", "melebihi": ">", "melampaui": ">",
    "sedikitnya": ">=", "setidaknya": ">=", "paling sedikit": ">=", "minimal": ">=", "sekurang-kurangnya": ">=",
    "kurang dari": "<", "lebih kecil dari": "<", "lebih rendah dari": "<", "di bawah": "<",
    "maksimal": "<=", "paling banyak": "<=", "sebanyak-banyaknya": "<=",
}
MULTIPLIERS = {"ribu": 1e3, "thousand": 1e3, "juta": 1e6, "million": 1e6, "miliar": 1e9, "milyar": 1e9,
               "billion": 1e9, "triliun": 1e12, "trillion": 1e12}
NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                "sembilan": 9, "sepuluh": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1}
# Units that count people: a query's "people" is a release's "jiwa", "warga" or "orang". The glossary translates
# words one meaning at a time; for a count these are one unit.
PERSON_UNITS = frozenset({"people", "persons", "person", "residents", "resident", "individuals", "inhabitants",
                          "victims", "victim", "orang", "jiwa", "warga", "penduduk", "korban"})
# A unit naming a currency makes the comparison one on amounts of money ("above 1 trillion rupiah" is a release's
# "Rp1,8 triliun"): the text's number then carries a currency sign instead of a following word.
CURRENCY_UNITS = frozenset({"rupiah", "rp", "idr", "dolar", "dollar", "dollars", "usd"})
UNIT_REACH = 3  # words after a number in which its unit may stand ("12.500 jiwa", "10 ribu warga", "5,6 SR")
PERCENT = (("persen",), ("percent",))
UNIT_BEFORE = 4  # words before it ("magnitudo 6,2", "NTP Mei 2024 sebesar 108,4")

_CURRENCY = r"(?P<currency>rp\.?\s?|idr\s?|us\$\s?|usd\s?|\$\s?)?"
_DIGITS = r"(?P<digits>\d+(?:[.,]\d+)*)"
_WORD = r"(?P<word>" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_MULTIPLIER = r"(?:\s?(?P<multiplier>" + "|".join(MULTIPLIERS) + r")\b)?"
NUMBER_RE = re.compile(rf"(?<![\w.,]){_CURRENCY}(?:{_DIGITS}|{_WORD}\b){_MULTIPLIER}", re.IGNORECASE)
COMPARISON_RE = re.compile(
    r"\b(?P<comparator>" + "|".join(re.escape(c) for c in sorted(COMPARATORS, key=len, reverse=True)) + r")\s+"
    + r"(?:(?P<unit>[^\W\d_]+)\s+)?" + NUMBER_RE.pattern, re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Quantity:
    """A number a text states, with what follows it."""

    value: float
    currency: bool
    following: tuple[str, ...]  # the next UNIT_REACH words, lowercase
    preceding: tuple[str, ...] = ()  # the UNIT_BEFORE words before it, lowercase


@dataclass(frozen=True)
class Comparison:
    """A query's condition on a number. ``unit`` holds the unit's alternative forms (each a list of words, as a
    coverage concept); empty when the query names none. ``unit_given`` says the unit stood between comparator and
    number ("above magnitude 6"), so the caller keeps it."""

    operator: str
    value: float
    currency: bool
    unit: tuple[tuple[str, ...], ...] = ()
    unit_given: bool = False

    def holds(self, number: float) -> bool:
        return {">": number > self.value, ">=": number >= self.value, "<": number < self.value,
                "<=": number <= self.value, "=": abs(number - self.value) <= 1e-9 * max(1.0, abs(self.value))
                }[self.operator]


def parse_number(digits: str | None, word: str | None, multiplier: str | None) -> float | None:
    """The value of a number as written ("10.000", "3,5", "lima", "a" + "million"); None when it is no number
    (a number word like "a" standing alone)."""
    if digits:
        groups = re.split(r"[.,]", digits)
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
            value = float("".join(groups))
        else:
            value = float(f"{''.join(groups[:-1]) or '0'}.{groups[-1]}" if len(groups) > 1 else groups[0])
    elif word and (multiplier or word.lower() != "a"):
        value = float(NUMBER_WORDS[word.lower()])
    else:
        return None
    return value * MULTIPLIERS.get((multiplier or "").lower(), 1.0)


def find_comparisons(q: str) -> list[tuple[int, int, Comparison]]:
    """Each comparison in the query with its character span (unit not yet attached: the caller knows the
    query's concepts)."""
    found = []
    for match in COMPARISON_RE.finditer(q or ""):
        value = parse_number(match["digits"], match["word"], match["multiplier"])
        if value is None:
            continue
        comparison = Comparison(COMPARATORS[match["comparator"].lower()], value, bool(match["currency"]))
        if match["unit"]:
            comparison = with_unit(comparison, ((match["unit"].lower(),),), given=True)
        elif _percent_sign(q, match.end()):
            comparison = with_unit(comparison, PERCENT, given=True)
        found.append((match.start(), match.end(), comparison))
    return found


def find_numbers(q: str, taken: list[tuple[int, int, Comparison]] = ()) -> list[tuple[int, int, Comparison]]:
    """Each number the query names outside its comparisons (``taken``), as an equality with its character span:
    "2,12 persen", "Rp412 miliar", "180 ribu konten". A number is one value in either notation, not the words
    "2" and "12" that any release with a 2 and a 12 states. Years and the day numbers of dates stay words (a
    year is a date, joined with its month by the caller; search/coverage.py)."""
    found = []
    for match in NUMBER_RE.finditer(q or ""):
        if not match["digits"] or any(start <= match.start() < end for start, end, _ in taken):
            continue
        value = parse_number(match["digits"], None, match["multiplier"])
        if value is None or _is_date_part(q, match):
            continue
        number = Comparison("=", value, bool(match["currency"]))
        if _percent_sign(q, match.end()):
            number = with_unit(number, PERCENT, given=True)
        found.append((match.start(), match.end(), number))
    return found


def with_unit(comparison: Comparison, unit: tuple[tuple[str, ...], ...], given: bool = False) -> Comparison:
    """``comparison`` with ``unit``; a currency unit makes it a comparison of amounts instead."""
    if any(len(alt) == 1 and alt[0] in CURRENCY_UNITS for alt in unit):
        return replace(comparison, currency=True, unit=(), unit_given=given)
    return replace(comparison, unit=unit, unit_given=given)


def quantities(text: str) -> list[Quantity]:
    """The numbers ``text`` states, with the words after each; years and day-of-month numbers of dates are no
    quantities ("14/10/2024", "14 Oktober")."""
    found = []
    for match in NUMBER_RE.finditer(text or ""):
        value = parse_number(match["digits"], match["word"], match["multiplier"])
        if value is None or _is_date_part(text, match):
            continue
        following = tuple(w.lower() for w in _WORD_RE.findall(text[match.end():match.end() + 60])[:UNIT_REACH])
        if _percent_sign(text, match.end()):
            following = ("persen", "percent", *following)
        preceding = tuple(w.lower() for w in _WORD_RE.findall(text[max(0, match.start() - 40):match.start()]))
        found.append(Quantity(value, bool(match["currency"]), following, preceding[-UNIT_BEFORE:]))
    return found


def _percent_sign(text: str, end: int) -> bool:
    """Whether a "%" follows the number ending at ``end`` ("5,75%", "5.75 %"): the unit "persen"/"percent"."""
    return text[end:end + 2].lstrip().startswith("%")


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    from search.documents import MONTH_WORDS

    return frozenset(word.lower() for month in MONTH_WORDS for word in month.split())


def _is_date_part(text: str, match: re.Match) -> bool:
    digits = match["digits"] or ""
    if match["currency"] or match["multiplier"]:
        return False
    if _YEAR_RE.fullmatch(digits):
        return True
    around = text[max(0, match.start() - 1):match.end() + 1]
    if "/" in around:
        return True
    after = _WORD_RE.findall(text[match.end():match.end() + 20])[:1]
    return bool(after) and after[0].lower() in _month_words()


def states_comparison(comparison: Comparison, found: list[Quantity], forms_of) -> bool:
    """Whether one of ``found`` satisfies ``comparison``: the number holds, carries a currency when the query's
    did, and has the query's unit among the words after it. ``forms_of(word)`` gives a word's forms (as written
    and stemmed), as coverage compares words."""
    for quantity in found:
        if not comparison.holds(quantity.value) or (comparison.currency and not quantity.currency):
            continue
        if not comparison.unit or _unit_near(comparison.unit, quantity.preceding + quantity.following, forms_of):
            return True
    return False


def _unit_near(unit: tuple[tuple[str, ...], ...], words: tuple[str, ...], forms_of) -> bool:
    near = set()
    for word in words:
        near |= forms_of(word)
    if near & PERSON_UNITS and any(len(alt) == 1 and alt[0] in PERSON_UNITS for alt in unit):
        return True
    return any(all(not forms_of(word).isdisjoint(near) for word in alt) for alt in unit)
