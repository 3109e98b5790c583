"""The third held-out judgments: 112 new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05.

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second (``heldout2_queries.py``) has now been measured once, so neither counts as unseen any more. This set is
the next measure of record and must only be measured, never tuned on.

How: written on 2026-12-05 without running any search, ranking, benchmark or test of the search system and without
reading the ranking code, its vocabulary or its results; every judgment comes from the corpus facts alone
(``topic``, ``event``, ``slots``, title, body, language, ``pair``). No query equals or trivially rewords one in
``heldout_queries.jsonl``, ``heldout2_queries.jsonl``, ``tuning_queries.jsonl`` or ``queries.jsonl``; where this
set touches an event an earlier set asked about, it asks for another fact of it (a month, a figure, a detail of
the text) or in another form (acronym, typo, other language).

Conventions are those of ``heldout_queries.py`` and ``heldout2_queries.py`` (their docstrings): grade 2 = the
release answers the query (every constraint), 1 = same subject but a constraint differs; both language versions of
an event get the same grade; keys are a topic, an event, ``re:REGEX`` or ``topic~REGEX``; a release takes its
highest grade. As in v2, a fact only in the slots and stated by neither language version of the event does not
earn grade 2 (``tourists-4`` never names China, ``aid-4`` never names Herat, ``victims-5`` never names Surabaya),
and judgments on a detail of the text are written as explicit event keys, so that both language versions get the
grade even when only one of them states the detail.

Categories as in ``heldout2_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the stem does:
meN-/peN-/di-/ber-/ke-an/-an, English -ing/-ed/-tion/-ment; the releases' forms are in the comments),
``acronym`` (acronyms and abbreviations, most of which the corpus only spells out: MIT, Unhas, NTB, NTT, Sulsel,
Sumut, Jatim, Jateng, IHK, lansia; BI7DRR, the older name of the policy rate, does not occur at all), ``typo``,
``number``. Ids are ``k001`` ...

    .venv/bin/python tests/data/relevance/heldout3_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout3_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "banjir jawa barat", {"flood-11": 2, "flood-12": 2, "flood": 1}),
    ("indonesian", "gempa serang tidak berpotensi tsunami", {"quake-1": 2, "quake": 1}),
    ("indonesian", "tim SAR gabungan dan alat berat longsor",  # landslide-4 names no heavy equipment
     {"landslide-1": 2, "landslide-2": 2, "landslide-3": 2, "landslide-5": 2, "landslide-6": 2, "landslide-7": 2,
      "landslide": 1}),
    ("indonesian", "status lewotobi level IV awas", {"volcano-7": 2, "volcano": 1}),  # volcano-3 is Level III
    ("indonesian", "nota kesepahaman dengan jepang", {"bilateral-7": 2, "bilateral": 1}),
    ("indonesian", "bengkel dan warung makan untuk mantan napiter",
     {"derad-2": 2, "derad-6": 2, "derad-8": 2, "derad": 1}),
    ("indonesian", "dompet digital transaksi mencurigakan", {"financing": 2}),
    ("indonesian", "iming-iming gaji tinggi kerja di luar negeri",
     {"scam-1": 2, "scam-3": 2, "scam-5": 2, "scam": 1}),
    ("indonesian", "cek legalitas pinjol di situs OJK",
     {"pinjol-1": 2, "pinjol-3": 2, "pinjol-5": 2, "pinjol-6": 2, "pinjol-7": 2, "pinjol": 1}),
    ("indonesian", "hotline dan rumah singgah WNI",
     {"citizens-1": 2, "citizens-2": 2, "citizens-3": 2, "citizens-5": 2, "citizens-7": 2, "citizens-8": 2,
      "citizens": 1}),
    ("indonesian", "sasaran inflasi 2,5 persen",  # stated in the RDG releases, not in BPS inflation releases
     {"birate-1": 2, "birate-3": 2, "birate-4": 2, "birate-5": 2, "birate-6": 2, "birate-7": 2, "birate-9": 2,
      "birate-11": 2, "birate": 1}),
    ("indonesian", "tarif angkutan udara dorong inflasi",
     {"inflation-1": 2, "inflation-3": 2, "inflation-5": 2, "inflation-7": 2, "inflation-9": 2, "inflation-10": 2,
      "inflation-11": 2, "inflation-13": 2, "inflation": 1}),
    ("indonesian", "pertukaran informasi penanggulangan terorisme",
     {"coop-1": 2, "coop-3": 2, "coop-4": 2, "coop-6": 2, "coop": 1}),
    ("indonesian", "warga diminta menjauhi bangunan retak",
     {"quake-1": 2, "quake-3": 2, "quake-4": 2, "quake-5": 2, "quake-7": 2, "quake-8": 2, "quake-9": 2,
      "quake": 1}),
    ("indonesian", "operasi modifikasi cuaca karhutla",
     {"fire-1": 2, "fire-2": 2, "fire-3": 2, "fire-4": 2, "fire-5": 2, "fire-7": 2, "fire": 1}),
    ("indonesian", "ekspor nonmigas ke tiongkok", {"trade": 2}),
    ("indonesian", "kemiskinan perdesaan lebih tinggi dari perkotaan",
     {"poverty-1": 2, "poverty-2": 2, "poverty-3": 2, "poverty-5": 2, "poverty": 1}),
    ("indonesian", "Manggala Agni pemadaman darat", {"fire-1": 2, "fire-6": 2, "fire-7": 2, "fire": 1}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "radical content on messaging apps", {"online-3": 2, "online-5": 2, "online": 1}),
    ("english", "compensation under the 2018 anti-terrorism law",
     {"victims-1": 2, "victims-2": 2, "victims-3": 2, "victims-5": 2, "victims": 1}),
    ("english", "medical and psychological care for terror survivors",
     {"victims-1": 2, "victims-3": 2, "victims-4": 2, "victims-5": 2, "victims": 1}),
    ("english", "culture of disaster awareness at school", {"drill": 2}),
    ("english", "Semeru exclusion zone Lumajang", {"volcano-1": 2, "volcano": 1}),
    ("english", "strengthening ASEAN centrality", {"asean-1": 2, "asean-3": 2, "asean-4": 2, "asean-5": 2, "asean": 1}),
    ("english", "bilateral talks on Myanmar and Palestine",  # bilateral-2 discusses only trade targets
     {"bilateral-1": 2, "bilateral-3": 2, "bilateral-4": 2, "bilateral-5": 2, "bilateral-6": 2, "bilateral-7": 2,
      "bilateral-8": 2, "bilateral-9": 2, "bilateral": 1}),
    ("english", "BI rate cut January 2025", {"birate-1": 2, "birate": 1}),
    ("english", "visitors from China", {"tourists-5": 2, "tourists": 1}),  # tourists-4: China only in its slots
    ("english", "aid shipment to Herat Afghanistan", {"aid-7": 2, "aid": 1}),  # aid-4: Herat only in its slots
    ("english", "Bank Indonesia board meeting March 2023 decision", {"birate-11": 2, "birate": 1}),
    ("english", "riverbank residents told to stay alert",
     {"flood-1": 2, "flood-3": 2, "flood-5": 2, "flood-7": 2, "flood-9": 2, "flood-11": 2, "flood-13": 2,
      "flood": 1}),
    ("english", "campus radicalism dialogue in Medan", {"campus-1": 2, "campus-6": 2, "campus": 1}),
    ("english", "BNPT cyber patrol", {"online-1": 2, "online-2": 2, "online-5": 2, "online": 1}),
    ("english", "Indonesia Germany MoUs",  # bilateral-5 states no memorandum
     {"bilateral-3": 2, "bilateral-8": 2, "bilateral": 1}),
    ("english", "BNPT session in Bandar Lampung on intolerance", {"campus-3": 2, "campus": 1}),
    ("english", "homemade explosives found in Jayapura", {"arrest-3": 2, "arrest-4": 2, "arrest": 1}),
    ("english", "flood preparedness exercise Banten", {"drill-3": 2, "drill": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "Indonesia Philippines counterterrorism talks in Bali", {"coop-4": 2, "coop": 1}),
    ("crosslang", "Ukraine evacuation of Indonesian citizens October 2023", {"citizens-2": 2, "citizens": 1}),
    ("crosslang", "Indonesian scam victims sent home from Cambodia", {"scam-2": 2, "scam-4": 2, "scam": 1}),
    ("crosslang", "magnitude 5.6 earthquake in Ambon", {"quake-6": 2, "quake": 1}),
    ("crosslang", "water-bombing helicopters Central Kalimantan August 2023", {"fire-2": 2, "fire": 1}),
    ("crosslang", "economy grew in Q1 2021", {"growth-2": 2, "growth": 1}),
    ("crosslang", "former terrorism convicts in Malang", {"derad-8": 2, "derad": 1}),
    ("crosslang", "BNPT university students Ambon radicalism", {"campus-4": 2, "campus-8": 2, "campus": 1}),
    ("crosslang", "flood evacuation drill in Ambon", {"drill-2": 2, "drill": 1}),
    ("crosslang", "Bank Indonesia rate hike November 2022", {"birate-2": 2, "birate": 1}),
    ("crosslang", "Mujahidin Indonesia Timur militants arrested in Jayapura", {"arrest-2": 2, "arrest-4": 2, "arrest": 1}),
    ("crosslang", "Surabaya 2018 bombing survivors compensated", {"victims-4": 2, "victims": 1}),
    ("crosslang", "inflasi april 2024", {"inflation-9": 2, "inflation": 1}),
    ("crosslang", "banjir malang", {"flood-5": 2, "flood": 1}),
    ("crosslang", "karhutla kalimantan tengah maret 2022", {"fire-5": 2, "fire": 1}),
    ("crosslang", "rupiah melemah ke Rp16.480", {"rupiah-5": 2, "rupiah": 1}),
    ("crosslang", "deradikalisasi di bima tahun 2024", {"derad-9": 2, "derad": 1}),
    ("crosslang", "kiriman bantuan ke gaza desember 2023", {"aid-9": 2, "aid": 1}),
    ("crosslang", "gunung merapi level III november 2022", {"volcano-5": 2, "volcano": 1}),
    ("crosslang", "ekspor besi dan baja", {"trade-5": 2, "trade": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "rektor mengawasi organisasi mahasiswa", {"campus": 2}),  # pengawasan
    ("morphology", "perekrutan anak muda oleh kelompok radikal", {"campus": 2, "online": 1}),  # merekrut
    ("morphology", "mantan napiter berwirausaha",  # kewirausahaan
     {"derad-1": 2, "derad-2": 2, "derad-3": 2, "derad-5": 2, "derad-6": 2, "derad-8": 2, "derad": 1}),
    ("morphology", "pelaporan konten radikal", {"online": 2}),  # melaporkan
    ("morphology", "pemulihan hak korban terorisme", {"victims": 2}),  # memulihkan
    ("morphology", "titik panas terdeteksi satelit",  # mendeteksi
     {"fire-1": 2, "fire-2": 2, "fire-3": 2, "fire-5": 2, "fire-7": 2, "fire": 1}),
    ("morphology", "penghematan air musim kemarau",  # menghemat
     {"drought-1": 2, "drought-2": 2, "drought-3": 2, "drought-5": 2, "drought": 1}),
    ("morphology", "pelonggaran kebijakan makroprudensial", {"birate": 2}),  # longgar
    ("morphology", "pekerja terbanyak di sektor pertanian", {"unemp": 2}),  # bekerja
    ("morphology", "WNI diperdagangkan sindikat online scam",  # perdagangan (orang)
     {"scam-1": 2, "scam-3": 2, "scam-5": 2, "scam-6": 2, "scam": 1}),
    ("morphology", "pengungkapan jaringan teroris",  # mengungkap
     {"arrest-1": 2, "arrest-3": 2, "arrest-4": 2, "arrest-5": 2, "arrest-7": 2, "arrest-8": 2, "arrest-9": 2,
      "arrest-10": 2, "arrest-11": 2, "arrest": 1}),
    ("morphology", "kesepakatan kerja sama perdagangan dan investasi",  # sepakat
     {"bilateral-1": 2, "bilateral-2": 2, "bilateral-4": 2, "bilateral": 1}),
    ("morphology", "larangan beraktivitas di sekitar kawah", {"volcano": 2}),  # dilarang; every release sets a radius
    ("morphology", "pemeriksaan tersangka teroris",  # diperiksa
     {"arrest-1": 2, "arrest-3": 2, "arrest-4": 2, "arrest-8": 2, "arrest-10": 2, "arrest": 1}),
    ("morphology", "displacement caused by flooding", {"flood": 2}),  # displaced, floods
    ("morphology", "erupting volcano ash column",  # erupted, erupts
     {"volcano-1": 2, "volcano-2": 2, "volcano-6": 2, "volcano-7": 2, "volcano": 1}),
    ("morphology", "trucking clean water to drought-hit villages",  # trucked
     {"drought-1": 2, "drought-3": 2, "drought-5": 2, "drought": 1}),
    ("morphology", "hectares of forest burnt", {"fire": 2}),  # burned
    ("morphology", "shutting down illegal lending apps", {"pinjol": 2}),  # shut, shuts
    ("morphology", "rupiah hit by strengthening dollar",  # strengthened, penguatan
     {"rupiah-1": 2, "rupiah-3": 2, "rupiah-4": 2, "rupiah-5": 2, "rupiah": 1}),
    # -- acronyms (most only spelled out in the corpus) -----------------------------------------------------------
    ("acronym", "teroris jaringan MIT ditangkap",  # Mujahidin Indonesia Timur
     {"arrest-1": 2, "arrest-2": 2, "arrest-4": 2, "arrest-5": 2, "arrest": 1}),
    ("acronym", "BNPT gandeng Unhas", {"campus-3": 2, "campus-7": 2, "campus-8": 2, "campus": 1}),
    ("acronym", "mantan napiter NTB", {"derad-7": 2, "derad-9": 2, "derad": 1}),  # Nusa Tenggara Barat
    ("acronym", "erupsi gunung NTT", {"volcano-3": 2, "volcano-7": 2, "volcano": 1}),  # Nusa Tenggara Timur
    ("acronym", "deradikalisasi sulsel", {"derad-1": 2, "derad-4": 2, "derad": 1}),  # Sulawesi Selatan
    ("acronym", "latihan kesiapsiagaan bencana sumut", {"drill-1": 2, "drill-6": 2, "drill": 1}),  # Sumatera Utara
    ("acronym", "Densus 88 jatim", {"arrest-11": 2, "arrest": 1}),  # Jawa Timur
    ("acronym", "kekeringan jateng", {"drought-1": 2, "drought": 1}),  # Jawa Tengah
    ("acronym", "QRIS UMKM", {"qris-2": 2, "qris": 1}),
    ("acronym", "BI7DRR", {"birate": 2}),  # BI 7-Day Reverse Repo Rate, the policy rate's former name
    ("acronym", "IHK agustus 2024", {"inflation-11": 2, "inflation": 1}),  # Indeks Harga Konsumen
    ("acronym", "lansia dan anak-anak korban banjir",  # lanjut usia; the English releases do not mention the elderly
     {"flood-1": 2, "flood-2": 2, "flood-3": 2, "flood-4": 2, "flood-6": 2, "flood-8": 2, "flood-10": 2,
      "flood-12": 2, "flood-13": 2, "flood": 1}),
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "neraca perdagngan desember 2024", {"trade-4": 2, "trade": 1}),
    ("typo", "kunjugan wisatawan australia", {"tourists-1": 2, "tourists": 1}),
    ("typo", "bantuan kemanusian untuk afganistan", {"aid-4": 2, "aid-7": 2, "aid": 1}),
    ("typo", "penduduk miskn april 2023", {"poverty-4": 2, "poverty": 1}),
    ("typo", "inflasi bawang merh", {"inflation-5": 2, "inflation-8": 2, "inflation-11": 2, "inflation": 1}),
    ("typo", "ekonomi tumbh 5,11 persen", {"growth-7": 2, "growth": 1}),
    ("typo", "nickel exprots", {"trade-1": 2, "trade-2": 2, "trade-3": 2, "trade": 1}),
    ("typo", "longsor samrinda", {"landslide-7": 2, "landslide": 1}),
    ("typo", "inflsai desember 2024", {"inflation-12": 2, "inflation": 1}),
    ("typo", "peace ambasadors programme",
     {"campus-1": 2, "campus-3": 2, "campus-4": 2, "campus-5": 2, "campus-7": 2, "campus": 1}),
    ("typo", "rupiah melemh terhadap dolar", {"rupiah": 2}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "Deposit Facility 5,25 persen", {"birate-7": 2, "birate-11": 2, "birate": 1}),
    ("number", "dana teroris Rp4,5 miliar", {"financing-3": 2, "financing": 1}),
    ("number", "QRIS 35 juta merchant", {"qris-3": 2, "qris": 1}),
    ("number", "GDP growth 2023", {"growth-3": 2, "growth-5": 2, "growth": 1}),
    ("number", "poverty December 2023", {"poverty-1": 2, "poverty-2": 2, "poverty": 1}),
    ("number", "radius bahaya 7 km", {"volcano-8": 2, "volcano": 1}),
    ("number", "rupiah turun 1,2 persen", {"rupiah-3": 2, "rupiah-4": 2, "rupiah": 1}),
    ("number", "1.500.000 liter air bersih", {"drought-1": 2, "drought-3": 2, "drought": 1}),
    ("number", "97 gempa susulan", {"quake-4": 2, "quake-9": 2, "quake": 1}),
    ("number", "tourist arrivals 853,000", {"tourists-2": 2, "tourists-4": 2, "tourists-5": 2, "tourists": 1}),
    ("number", "surplus 5,67 miliar dolar", {"trade-4": 2, "trade-6": 2, "trade": 1}),
    ("number", "inflasi tahunan 1,57 persen", {"inflation-13": 2, "inflation": 1}),
    ("number", "9.400 konten radikal", {"online-3": 2, "online-4": 2, "online": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "k")


if __name__ == "__main__":
    main()
