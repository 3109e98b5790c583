"""The twelfth held-out judgments (v12): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 8, second set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to tenth (``heldout2_queries.py`` ... ``heldout10_queries.py``) were each written for one measurement,
after which they no longer count as unseen. This set is a further measure of record: it must be measured once,
never tuned on.

How: written on 2026-12-05 (session 8, the second set of that session) by a helper session, under strict blindness
rules: no search, ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither
the ranking code (its glossary, abbreviation list, stemming, spelling or vocabulary lists), the benchmarks, the
relevance test, the search unit tests, the README or docs sections about relevance and search, nor any result or
measurement was read, nor any commit message or diff about relevance or search; the set being written at the same
time (``heldout11``) was not read either. The only files read were the corpus (``heldout_corpus.jsonl``,
``heldout_corpus.py``) and the earlier query sets (``queries.jsonl``, ``tuning_queries.*``, ``heldout_queries.*``,
``heldout2_queries.*`` ... ``heldout10_queries.*``), the latter only for their conventions and to avoid repeating
them. Every judgment comes from the corpus text (title and body of the releases, checked by pattern search over the
corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals or trivially rewords one
in the earlier sets (checked by a script listing, for every event, the earlier queries with a grade-2 release of it,
and by searching the earlier queries for the figures, places and forms used here, read by hand); the corpus is
small and most events had been asked about, so where this set touches such an event it asks for another fact of it
(a detail of the text: a contributor, a warning, a measure, a figure, a month) or combines facts no earlier query
combined, or uses another form (acronym, abbreviation, typo, affix, other language).

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py``, ``heldout9_queries.py`` and
``heldout10_queries.py`` (their docstrings): grade 2 = the release answers the query (every constraint), 1 = same
subject but a constraint differs; both language versions of an event get the same grade; keys are a topic, an
event, ``re:REGEX`` or ``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by
neither language version of the event does not earn grade 2, nor does a date that is only in ``published_at`` (the
arrest, cooperation, financing and QRIS releases state no month, so no query here constrains them by date);
judgments on a detail of the text are written as explicit event keys, so that both language versions get the grade
even when only one states it (e.g. ``tourists-1``: only the English release says most visitors arrived through
Ngurah Rai).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for seven of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the
stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the grade-2
releases never write: LCT, yoy, US, Jabar, TKI, BSPI, FM, mn, EWS, UGM, Kalbar, MIT; and agency acronyms the releases
use, in analyst queries: PPATK, OJK, Basarnas), ``typo``, ``number``. Ids are ``y001`` ...

    .venv/bin/python tests/data/relevance/heldout12_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout12_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "berapa korban meninggal banjir makassar september 2022",  # flood-7: "27 September 2022",
     # "Makassar", "korban meninggal tercatat 4 orang"; flood-13 (Makassar) is August 2021
     {"flood-7": 2, "flood": 1}),
    ("indonesian", "perahu karet dan tenda untuk korban banjir bandung",  # flood-11 (Bandung): "menyalurkan bantuan
     # logistik, perahu karet, dan tenda pengungsian" / "food, rubber boats and tents"
     {"flood-11": 2, "flood": 1}),
    ("indonesian", "sumur bor dan penampungan air hujan untuk kekeringan di bima",  # drought-4: "BNPB dan BPBD Bima",
     # "menyiapkan sumur bor dan penampungan air hujan"; drought-1 says it of Solo
     {"drought-4": 2, "drought": 1}),
    ("indonesian", "OJK hentikan 151 pinjol dan 40 investasi ilegal oktober 2021",  # pinjol-1: "151 entitas pinjaman
     # online ilegal dan 40 penawaran investasi tanpa izin pada Oktober 2021"; pinjol-2, -4 (151 and 40) are April
     # 2025 and July 2022
     {"pinjol-1": 2, "pinjol": 1}),
    ("indonesian", "mantan napiter lampung agar tidak kembali ke jaringan lama",  # derad-2 (Lampung): "reintegrasi
     # sosial membutuhkan penerimaan masyarakat sehingga mantan napiter tidak kembali ke jaringan lama"
     {"derad-2": 2, "derad": 1}),
    ("indonesian", "konseling psikologis mantan napiter palu",  # derad-3 (Palu): "Pembinaan mencakup wawasan
     # kebangsaan, konseling psikologis"; derad-6 (Central Sulawesi, Poso) does not say it
     {"derad-3": 2, "derad": 1}),
    ("indonesian", "isu myanmar dan palestina dibahas RI-vietnam desember 2023",  # bilateral-1: "Vietnam ... pada
     # Desember 2023", "membahas isu kawasan, termasuk situasi di Myanmar dan Palestina"; bilateral-6, -9 (Vietnam)
     # are September 2024 and August 2023
     {"bilateral-1": 2, "bilateral": 1}),
    ("indonesian", "wisman oktober 2024 masuk lewat bandara ngurah rai",  # tourists-1: "October 2024", "most arrived
     # through Bali's Ngurah Rai airport" (English version only); tourists-4 (Ngurah Rai) is November 2024
     {"tourists-1": 2, "tourists": 1}),
    ("indonesian", "penguatan sentralitas ASEAN di labuan bajo juli 2024",  # asean-4: "Labuan Bajo pada Juli 2024",
     # "membahas isu perdagangan orang, serta penguatan sentralitas ASEAN"
     {"asean-4": 2, "asean": 1}),
    ("indonesian", "cadangan devisa oktober 2022 dipengaruhi penerimaan pajak dan jasa",  # reserves-6: "akhir Oktober
     # 2022", "dipengaruhi penerimaan pajak dan jasa"; reserves-1 says it of October 2021
     {"reserves-6": 2, "reserves": 1}),
    ("indonesian", "penagihan dengan intimidasi korban pinjol juli 2022",  # pinjol-4: "Juli 2022", "korban pinjol
     # ilegal mengalami penagihan dengan intimidasi"
     {"pinjol-4": 2, "pinjol": 1}),
    ("indonesian", "ekonomi triwulan IV 2022 ditopang konsumsi rumah tangga",  # growth-1: "triwulan IV 2022 tumbuh
     # sebesar 5,02 persen (y-on-y), ditopang konsumsi rumah tangga"; growth-5 (Q4) is 2023
     {"growth-1": 2, "growth": 1}),
    ("indonesian", "NTP oktober 2021 naik dibanding bulan sebelumnya",  # ntp-1: "Oktober 2021 sebesar 114,10, naik
     # dibanding bulan sebelumnya"; ntp-5 (October) is 2024
     {"ntp-1": 2, "ntp": 1}),
    ("indonesian", "subsektor perkebunan rakyat naik tertinggi NTP september 2024",  # ntp-4: "September 2024",
     # "Subsektor tanaman perkebunan rakyat mencatat kenaikan tertinggi"; ntp-2 (116,70) is July 2021
     {"ntp-4": 2, "ntp": 1}),
    ("indonesian", "banjir lahar hujan semeru juli 2023",  # volcano-1: "Gunung Semeru", "14 Juli 2023", "mewaspadai
     # banjir lahar hujan" / "cold lava floods"
     {"volcano-1": 2, "volcano": 1}),
    ("indonesian", "panduan merakit bom di antara konten radikal 2022",  # online-1, online-4 (2022): "video
     # propaganda, ajakan bergabung dengan kelompok teror, dan panduan merakit bom"; online-5 (2022) names
     # video-sharing platforms instead, online-2, -3 are 2024 and 2021
     {"online-1": 2, "online-4": 2, "online": 1}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "soft approach complementing law enforcement for former convicts in Makassar",  # derad-1 (Makassar):
     # "pendekatan lunak ini melengkapi penegakan hukum"; derad-4 (Makassar) does not say it
     {"derad-1": 2, "derad": 1}),
    ("english", "Makassar floods August 2021 430 homes and 1,240 displaced",  # flood-13: "Makassar ... August 20,
     # 2021, inundating 430 homes and forcing 1,240 residents to evacuate"
     {"flood-13": 2, "flood": 1}),
    ("english", "15 helicopters and cloud seeding in Central Kalimantan March 2022",  # fire-5: "Central Kalimantan",
     # "March 2022", "BNPB deployed 15 helicopters for water bombing and cloud seeding operations"; fire-1 (15
     # helicopters, Central Kalimantan) is February 2022
     {"fire-5": 2, "fire": 1}),
    ("english", "psychological counselling for 40 deradicalization partners in Bima",  # derad-9: "40
     # deradicalization partners in Bima", "civic education, psychological counselling"; derad-7 (Bima) has 52
     {"derad-9": 2, "derad": 1}),
    ("english", "airfares second biggest contributor to September 2021 inflation",  # inflation-1: "September 2021",
     # "Higher red chili prices were the main contributor, followed by airfares"
     {"inflation-1": 2, "inflation": 1}),
    ("english", "accommodative macroprudential policy alongside the January 2025 rate cut",  # birate-1: "January 5-6,
     # 2025, decided to cut the BI-Rate", "maintained accommodative macroprudential policy"
     {"birate-1": 2, "birate": 1}),
    ("english", "Germany and Indonesia discuss Myanmar and Palestine in June 2024",  # bilateral-3: "Germany in Jakarta
     # on June 8, 2024", "They also discussed regional issues, including Myanmar and Palestine"; bilateral-5, -8
     # (Germany) are August 2022 and August 2024
     {"bilateral-3": 2, "bilateral": 1}),
    ("english", "e-wallet providers told to report suspicious transactions after 63 accounts frozen",  # financing-3:
     # "froze 63 bank accounts", "Banks and e-wallet providers were asked to report suspicious transactions"
     {"financing-3": 2, "financing": 1}),
    ("english", "agriculture trade and manufacturing employ most workers February 2021",  # unemp-1: "February 2021",
     # "Agriculture, trade and manufacturing employ the most workers"; unemp-6 (February) is 2025
     {"unemp-1": 2, "unemp": 1}),
    ("english", "Indonesia pushes regional economic cooperation at May 2023 Kuala Lumpur meeting",  # asean-1: "Kuala
     # Lumpur in May 2023", "Indonesia pushed for implementation of the Five-Point Consensus and regional economic
     # cooperation"; asean-5 (May) is Vientiane 2024
     {"asean-1": 2, "asean": 1}),
    ("english", "poverty line rose with rice prices October 2024",  # poverty-3, poverty-5 (October 2024): "The
     # poverty line rose with the prices of rice and other staples"; poverty-6 says it of April 2024
     {"poverty-3": 2, "poverty-5": 2, "poverty": 1}),
    ("english", "investigation continues to uncover the wider network after Balikpapan arrests",  # arrest-7:
     # "arrested 9 terror suspects in Balikpapan", "the investigation continues to uncover the wider network"
     {"arrest-7": 2, "arrest": 1}),
    ("english", "closed study circles used to recruit students in Bandar Lampung",  # campus-3 (Bandar Lampung):
     # "how radical groups recruit young people through social media and closed study circles"
     {"campus-3": 2, "campus": 1}),
    ("english", "Singapore QR payments reduce dependence on the US dollar",  # qris-3 (Singapore): "Transactions settle
     # in local currencies, reducing dependence on the US dollar"; qris-2 (Singapore) names the payment blueprint
     {"qris-3": 2, "qris": 1}),
    ("english", "embassy hotline and shelter for Indonesians in Ukraine June 2022",  # citizens-7: "Ukraine ... June
     # 2022", "the embassy opened a hotline and a shelter"; citizens-2 (Ukraine, hotline) is October 2023
     {"citizens-7": 2, "citizens": 1}),
    ("english", "Bandar Lampung quake residents urged to rely on official information",  # quake-9: "Bandar Lampung",
     # "rely on official information"
     {"quake-9": 2, "quake": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "police urge calm after Jamaah Islamiyah arrests in Ambon",  # arrest-6: "Ambon", "jaringan Jamaah
     # Islamiyah", "Polri mengimbau masyarakat tetap tenang"
     {"arrest-6": 2, "arrest": 1}),
    ("crosslang", "officer training with the European Union on counterterrorism",  # coop-6: "mitra dari Uni Eropa",
     # "termasuk pertukaran informasi dan pelatihan aparat"
     {"coop-6": 2, "coop": 1}),
    ("crosslang", "information exchange with the Philippines on terrorism",  # coop-4: "mitra dari Filipina",
     # "pertukaran informasi dan pelatihan aparat"
     {"coop-4": 2, "coop": 1}),
    ("crosslang", "lending facility 5.50 percent after the February 2022 hike",  # birate-4: "1-2 Februari 2022
     # memutuskan BI-Rate naik", "Lending Facility 5,50 persen"; birate-2, -5, -9 (5,50) are other months
     {"birate-4": 2, "birate": 1}),
    ("crosslang", "Ambon floods January 2024 2,300 homes",  # flood-8: "Ambon", "17 Januari 2024", "2.300 rumah
     # terendam"; flood-6 (Ambon) is July 2023 with 4.100
     {"flood-8": 2, "flood": 1}),
    ("crosslang", "Medan floods March 2024 two deaths",  # flood-10: "Medan", "27 Maret 2024", "korban meninggal
     # tercatat 2 orang"; flood-1 (Medan) is May 2021
     {"flood-10": 2, "flood": 1}),
    ("crosslang", "Riau haze residents told to wear masks",  # fire-6 (Riau): "Kabut asap ...; warga diminta
     # mengenakan masker"
     {"fire-6": 2, "fire": 1}),
    ("crosslang", "Vietnam talks on Myanmar and Palestine September 2024",  # bilateral-6: "Vietnam ... September 2024",
     # "membahas isu kawasan, termasuk situasi di Myanmar dan Palestina"
     {"bilateral-6": 2, "bilateral": 1}),
    ("crosslang", "Five-Point Consensus pushed at October 2024 Kuala Lumpur ASEAN meeting",  # asean-2: "Kuala Lumpur
     # pada Oktober 2024", "Indonesia mendorong implementasi Konsensus Lima Poin"; asean-3 (October) is 2022
     {"asean-2": 2, "asean": 1}),
    ("crosslang", "4.82 percent unemployment February 2025",  # unemp-6: "Sakernas Februari 2025 menunjukkan TPT
     # sebesar 4,82 persen"; unemp-1 (February, 4.82) is 2021
     {"unemp-6": 2, "unemp": 1}),
    ("crosslang", "0.05 percent monthly inflation September 2022",  # inflation-6: "September 2022", "inflasi bulanan
     # 0,05 persen"; inflation-1 (September) is 2021 with 0,37
     {"inflation-6": 2, "inflation": 1}),
    ("crosslang", "Merapi ash column thousands of metres February 2022",  # volcano-6: "Gunung Merapi kembali erupsi
     # pada 14 Februari 2022 dengan tinggi kolom abu mencapai ribuan meter"
     {"volcano-6": 2, "volcano": 1}),
    ("crosslang", "24.06 million poor people in April 2024",  # poverty-6: "April 2024 mencapai 24,06 juta orang";
     # poverty-4 (April) is 2023 with 26,36
     {"poverty-6": 2, "poverty": 1}),
    ("crosslang", "household consumption and investment drove Q4 2025 growth",  # growth-6: "triwulan IV 2025",
     # "Konsumsi rumah tangga dan investasi menjadi penopang utama pertumbuhan"
     {"growth-6": 2, "growth": 1}),
    ("crosslang", "NTP oktober 2024 perkebunan rakyat naik tertinggi",  # ntp-5: "October 2024", "Smallholder
     # plantation crops rose the most"; ntp-1 (October) is 2021
     {"ntp-5": 2, "ntp": 1}),
    ("crosslang", "simulasi tsunami makassar uji jalur evakuasi dan tempat evakuasi sementara",  # drill-5: "tsunami
     # evacuation drill ... in Makassar", "tested the early warning system, evacuation routes and temporary shelters"
     {"drill-5": 2, "drill": 1}),
    ("crosslang", "inflasi april 2024 tarif angkutan udara",  # inflation-9: "April 2024", "Higher red chili prices
     # were the main contributor, followed by airfares"; inflation-7 (April) is 2021
     {"inflation-9": 2, "inflation": 1}),
    ("crosslang", "pelatihan kewirausahaan mantan napiter sentani",  # derad-5: "18 deradicalization partners in
     # Sentani, Papua", "Participants received entrepreneurship training"
     {"derad-5": 2, "derad": 1}),
    ("crosslang", "48 rekening dana teror dihimpun lewat kotak amal dan yayasan fiktif",  # financing-5: "froze 48 bank
     # accounts", "raised through charity boxes, sham foundations and online fundraising"
     {"financing-5": 2, "financing": 1}),
    ("crosslang", "gempa bima juni 2024 tidak berpotensi tsunami",  # quake-5: "Bima ... June 25, 2024", "did not have
     # the potential to trigger a tsunami"
     {"quake-5": 2, "quake": 1}),
    ("crosslang", "peringatan banjir lahar merapi november 2022",  # volcano-5: "Mount Merapi ... November 6, 2022",
     # "Residents were warned of cold lava floods"; volcano-4, -6 (Merapi) are March 2021 and February 2022
     {"volcano-5": 2, "volcano": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "permukiman tertimbun longsor di palu",  # landslide-4: "Tanah longsor menimbun permukiman di Palu"
     # (stem timbun under meN-)
     {"landslide-4": 2, "landslide": 1}),
    ("morphology", "ketinggian kolom abu gunung ruang agustus 2022",  # volcano-2: "17 Agustus 2022 dengan tinggi kolom
     # abu mencapai ribuan meter" (stem tinggi under ke-an); volcano-8 (Ruang) is June 2023
     {"volcano-2": 2, "volcano": 1}),
    ("morphology", "securing the border with Malaysia",  # "tighten border security" (coop-1, -3, -5 en, Malaysia);
     # coop-4, -6 say it of other partners
     {"coop-1": 2, "coop-3": 2, "coop-5": 2, "coop": 1}),
    ("morphology", "penguatan kerja sama perdagangan dengan brasil",  # bilateral-2: "sepakat memperkuat kerja sama
     # perdagangan dan investasi" (Brazil); bilateral-4: "Bahas Kerja Sama Perdagangan dan Investasi" (Brazil)
     {"bilateral-2": 2, "bilateral-4": 2, "bilateral": 1}),
    ("morphology", "deepening digital economy cooperation with Japan",  # bilateral-7: "agreed to deepen cooperation
     # in the digital economy" (Japan); bilateral-9 says it of Vietnam
     {"bilateral-7": 2, "bilateral": 1}),
    ("morphology", "pemaksaan kerja WNI di perusahaan online scam laos",  # scam-6: "dipaksa bekerja di perusahaan
     # penipuan daring (online scam) di Laos"
     {"scam-6": 2, "scam": 1}),
    ("morphology", "penetapan status siaga darurat karhutla kalimantan tengah",  # fire-1: "Kalimantan Tengah
     # Tetapkan Status Siaga Darurat Karhutla"; fire-5: "Central Kalimantan Declares Forest Fire Emergency"; fire-7
     # (Tetapkan Status Siaga Darurat) is South Sumatra
     {"fire-1": 2, "fire-5": 2, "fire": 1}),
    ("morphology", "pemusatan program deradikalisasi di poso",  # derad-6: "Kegiatan dipusatkan di Poso"
     {"derad-6": 2, "derad": 1}),
    ("morphology", "BNPT engagement with Hasanuddin University students in Bima",  # campus-7: "BNPT Engages 300
     # Universitas Hasanuddin Students", "in Bima"
     {"campus-7": 2, "campus": 1}),
    ("morphology", "Jayapura detainees linked to Jamaah Ansharut Daulah",  # arrest-3: "detained 4 people suspected of
     # links to Jamaah Ansharut Daulah in raids in Jayapura"
     {"arrest-3": 2, "arrest": 1}),
    ("morphology", "lansia dan anak-anak dievakuasi dari permukiman tergenang di medan",  # flood-1, flood-10 (Medan):
     # "mengevakuasi warga lanjut usia dan anak-anak dari permukiman yang tergenang"
     {"flood-1": 2, "flood-10": 2, "flood": 1}),
    ("morphology", "pelatihan evakuasi gempa di medan",  # drill-6: "Latihan Kesiapsiagaan Bencana Gempa Bumi",
     # "warga Medan berlatih menyelamatkan diri"; drill-1 (Medan) is a flood drill
     {"drill-6": 2, "drill": 1}),
    ("morphology", "pengunjung asal malaysia terbanyak november 2021",  # tourists-3: "kunjungan wisatawan
     # mancanegara", "Wisman asal Malaysia mendominasi" (stem kunjung under ke-an)
     {"tourists-3": 2, "tourists": 1}),
    ("morphology", "dana teror ditampung di 95 rekening",  # financing-2: "95 rekening ... diduga menampung dana untuk
     # kegiatan teror" (stem tampung under meN-)
     {"financing-2": 2, "financing": 1}),
    ("morphology", "lender licensing checks on the OJK website",  # "check whether a lender is licensed on OJK's
     # website" (pinjol-1, -3, -5, -7 en), "memeriksa legalitas penyelenggara di situs OJK" (pinjol-6)
     {"pinjol-1": 2, "pinjol-3": 2, "pinjol-5": 2, "pinjol-6": 2, "pinjol-7": 2, "pinjol": 1}),
    # -- acronyms: short forms the grade-2 releases never write, and agency acronyms they use ----------------------
    ("acronym", "LCT QRIS jepang",  # local currency transaction: qris-5 "Transactions settle in local currencies"
     # (Japan)
     {"qris-5": 2, "qris": 1}),
    ("acronym", "inflasi yoy februari 2023 2,84 persen",  # year on year: inflation-4 "inflasi tahunan (year on year)
     # pada Februari 2023 sebesar 2,84 persen"; inflation-2 (February 2023) is 3,05
     {"inflation-4": 2, "inflation": 1}),
    ("acronym", "coal exports to the US and India",  # United States: trade-4, trade-6 "komoditas batu bara dengan
     # tujuan utama Tiongkok, Amerika Serikat, dan India"
     {"trade-4": 2, "trade-6": 2, "trade": 1}),
    ("acronym", "pengungsi banjir jabar januari 2025",  # Jawa Barat: flood-11 "Bandung, Jawa Barat", "14 Januari 2025",
     # "8.900 warga mengungsi"; flood-12 (Jawa Barat) is July 2024
     {"flood-11": 2, "flood": 1}),
    ("acronym", "PPATK 63 rekening Rp4,5 miliar",  # financing-3: "63 rekening senilai Rp4,5 miliar" / "PPATK and BNPT
     # Freeze 63 Accounts"
     {"financing-3": 2, "financing": 1}),
    ("acronym", "TKI korban online scam kamboja 2022",  # tenaga kerja Indonesia: scam-2 "89 WNI korban sindikat online
     # scam di Kamboja ... pada Maret 2022"; scam-4 (Cambodia) is 2021
     {"scam-2": 2, "scam": 1}),
    ("acronym", "OJK blokir 812 pinjol dan 12 investasi ilegal",  # pinjol-3: "OJK bersama Satgas PASTI memblokir 812
     # pinjol ilegal dan 12 investasi ilegal"; pinjol-6 (812) has 40
     {"pinjol-3": 2, "pinjol": 1}),
    ("acronym", "QRIS dalam BSPI 2025",  # Blueprint Sistem Pembayaran Indonesia: qris-2 "bagian dari Blueprint Sistem
     # Pembayaran Indonesia 2025"
     {"qris-2": 2, "qris": 1}),
    ("acronym", "FM meets Japanese counterpart in Jakarta January 2021",  # foreign minister: bilateral-7
     # "Indonesia's Foreign Minister met the Foreign Minister of Japan in Jakarta on January 12, 2021"
     {"bilateral-7": 2, "bilateral": 1}),
    ("acronym", "USD 1.5 mn UN pledge for Vanuatu",  # million: aid-1 "Vanuatu", "pledged USD 1.5 million through
     # United Nations agencies"; aid-7 (1.5) is Afghanistan
     {"aid-1": 2, "aid": 1}),
    ("acronym", "EWS diuji dalam simulasi banjir banten",  # early warning system: drill-3 "Banten", "The exercise
     # tested the early warning system"
     {"drill-3": 2, "drill": 1}),
    ("acronym", "rektor UGM perkuat pengawasan organisasi kemahasiswaan di medan",  # Universitas Gadjah Mada: campus-1,
     # campus-6 (Gadjah Mada, Medan): "Rektor ... berkomitmen memperkuat pengawasan organisasi kemahasiswaan"
     {"campus-1": 2, "campus-6": 2, "campus": 1}),
    ("acronym", "warga kalbar diminta pakai masker karena kabut asap",  # Kalimantan Barat: fire-4 "Kabut asap ...;
     # warga diminta mengenakan masker"
     {"fire-4": 2, "fire": 1}),
    ("acronym", "penyidikan jaringan MIT usai 9 tersangka ditangkap di makassar",  # Mujahidin Indonesia Timur:
     # arrest-1 "9 terduga teroris di Makassar", "penyidikan terus dikembangkan untuk mengungkap jaringan mereka"
     {"arrest-1": 2, "arrest": 1}),
    ("acronym", "basarnas kerahkan alat berat longsor bima",  # landslide-2 (Bima): "Basarnas mengerahkan 150 personel
     # SAR gabungan dan alat berat"
     {"landslide-2": 2, "landslide": 1}),
    # -- typos ----------------------------------------------------------------------------------------------------
    ("typo", "pendampingan kelurga mantan napiter poso",  # derad-6 (Poso): "pendampingan keluarga"
     {"derad-6": 2, "derad": 1}),
    ("typo", "banjir makassar septmber 2022 1.240 pengungsi",  # flood-7: "27 September 2022", "1.240 jiwa terpaksa
     # mengungsi"
     {"flood-7": 2, "flood": 1}),
    ("typo", "inflasi novembr 2021 tarif angkutan udara",  # inflation-13: "November 2021", "diikuti tarif angkutan
     # udara"
     {"inflation-13": 2, "inflation": 1}),
    ("typo", "ekonomi triwulan II 2024 5,11 persen konsumsi rumah tanga",  # growth-7: "triwulan II 2024 tumbuh 5,11
     # persen", "Konsumsi rumah tangga dan investasi menjadi penopang utama"; growth-4 (Q2 2024) is 5,17
     {"growth-7": 2, "growth": 1}),
    ("typo", "budaya sadar bencna simulasi banjir medan",  # drill-1: "simulasi banjir" (Medan), "budaya sadar
     # bencana harus dibangun sejak dini"; drill-6 (Medan) is an earthquake drill
     {"drill-1": 2, "drill": 1}),
    ("typo", "longsor pekanbaru april 2025 potensi longsr susulan",  # landslide-1: "7 April 2025", "dihentikan karena
     # hujan dan potensi longsor susulan"; landslide-6 (Pekanbaru) is January 2025
     {"landslide-1": 2, "landslide": 1}),
    ("typo", "banjir tangerang april 2022 dapur umum posko kesehtan",  # flood-3: "Tangerang", "10 April 2022", "BPBD
     # setempat mendirikan dapur umum dan posko kesehatan"
     {"flood-3": 2, "flood": 1}),
    ("typo", "shalot prices march 2024 inflation",  # inflation-5: "Shallots Prices Drive March 2024 Inflation"
     {"inflation-5": 2, "inflation": 1}),
    ("typo", "samarinda landslide serach paused by rain",  # landslide-7: "Samarinda", "The search was paused because
     # of rain"
     {"landslide-7": 2, "landslide": 1}),
    ("typo", "layanan medis penyintas bom suarabaya 2018",  # victims-4: "korban bom Surabaya 2018", "korban mendapat
     # layanan medis dan pendampingan psikologis"
     {"victims-4": 2, "victims": 1}),
    ("typo", "longsor dumai oktber 2021", {"landslide-3": 2, "landslide": 1}),  # landslide-3: "Dumai ... 26 Oktober 2021"
    ("typo", "former inmates not returning to old netwroks in Palu",  # derad-3 (Palu): "so that former convicts do
     # not return to their old networks"; derad-6 (Central Sulawesi, Poso) does not say it
     {"derad-3": 2, "derad": 1}),
    ("typo", "video propagnda konten radikal 2024",  # online-2: "sepanjang tahun 2024", "video propaganda"; online-1,
     # -4 (video propaganda) are 2022
     {"online-2": 2, "online": 1}),
    ("typo", "wisman novemeber 2024 lewat bandara ngurah rai",  # tourists-4: "November 2024, terbanyak melalui Bandara
     # Ngurah Rai Bali"; tourists-3, -5 (Ngurah Rai, November) are 2021 and 2023
     {"tourists-4": 2, "tourists": 1}),
    ("typo", "inflsi agustus 2024 tarif angkutan udara",  # inflation-11: "Agustus 2024", "diikuti tarif angkutan
     # udara"; inflation-8 (August) is 2021
     {"inflation-11": 2, "inflation": 1}),
    # -- numbers --------------------------------------------------------------------------------------------------
    ("number", "12 people missing after landslide",  # landslide-5: "leaving 12 people missing"; landslide-7: "12
     # orang tertimbun" / "leaving 12 people missing"
     {"landslide-5": 2, "landslide-7": 2, "landslide": 1}),
    ("number", "1.240 warga mengungsi",  # flood-5, -6, -7, -12, -13: 1.240 displaced
     {"flood-5": 2, "flood-6": 2, "flood-7": 2, "flood-12": 2, "flood-13": 2, "flood": 1}),
    ("number", "2.300 rumah terendam", {"flood-7": 2, "flood-8": 2, "flood-10": 2, "flood": 1}),
    ("number", "gempa M5,2", {"quake-2": 2, "quake-4": 2, "quake-7": 2, "quake": 1}),
    ("number", "12 gempa susulan", {"quake-7": 2, "quake-8": 2, "quake": 1}),
    ("number", "15 helikopter bom air",  # fire-1: "dibantu 15 helikopter bom air"; fire-5: "15 helicopters"; fire-6
     {"fire-1": 2, "fire-5": 2, "fire-6": 2, "fire": 1}),
    ("number", "8 warga hilang", {"landslide-1": 2, "landslide-6": 2, "landslide": 1}),  # "8 warga dilaporkan hilang"
    ("number", "4 korban ditemukan",  # landslide-7: "4 Korban Ditemukan"; landslide-3: "4 victims have been found"
     {"landslide-3": 2, "landslide-7": 2, "landslide": 1}),
    ("number", "9 tersangka terorisme ditangkap",  # arrest-1, -7 (9 terduga), arrest-8, -11 (9 orang)
     {"arrest-1": 2, "arrest-7": 2, "arrest-8": 2, "arrest-11": 2, "arrest": 1}),
    ("number", "52 villages hit by drought",  # drought-1: "52 villages"; drought-4: "52 desa"
     {"drought-1": 2, "drought-4": 2, "drought": 1}),
    ("number", "TPT 4,82 persen", {"unemp-1": 2, "unemp-5": 2, "unemp-6": 2, "unemp": 1}),
    ("number", "3 orang tertimbun longsor",  # landslide-2, -3: "3 orang tertimbun material tanah"
     {"landslide-2": 2, "landslide-3": 2, "landslide": 1}),
    ("number", "40 penawaran investasi tanpa izin",  # pinjol-1, -2, -4: "40 penawaran investasi tanpa izin";
     # pinjol-6: "40 investasi ilegal"
     {"pinjol-1": 2, "pinjol-2": 2, "pinjol-4": 2, "pinjol-6": 2, "pinjol": 1}),
    ("number", "430 homes inundated", {"flood-3": 2, "flood-13": 2, "flood": 1}),  # "Inundate 430 Homes"
    ("number", "2 nota kesepahaman",  # bilateral-2 (Brazil), bilateral-3 (Germany), bilateral-6 (Vietnam)
     {"bilateral-2": 2, "bilateral-3": 2, "bilateral-6": 2, "bilateral": 1}),
    ("number", "status Level IV (Awas)",  # volcano-1, -4, -7, -8: "Level IV (Awas)" / "Level IV (Warning)"
     {"volcano-1": 2, "volcano-4": 2, "volcano-7": 2, "volcano-8": 2, "volcano": 1}),
    ("number", "kedalaman 23 km",  # quake-2, -3 ("23 kilometer" / "23 km"), quake-6, -8 ("23 km")
     {"quake-2": 2, "quake-3": 2, "quake-6": 2, "quake-8": 2, "quake": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "y")


if __name__ == "__main__":
    main()
