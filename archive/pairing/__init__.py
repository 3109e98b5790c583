"""Pair Indonesian releases with their English translations, within a source and across sources.

Agencies relate their two language versions in different ways (see docs/sources.md):

* Bank Indonesia and BPS reuse the same key (``sp_…`` file name, numeric id) under ``/id/`` and ``/en/``;
* some sites link the versions with ``hreflang`` or a language switcher;
* Setkab keeps a separate English section with no links, published days after the original;
* Kemlu mixes both languages in one stream;
* an English news service republishes a ministry's Indonesian release in translation, on another site.

So pairing goes from what the sites state to what the texts show:

1. :mod:`~archive.pairing.links`: a link from one version to the other, or an equal ``external_id``
   within a source; those pairs are certain.
2. :mod:`~archive.pairing.evidence`: numbers, dates, names, release numbers, a small bilingual word list
   and date proximity, evidence that survives translation;
3. :mod:`~archive.pairing.semantic`: the similarity of the stored vectors (archive/vectors.py), meaning.

:mod:`~archive.pairing.decide` weighs them: within each source first, then, for what is left, across
sources when one of them republishes others; only clear winners are paired. Everything here is pure: no
database, no I/O (archive/translations.py feeds it stored releases and vectors).
"""

from archive.pairing.candidates import Pair, PairCandidate
from archive.pairing.decide import (
    CROSS_SOURCE_DAYS,
    PAIR_MARGIN,
    PAIR_THRESHOLD,
    WEIGHTS,
    content_score,
    pair_releases,
    pair_score,
)
from archive.pairing.evidence import _parse_number
from archive.pairing.links import link_pairs

__all__ = [
    "CROSS_SOURCE_DAYS",
    "PAIR_MARGIN",
    "PAIR_THRESHOLD",
    "WEIGHTS",
    "Pair",
    "PairCandidate",
    "_parse_number",
    "content_score",
    "link_pairs",
    "pair_releases",
    "pair_score",
]
