"""The fourth held-out judgments: new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05.

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second and third (``heldout2_queries.py``, ``heldout3_queries.py``) have each been measured once, so none of
them counts as unseen any more. This set is the next measure of record and must only be measured, never tuned on.

How: written on 2026-12-05 without running any search, ranking, benchmark or test of the search system and without
reading the ranking code, its vocabulary or its results; every judgment comes from the corpus facts alone
(``topic``, ``event``, ``slots``, title, body, language, ``pair``). No query equals or trivially rewords one in
``queries.jsonl``, ``tuning_queries.jsonl``, ``heldout_queries.jsonl``, ``heldout2_queries.jsonl`` or
``heldout3_queries.jsonl``; where this set touches an event an earlier set asked about, it asks for another fact
of it (a month, a figure, a detail of the text) or in another form (acronym, typo, affix, other language).

Conventions are those of ``heldout_queries.py`` and ``heldout2_queries.py`` (their docstrings): grade 2 = the
release answers the query (every constraint), 1 = same subject but a constraint differs; both language versions of
an event get the same grade; keys are a topic, an event, ``re:REGEX`` or ``topic~REGEX``; a release takes its
highest grade. As in v2 and v3, a fact only in the slots and stated by neither language version of the event does
not earn grade 2 (``volcano-2`` never names North Sulawesi, ``volcano-6`` never names Central Java, ``victims-2``
never states Rp3.4 billion, ``victims-5`` never names Surabaya, ``bilateral-9`` never states its six MoUs), and
judgments on a detail of the text are written as explicit event keys, so that both language versions get the
grade even when only one of them states the detail.

Categories as in ``heldout2_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the stem does
in at least one of them: meN-/peN-/di-/ter-/ke-an/-an, English -ing/-ion/-s; the releases' forms are in the
comments), ``acronym`` (province abbreviations and acronyms the corpus only spells out: Kaltim, Kalteng, Sulteng,
Sulsel, Sulut, Sumbar, Jateng, Jatim, UE, AS; RDG, PDB and SBN occur), ``typo``, ``number``. Ids are ``m001`` ...

    .venv/bin/python tests/data/relevance/heldout4_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout4_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "warga jangan terpancing isu gempa",  # stated in every Indonesian quake release
     {"quake-1": 2, "quake-2": 2, "quake-3": 2, "quake-4": 2, "quake-6": 2, "quake-7": 2, "quake-8": 2,
      "quake": 1}),
    ("indonesian", "warga diminta melaporkan aktivitas mencurigakan ke aparat",
     {"arrest-2": 2, "arrest-6": 2, "arrest-7": 2, "arrest-11": 2, "arrest": 1}),
    ("indonesian", "deklarasi bersama stabilitas kawasan ASEAN", {"asean-1": 2, "asean-4": 2, "asean": 1}),
    ("indonesian", "target nilai perdagangan lima tahun ke depan",
     {"bilateral-2": 2, "bilateral-3": 2, "bilateral": 1}),
    ("indonesian", "BI-Rate naik juli 2021", {"birate-8": 2, "birate": 1}),
    ("indonesian", "kebijakan BI di tengah ketidakpastian pasar keuangan global",
     {"birate-2": 2, "birate-8": 2, "birate-10": 2, "birate": 1}),
    ("indonesian", "sosialisasi pencegahan intoleransi di kampus",
     {"campus-3": 2, "campus-5": 2, "campus-7": 2, "campus-8": 2, "campus": 1}),
    ("indonesian", "WNI pulang lewat jalur darat dan udara", {"citizens-6": 2, "citizens-7": 2, "citizens": 1}),
    ("indonesian", "pendekatan lunak penanggulangan terorisme",
     {"derad-1": 2, "derad-3": 2, "derad-6": 2, "derad-7": 2, "derad-8": 2, "derad": 1}),
    ("indonesian", "evakuasi ke titik kumpul kurang dari 15 menit", {"drill-3": 2, "drill-6": 2, "drill": 1}),
    ("indonesian", "andil kelompok makanan minuman dan tembakau",
     {"inflation-1": 2, "inflation-2": 2, "inflation-4": 2, "inflation-6": 2, "inflation-7": 2, "inflation-8": 2,
      "inflation-12": 2, "inflation": 1}),
    ("indonesian", "indeks harga yang diterima petani", {"ntp-2": 2, "ntp-3": 2, "ntp": 1}),
    ("indonesian", "patroli siber ujaran kebencian", {"online-1": 2, "online": 1}),
    ("indonesian", "tawaran kerja luar negeri tanpa prosedur resmi",
     {"scam-2": 2, "scam-3": 2, "scam-4": 2, "scam-6": 2, "scam": 1}),
    ("indonesian", "wisman asal malaysia", {"tourists-3": 2, "tourists": 1}),
    ("indonesian", "cadangan devisa dipengaruhi penarikan pinjaman luar negeri pemerintah",
     {"reserves-1": 2, "reserves-2": 2, "reserves-6": 2, "reserves": 1}),
    ("indonesian", "korban longsor dievakuasi dalam keadaan meninggal",  # the others only say "found"
     {"landslide-1": 2, "landslide-3": 2, "landslide-4": 2, "landslide-7": 2, "landslide": 1}),
    ("indonesian", "blueprint sistem pembayaran indonesia 2025", {"qris-2": 2, "qris": 1}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "bilateral meeting of foreign ministers in Jakarta",  # bilateral-4 and -6 name no city
     {"bilateral-1": 2, "bilateral-2": 2, "bilateral-3": 2, "bilateral-5": 2, "bilateral-7": 2, "bilateral-8": 2,
      "bilateral-9": 2, "bilateral": 1}),
    ("english", "preventing violent extremism workshop",
     {"coop-1": 2, "coop-2": 2, "coop-3": 2, "coop-5": 2, "coop": 1}),
    ("english", "small business grants for ex-terrorists",  # the others give equipment, not capital
     {"derad-1": 2, "derad-3": 2, "derad-4": 2, "derad-7": 2, "derad-9": 2, "derad": 1}),
    ("english", "social reintegration of former terrorism convicts",
     {"derad-1": 2, "derad-2": 2, "derad-3": 2, "derad-4": 2, "derad-5": 2, "derad-7": 2, "derad-9": 2,
      "derad": 1}),
    ("english", "rain not expected until the end of the year drought",
     {"drought-1": 2, "drought-2": 2, "drought-3": 2, "drought-5": 2, "drought": 1}),
    ("english", "sham foundations raising money for terrorism",  # financing-2: unregistered charities
     {"financing-1": 2, "financing-3": 2, "financing-4": 2, "financing-5": 2, "financing": 1}),
    ("english", "cloud seeding forest fires South Sumatra", {"fire-3": 2, "fire-7": 2, "fire": 1}),
    ("english", "red chili prices April inflation", {"inflation-7": 2, "inflation-9": 2, "inflation": 1}),
    ("english", "landslide search suspended due to rain", {"landslide": 2}),
    ("english", "BI triple intervention", {"rupiah-1": 2, "rupiah-3": 2, "rupiah-5": 2, "rupiah": 1}),
    ("english", "Bank Indonesia rate decisions April 2022", {"birate-3": 2, "birate-5": 2, "birate": 1}),
    ("english", "Indonesians evacuated from Sudan in 2021", {"citizens-1": 2, "citizens": 1}),
    ("english", "humanitarian aid Gaza December 2021", {"aid-3": 2, "aid": 1}),
    ("english", "QRIS users reach 50 million", {"qris-3": 2, "qris": 1}),
    ("english", "Foreign Ministry repatriates 89 Indonesians", {"scam-1": 2, "scam-2": 2, "scam": 1}),
    ("english", "June 2024 trade surplus", {"trade-3": 2, "trade": 1}),
    ("english", "poverty rate October 2024", {"poverty-3": 2, "poverty-5": 2, "poverty": 1}),
    ("english", "inflation November 2021", {"inflation-13": 2, "inflation": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "Gaza aid March 2023", {"aid-6": 2, "aid": 1}),
    ("crosslang", "Gadjah Mada students Medan April 2024", {"campus-6": 2, "campus": 1}),
    ("crosslang", "terror financing accounts frozen December 2024", {"financing-2": 2, "financing": 1}),
    ("crosslang", "Medan floods March 2024", {"flood-10": 2, "flood": 1}),
    ("crosslang", "transport and warehousing sector growth", {"growth-2": 2, "growth": 1}),
    ("crosslang", "inflation August 2021 shallots", {"inflation-8": 2, "inflation": 1}),
    ("crosslang", "illegal lending apps blocked April 2025", {"pinjol-2": 2, "pinjol": 1}),
    ("crosslang", "visitors from Singapore March 2023", {"tourists-2": 2, "tourists": 1}),
    ("crosslang", "foreign exchange reserves end of October 2022", {"reserves-6": 2, "reserves": 1}),
    ("crosslang", "trade balance June 2021", {"trade-2": 2, "trade": 1}),
    ("crosslang", "open unemployment April 2025", {"unemp-4": 2, "unemp": 1}),
    ("crosslang", "Mount Ruang Level IV June 2023", {"volcano-8": 2, "volcano": 1}),  # volcano-2 states no level
    ("crosslang", "terror suspects Jayapura October 2023", {"arrest-4": 2, "arrest": 1}),
    ("crosslang", "former terrorism convicts in Makassar 2024", {"derad-4": 2, "derad": 1}),
    ("crosslang", "drought in Bima 250,000 litres", {"drought-4": 2, "drought": 1}),
    ("crosslang", "BI rate ditahan april 2022", {"birate-5": 2, "birate": 1}),
    ("crosslang", "48 rekening pendanaan terorisme dibekukan", {"financing-5": 2, "financing": 1}),
    ("crosslang", "pertumbuhan ekonomi triwulan IV 2023", {"growth-5": 2, "growth": 1}),
    ("crosslang", "NTP oktober 2024", {"ntp-5": 2, "ntp": 1}),
    ("crosslang", "cadangan devisa agustus 2021", {"reserves-5": 2, "reserves": 1}),
    ("crosslang", "pengangguran mei 2024", {"unemp-5": 2, "unemp": 1}),
    ("crosslang", "kompensasi Rp8,2 miliar korban terorisme", {"victims-5": 2, "victims": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "pengunggahan propaganda teror di media sosial", {"online": 2}),  # unggahan; propaganda videos
    ("morphology", "kemandirian ekonomi mantan napiter",  # mandiri
     {"derad-1": 2, "derad-3": 2, "derad-4": 2, "derad-7": 2, "derad-9": 2, "derad": 1}),
    ("morphology", "kenaikan status gunung semeru", {"volcano-1": 2, "volcano": 1}),  # naik, menaikkan
    ("morphology", "penetapan radius bahaya gunung ruang",  # tetapkan, menetapkan
     {"volcano-2": 2, "volcano-8": 2, "volcano": 1}),
    ("morphology", "pelemahan rupiah juni 2023", {"rupiah-1": 2, "rupiah": 1}),  # melemah
    ("morphology", "penyaluran bantuan korban banjir sentani", {"flood-2": 2, "flood": 1}),  # salurkan, menyalurkan
    ("morphology", "guncangan gempa ambon", {"quake-4": 2, "quake-6": 2, "quake": 1}),  # mengguncang
    ("morphology", "pengurangan ketergantungan dolar AS",  # mengurangi; reducing
     {"qris-1": 2, "qris-3": 2, "qris-4": 2, "qris-5": 2, "qris": 1}),
    ("morphology", "terduga teroris tertangkap di makassar", {"arrest-1": 2, "arrest": 1}),  # menangkap, arrests
    ("morphology", "terduga teroris diamankan di mataram", {"arrest-8": 2, "arrest": 1}),  # mengamankan
    ("morphology", "kepulangan WNI dari lebanon", {"citizens-6": 2, "citizens": 1}),  # dipulangkan
    ("morphology", "cianjur diguyur hujan deras", {"flood-12": 2, "flood": 1}),  # mengguyur
    ("morphology", "evacuation of Indonesians from Iran", {"citizens-5": 2, "citizens": 1}),  # evacuated
    ("morphology", "rupiah depreciation October 2022", {"rupiah-3": 2, "rupiah": 1}),  # depreciated, melemah
    ("morphology", "flooding in Bandung", {"flood-11": 2, "flood": 1}),  # floods
    ("morphology", "raising Merapi's alert level", {"volcano-4": 2, "volcano-5": 2, "volcano": 1}),  # raised
    ("morphology", "rising hotspots",  # rise, meningkat
     {"fire-1": 2, "fire-3": 2, "fire-5": 2, "fire-7": 2, "fire": 1}),
    ("morphology", "deployment of rescuers to landslide sites", {"landslide": 2}),  # deployed, dikerahkan
    ("morphology", "QRIS launch Japan", {"qris-5": 2, "qris": 1}),  # launched
    ("morphology", "Indonesia pledges USD 1.5 million aid", {"aid-1": 2, "aid-7": 2, "aid": 1}),  # pledged
    # -- acronyms and abbreviations (most only spelled out in the corpus) ------------------------------------------
    ("acronym", "RDG Februari 2025", {"birate-7": 2, "birate": 1}),  # Rapat Dewan Gubernur
    ("acronym", "terduga teroris kaltim", {"arrest-7": 2, "arrest": 1}),  # Kalimantan Timur
    ("acronym", "longsor sulteng", {"landslide-4": 2, "landslide": 1}),  # Sulawesi Tengah
    ("acronym", "karhutla kalteng", {"fire-1": 2, "fire-2": 2, "fire-5": 2, "fire": 1}),  # Kalimantan Tengah
    ("acronym", "erupsi gunung jateng",  # Jawa Tengah; volcano-6 names no province
     {"volcano-4": 2, "volcano-5": 2, "volcano": 1}),
    ("acronym", "banjir sulsel", {"flood-7": 2, "flood-13": 2, "flood": 1}),  # Sulawesi Selatan
    ("acronym", "erupsi gunung sumbar", {"volcano-9": 2, "volcano": 1}),  # Sumatera Barat / West Sumatra
    ("acronym", "PDB triwulan IV 2025", {"growth-6": 2, "growth": 1}),  # Produk Domestik Bruto
    ("acronym", "ekspor nikel ke AS",  # Amerika Serikat
     {"trade-1": 2, "trade-2": 2, "trade-3": 2, "trade": 1}),
    ("acronym", "kerja sama BNPT dan UE", {"coop-6": 2, "coop": 1}),  # Uni Eropa
    ("acronym", "BI beli SBN pasar sekunder",  # Surat Berharga Negara / government bonds
     {"rupiah-1": 2, "rupiah-3": 2, "rupiah-5": 2, "rupiah": 1}),
    ("acronym", "banjir jatim", {"flood-5": 2, "flood": 1}),  # Jawa Timur / East Java
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "ASEAN labuhan bajo", {"asean-4": 2, "asean": 1}),
    ("typo", "gempa bogr", {"quake-8": 2, "quake": 1}),
    ("typo", "QRIS singapur", {"qris-2": 2, "qris-3": 2, "qris": 1}),
    ("typo", "deradicalizaton partners bima", {"derad-7": 2, "derad-9": 2, "derad": 1}),
    ("typo", "flods poso", {"flood-9": 2, "flood": 1}),
    ("typo", "cadangan devisa septmber 2024", {"reserves-3": 2, "reserves": 1}),
    ("typo", "penganguran mei 2022", {"unemp-3": 2, "unemp": 1}),
    ("typo", "pengungsi gunung lewotbi", {"volcano-3": 2, "volcano-7": 2, "volcano": 1}),
    ("typo", "radikalisme kampus universitas hasanudin",
     {"campus-3": 2, "campus-7": 2, "campus-8": 2, "campus": 1}),
    ("typo", "kompensasi penyintas bom surabya", {"victims-4": 2, "victims": 1}),  # victims-5 never names Surabaya
    ("typo", "evakuasi wni dari myanmr", {"citizens-3": 2, "citizens-4": 2, "citizens": 1}),
    ("typo", "konten radkal media sosial", {"online": 2}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "hibah 2 juta dolar AS lewat PBB", {"aid-4": 2, "aid-9": 2, "aid": 1}),  # aid-8 states no grant
    ("number", "6 nota kesepahaman", {"bilateral-1": 2, "bilateral-7": 2, "bilateral": 1}),
    ("number", "26 desa kesulitan air bersih", {"drought-2": 2, "drought-3": 2, "drought": 1}),
    ("number", "940 titik panas", {"fire-7": 2, "fire": 1}),
    ("number", "banjir 7 orang meninggal", {"flood-3": 2, "flood-5": 2, "flood-13": 2, "flood": 1}),
    ("number", "inflasi bulanan 0,19 persen",
     {"inflation-2": 2, "inflation-8": 2, "inflation-10": 2, "inflation": 1}),
    ("number", "320 personel SAR longsor", {"landslide-1": 2, "landslide-7": 2, "landslide": 1}),
    ("number", "24,06 juta penduduk miskin",
     {"poverty-1": 2, "poverty-2": 2, "poverty-5": 2, "poverty-6": 2, "poverty": 1}),
    ("number", "reserves USD 139.4 billion", {"reserves-1": 2, "reserves-6": 2, "reserves": 1}),
    ("number", "220 WNI korban online scam", {"scam-4": 2, "scam-5": 2, "scam": 1}),
    ("number", "kompensasi Rp3,4 miliar", {"victims-4": 2, "victims": 1}),  # victims-2 states no amount
    ("number", "simulasi banjir 2.000 warga", {"drill-1": 2, "drill": 1}),
    ("number", "ekonomi tumbuh 5,17 persen", {"growth-4": 2, "growth-5": 2, "growth": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "m")


if __name__ == "__main__":
    main()
