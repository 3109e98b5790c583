"""Pair Indonesian releases with their English translations.

Agencies relate their two language versions in different ways (see docs/AGENCY-SITES notes):

* Bank Indonesia and BPS reuse the same key (``sp_…`` file name, numeric id) under ``/id/`` and ``/en/``;
* some sites link the versions with ``hreflang`` or a language switcher;
* Setkab keeps a separate English section with no links, published days after the original;
* Kemlu mixes both languages in one stream.

So pairing happens in two stages. :func:`link_pairs` takes what the sites state themselves (a link from
one version to the other, or an equal ``external_id`` within a source); those pairs are certain.
:func:`pair_releases` then scores the remaining Indonesian × English releases of the same source that were
published close to each other, using evidence that survives translation (numbers, dates, names, release
numbers, a small bilingual word list, date proximity), and pairs only clear winners. An unsure case stays
unpaired: a missing pair is a gap an analyst can live with, a wrong pair is a false statement.

Everything here is pure: no database, no I/O.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

__all__ = [
    "PAIR_MARGIN",
    "PAIR_THRESHOLD",
    "WEIGHTS",
    "Pair",
    "PairCandidate",
    "content_score",
    "link_pairs",
    "pair_releases",
]

# Chosen on tests/data/translation_pairs.json (content evidence only, links and ids removed, even with a
# one-year window): the 40 true pairs score 0.65–0.87, the best wrong candidate of any release 0.35 at
# most; every threshold from 0.3 to 0.6 gives the same result there, 0.5 sits in the middle of the gap.
# The margin is what keeps same-template releases (monthly BI rate decisions, monthly reserve figures)
# or duplicate copies from being guessed when their content does not tell them apart.
PAIR_THRESHOLD = 0.5
PAIR_MARGIN = 0.1

# Weights of the content signals. A signal only counts when at least one side has evidence for it
# (two texts without any number are not "different in numbers"), and the score is the weighted mean of
# the signals that count.
WEIGHTS: Mapping[str, float] = {
    # Numbers are the strongest language-independent evidence and what separates template releases
    # ("BI-Rate 6,00%" in January vs "6,25%" in April); translators keep them.
    "numbers": 0.30,
    # An agency release number ("No.26/12/DKom") names one release; when both sides carry one, equality
    # is almost proof and inequality almost disproof. Counted only when both sides have one, because
    # many translations drop it.
    "release_no": 0.25,
    # Proper names and acronyms (BNPT, BI-Rate, Boy Rafli Amar, Surabaya) are not translated; they tell
    # topics apart but are shared by every release of an agency, hence less than numbers.
    "names": 0.20,
    # Dates mentioned in the text (event dates, reference months) separate recurring releases.
    "dates": 0.15,
    # Bilingual domain words: a weak topical signal, many releases of one agency share the same words.
    "lexical": 0.10,
    # English versions follow within days; proximity breaks ties between otherwise similar releases.
    "proximity": 0.10,
}


@dataclass(frozen=True)
class PairCandidate:
    """A stored release as the pairing logic sees it."""

    id: int
    source: str
    language: str  # 'id' | 'en'
    title: str
    body: str
    published_at: datetime | None
    url: str
    external_id: str | None = None
    # lang -> url, from hreflang or the page's language switcher
    alternate_urls: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Pair:
    id_release: int
    en_release: int
    method: str  # 'link' | 'external_id' | 'content'
    score: float


# --------------------------------------------------------------------------------------------------------
# Stage 1: links and shared ids


def _norm_url(url: str) -> str:
    """Compare URLs loosely: scheme, ``www.``, case of the host, fragment and trailing slash don't matter."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower()
    host = host.removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{path}{query}"


def _other(lang: str) -> str:
    return "en" if lang == "id" else "id"


def link_pairs(items: Sequence[PairCandidate]) -> list[Pair]:
    """Pairs the sites state themselves, strongest evidence first.

    Order of trust: a link confirmed from both sides, a link from one side, an equal ``external_id``
    within one source. A release claimed by two partners at the same level is ambiguous at that level and
    left for a weaker level (or for content scoring).
    """
    by_url: dict[str, list[PairCandidate]] = defaultdict(list)
    for it in items:
        if it.language in ("id", "en"):
            by_url[_norm_url(it.url)].append(it)

    links: dict[tuple[int, int], int] = defaultdict(int)  # (id_release, en_release) -> sides linking
    for it in items:
        if it.language not in ("id", "en"):
            continue
        target = it.alternate_urls.get(_other(it.language))
        if not target:
            continue
        for partner in by_url.get(_norm_url(target), []):
            if partner.language != _other(it.language) or partner.id == it.id:
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
        count_id = defaultdict(int)
        count_en = defaultdict(int)
        for i, e in open_pairs:
            count_id[i] += 1
            count_en[e] += 1
        for i, e in sorted(open_pairs):
            if count_id[i] == 1 and count_en[e] == 1:
                pairs.append(Pair(i, e, method, 1.0))
                used_id.add(i)
                used_en.add(e)
    return pairs


# --------------------------------------------------------------------------------------------------------
# Stage 2: content evidence

_MONTHS = {
    # Indonesian
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "nopember": 11, "november": 11, "desember": 12,
    "agu": 8, "agt": 8, "ags": 8, "okt": 10, "nop": 11, "des": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "december": 12, "aug": 8, "oct": 10, "dec": 12,
    # shared abbreviations
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "sep": 9, "sept": 9, "nov": 11,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "16-17 Januari 2024", "5 Feb. 2024", "17 Agustus"
_DATE_DMY = re.compile(
    rf"\b(?:(\d{{1,2}})\s*[-–]\s*)?(\d{{1,2}})\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE
)
# "January 16-17, 2024", "August 17"
_DATE_MDY = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE
)
# "Januari 2024", "December 2023"
_DATE_MY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{4}})\b", re.IGNORECASE)
# Setkab style "(16/01/2024)" in Indonesian and "(01/16)" in English: day and month swap places, so the
# two numbers are kept unordered.
_DATE_SLASH = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?(?![\w/])")
_RELEASE_NO = re.compile(
    r"\b(?:No|Nomor|Number|Nr)\.?\s*:?\s*([A-Za-z0-9][\w.\-]*(?:/[\w.\-]*[\w])+)", re.IGNORECASE
)
_NUMBER = re.compile(r"(?<![\d.,])\d(?:[\d.,]*\d)?")
_SCALE = re.compile(
    r"\s*(triliun|trilyun|trillion|miliar|milyar|billion|juta|million|ribu|thousand)\b|\s*(%|persen|percent)",
    re.IGNORECASE,
)
_SCALES = {
    "triliun": 1e12, "trilyun": 1e12, "trillion": 1e12, "miliar": 1e9, "milyar": 1e9, "billion": 1e9,
    "juta": 1e6, "million": 1e6, "ribu": 1e3, "thousand": 1e3,
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")

# Capitalised words that carry no identity: function words that start sentences, days, titles and
# institution nouns that are translated anyway. Month names are handled as dates.
_NAME_STOP_WORDS = """
    the a an in on at of for and to this that these those it its as by with from he she they we his her
    their our after before during while also but however meanwhile furthermore moreover according
    dalam pada di ke dari dan yang ini itu untuk dengan oleh sebagai selain sementara adapun menurut
    sedangkan namun selanjutnya kemudian sebelumnya setelah saat tersebut ia dia mereka kami kita
    senin selasa rabu kamis jumat jum'at sabtu minggu monday tuesday wednesday thursday friday saturday
    sunday presiden president wakil vice menteri minister kementerian ministry kepala head gubernur
    governor direktur director jenderal general sekretaris secretary kabinet cabinet negara state
    republik republic pemerintah government provinsi province kabupaten regency kota city bapak ibu mr
    mrs ms pak bu tentang about translated reviewed diterjemahkan humas
"""
_NAME_STOP = frozenset(_NAME_STOP_WORDS.split()) | frozenset(_MONTHS)

# Small bilingual list of frequent words in government releases. Each entry: concept -> (Indonesian
# forms, English forms). Exact forms, lower case; English plurals are folded before lookup.
_LEXICON: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "terror": (("terorisme", "teroris", "teror"), ("terrorism", "terrorist", "terror")),
    "radical": (
        ("radikalisme", "radikal", "radikalisasi"),
        ("radicalism", "radical", "radicalisation", "radicalization"),
    ),
    "deradical": (("deradikalisasi",), ("deradicalisation", "deradicalization")),
    "extreme": (("ekstremisme", "ekstremis"), ("extremism", "extremist")),
    "prevent": (("pencegahan", "mencegah"), ("prevention", "prevent", "preventing")),
    "inflation": (("inflasi",), ("inflation",)),
    "interest": (("bunga",), ("interest",)),
    "rate": (("suku",), ("rate",)),
    "exchange": (("nilai", "tukar"), ("exchange",)),
    "rupiah": (("rupiah",), ("rupiah",)),
    "reserve": (("cadangan", "devisa"), ("reserve", "reserves")),
    "growth": (("pertumbuhan", "tumbuh"), ("growth", "grow", "grew")),
    "economy": (("ekonomi", "perekonomian"), ("economy", "economic")),
    "stability": (("stabilitas",), ("stability",)),
    "payment": (("pembayaran",), ("payment",)),
    "export": (("ekspor",), ("export",)),
    "import": (("impor",), ("import",)),
    "investment": (("investasi",), ("investment",)),
    "credit": (("kredit",), ("credit", "lending")),
    "bank": (("perbankan",), ("banking",)),
    "cash": (("uang", "tunai"), ("cash", "currency", "money")),
    "budget": (("anggaran", "apbn"), ("budget",)),
    "tax": (("pajak",), ("tax",)),
    "price": (("harga",), ("price",)),
    "rice": (("beras",), ("rice",)),
    "food": (("pangan", "makanan"), ("food",)),
    "farmer": (("petani", "pertanian"), ("farmer", "agriculture", "agricultural")),
    "road": (("jalan",), ("road",)),
    "toll": (("tol",), ("toll",)),
    "bridge": (("jembatan",), ("bridge",)),
    "port": (("pelabuhan",), ("port",)),
    "airport": (("bandara", "bandar"), ("airport",)),
    "dam": (("bendungan",), ("dam",)),
    "inaugurate": (("meresmikan", "peresmian"), ("inaugurate", "inaugurated", "inauguration")),
    "infrastructure": (("infrastruktur",), ("infrastructure",)),
    "health": (("kesehatan",), ("health",)),
    "hospital": (("rumah", "sakit"), ("hospital",)),
    "stunting": (("stunting", "tengkes"), ("stunting",)),
    "education": (("pendidikan", "sekolah"), ("education", "school")),
    "student": (("siswa", "pelajar", "mahasiswa"), ("student", "pupil")),
    "teacher": (("guru",), ("teacher",)),
    "youth": (("pemuda", "generasi"), ("youth", "generation")),
    "religion": (("agama", "keagamaan"), ("religion", "religious")),
    "disaster": (("bencana",), ("disaster",)),
    "flood": (("banjir",), ("flood",)),
    "earthquake": (("gempa",), ("earthquake",)),
    "drought": (("kekeringan",), ("drought",)),
    "aid": (("bantuan",), ("aid", "assistance")),
    "humanitarian": (("kemanusiaan",), ("humanitarian",)),
    "citizen": (("wni", "warga"), ("citizen", "national")),
    "evacuation": (("evakuasi",), ("evacuation", "evacuate", "evacuated")),
    "protection": (("pelindungan", "perlindungan"), ("protection",)),
    "worker": (("pekerja", "pmi", "tenaga"), ("worker",)),
    "embassy": (("kbri", "kedutaan"), ("embassy",)),
    "cooperation": (("kerja", "kerjasama", "kerja-sama"), ("cooperation", "cooperate")),
    "bilateral": (("bilateral",), ("bilateral",)),
    "peace": (("perdamaian", "damai"), ("peace", "peaceful")),
    "security": (("keamanan",), ("security",)),
    "meeting": (("pertemuan", "rapat", "sidang"), ("meeting", "session")),
    "visit": (("kunjungan", "mengunjungi"), ("visit", "visited")),
    "agreement": (("perjanjian", "kesepakatan", "nota"), ("agreement", "memorandum")),
    "law": (("hukum", "undang-undang"), ("law",)),
    "regulation": (("peraturan",), ("regulation",)),
    "holiday": (("libur", "cuti"), ("holiday", "leave")),
    "digital": (("digital",), ("digital",)),
    "village": (("desa",), ("village",)),
    "social": (("sosial",), ("social",)),
    "energy": (("energi", "listrik"), ("energy", "electricity")),
    "environment": (("lingkungan",), ("environment", "environmental")),
}
_LEX_ID: dict[str, str] = {}
_LEX_EN: dict[str, str] = {}
for _concept, (_id_forms, _en_forms) in _LEXICON.items():
    _LEX_ID.update((w, _concept) for w in _id_forms)
    _LEX_EN.update((w, _concept) for w in _en_forms)


def _parse_number(raw: str, language: str) -> float | None:
    """Read a number written either way: Indonesian "1.234,5" or English "1,234.5".

    The declared language decides the ambiguous cases, but a separator followed by anything other than
    three digits can only be a decimal mark, whatever the language ("5,75%" on an English page written
    by an Indonesian office is 5.75).
    """
    dec, thou = (",", ".") if language == "id" else (".", ",")
    if dec in raw and thou in raw:
        if raw.rfind(dec) < raw.rfind(thou):  # written the other language's way
            dec, thou = thou, dec
        intpart, _, frac = raw.rpartition(dec)
        text = intpart.replace(thou, "") + "." + frac
    elif dec in raw or thou in raw:
        sep = dec if dec in raw else thou
        groups = raw.split(sep)
        grouped = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
        # A thousands separator, or the other language's one repeated ("1.200.000" on an English page)
        if grouped and (sep == thou or len(groups) > 2):
            text = raw.replace(sep, "")
        elif len(groups) == 2:
            text = groups[0] + "." + groups[1]
        else:
            return None
    else:
        text = raw
    try:
        return float(text)
    except ValueError:
        return None


def _number_weight(key: tuple[str, float]) -> float:
    """Informative numbers count more: small integers are often spelled out ("dua"/"two") and shared by
    chance, years are shared by every release of the year; percentages, decimals and amounts identify."""
    kind, value = key
    if kind == "%" or value != int(value):
        return 2.0
    if value < 32:
        return 0.5
    if 1900 <= value <= 2100:
        return 0.75
    return 2.0 if value >= 1000 else 1.0


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u00a0", " ").replace("\u200b", "")


@dataclass(frozen=True)
class _Features:
    numbers: dict[tuple[str, float], float]
    dates: dict[tuple, float]
    release_nos: frozenset[str]
    names: dict[str, float]
    concepts: dict[str, float]
    published: float | None  # POSIX seconds
    language: str


def _features(item: PairCandidate) -> _Features:
    text = _fold(f"{item.title}\n\n{item.body}")

    release_nos = frozenset(m.group(1).lower().rstrip(".") for m in _RELEASE_NO.finditer(text))
    text = _RELEASE_NO.sub(" ", text)

    dates: dict[tuple, float] = {}

    def add_date(year: str | None, month: int, day: str | None) -> None:
        y = int(year) if year else None
        if day and 1 <= int(day) <= 31:
            dates[("d", month, int(day))] = 1.0
            if y:
                dates[("ymd", y, month, int(day))] = 1.0
        if y:
            dates[("ym", y, month)] = 0.5

    def month_of(name: str) -> int | None:
        # A month name must be capitalised: English "may" and "mar" are ordinary words otherwise.
        return _MONTHS.get(name.lower()) if name[:1].isupper() else None

    def dmy(m: re.Match) -> str:
        month = month_of(m.group(3))
        if month is None:
            return m.group(0)
        for day in (m.group(1), m.group(2)):
            if day:
                add_date(m.group(4), month, day)
        return " "

    def mdy(m: re.Match) -> str:
        month = month_of(m.group(1))
        if month is None:
            return m.group(0)
        for day in (m.group(2), m.group(3)):
            if day:
                add_date(m.group(4), month, day)
        return " "

    def my(m: re.Match) -> str:
        month = month_of(m.group(1))
        if month is None:
            return m.group(0)
        add_date(m.group(2), month, None)
        return " "

    def slash(m: re.Match) -> str:
        a, b = int(m.group(1)), int(m.group(2))
        if not (1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12):
            return m.group(0)
        dates[("dm?", min(a, b), max(a, b))] = 1.0
        return " "

    text = _DATE_DMY.sub(dmy, text)
    text = _DATE_MDY.sub(mdy, text)
    text = _DATE_MY.sub(my, text)
    text = _DATE_SLASH.sub(slash, text)
    # A slash date of the other style (d/m vs m/d) should meet its full-date twin: index full dates too.
    for key in [k for k in dates if k[0] == "d"]:
        dates[("dm?", min(key[1], key[2]), max(key[1], key[2]))] = 1.0

    numbers: dict[tuple[str, float], float] = {}
    for m in _NUMBER.finditer(text):
        value = _parse_number(m.group(0), item.language)
        if value is None:
            continue
        kind = "n"
        tail = _SCALE.match(text, m.end())
        if tail:
            if tail.group(1):
                value *= _SCALES[tail.group(1).lower()]
            else:
                kind = "%"
        key = (kind, float(f"{value:.6g}"))
        numbers[key] = _number_weight(key)

    names: dict[str, float] = {}
    concepts: dict[str, float] = {}
    lex = _LEX_ID if item.language == "id" else _LEX_EN
    for m in _WORD.finditer(text):
        word = m.group(0).strip("-'’")
        low = word.lower()
        if word[:1].isupper() and low not in _NAME_STOP and len(word) > 1:
            letters = [c for c in word if c.isalpha()]
            acronym = len(letters) >= 2 and all(c.isupper() for c in letters[:2])
            names[low] = max(names.get(low, 0.0), 2.0 if acronym else 1.0)
        concept = lex.get(low)
        if concept is None and item.language == "en" and low.endswith("s"):
            concept = lex.get(low[:-1])
        if concept is None and item.language == "id" and "-" in low:  # reduplication: "siswa-siswa"
            concept = lex.get(low.split("-")[0])
        if concept:
            concepts[concept] = 1.0

    published = item.published_at.timestamp() if item.published_at else None
    return _Features(numbers, dates, release_nos, names, concepts, published, item.language)


def _dice(a: Mapping, b: Mapping) -> float:
    """Weighted Dice overlap with a pseudo-count, so one shared token out of one is not full certainty."""
    common = sum(w for k, w in a.items() if k in b)
    return 2 * common / (sum(a.values()) + sum(b.values()) + 1.0)


def _proximity(fa: _Features, fb: _Features) -> float | None:
    if fa.published is None or fb.published is None:
        return None
    lag = (fb.published - fa.published) / 86400.0  # days the English version came after
    if fa.language == "en" and fb.language == "id":
        lag = -lag
    elif fa.language == fb.language:
        lag = abs(lag)
    if -1.0 <= lag <= 3.0:
        return 1.0
    if lag < -1.0:  # an English version before its original is rare
        return max(0.0, 1.0 - (-1.0 - lag) / 3.0)
    return max(0.0, 1.0 - (lag - 3.0) / 11.0)


def _score(fa: _Features, fb: _Features) -> float:
    total = 0.0
    weight = 0.0
    signals: list[tuple[str, float | None]] = [
        ("numbers", _dice(fa.numbers, fb.numbers) if (fa.numbers or fb.numbers) else None),
        ("dates", _dice(fa.dates, fb.dates) if (fa.dates or fb.dates) else None),
        ("names", _dice(fa.names, fb.names) if (fa.names or fb.names) else None),
        ("lexical", _dice(fa.concepts, fb.concepts) if (fa.concepts or fb.concepts) else None),
        ("proximity", _proximity(fa, fb)),
    ]
    if fa.release_nos and fb.release_nos:
        signals.append(("release_no", 1.0 if fa.release_nos & fb.release_nos else 0.0))
    for name, value in signals:
        if value is not None:
            total += WEIGHTS[name] * value
            weight += WEIGHTS[name]
    return total / weight if weight else 0.0


def content_score(a: PairCandidate, b: PairCandidate) -> float:
    """How likely ``a`` and ``b`` are translations of each other, 0..1, from content alone.

    Symmetric. Uses only evidence that survives translation; see :data:`WEIGHTS` for the signals.
    """
    return _score(_features(a), _features(b))


# --------------------------------------------------------------------------------------------------------
# Both stages


def _excluded(a: PairCandidate, b: PairCandidate, shared_ids: bool) -> bool:
    """Pairs the sites' own metadata rules out, so content must not propose them."""
    for x, y in ((a, b), (b, a)):
        target = x.alternate_urls.get(y.language)
        if target and _norm_url(target) != _norm_url(y.url):
            return True  # x names another page as its translation
    if shared_ids and a.external_id and b.external_id:
        return a.external_id.strip().lower() != b.external_id.strip().lower()
    return False


def pair_releases(
    items: Sequence[PairCandidate],
    *,
    max_days: int = 14,
    threshold: float = PAIR_THRESHOLD,
    margin: float = PAIR_MARGIN,
) -> list[Pair]:
    """Pair Indonesian and English releases; each release ends up in at most one pair.

    Link and external-id pairs are taken first. The rest are scored within a source and a window of
    ``max_days``; a pair is made only when its score is at least ``threshold``, it is the best candidate
    of both releases, and it beats each release's runner-up by at least ``margin``. Releases without a
    publication date are only paired by links.

    Within a source where some Indonesian and English releases share an ``external_id`` (the agency
    reuses its key across languages, as Bank Indonesia and BPS do), two releases with different ids are
    never paired by content.
    """
    pairs = link_pairs(items)
    used = {p.id_release for p in pairs} | {p.en_release for p in pairs}

    by_source: dict[str, list[PairCandidate]] = defaultdict(list)
    for it in items:
        by_source[it.source].append(it)

    window = max_days * 86400.0
    for source_items in by_source.values():
        shared_ids = _shares_ids(source_items)
        rest = [it for it in source_items if it.id not in used and it.published_at is not None]
        ids = [it for it in rest if it.language == "id"]
        ens = sorted((it for it in rest if it.language == "en"), key=lambda it: it.published_at)
        if not ids or not ens:
            continue
        feats = {it.id: _features(it) for it in (*ids, *ens)}
        en_times = [feats[e.id].published for e in ens]

        scores: dict[tuple[int, int], float] = {}
        for i in ids:
            t = feats[i.id].published
            lo = bisect.bisect_left(en_times, t - window)
            hi = bisect.bisect_right(en_times, t + window)
            for e in ens[lo:hi]:
                if _excluded(i, e, shared_ids):
                    continue
                scores[(i.id, e.id)] = _score(feats[i.id], feats[e.id])

        pairs.extend(_clear_winners(scores, threshold, margin))
    return pairs


def _shares_ids(items: Iterable[PairCandidate]) -> bool:
    langs: dict[str, set[str]] = defaultdict(set)
    for it in items:
        if it.external_id:
            langs[it.external_id.strip().lower()].add(it.language)
    return any({"id", "en"} <= s for s in langs.values())


def _clear_winners(scores: Mapping[tuple[int, int], float], threshold: float, margin: float) -> list[Pair]:
    best_id: dict[int, list[float]] = defaultdict(list)
    best_en: dict[int, list[float]] = defaultdict(list)
    for (i, e), s in scores.items():
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
    for (i, e), s in sorted(scores.items()):
        if s < threshold or i in taken or e in taken:
            continue
        first_i, second_i = tops_id[i]
        first_e, second_e = tops_en[e]
        # Being the best of both sides by a margin makes the choice unique: a tie fails the margin.
        if s == first_i == first_e and s - second_i >= margin and s - second_e >= margin:
            result.append(Pair(i, e, "content", round(s, 4)))
            taken.update((i, e))
    return result
