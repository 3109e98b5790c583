"""Stemmed copies of text for the Meilisearch fields ``title_stem`` and ``body_stem``.

Meilisearch 1.21 does no stemming, so "cegah" does not find "pencegahan" on its own. The indexer stores a
stemmed copy of title and body next to the originals; the search side stems the query with
:func:`stem_query` and searches it against those fields.

Both sides go through the same per-word function, so what matters most is *consistency* (a root and its
derived forms must end up on the same stem), not linguistic correctness of the stem itself.

Indonesian
----------
PyStemmer's Snowball "indonesian" stemmer (Tala's algorithm) strips particles (-lah, -kah, -tah, -pun),
possessives (-ku, -mu, -nya), derivational suffixes (-i, -kan, -an) and prefixes (di-, ke-, se-, ter-,
ber-, per-, me-/meN-, pe-/peN-). What it does with the nasal prefixes, measured with PyStemmer 2.x:

* ``pencegahan`` → ``cegah`` and ``cegah`` → ``cegah``; ``pembangunan``/``membangun`` → ``bangun``;
  ``meny-``/``peny-`` restore an ``s`` (``penyaluran`` → ``salur``) and ``mem-``/``pem-`` before a vowel
  restore a ``p`` (``pemilihan`` → ``pilih``). These already match their roots.
* ``men-``/``pen-`` before a vowel is *not* restored: ``penanganan`` → ``angan`` but ``tangan`` → ``tangan``;
  ``menulis`` → ``ulis``; ``penegakan`` → ``egak``. In Indonesian, meN- + vowel almost always comes from a
  root in ``t`` (vowel roots take meng-), so :func:`_stem_id` puts the ``t`` back (rule T).
* ``meng-``/``peng-`` before a vowel is ambiguous: ``pengamanan`` comes from ``aman`` but ``penguatan``
  from ``kuat`` and ``pengembangan`` from ``kembang``. Snowball gives ``uat``/``embang``. Restoring ``k``
  blindly would break every vowel root, so rule K restores it only when ``k`` + stem is in
  :data:`_K_ROOTS`, a short list of k-roots common in government releases.
* ``memper-``/``diper-`` keep ``per`` (``memperkuat`` → ``perkuat``); rule P stems once more (→ ``kuat``).
* Loanword suffixes ``-isme``/``-isasi`` are not handled (``radikalisme`` stays whole, ``terorisme`` →
  ``orisme`` because ``ter-`` is read as a prefix). Rule L strips them and stems what is left, so
  ``radikalisme``, ``radikalisasi`` and ``radikal`` share ``radikal``; ``deradikalisasi`` keeps its own
  stem ``deradikal`` on purpose (a distinct programme, not a kind of radicalism).
* A few words are over-stemmed in ways that break matching (``teroris`` → ``oris``, ``ekonomi`` →
  ``ekonom`` while ``perekonomian`` → ``ekonomi``, ``perbankan`` → ``bankan``, ``kerjasama`` →
  ``rjasama``). :data:`_ID_EXCEPTIONS` fixes those by hand; keep it short.

After restoring a letter, the restored root is stemmed again like a bare word would be, so both sides
land on the same string even where Snowball over-stems the bare root (``terima`` → ``ima`` and
``menerima`` → ``terima`` → ``ima``).

English
-------
The Snowball "english" (Porter2) stemmer is used as is: ``prevents``/``prevention`` → ``prevent``.

Tokens
------
Text is lowercased. Tokens containing a digit (``2024``, ``g20``, ``covid-19``) and acronyms (all-caps
tokens such as ``BNPT``, or names in :data:`ACRONYMS` such as ``Polri``) are kept unstemmed. Hyphenated
words are split like Meilisearch does, and a reduplication whose halves share a stem collapses to one
word (``anak-anak`` → ``anak``, ``bermain-main`` → ``main``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

__all__ = ["ACRONYMS", "TOKEN_RE", "stem_query", "stem_text", "stem_word"]

# Agency and domain acronyms: never stemmed here, and never typo-corrected by Meilisearch (settings.py).
ACRONYMS: tuple[str, ...] = (
    "BNPT",
    "BNPB",
    "BPBD",
    "BPS",
    "BI",
    "BI-Rate",
    "OJK",
    "LPS",
    "KSSK",
    "TNI",
    "Polri",
    "Densus",
    "Kemlu",
    "Kemenlu",
    "Kemenkeu",
    "Kemenko",
    "Kominfo",
    "Komdigi",
    "Bappenas",
    "BSSN",
    "BIN",
    "BMKG",
    "Basarnas",
    "KPK",
    "PPATK",
    "BUMN",
    "UMKM",
    "ASEAN",
    "G20",
    "APEC",
    "PBB",
    "UN",
    "OKI",
    "OIC",
    "APBN",
    "APBD",
    "PDB",
    "GDP",
    "IKN",
    "NKRI",
    "DPR",
    "MPR",
    "IMF",
    "WTO",
    "FATF",
    "SBN",
    "SUN",
    "SRBI",
    "SBI",
    "JISDOR",
    "QRIS",
    "BPJS",
    "KUR",
    "NTT",
    "NTB",
    "DKI",
    "ISIS",
    "JAD",
    "JI",
)

_ACRONYM_WORDS: frozenset[str] = frozenset(
    part.lower() for acronym in ACRONYMS for part in acronym.split("-") if part.upper() == part
) | frozenset(acronym.lower() for acronym in ACRONYMS if "-" not in acronym)

# Letters, digits and hyphen/apostrophe-joined compounds; "_" and punctuation separate tokens.
TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_VOWELS = frozenset("aeiou")

# Hand fixes for over-stemmed words (see module docstring). Values may hold several words.
_ID_EXCEPTIONS: dict[str, str] = {
    "teroris": "teror",
    "terorisnya": "teror",
    "ekonomi": "ekonomi",
    "ekonominya": "ekonomi",
    "perbankan": "bank",
    "kerjasama": "kerja sama",
    "bekerjasama": "kerja sama",
}

# k-initial roots that meng-/peng- turn into a vowel start (rule K). Vowel roots are left alone.
_K_ROOTS: frozenset[str] = frozenset(
    [
        "kaji",
        "kalah",
        "kambing",
        "kampanye",
        "kasih",
        "kata",
        "kawal",
        "kawin",
        "kejar",
        "kelola",
        "kemas",
        "kembali",
        "kembang",
        "kena",
        "kenal",
        "kendali",
        "kepung",
        "kerah",
        "kesan",
        "kibar",
        "kirim",
        "klaim",
        "koordinasi",
        "konsumsi",
        "kontrol",
        "kuasa",
        "kuat",
        "kukuh",
        "kumpul",
        "kunci",
        "kunjung",
        "kupas",
        "kurang",
        "kurung",
        "kutuk",
        "komunikasi",
        "konfirmasi",
        "konsolidasi",
        "kritik",
    ]
)

_LOAN_SUFFIXES = ("isasi", "isme")

_STEMMERS: dict[str, Stemmer.Stemmer] = {}


def _stemmer(name: str) -> Stemmer.Stemmer:
    stemmer = _STEMMERS.get(name)
    if stemmer is None:
        stemmer = _STEMMERS[name] = Stemmer.Stemmer(name)
    return stemmer


def _normalise_language(language: str | None) -> str | None:
    if language is None:
        return None
    code = language.strip().lower()
    if code in ("id", "ind", "in", "indonesian", "bahasa"):
        return "id"
    if code in ("en", "eng", "english"):
        return "en"
    return None


@lru_cache(maxsize=200_000)
def _stem_id(word: str) -> str:
    """Stem one lowercase Indonesian word (may return several space-separated stems)."""
    if word in _ID_EXCEPTIONS:
        return _ID_EXCEPTIONS[word]
    # Rule L: loanword suffixes.
    for suffix in _LOAN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return _stem_id(word[: -len(suffix)])
    stem = _stemmer("indonesian").stemWord(word)
    if not stem or stem[0] not in _VOWELS:
        # Rule P: memper-/diper- keep "per".
        if stem.startswith("per") and word.startswith(("memper", "diper")):
            return _stemmer("indonesian").stemWord(stem)
        return stem
    # Rule T: men-/pen- + vowel comes from a t-root.
    if word[:3] in ("men", "pen") and word[3:4] in _VOWELS and word[3:].startswith(stem):
        return _stem_id("t" + stem)
    # Rule K: meng-/peng- + vowel comes from a k-root only for known k-roots.
    if word[:4] in ("meng", "peng") and word[4:].startswith(stem) and "k" + stem in _K_ROOTS:
        return _stem_id("k" + stem)
    return stem


@lru_cache(maxsize=200_000)
def _stem_en(word: str) -> str:
    return _stemmer("english").stemWord(word)


def _is_kept(token: str) -> bool:
    """Numbers and acronyms are indexed as they are."""
    if any(ch.isdigit() for ch in token):
        return True
    if len(token) >= 2 and token.isupper():
        return True
    return token.lower() in _ACRONYM_WORDS


def stem_word(word: str, language: str) -> str:
    """Stem one word (no hyphen) in ``language`` ('id' or 'en'); numbers/acronyms come back lowercased."""
    if _is_kept(word):
        return word.lower()
    lowered = word.lower().replace("’", "'")
    if _normalise_language(language) == "en":
        return _stem_en(lowered)
    return _stem_id(lowered.replace("'", ""))


def _stem_token(token: str, language: str) -> list[str]:
    """Stem one token, splitting hyphenated compounds and collapsing reduplication."""
    if _is_kept(token):
        return [token.lower()]
    parts = [p for p in token.split("-") if p]
    stems = [stem_word(p, language) for p in parts]
    if len(stems) == 2 and stems[0] == stems[1]:
        return [stems[0]]  # anak-anak, negara-negara, bermain-main
    return stems


class _TokenCache(dict[str, str]):
    """Token -> its stems joined by spaces, for one language (``None``: both languages).

    Release text is Zipfian: a few thousand word forms make up most tokens, so after warm-up nearly every
    token of a release is one C-level dict lookup instead of the acronym/digit checks, hyphen splitting and
    Snowball call of :func:`_stem_token` (profiled at ~1 ms per 2 KB release uncached, most of the indexer's
    own CPU). Keys are the tokens as written (case kept), so a cached value is exactly what
    :func:`_stem_token`/:func:`_both_stems` return for that token, and cached output equals uncached output.
    """

    MAX_SIZE = 200_000  # ~30 MB at most; cleared when full, since names and numbers keep adding new tokens

    def __init__(self, lang: str | None) -> None:
        super().__init__()
        self.lang = lang

    def __missing__(self, token: str) -> str:
        stems = " ".join(_both_stems(token) if self.lang is None else _stem_token(token, self.lang))
        if len(self) >= self.MAX_SIZE:
            self.clear()
        self[token] = stems
        return stems


_TOKEN_CACHES: dict[str | None, _TokenCache] = {lang: _TokenCache(lang) for lang in ("id", "en", None)}


def stem_text(text: str, language: str | None) -> str:
    """Return a lowercase, space-separated stemmed copy of ``text`` for ``title_stem``/``body_stem``.

    ``language`` is 'id' or 'en' (ISO 639-1 or -3, or the English name). When it is unknown (``None``
    or anything else) each word gets both stems, like :func:`stem_query`.
    """
    lang = _normalise_language(language)
    stems = map(_TOKEN_CACHES[lang].__getitem__, TOKEN_RE.findall(text))
    if lang is None:
        # A token with no stem in either language contributes nothing, as in stem_query.
        return " ".join([s for s in stems if s])
    return " ".join(stems)


def _both_stems(token: str) -> list[str]:
    stems: list[str] = []
    for lang in ("id", "en"):
        for stem in _stem_token(token, lang):
            for piece in stem.split():
                if piece not in stems:
                    stems.append(piece)
    return stems


def stem_query(q: str) -> str:
    """Stem a query whose language is unknown: the unique Indonesian and English stems, in query order.

    Example: ``"pencegahan prevents"`` → ``"cegah pencegahan prevents prevent"``. A word that one
    stemmer leaves untouched is kept as it is, so the result is best searched with a lenient
    ``matchingStrategy`` ("last" or "frequency") rather than "all".
    """
    seen: list[str] = []
    for match in TOKEN_RE.finditer(q):
        for stem in _both_stems(match.group()):
            for piece in stem.split():
                if piece not in seen:
                    seen.append(piece)
    return " ".join(seen)
