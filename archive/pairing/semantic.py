"""Stage 3 of pairing: meaning, from the vectors the archive already stores (archive/vectors.py).

Two versions of one release say the same thing in two languages, and multilingual-e5 puts them close
together. On tests/data/translation_pairs.json the cosine of the release vectors (the mean of the window
vectors) is 0.885–0.95 for a translation, but e5's cosines are compressed into a high band: releases of
one agency on different subjects reach 0.91 (a BI rate decision and a reserve-assets release share
their vocabulary and template), same-topic stories of another event 0.86–0.90. So similarity is one
signal among the text evidence (numbers still decide between template releases), scaled so that
:data:`ZERO` (a typical unrelated release of the same agency) counts 0 and :data:`FULL` (a close
translation) counts 1; and a release of another source must reach :data:`CROSS_SOURCE_MIN_COSINE`.

Vectors are whatever the caller passes: numpy arrays of unit length (archive/vectors.py decodes them so);
this module never computes one, so pairing stays a pure function of its inputs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ZERO = 0.80
FULL = 0.93
# Below this, a release of another source is not a candidate at all: every cross-source translation in the
# labelled set is at 0.885 or more, while stories on another event of the same topic start around 0.80.
CROSS_SOURCE_MIN_COSINE = 0.85


def cosine(vectors: Mapping[int, Any], a: int, b: int) -> float | None:
    """Cosine of two releases' unit vectors, or None when either has none stored."""
    va, vb = vectors.get(a), vectors.get(b)
    if va is None or vb is None:
        return None
    return float(va @ vb)


def signal(cos: float | None) -> float | None:
    """The similarity as a 0..1 pairing signal (None without vectors: the signal does not count)."""
    if cos is None:
        return None
    return min(1.0, max(0.0, (cos - ZERO) / (FULL - ZERO)))
