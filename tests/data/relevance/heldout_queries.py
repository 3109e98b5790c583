"""The held-out judgments: 112 queries over ``heldout_corpus.jsonl``, written before any ranking change was tuned.

Written once against the facts each release was generated from (``topic``, ``event``, ``slots`` in the corpus)
and expanded here into explicit release ids in ``heldout_queries.jsonl``, which the test reads. Ranking changes
are tuned on other queries (``queries.jsonl``, ``tuning_queries.jsonl``); these are only measured.

Grades: 2 = the release answers the query (every constraint: place, month, figure ...), 1 = same subject but a
constraint differs (another flood, another month's inflation). Both language versions of a release get the same
grade. A judgment key is a topic (``flood``: every release of it), an event (``flood-6``: the Indonesian and
English release of one event), ``re:REGEX`` (releases whose title or body match, case-insensitive) or
``topic~REGEX`` (releases of that topic matching). A release takes its highest grade.

Categories: ``indonesian``/``english`` (query and relevant releases share a language, at least partly),
``crosslang`` (the grade-2 releases exist only in the other language), ``morphology`` (the query uses other
affixes than the releases: meN-/peN-/di-/-kan/-an, English -ing/-ed), ``acronym``, ``typo``, ``number``.

    .venv/bin/python tests/data/relevance/heldout_queries.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = HERE / "heldout_corpus.jsonl"
OUT = HERE / "heldout_queries.jsonl"

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "deradikalisasi mantan narapidana terorisme", {"derad": 2}),
    ("indonesian", "densus 88 tangkap terduga teroris jayapura", {"arrest-2": 2, "arrest-3": 2, "arrest-4": 2, "arrest": 1}),
    ("indonesian", "banjir ambon", {"flood-6": 2, "flood-8": 2, "flood": 1}),
    ("indonesian", "gempa maluku", {"quake-4": 2, "quake-6": 2, "quake": 1}),
    ("indonesian", "erupsi gunung merapi", {"volcano-4": 2, "volcano-5": 2, "volcano-6": 2, "volcano": 1}),
    ("indonesian", "kebakaran hutan kalimantan tengah", {"fire-1": 2, "fire-2": 2, "fire-5": 2, "fire": 1}),
    ("indonesian", "tanah longsor pekanbaru", {"landslide-1": 2, "landslide-6": 2, "landslide": 1}),
    ("indonesian", "simulasi tsunami", {"drill-4": 2, "drill-5": 2, "drill": 1}),
    ("indonesian", "kekeringan air bersih nusa tenggara barat", {"drought-3": 2, "drought-4": 2, "drought": 1}),
    ("indonesian", "suku bunga acuan bank indonesia", {"birate": 2}),
    ("indonesian", "stabilisasi nilai tukar rupiah", {"rupiah": 2}),
    ("indonesian", "pinjaman online ilegal", {"pinjol": 2}),
    ("indonesian", "cadangan devisa", {"reserves": 2}),
    ("indonesian", "penduduk miskin", {"poverty": 2}),
    ("indonesian", "pertumbuhan ekonomi triwulan II", {"growth-3": 2, "growth-4": 2, "growth-7": 2, "growth": 1}),
    ("indonesian", "evakuasi WNI dari sudan", {"citizens-1": 2, "citizens-8": 2, "citizens": 1}),
    ("indonesian", "bantuan kemanusiaan gaza", {"aid-2": 2, "aid-3": 2, "aid-6": 2, "aid-9": 2, "aid": 1}),
    ("indonesian", "korban penipuan online scam kamboja", {"scam-2": 2, "scam-4": 2, "scam": 1}),
    ("indonesian", "kompensasi korban terorisme", {"victims": 2}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "foreign exchange reserves", {"reserves": 2}),
    ("english", "terror suspects arrested in Jayapura", {"arrest-2": 2, "arrest-3": 2, "arrest-4": 2, "arrest": 1}),
    ("english", "floods in Makassar", {"flood-7": 2, "flood-13": 2, "flood": 1}),
    ("english", "earthquake aftershocks North Sumatra", {"quake-3": 2, "quake-7": 2, "quake": 1}),
    ("english", "Mount Lewotobi eruption", {"volcano-3": 2, "volcano-7": 2, "volcano": 1}),
    ("english", "water bombing helicopters forest fires", {"fire": 2}),
    ("english", "landslide search and rescue Samarinda", {"landslide-7": 2, "landslide": 1}),
    ("english", "drought clean water distribution", {"drought": 2}),
    ("english", "Bank Indonesia policy rate decision", {"birate": 2}),
    ("english", "illegal online lending task force", {"pinjol": 2}),
    ("english", "cross-border QR payments Singapore", {"qris-2": 2, "qris-3": 2, "qris": 1}),
    ("english", "poverty rate", {"poverty": 2}),
    ("english", "open unemployment rate", {"unemp": 2}),
    ("english", "trade surplus coal exports", {"trade-4": 2, "trade-6": 2, "trade": 1}),
    ("english", "foreign tourist arrivals", {"tourists": 2}),
    ("english", "humanitarian aid to Afghanistan", {"aid-4": 2, "aid-7": 2, "aid": 1}),
    ("english", "ASEAN foreign ministers South China Sea", {"asean-1": 2, "asean": 1}),
    ("english", "campus radicalism prevention students", {"campus": 2}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "deradicalization programme in Lampung", {"derad-2": 2, "derad": 1}),
    ("crosslang", "terror suspects arrested in Ambon", {"arrest-6": 2, "arrest": 1}),
    ("crosslang", "radical content removed from social media in 2024", {"online-2": 2, "online": 1}),
    ("crosslang", "Indonesia Japan counterterrorism cooperation", {"coop-2": 2, "coop": 1}),
    ("crosslang", "floods in Sentani Papua", {"flood-2": 2, "flood": 1}),
    ("crosslang", "earthquake in Bogor West Java", {"quake-8": 2, "quake": 1}),
    ("crosslang", "Mount Ruang eruption exclusion zone", {"volcano-2": 2, "volcano-8": 2, "volcano": 1}),
    ("crosslang", "forest fires in Riau", {"fire-6": 2, "fire": 1}),
    ("crosslang", "landslide victims in Palu", {"landslide-4": 2, "landslide": 1}),
    ("crosslang", "farmers terms of trade July 2021", {"ntp-2": 2, "ntp": 1}),
    ("crosslang", "Indonesians evacuated from Lebanon", {"citizens-6": 2, "citizens": 1}),
    ("crosslang", "Indonesia Brazil trade and investment", {"bilateral-2": 2, "bilateral-4": 2, "bilateral": 1}),
    ("crosslang", "ASEAN meeting on human trafficking in Labuan Bajo", {"asean-4": 2, "asean": 1}),
    ("crosslang", "online scam victims rescued from Laos", {"scam-6": 2, "scam": 1}),
    ("crosslang", "densus 88 tangkap teroris di medan", {"arrest-5": 2, "arrest": 1}),
    ("crosslang", "banjir di poso", {"flood-9": 2, "flood": 1}),
    ("crosslang", "simulasi tsunami makassar", {"drill-5": 2, "drill": 1}),
    ("crosslang", "kunjungan wisman november 2023", {"tourists-5": 2, "tourists": 1}),
    ("crosslang", "pembayaran QRIS dengan jepang", {"qris-5": 2, "qris": 1}),
    ("crosslang", "kekeringan di riau", {"drought-5": 2, "drought": 1}),
    ("crosslang", "gempa lampung", {"quake-9": 2, "quake": 1}),
    # -- morphology: other affixes than the releases use -----------------------------------------------------------
    ("morphology", "penangkapan teroris", {"arrest": 2}),
    ("morphology", "pemulangan WNI korban penipuan", {"scam": 2, "citizens": 1}),
    ("morphology", "penyaluran air bersih", {"drought": 2}),
    ("morphology", "mengungsikan warga lereng gunung", {"volcano": 2}),
    ("morphology", "pemadaman kebakaran lahan", {"fire": 2}),
    ("morphology", "pencarian korban longsor", {"landslide": 2}),
    ("morphology", "membina mantan napiter", {"derad": 2}),
    ("morphology", "pembekuan rekening teroris", {"financing": 2}),
    ("morphology", "penurunan suku bunga acuan", {"birate-1": 2, "birate-6": 2, "birate-7": 2, "birate": 1}),
    ("morphology", "kenaikan BI-Rate", {"birate-2": 2, "birate-3": 2, "birate-4": 2, "birate-8": 2, "birate": 1}),
    ("morphology", "pengiriman bantuan kemanusiaan", {"aid": 2}),
    ("morphology", "penandatanganan nota kesepahaman", {"bilateral~kesepahaman|memorandum": 2, "bilateral": 1}),
    ("morphology", "pemblokiran pinjol", {"pinjol": 2}),
    ("morphology", "menanggulangi terorisme kerja sama internasional", {"coop": 2}),
    ("morphology", "ekonomi bertumbuh", {"growth": 2}),
    ("morphology", "evacuating residents near the volcano", {"volcano": 2}),
    ("morphology", "arresting militants", {"arrest": 2}),
    ("morphology", "assisting former convicts", {"derad": 2}),
    ("morphology", "preventing radicalism on campus", {"campus": 2}),
    ("morphology", "melindungi WNI", {"citizens": 2, "scam": 1}),
    # -- acronyms ---------------------------------------------------------------------------------------------------
    ("acronym", "BNPT", {"re:\\bBNPT\\b": 2}),
    ("acronym", "Densus 88", {"arrest": 2}),
    ("acronym", "BI-Rate", {"birate": 2}),
    ("acronym", "OJK pinjol", {"pinjol": 2}),
    ("acronym", "PPATK", {"financing": 2}),
    ("acronym", "Satgas PASTI", {"pinjol": 2}),
    ("acronym", "QRIS", {"qris": 2}),
    ("acronym", "TPT BPS", {"unemp": 2}),
    ("acronym", "NTP petani", {"ntp": 2}),
    ("acronym", "Basarnas", {"landslide": 2}),
    ("acronym", "LPSK kompensasi", {"victims": 2}),
    ("acronym", "BMKG gempa", {"quake": 2}),
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "deradikalsasi", {"derad": 2}),
    ("typo", "terroris ditangkap", {"arrest": 2}),
    ("typo", "bnajir medan", {"flood-1": 2, "flood-10": 2, "flood": 1}),
    ("typo", "erupsi gunung semru", {"volcano-1": 2, "volcano": 1}),
    ("typo", "inflasy februari 2023", {"inflation-2": 2, "inflation-4": 2, "inflation": 1}),
    ("typo", "cadangan defisa", {"reserves": 2}),
    ("typo", "earthquacke aftershocks", {"quake": 2}),
    ("typo", "humanitarain aid palestine", {"aid-2": 2, "aid-3": 2, "aid-6": 2, "aid-9": 2, "aid": 1}),
    ("typo", "unemployement rate", {"unemp": 2}),
    ("typo", "kebakaran hutam dan lahan", {"fire": 2}),
    ("typo", "pinjman online ilegal", {"pinjol": 2}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "inflasi september 2022", {"inflation-6": 2, "inflation": 1}),
    ("number", "BI-Rate 6,25 persen", {"birate-1": 2, "birate-8": 2, "birate": 1}),
    ("number", "gempa magnitudo 6,4", {"quake-3": 2, "quake": 1}),
    ("number", "cadangan devisa 150,2 miliar dolar", {"reserves-4": 2, "reserves-5": 2, "reserves": 1}),
    ("number", "trade surplus May 2025", {"trade-5": 2, "trade": 1}),
    ("number", "evakuasi 897 WNI", {"citizens-1": 2, "citizens-4": 2, "citizens": 1}),
    ("number", "pengangguran februari 2025", {"unemp-6": 2, "unemp": 1}),
    ("number", "inflation March 2024", {"inflation-5": 2, "inflation": 1}),
    ("number", "ekonomi triwulan IV 2022", {"growth-1": 2, "growth": 1}),
    ("number", "812 pinjol ilegal", {"pinjol-3": 2, "pinjol-6": 2, "pinjol": 1}),
    ("number", "kunjungan wisman oktober 2024", {"tourists-1": 2, "tourists": 1}),
]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def matches(doc: dict, key: str) -> bool:
    """Whether judgment ``key`` (see module docstring) covers release ``doc``."""
    text = doc["title"] + "\n" + doc["body"]
    if key.startswith("re:"):
        return re.search(key[3:], text, re.IGNORECASE) is not None
    if "~" in key:
        topic, pattern = key.split("~", 1)
        return doc["topic"] == topic and re.search(pattern, text, re.IGNORECASE) is not None
    return doc["event"] == key if "-" in key and key.rsplit("-", 1)[1].isdigit() else doc["topic"] == key


def judgments(corpus: list[dict], spec: dict[str, int]) -> dict[str, int]:
    grades: dict[str, int] = {}
    for key, grade in spec.items():
        hits = [d for d in corpus if matches(d, key)]
        if not hits:
            raise ValueError(f"judgment key {key!r} matches no release")
        for doc in hits:
            grades[str(doc["id"])] = max(grade, grades.get(str(doc["id"]), 0))
    return dict(sorted(grades.items(), key=lambda kv: (-kv[1], int(kv[0]))))


def check_crosslang(corpus: list[dict], q: str, grades: dict[str, int]) -> None:
    """A cross-lingual query's grade-2 releases are all in one language, not the query's (checked by hand too)."""
    by_id = {str(d["id"]): d for d in corpus}
    langs = {by_id[i]["language"] for i, g in grades.items() if g == 2}
    if len(langs) != 1:
        raise ValueError(f"cross-lingual query {q!r} has grade-2 releases in {langs}")


def main() -> None:
    corpus = load(CORPUS)
    lines = []
    for n, (category, q, spec) in enumerate(QUERIES, start=1):
        grades = judgments(corpus, spec)
        if category == "crosslang":
            check_crosslang(corpus, q, grades)
        lines.append(json.dumps({"id": f"h{n:03d}", "category": category, "q": q, "relevant": grades},
                                ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} queries -> {OUT}")


if __name__ == "__main__":
    main()
