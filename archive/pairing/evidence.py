"""Stage 2 of pairing: evidence that survives translation, read from the text of each version.

Numbers (read with either language's decimal mark and scale words), dates mentioned in the text (in
either language's formats), agency release numbers, proper names and acronyms, a small bilingual word
list, and how many days apart the versions were published. Each is turned into a signal between 0 and
1 by :func:`signals`; archive/pairing/decide.py weighs them. Pure functions, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from archive.pairing.candidates import PairCandidate

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
class Features:
    numbers: dict[tuple[str, float], float]
    dates: dict[tuple, float]
    release_nos: frozenset[str]
    names: dict[str, float]
    concepts: dict[str, float]
    published: float | None  # POSIX seconds
    language: str


def features(item: PairCandidate) -> Features:
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
    return Features(numbers, dates, release_nos, names, concepts, published, item.language)


def _dice(a: Mapping, b: Mapping) -> float:
    """Weighted Dice overlap with a pseudo-count, so one shared token out of one is not full certainty."""
    common = sum(w for k, w in a.items() if k in b)
    return 2 * common / (sum(a.values()) + sum(b.values()) + 1.0)


def _proximity(fa: Features, fb: Features) -> float | None:
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


def signals(fa: Features, fb: Features) -> list[tuple[str, float | None]]:
    """The text signals between two releases, each 0..1, or None when neither side has evidence for it
    (two texts without any number are not "different in numbers"). A release number counts only when
    both sides carry one, because many translations drop it."""
    out: list[tuple[str, float | None]] = [
        ("numbers", _dice(fa.numbers, fb.numbers) if (fa.numbers or fb.numbers) else None),
        ("dates", _dice(fa.dates, fb.dates) if (fa.dates or fb.dates) else None),
        ("names", _dice(fa.names, fb.names) if (fa.names or fb.names) else None),
        ("lexical", _dice(fa.concepts, fb.concepts) if (fa.concepts or fb.concepts) else None),
        ("proximity", _proximity(fa, fb)),
    ]
    if fa.release_nos and fb.release_nos:
        out.append(("release_no", 1.0 if fa.release_nos & fb.release_nos else 0.0))
    return out
