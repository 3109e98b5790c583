"""Deduplication primitives: canonical URLs, exact content hashes and near-duplicate signatures.

Three layers, cheapest first (the dedupe pipeline applies them in this order):

1. ``canonicalize_url`` - one spelling per release URL, so tracking parameters, ``www.``, ``http`` vs
   ``https``, the ``index.php/`` front controller and trailing slashes do not create a second article.
2. ``content_hash`` - sha256 of the normalised title and body: the same text served under two URLs.
3. ``signature`` / ``similarity`` / ``band_keys`` - a MinHash signature over word shingles for re-posts
   with small edits (an "(ANTARA) -" dateline, a trimmed last paragraph, a new headline, fixed typos).

Why MinHash and not SimHash: government releases are written from templates (the monthly BI-Rate
release, BNPB disaster updates). Two such releases share most of their wording and differ in months,
numbers and places. MinHash estimates a Jaccard similarity that we can tilt towards those facts by
giving numbers and month names extra features (see ``_FACT_WEIGHT``); a 64-bit SimHash has no room for
that and its Hamming distances for template siblings overlap with those of edited re-posts.

Everything here is a pure function of its input and deterministic across processes and machines
(no use of Python's randomised ``hash``), so signatures and band keys can be stored in the databa

Modules: ``urls`` (1), ``content`` (2), ``minhash`` (3: signatures, similarity, band keys) and
``lsh_index`` (an in-memory index over signatures). Everything public is importable from here.
"""

from __future__ import annotations

from archive.fingerprints.content import content_hash, normalize_for_hash
from archive.fingerprints.lsh_index import NearDuplicateIndex
from archive.fingerprints.minhash import (
    NEAR_DUPLICATE_THRESHOLD,
    NUM_BANDS,
    NUM_PERM,
    ROWS_PER_BAND,
    SHINGLE_SIZE,
    Signature,
    band_keys,
    signature,
    signatures,
    similarity,
)
from archive.fingerprints.urls import canonicalize_url

__all__ = [
    "NEAR_DUPLICATE_THRESHOLD",
    "NUM_BANDS",
    "NUM_PERM",
    "ROWS_PER_BAND",
    "SHINGLE_SIZE",
    "NearDuplicateIndex",
    "Signature",
    "band_keys",
    "canonicalize_url",
    "content_hash",
    "normalize_for_hash",
    "signature",
    "signatures",
    "similarity",
]
