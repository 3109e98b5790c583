"""Stage 1 of pairing: what the sites state themselves (a link between the versions, a shared key)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from urllib.parse import urlsplit

from archive.pairing.candidates import Pair, PairCandidate, other_language


def norm_url(url: str) -> str:
    """Compare URLs loosely: scheme, ``www.``, case of the host, fragment and trailing slash don't matter."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower()
    host = host.removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{path}{query}"


def link_pairs(items: Sequence[PairCandidate]) -> list[Pair]:
    """Pairs the sites state themselves, strongest evidence first.

    Order of trust: a link confirmed from both sides, a link from one side, an equal ``external_id``
    within one source. A release claimed by two partners at the same level is ambiguous at that level and
    left for a weaker level (or for content scoring). Links count across sources too (an ``hreflang``
    naming another site's page is still the site's own statement).
    """
    by_url: dict[str, list[PairCandidate]] = defaultdict(list)
    for it in items:
        if it.language in ("id", "en"):
            by_url[norm_url(it.url)].append(it)

    links: dict[tuple[int, int], int] = defaultdict(int)  # (id_release, en_release) -> sides linking
    for it in items:
        if it.language not in ("id", "en"):
            continue
        target = it.alternate_urls.get(other_language(it.language))
        if not target:
            continue
        for partner in by_url.get(norm_url(target), []):
            if partner.language != other_language(it.language) or partner.id == it.id:
                continue
            key = (it.id, partner.id) if it.language == "id" else (partner.id, it.id)
            links[key] += 1

    by_key: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: {"id": [], "en": []})
    for it in items:
        if it.external_id and it.language in ("id", "en"):
            by_key[(it.source, it.external_id.strip().lower())][it.language].append(it.id)
    same_id = [(i, e) for group in by_key.values() for i in group["id"] for e in group["en"]]

    levels: list[tuple[str, list[tuple[int, int]]]] = [
        ("link", [k for k, n in links.items() if n >= 2]),
        ("link", [k for k, n in links.items() if n == 1]),
        ("external_id", same_id),
    ]
    used_id: set[int] = set()
    used_en: set[int] = set()
    pairs: list[Pair] = []
    for method, level in levels:
        open_pairs = [(i, e) for i, e in level if i not in used_id and e not in used_en]
        count_id: dict[int, int] = defaultdict(int)
        count_en: dict[int, int] = defaultdict(int)
        for i, e in open_pairs:
            count_id[i] += 1
            count_en[e] += 1
        for i, e in sorted(open_pairs):
            if count_id[i] == 1 and count_en[e] == 1:
                pairs.append(Pair(i, e, method, 1.0))
                used_id.add(i)
                used_en.add(e)
    return pairs


def excluded(a: PairCandidate, b: PairCandidate, shared_ids: bool) -> bool:
    """Pairs the sites' own metadata rules out, so content must not propose them."""
    for x, y in ((a, b), (b, a)):
        target = x.alternate_urls.get(y.language)
        if target and norm_url(target) != norm_url(y.url):
            return True  # x names another page as its translation
    if shared_ids and a.external_id and b.external_id and a.source == b.source:
        return a.external_id.strip().lower() != b.external_id.strip().lower()
    return False
