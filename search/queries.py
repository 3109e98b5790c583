"""Search requests: one place that turns an analyst's query and filters into a Meilisearch search.

Filters
-------
User values never reach a filter string unescaped: every value is quoted and its quotes and
backslashes escaped, so ``bnpt" OR source = "x`` is one (non-matching) source name, not a wider query.

Query text (measured on tests/data/relevance, see benchmarks/results/relevance.md)
-----------------------------------------------------------------------------
Meilisearch has no stemming and no per-word OR, and its default ``matchingStrategy: "last"`` treats the
*first* query word as mandatory and drops words from the end. Appending stems after the query
(``mencegah terorisme cegah teror``) therefore still required the inflected ``mencegah`` and missed
"pencegahan terorisme" (morphology nDCG@10 0.35). Each query word has up to three forms: as typed, its
Indonesian stem and its English stem (``search.stemming``). Which one to lead with is decided by the
index itself: one multi-search request (``limit: 0`` per form) returns how many releases each form
matches, and

* the form matching the most releases leads (``mencegah`` → ``cegah``, ``prevents`` → ``prevent``,
  ``terrorism`` → ``terror``), so a root finds every derived form in the stem fields;
* a form matching nothing is dropped: a stemmer mangles typos (``terorsime`` → ``orsime``), while the
  typed word still reaches ``terorisme`` through typo tolerance;
* the other forms that match follow all leading forms, so with ``"last"`` they only raise the rank of
  releases that also contain the exact typed word, they never exclude anything.

Cross-language matching comes from the glossary synonyms, which settings.py also applies to stems
(``cegah`` ↔ ``prevent``). Single-query search keeps the response Meilisearch's own (exact
``totalHits``, facets, ``distinct``); federated multi-search in 1.21 has neither ``page`` nor
``distinct``, so it was not used.

Hybrid and semantic modes embed the query on a worker thread while the count request runs (the two are
independent; see search/hybrid.py), so the count request adds no latency there.

Hybrid: one ranking per language, fused (issue 15)
---------------------------------------------------
Meilisearch's hybrid search scores a keyword match far above a vector-only match, so an English query put
every English release that shares a word with it above the Indonesian release that answers it (the glossary
only bridges the words it lists). A hybrid search therefore runs, in one multi-search request, the query as
it is plus the same query restricted to Indonesian and to English releases, and interleaves the three
rankings by rank (:func:`fuse_rankings`): the best releases of each language reach the first page. The releases
within the first :data:`CONCEPT_POOL_RANKS` of any ranking come first, ordered by how many of the query's concepts
their title, lead and month state (search/coverage.py; the first Indonesian and English releases are often one on
the query's subject and one that also states its place or figure; a release and its translation count what either
states), then by rank; the whole ranking leads among
the rest. The semantic ratio of each list depends on the query's type
(:func:`hybrid_ratios`, chosen on the tuning queries: tuning nDCG@10 0.888 -> 0.898, old set 0.948 -> 0.954):
0.5 when a query word is inflected (its stem matches more releases than the typed word), 0.2 in the list of
the language the query is not written in (:func:`query_language`: a vote of stop words and glossary terms),
else 0.3. The list of the language the query is not written in is searched with the vector of the query's
glossary translation (search/glossary.py :func:`translate_query`: word for word, glossary terms matched as
written or by their stems, names kept) as its vector and its keyword text, and the whole list with the mean
of both vectors: e5's cross-lingual match of a short query is weaker than its match within one language
(tuning nDCG@10 0.898 -> 0.912 with the vector, cross-lingual 0.871 -> 0.886, morphology 0.901 -> 0.928,
old set 0.954 -> 0.966; the keyword text then adds tuning 0.915, cross-lingual 0.896, old set 0.968). The
second embedding runs on another worker thread while the first does, and the translation's word forms are
counted in the query's count request, so it adds little latency. Hits of the other-language list join the fusion only with a
ranking score of at least :data:`OTHER_LANGUAGE_MIN_SCORE` (0.8): searched with a word-for-word translation, or
with the query itself when nothing translated, its weaker hits were releases sharing a single name or word with
the query (chosen on 401 queries of four judged sets: cross-lingual nDCG@10 +0.004 to +0.037 on three of them,
overall unchanged; benchmarks/results/relevance.md). Measured with
benchmarks/bench_relevance.py (tables in benchmarks/results/relevance.md): nDCG@10 on the tuning queries
0.853 -> 0.874, on tests/data/relevance 0.910 -> 0.942 (keyword search is unchanged). Totals, facets and pagination come from the whole
query; fusion applies up to :data:`FUSION_DEPTH` ranks deep (deeper pages use the plain hybrid ranking), and
not when the request filters by language (one language: nothing to fuse).

One more source of the pool (session 11, measured on the hand-written corpora): once the first hit is chosen, the
releases most like it (a similar-documents search on the stored vectors, within the request's filters, at cosine
:data:`RELATED_TO_FIRST` or more) join the pool wherever they ranked, so that the same story's series follows its answer
(pseudo-relevance feedback; it costs one more request of a few milliseconds). The releases stating most of the first
hit's distinctive words (tf-idf over the index: its names, places and figures, written alike in both languages) are
one more such list (:func:`lexically_like`, session 13). After the first hit, the pooled releases are ordered by one
score (:meth:`Feedback.score`, session 14): the concepts they state, plus fitted weights for the feedback lists holding
them, their ranks in the whole list and in the other language's list, their cosine to the first hit and a deduction
in the first hit's own language. A
number the query names ("2,12 persen") is one concept, stated by the same value in either notation
(search/quantities.py).

Both languages
--------------
``group_translations=True`` asks for ``distinct: translation_group``: a release and its translation
come back once (the better-ranked one), and the hit carries ``translation_id``/``translation_url``.
"""

from __future__ import annotations

import time as time_module
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from search.stemming import TOKEN_RE, stem_text

JAKARTA = ZoneInfo("Asia/Jakarta")
SORTS = {"relevance": None, "newest": ["published_at_ts:desc"], "oldest": ["published_at_ts:asc"]}
FACETS = ["source", "language", "year"]
MAX_HITS_PER_PAGE = 1000
RETRIEVED = ["id", "source", "source_name", "language", "title", "url", "published_at", "tags",
             "has_translation", "translation_id", "translation_url", "translation_group", "attachment_pages"]
FUSION_LANGUAGES = ("id", "en")
FUSION_DEPTH = 200  # ranks fused per list; a page reaching deeper uses the plain hybrid ranking
COUNT_CACHE_SECONDS = 300
COUNT_CACHE_SIZE = 10_000
_COUNT_CACHE: dict[tuple[str, str], tuple[float, int]] = {}
_LANGUAGE_WORDS: dict[str, frozenset[str]] | None = None


def quote(value: str) -> str:
    """A Meilisearch filter string literal."""
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def day_start(d: date) -> int:
    return int(datetime.combine(d, time.min, JAKARTA).timestamp())


@dataclass
class SearchRequest:
    q: str = ""
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    since: date | None = None  # inclusive, Asia/Jakarta calendar day
    until: date | None = None  # inclusive
    has_translation: bool | None = None
    edited: bool | None = None  # changed by the agency after publication (change tracking)
    removed: bool | None = None  # taken down from the agency's site
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    mode: str = "keyword"
    group_translations: bool = False  # "both languages": one hit per release and its translation

    def to_dict(self) -> dict:
        d = asdict(self)
        d["since"] = self.since.isoformat() if self.since else None
        d["until"] = self.until.isoformat() if self.until else None
        return d


def build_filter(req: SearchRequest) -> list:
    """Meilisearch filter expression: a list is AND, an inner list is OR."""
    clauses: list = []
    for attr, values in (("source", req.sources), ("language", req.languages), ("tags", req.tags)):
        if values:
            clauses.append([f"{attr} = {quote(v)}" for v in values])
    if req.since:
        clauses.append(f"published_at_ts >= {day_start(req.since)}")
    if req.until:
        clauses.append(f"published_at_ts < {day_start(req.until) + 86400}")
    for attr in ("has_translation", "edited", "removed"):
        value = getattr(req, attr)
        if value is not None:
            clauses.append(f"{attr} = {'true' if value else 'false'}")
    return clauses


def search_params(req: SearchRequest) -> dict:
    """Everything but the query text: filters, facets, page, highlighting, sort, distinct."""
    if req.sort not in SORTS:
        raise ValueError(f"unknown sort {req.sort!r}; use one of {', '.join(SORTS)}")
    params: dict = {
        "filter": build_filter(req),
        "facets": FACETS,
        "page": max(1, req.page),
        "hitsPerPage": max(1, min(req.per_page, MAX_HITS_PER_PAGE)),
        "attributesToHighlight": ["title", "body"],
        "attributesToCrop": ["body"],
        "cropLength": 30,
        "highlightPreTag": "<mark>",
        "highlightPostTag": "</mark>",
        "showRankingScore": True,
        # Match positions say which attachment page matched (search/documents.py); name_matched_pages
        # turns them into ``matched_attachments`` and drops the raw positions from the hit.
        "showMatchesPosition": True,
        "attributesToRetrieve": list(RETRIEVED),
    }
    if SORTS[req.sort]:
        params["sort"] = SORTS[req.sort]
    if req.group_translations:
        params["distinct"] = "translation_group"
    return params


def word_forms(q: str) -> list[list[str]]:
    """Per query word: its distinct forms (as typed, Indonesian stem, English stem), lowercase.

    Not its loanword spelling (search/loanwords.py, "deportation" -> "deportasi"): as a form of the keyword query it
    lowered keyword nDCG@10 on seven of ten sets (news1 0.624 -> 0.603) and left hybrid level (session 12); the
    fusion's concept count uses it instead."""
    words: list[list[str]] = []
    for match in TOKEN_RE.finditer(q or ""):
        token = match.group()
        forms: list[str] = []
        for form in (token.lower(), stem_text(token, "id"), stem_text(token, "en")):
            if form and form not in forms:
                forms.append(form)
        words.append(forms)
    return words


def query_text(q: str, counts: dict[str, int] | None = None) -> str:
    """The query Meilisearch gets: per word the form matching most releases, then the other matching forms.

    ``counts`` maps a form to the number of releases it matches (see :func:`form_counts`). Without
    counts every form counts as matching and the typed word leads (the behaviour before counts existed).
    """
    lead: list[str] = []
    extra: list[str] = []
    unknown: list[str] = []
    for forms in word_forms(q):
        if counts is None:
            ranked = forms
        else:
            ranked = sorted(forms, key=lambda f: -counts.get(f, 0))  # stable: ties keep the typed word first
            ranked = [f for f in ranked if counts.get(f, 0) > 0] or forms[:1]
            if all(counts.get(f, 1) == 0 for f in forms):
                # No release has it in any form: last, where matchingStrategy "last" drops words first,
                # so a leading acronym the archive never uses ("MoU RI Jepang") does not empty the result.
                unknown.append(ranked[0])
                continue
        lead.append(ranked[0])
        extra.extend(ranked[1:])
    out: list[str] = []
    for form in lead + extra + unknown:
        if form not in out:
            out.append(form)
    return " ".join(out)


def form_counts(client, index_uid: str, q: str) -> dict[str, int]:
    """How many releases each form of each query word matches: one multi-search request, no hits.

    Counts are cached per (index, form) for :data:`COUNT_CACHE_SECONDS`: they only steer which form leads,
    so a few minutes' staleness is harmless, and repeated or paged queries skip the extra request.
    """
    return _counts(client, index_uid, sorted({f for fs in word_forms(q) for f in fs}))


def exact_counts(client, index_uid: str, forms: list[str]) -> dict[str, int]:
    """How many releases contain each form exactly (a phrase search: no typo, no prefix, no synonym)."""
    phrases = _counts(client, index_uid, [quote(f) for f in forms])
    return {f: phrases[quote(f)] for f in forms}


def _counts(client, index_uid: str, texts: list[str]) -> dict[str, int]:
    """Matches of each query text (every word required), cached; the uncached ones in one multi-search."""
    now = time_module.monotonic()
    counts = {t: hit[1] for t in texts if (hit := _COUNT_CACHE.get((index_uid, t))) and now - hit[0] < COUNT_CACHE_SECONDS}
    missing = [t for t in texts if t not in counts]
    if missing:
        queries = [{"indexUid": index_uid, "q": t, "limit": 0, "matchingStrategy": "all"} for t in missing]
        for text, result in zip(missing, client.multi_search(queries)["results"]):
            counts[text] = result.get("estimatedTotalHits", 0)
            if len(_COUNT_CACHE) >= COUNT_CACHE_SIZE:
                _COUNT_CACHE.clear()
            _COUNT_CACHE[(index_uid, text)] = (now, counts[text])
    return counts


def clear_count_cache() -> None:
    """Forget cached form counts and index sizes (benchmarks measuring cold requests; tests)."""
    _COUNT_CACHE.clear()
    _DOCUMENT_COUNT.clear()


def fuse_rankings(rankings: list[list[dict]], group: str | None = None,
                  stated: Callable[[dict], int] | None = None, pool_ranks: int = 0,
                  feedback: Feedback | None = None, lead=None) -> list[dict]:
    """Hits of several rankings interleaved by rank: each hit takes its best rank in any ranking; among hits of
    equal best rank, the one stating more of the query's concepts (``stated``, search/coverage.py) comes first,
    then the order of the rankings (the first ranking wins). The hits ranked within the first ``pool_ranks`` of
    any ranking come before all others, ordered by the concepts they state first, then as above: the
    coordination level of lexical search, applied across the languages (see :data:`CONCEPT_POOL_RANKS`). A
    release and its translation, both among the hits, count the concepts either of them states
    (:func:`shared_with_partners`).

    Summing reciprocal ranks instead (RRF) was measured too: every release of a language list is also in the
    whole list, so the sum re-created the whole ranking (tuning nDCG@10 0.858 against 0.875 interleaved).
    With ``group`` (``"translation_group"``) only the best hit of each group is kept, as ``distinct`` does
    within one ranking. With ``feedback`` (once the first hit is chosen) the hits after the first are ordered by
    :meth:`Feedback.score` (:func:`related_after_first`); ``lead`` stays first.
    """
    best: dict = {}
    first: dict = {}
    for order, ranking in enumerate(rankings):
        for rank, hit in enumerate(ranking):
            key = hit["id"]
            if key not in best or (rank, order) < best[key]:
                best[key] = (rank, order)
            first.setdefault(key, hit)
    count = {key: stated(first[key]) if stated else 0 for key in best}
    count = shared_with_partners(count, first)
    fused: list[dict] = []
    seen: set = set()

    def order(key) -> tuple:
        rank, position = best[key]
        return (0, -count[key], rank, position) if rank < pool_ranks else (1, rank, -count[key], position)

    keys = sorted(best, key=order)
    if lead in best:  # the hit chosen first before more candidates joined stays first
        keys.remove(lead)
        keys.insert(0, lead)
    if feedback is not None and keys:
        keys = related_after_first(keys, best, count, feedback, pool_ranks, first)
    for key in keys:
        hit = first[key]
        if group is not None:
            if hit.get(group) in seen:
                continue
            seen.add(hit.get(group))
        fused.append(hit)
    return fused


# Pseudo-relevance feedback: after the fusion has chosen its first hit, a hit among the first hit's nearest releases
# (:data:`SIMILAR_TO_FIRST` of them, stored vectors) at least this similar (cosine) joins the pool wherever it ranked
# and counts :data:`RELATED_BONUS` concepts more. An analyst's query names one story; the releases on the same subject
# (same series, follow-ups) belong right after its answer, before releases that merely share a date or a place with
# it. e5 places releases of one topic in one language at cosine 0.875-0.94 (10th-90th percentile over the fresh
# corpus), releases of different topics at 0.82-0.88. Measured on fresh1-fresh7 with the keyword pool: hybrid
# nDCG@10 higher on six of seven (+0.002 to +0.005). 0 turns it off.
RELATED_TO_FIRST = 0.88
# Session 12: a bonus of 1 only reordered the similar releases that ranked within the pool; most of a series' missing
# releases (grade 1) ranked 10-40 or were in no list. Pooling them measured higher or level on all twelve sets tried
# (news1 0.853 -> 0.873, news3 0.849 -> 0.856, fresh7 0.832 -> 0.841, heldout20 0.964 -> 0.972).
RELATED_POOLED = True
# After the first hit, the pooled hits are ordered by one score: the concepts they state plus what the fusion knows
# of them. The weights were fitted (pairwise logistic regression on the judged pairs of ten tuning sets, 1,060
# queries) and rounded; trained on one hand-written corpus alone they raised the other's sets too (news1-news5 +0.002
# to +0.019 from the fresh corpus's weights). Measured on twenty judged sets: hybrid nDCG@10 higher on 10 (news5 and
# fresh7 +0.018, news1 +0.014), level on 7, lower on tuning (-0.006), fresh1 (-0.003) and fresh3 (-0.002);
# cross-lingual higher on 16 (news5 +0.031, news3 +0.022); the blind news10 0.854 -> 0.869, cross-lingual 0.842 ->
# 0.876 (benchmarks/results/relevance.md, session 14). Until session 13 the order was the concepts plus 2 for a
# feedback list and 1 for agreement, ties by rank: these weights with the last four at 0. To refit them (another
# corpus, another model): benchmarks/fit_fusion_order.py.
RELATED_BONUS = 2.5  # held by a feedback list (like the first hit, like its translation, its distinctive words)
AGREEMENT_BONUS = 2.5  # held by two or more of them: two views agreeing that it is the same story
WHOLE_RANK_WEIGHT = 3.5  # divided by 1 + the hit's rank in the whole index's list
OTHER_RANK_WEIGHT = 2.0  # divided by 1 + its rank in the other language's list (either, language unknown)
# Per unit of cosine to the first hit above COSINE_BASE, for a hit of a vector feedback list (those lists start at
# 0.85 and 0.88): within them, the nearer the same story.
COSINE_WEIGHT = 30.0
COSINE_BASE = 0.85
# A hit in the first hit's own language: e5 puts releases of one language nearer each other (one topic: 0.875-0.94
# within a language, 0.835-0.89 across), so the same story's releases in the other language start lower in every
# list; this evens it out (-1.5 is worth 0.05 of cosine).
SAME_LANGUAGE_WEIGHT = -1.5


@dataclass
class Feedback:
    """What the fusion knows of the hits once it has chosen its first hit (pseudo-relevance feedback)."""

    lists: dict = field(default_factory=dict)  # id -> how many feedback lists hold it
    cosine: dict = field(default_factory=dict)  # id -> its cosine to the first hit (vector feedback lists)
    whole_rank: dict = field(default_factory=dict)  # id -> its rank in the whole index's list
    other_rank: dict = field(default_factory=dict)  # id -> its rank in the other language's list

    def terms(self, key, count: float, language: str | None, first_language: str | None) -> tuple[float, ...]:
        """The score's terms for one hit before weighting, in the order of :func:`score_weights`: ``count``
        (concepts stated), held by a feedback list, by two or more, its whole-list and other-language ranks, its
        cosine to the first hit above :data:`COSINE_BASE`, in the first hit's language."""
        lists = self.lists.get(key, 0)
        return (count, float(lists > 0), float(lists > 1),
                1 / (1 + self.whole_rank[key]) if key in self.whole_rank else 0.0,
                1 / (1 + self.other_rank[key]) if key in self.other_rank else 0.0,
                self.cosine[key] - COSINE_BASE if key in self.cosine else 0.0,
                float(language is not None and language == first_language))

    def score(self, key, count: float, language: str | None, first_language: str | None) -> float:
        """The weighted sum of :meth:`terms` (benchmarks/fit_fusion_order.py fits the weights)."""
        return sum(w * t for w, t in zip(score_weights(), self.terms(key, count, language, first_language)))


def score_weights() -> tuple[float, ...]:
    """The weights of :meth:`Feedback.terms`, read when called (the benchmark sets them per idea)."""
    return (1.0, RELATED_BONUS, AGREEMENT_BONUS, WHOLE_RANK_WEIGHT, OTHER_RANK_WEIGHT, COSINE_WEIGHT,
            SAME_LANGUAGE_WEIGHT)


def related_after_first(keys: list, best: dict, count: dict, feedback: Feedback, pool_ranks: int,
                        hits: dict) -> list:
    """The pooled hits after the first, ordered by :meth:`Feedback.score`, then by rank; with :data:`RELATED_POOLED`
    a hit a feedback list holds is pooled wherever it ranked. The hits outside the pool keep their order."""
    top = keys[0]
    pooled = [k for k in keys[1:] if best[k][0] < pool_ranks or (RELATED_POOLED and feedback.lists.get(k))]
    in_pool = set(pooled)
    rest = [k for k in keys[1:] if k not in in_pool]
    first_language = hits[top].get("language")

    def order(key) -> tuple:
        return (-feedback.score(key, count[key], hits[key].get("language"), first_language), best[key][0],
                best[key][1])

    return [top, *sorted(pooled, key=order), *rest]


def shared_with_partners(count: dict, hits: dict) -> dict:
    """Each release's count of concepts stated, raised to its translation partner's when the partner is among the
    fused hits: a release and its translation state the same facts, but the glossary bridges only some of the
    words, so one of the two often states fewer of the query's concepts than the other (an English query's place
    and figure found in the Indonesian lead, but not matched in the English one). Measured on the seventeen
    tuning sets: hybrid nDCG@10 higher on all seventeen, mean 0.916 -> 0.929 (benchmarks/results/relevance.md,
    session 9)."""
    shared = dict(count)
    for key, hit in hits.items():
        partner = hit.get("translation_id")
        if partner in count:
            shared[key] = max(count[key], count[partner])
    return shared


def _language_words() -> dict[str, frozenset[str]]:
    """Words that say which language a query is in: each language's stop words and glossary terms."""
    global _LANGUAGE_WORDS
    if _LANGUAGE_WORDS is None:
        from importlib import resources

        from search.glossary import load_glossary

        words: dict[str, set[str]] = {"id": set(), "en": set()}
        lang = "id"
        for line in resources.files("search").joinpath("stopwords.txt").read_text(encoding="utf-8").splitlines():
            line = line.strip().lower()
            if line.startswith("#"):
                lang = "en" if line.lstrip("# ").startswith("english") else lang
            elif line:
                words[lang].add(line)
        for indonesian, english in load_glossary():
            words["id"].update(indonesian.split())
            words["en"].update(english.replace("-", " ").split())
        shared = words["id"] & words["en"]  # "media", "program": no evidence either way
        _LANGUAGE_WORDS = {k: frozenset(v - shared) for k, v in words.items()}
    return _LANGUAGE_WORDS


def query_language(q: str) -> str | None:
    """'id' or 'en' when the query's words say so (stop words, glossary terms, English-only endings), else None.

    A cheap vote, no model: queries are a few words, too short for a language detector.
    """
    lists = _language_words()
    votes = {"id": 0, "en": 0}
    for match in TOKEN_RE.finditer(q or ""):
        word = match.group().lower()
        for lang in votes:
            votes[lang] += word in lists[lang]
        if word not in lists["id"] and word not in lists["en"] and word.endswith(("ing", "tion", "ed", "ies")):
            votes["en"] += 1
    if votes["id"] == votes["en"]:
        return None
    return "id" if votes["id"] > votes["en"] else "en"


def is_inflected(q: str, counts: dict[str, int]) -> bool:
    """Whether a query word is an inflected form: its stem (see :func:`query_text`) matches more releases than
    the word as typed, as ``mengevakuasi`` (-> ``evakuasi``) or ``deploying`` (-> ``deploy``) do."""
    for forms in word_forms(q):
        if len(forms) > 1 and max(counts.get(f, 0) for f in forms[1:]) > counts.get(forms[0], 0):
            return True
    return False


INFLECTED_RATIO = 0.5  # every list of a query with an inflected word
OTHER_LANGUAGE_RATIO = 0.2  # the list of the language the query is not written in
# Only hits of that list scoring at least this (Meilisearch's ``rankingScoreThreshold``) join the fusion: it is
# searched with a word-for-word translation or none, so its weak hits are releases sharing one name or word.
OTHER_LANGUAGE_MIN_SCORE: float | None = 0.8


def hybrid_ratios(q: str, counts: dict[str, int]) -> dict[str, float]:
    """The semantic ratio of each fused list (``all``, ``id``, ``en``) by query type (module docstring).

    A query with an inflected word gets :data:`INFLECTED_RATIO` (the vector knows ``mengevakuasi`` and
    ``evacuation`` are one thing, the stem fields only reach the same language); in the list of the language
    the query is *not* written in, keyword matches come from the glossary alone, and
    :data:`OTHER_LANGUAGE_RATIO` lets those few exact matches lead over merely similar releases.
    """
    from search.hybrid import HYBRID_RATIO

    base = INFLECTED_RATIO if is_inflected(q, counts) else HYBRID_RATIO
    ratios = {"all": base, "id": base, "en": base}
    lang = query_language(q)
    if lang is not None:
        ratios["en" if lang == "id" else "id"] = OTHER_LANGUAGE_RATIO
    return ratios


def embedding_text(q: str) -> str:
    """The query as the embedding model reads it: abbreviations in their long form, in the query's language
    ("banjir jabar" -> "banjir jawa barat"; the model knows the province, not its short form)."""
    from search.abbreviations import expand_abbreviations

    return expand_abbreviations(q, query_language(q))


def other_language(q: str, translation: Translation | None) -> str | None:
    """The language the query is not written in ('id'/'en'), None when the query's language is unknown."""
    if translation is not None:
        return translation.language
    lang = query_language(q)
    return None if lang is None else ("en" if lang == "id" else "id")


def fusion_applies(req: SearchRequest, q: str) -> bool:
    """Whether a hybrid request is answered by per-language fusion (see module docstring)."""
    return (req.mode == "hybrid" and len(q.split()) >= 2 and not req.languages and req.sort == "relevance"
            and max(1, req.page) * max(1, min(req.per_page, MAX_HITS_PER_PAGE)) <= FUSION_DEPTH)


@dataclass
class Translation:
    """A query's glossary translation (module docstring), for the list of the other language's releases."""

    language: str  # the language the translation is written in (the other list's language)
    query: str
    vector: Future  # its embedding, under way on a worker thread
    text: str = ""  # its keyword text (:func:`query_text`), set by :func:`translation_counts`


def start_translation(req: SearchRequest, q: str) -> Translation | None:
    """Translate ``q`` through the glossary and start embedding the translation, when fusion will use it: a
    hybrid request answered by per-language fusion, a query whose language is known and holds a glossary term."""
    from search.glossary import translate_query
    from search.hybrid import start_embedding

    language = query_language(q) if fusion_applies(req, q) else None
    translation = translate_query(TOKEN_RE.findall(q), language) if language else None
    if not translation:
        return None
    return Translation("en" if language == "id" else "id", translation, start_embedding(translation))


def translation_counts(client, index_uid: str, q: str, translation: Translation | None) -> dict[str, int]:
    """:func:`form_counts` of the query and of its translation in one request; sets ``translation.text``."""
    counts = form_counts(client, index_uid, f"{q} {translation.query}" if translation else q)
    if translation is not None:
        translation.text = query_text(translation.query, counts)
    return counts


def fused_hybrid_search(client, index_uid: str, req: SearchRequest, q: str, text: str, params: dict,
                        pending, ratios: dict[str, float] | None = None,
                        translation: Translation | None = None) -> dict | None:
    """The hybrid response with hits fused across languages; None when hybrid search is unavailable (the caller
    then answers through ``mode_search``, which says why)."""
    from meilisearch.errors import MeilisearchApiError

    from search.embeddings import EMBEDDER_NAME, mean_vector
    from search.hybrid import HYBRID_RATIO

    vector = pending.result() if pending is not None else None
    if vector is None:
        return None
    per_page = params["hitsPerPage"]
    depth = params["page"] * per_page
    ratios = ratios or {}
    vectors, texts = {"all": vector, "id": vector, "en": vector}, {"id": text, "en": text}
    other = translation.vector.result() if translation is not None else None
    if other is not None:
        vectors.update({"all": mean_vector([vector, other]), translation.language: other})
        texts[translation.language] = translation.text or translation.query

    def hybrid(key: str) -> dict:
        return {"embedder": EMBEDDER_NAME, "semanticRatio": ratios.get(key, HYBRID_RATIO)}

    whole = dict(params, q=text, indexUid=index_uid, vector=vectors["all"], page=1,
                 hitsPerPage=max(depth, CONCEPT_POOL_RANKS),
                 hybrid=hybrid("all"), attributesToRetrieve=[*params["attributesToRetrieve"], *COVERAGE_FIELDS])
    lists = [dict(whole, filter=[*params["filter"], f"language = {quote(lang)}"], facets=[], hybrid=hybrid(lang),
                  vector=vectors[lang], q=texts[lang]) for lang in FUSION_LANGUAGES]
    other = other_language(q, translation)
    if other is not None and OTHER_LANGUAGE_MIN_SCORE is not None:
        lists[FUSION_LANGUAGES.index(other)]["rankingScoreThreshold"] = OTHER_LANGUAGE_MIN_SCORE
    if KEYWORD_POOL_RANKS:
        keyword = {k: v for k, v in whole.items() if k not in ("vector", "hybrid")}
        lists.append(dict(keyword, facets=[], page=1, hitsPerPage=KEYWORD_POOL_RANKS))
    try:
        results = client.multi_search([whole, *lists])["results"]
    except MeilisearchApiError:
        return None  # e.g. no vectors in the index: mode_search falls back to keyword and says so
    response = results[0]
    by_id = {hit["id"]: hit for hit in response["hits"]}  # the whole query's hits carry highlights
    rankings = [r["hits"] for r in results]
    bodies = pooled_bodies(client, index_uid, rankings) if BODY_CONCEPTS else {}
    group = "translation_group" if req.group_translations else None
    stated = concepts_stated_by(q, bodies)
    fused = fuse_rankings(rankings, group=group, stated=stated, pool_ranks=CONCEPT_POOL_RANKS)
    if SIMILAR_TO_FIRST and RELATED_TO_FIRST and fused:
        first = fused[0]["id"]
        similar = similar_to_first(client, index_uid, first, params)
        partner = fused[0].get("translation_id")
        if SIMILAR_TO_PARTNER and partner:
            similar = [*similar, *similar_to_first(client, index_uid, partner, params)]
        other = {"id": "en", "en": "id"}.get(fused[0].get("language"))
        if SIMILAR_OTHER_LANGUAGE and other:
            similar = [*similar, *similar_to_first(client, index_uid, first, params, language=other,
                                                   cosine=OTHER_LANGUAGE_RELATED, limit=SIMILAR_OTHER_LANGUAGE)]
        if SIMILAR_SAME_SOURCE and fused[0].get("source"):
            similar = [*similar, *similar_to_first(client, index_uid, first, params, source=fused[0]["source"],
                                                   cosine=SAME_SOURCE_RELATED, limit=SIMILAR_SAME_SOURCE)]
        lexical = lexically_like(client, index_uid, fused[0], bodies.get(first), params) if LEXICAL_TERMS else []
        feedback = list_ranks(rankings, other_language(q, translation))
        for hit in similar:
            feedback.cosine[hit["id"]] = max(feedback.cosine.get(hit["id"], -1.0), 2 * hit.get("_rankingScore", 0.0) - 1)
        for hit in [*similar, *lexical]:
            feedback.lists[hit["id"]] = feedback.lists.get(hit["id"], 0) + 1
        similar = sorted({hit["id"]: hit for hit in similar}.values(), key=lambda hit: -feedback.cosine[hit["id"]])
        fused = fuse_rankings([*rankings, similar, lexical], group=group, stated=stated,
                              pool_ranks=CONCEPT_POOL_RANKS, feedback=feedback, lead=first)
    start = (params["page"] - 1) * per_page
    hits = [by_id.get(hit["id"], hit) for hit in fused[start:start + per_page]]
    for hit in hits:
        hit.pop("lead", None)  # read by the fusion only
    response.update(hits=hits, page=params["page"], hitsPerPage=per_page, mode="hybrid")
    response.pop("indexUid", None)
    total = response.get("totalHits", 0)
    response["totalPages"] = -(-total // per_page) if total else 0
    return response


def list_ranks(rankings: list[list[dict]], other: str | None) -> Feedback:
    """Each hit's rank in the whole index's list (``rankings[0]``) and in the other language's list (the lists
    follow in :data:`FUSION_LANGUAGES` order; with the query's language unknown, its better rank in either)."""
    feedback = Feedback(whole_rank={hit["id"]: rank for rank, hit in enumerate(rankings[0])})
    languages = [other] if other in FUSION_LANGUAGES else list(FUSION_LANGUAGES)
    for language in languages:
        for rank, hit in enumerate(rankings[1 + FUSION_LANGUAGES.index(language)]):
            feedback.other_rank[hit["id"]] = min(rank, feedback.other_rank.get(hit["id"], rank))
    return feedback


COVERAGE_FIELDS = ("lead",)  # what the fusion reads of a hit besides its title (search/documents.py)
# The releases within the first 10 of any fused ranking are ordered by the query concepts they state before rank
# (tuning sets v1-v12: hybrid nDCG@10 +0.004 to +0.027 overall over ordering ties only; pools of 3 and 20 ranks
# measured too, benchmarks/results/relevance.md). A fixed number of ranks, not the page size, so that every page
# size shows the same order.
CONCEPT_POOL_RANKS = 10
# The first ranks of a keyword-only search of the whole index can join the pool too: a release that states most of
# the query's words in a later paragraph can be missing from all three hybrid lists, whose vector half prefers releases
# *about* the query's subject ("kas keliling pakai kapal TNI AL ke pulau terluar": the cash-for-Eid release says so in
# its last paragraph). Measured on fresh1-fresh7 before the similar-documents rule: 5 ranks higher on all seven
# (+0.003 to +0.025). With that rule it no longer paid: fresh1 +0.002, fresh5 +0.012, fresh7 +0.005, but news1 -0.007,
# news3 -0.007, news5 +0.002, for 60-90 ms more per hybrid query (Meilisearch runs a multi-search's queries one after
# the other, and a keyword query with the glossary synonyms is the slow part). Off; kept as a measured setting
# (benchmarks/results/relevance.md, session 11).
KEYWORD_POOL_RANKS = 0


# A concept stated in the title or lead counts twice, one stated only further down the body once (fresh corpus,
# where releases state details anywhere: fresh1 0.879 -> 0.896, fresh3 0.874 -> 0.886; the lead alone, or the
# body alone, measured lower; benchmarks/results/relevance.md, session 10).
BODY_CONCEPTS = True


SIMILAR_TO_FIRST = 10  # releases "more like" the first hit asked for; 0: none
# Also the releases most like the first hit's translation, when it has one: e5 puts a release nearer to other
# releases of its own language (same topic, other language: cosine 0.84-0.89), so the series in the other language
# comes through the partner. Measured on fresh1-fresh7 and news1-news4: higher or level on all eleven (+0.002 to
# +0.008), one more request of a few milliseconds.
SIMILAR_TO_PARTNER = True
# And the releases of the other language most like the first hit (a similar-documents search filtered to that
# language), at a lower cosine: one topic across the two languages sits at 0.835-0.89 (10th-90th percentile over the
# fresh corpus), since e5 puts a release nearer to its own language. Measured on fresh1-fresh7 and news1-news4: higher
# on all eleven (+0.001 to +0.010; cross-lingual up to +0.019); a threshold of 0.83 gave the same. 0 asks for none.
SIMILAR_OTHER_LANGUAGE = 5
OTHER_LANGUAGE_RELATED = 0.85
# The first hit's agency's releases most like it (a similar-documents search filtered to its source) as one more
# feedback list: measured, off. +0.004 to +0.011 on five sets but -0.003 on heldout20, and the series corpus, where it
# helped, has 1-3 topics per agency, so "same agency" there is nearly "same topic", which a real archive's agencies
# are not (benchmarks/results/relevance.md, session 12). Kept so the benchmark can measure it again.
SIMILAR_SAME_SOURCE = 0
SAME_SOURCE_RELATED = 0.80


def similar_to_first(client, index_uid: str, first, params: dict, language: str | None = None,
                     cosine: float | None = None, limit: int | None = None, source: str | None = None) -> list[dict]:
    """The releases most similar to the first fused hit (Meilisearch's similar-documents search on the stored
    vectors, within the request's filters) that are at least :data:`RELATED_TO_FIRST` similar to it, each with its
    ``_rankingScore`` ((1 + cosine) / 2 for a vector match). A story's series shares few words with a question about
    one of its details, so the fused lists may hold none of it. No vector is sent back: the score says the
    similarity, and reading vectors back gave the same rankings for a larger response."""
    from meilisearch.errors import MeilisearchApiError

    from search.embeddings import EMBEDDER_NAME

    threshold = (1 + (RELATED_TO_FIRST if cosine is None else cosine)) / 2
    filters = [*params["filter"], f"language = {quote(language)}"] if language else list(params["filter"])
    if source:
        filters.append(f"source = {quote(source)}")
    try:
        found = client.index(index_uid).get_similar_documents({
            "id": first, "embedder": EMBEDDER_NAME, "limit": limit or SIMILAR_TO_FIRST, "filter": filters,
            "attributesToRetrieve": [*params["attributesToRetrieve"], *COVERAGE_FIELDS], "showRankingScore": True,
            "rankingScoreThreshold": threshold})
    except MeilisearchApiError:
        return []  # e.g. the first hit has no vector
    return [hit for hit in found.get("hits", []) if hit.get("_rankingScore", 0.0) >= threshold]


# Lexical feedback (session 13): the first hit's most distinctive words (tf-idf over the index: the names, places,
# figures and programme it reports on) are one more feedback list, Lucene's "more like this". Within the vector
# feedback lists, a release's full tf-idf similarity to the first hit separates same-subject releases from the others
# better than e5's cosine does (AUC against the 30 hardest non-relevant releases: series corpus 0.946 against 0.913,
# fresh corpus 0.952 against 0.930), and names and figures are written alike in both languages, so the list reaches
# the other language too. Measured with 15 words and a share of 0.2: hybrid nDCG@10 higher on 13 of 16 sets (+0.001 to
# +0.013; news8 and tuning -0.001; cross-lingual mixed) for two more requests, ~18 ms (benchmarks/results/relevance.md,
# session 13). 0: none.
LEXICAL_TERMS = 15
LEXICAL_MIN_SCORE = 0.2  # the share of those words' weight (inverse document frequency) a release must state
LEXICAL_LIMIT = 10  # releases in the lexical feedback list
LEXICAL_WORD_LIMIT = 100  # releases read per word: a word in more releases says little of any of them
# Words of the first hit read (title, lead, body, in order): each distinct word is one count in a multi-search, so a
# release of thousands of words must not turn into thousands of counts (Lucene's "more like this" caps it too).
LEXICAL_TEXT_WORDS = 400
_DOCUMENT_COUNT: dict[str, tuple[float, int]] = {}


def distinctive_words(client, index_uid: str, text: str, limit: int) -> dict[str, float]:
    """The ``limit`` words of ``text`` with the highest tf-idf over the index, each with its inverse document
    frequency, read from the first :data:`LEXICAL_TEXT_WORDS` words. Stop words and words of fewer than three letters
    are left out, and so is a word no other release has: it says nothing of other releases. Document frequencies are
    the cached exact counts of :func:`exact_counts`, so a first hit seen again costs no request."""
    import math
    from collections import Counter
    from itertools import islice

    from search.coverage import _stop_words

    stop = _stop_words()
    tokens = (m.group().lower() for m in islice(TOKEN_RE.finditer(text or ""), LEXICAL_TEXT_WORDS))
    tf = Counter(w for w in tokens if len(w) >= 3 and w not in stop)
    df = exact_counts(client, index_uid, sorted(tf)) if tf else {}
    shared = [w for w in tf if df.get(w, 0) >= 2]
    if not shared:
        return {}
    total = document_count(client, index_uid)
    idf = {w: math.log((total + 1) / df[w]) for w in shared}
    ranked = sorted(shared, key=lambda w: (-(1 + math.log(tf[w])) * idf[w], w))[:limit]
    return {w: idf[w] for w in ranked}


def document_count(client, index_uid: str) -> int:
    """The index's number of releases, cached like the form counts."""
    now = time_module.monotonic()
    cached = _DOCUMENT_COUNT.get(index_uid)
    if cached is None or now - cached[0] >= COUNT_CACHE_SECONDS:
        cached = _DOCUMENT_COUNT[index_uid] = (now, client.index(index_uid).get_stats().number_of_documents)
    return cached[1]


def lexically_like(client, index_uid: str, hit: dict, body: str | None, params: dict) -> list[dict]:
    """The releases stating the largest share of ``hit``'s distinctive words (:data:`LEXICAL_TERMS` of them, each
    weighing its inverse document frequency), at least :data:`LEXICAL_MIN_SCORE` of it, within the request's
    filters, best first, ``hit`` itself left out; ``_rankingScore`` is the share. Meilisearch has no OR of words
    (``matchingStrategy`` ``last`` requires the first word, ``frequency`` the rarest), so each word is one query of
    a multi-search and the shares are summed here."""
    from meilisearch.errors import MeilisearchApiError

    try:
        words = distinctive_words(client, index_uid, f"{hit.get('title') or ''} {hit.get('lead') or ''} {body or ''}",
                                  LEXICAL_TERMS)
        if not words:
            return []
        fields = [*params["attributesToRetrieve"], *COVERAGE_FIELDS]
        found = client.multi_search([{"indexUid": index_uid, "q": quote(w), "filter": params["filter"],
                                      "limit": LEXICAL_WORD_LIMIT, "attributesToRetrieve": fields} for w in words])
    except MeilisearchApiError:
        return []  # feedback is a refinement: the fused ranking stands without it
    weight = sum(words.values())
    share: dict = {}
    hits: dict = {}
    for word, result in zip(words, found["results"]):
        for other in result.get("hits", []):
            share[other["id"]] = share.get(other["id"], 0.0) + words[word] / weight
            hits.setdefault(other["id"], other)
    ranked = sorted((key for key in share if key != hit["id"] and share[key] >= LEXICAL_MIN_SCORE),
                    key=lambda key: -share[key])[:LEXICAL_LIMIT]
    return [dict(hits[key], _rankingScore=share[key]) for key in ranked]


def pooled_bodies(client, index_uid: str, rankings: list[list[dict]]) -> dict:
    """The indexed body of every hit within the first :data:`CONCEPT_POOL_RANKS` of any ranking, in one request:
    only those are ordered by concepts stated, and fetching them keeps the search lists' payload small (a page
    deep in the results fuses up to :data:`FUSION_DEPTH` hits per list)."""
    from meilisearch.errors import MeilisearchApiError

    ids = list(dict.fromkeys(hit["id"] for ranking in rankings for hit in ranking[:CONCEPT_POOL_RANKS]))
    if not ids:
        return {}
    try:
        found = client.index(index_uid).get_documents({"ids": ids, "fields": ["id", "body"], "limit": len(ids)})
    except MeilisearchApiError:
        return {}  # counted on title and lead alone, as before bodies were read
    return {doc.id: getattr(doc, "body", "") or "" for doc in found.results}


def concepts_stated_by(q: str, bodies: dict | None = None) -> Callable[[dict], int]:
    """How many of ``q``'s concepts a hit states in its title, lead or publication month (search/coverage.py),
    plus, where ``bodies`` holds the hit's body, how many it states anywhere in title, body or month: a concept in
    the title or lead counts twice, one further down once (:data:`BODY_CONCEPTS`). Without its body a hit counts
    its lead twice.

    The fusion orders its first ranks by it (:data:`CONCEPT_POOL_RANKS`, benchmarks/results/relevance.md): the
    first releases of the two language lists are often one on the query's subject that misses its particular fact
    (a place, a figure) and one that states it; by rank alone the list order decided. The lead alone missed facts
    that real releases state in a later paragraph ("dibantu 66 ribu prajurit TNI melalui Operasi Mantap Brata").
    """
    from search.coverage import concept_forms, stated_concepts
    from search.documents import published_words

    concepts = concept_forms(q)
    bodies = bodies or {}

    def stated(hit: dict) -> int:
        published = hit.get("published_at")
        month = published_words(datetime.fromisoformat(published)) if published else ""
        title = hit.get("title") or ""
        lead = stated_concepts(concepts, f"{title} {hit.get('lead') or ''} {month}")
        body = bodies.get(hit.get("id"))
        return lead + (stated_concepts(concepts, f"{title} {body} {month}") if body is not None else lead)

    return stated


def name_matched_pages(result: dict) -> dict:
    """Give each hit ``matched_attachments``: the attachment pages (file URL, title, page) whose text
    matched the query, empty when the release's own text matched. The raw match positions and the list
    of every indexed page are dropped: a hit carries only what an analyst reads."""
    from search.documents import matched_attachment_pages

    for hit in result.get("hits", []):
        hit["matched_attachments"] = [
            {"url": ref["url"], "title": ref.get("title"), "page": ref["page"]} for ref in matched_attachment_pages(hit)
        ]
        hit.pop("_matchesPosition", None)
        hit.pop("attachment_pages", None)
    return result


def run_search(client, index_uid: str, req: SearchRequest) -> dict:
    """Execute a search; returns Meilisearch's response (hits, facetDistribution, totalHits …), each hit
    with ``matched_attachments``, and ``correctedQuery`` when a typo was corrected (search/spelling.py)."""
    from search.spelling import correct_query

    params = search_params(req)  # validates the sort before any work starts
    typed = (req.q or "").strip()
    q = correct_query(typed, lambda forms: exact_counts(client, index_uid, forms))
    result = name_matched_pages(_run_search(client, index_uid, req, q, params))
    if q != typed:
        result["correctedQuery"] = q
    return result


def _run_search(client, index_uid: str, req: SearchRequest, q: str, params: dict) -> dict:
    if req.mode != "keyword":  # hybrid / semantic, with keyword fallback (search/hybrid.py)
        from search.hybrid import mode_search, start_query_vector

        # The model reads abbreviations spelled out (search/abbreviations.py); the embedding overlaps the
        # count request below.
        pending = start_query_vector(req.mode, q, embedding_text(q))
        translation = start_translation(req, q) if pending is not None else None
        counts = translation_counts(client, index_uid, q, translation) if q else {}
        text = query_text(q, counts) if q else ""
        if fusion_applies(req, q):
            fused = fused_hybrid_search(client, index_uid, req, q, text, params, pending, hybrid_ratios(q, counts),
                                        translation)
            if fused is not None:
                return fused
        return mode_search(client, index_uid, req.mode, q, text, params, pending=pending)
    text = query_text(q, form_counts(client, index_uid, q)) if q else ""
    return client.index(index_uid).search(text, params)
