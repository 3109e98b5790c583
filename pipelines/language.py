"""Language identification for releases: Indonesian, English, both, or neither.

The archive holds Indonesian (``id``) and English (``en``) releases only, so the question is narrow:
which of the two is this text in, is it a real mix of both, or is there too little text to say.

How a text is judged:

* The text is cut into sentences (inside paragraphs). Each sentence with enough words gets a score from
  lingua (restricted to English, Indonesian and Malay) plus a cheap count of function words ("yang",
  "dan", "di" against "the", "and", "of"). Function words matter most on short, name-heavy strings
  such as titles, where character n-grams are unreliable.
* If at least a quarter of the classified words are Indonesian *and* at least a quarter are English,
  the text is ``mixed``: for example a release that quotes a foreign official in English, or a bilingual
  page that prints both versions.
* Otherwise the whole text is scored at once, which is more reliable than any single sentence.
* ``unknown`` is returned for empty, numeric or too-short text (fewer than two words of two letters or
  more) and when the evidence is too weak to choose.

Malay: lingua's Malay model is used only as evidence *for* Indonesian. The two languages share most of
their vocabulary and function words, and on short texts no detector separates them reliably, so Malay
text is reported as ``id`` (never ``en``). Agencies in this archive do not publish in Malay; a Malay page
showing up here would be an oddity to look at, not a third language to support.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from itemadapter import ItemAdapter

from pipelines.clean import normalize_text
from pipelines.workers import Workers, crawl_workers

if TYPE_CHECKING:  # pragma: no cover
    from lingua import LanguageDetector

__all__ = ["LANGUAGES", "LanguagePipeline", "detect_language"]

LANGUAGES = ("id", "en", "mixed", "unknown")

MIXED_SHARE = 0.25  # each language must cover at least this share of the classified words
MIN_WORDS = 2  # fewer words (of two letters or more) than this is "unknown"
MIN_SENTENCE_WORDS = 5  # shorter sentences do not count towards "mixed"
MIN_SIDE_WORDS = 12  # ... and neither language can make a text "mixed" with fewer words than this
DECISION_MARGIN = 0.5  # |score| below this is too close to call

# Frequent grammatical words. Only words that are common in one language and rare (or absent) in the
# other are listed: "dan" and "di" are never English words, "the" and "of" never Indonesian ones.
# Names inside releases ("Bank Indonesia", "Densus 88") contain none of them, which is the point.
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ID_FUNCTION_WORDS = _word_set(
    """
    yang dan di ke dari dalam untuk dengan pada ini itu adalah ialah akan tidak juga oleh sebagai para
    bahwa telah sudah atau kepada serta karena bagi tersebut dapat secara antara hingga sampai lebih
    kami kita mereka ada agar terhadap melalui saat setelah sejak masih belum harus bisa namun tetapi
    sedangkan sementara yaitu yakni seluruh setiap sebanyak sekitar tanpa atas bawah jika apabila
    ketika selama menjadi merupakan tentang kembali terus segera guna demi sejumlah berbagai lain
    lainnya pun nya dia ia beliau kata ujar ungkap menurut
    """
)
_EN_FUNCTION_WORDS = _word_set(
    """
    the of and to in for on with by is are was were be been being has have had will would shall should
    can could may might must that this these those from at as an a it its which who whom whose their
    they them our we us you your he she his her him not or but also than into over under after before
    during between about against through while where when what there here such other more most very
    all any each both some nor only own same so too just then once said says
    """
)
# Affixes that mark an Indonesian word ("meningkatkan", "pembangunan", "diresmikan") or an English one
# ("inflation", "holds", "raised"). Used with a small weight, for titles without function words.
_ID_AFFIX = re.compile(
    r"^(?:me(?:ng|ny|m|n)?|ber|ter|di|pe(?:ng|ny|m|n)?|per|se|ke)[a-z]{3,}(?:kan|an|nya|i)$"
    r"|^[a-z]{3,}(?:kan|nya)$|^(?:ke|pe[nmr]?|per)[a-z]{3,}an$"
)
_EN_AFFIX = re.compile(
    r"^[a-z]{3,}(?:tions?|ments?|ing|ed|ly|ies|ness|ity|ous|ive|ship)$|^[a-z]{2,}(?:[bcdfgklmnprtvwy]s|[^aeious]es)$"
)
# Indonesian words that happen to look like English "-ing" forms.
_NOT_EN_AFFIX = _word_set("penting asing masing paling kering genting pusing miring kambing kucing anjing")

_LETTER_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[.!?][\"”’])\s+")

@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    """Built on first use, so that importing this module stays cheap; models load on the first call.

    High-accuracy mode on purpose: low-accuracy mode (trigrams only) was measured to misread English
    titles full of Indonesian names ("Jokowi Visits Papua" -> id) and to lose a labelled paragraph.
    """
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.INDONESIAN, Language.MALAY).build()


def _words(text: str) -> list[str]:
    return _LETTER_WORD.findall(text)


_P_CLIP = 0.0025  # lingua's probabilities are clipped to [_P_CLIP, 1 - _P_CLIP] ...
LINGUA_CLIP = math.log((1.0 - _P_CLIP) / _P_CLIP)  # ... so its log-odds to +-5.99


def _lingua_log_odds(text: str) -> float:
    """log(P(en) / P(id or ms)) according to lingua, clipped to +-``LINGUA_CLIP``."""
    from lingua import Language

    p_en = 0.0
    for conf in _detector().compute_language_confidence_values(text):
        if conf.language == Language.ENGLISH:
            p_en = conf.value
    p_en = min(max(p_en, _P_CLIP), 1.0 - _P_CLIP)
    return math.log(p_en / (1.0 - p_en))


# Per-word evidence flags: English / Indonesian function word, English / Indonesian affix.
_EN_FW, _ID_FW, _EN_AF, _ID_AF = 1, 2, 4, 8
_EVIDENCE_CACHE: dict[str, int] = {}
_EVIDENCE_CACHE_MAX = 200_000


def _word_evidence(word: str) -> int:
    """The evidence flags of one lower-cased word, cached: a release repeats most of its words and
    the affix regexes were the costliest part of scoring a long text."""
    flags = _EVIDENCE_CACHE.get(word)
    if flags is None:
        flags = 0
        if word in _EN_FUNCTION_WORDS:
            flags |= _EN_FW
        elif word not in _NOT_EN_AFFIX and _EN_AFFIX.match(word):
            flags |= _EN_AF
        if word in _ID_FUNCTION_WORDS:
            flags |= _ID_FW
        elif _ID_AFFIX.match(word):
            flags |= _ID_AF
        if len(_EVIDENCE_CACHE) >= _EVIDENCE_CACHE_MAX:
            _EVIDENCE_CACHE.clear()
        _EVIDENCE_CACHE[word] = flags
    return flags


def _evidence(words: list[str]) -> tuple[float, float]:
    """Function-word and affix scores of lower-cased words (positive: English), each as a share of
    the words so that long texts are not dominated by raw counts."""
    fw = af = 0
    for word, count in Counter(words).items():
        flags = _word_evidence(word)
        if flags:
            fw += count * (((flags & _EN_FW) > 0) - ((flags & _ID_FW) > 0))
            af += count * (((flags & _EN_AF) > 0) - ((flags & _ID_AF) > 0))
    n = max(len(words), 1)
    return fw / n * 10.0, af / n * 3.0


def _score(text: str, *, cheap_first: bool = False, words: list[str] | None = None) -> tuple[float, int]:
    """Positive means English, negative Indonesian; and the number of words considered.

    Lingua's log-odds are combined with function-word and affix evidence. Each function word is worth
    about as much as a confident lingua verdict on a short string, so two or three of them decide a
    title, while long paragraphs are decided by lingua and the counts together.
    """
    if words is None:  # the caller may pass the lower-cased words of ``text``
        words = _lower_words(text)
    if not words:
        return 0.0, 0
    n = len(words)
    fw, af = _evidence(words)
    if cheap_first and n >= 8 and abs(fw + af) >= CHEAP_DECISIVE:
        # A sentence with this much function-word evidence is decided without lingua, which costs
        # ~1 ms a call; the mixed-language check scores every sentence of a release.
        return fw + af, n
    # On short strings lingua is noisy; let it weigh less than on paragraphs.
    lingua_weight = 0.5 if n < 8 else 1.0
    if abs(fw + af) > LINGUA_CLIP * lingua_weight + DECISION_MARGIN + 1e-9:
        # Lingua's clipped log-odds could not move the score across the decision margin: skip it.
        return fw + af, n
    lingua = _lingua_log_odds(text[:LINGUA_MAX_CHARS])
    return lingua * lingua_weight + fw + af, n


LINGUA_MAX_CHARS = 2500  # a release's language is clear from its opening paragraphs
CHEAP_DECISIVE = 3.0  # function-word/affix score beyond which a sentence's language is not in doubt


def _label(score: float) -> str:
    if score >= DECISION_MARGIN:
        return "en"
    if score <= -DECISION_MARGIN:
        return "id"
    return "unknown"


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in text.split("\n\n"):
        out.extend(s for s in _SENTENCE_BREAK.split(para.replace("\n", " ")) if s.strip())
    return out


# +1 for an English function word, -1 for an Indonesian one (0 for a word on both lists).
_FW_SIGN = {w: (w in _EN_FUNCTION_WORDS) - (w in _ID_FUNCTION_WORDS) for w in _EN_FUNCTION_WORDS | _ID_FUNCTION_WORDS}


def _cheap_sides(sentences: list[str]) -> dict[str, int]:
    """Words per language from function words and affixes alone (no lingua)."""
    counts = {"id": 0, "en": 0, "unknown": 0}
    for sentence in sentences:
        words = _lower_words(sentence)
        if len(words) < MIN_SENTENCE_WORDS:
            continue
        fw = sum(_FW_SIGN.get(w, 0) for w in words)
        counts[_label(fw / len(words) * 10.0)] += len(words)
    return counts


def _is_mixed(text: str) -> bool:
    sentences = _sentences(text)
    cheap = _cheap_sides(sentences)
    if min(cheap["id"], cheap["en"]) < MIN_SIDE_WORDS // 2:
        # No sign of a second language in the function words: skip the per-sentence lingua calls,
        # which would cost ~1 ms per sentence on every release.
        return False
    counts = {"id": 0, "en": 0}
    for sentence in sentences:
        n = len(_words(sentence))
        if n < MIN_SENTENCE_WORDS:
            continue
        label = _label(_score(sentence, cheap_first=True)[0])
        if label in counts:
            counts[label] += n
    total = counts["id"] + counts["en"]
    if total == 0:
        return False
    return all(c >= MIN_SIDE_WORDS and c / total >= MIXED_SHARE for c in counts.values())


def _lower_words(text: str) -> list[str]:
    words = _words(text)
    # One lower() over the joined words instead of one per word; the space keeps word boundaries,
    # so context-dependent case rules (Greek final sigma) come out as for each word alone.
    return " ".join(words).lower().split(" ") if words else []


def _has_min_words(words: list[str]) -> bool:
    """At least ``MIN_WORDS`` words of two letters or more (stops counting once there are enough)."""
    found = 0
    for word in words:
        if len(word) >= 2:
            found += 1
            if found >= MIN_WORDS:
                return True
    return False


def detect_language(text: str) -> str:
    """One of "id", "en", "mixed", "unknown" for ``text`` (a title, a paragraph or a whole release)."""
    text = normalize_text(text or "")
    words = _lower_words(text)
    if not _has_min_words(words):
        return "unknown"
    # "mixed" needs sentences led by English and by Indonesian function words (``_cheap_sides``);
    # a text without any function word of one of the languages cannot have such sentences, and the
    # per-sentence pass is skipped. Most releases use no English function word at all.
    if not (_EN_FUNCTION_WORDS.isdisjoint(words) or _ID_FUNCTION_WORDS.isdisjoint(words)) and _is_mixed(text):
        return "mixed"
    return _label(_score(text, words=words)[0])


class LanguagePipeline:
    """Sets ``detected_language``; fills in a missing declared ``language``; counts disagreements.

    During a crawl, detection runs in the crawl's worker process (``pipelines.workers``): it is the
    costliest step per item (lingua alone ~1 ms) and pure CPU.
    """

    def __init__(self, stats=None, workers: Workers | None = None) -> None:
        self.stats = stats
        self.workers = workers

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats, crawl_workers(crawler))

    def process_item(self, item, spider=None):
        text = self._text(item)
        if self.workers is None or not self.workers.active:
            return self._apply(item, detect_language(text), spider)
        return self._detect_in_worker(item, text, spider)

    async def _detect_in_worker(self, item, text: str, spider):
        return self._apply(item, await self.workers.run(detect_language, text), spider)

    @staticmethod
    def _text(item) -> str:
        a = ItemAdapter(item)
        return "\n\n".join(part for part in (a.get("title"), a.get("body")) if part)

    def _apply(self, item, detected: str, spider):
        a = ItemAdapter(item)
        a["detected_language"] = detected
        declared = a.get("language")
        if declared is None:
            if detected in ("id", "en"):
                a["language"] = detected
        elif detected in ("id", "en") and detected != declared:
            # "mixed" and "unknown" are not disagreements: they are not a claim about the language.
            stats = self.stats or getattr(getattr(spider, "crawler", None), "stats", None)
            if stats is not None:
                stats.inc_value("siaran/language_mismatch")
        return item
