"""The seventeenth held-out judgments (v17): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 9, first set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to sixteenth (``heldout2_queries.py`` ... ``heldout16_queries.py``) were each written for one
measurement, after which they no longer count as unseen. This set is a further measure of record: it must be
measured once, never tuned on.

How: written on 2026-12-05 (session 9, the first set of that session) by a helper session, under the same strict
blindness rules as the earlier sets: no search, ranking, benchmark or test of the search system was run,
Meilisearch was not started, and neither the ranking code (its glossary, abbreviation list, coverage, stemming or
spelling code), the benchmarks, the relevance test, the search unit tests, the README or docs sections about
relevance and search, nor any result or measurement was read, nor any commit message or diff about relevance or
search. The only files read were the corpus (``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query
sets, the latter only for their conventions and to avoid repeating them. Every judgment comes from the corpus text
(title and body of the releases, checked by pattern search over the corpus file; the phrase behind a non-obvious
grade-2 claim is in a comment). No query equals or trivially rewords one in ``queries.jsonl``,
``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (up to ``heldout16``; checked by a script listing, for every
query here, earlier queries sharing most of its words, read by hand); where this set touches an event an earlier set
asked about, it asks for another fact of it (a figure, a month, a detail of the text) or in another form (acronym,
abbreviation, typo, affix, other language).

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py``, ``heldout9_queries.py`` and
``heldout10_queries.py`` (their docstrings): grade 2 = the release answers the query (every constraint), 1 = same
subject but a constraint differs; both language versions of an event get the same grade; keys are a topic, an event,
``re:REGEX`` or ``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither
language version of the event does not earn grade 2, nor does a date that is only in ``published_at`` (so no query
here asks for the month of ``coop-3``/``coop-5`` or of ``rupiah-2``, whose texts state none); judgments on a detail
of the text are written as explicit event keys, so that both language versions get the grade even when only one
states it (e.g. ``drill-3``: only the Indonesian release says the assembly point is reached within 15 minutes).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for six of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in the corpus, the stem does
in at least one grade-2 release; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus
never writes: Kalbar, Sumbar, Jabar, Sulteng, Kaltim, Sulut, Sumsel, Sulsel, Unhas, JAD, MIT; and abbreviations the
releases use, in analyst queries: RDG, PDB, LPSK, Basarnas), ``typo``, ``number``. Ids are ``d001`` ...

    .venv/bin/python tests/data/relevance/heldout17_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout17_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "terduga teroris jaringan jamaah ansharut daulah ditangkap di jayapura",  # arrest-3; arrest-2 and
     # arrest-4 (Jayapura) name Mujahidin Indonesia Timur
     {"arrest-3": 2, "arrest": 1}),
    ("indonesian", "korban bom kampung melayu terima kompensasi rp11,6 miliar",  # victims-1: "korban bom Kampung Melayu
     # 2017, menerima kompensasi senilai Rp11,6 miliar"; victims-2 (Kampung Melayu) states no amount
     {"victims-1": 2, "victims": 1}),
    ("indonesian", "radius bahaya 6 kilometer semeru juli 2023",  # volcano-1: "14 Juli 2023", "radius bahaya 6
     # kilometer dari kawah"
     {"volcano-1": 2, "volcano": 1}),
    ("indonesian", "berapa radius bahaya erupsi gunung ruang 2022",  # volcano-2: "17 Agustus 2022", "radius bahaya 8
     # kilometer"; volcano-8 (Ruang) is 2023
     {"volcano-2": 2, "volcano": 1}),
    ("indonesian", "gempa serang banten november 2023",  # quake-1: "Serang, Banten, pada 27 November 2023"
     {"quake-1": 2, "quake": 1}),
    ("indonesian", "sungai meluap rendam 1.650 rumah di solo",  # flood-4: "sungai meluap dan merendam 1.650 rumah di
     # Solo"
     {"flood-4": 2, "flood": 1}),
    ("indonesian", "BPBD solo distribusikan air bersih saat kemarau",  # drought-1: "BNPB dan BPBD Solo mendistribusikan
     # 1.500.000 liter air bersih"
     {"drought-1": 2, "drought": 1}),
    ("indonesian", "latihan jalur evakuasi ke titik kumpul kurang dari 15 menit",  # drill-3, drill-6: "rambu jalur
     # evakuasi menuju titik kumpul dalam waktu kurang dari 15 menit"
     {"drill-3": 2, "drill-6": 2, "drill": 1}),
    ("indonesian", "QRIS singapura 45 juta pengguna",  # qris-2: "Singapura", "Jumlah pengguna QRIS mencapai 45 juta";
     # qris-3 (Singapore) has 50 juta
     {"qris-2": 2, "qris": 1}),
    ("indonesian", "cadangan devisa di atas standar kecukupan internasional maret 2025",  # reserves-4: "akhir Maret
     # 2025", "di atas standar kecukupan internasional"; reserves-2 (March 2025) does not say it
     {"reserves-4": 2, "reserves": 1}),
    ("indonesian", "BI tahan suku bunga acuan maret 2023",  # birate-11: "1-2 Maret 2023 memutuskan BI-Rate tetap di
     # 6,00 persen"; birate-10 (held) is March 2022
     {"birate-11": 2, "birate": 1}),
    ("indonesian", "penduduk miskin 10,14 persen", {"poverty-6": 2, "poverty": 1}),
    ("indonesian", "konsensus lima poin dibahas menlu ASEAN oktober 2024",  # asean-2: "Kuala Lumpur pada Oktober 2024",
     # "Konsensus Lima Poin"
     {"asean-2": 2, "asean": 1}),
    ("indonesian", "WNI dipulangkan dari lebanon lewat jalur darat",  # citizens-6: "385 WNI berhasil dipulangkan dari
     # Lebanon melalui jalur darat dan udara"
     {"citizens-6": 2, "citizens": 1}),
    ("indonesian", "korban meninggal banjir medan 2024",  # flood-10: "Medan ... sejak 27 Maret 2024", "korban meninggal
     # tercatat 2 orang"; flood-1 (Medan) is 2021
     {"flood-10": 2, "flood": 1}),
    # -- English --------------------------------------------------------------------------------------------------
    ("english", "Mount Marapi West Sumatra alert July 2022",  # volcano-9: "Level III (Alert) on July 26, 2022"
     {"volcano-9": 2, "volcano": 1}),
    ("english", "M5.2 earthquake North Sumatra depth 35 km",  # quake-7: "magnitude 5.2 earthquake in Medan, North
     # Sumatra", "depth of 35 km"; quake-3 (North Sumatra) is M6.4 at 23 km
     {"quake-7": 2, "quake": 1}),
    ("english", "magnitude 5.9 quake in Lampung",  # quake-9: "magnitude 5.9 earthquake in Bandar Lampung"
     {"quake-9": 2, "quake": 1}),
    ("english", "ASEAN centrality discussed in Kuala Lumpur",  # asean-1, asean-3: "strengthening ASEAN centrality";
     # asean-2 (Kuala Lumpur) does not say it
     {"asean-1": 2, "asean-3": 2, "asean": 1}),
    ("english", "how many bodies were found in the April 2025 Pekanbaru landslide",  # landslide-1: "April 7, 2025",
     # "6 victims have been found"; landslide-6 (Pekanbaru) is January 2025
     {"landslide-1": 2, "landslide": 1}),
    ("english", "haze disrupts flights South Sumatra December 2023",  # fire-3: "Desember 2023", "Haze has begun to
     # disrupt flights"; fire-7 (South Sumatra) is November 2022
     {"fire-3": 2, "fire": 1}),
    ("english", "propaganda videos and bomb-making guides removed from social media",  # "video propaganda ... panduan
     # merakit bom" (online-1, -2, -3, -4 Indonesian); online-5 names only video-sharing platforms
     {"online-1": 2, "online-2": 2, "online-3": 2, "online-4": 2, "online": 1}),
    ("english", "Komdigi took down 2,340 radical posts in 2022",  # online-5: "removed 2,340 pieces of radical and
     # terrorist content from social media in 2022"
     {"online-5": 2, "online": 1}),
    ("english", "Indonesia Vietnam trade and investment memorandums December 2023",  # bilateral-1: "6 Memorandums of
     # Understanding on Trade and Investment", "December 12, 2023"
     {"bilateral-1": 2, "bilateral": 1}),
    ("english", "Australian visitors largest group of foreign tourists",  # tourists-1: "Visitors from Australia were
     # the largest group"
     {"tourists-1": 2, "tourists": 1}),
    ("english", "smallholder plantation crops farmers terms of trade March 2025",  # ntp-3: "114.10 in March 2025",
     # "Smallholder plantation crops rose the most"
     {"ntp-3": 2, "ntp": 1}),
    ("english", "shallot prices drive March 2024 inflation",  # inflation-5: "Shallots Prices Drive March 2024
     # Inflation"
     {"inflation-5": 2, "inflation": 1}),
    ("english", "Bank Indonesia intervenes as rupiah falls in October 2022",  # rupiah-3: "Rp15,320 per US dollar in
     # October 2022", "Bank Indonesia intervened"
     {"rupiah-3": 2, "rupiah": 1}),
    ("english", "154 citizens evacuated from Myanmar, embassy hotline",  # citizens-3: "evacuated 154 Indonesian
     # citizens from Myanmar", "the embassy opened a hotline"
     {"citizens-3": 2, "citizens": 1}),
    ("english", "QR code payments in Japan at 26 million merchants", {"qris-5": 2, "qris": 1}),
    # -- cross-lingual: English queries for Indonesian-only releases, Indonesian for English-only ones -------------
    ("crosslang", "Ambon earthquake 97 aftershocks",  # quake-4: "Ambon, Maluku", "97 kali gempa susulan"; quake-9 (97
     # aftershocks) is Lampung
     {"quake-4": 2, "quake": 1}),
    ("crosslang", "M5.2 Banten quake at 23 km depth",  # quake-2: "bermagnitudo 5,2 di Tangerang, Banten", "kedalaman
     # 23 kilometer"; quake-1 (Banten) is M5.9 at 10 km
     {"quake-2": 2, "quake": 1}),
    ("crosslang", "Merapi highest alert level March 2021 Klaten evacuation",  # volcano-4: "Level IV (Awas) pada 18
     # Maret 2021", "BPBD Klaten mengevakuasi 1.530 warga"; Level IV is the top of the scale
     {"volcano-4": 2, "volcano": 1}),
    ("crosslang", "Manggala Agni ground firefighting in Riau",  # fire-6: "Riau", "Manggala Agni melakukan pemadaman
     # darat"; fire-1 and fire-7 (Manggala Agni) are Central Kalimantan and South Sumatra
     {"fire-6": 2, "fire": 1}),
    ("crosslang", "Central Kalimantan fires 15,600 hectares August 2023",  # fire-2: "Kalimantan Tengah meluas hingga
     # 15.600 hektare", "Agustus 2023"; fire-5 (15,600) is March 2022
     {"fire-2": 2, "fire": 1}),
    ("crosslang", "112 deradicalisation partners in Bandar Lampung",  # derad-2: "112 mitra deradikalisasi di Lampung
     # ... di Bandar Lampung"
     {"derad-2": 2, "derad": 1}),
    ("crosslang", "drought in 52 West Nusa Tenggara villages December 2021",  # drought-4: "52 desa di Nusa Tenggara
     # Barat", "sejak Desember 2021"; drought-1 (52) is Central Java
     {"drought-4": 2, "drought": 1}),
    ("crosslang", "BI rate hike to 4.75% November 2022",  # birate-2: "24-25 November 2022 memutuskan BI-Rate naik
     # menjadi 4,75 persen"; birate-4 (hike to 4.75) is February 2022
     {"birate-2": 2, "birate": 1}),
    ("crosslang", "rupiah at 16,240 per dollar",  # rupiah-2: "Rupiah ditutup pada Rp16.240"; rupiah-4: "Rp16.240 per
     # dolar AS pada Desember 2021"
     {"rupiah-2": 2, "rupiah-4": 2, "rupiah": 1}),
    ("crosslang", "OJK shuts illegal lenders April 2025",  # pinjol-2: "menghentikan 151 entitas pinjaman online ilegal
     # ... pada April 2025"
     {"pinjol-2": 2, "pinjol": 1}),
    ("crosslang", "Sitaro disaster agency evacuates 1,530 near Mount Ruang",  # volcano-2: "BPBD Sitaro mengevakuasi
     # 1.530 warga"; volcano-8 (Sitaro) evacuated 840
     {"volcano-2": 2, "volcano": 1}),
    ("crosslang", "consumer prices up 2.28 percent year on year in February 2025",  # inflation-10: "Februari 2025
     # sebesar 2,28 persen"; inflation-12 (2,28) is December 2024
     {"inflation-10": 2, "inflation": 1}),
    ("crosslang", "first quarter 2021 growth led by transport and warehousing",  # growth-2: "triwulan I 2021",
     # "pertumbuhan tertinggi dicapai sektor transportasi dan pergudangan"
     {"growth-2": 2, "growth": 1}),
    ("crosslang", "coal exports trade surplus 5.67 billion",  # trade-4, trade-6: "surplus 5,67 miliar dolar AS",
     # "komoditas batu bara"
     {"trade-4": 2, "trade-6": 2, "trade": 1}),
    ("crosslang", "Indonesia Brazil trade target over the next five years",  # bilateral-2: "Brasil", "Nilai
     # perdagangan kedua negara ditargetkan meningkat dalam lima tahun ke depan"; bilateral-3 (same sentence) is
     # Germany
     {"bilateral-2": 2, "bilateral": 1}),
    ("crosslang", "aid to Rakhine August 2024",  # aid-8: "warga Rakhine, Myanmar, pada Agustus 2024"; aid-5 (Rakhine)
     # is January 2023
     {"aid-8": 2, "aid": 1}),
    ("crosslang", "farmers terms of trade 116.70 September 2024",  # ntp-4: "September 2024 sebesar 116,70"; ntp-2
     # (116,70) is July 2021
     {"ntp-4": 2, "ntp": 1}),
    ("crosslang", "monthly inflation 0.37 percent February 2023",  # inflation-4: "Februari 2023 ... inflasi bulanan
     # 0,37 persen"; inflation-2 (February 2023) is 0,19
     {"inflation-4": 2, "inflation": 1}),
    ("crosslang", "radius 3 km merapi level III",  # volcano-5 (English only): "Mount Merapi ... Level III", "3 km
     # exclusion zone"
     {"volcano-5": 2, "volcano": 1}),
    ("crosslang", "BI tahan BI-Rate 4,75 persen april 2022",  # birate-5 (English only): "April 8-9, 2022, decided to
     # hold the BI-Rate at 4.75 percent"; birate-3 (April 2022) is a hike
     {"birate-5": 2, "birate": 1}),
    ("crosslang", "cadangan devisa 150,2 miliar dolar agustus 2021",  # reserves-5 (English only): "USD 150.2 billion at
     # the end of August 2021"; reserves-4 (150,2) is March 2025
     {"reserves-5": 2, "reserves": 1}),
    ("crosslang", "inflasi tahunan 3,05 persen april 2024",  # inflation-9 (English only): "3.05 percent in April 2024";
     # inflation-7 (3,05) is April 2021
     {"inflation-9": 2, "inflation": 1}),
    ("crosslang", "BI tahan suku bunga desember 2021",  # birate-9 (English only): "December 16-17, 2021, decided to
     # hold the BI-Rate at 4.75 percent"
     {"birate-9": 2, "birate": 1}),
    ("crosslang", "kekeringan riau 480.000 liter air bersih",  # drought-5 (English only): "14 villages in Riau",
     # "480,000 litres of clean water"
     {"drought-5": 2, "drought": 1}),
    # -- morphology: affixed forms absent from the corpus (the releases' forms in the comments) ---------------------
    ("morphology", "seizing explosives during counterterrorism raids",  # seized (arrest-1, -5, -7, -11 English),
     # menyita (arrest-2, -3, -6, -10); the others found homemade explosives in the raid
     {"arrest": 2}),
    ("morphology", "mantan napiter didampingi BNPT di bima",  # pendampingan (derad-7: "menerima pendampingan dari BNPT
     # di Bima"); derad-9 (English, Bima)
     {"derad-7": 2, "derad-9": 2, "derad": 1}),
    ("morphology", "warga dilatih menyelamatkan diri dari tsunami",  # berlatih (drill-4: "berlatih menyelamatkan diri
     # dalam simulasi tsunami"); drill-5 (English, tsunami drill)
     {"drill-4": 2, "drill-5": 2, "drill": 1}),
    ("morphology", "penghentian entitas pinjol ilegal juli 2022",  # menghentikan (pinjol-4: "pada Juli 2022")
     {"pinjol-4": 2, "pinjol": 1}),
    ("morphology", "penemuan bahan peledak rakitan dan buku panduan bom",  # menemukan (arrest-1, -4, -8, -11: "Penyidik
     # menemukan bahan peledak rakitan serta buku panduan pembuatan bom"); "Homemade explosives and bomb-making
     # manuals were found" (arrest-3, arrest-9 English)
     {"arrest-1": 2, "arrest-3": 2, "arrest-4": 2, "arrest-8": 2, "arrest-9": 2, "arrest-11": 2, "arrest": 1}),
    ("morphology", "bantuan kemanusiaan dikirim ke myanmar",  # mengirimkan (aid-8: "Rakhine, Myanmar"), sent (aid-5)
     {"aid-5": 2, "aid-8": 2, "aid": 1}),
    ("morphology", "menghimpun dana teror lewat kotak amal",  # dihimpun ("Dana tersebut dihimpun melalui kotak amal",
     # financing-1, -3, -4), charity boxes (financing-5); financing-2 names online donations and unregistered charities
     {"financing-1": 2, "financing-3": 2, "financing-4": 2, "financing-5": 2, "financing": 1}),
    ("morphology", "evacuating elderly people and children from flooded areas",  # evacuate (flood-1 English),
     # mengevakuasi "warga lanjut usia dan anak-anak" (flood-1, -2, -3, -4, -6, -8, -10, -12, -13)
     {"flood-1": 2, "flood-2": 2, "flood-3": 2, "flood-4": 2, "flood-6": 2, "flood-8": 2, "flood-10": 2, "flood-12": 2,
      "flood-13": 2, "flood": 1}),
    ("morphology", "rumah warga ambon direndam banjir",  # merendam (flood-6), terendam (flood-8)
     {"flood-6": 2, "flood-8": 2, "flood": 1}),
    ("morphology", "pengimbauan warga bantaran sungai tetap waspada",  # mengimbau "warga di bantaran sungai tetap
     # waspada" (flood-7, flood-11), "urged riverbank residents to remain alert" (flood-1, -3, -5, -7, -9, -11, -13)
     {"flood-1": 2, "flood-3": 2, "flood-5": 2, "flood-7": 2, "flood-9": 2, "flood-11": 2, "flood-13": 2, "flood": 1}),
    ("morphology", "Bank Indonesia holding the BI-Rate steady",  # hold, Holds (birate-5, -9, -11), tetap (birate-10)
     {"birate-5": 2, "birate-9": 2, "birate-10": 2, "birate-11": 2, "birate": 1}),
    ("morphology", "recruiting Indonesians with fake computer jobs",  # recruited ... promises of well-paid computer
     # jobs (scam-1, scam-3, scam-5), direkrut ... operator komputer (scam-1)
     {"scam-1": 2, "scam-3": 2, "scam-5": 2, "scam": 1}),
    ("morphology", "inundation of homes in Makassar",  # inundating, Inundate (flood-7, flood-13)
     {"flood-7": 2, "flood-13": 2, "flood": 1}),
    ("morphology", "compensating survivors of terrorist attacks", {"victims": 2}),  # compensation, kompensasi
    ("morphology", "distributing clean water to drought-hit villages", {"drought": 2}),  # Distributes, distribusikan
    # -- acronyms and abbreviations ---------------------------------------------------------------------------------
    ("acronym", "karhutla kalbar 9 helikopter",  # Kalimantan Barat: fire-4 "mengerahkan 9 helikopter"; fire-3 (9
     # helicopters) is South Sumatra
     {"fire-4": 2, "fire": 1}),
    ("acronym", "penangkapan anggota JAD di sentani",  # Jamaah Ansharut Daulah: arrest-10
     {"arrest-10": 2, "arrest": 1}),
    ("acronym", "4 anggota MIT ditangkap di jayapura",  # Mujahidin Indonesia Timur: arrest-4; arrest-3 (4 in
     # Jayapura) is JAD, arrest-2 (MIT, Jayapura) is 7
     {"arrest-4": 2, "arrest": 1}),
    ("acronym", "status gunung marapi sumbar",  # Sumatera Barat / West Sumatra: volcano-9
     {"volcano-9": 2, "volcano": 1}),
    ("acronym", "gempa jabar M5,9",  # Jawa Barat: quake-8 "Gempa M5,9 di Jawa Barat" (Bogor)
     {"quake-8": 2, "quake": 1}),
    ("acronym", "kemarau sulteng oktober 2023",  # Sulawesi Tengah: drought-2 "sejak Oktober 2023"
     {"drought-2": 2, "drought": 1}),
    ("acronym", "kekeringan jateng 52 desa",  # Jawa Tengah: drought-1 "52 desa di Jawa Tengah"; drought-4 (52) is NTB
     {"drought-1": 2, "drought": 1}),
    ("acronym", "penangkapan anggota JI di jatim",  # Jamaah Islamiyah, Jawa Timur: arrest-11 "Jaringan Jamaah Islamiyah
     # di Jawa Timur" (Surabaya)
     {"arrest-11": 2, "arrest": 1}),
    ("acronym", "mahasiswa unhas cegah radikalisme",  # Universitas Hasanuddin: campus-3, campus-7, campus-8;
     # campus-5 names no university
     {"campus-3": 2, "campus-7": 2, "campus-8": 2, "campus": 1}),
    ("acronym", "gunung ruang sulut radius 7 km",  # Sulawesi Utara: volcano-8 "radius bahaya 7 kilometer"; volcano-2
     # (Ruang) is 8 km
     {"volcano-8": 2, "volcano": 1}),
    ("acronym", "karhutla sumsel 2.300 hektare",  # Sumatera Selatan: fire-3, fire-7 "2.300 hektare"; fire-6 (2.300) is
     # Riau
     {"fire-3": 2, "fire-7": 2, "fire": 1}),
    ("acronym", "banjir sulsel september 2022",  # Sulawesi Selatan: flood-7 "Makassar, South Sulawesi, after heavy rain
     # from September 27, 2022"
     {"flood-7": 2, "flood": 1}),
    ("acronym", "gempa sumut M6,4",  # Sumatera Utara: quake-3 "Gempa M6,4 di Sumatera Utara"
     {"quake-3": 2, "quake": 1}),
    ("acronym", "RDG BI november 2023",  # birate-6: "RDG Bank Indonesia pada 4-5 November 2023"; birate-2 is
     # November 2022
     {"birate-6": 2, "birate": 1}),
    ("acronym", "PDB triwulan II 2024",  # growth-4 (5,17 persen) and growth-7 (5,11 persen) both report Q2 2024
     {"growth-4": 2, "growth-7": 2, "growth": 1}),
    ("acronym", "LPSK kompensasi korban terorisme",  # Lembaga Perlindungan Saksi dan Korban (victims-2), LPSK
     # (victims-1, -3, -5 English); victims-4 does not name it
     {"victims-1": 2, "victims-2": 2, "victims-3": 2, "victims-5": 2, "victims": 1}),
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "deradikalisai poso", {"derad-6": 2, "derad": 1}),
    ("typo", "banjir cianjru", {"flood-12": 2, "flood": 1}),
    ("typo", "gunung lewotboi", {"volcano-3": 2, "volcano-7": 2, "volcano": 1}),
    ("typo", "gempa bandar lampng", {"quake-9": 2, "quake": 1}),
    ("typo", "karhutla kalimantan tengha", {"fire-1": 2, "fire-2": 2, "fire-5": 2, "fire": 1}),
    ("typo", "longsor pekanbru", {"landslide-1": 2, "landslide-6": 2, "landslide": 1}),
    ("typo", "inflasi desmber 2024", {"inflation-12": 2, "inflation": 1}),
    ("typo", "pertumbuhn ekonomi triwulan IV 2025", {"growth-6": 2, "growth": 1}),
    ("typo", "nilai tukar petnai juli 2021", {"ntp-2": 2, "ntp": 1}),
    ("typo", "kunjungan wismna oktober 2024", {"tourists-1": 2, "tourists": 1}),
    ("typo", "evakuasi WNI dari iraan", {"citizens-5": 2, "citizens": 1}),
    ("typo", "bantuan kemanusiaan untuk vanutau", {"aid-1": 2, "aid": 1}),
    ("typo", "foreign minsiter germany food security", {"bilateral-3": 2, "bilateral-5": 2, "bilateral": 1}),
    ("typo", "unemplyment rate april 2025", {"unemp-4": 2, "unemp": 1}),
    ("typo", "trade surplus septmber 2024 nickel", {"trade-1": 2, "trade": 1}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "6.020 konten radikal", {"online-2": 2, "online": 1}),
    ("number", "52 mantan napiter bima", {"derad-7": 2, "derad": 1}),  # derad-9 (Bima) is 40
    ("number", "80 mitra deradikalisasi", {"derad-4": 2, "derad": 1}),
    ("number", "56 penyintas bom surabaya", {"victims-4": 2, "victims": 1}),
    ("number", "37 rekening Rp1,2 miliar",  # financing-1 (37 rekening) is Rp7,1 miliar, financing-5 (Rp1.2 billion) 48
     # accounts
     {"financing-4": 2, "financing": 1}),
    ("number", "1.240 warga mengungsi banjir makassar", {"flood-7": 2, "flood-13": 2, "flood": 1}),
    ("number", "12 helikopter bom air", {"fire-2": 2, "fire-7": 2, "fire": 1}),
    ("number", "2 korban ditemukan longsor",  # "2 korban ditemukan" (landslide-2, -6), "2 victims have been found"
     # (landslide-5)
     {"landslide-2": 2, "landslide-5": 2, "landslide-6": 2, "landslide": 1}),
    ("number", "14 villages short of water", {"drought-5": 2, "drought": 1}),
    ("number", "deposit facility 5,75 persen",  # birate-3: "Deposit Facility at 5.75 percent"; birate-10 (5,75) is the
     # BI-Rate
     {"birate-3": 2, "birate": 1}),
    ("number", "Rp15.320 per dolar", {"rupiah-3": 2, "rupiah": 1}),
    ("number", "reserves 6.9 months of imports", {"reserves-1": 2, "reserves": 1}),
    ("number", "inflasi bulanan 0,37 persen", {"inflation-1": 2, "inflation-3": 2, "inflation-4": 2, "inflation": 1}),
    ("number", "TPT 5,32 persen", {"unemp-3": 2, "unemp": 1}),
    ("number", "74 tonnes of aid", {"aid-5": 2, "aid-7": 2, "aid-8": 2, "aid": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "d")


if __name__ == "__main__":
    main()
