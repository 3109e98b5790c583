"""The eleventh held-out judgments (v11): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 8, first set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to tenth (``heldout2_queries.py`` ... ``heldout10_queries.py``) were each written for one measurement,
after which they no longer count as unseen. This set is a further measure of record: it must be measured once,
never tuned on.

How: written on 2026-12-05 (session 8, the first set of that session) by a helper session, under strict blindness
rules: no search, ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither
the ranking code (its glossary, abbreviations, stemming or spelling lists), the benchmarks, the relevance test, the
search unit tests, the README or docs sections about relevance and search, nor any result or measurement was read,
nor any commit message or diff about relevance or search. The only files read were the corpus
(``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets, the latter only for their conventions
and to avoid repeating them. Every judgment comes from the corpus text (title and body of the releases, checked by
pattern search over the corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals
or trivially rewords one in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (``heldout10``
included; checked by a script listing, for every query here, the earlier queries sharing a grade-2 release, read by
hand); where this set touches an event an earlier set asked about, it asks for another fact of it (a figure, a
month, a detail of the text) or in another form (acronym, abbreviation, typo, affix, other language). This set leans
on the topics earlier sets asked less about (growth, unemployment, farmers' terms of trade, reserves, evacuations of
citizens, online-scam victims, drills, volcanoes, earthquakes, landslides).

Conventions are those of ``heldout2_queries.py`` and ``heldout10_queries.py`` (their docstrings): grade 2 = the
release answers the query (every constraint), 1 = same subject but a constraint differs; both language versions of
an event get the same grade; keys are a topic, an event, ``re:REGEX`` or ``topic~REGEX``; a release takes its
highest grade. A fact only in the slots and stated by neither language version of the event does not earn grade 2,
nor does a date that is only in ``published_at`` (``rupiah-2`` and the Indonesian ``scam-1`` state no month, so the
queries here on them name none); judgments on a detail of the text are written as explicit event keys, so that both
language versions get the grade even when only one states it (e.g. ``citizens-3``: only the English release says the
embassy opened a hotline and a shelter).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for six of them, Indonesian queries
for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the stem
does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus never
writes: PVMBG, LCT, cadev, NTT, Kalteng, Sumsel, ha; and acronyms the releases use, in analyst queries:
TPT, PDB, Q4, BMKG, OJK, KBRI, TPPO, SBN, RDG), ``typo``, ``number``. Ids are ``x001`` ...

    .venv/bin/python tests/data/relevance/heldout11_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout11_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "penduduk bekerja terbanyak di sektor pertanian februari 2021",  # unemp-1: "Februari 2021",
     # "Penduduk bekerja terbanyak berada di sektor pertanian"; unemp-6 (February) is 2025
     {"unemp-1": 2, "unemp": 1}),
    ("indonesian", "pengangguran terbuka juli 2023 sekitar 8,40 juta orang",  # unemp-2: "Juli 2023 sebesar 6,26
     # persen, atau sekitar 8,40 juta orang"; unemp-5 (8.40 million) is May 2024
     {"unemp-2": 2, "unemp": 1}),
    ("indonesian", "NTP nasional september 2024 naik jadi 116,70",  # ntp-4: "September 2024 sebesar 116,70, naik";
     # ntp-2 (116,70) is July 2021
     {"ntp-4": 2, "ntp": 1}),
    ("indonesian", "cadangan devisa september 2024 di atas standar kecukupan internasional",  # reserves-3: "akhir
     # September 2024", "berada di atas standar kecukupan internasional"; reserves-4 says it of March 2025
     {"reserves-3": 2, "reserves": 1}),
    ("indonesian", "89 WNI dipaksa kerja di perusahaan penipuan daring filipina",  # scam-1: "memulangkan 89 WNI ...
     # dipaksa bekerja di perusahaan penipuan daring (online scam) di Filipina"; scam-2 (89) is Cambodia
     {"scam-1": 2, "scam": 1}),
    ("indonesian", "latihan evakuasi gempa medan ke titik kumpul kurang dari 15 menit",  # drill-6: "warga Medan ...
     # simulasi gempa bumi", "menuju titik kumpul dalam waktu kurang dari 15 menit"; drill-3 says it of Serang
     {"drill-6": 2, "drill": 1}),
    ("indonesian", "semeru naik ke level awas juli 2023 radius 6 km",  # volcano-1: "Semeru ... Level IV (Awas) pada 14
     # Juli 2023", "radius bahaya 6 kilometer"
     {"volcano-1": 2, "volcano": 1}),
    ("indonesian", "gempa ambon juni 2023 kedalaman 23 km",  # quake-6: "Ambon pada 8 Juni 2023. Pusat gempa berada di
     # kedalaman 23 km"; quake-4 (Ambon) is April 2024, 60 km
     {"quake-6": 2, "quake": 1}),
    ("indonesian", "hingga hari ketiga 2 korban longsor pekanbaru ditemukan",  # landslide-6 (Pekanbaru): "Hingga hari
     # ketiga, 2 korban ditemukan"; landslide-1 (Pekanbaru) found 6, landslide-2 (2 found) is Bima
     {"landslide-6": 2, "landslide": 1}),
    ("indonesian", "RDG 24-25 november 2022 deposit facility 4,00 persen",  # birate-2: "RDG ... 24-25 November 2022",
     # "Suku bunga Deposit Facility 4,00 persen"
     {"birate-2": 2, "birate": 1}),
    ("indonesian", "BI tetap berada di pasar saat rupiah di Rp16.240",  # rupiah-2, rupiah-4: "Rp16.240", "BI
     # menegaskan akan terus berada di pasar"; rupiah-3 says it at Rp15.320
     {"rupiah-2": 2, "rupiah-4": 2, "rupiah": 1}),
    ("indonesian", "banjir ambon januari 2024 tidak ada korban jiwa",  # flood-8: "Ambon ... 17 Januari 2024", "Tercatat
     # 0 orang meninggal dunia"; flood-6 (Ambon, 0 deaths) is July 2023
     {"flood-8": 2, "flood": 1}),
    ("indonesian", "bantuan makanan obat dan tenda untuk warga port vila vanuatu",  # aid-1: "makanan, obat-obatan, dan
     # tenda untuk warga Port Vila, Vanuatu"
     {"aid-1": 2, "aid": 1}),
    ("indonesian", "penguatan sentralitas ASEAN juli 2024",  # asean-4: "Labuan Bajo pada Juli 2024 ... serta penguatan
     # sentralitas ASEAN"; asean-1, -3, -5 (centrality) are other months
     {"asean-4": 2, "asean": 1}),
    ("indonesian", "karhutla kalimantan barat 15.600 hektare 9 helikopter",  # fire-4: "Kalimantan Barat", "15.600
     # hektare", "mengerahkan 9 helikopter"; fire-2 (15.600) is Central Kalimantan
     {"fire-4": 2, "fire": 1}),
    ("indonesian", "inflasi bulanan 0,05 persen desember 2024",  # inflation-12: "Desember 2024 ... secara bulanan
     # terjadi inflasi 0,05 persen"
     {"inflation-12": 2, "inflation": 1}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "GDP growth 5.11 percent in the second quarter of 2024",  # growth-7; growth-4 (Q2 2024) says 5,17
     {"growth-7": 2, "growth": 1}),
    ("english", "open unemployment rate 5.32 percent May 2022 labour force survey",  # unemp-3: "May 2022 was 5.32
     # percent ... national labour force survey (Sakernas)"
     {"unemp-3": 2, "unemp": 1}),
    ("english", "farmers terms of trade October 2021 palm oil and rubber prices",  # ntp-1: "114.10 in October 2021",
     # "driven by palm oil and rubber prices"; ntp-5 (October) is 2024
     {"ntp-1": 2, "ntp": 1}),
    ("english", "embassy hotline and shelter for Indonesians in Myanmar February 2021",  # citizens-3 (en): "Myanmar
     # ... February 2021", "the embassy opened a hotline and a shelter"; citizens-4 (Myanmar) is May 2021
     {"citizens-3": 2, "citizens": 1}),
    ("english", "143 Indonesians trafficked to Philippine scam companies repatriated December 2021",  # scam-3
     {"scam-3": 2, "scam": 1}),
    ("english", "Makassar tsunami drill tests early warning system and shelters",  # drill-5 (en only): "tsunami
     # evacuation drill ... in Makassar", "tested the early warning system, evacuation routes and temporary shelters"
     {"drill-5": 2, "drill": 1}),
    ("english", "Flores Timur disaster agency Lewotobi alert June 2023",  # volcano-3: "BNPB and the Flores Timur
     # disaster agency evacuated 6,300", "June 22, 2023"; volcano-7 (Flores Timur) is October 2021
     {"volcano-3": 2, "volcano": 1}),
    ("english", "accommodative macroprudential policy alongside the April 2022 rate rise",  # birate-3: "raise the
     # BI-Rate ... April 2-3, 2022", "maintained accommodative macroprudential policy"; birate-5 (April 2022) holds
     {"birate-3": 2, "birate": 1}),
    ("english", "triple intervention as the rupiah fell 2.1 percent",  # rupiah-5 (en only): "depreciated 2.1
     # percent", "(triple intervention)"
     {"rupiah-5": 2, "rupiah": 1}),
    ("english", "rubber boats and tents for Makassar flood victims September 2022",  # flood-7: "Makassar ...
     # September 27, 2022", "delivered food, rubber boats and tents"; flood-13 (Makassar) is August 2021
     {"flood-7": 2, "flood": 1}),
    ("english", "Five-Point Consensus at the Kuala Lumpur meeting in May 2023",  # asean-1 (en): "Kuala Lumpur in May
     # 2023", "implementation of the Five-Point Consensus"; asean-2, -3 (Kuala Lumpur) are October
     {"asean-1": 2, "asean": 1}),
    ("english", "haze disrupts flights in Central Kalimantan February 2022",  # fire-1: "Central Kalimantan", "February
     # 2022", "Haze has begun to disrupt flights"; fire-5 (Central Kalimantan) is March 2022
     {"fire-1": 2, "fire": 1}),
    ("english", "Japanese foreign minister in Jakarta on January 12, 2021",  # bilateral-7: "Foreign Minister of Japan
     # in Jakarta on January 12, 2021"
     {"bilateral-7": 2, "bilateral": 1}),
    ("english", "cold lava flood warning after Merapi alert raised November 2022",  # volcano-5 (en only): "Mount
     # Merapi ... Level III (Alert) on November 6, 2022", "Residents were warned of cold lava floods"
     {"volcano-5": 2, "volcano": 1}),
    ("english", "Myanmar and Palestine discussed with Vietnam's foreign minister in December 2023",  # bilateral-1:
     # "Vietnam in Jakarta on December 12, 2023", "regional issues, including Myanmar and Palestine"; bilateral-9
     # (Vietnam, Myanmar and Palestine) is August 2023
     {"bilateral-1": 2, "bilateral": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "September 2022 inflation 0.05 percent month on month driven by red chili",  # inflation-6:
     # "September 2022", "inflasi bulanan 0,05 persen", "terutama cabai merah"
     {"inflation-6": 2, "inflation": 1}),
    ("crosslang", "June 2021 exports USD 19.6 billion",  # trade-2: "Juni 2021 sebesar 19,6 miliar dolar AS"; trade-1,
     # -5, -7 (19.6) are other months
     {"trade-2": 2, "trade": 1}),
    ("crosslang", "reserves cover 6.5 months of imports at end of March 2025",  # reserves-4: "akhir Maret 2025",
     # "setara pembiayaan 6,5 bulan impor"; reserves-5 (6.5) is August 2021, reserves-2 (March 2025) gives no months
     {"reserves-4": 2, "reserves": 1}),
    ("crosslang", "Bima landslide May 2021 three people buried",  # landslide-2: "Bima ... 10 Mei 2021; 3 orang
     # tertimbun material tanah"
     {"landslide-2": 2, "landslide": 1}),
    ("crosslang", "July 2021 rate hike to strengthen the rupiah amid global market uncertainty",  # birate-8: "Juli
     # 2021 memutuskan BI-Rate naik", "memperkuat stabilisasi rupiah di tengah ketidakpastian pasar keuangan global"
     {"birate-8": 2, "birate": 1}),
    ("crosslang", "November 2024 foreign arrivals mostly through Ngurah Rai airport",  # tourists-4: "853.000
     # kunjungan wisman pada November 2024, terbanyak melalui Bandara Ngurah Rai Bali"
     {"tourists-4": 2, "tourists": 1}),
    ("crosslang", "1,240 displaced and no deaths in Ambon floods",  # flood-6: "Ambon; 1.240 jiwa terpaksa mengungsi",
     # "korban meninggal tercatat 0 orang"; flood-8 (Ambon, 0 deaths) has 3.715
     {"flood-6": 2, "flood": 1}),
    ("crosslang", "coal exports drive USD 5.67 billion surplus in February 2023",  # trade-6: "Februari 2023", "surplus
     # 5,67 miliar dolar AS", "komoditas batu bara"; trade-4 (coal, 5,67) is December 2024
     {"trade-6": 2, "trade": 1}),
    ("crosslang", "monthly inflation 0.19 percent February 2025",  # inflation-10: "Februari 2025 ... inflasi bulanan
     # 0,19 persen"; inflation-2 (0,19) is February 2023
     {"inflation-10": 2, "inflation": 1}),
    ("crosslang", "BI-Rate raised to 4.75 percent at the February 2022 board meeting",  # birate-4: "Rapat Dewan
     # Gubernur (RDG) Bank Indonesia pada 1-2 Februari 2022 memutuskan BI-Rate naik menjadi 4,75 persen"
     {"birate-4": 2, "birate": 1}),
    ("crosslang", "Medan floods March 2024 two deaths",  # flood-10: "Medan ... 27 Maret 2024", "korban meninggal
     # tercatat 2 orang"
     {"flood-10": 2, "flood": 1}),
    ("crosslang", "ekonomi triwulan IV 2023 tumbuh 5,17 persen",  # growth-5 (en only): "grew 5.17 percent ... in the
     # fourth quarter of 2023"; growth-4 (5,17) is Q2 2024
     {"growth-5": 2, "growth": 1}),
    ("crosslang", "harga cabai merah dorong inflasi april 2024",  # inflation-9 (en only): "Red chili Prices Drive April
     # 2024 Inflation"
     {"inflation-9": 2, "inflation": 1}),
    ("crosslang", "ASEAN vientiane mei 2024 konsensus lima poin",  # asean-5 (en only): "Vientiane in May 2024",
     # "implementation of the Five-Point Consensus"
     {"asean-5": 2, "asean": 1}),
    ("crosslang", "gempa bandar lampung 97 kali gempa susulan",  # quake-9 (en only): "Bandar Lampung", "97 aftershocks
     # were recorded"
     {"quake-9": 2, "quake": 1}),
    ("crosslang", "karhutla kalimantan tengah maret 2022 15 helikopter",  # fire-5 (en only): "Central Kalimantan",
     # "March 2022", "BNPB deployed 15 helicopters"; fire-1 (15 helicopters) is February 2022
     {"fire-5": 2, "fire": 1}),
    ("crosslang", "inflasi tahunan maret 2024 4,94 persen",  # inflation-5 (en only): "year-on-year inflation of 4.94
     # percent in March 2024"; inflation-3 (4,94) is March 2022
     {"inflation-5": 2, "inflation": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "kebakaran 2.300 hektare lahan di riau",  # "luas lahan terbakar mencapai 2.300 hektare" (fire-6,
     # Riau; stem bakar under ter-); fire-3, fire-7 (2.300) are South Sumatra
     {"fire-6": 2, "fire": 1}),
    ("morphology", "1.530 warga dievakuasi dari lereng merapi",  # "BPBD Klaten mengevakuasi 1.530 warga dari desa-desa
     # di lereng gunung" (volcano-4, Merapi); volcano-5, -6 (Merapi) have 4.210
     {"volcano-4": 2, "volcano": 1}),
    ("morphology", "pemulangan 32 WNI dari ukraina lewat jalur darat dan udara",  # "32 WNI berhasil dipulangkan dari
     # Ukraina melalui jalur darat dan udara" (citizens-7); citizens-2 (Ukraine) states no route
     {"citizens-7": 2, "citizens": 1}),
    ("morphology", "pemulangan 220 WNI korban online scam dari kamboja",  # "220 WNI Korban Penipuan Daring di Kamboja
     # Dipulangkan" (scam-4); scam-5 (220) is the Philippines
     {"scam-4": 2, "scam": 1}),
    ("morphology", "penyelamatan 143 WNI korban online scam filipina",  # "143 WNI korban sindikat online scam di
     # Filipina berhasil diselamatkan" (scam-3)
     {"scam-3": 2, "scam": 1}),
    ("morphology", "penghentian pencarian korban longsor pekanbaru april 2025",  # "Pencarian sempat dihentikan karena
     # hujan" (landslide-1, Pekanbaru, 7 April 2025); landslide-6 (Pekanbaru) is January 2025
     {"landslide-1": 2, "landslide": 1}),
    ("morphology", "haze disruption to flights in South Sumatra",  # "Haze has begun to disrupt flights" (fire-3, fire-7
     # en), "mengganggu penerbangan" (id)
     {"fire-3": 2, "fire-7": 2, "fire": 1}),
    ("morphology", "terendamnya 430 rumah di makassar agustus 2021",  # "430 rumah terendam" (flood-13, Makassar, 20
     # Agustus 2021); flood-3 (430) is Tangerang
     {"flood-13": 2, "flood": 1}),
    ("morphology", "pelemahan rupiah 1,2 persen oktober 2022",  # "Rupiah Melemah ke Rp15.320", "turun 1,2 persen"
     # (rupiah-3 id), "depreciated 1.2 percent ... October 2022" (en); rupiah-4 (1,2) is December 2021
     {"rupiah-3": 2, "rupiah": 1}),
    ("morphology", "pelatihan evakuasi banjir 500 warga serang",  # "Latihan Kesiapsiagaan", "Peserta berlatih",
     # "simulasi evakuasi bencana banjir yang diikuti 500 warga ... di Serang" (drill-3)
     {"drill-3": 2, "drill": 1}),
    ("morphology", "penandatanganan 6 nota kesepahaman indonesia vietnam",  # "Indonesia dan Vietnam menandatangani 6
     # nota kesepahaman" (bilateral-1); bilateral-6 (Vietnam) signed 2
     {"bilateral-1": 2, "bilateral": 1}),
    ("morphology", "ekonomi triwulan II 2023 ditopang konsumsi dan investasi",  # "Konsumsi rumah tangga dan investasi
     # menjadi penopang utama" (growth-3); growth-7 (triwulan II) is 2024
     {"growth-3": 2, "growth": 1}),
    ("morphology", "pendirian dapur umum banjir medan mei 2021",  # "BPBD setempat mendirikan dapur umum" (flood-1,
     # Medan, 24 Mei 2021); flood-10 (Medan, dapur umum) is March 2024
     {"flood-1": 2, "flood": 1}),
    ("morphology", "guncangan gempa M5,9 di serang",  # "Gempa Magnitudo 5,9 Guncang Serang" (quake-1)
     {"quake-1": 2, "quake": 1}),
    ("morphology", "pengungsi erupsi merapi februari 2022",  # "Sebanyak 4.210 warga diungsikan" (volcano-6, Merapi, 14
     # Februari 2022; stem ungsi)
     {"volcano-6": 2, "volcano": 1}),
    # -- acronyms: short forms the corpus never writes, and agency acronyms it uses ------------------------------------
    ("acronym", "TPT februari 2025 hasil sakernas",  # unemp-6: "Sakernas Februari 2025 menunjukkan TPT sebesar 4,82
     # persen"; unemp-1 (February) is 2021
     {"unemp-6": 2, "unemp": 1}),
    ("acronym", "PDB q4 2022 tumbuh 5,02 persen",  # growth-1: "triwulan IV 2022 tumbuh sebesar 5,02 persen" / "Q4
     # 2022"
     {"growth-1": 2, "growth": 1}),
    ("acronym", "BMKG gempa tangerang oktober 2024",  # quake-2: "Tangerang, Banten, pada 2 Oktober 2024"
     {"quake-2": 2, "quake": 1}),
    ("acronym", "PVMBG naikkan status merapi level III november 2022",  # Pusat Vulkanologi dan Mitigasi Bencana
     # Geologi / "The volcanology agency raised ... Mount Merapi ... Level III ... November 6, 2022" (volcano-5)
     {"volcano-5": 2, "volcano": 1}),
    ("acronym", "OJK satgas PASTI tutup 537 pinjol ilegal",  # pinjol-5: "shut down 537 illegal online lending
     # entities"
     {"pinjol-5": 2, "pinjol": 1}),
    ("acronym", "KBRI buka hotline dan rumah singgah WNI sudan agustus 2023",  # citizens-8: "Sudan ... Agustus 2023",
     # "KBRI membuka hotline dan rumah singgah"; citizens-1 (Sudan, hotline) is September 2021
     {"citizens-8": 2, "citizens": 1}),
    ("acronym", "korban TPPO 401 WNI di laos",  # scam-6: "401 WNI yang menjadi korban tindak pidana perdagangan
     # orang (TPPO) ... di Laos"
     {"scam-6": 2, "scam": 1}),
    ("acronym", "BI beli SBN di pasar sekunder juni 2023",  # rupiah-1: "Juni 2023", "pembelian SBN di pasar
     # sekunder" / "secondary government bond markets"
     {"rupiah-1": 2, "rupiah": 1}),
    ("acronym", "LCT QRIS singapura",  # local currency transaction: qris-3 "Singapura", "(local currency
     # transaction)"; qris-2 (Singapore) does not say it
     {"qris-3": 2, "qris": 1}),
    ("acronym", "RDG maret 2023 BI-Rate tetap 6%",  # birate-11: "1-2 Maret 2023 memutuskan BI-Rate tetap di 6,00
     # persen"
     {"birate-11": 2, "birate": 1}),
    ("acronym", "cadev akhir agustus 2021 150,2 miliar dolar",  # cadangan devisa: reserves-5 "USD 150.2 billion at
     # the end of August 2021"; reserves-4 (150,2) is March 2025
     {"reserves-5": 2, "reserves": 1}),
    ("acronym", "karhutla kalteng agustus 2023 15.600 ha",  # Kalimantan Tengah, hektare: fire-2 "Kalimantan Tengah
     # meluas hingga 15.600 hektare", "Agustus 2023"
     {"fire-2": 2, "fire": 1}),
    ("acronym", "lewotobi NTT level IV oktober 2021",  # Nusa Tenggara Timur: volcano-7 "Level IV (Warning) on October
     # 9, 2021" / "Status ... Naik Menjadi Level IV (Awas)"
     {"volcano-7": 2, "volcano": 1}),
    ("acronym", "karhutla sumsel november 2022 940 titik panas",  # Sumatera Selatan: fire-7 "940 titik panas
     # terpantau di Sumatera Selatan pada November 2022"
     {"fire-7": 2, "fire": 1}),
    # -- typos ----------------------------------------------------------------------------------------------------
    ("typo", "pertumbuhn ekonomi triwulan II 2024 ditopang konsumsi rumah tangga",  # growth-4: "triwulan II 2024 ...
     # ditopang konsumsi rumah tangga"; growth-7: "triwulan II 2024", "Konsumsi rumah tangga ... penopang utama"
     {"growth-4": 2, "growth-7": 2, "growth": 1}),
    ("typo", "unemployement rate may 2024 4.82 percent",  # unemp-5: "May 2024 was 4.82 percent"
     {"unemp-5": 2, "unemp": 1}),
    ("typo", "nilai tukar petanni maret 2025 114,10",  # ntp-3: "NTP Maret 2025 tercatat 114,10"; ntp-1 (114,10) is
     # October 2021
     {"ntp-3": 2, "ntp": 1}),
    ("typo", "cadangan devisa oktber 2022 penarikan pinjaman luar negeri",  # reserves-6: "akhir Oktober 2022",
     # "penarikan pinjaman luar negeri pemerintah"
     {"reserves-6": 2, "reserves": 1}),
    ("typo", "rumah singgah WNI di ukrania oktober 2023",  # citizens-2: "Ukraina ... Oktober 2023", "KBRI membuka
     # hotline dan rumah singgah"
     {"citizens-2": 2, "citizens": 1}),
    ("typo", "latihan kesiapsiagan banjir maluku",  # drill-2: "Latihan Kesiapsiagaan Bencana Banjir di Maluku"
     {"drill-2": 2, "drill": 1}),
    ("typo", "erupsi gunung ruang juni 2023 radius 7 kilomter",  # volcano-8: "Gunung Ruang ... 22 Juni 2023",
     # "radius bahaya 7 kilometer"
     {"volcano-8": 2, "volcano": 1}),
    ("typo", "gmpa ambon april 2024 97 kali susulan",  # quake-4: "Ambon, Maluku, pada 27 April 2024", "97 kali gempa
     # susulan"
     {"quake-4": 2, "quake": 1}),
    ("typo", "gempa medn M5,2 kedalaman 35 km",  # quake-7: "M5,2 mengguncang wilayah Medan", "kedalaman 35 km"
     {"quake-7": 2, "quake": 1}),
    ("typo", "suku bunga acun turun ke 6,25 persen januari 2025",  # birate-1: "BI-Rate turun menjadi 6,25 persen
     # dalam RDG Januari 2025"; birate-8 (6,25) is a hike
     {"birate-1": 2, "birate": 1}),
    ("typo", "rupiah melemah desmber 2021 1,2 persen",  # rupiah-4: "melemah 1,2 persen ... pada Desember 2021"
     {"rupiah-4": 2, "rupiah": 1}),
    ("typo", "banjir cianjr 1.650 rumah terendam",  # flood-12: "Cianjur", "Sebanyak 1.650 rumah terendam"
     {"flood-12": 2, "flood": 1}),
    ("typo", "ekspr desember 2024 surplus 5,67 miliar",  # trade-4: "Desember 2024 ... surplus 5,67 miliar dolar AS";
     # trade-6 (5,67) is February 2023
     {"trade-4": 2, "trade": 1}),
    ("typo", "inflassi agustus 2021 3,05 persen",  # inflation-8: "Inflasi Agustus 2021 Sebesar 3,05 Persen (yoy)"
     {"inflation-8": 2, "inflation": 1}),
    ("typo", "bantuan kemanusian 74 ton myanmar agustus 2024",  # aid-8: "74 ton ... Rakhine, Myanmar, pada Agustus
     # 2024"; aid-5 (74, Myanmar) is January 2023
     {"aid-8": 2, "aid": 1}),
    ("typo", "kerjasama perdagngan brasil september 2024",  # bilateral-4: "Brasil ... di bidang perdagangan dan
     # investasi, dalam kunjungan kenegaraan pada September 2024"; bilateral-2 (Brazil, trade) is May 2021
     {"bilateral-4": 2, "bilateral": 1}),
    # -- numbers --------------------------------------------------------------------------------------------------
    ("number", "gempa magnitudo 5,2", {"quake-2": 2, "quake-4": 2, "quake-7": 2, "quake": 1}),  # quake-2, -4:
    # "bermagnitudo 5,2"; quake-7: "M5,2" / "magnitude 5.2"
    ("number", "15 helikopter bom air", {"fire-1": 2, "fire-5": 2, "fire-6": 2, "fire": 1}),  # fire-1, -6: "dibantu
    # 15 helikopter bom air"; fire-5: "deployed 15 helicopters for water bombing"
    ("number", "longsor 6 korban meninggal", {"landslide-1": 2, "landslide-4": 2, "landslide": 1}),  # "6 korban
    # berhasil dievakuasi dalam keadaan meninggal" (landslide-1, -4)
    ("number", "rupiah melemah 0,4 persen", {"rupiah-1": 2, "rupiah-2": 2, "rupiah": 1}),  # rupiah-1: "melemah 0,4
    # persen"; rupiah-2: "turun 0,4 persen"
    ("number", "430 rumah terendam", {"flood-3": 2, "flood-13": 2, "flood": 1}),
    ("number", "32 WNI", {"citizens-2": 2, "citizens-7": 2, "citizens": 1}),  # citizens-2: "mengevakuasi 32 warga
    # negara Indonesia (WNI)"; citizens-7: "Sebanyak 32 WNI"
    ("number", "2.300 rumah terendam", {"flood-7": 2, "flood-8": 2, "flood-10": 2, "flood": 1}),  # flood-7: "merendam
    # 2.300 rumah"; flood-8, -10: "Sebanyak 2.300 rumah terendam"
    ("number", "kedalaman 23 km",  # quake-2, -3: "kedalaman 23 kilometer"; quake-6, -8: "kedalaman 23 km"
     {"quake-2": 2, "quake-3": 2, "quake-6": 2, "quake-8": 2, "quake": 1}),
    ("number", "4.82 percent unemployment rate",  # unemp-1, -5 (en): "4.82 percent"; unemp-6: "TPT sebesar 4,82
     # persen"
     {"unemp-1": 2, "unemp-5": 2, "unemp-6": 2, "unemp": 1}),
    ("number", "USD 1.0 million through UN agencies",  # aid-5: "pledged USD 1.0 million through United Nations
     # agencies"; aid-6: "hibah 1,0 juta dolar AS melalui badan PBB"
     {"aid-5": 2, "aid-6": 2, "aid": 1}),
    ("number", "12 helikopter", {"fire-2": 2, "fire-7": 2, "fire": 1}),  # fire-2: "mengerahkan 12 helikopter";
    # fire-7: "dibantu 12 helikopter"
    ("number", "1.240 warga mengungsi",  # flood-12, -13: "1.240 warga mengungsi"; flood-6, -7: "1.240 jiwa terpaksa
     # mengungsi"; flood-5: "forcing 1,240 residents to evacuate"
     {"flood-5": 2, "flood-6": 2, "flood-7": 2, "flood-12": 2, "flood-13": 2, "flood": 1}),
    ("number", "radius bahaya 3 km",  # volcano-7: "radius bahaya 3 kilometer"; volcano-5, -9: "a 3 km exclusion zone"
     {"volcano-5": 2, "volcano-7": 2, "volcano-9": 2, "volcano": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "x")


if __name__ == "__main__":
    main()
