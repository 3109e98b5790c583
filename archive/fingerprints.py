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
(no use of Python's randomised ``hash``), so signatures and band keys can be stored in the database.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Hashable, Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from w3lib.url import canonicalize_url as _w3lib_canonicalize_url

__all__ = [
    "NEAR_DUPLICATE_THRESHOLD",
    "NUM_BANDS",
    "NUM_PERM",
    "ROWS_PER_BAND",
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

# ---------------------------------------------------------------------------------------------------
# URLs
# ---------------------------------------------------------------------------------------------------

# Query parameters that never select content; matched case-insensitively.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "referrer",
        "amp",
        "_ga",
        "_gl",
        "__twitter_impression",
    }
)
_TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# "mailto:", "javascript:", "https:" - but not "bnpb.go.id:8080" (a host and port without a scheme).
_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+-]*):(?!\d)")


def _is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """Return the one spelling of a release URL used as the archive's key.

    - scheme: ``http`` and ``https`` both become ``https`` (agencies serve the same page on both);
    - host: lower-cased, ``www.`` dropped, default port dropped;
    - path: percent-encoding normalised (w3lib), a leading ``index.php`` front-controller segment
      removed (``/index.php/berita/x`` is ``/berita/x``), a trailing ``/amp`` variant removed, and
      no trailing slash except for the root ``/``;
    - query: tracking parameters (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``ref``, ``amp`` ...)
      dropped, the rest sorted; fragment dropped.

    A URL without a scheme (``bnpb.go.id/berita/x``) is read as https. Other schemes raise
    ``ValueError``.
    """
    url = url.strip()
    if not url:
        raise ValueError("empty URL")
    explicit = _SCHEME_RE.match(url)
    if explicit is None:
        url = "https://" + url.lstrip("/")
    scheme = explicit.group(1).lower() if explicit else "https"
    if scheme not in _DEFAULT_PORTS:
        raise ValueError(f"not an http(s) URL: {url!r}")

    # w3lib: percent-encoding, IDNA host, sorted query, fragment dropped.
    parts = urlsplit(_w3lib_canonicalize_url(url, keep_fragments=False))

    host = (parts.hostname or "").lower().rstrip(".")
    host = host.removeprefix("www.")
    netloc = host
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        netloc = f"{host}:{parts.port}"

    segments = [s for s in parts.path.split("/") if s]
    if segments and segments[0].lower() == "index.php":
        segments = segments[1:]
    if segments and segments[-1].lower() == "amp":
        segments = segments[:-1]
    path = "/" + "/".join(segments)

    query_pairs = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking_param(k)
    ]
    query = urlencode(sorted(query_pairs), doseq=False)
    return urlunsplit(("https", netloc, path, query, ""))


# ---------------------------------------------------------------------------------------------------
# Exact content hash
# ---------------------------------------------------------------------------------------------------

_WHITESPACE_RE = re.compile(r"\s+")


def _fold_char(ch: str) -> str:
    category = unicodedata.category(ch)
    if category == "Cf":  # zero-width spaces, soft hyphens, BOM: invisible, drop
        return ""
    if category[0] in "PSZ":  # punctuation, symbols, separators
        return " "
    return ch


class _FoldTable(dict):
    """``str.translate`` table computing ``_fold_char`` once per distinct character.

    Folding character by character in a Python generator cost ~2 ms per release (4,000 calls); this
    table does the same mapping in C after each character's first sighting. Characters are few (a
    few hundred distinct ones in the whole archive), so the cache stays small.
    """

    def __missing__(self, code: int) -> str:
        if len(self) > 50_000:  # a text made to grow it (every code point once): start over
            self.clear()
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def normalize_for_hash(text: str) -> str:
    """Fold text so that cosmetic differences do not change its hash.

    NFKC, case-folded, invisible format characters removed, punctuation and symbols turned into
    spaces, whitespace runs (including paragraph breaks) collapsed to one space, stripped.
    """
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    return _WHITESPACE_RE.sub(" ", text).strip()


def content_hash(title: str, body: str) -> str:
    """sha256 hex digest of the normalised title and body (a unit separator keeps them apart)."""
    payload = normalize_for_hash(title) + "\x1f" + normalize_for_hash(body)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------------------
# Near-duplicate signatures (MinHash over word shingles)
# ---------------------------------------------------------------------------------------------------

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


# In memory, band keys are cut to 60 bits: a CPython int up to 2**60 takes 32 bytes instead of 36-40,
# which is ~0.2 GB over the 20M keys of a 1M-release index; the extra collisions (2**-60) are harmless.
_KEY_MASK = (1 << 60) - 1


class NearDuplicateIndex:
    """In-memory LSH index over signatures: the same banding as ``band_keys``, for tests and batch jobs.

    >>> index = NearDuplicateIndex()
    >>> index.add("a", signature("teks siaran pers ..."))
    >>> index.find(signature("Jakarta (ANTARA) - teks siaran pers ..."))  # [("a", 1.0)]
    """

    def __init__(self) -> None:
        self._ids: list[Hashable] = []
        self._positions: dict[Hashable, int] = {}
        self._values = np.empty((1024, NUM_PERM), dtype=np.uint32)
        # One dict per band: key -> position, or list of positions once a key is shared.
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(NUM_BANDS)]

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._positions

    def add(self, doc_id: Hashable, sig: Signature) -> None:
        """Index ``sig`` under ``doc_id``. An id can be added once; empty signatures are not indexed."""
        if doc_id in self._positions:
            raise ValueError(f"document {doc_id!r} is already in the index")
        pos = len(self._ids)
        if pos == self._values.shape[0]:
            grown = np.empty((pos * 2, NUM_PERM), dtype=np.uint32)
            grown[:pos] = self._values
            self._values = grown
        self._values[pos] = sig.values
        self._ids.append(doc_id)
        self._positions[doc_id] = pos
        for bucket, key in zip(self._buckets, band_keys(sig)):
            key &= _KEY_MASK
            found = bucket.get(key)
            if found is None:
                bucket[key] = pos
            elif isinstance(found, list):
                found.append(pos)
            else:
                bucket[key] = [found, pos]

    def _candidate_positions(self, sig: Signature) -> set[int]:
        positions: set[int] = set()
        for bucket, key in zip(self._buckets, band_keys(sig)):
            found = bucket.get(key & _KEY_MASK)
            if found is None:
                continue
            if isinstance(found, list):
                positions.update(found)
            else:
                positions.add(found)
        return positions

    def candidates(self, sig: Signature) -> set[Hashable]:
        """Ids sharing at least one band key with ``sig`` (a superset-ish of its near-duplicates)."""
        return {self._ids[p] for p in self._candidate_positions(sig)}

    def find(
        self, sig: Signature, threshold: float = NEAR_DUPLICATE_THRESHOLD
    ) -> list[tuple[Hashable, float]]:
        """Candidates whose estimated similarity is >= ``threshold``, best first (ties by insertion order)."""
        positions = sorted(self._candidate_positions(sig))
        if not positions:
            return []
        sims = np.count_nonzero(self._values[positions] == sig.values[None, :], axis=1) / NUM_PERM
        order = np.argsort(-sims, kind="stable")
        return [(self._ids[positions[i]], float(sims[i])) for i in order if sims[i] >= threshold]
