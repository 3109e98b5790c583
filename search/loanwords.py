"""One spelling for a word and its Indonesian loanword: ``inflation`` and ``inflasi`` share the key ``inflasi``.

Why: most of the vocabulary of government releases that Indonesian took from English (or Dutch) follows the
spelling rules of its term-formation guidelines (*Pedoman Umum Pembentukan Istilah*): ``c`` becomes ``k`` or ``s``,
``ph`` ``f``, ``x`` ``ks``, double letters single, ``-tion`` ``-si``, ``-ism`` ``-isme``, ``-ity`` ``-itas``, ``-ive``
``-if``. The glossary lists a few thousand such pairs, but an analyst's English query names many it does not
("national dialogue", "seismographs", "deportation of"), and the Indonesian release that answers states them in
their loanword form ("dialog kebangsaan", "seismograf", "deportasi"). :func:`loan_key` spells a word by those rules;
a word already spelt the Indonesian way keeps its spelling, so the two meet.

The key is only ever compared with another key (search/coverage.py): it is not a word of either language, and an
Indonesian word of native stock may come out changed ("cuaca" -> "kuaka"), which is harmless as long as no English
word shares its key. Words shorter than :data:`MIN_LENGTH` letters get no key: short words collide ("can", "case").
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_LENGTH = 5

# Applied in order to the lowercase word; each rule is one regularity of the guidelines, none is a word list.
_RULES: list[tuple[re.Pattern[str], str]] = [(re.compile(p), r) for p, r in (
    (r"ph", "f"),
    (r"th", "t"),
    (r"qu", "kw"),
    (r"x", "ks"),
    (r"ck", "k"),
    (r"cc(?=[eiy])", "ks"),  # accident, vaccine
    (r"ch", "k"),  # technology, mechanism
    (r"c(?=[eiy])", "s"),  # police, civil, agency
    (r"c", "k"),  # public, economy, democratic
    (r"ogue$", "og"),  # dialogue, catalogue
    (r"ty$", "tas"),  # university, security (after c -> s: "sekuritas")
    (r"t(?=i[aou])", "s"),  # national, potential, inflation
    (r"y", "i"),  # subsidy, technology, analysis
    (r"([bdfgklmnprstz])\1", r"\1"),  # commission, immigration, terrorism
    (r"sion$", "si"),  # inflation -> inflasion -> inflasi; television
    (r"sions$", "si"),
    (r"ism$", "isme"),  # radicalism, terrorism
    (r"ive$", "if"),  # active, executive
)]


@lru_cache(maxsize=65536)
def loan_key(word: str) -> str | None:
    """The word spelt by the loanword rules (module docstring), or None for a short word or a word with a digit."""
    word = word.lower()
    if len(word) < MIN_LENGTH or not word.isalpha():
        return None
    for pattern, replacement in _RULES:
        word = pattern.sub(replacement, word)
    return word
