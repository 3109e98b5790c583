"""Which releases are translations of each other: links first, then the text evidence and the vectors,
within a source and then across sources; only clear winners are paired.

An unsure case stays unpaired: a missing pair is a gap an analyst can live with, a wrong pair is a false
statement.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from archive.pairing import semantic
from archive.pairing.candidates import Pair, PairCandidate
from archive.pairing.evidence import Features, features, signals
from archive.pairing.links import excluded, link_pairs

# Chosen on tests/data/translation_pairs.json (links and ids removed, even with a one-year window; see
# tests/unit/test_pairing.py and benchmarks/results/pairing.md). Text evidence alone: the 54 true pairs
# score 0.57–0.87, the best wrong candidate of any release 0.43 at most. With vectors the gap stays
# (the semantic signal is high for most candidates of a release, so it moves true and wrong ones alike);
# 0.5 sits in the middle of the gap. The margin is what keeps same-template releases (monthly BI rate
# decisions, monthly reserve figures), two stories on one event or duplicate copies from being guessed
# when their content does not tell them apart.
PAIR_THRESHOLD = 0.5
PAIR_MARGIN = 0.1
# A news service republishes an agency's release the same day or within a few days.
CROSS_SOURCE_DAYS = 3

# Weights of the signals. A signal only counts when there is evidence for it, and the score is the
# weighted mean of the signals that count.
WEIGHTS: Mapping[str, float] = {
    # Numbers are the strongest language-independent evidence and what separates template releases
    # ("BI-Rate 6,00%" in January vs "6,25%" in April); translators keep them.
    "numbers": 0.30,
    # An agency release number ("No.26/12/DKom") names one release; when both sides carry one, equality
    # is almost proof and inequality almost disproof.
    "release_no": 0.25,
    # Proper names and acronyms (BNPT, BI-Rate, Boy Rafli Amar, Surabaya) are not translated; they tell
    # topics apart but are shared by every release of an agency, hence less than numbers.
    "names": 0.20,
    # Meaning (archive/pairing/semantic.py): counts only when both releases have stored vectors. As much as
    # names and less than numbers: e5 tells topics apart well, events of one topic less so.
    "semantic": 0.20,
    # Dates mentioned in the text (event dates, reference months) separate recurring releases.
    "dates": 0.15,
    # Bilingual domain words: a weak topical signal, many releases of one agency share the same words.
    "lexical": 0.10,
    # English versions follow within days; proximity breaks ties between otherwise similar releases.
    "proximity": 0.10,
}


def _combine(values: Iterable[tuple[str, float | None]]) -> float:
    total = weight = 0.0
    for name, value in values:
        if value is not None:
            total += WEIGHTS[name] * value
            weight += WEIGHTS[name]
    return total / weight if weight else 0.0


def content_score(a: PairCandidate, b: PairCandidate) -> float:
    """How likely ``a`` and ``b`` are translations of each other, 0..1, from their text alone.

    Symmetric. Uses only evidence that survives translation; see :data:`WEIGHTS` for the signals.
    """
    return _combine(signals(features(a), features(b)))


def pair_score(a: PairCandidate, b: PairCandidate, vectors: Mapping[int, Any] | None = None) -> float:
    """:func:`content_score` with the vector similarity as one more signal when both have vectors."""
    return _combine([*signals(features(a), features(b)),
                     ("semantic", semantic.signal(semantic.cosine(vectors or {}, a.id, b.id)))])


def pair_releases(
    items: Sequence[PairCandidate],
    *,
    max_days: int = 14,
    threshold: float = PAIR_THRESHOLD,
    margin: float = PAIR_MARGIN,
    vectors: Mapping[int, Any] | None = None,
    cross_source_days: int = CROSS_SOURCE_DAYS,
) -> list[Pair]:
    """Pair Indonesian and English releases; each release ends up in at most one pair.

    1. Links and shared external ids (:func:`archive.pairing.links.link_pairs`), across sources too.
    2. Within each source, the rest are scored (text evidence, plus vector similarity where ``vectors``
       has both releases: article id -> unit vector) within ``max_days``. A pair is made only when its
       score is at least ``threshold``, it is the best candidate of both releases, and it beats each
       release's runner-up by at least ``margin``. An agency's own translation thus comes first.
    3. Across sources, for what is left: a release of a source that republishes others
       (``PairCandidate.republishes``, e.g. an English news service) and a release of another source
       published within ``cross_source_days`` of it, both with vectors, at least
       :data:`semantic.CROSS_SOURCE_MIN_COSINE` apart, under the same threshold and margin rules. Without
       vectors there is no cross-source pairing: two sources writing on one event share numbers, names
       and dates, and meaning is what confirms one text renders the other.

    Releases without a publication date are only paired by links. Within a source where some Indonesian
    and English releases share an ``external_id`` (the agency reuses its key across languages, as Bank
    Indonesia and BPS do), two releases with different ids are never paired by content.
    """
    vectors = vectors or {}
    pairs = link_pairs(items)
    used = {p.id_release for p in pairs} | {p.en_release for p in pairs}
    feats: dict[int, Features] = {}

    def feat(it: PairCandidate) -> Features:
        if it.id not in feats:
            feats[it.id] = features(it)
        return feats[it.id]

    def score(i: PairCandidate, e: PairCandidate) -> tuple[float, float | None]:
        cos = semantic.cosine(vectors, i.id, e.id)
        return _combine([*signals(feat(i), feat(e)), ("semantic", semantic.signal(cos))]), cos

    by_source: dict[str, list[PairCandidate]] = defaultdict(list)
    for it in items:
        by_source[it.source].append(it)
    for source_items in by_source.values():
        shared_ids = _shares_ids(source_items)
        rest = [it for it in source_items if it.id not in used and it.published_at is not None]
        scores: dict[tuple[int, int], tuple[float, str]] = {}
        for i, e in _in_window(rest, max_days * 86400.0, max_days * 86400.0):
            if not excluded(i, e, shared_ids):
                value, cos = score(i, e)
                scores[(i.id, e.id)] = (value, "content" if cos is None else "content+vectors")
        found = _clear_winners(scores, threshold, margin)
        pairs.extend(found)
        used.update(x for p in found for x in (p.id_release, p.en_release))

    rest = [it for it in items if it.id not in used and it.published_at is not None and it.id in vectors]
    window = cross_source_days * 86400.0
    scores = {}
    for i, e in _in_window(rest, window, window):
        if i.source == e.source or not (i.republishes or e.republishes) or excluded(i, e, False):
            continue
        value, cos = score(i, e)
        if cos is not None and cos >= semantic.CROSS_SOURCE_MIN_COSINE:
            scores[(i.id, e.id)] = (value, "cross_source")
    pairs.extend(_clear_winners(scores, threshold, margin))
    return pairs


def _in_window(items: Sequence[PairCandidate], before: float, after: float):
    """(Indonesian, English) pairs of ``items`` whose English one is published from ``before`` seconds
    before to ``after`` seconds after the Indonesian one (a bisect on the English releases' dates)."""
    ids = [it for it in items if it.language == "id"]
    ens = sorted((it for it in items if it.language == "en"), key=lambda it: it.published_at)
    times = [e.published_at.timestamp() for e in ens]
    for i in ids:
        t = i.published_at.timestamp()
        for e in ens[bisect.bisect_left(times, t - before):bisect.bisect_right(times, t + after)]:
            yield i, e


def _shares_ids(items: Iterable[PairCandidate]) -> bool:
    langs: dict[str, set[str]] = defaultdict(set)
    for it in items:
        if it.external_id:
            langs[it.external_id.strip().lower()].add(it.language)
    return any({"id", "en"} <= s for s in langs.values())


def _clear_winners(scores: Mapping[tuple[int, int], tuple[float, str]], threshold: float,
                   margin: float) -> list[Pair]:
    best_id: dict[int, list[float]] = defaultdict(list)
    best_en: dict[int, list[float]] = defaultdict(list)
    for (i, e), (s, _) in scores.items():
        best_id[i].append(s)
        best_en[e].append(s)

    def top_two(values: list[float]) -> tuple[float, float]:
        if len(values) == 1:
            return values[0], 0.0
        first, second = sorted(values, reverse=True)[:2]
        return first, second

    tops_id = {k: top_two(v) for k, v in best_id.items()}
    tops_en = {k: top_two(v) for k, v in best_en.items()}
    result = []
    taken: set[int] = set()  # guards ties when margin is 0
    for (i, e), (s, method) in sorted(scores.items()):
        if s < threshold or i in taken or e in taken:
            continue
        first_i, second_i = tops_id[i]
        first_e, second_e = tops_en[e]
        # Being the best of both sides by a margin makes the choice unique: a tie fails the margin.
        if s == first_i == first_e and s - second_i >= margin and s - second_e >= margin:
            result.append(Pair(i, e, method, round(s, 4)))
            taken.update((i, e))
    return result
