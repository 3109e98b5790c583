"""The sixth held-out judgments: new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05 (session 6,
second set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to fifth (``heldout2_queries.py`` ... ``heldout5_queries.py``) were each written for one measurement,
after which they no longer count as unseen. This set is a further measure of record: it must be measured once,
never tuned on.

How: written on 2026-12-05 (session 6, second set) by a helper session, under strict blindness rules: no search,
ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither the ranking code
(its glossary, stemming or vocabulary), the benchmarks, the relevance test nor any result or measurement was read,
nor any commit message or diff about relevance or search. The only files read were the corpus
(``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets, the latter only for their conventions
and to avoid repeating them. Every judgment comes from the corpus text (title and body of the releases, checked by
pattern search over the corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query
equals or trivially rewords one in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl``; where
this set touches an event an earlier set asked about, it asks for another fact of it (a month, a figure, a detail of
the text) or in another form (acronym, typo, affix, other language).

Conventions are those of ``heldout2_queries.py`` and ``heldout5_queries.py`` (their docstrings): grade 2 = the
release answers the query (every constraint), 1 = same subject but a constraint differs; both language versions of
an event get the same grade; keys are a topic, an event, ``re:REGEX`` or ``topic~REGEX``; a release takes its
highest grade. A fact only in the slots and stated by neither language version of the event does not earn grade 2
(here: ``arrest-5`` never names North Sumatra, ``drought-5`` never names Dumai, ``victims-2`` states no amount,
``tourists-4`` never names China, ``reserves-2`` states no months of imports), nor does a date that is only in
``published_at`` (the arrest, deradicalisation, campus, cooperation, financing and QRIS releases state no month, so
no query here constrains them by date); judgments on a detail of the text are written as explicit event keys, so
that both language versions get the grade even when only one states it.

Categories as in ``heldout5_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the stem does in
at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus only spells
out: Jabar, Sumut, NTB, Unram, Jatim, Sulsel, ULN, RRT, FTF, UEA, JI), ``typo``, ``number``. Ids are ``s001`` ...

    .venv/bin/python tests/data/relevance/heldout6_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout6_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "gempa bogor 12 kali gempa susulan", {"quake-8": 2, "quake": 1}),  # quake-7 (Medan) also 12
    ("indonesian", "longsor samarinda oktober 2021", {"landslide-7": 2, "landslide": 1}),
    ("indonesian", "kekeringan mataram januari 2024",  # the English release states "since January 2024"
     {"drought-3": 2, "drought": 1}),
    ("indonesian", "inflasi februari 2023 akibat harga cabai merah",  # inflation-2 is February 2023 but gasoline
     {"inflation-4": 2, "inflation": 1}),
    ("indonesian", "penduduk miskin april 2024", {"poverty-6": 2, "poverty": 1}),  # poverty-4 is April 2023
    ("indonesian", "konten radikal sepanjang 2021", {"online-3": 2, "online": 1}),
    ("indonesian", "indonesia jerman 4 nota kesepahaman bidang kesehatan",  # title of bilateral-8
     {"bilateral-8": 2, "bilateral": 1}),
    ("indonesian", "mahasiswa universitas hasanuddin di bima", {"campus-7": 2, "campus": 1}),
    ("indonesian", "densus 88 sita bahan peledak di balikpapan",  # "menyita bahan peledak" / "seized explosives"
     {"arrest-7": 2, "arrest": 1}),
    ("indonesian", "duta damai dunia maya mahasiswa medan",  # campus-1: "Duta Damai"; campus-6 (Medan) lacks it
     {"campus-1": 2, "campus": 1}),
    ("indonesian", "banjir tangerang 7 orang meninggal", {"flood-3": 2, "flood": 1}),  # "Tercatat 7 orang meninggal"
    ("indonesian", "nota kesepahaman indonesia vietnam desember 2023", {"bilateral-1": 2, "bilateral": 1}),
    ("indonesian", "konseling psikologis mantan napiter di makassar",  # "konseling psikologis" in both
     {"derad-1": 2, "derad-4": 2, "derad": 1}),
    ("indonesian", "gempa ambon juni 2023 45 gempa susulan",  # quake-4 (Ambon) is April 2024 with 97
     {"quake-6": 2, "quake": 1}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "Afghanistan aid August 2023", {"aid-7": 2, "aid": 1}),  # aid-4 (Afghanistan) states no month
    ("english", "Indonesians evacuated from Myanmar February 2021", {"citizens-3": 2, "citizens": 1}),
    ("english", "BI-Rate held at 6 percent",  # birate-7 is a cut to 6.00
     {"birate-11": 2, "birate": 1}),
    ("english", "480,000 litres of clean water for Riau drought",  # drought-5 never names Dumai (slots only)
     {"drought-5": 2, "drought": 1}),
    ("english", "Lewotobi Laki-laki eruption June 2023",  # volcano-8 (Ruang) is also June 2023
     {"volcano-3": 2, "volcano": 1}),
    ("english", "Makassar floods September 2022", {"flood-7": 2, "flood": 1}),  # flood-13 is August 2021
    ("english", "illegal online lenders shut down October 2021", {"pinjol-1": 2, "pinjol": 1}),
    ("english", "Indonesian scam victims rescued from the Philippines March 2022",  # scam-2 is Cambodia
     {"scam-1": 2, "scam": 1}),
    ("english", "Indonesia Japan digital economy MoUs January 2021", {"bilateral-7": 2, "bilateral": 1}),
    ("english", "Bank Indonesia cuts rate February 2025", {"birate-7": 2, "birate": 1}),
    ("english", "Malang floods May 2024", {"flood-5": 2, "flood": 1}),
    ("english", "Bandar Lampung earthquake February 2022", {"quake-9": 2, "quake": 1}),
    ("english", "terrorist financing accounts worth Rp7.1 billion frozen",  # financing-1 (37), financing-2 (95)
     {"financing-1": 2, "financing-2": 2, "financing": 1}),
    ("english", "South Sumatra haze November 2022", {"fire-7": 2, "fire": 1}),  # "Kabut asap" / "Haze"
    ("english", "Merapi 3 km exclusion zone November 2022", {"volcano-5": 2, "volcano": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "11 terduga teroris ditangkap di medan", {"arrest-5": 2, "arrest": 1}),
    ("crosslang", "banjir poso 870 rumah terendam", {"flood-9": 2, "flood": 1}),  # "Floods Inundate 870 Homes"
    ("crosslang", "rupiah melemah 2,1 persen agustus 2021", {"rupiah-5": 2, "rupiah": 1}),
    ("crosslang", "longsor ambon 12 orang hilang", {"landslide-5": 2, "landslide": 1}),  # landslide-7: Samarinda
    ("crosslang", "18 mitra deradikalisasi di sentani", {"derad-5": 2, "derad": 1}),
    ("crosslang", "gempa M6,1 nusa tenggara barat juni 2024", {"quake-5": 2, "quake": 1}),
    ("crosslang", "status gunung marapi naik level III",  # "Alert Raised to Level III (Alert)"
     {"volcano-9": 2, "volcano": 1}),
    ("crosslang", "Hasanuddin University students in Ambon", {"campus-8": 2, "campus": 1}),  # campus-4: UGM
    ("crosslang", "Surabaya bombing survivors compensated Rp3.4 billion",  # victims-2 (Rp3.4bn in the slots
     # only, Kampung Melayu) states no amount; victims-5 never names Surabaya
     {"victims-4": 2, "victims": 1}),
    ("crosslang", "Ambon floods January 2024", {"flood-8": 2, "flood": 1}),  # flood-6 (Ambon) is July 2023
    ("crosslang", "Riau forest fires September 2021", {"fire-6": 2, "fire": 1}),
    ("crosslang", "BI-Rate held at 5.75 percent March 2022", {"birate-10": 2, "birate": 1}),
    ("crosslang", "rupiah weakens December 2021", {"rupiah-4": 2, "rupiah": 1}),
    ("crosslang", "February 2023 inflation driven by gasoline prices",  # inflation-4: February 2023, red chili
     {"inflation-2": 2, "inflation": 1}),
    ("crosslang", "December 2024 inflation 2.28 percent", {"inflation-12": 2, "inflation": 1}),  # -10: Feb 2025
    ("crosslang", "economy grew 5.31 percent in Q4 2025", {"growth-6": 2, "growth": 1}),  # "triwulan IV 2025"
    ("crosslang", "ASEAN meeting in Kuala Lumpur October 2024", {"asean-2": 2, "asean": 1}),
    ("crosslang", "coal exports December 2024", {"trade-4": 2, "trade": 1}),  # trade-6 (coal) is February 2023
    ("crosslang", "Tangerang earthquake October 2024", {"quake-2": 2, "quake": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "Bank Indonesia raising interest rates",  # raise, Raises; naik, menaikkan
     {"birate-2": 2, "birate-3": 2, "birate-4": 2, "birate-8": 2, "birate": 1}),
    ("morphology", "launching cross-border QRIS in Singapore",  # launched; diluncurkan, meluncurkan
     {"qris-2": 2, "qris-3": 2, "qris": 1}),
    ("morphology", "local currency settlement QRIS",  # "Transactions settle in local currencies"; qris-2 lacks it
     {"qris-1": 2, "qris-3": 2, "qris-4": 2, "qris-5": 2, "qris": 1}),
    ("morphology", "recruitment of students by radical groups", {"campus": 2}),  # recruit; merekrut
    ("morphology", "falling poverty rate",  # "Poverty Rate Falls"; "Turun Menjadi"; poverty-6 states no fall
     {"poverty-1": 2, "poverty-2": 2, "poverty-3": 2, "poverty-4": 2, "poverty-5": 2, "poverty": 1}),
    ("morphology", "seizure of explosives and weapons",  # seized; menyita
     {"arrest-1": 2, "arrest-2": 2, "arrest-3": 2, "arrest-5": 2, "arrest-6": 2, "arrest-7": 2, "arrest-10": 2,
      "arrest-11": 2, "arrest": 1}),
    ("morphology", "permukiman ditimbun tanah longsor", {"landslide": 2}),  # menimbun, tertimbun; buried
    ("morphology", "keretakan bangunan setelah gempa",  # "bangunan yang retak" / "damaged buildings"
     {"quake-1": 2, "quake-3": 2, "quake-4": 2, "quake-5": 2, "quake-7": 2, "quake-8": 2, "quake-9": 2,
      "quake": 1}),
    ("morphology", "penemuan bom rakitan di rumah tersangka",  # menemukan bahan peledak rakitan; Homemade ... found
     {"arrest-1": 2, "arrest-3": 2, "arrest-4": 2, "arrest-8": 2, "arrest-9": 2, "arrest-11": 2, "arrest": 1}),
    ("morphology", "penghentian pencarian korban longsor karena hujan",  # dihentikan; paused
     {"landslide": 2}),
    ("morphology", "penampungan dana terorisme di rekening bank",  # menampung dana; all are accounts frozen
     {"financing": 2}),
    ("morphology", "keikutsertaan pelajar dalam simulasi bencana",  # diikuti ... warga, pelajar; students
     {"drill-1": 2, "drill-2": 2, "drill-3": 2, "drill-5": 2, "drill": 1}),
    ("morphology", "pembangunan budaya sadar bencana sejak dini", {"drill": 2}),  # "harus dibangun sejak dini"
    ("morphology", "deteriorating security situation Indonesians evacuated",  # deteriorated; memburuknya
     {"citizens-1": 2, "citizens-2": 2, "citizens-3": 2, "citizens-4": 2, "citizens-5": 2, "citizens-7": 2,
      "citizens-8": 2, "citizens": 1}),
    ("morphology", "penguatan kerja sama penanggulangan terorisme dengan negara mitra",  # Perkuat, memperkuat
     {"coop": 2}),
    ("morphology", "pendirian posko kesehatan untuk korban banjir",  # "mendirikan dapur umum dan posko kesehatan"
     {"flood-1": 2, "flood-3": 2, "flood-4": 2, "flood-6": 2, "flood-7": 2, "flood-10": 2, "flood": 1}),
    # -- acronyms and abbreviations (only spelled out in the corpus) -----------------------------------------------
    ("acronym", "banjir jabar juli 2024", {"flood-12": 2, "flood": 1}),  # Jawa Barat; flood-11 is January 2025
    ("acronym", "gempa sumut 2024", {"quake-3": 2, "quake": 1}),  # Sumatera Utara; quake-7 is 2021
    ("acronym", "kekeringan NTB 2021", {"drought-4": 2, "drought": 1}),  # Nusa Tenggara Barat; drought-3 is 2024
    ("acronym", "mahasiswa Unram cegah radikalisme", {"campus-2": 2, "campus": 1}),  # Universitas Mataram
    ("acronym", "deradikalisasi jatim", {"derad-8": 2, "derad": 1}),  # Jawa Timur
    ("acronym", "densus 88 sulsel", {"arrest-1": 2, "arrest": 1}),  # Sulawesi Selatan
    ("acronym", "cadangan devisa dan ULN pemerintah",  # utang luar negeri / external debt payments
     {"reserves-1": 2, "reserves-3": 2, "reserves-4": 2, "reserves-5": 2, "reserves": 1}),
    ("acronym", "wisman asal RRT",  # Tiongkok / China: only tourists-5 names it (tourists-4 only in its slots)
     {"tourists-5": 2, "tourists": 1}),
    ("acronym", "FTF returnees counterterrorism cooperation",  # foreign terrorist fighters / pejuang teroris asing
     {"coop-1": 2, "coop-2": 2, "coop-3": 2, "coop-5": 2, "coop": 1}),
    ("acronym", "80 mantan napiter sulsel", {"derad-4": 2, "derad": 1}),  # Sulawesi Selatan; derad-1 has 40
    ("acronym", "QRIS UEA 56 juta pengguna", {"qris-1": 2, "qris": 1}),  # Uni Emirat Arab; qris-4: 40 million
    ("acronym", "densus 88 tangkap anggota JI di ambon", {"arrest-6": 2, "arrest": 1}),  # Jamaah Islamiyah
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "ekspor nikle juni 2024", {"trade-3": 2, "trade": 1}),  # trade-2 (nickel) is June 2021
    ("typo", "kunjungan wisman novmber 2021", {"tourists-3": 2, "tourists": 1}),
    ("typo", "pengungsi gunung lewotobi oktber 2021", {"volcano-7": 2, "volcano": 1}),
    ("typo", "kekerigan poso oktober 2023", {"drought-2": 2, "drought": 1}),
    ("typo", "tanah lonsor bima mei 2021", {"landslide-2": 2, "landslide": 1}),
    ("typo", "Serang eartquake November 2023", {"quake-1": 2, "quake": 1}),
    ("typo", "Semeru erupton July 2023", {"volcano-1": 2, "volcano": 1}),
    ("typo", "online scam victims Philipines December 2021", {"scam-3": 2, "scam": 1}),
    ("typo", "GDP growht Q2 2024", {"growth-4": 2, "growth-7": 2, "growth": 1}),
    ("typo", "BI-Rate naik apirl 2022", {"birate-3": 2, "birate": 1}),  # birate-5 (April 2022) is a hold
    ("typo", "banjir bandug januari 2025", {"flood-11": 2, "flood": 1}),
    ("typo", "inflasi tahuann 2,84 persen",
     {"inflation-1": 2, "inflation-4": 2, "inflation-6": 2, "inflation-11": 2, "inflation": 1}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "radius bahaya 8 km gunung ruang", {"volcano-2": 2, "volcano": 1}),  # volcano-8 (Ruang): 7 km
    ("number", "52 former terrorism convicts deradicalization", {"derad-7": 2, "derad": 1}),
    ("number", "NTP 116,70", {"ntp-2": 2, "ntp-4": 2, "ntp": 1}),
    ("number", "cadangan devisa setara 6,9 bulan impor",  # only reserves-1 states it ("6.9 months of imports")
     {"reserves-1": 2, "reserves": 1}),
    ("number", "rupiah Rp15.320", {"rupiah-3": 2, "rupiah": 1}),
    ("number", "inflasi tahunan 3,05 persen",
     {"inflation-2": 2, "inflation-7": 2, "inflation-8": 2, "inflation-9": 2, "inflation": 1}),
    ("number", "month-to-month inflation 0.52 percent", {"inflation-5": 2, "inflation-7": 2, "inflation": 1}),
    ("number", "surplus 4,47 miliar dolar AS", {"trade-1": 2, "trade-2": 2, "trade": 1}),
    ("number", "TPT 5,86 persen", {"unemp-4": 2, "unemp": 1}),
    ("number", "magnitude 5.9 earthquake 10 km deep", {"quake-1": 2, "quake": 1}),  # quake-8, -9: M5.9, 23/12 km
    ("number", "45 aftershocks", {"quake-3": 2, "quake-5": 2, "quake-6": 2, "quake": 1}),
    ("number", "146 hotspots", {"fire-5": 2, "fire": 1}),
    ("number", "385 WNI dievakuasi dari sudan", {"citizens-8": 2, "citizens": 1}),  # citizens-6: 385 from Lebanon
    ("number", "89 WNI korban penipuan di kamboja", {"scam-2": 2, "scam": 1}),  # scam-1: 89 from the Philippines
    ("number", "Gaza aid 21 tonnes", {"aid-3": 2, "aid-6": 2, "aid-9": 2, "aid": 1}),
    ("number", "kekeringan solo 52 desa", {"drought-1": 2, "drought": 1}),  # drought-4: 52 villages in Bima
    ("number", "banjir medan 1.650 rumah terendam", {"flood-1": 2, "flood": 1}),  # flood-10 (Medan): 2,300
    ("number", "Deposit Facility 2,75 persen", {"birate-6": 2, "birate": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "s")


if __name__ == "__main__":
    main()
