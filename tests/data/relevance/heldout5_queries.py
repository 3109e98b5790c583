"""The fifth held-out judgments: new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05 (session 6).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to fourth (``heldout2_queries.py``, ``heldout3_queries.py``, ``heldout4_queries.py``) were each written
for one measurement, after which they no longer count as unseen. This set is the next measure of record: it must be
measured once, never tuned on.

How: written on 2026-12-05 (session 6) by a helper session, under strict blindness rules: no search, ranking,
benchmark or test of the search system was run, Meilisearch was not started, and neither the ranking code (its
glossary, stemming or vocabulary), the benchmarks, the relevance test nor any result or measurement was read. The
only files read were the corpus (``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets, the
latter only for their conventions and to avoid repeating them. Every judgment comes from the corpus text (title and
body of the releases; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals or trivially
rewords one in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl``; where this set touches an
event an earlier set asked about, it asks for another fact of it (a month, a figure, a detail of the text) or in
another form (acronym, typo, affix, other language).

Conventions are those of ``heldout_queries.py``, ``heldout2_queries.py`` and ``heldout4_queries.py`` (their
docstrings): grade 2 = the release answers the query (every constraint), 1 = same subject but a constraint differs;
both language versions of an event get the same grade; keys are a topic, an event, ``re:REGEX`` or
``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither language version
of the event does not earn grade 2 (``volcano-6`` states no alert level, ``volcano-2`` never names North Sulawesi),
nor does a date that is only in ``published_at`` (the arrest, cooperation and QRIS releases state no month, so no
query here constrains them by date); judgments on a detail of the text are written as explicit event keys, so that
both language versions get the grade even when only one of them states the detail.

Categories as in ``heldout4_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the stem does in
at least one of them: meN-/peN-/di-/ter-/ke-an/-an, English -ing/-ion; the releases' forms are in the comments),
``acronym`` (province abbreviations and acronyms the corpus only spells out: Sumut, Sumsel, Sulteng, Sulut, Kaltim,
Jabar, NTB, JI, IHK, MoU; TPT and PDB occur), ``typo``, ``number``. Ids are ``n001`` ...

    .venv/bin/python tests/data/relevance/heldout5_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout5_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "pendampingan keluarga mantan napiter",  # "pendampingan keluarga" / "family mentoring"
     {"derad-1": 2, "derad-2": 2, "derad-3": 2, "derad-5": 2, "derad-6": 2, "derad-8": 2, "derad": 1}),
    ("indonesian", "mahasiswa diajak menyebarkan konten moderat dan toleran",  # the Duta Damai paragraph
     {"campus-1": 2, "campus-7": 2, "campus": 1}),
    ("indonesian", "banjir tanpa korban jiwa",  # "0 orang meninggal dunia" / "korban meninggal tercatat 0 orang"
     {"flood-2": 2, "flood-6": 2, "flood-8": 2, "flood": 1}),
    ("indonesian", "gempa medan juni 2021", {"quake-7": 2, "quake": 1}),
    ("indonesian", "pinjol ilegal beroperasi lewat aplikasi dan media sosial",  # "melalui aplikasi dan media sosial"
     {"pinjol-3": 2, "pinjol-6": 2, "pinjol": 1}),
    ("indonesian", "BI jaga nilai tukar rupiah sesuai fundamentalnya",  # "... sesuai fundamentalnya"
     {"rupiah-2": 2, "rupiah-3": 2, "rupiah-4": 2, "rupiah": 1}),
    ("indonesian", "pelindungan WNI prioritas politik luar negeri",  # citizens-2 and -8 only describe the hotline
     {"citizens-1": 2, "citizens-3": 2, "citizens-4": 2, "citizens-5": 2, "citizens-6": 2, "citizens-7": 2,
      "citizens": 1}),
    ("indonesian", "kunjungan kenegaraan tanda tangan nota kesepahaman",  # "dalam kunjungan kenegaraan"; the
     # others sign MoUs at a bilateral meeting of ministers, not a state visit
     {"bilateral-1": 2, "bilateral-3": 2, "bilateral-4": 2, "bilateral-6": 2, "bilateral": 1}),
    ("indonesian", "bantuan makanan obat-obatan dan tenda",  # aid-4 lists no goods
     {"aid-1": 2, "aid-2": 2, "aid-3": 2, "aid-5": 2, "aid-6": 2, "aid-7": 2, "aid-8": 2, "aid-9": 2, "aid": 1}),
    ("indonesian", "solidaritas indonesia untuk rakyat myanmar",  # "solidaritas Indonesia terhadap rakyat Myanmar"
     {"aid-8": 2, "aid": 1}),
    ("indonesian", "senjata tajam disita densus 88",  # "menyita bahan peledak, senjata tajam"; the English
     # releases that say only "weapons" get 1
     {"arrest-2": 2, "arrest-3": 2, "arrest-6": 2, "arrest-7": 2, "arrest-10": 2, "arrest": 1}),
    ("indonesian", "menlu brasil september 2024", {"bilateral-4": 2, "bilateral": 1}),
    ("indonesian", "erupsi gunung ruang agustus 2022", {"volcano-2": 2, "volcano": 1}),
    ("indonesian", "surplus neraca perdagangan april 2022", {"trade-7": 2, "trade": 1}),
    ("indonesian", "nilai tukar petani maret 2025", {"ntp-3": 2, "ntp": 1}),
    ("indonesian", "pertumbuhan ekonomi ditopang investasi",  # growth-2 names consumption and transport only
     {"growth-1": 2, "growth-3": 2, "growth-4": 2, "growth-5": 2, "growth-6": 2, "growth-7": 2, "growth": 1}),
    ("indonesian", "kunjungan wisman naik dibanding tahun lalu",  # "naik dibanding bulan yang sama tahun lalu" /
     # "up on a year earlier"; tourists-4 makes no comparison
     {"tourists-1": 2, "tourists-2": 2, "tourists-3": 2, "tourists-5": 2, "tourists": 1}),
    ("indonesian", "banjir solo januari 2024", {"flood-4": 2, "flood": 1}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "radical content taken down in 2022",  # "sepanjang 2022" / "in 2022"
     {"online-1": 2, "online-4": 2, "online-5": 2, "online": 1}),
    ("english", "illegal lending apps blocked December 2021", {"pinjol-7": 2, "pinjol": 1}),
    ("english", "annual inflation September 2021", {"inflation-1": 2, "inflation": 1}),
    ("english", "GDP growth second quarter 2023", {"growth-3": 2, "growth": 1}),
    ("english", "nickel exports September 2024", {"trade-1": 2, "trade": 1}),
    ("english", "Germany food security MoUs June 2024", {"bilateral-3": 2, "bilateral": 1}),
    ("english", "Central Kalimantan forest fires February 2022", {"fire-1": 2, "fire": 1}),
    ("english", "Tangerang floods April 2022", {"flood-3": 2, "flood": 1}),
    ("english", "Indonesians brought home from Ukraine June 2022", {"citizens-7": 2, "citizens": 1}),
    ("english", "Pekanbaru landslide April 2025", {"landslide-1": 2, "landslide": 1}),
    ("english", "Makassar floods August 2021", {"flood-13": 2, "flood": 1}),
    ("english", "ASEAN meeting October 2022", {"asean-3": 2, "asean": 1}),
    ("english", "volcano alert Level III",  # volcano-6 states no level
     {"volcano-3": 2, "volcano-5": 2, "volcano-9": 2, "volcano": 1}),
    ("english", "online fundraising for terrorism",  # "penggalangan dana daring" / "donasi daring" (financing-2)
     {"financing": 2}),
    ("english", "Medan earthquake August 2024", {"quake-3": 2, "quake": 1}),
    ("english", "aid to Port Vila", {"aid-1": 2, "aid": 1}),
    ("english", "deradicalization in Palu", {"derad-3": 2, "derad": 1}),
    ("english", "farmers' terms of trade October 2021", {"ntp-1": 2, "ntp": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "Ambon floods July 2023", {"flood-6": 2, "flood": 1}),
    ("crosslang", "Pekanbaru landslide January 2025", {"landslide-6": 2, "landslide": 1}),
    ("crosslang", "Indonesians evacuated from Sudan August 2023", {"citizens-8": 2, "citizens": 1}),
    ("crosslang", "BI rate hike February 2022", {"birate-4": 2, "birate": 1}),
    ("crosslang", "humanitarian aid to Gaza August 2023", {"aid-2": 2, "aid": 1}),
    ("crosslang", "farmers' terms of trade September 2024", {"ntp-4": 2, "ntp": 1}),
    ("crosslang", "Ambon earthquake April 2024", {"quake-4": 2, "quake": 1}),
    ("crosslang", "poverty rate 9.57 percent", {"poverty-2": 2, "poverty": 1}),
    ("crosslang", "foreign reserves USD 137.2 billion", {"reserves-2": 2, "reserves": 1}),
    ("crosslang", "Indonesia Brazil MoUs May 2021", {"bilateral-2": 2, "bilateral": 1}),
    ("crosslang", "earthquake evacuation drill in Medan", {"drill-6": 2, "drill": 1}),  # drill-1 is a flood drill
    ("crosslang", "37 accounts worth Rp1.2 billion frozen", {"financing-4": 2, "financing": 1}),  # -1: Rp7.1bn
    ("crosslang", "foreign tourist arrivals November 2024", {"tourists-4": 2, "tourists": 1}),
    ("crosslang", "Mount Merapi eruption February 2022", {"volcano-6": 2, "volcano": 1}),
    ("crosslang", "West Kalimantan forest fires May 2025", {"fire-4": 2, "fire": 1}),
    ("crosslang", "Indonesians rescued from Cambodia scam May 2021", {"scam-4": 2, "scam": 1}),
    ("crosslang", "QRIS jepang 26 juta merchant", {"qris-5": 2, "qris": 1}),
    ("crosslang", "satgas PASTI januari 2021", {"pinjol-5": 2, "pinjol": 1}),
    ("crosslang", "penduduk miskin oktober 2024 24,06 juta", {"poverty-5": 2, "poverty": 1}),  # poverty-3: 26.36
    ("crosslang", "menlu vietnam agustus 2023", {"bilateral-9": 2, "bilateral": 1}),
    ("crosslang", "2.340 konten radikal", {"online-5": 2, "online": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "pemantauan titik panas karhutla", {"fire": 2}),  # terpantau; satelit mendeteksi
    ("morphology", "pemeriksaan legalitas pinjol",  # memeriksa legalitas; check whether a lender is licensed
     {"pinjol-1": 2, "pinjol-3": 2, "pinjol-5": 2, "pinjol-6": 2, "pinjol-7": 2, "pinjol": 1}),
    ("morphology", "pemberangkatan bantuan ke afghanistan",  # diberangkatkan; mengirimkan
     {"aid-4": 2, "aid-7": 2, "aid": 1}),
    ("morphology", "penemuan korban longsor di bima", {"landslide-2": 2, "landslide": 1}),  # ditemukan
    ("morphology", "inundation of homes in Medan",  # inundate, inundating; terendam
     {"flood-1": 2, "flood-10": 2, "flood": 1}),
    ("morphology", "trafficking of Indonesians to online scam companies",  # trafficked; perdagangan orang (TPPO)
     {"scam-1": 2, "scam-3": 2, "scam-5": 2, "scam-6": 2, "scam": 1}),
    ("morphology", "peningkatan kapasitas penegak hukum kontraterorisme",  # meningkatkan; build capacity
     {"coop-1": 2, "coop-3": 2, "coop-4": 2, "coop-5": 2, "coop-6": 2, "coop": 1}),
    ("morphology", "penghentian 151 entitas pinjol ilegal",  # menghentikan, hentikan
     {"pinjol-1": 2, "pinjol-2": 2, "pinjol-4": 2, "pinjol-7": 2, "pinjol": 1}),
    ("morphology", "penerbangan terganggu kabut asap", {"fire": 2}),  # mengganggu penerbangan
    ("morphology", "propaganda urging joining terror groups",  # calls to join; ajakan bergabung
     {"online-1": 2, "online-2": 2, "online-3": 2, "online-4": 2, "online": 1}),
    ("morphology", "declaration of forest fire emergency",  # declares; tetapkan status siaga darurat
     {"fire-1": 2, "fire-3": 2, "fire-5": 2, "fire-7": 2, "fire": 1}),
    ("morphology", "penyintas pengeboman kampung melayu",  # bom Kampung Melayu
     {"victims-1": 2, "victims-2": 2, "victims": 1}),
    ("morphology", "pengiriman 74 ton bantuan ke myanmar", {"aid-5": 2, "aid-8": 2, "aid": 1}),  # mengirimkan, kirim
    ("morphology", "pengerahan 480 personel SAR",  # dikerahkan, mengerahkan
     {"landslide-4": 2, "landslide-6": 2, "landslide": 1}),
    ("morphology", "kenaikan status lewotobi ke siaga", {"volcano-3": 2, "volcano": 1}),  # menaikkan; raised
    ("morphology", "compensating survivors of the Bali bombing",  # compensation; kompensasi, bom Bali 2002
     {"victims-3": 2, "victims": 1}),
    ("morphology", "keterlibatan jaringan mujahidin indonesia timur",  # terlibat; diduga anggota jaringan
     {"arrest-1": 2, "arrest-2": 2, "arrest-4": 2, "arrest-5": 2, "arrest": 1}),
    ("morphology", "pembekuan 37 rekening", {"financing-1": 2, "financing-4": 2, "financing": 1}),  # bekukan; froze
    ("morphology", "pemindaian kode QR",  # memindai; scanning (qris-2 mentions no scanning)
     {"qris-1": 2, "qris-3": 2, "qris-4": 2, "qris-5": 2, "qris": 1}),
    ("morphology", "landslides burying homes",  # buried homes; menimbun permukiman (landslide-2: people only)
     {"landslide-1": 2, "landslide-3": 2, "landslide-4": 2, "landslide-5": 2, "landslide-6": 2,
      "landslide-7": 2, "landslide": 1}),
    # -- acronyms and abbreviations (most only spelled out in the corpus) ------------------------------------------
    ("acronym", "banjir sumut 2021", {"flood-1": 2, "flood": 1}),  # Sumatera Utara; flood-10 is 2024
    ("acronym", "gempa NTB", {"quake-5": 2, "quake": 1}),  # West Nusa Tenggara
    ("acronym", "karhutla sumsel desember 2023", {"fire-3": 2, "fire": 1}),  # Sumatera Selatan
    ("acronym", "TPT februari 2021", {"unemp-1": 2, "unemp": 1}),  # Tingkat Pengangguran Terbuka
    ("acronym", "IHK maret 2022", {"inflation-3": 2, "inflation": 1}),  # Indeks Harga Konsumen
    ("acronym", "terduga teroris jaringan JI",  # Jamaah Islamiyah
     {"arrest-6": 2, "arrest-7": 2, "arrest-8": 2, "arrest-11": 2, "arrest": 1}),
    ("acronym", "MoU RI jepang ekonomi digital", {"bilateral-7": 2, "bilateral": 1}),  # nota kesepahaman
    ("acronym", "erupsi gunung sulut", {"volcano-8": 2, "volcano": 1}),  # Sulawesi Utara; volcano-2 names none
    ("acronym", "longsor kaltim", {"landslide-7": 2, "landslide": 1}),  # East Kalimantan
    ("acronym", "gempa jabar", {"quake-8": 2, "quake": 1}),  # Jawa Barat (title of quake-8)
    ("acronym", "PDB triwulan I 2021", {"growth-2": 2, "growth": 1}),  # Produk Domestik Bruto (not named there)
    ("acronym", "kekeringan sulteng", {"drought-2": 2, "drought": 1}),  # Sulawesi Tengah
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "kebakaran hutan sumatra selatn november 2022", {"fire-7": 2, "fire": 1}),
    ("typo", "longsor palu desmber 2023", {"landslide-4": 2, "landslide": 1}),
    ("typo", "infasi april 2021", {"inflation-7": 2, "inflation": 1}),
    ("typo", "gunug merapi maret 2021", {"volcano-4": 2, "volcano": 1}),
    ("typo", "simulasi bnjir serang", {"drill-3": 2, "drill": 1}),
    ("typo", "mahasiswa universitas gadja mada ambon", {"campus-4": 2, "campus": 1}),
    ("typo", "pinjaman onlien ilegal juli 2022", {"pinjol-4": 2, "pinjol": 1}),
    ("typo", "BI-Rate turun novembr 2023", {"birate-6": 2, "birate": 1}),
    ("typo", "kekeringn di solo", {"drought-1": 2, "drought": 1}),
    ("typo", "counterterorism workshop Malaysia", {"coop-1": 2, "coop-3": 2, "coop-5": 2, "coop": 1}),
    ("typo", "Indonesians evacuted from Myanmar in May 2021", {"citizens-4": 2, "citizens": 1}),
    ("typo", "terror suspcts Jayapura Jamaah Ansharut Daulah", {"arrest-3": 2, "arrest": 1}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "Deposit Facility 4,00 persen",
     {"birate-2": 2, "birate-4": 2, "birate-5": 2, "birate-9": 2, "birate": 1}),
    ("number", "Lending Facility 7,25 persen", {"birate-3": 2, "birate": 1}),
    ("number", "karhutla 15.600 hektare", {"fire-2": 2, "fire-4": 2, "fire-5": 2, "fire": 1}),
    ("number", "71 penyintas terorisme terima kompensasi", {"victims-3": 2, "victims": 1}),
    ("number", "4.210 warga diungsikan", {"volcano-5": 2, "volcano-6": 2, "volcano": 1}),
    ("number", "gempa kedalaman 35 km", {"quake-5": 2, "quake-7": 2, "quake": 1}),
    ("number", "8,40 juta pengangguran", {"unemp-2": 2, "unemp-5": 2, "unemp": 1}),
    ("number", "poverty 26.36 million people", {"poverty-3": 2, "poverty-4": 2, "poverty": 1}),
    ("number", "154 WNI dievakuasi dari myanmar", {"citizens-3": 2, "citizens": 1}),
    ("number", "rupiah Rp14.850 per dolar", {"rupiah-1": 2, "rupiah": 1}),
    ("number", "reserves 5.9 months of imports", {"reserves-3": 2, "reserves": 1}),
    ("number", "drought 14 villages", {"drought-5": 2, "drought": 1}),
    ("number", "ekspor 21,5 miliar dolar AS", {"trade-3": 2, "trade": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "n")


if __name__ == "__main__":
    main()
