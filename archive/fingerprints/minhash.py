"""Near-duplicate signatures: MinHash over word shingles, with numbers and month names weighted, and the
LSH band keys stored in ``signature_bands``. See the package docstring for why MinHash."""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Iterable

import numpy as np

NUM_PERM = 128
"""Number of MinHash values in a signature (32 bits each: 512 bytes per signature)."""

NUM_BANDS = 20
ROWS_PER_BAND = 3
"""LSH banding: 20 bands of 3 values (the first 60 of the signature). A pair with Jaccard J shares at
least one band key with probability 1 - (1 - J**3)**20: 0.97 at the 0.55 threshold, 0.9994 at 0.68
(the lowest labelled duplicate), 0.28 at 0.2 and 0.02 at 0.1. Twenty rows per article keep the
``signature_bands`` table and the in-memory index small (about 2 GB of Python dicts for 1M releases);
the candidates are then checked with the full 128-value ``similarity``."""

SHINGLE_SIZE = 4
"""Words per shingle. Four words make each changed number or place name alter four shingles."""

_FACT_WEIGHT = 3
"""Extra features for every number and month name (paired with the preceding word). Template siblings
differ exactly there; re-posts of one release keep them, so weighting them separates the two."""

NEAR_DUPLICATE_THRESHOLD = 0.55
"""Estimated Jaccard at or above which two signatures are taken to be the same release.

Measured on tests/data/near_duplicate_pairs.tsv (308 pairs: 156 dup, 152 distinct, of which 126 are
same-template negatives; the test prints the current figures): precision 1.000, recall 1.000 at 0.55.
Re-posts score 0.68-1.0 (lowest: two trailing paragraphs dropped 0.68, all edits combined 0.78;
"(ANTARA) -" datelines 1.0); same-template releases score 0.11-0.42, unrelated ones ~0. Precision and
recall stay at 1.0 for any threshold from 0.45 to 0.65; 0.55 sits in the middle of that gap. Without the
fact weighting the gap narrows to 0.51-0.68. On the synthetic benchmark (benchmarks/bench_dedupe.py,
5% injected re-posts) precision and recall are 1.0 at 100k releases; see benchmarks/results/dedupe.md.
"""

_SIGNATURE_VERSION = 1
_MASK64 = (1 << 64) - 1

# A dateline a syndicated copy adds in front of a paragraph: "Jakarta (ANTARA) -", "(ANTARA) -".
_DATELINE_RE = re.compile(
    r"^[ \t]*(?:[^\W\d_][\w .,]{0,40})?\((?:antara|antaranews)\)\s*[-\u2013\u2014]\s*",
    re.IGNORECASE | re.MULTILINE,
)

_MONTHS = frozenset(
    b"januari februari maret april mei juni juli agustus september oktober november desember "
    # English "may" is left out: as a modal verb it is far more common than the month.
    b"january february march june july august october december "
    b"jan feb mar apr jun jul agu agt aug sep sept okt oct nov nop des dec".split()
)


def _splitmix64(x: np.ndarray) -> np.ndarray:
    """Vectorised 64-bit finaliser (avalanche): every input bit affects every output bit."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _make_permutations() -> tuple[np.ndarray, np.ndarray]:
    # Fixed seed: the permutations are part of the stored signature format (version 1).
    rng = np.random.Generator(np.random.PCG64(20240117))
    a = rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)  # odd
    b = rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
    return a, b


_PERM_A, _PERM_B = _make_permutations()
_SHINGLE_MULT = np.uint64(0x9E3779B97F4A7C15)
_FACT_SALTS = _splitmix64(np.arange(1, _FACT_WEIGHT + 1, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93))
_BAND_SALTS = _splitmix64(np.arange(1, NUM_BANDS + 1, dtype=np.uint64) * np.uint64(0xA0761D6478BD642F))
_EMPTY_VALUE = np.uint32(0xFFFFFFFF)

# Token -> 64-bit hash. The lowest bit is 1 for "fact" tokens (numbers, month names), so the shingler can
# find them without a second pass over the strings. Bounded so a long crawl does not grow it forever.
_TOKEN_CACHE: dict[bytes, int] = {}
_TOKEN_CACHE_MAX = 500_000


def _token_hash(token: bytes) -> int:
    value = int.from_bytes(hashlib.blake2b(token, digest_size=8).digest(), "little")
    is_fact = 48 <= token[0] <= 57 or token in _MONTHS
    return (value & ~1 & _MASK64) | int(is_fact)


# ASCII folding table: letters lower-cased, digits kept, everything else a word break. Bytes >= 0x80
# (UTF-8 sequences of non-ASCII letters) are kept; the non-ASCII punctuation agencies use is replaced
# first. bytes.translate + split is ~10x faster than a Unicode regex, and signatures are computed for
# every crawled page.
_FOLD_TABLE = bytes(
    (c + 32 if 65 <= c <= 90 else c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c >= 128) else 32
    for c in range(256)
)
_UNICODE_BREAKS_RE = re.compile(
    "[\u00a0\u00ab\u00b0\u00b7\u00bb\u2002-\u200b\u2010-\u2015\u2018-\u201f\u2022\u2026\u2032\u2033"
    "\u2122\u3000]"
)


def _tokens(text: str) -> list[bytes]:
    if "(ANTARA" in text or "(Antara" in text or "(antara" in text:
        text = _DATELINE_RE.sub("", text)
    if text.isascii():
        data = text.encode("ascii")
    else:
        text = _UNICODE_BREAKS_RE.sub(" ", unicodedata.normalize("NFKC", text).lower())
        data = text.encode("utf-8")
    return data.translate(_FOLD_TABLE).split()


def _token_hashes(tokens: list[bytes]) -> np.ndarray:
    cache = _TOKEN_CACHE
    if len(cache) > _TOKEN_CACHE_MAX:
        cache.clear()
    out = []
    append = out.append
    for token in tokens:
        h = cache.get(token)
        if h is None:
            h = cache[token] = _token_hash(token)
        append(h)
    return np.array(out, dtype=np.uint64)


def _features(text: str) -> np.ndarray:
    """64-bit features of a text: word shingles plus weighted (word, number) facts."""
    return _features_from_hashes(_token_hashes(_tokens(text)))


def _fact_features(prev: np.ndarray, fact: np.ndarray) -> np.ndarray:
    pair = _splitmix64(prev * _SHINGLE_MULT + fact + np.uint64(0x5F))
    return _splitmix64(pair[:, None] ^ _FACT_SALTS[None, :]).ravel()


def _features_from_hashes(h: np.ndarray) -> np.ndarray:
    n = h.size
    if n == 0:
        return h
    k = min(SHINGLE_SIZE, n)
    m = n - k + 1
    shingles = h[:m].copy()
    for j in range(1, k):
        shingles = shingles * _SHINGLE_MULT + h[j : j + m]
    shingles = _splitmix64(shingles)

    fact_positions = np.flatnonzero(h & np.uint64(1))
    if fact_positions.size:
        prev = h[np.maximum(fact_positions - 1, 0)]
        shingles = np.concatenate([shingles, _fact_features(prev, h[fact_positions])])
    return shingles  # duplicates are harmless: a minimum does not care


class Signature:
    """A MinHash signature: ``NUM_PERM`` unsigned 32-bit values. Immutable, hashable, comparable."""

    __slots__ = ("_band_keys", "values")

    def __init__(self, values: np.ndarray) -> None:
        values = np.ascontiguousarray(values, dtype=np.uint32)
        if values.shape != (NUM_PERM,):
            raise ValueError(f"a signature has {NUM_PERM} values, got shape {values.shape}")
        values.setflags(write=False)
        self.values = values
        self._band_keys: list[int] | None = None  # computed by ``band_keys`` on first use

    @property
    def is_empty(self) -> bool:
        """True for the signature of a text without words; it is similar to nothing."""
        return bool(np.all(self.values == _EMPTY_VALUE))

    def to_bytes(self) -> bytes:
        """1 version byte + ``NUM_PERM`` little-endian uint32 values (513 bytes)."""
        return bytes([_SIGNATURE_VERSION]) + self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        if len(data) != 1 + 4 * NUM_PERM or data[0] != _SIGNATURE_VERSION:
            raise ValueError(
                f"not a version-{_SIGNATURE_VERSION} signature ({len(data)} bytes); recompute it with signature()"
            )
        return cls(np.frombuffer(data, dtype="<u4", offset=1).astype(np.uint32))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Signature) and bool(np.array_equal(self.values, other.values))

    def __hash__(self) -> int:
        return hash(self.values.tobytes())

    def __repr__(self) -> str:
        return f"Signature({self.values[:4].tolist()}...)"


_SCRATCH = threading.local()


def _minhash(features: np.ndarray) -> np.ndarray:
    if features.size == 0:
        return np.full(NUM_PERM, _EMPTY_VALUE, dtype=np.uint32)
    # One reused (permutations x features) scratch matrix per thread: allocating a fresh ~0.5 MB
    # temporary per call costs more (page faults) than the arithmetic itself.
    scratch = getattr(_SCRATCH, "single", None)
    if scratch is None or scratch.size < NUM_PERM * features.size:
        scratch = _SCRATCH.single = np.empty(NUM_PERM * max(features.size, 1024), dtype=np.uint64)
    block = scratch[: NUM_PERM * features.size].reshape(NUM_PERM, features.size)
    np.multiply(_PERM_A[:, None], features[None, :], out=block)
    np.add(block, _PERM_B[:, None], out=block)
    return (block.min(axis=1) >> np.uint64(32)).astype(np.uint32)


def signature(text: str) -> Signature:
    """MinHash signature of a release text (pass ``title + "\\n\\n" + body``).

    Features are the distinct 4-word shingles of the lower-cased text (an "(ANTARA) -" dateline at the
    start of a paragraph is ignored) plus ``_FACT_WEIGHT`` features per number or month name, keyed by
    the word before it.
    """
    return Signature(_minhash(_features(text)))


def signatures(texts: Iterable[str]) -> np.ndarray:
    """Signatures of many texts as a ``(n, NUM_PERM)`` uint32 array; row i == ``signature(texts[i]).values``.

    Vectorised over batches of texts (one numpy pass per ~8k features instead of ~20 small calls per
    text), about twice as fast as calling ``signature`` in a loop.
    """
    hashes = [_token_hashes(_tokens(t)) for t in texts]
    out = np.empty((len(hashes), NUM_PERM), dtype=np.uint32)
    batch: list[int] = []
    budget = 0
    for i, h in enumerate(hashes):
        if h.size < SHINGLE_SIZE:  # empty or shorter than one shingle: the simple path
            out[i] = _minhash(_features_from_hashes(h))
            continue
        batch.append(i)
        budget += h.size * (1 + _FACT_WEIGHT // 2)
        if budget >= 6000:
            _minhash_batch([hashes[j] for j in batch], out, batch)
            batch, budget = [], 0
    if batch:
        _minhash_batch([hashes[j] for j in batch], out, batch)
    return out


def _minhash_batch(hashes: list[np.ndarray], out: np.ndarray, rows: list[int]) -> None:
    """Same features and values as ``_minhash(_features_from_hashes(h))`` for each h (all >= 1 shingle)."""
    lengths = np.array([h.size for h in hashes])
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    h = np.concatenate(hashes)
    doc_of = np.repeat(np.arange(len(hashes)), lengths)
    k = SHINGLE_SIZE
    m = h.size - k + 1
    shingles = h[:m].copy()
    for j in range(1, k):
        shingles = shingles * _SHINGLE_MULT + h[j : j + m]
    shingles = _splitmix64(shingles)
    valid = doc_of[:m] == doc_of[k - 1 :]  # shingles that do not cross into the next text
    features = [shingles[valid]]
    feature_doc = [doc_of[:m][valid]]
    fact_positions = np.flatnonzero(h & np.uint64(1))
    if fact_positions.size:
        at_start = fact_positions == starts[doc_of[fact_positions]]
        prev = h[np.where(at_start, fact_positions, fact_positions - 1)]
        features.append(_fact_features(prev, h[fact_positions]))
        feature_doc.append(np.repeat(doc_of[fact_positions], _FACT_WEIGHT))
    all_features = np.concatenate(features)
    all_docs = np.concatenate(feature_doc)
    order = np.argsort(all_docs, kind="stable")
    all_features = all_features[order]
    segment_starts = np.searchsorted(all_docs[order], np.arange(len(hashes)))

    # (permutations x features) layout: the per-text minimum is then a reduction over contiguous runs.
    scratch = getattr(_SCRATCH, "batch", None)
    if scratch is None or scratch.size < NUM_PERM * all_features.size:
        scratch = _SCRATCH.batch = np.empty(NUM_PERM * max(all_features.size, 16384), dtype=np.uint64)
    block = scratch[: NUM_PERM * all_features.size].reshape(NUM_PERM, all_features.size)
    np.multiply(_PERM_A[:, None], all_features[None, :], out=block)
    np.add(block, _PERM_B[:, None], out=block)
    mins = np.minimum.reduceat(block, segment_starts, axis=1).T
    out[rows] = (mins >> np.uint64(32)).astype(np.uint32)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two texts' feature sets (0.0 .. 1.0); empty texts score 0."""
    if a.is_empty or b.is_empty:
        return 0.0
    return float(np.count_nonzero(a.values == b.values)) / NUM_PERM


def _band_keys_array(values: np.ndarray) -> np.ndarray:
    """Band keys for a ``(n, NUM_PERM)`` array -> ``(n, NUM_BANDS)`` int64."""
    bands = values[:, : NUM_BANDS * ROWS_PER_BAND].astype(np.uint64).reshape(-1, NUM_BANDS, ROWS_PER_BAND)
    acc = np.broadcast_to(_BAND_SALTS, bands.shape[:2]).copy()
    for r in range(ROWS_PER_BAND):
        acc = _splitmix64(acc * _SHINGLE_MULT + bands[:, :, r])
    return acc.view(np.int64)


def band_keys(sig: Signature) -> list[int]:
    """LSH band keys: ``NUM_BANDS`` signed 64-bit ints; key i belongs to band number i.

    Two signatures are near-duplicate candidates when they share a key in the same band, so a database
    table ``(article_id, band, key)`` with an index on ``(band, key)`` finds them by equality lookups.
    The empty signature has no keys (it must never match).
    """
    if sig._band_keys is None:  # cached: the dedupe step and the store both need them
        sig._band_keys = [] if sig.is_empty else _band_keys_array(sig.values[None, :])[0].tolist()
    return list(sig._band_keys)
