"""The twenty-fourth held-out judgments (v24): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 9, eighth set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to twenty-second (``heldout2_queries.py`` ... ``heldout22_queries.py``) were each written for one
measurement, after which they no longer count as unseen. This set is a further measure of record: it must be
measured once, never tuned on.

How: written on 2026-12-05 (session 9, the eighth set of that session) by a helper session, under strict blindness
rules: no search, ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither
the ranking code (its glossary, abbreviation list, coverage, stemming or spelling code), the benchmarks, the relevance
test, the search unit tests, the README or docs sections about relevance and search, nor any result or measurement
was read, nor any commit message or diff about relevance or search. The only files read were the corpus
(``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets, the latter only for their conventions
and to avoid repeating them. Every judgment comes from the corpus text (title and body of the releases, checked by
pattern search over the corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals
or trivially rewords one in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (up to
``heldout22``; checked by a script listing, for every query here, earlier queries with the same or nearly the same
words, read by hand, late replacements included); the earlier sets cover the corpus heavily, so where this set
touches an event an earlier set asked about, it asks for another fact of its text (mostly a detail from the middle
or end of the body), phrases the need as a different user would, or uses another form (acronym, typo, affix, other
language). The set is small (28 queries): most candidates written for it turned out to repeat an earlier
query and were dropped rather than reworded.

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py``, ``heldout9_queries.py``,
``heldout10_queries.py`` and ``heldout16_queries.py`` (their docstrings): grade 2 = the release answers the query
(every constraint), 1 = same subject but a constraint differs; both language versions of an event get the same
grade; keys are a topic, an event, ``re:REGEX`` or ``topic~REGEX``; a release takes its highest grade. A fact only in
the slots and stated by neither language version of the event does not earn grade 2, nor does a date that is only in
``published_at``; judgments on a detail of the text are written as explicit event keys, so that both language
versions get the grade even when only one states it.

Categories as in ``heldout16_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and some Indonesian queries for
English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the stem does in
at least one of them; the releases' forms are in the comments), ``acronym`` (province abbreviations the corpus never writes: Sulsel, Sulut), ``typo``, ``number``. Ids are ``r001`` ...

    .venv/bin/python tests/data/relevance/heldout24_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout24_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "menlu jepang bahas situasi myanmar dan palestina",  # bilateral-7: "Menteri Luar Negeri Jepang",
     # "membahas isu kawasan, termasuk situasi di Myanmar dan Palestina"
     {"bilateral-7": 2, "bilateral": 1}),
    ("indonesian", "gempa serang warga diminta tidak terpancing isu",  # quake-1: "Serang, Banten", "Warga diimbau
     # tidak terpancing isu"
     {"quake-1": 2, "quake": 1}),
    ("indonesian", "data pribadi korban pinjol disebar juli 2022",  # pinjol-4: "Juli 2022", "penyebaran data
     # pribadi"
     {"pinjol-4": 2, "pinjol": 1}),
    ("indonesian", "pembayaran QRIS dengan uni emirat arab pakai mata uang lokal",  # qris-1, qris-4: "Uni Emirat
     # Arab", "Transaksi diselesaikan dalam mata uang lokal"
     {"qris-1": 2, "qris-4": 2, "qris": 1}),
    ("indonesian", "sumur bor dan penampungan air hujan saat kemarau",  # drought-1, drought-4: "menyiapkan sumur bor
     # dan penampungan air hujan"
     {"drought-1": 2, "drought-4": 2, "drought": 1}),
    ("indonesian", "video propaganda dan panduan merakit bom di media sosial sepanjang 2022",  # online-1, online-4:
     # "2022", "video propaganda ... panduan merakit bom"; online-5 (2022) names platforms, not the content kinds
     {"online-1": 2, "online-4": 2, "online": 1}),
    # -- English --------------------------------------------------------------------------------------------------
    ("english", "cold lava flood warning after Semeru eruption July 2023",  # volcano-1: "July 14, 2023", "warned of
     # cold lava floods"
     {"volcano-1": 2, "volcano": 1}),
    ("english", "rubber boats and tents for Medan flood victims May 2021",  # flood-1: "May 24, 2021", "food, rubber
     # boats and tents"; flood-10 (Medan) is March 2024
     {"flood-1": 2, "flood": 1}),
    ("english", "how many homes were flooded in Poso in August 2023",  # flood-9: "Floods Inundate 870 Homes in Poso",
     # "August 3, 2023"
     {"flood-9": 2, "flood": 1}),
    # -- cross-lingual: English queries for Indonesian-only releases, Indonesian for English-only ones -------------
    ("crosslang", "Medan flood emergency March 2024 evacuees",  # flood-10: "Medan", "27 Maret 2024", "12.450 warga
     # mengungsi"; flood-1 (Medan) is May 2021
     {"flood-10": 2, "flood": 1}),
    ("crosslang", "tsunami evacuation exercise in Sentani",  # drill-4: "1.200 warga Sentani", "simulasi tsunami"
     {"drill-4": 2, "drill": 1}),
    ("crosslang", "Singaporean visitors top foreign arrivals March 2023",  # tourists-2: "Maret 2023", "Wisman asal
     # Singapura mendominasi"
     {"tourists-2": 2, "tourists": 1}),
    ("crosslang", "knives and explosives seized in Jayapura raid on MIT network July 2023",  # arrest-2: "Jayapura",
     # "Mujahidin Indonesia Timur", "menyita bahan peledak, senjata tajam"; July 2023 only in published_at, so
     # the month is not a constraint any release states: arrest-4 (Jayapura, MIT) names no seized weapons
     {"arrest-2": 2, "arrest": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "homes inundated in Makassar",  # inundating (flood-7, flood-13 English)
     {"flood-7": 2, "flood-13": 2, "flood": 1}),
    ("morphology", "houses buried by landslide in Ambon",  # buried (landslide-5: "A landslide buried homes in Ambon")
     # -- "buried" occurs; stem form is the query's participle, so this is judged with landslide-5 only
     {"landslide-5": 2, "landslide": 1}),
    ("morphology", "former inmates pledging loyalty to the republic",  # pledged (derad-1, -3, -5, -7, -9 English),
     # ikrar setia (derad-2, derad-8); derad-4, derad-6 do not mention the pledge
     {"derad-1": 2, "derad-2": 2, "derad-3": 2, "derad-5": 2, "derad-7": 2, "derad-8": 2, "derad-9": 2,
      "derad": 1}),
    ("morphology", "stabilising rupiah by intervening in DNDF market",  # intervened (rupiah-1, -3, -5 English)
     {"rupiah-1": 2, "rupiah-3": 2, "rupiah-5": 2, "rupiah": 1}),
    ("morphology", "pemberian kompensasi kepada penyintas terorisme",  # menerima kompensasi (victims-1, -3, -4),
     # diberikan (victims-2), receive (victims-5)
     {"victims": 2}),
    # -- acronyms and abbreviations ---------------------------------------------------------------------------------
    ("acronym", "banjir sulsel september 2022", {"flood-7": 2, "flood": 1}),  # Sulawesi Selatan; flood-13 is 2021
    ("acronym", "erupsi gunung ruang sulut",  # Sulawesi Utara: only volcano-8 states the province (volcano-2 is Ruang
     # without it)
     {"volcano-8": 2, "volcano-2": 1, "volcano": 1}),
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "lonsor pekanbaru januari 2025", {"landslide-6": 2, "landslide": 1}),  # landslide-1 is April 2025
    ("typo", "deradikalisai napiter palu", {"derad-3": 2, "derad": 1}),
    ("typo", "evacuaton of Indonesians from Myanmar",  # citizens-3 (February 2021), citizens-4 (May 2021)
     {"citizens-3": 2, "citizens-4": 2, "citizens": 1}),
    ("typo", "Bandung floods resdents displaced", {"flood-11": 2, "flood": 1}),
    ("typo", "forign tourist arrivals from Malaysia", {"tourists-3": 2, "tourists": 1}),
    ("typo", "tingkat pengangguran terbuka februri 2025", {"unemp-6": 2, "unemp": 1}),  # unemp-1 is February 2021
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "farmers terms of trade 104.30", {"ntp-5": 2, "ntp": 1}),
    ("number", "inflasi bulanan 0,52 persen", {"inflation-5": 2, "inflation-7": 2, "inflation": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "r")


if __name__ == "__main__":
    main()
