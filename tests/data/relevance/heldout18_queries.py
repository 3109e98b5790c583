"""The eighteenth held-out judgments (v18): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 9, second set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to sixteenth (``heldout2_queries.py`` ... ``heldout16_queries.py``) were each written for one measurement,
after which they no longer count as unseen. This set is a further measure of record: it must be measured once,
never tuned on.

How: written on 2026-12-05 (session 9, the second set of that session) by a helper session, under the same strict
blindness rules as the earlier sets: no search, ranking, benchmark or test of the search system was run, Meilisearch
was not started, and neither the ranking code, the benchmarks, the relevance test, the search unit tests, the README
or docs sections about relevance and search, nor any result or measurement was read, nor any commit message or diff
about relevance or search. The only files read were the corpus (``heldout_corpus.jsonl``, ``heldout_corpus.py``) and
the earlier query sets (``queries.jsonl``, ``tuning_queries.*``, ``heldout_queries.*`` ... ``heldout16_queries.*``),
the latter only for their conventions and to avoid repeating them; the set written in parallel (v17) was not read.
Every judgment comes from the corpus text (title and body of the releases, checked by pattern search over the corpus
file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals or trivially rewords one in
the earlier sets up to ``heldout16`` (checked by a script listing, for every query here, earlier queries sharing most
of its words, read by hand). The corpus has been asked about many times, so several queries here touch an event an
earlier set asked about; they then ask for another fact of it (a figure, a month, a detail of the text) or in
another form (acronym, abbreviation, typo, affix, other language).

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py``, ``heldout9_queries.py`` and
``heldout10_queries.py`` (their docstrings): grade 2 = the release answers the query (every constraint), 1 = same
subject but a constraint differs; both language versions of an event get the same grade; keys are a topic, an event,
``re:REGEX`` or ``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither
language version of the event does not earn grade 2, nor does a date that is only in ``published_at``; judgments on
a detail of the text are written as explicit event keys, so that both language versions get the grade even when only
one states it (e.g. ``poverty-3``: only the English release says the poverty line rose with rice prices).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for five of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the
stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus
never writes: MIT, DKI, Sumsel, Kalteng, Jabar, Sulsel, Kaltim, Sulut, Jatim, Jateng, UGM; and abbreviations the
releases use, in analyst queries: LPSK, RDG, PDB, Basarnas), ``typo``, ``number``.
Ids are ``e001`` ...

    .venv/bin/python tests/data/relevance/heldout18_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout18_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "konseling psikologis bagi mantan napiter di palu",  # derad-3: "di Palu", "Pembinaan mencakup
     # wawasan kebangsaan, konseling psikologis"
     {"derad-3": 2, "derad": 1}),
    ("indonesian", "terduga teroris jaringan jamaah ansharut daulah ditangkap di jayapura",  # arrest-3; arrest-10
     # (JAD) is Sentani, arrest-2 and arrest-4 (Jayapura) are Mujahidin Indonesia Timur
     {"arrest-3": 2, "arrest": 1}),
    ("indonesian", "jumlah gempa susulan setelah gempa M5,2 di maluku",  # quake-4: "BMKG Catat 97 Gempa Susulan
     # setelah Gempa M5,2 di Maluku"; quake-6 (Maluku) is M5,6
     {"quake-4": 2, "quake": 1}),
    ("indonesian", "banjir lahar hujan gunung ruang",  # volcano-2, volcano-8 (Ruang): "Warga diminta mewaspadai banjir
     # lahar hujan"
     {"volcano-2": 2, "volcano-8": 2, "volcano": 1}),
    ("indonesian", "evakuasi lansia dan anak-anak korban banjir sentani",  # flood-2: "Sentani", "Petugas gabungan terus
     # mengevakuasi warga lanjut usia dan anak-anak"
     {"flood-2": 2, "flood": 1}),
    ("indonesian", "BMKG perkirakan hujan baru turun akhir tahun, kekeringan di poso",  # drought-2: "Poso", "BMKG
     # memperkirakan hujan baru turun pada akhir tahun"
     {"drought-2": 2, "drought": 1}),
    ("indonesian", "nilai perdagangan indonesia jerman ditargetkan naik",  # bilateral-3: "Indonesia dan Jerman", "Nilai
     # perdagangan kedua negara ditargetkan meningkat"; bilateral-2 (same sentence) is Brazil
     {"bilateral-3": 2, "bilateral": 1}),
    ("indonesian", "BPBD maluku gelar latihan kesiapsiagaan banjir",  # drill-2: "BNPB bersama BPBD Maluku menggelar
     # simulasi evakuasi bencana banjir"
     {"drill-2": 2, "drill": 1}),
    ("indonesian", "ekspor nikel juni 2021 tujuan tiongkok",  # trade-2: "Juni 2021", "komoditas nikel dengan tujuan
     # utama Tiongkok"; trade-3 (nickel) is June 2024
     {"trade-2": 2, "trade": 1}),
    ("indonesian", "indeks harga yang diterima petani naik lebih cepat maret 2025",  # ntp-3: "NTP Maret 2025 ...
     # kenaikan terjadi karena indeks harga yang diterima petani naik lebih cepat"; ntp-2 (same phrase) is July 2021
     {"ntp-3": 2, "ntp": 1}),
    ("indonesian", "hasil rapat dewan gubernur BI 1-2 februari 2022",  # birate-4: "Rapat Dewan Gubernur (RDG) Bank
     # Indonesia pada 1-2 Februari 2022"
     {"birate-4": 2, "birate": 1}),
    ("indonesian", "wisman november 2024 terbanyak lewat bandara ngurah rai",  # tourists-4: "853.000 kunjungan wisman
     # pada November 2024, terbanyak melalui Bandara Ngurah Rai Bali"
     {"tourists-4": 2, "tourists": 1}),
    ("indonesian", "korban pinjol ilegal ditagih dengan intimidasi dan data pribadi disebar",  # "penagihan dengan
     # intimidasi dan penyebaran data pribadi": pinjol-1, -2, -3, -4, -7 (Indonesian); pinjol-5, -6 do not say it
     {"pinjol-1": 2, "pinjol-2": 2, "pinjol-3": 2, "pinjol-4": 2, "pinjol-7": 2, "pinjol": 1}),
    ("indonesian", "lokakarya kontraterorisme dengan jepang bahas pejuang teroris asing",  # coop-2: "Lokakarya
     # kontraterorisme bersama Jepang di Jakarta membahas ancaman pejuang teroris asing"
     {"coop-2": 2, "coop": 1}),
    ("indonesian", "bantuan kemanusiaan ke herat agustus 2023",  # aid-7: "Herat, Afghanistan, pada Agustus 2023";
     # aid-4 (Afghanistan) names no place nor month
     {"aid-7": 2, "aid": 1}),
    # -- English --------------------------------------------------------------------------------------------------
    ("english", "how deep was the February 2022 Lampung earthquake",  # quake-9: "Bandar Lampung, Lampung, on February
     # 7, 2022, at a depth of 12 km"
     {"quake-9": 2, "quake": 1}),
    ("english", "how many people fled floods in Poso",  # flood-9: "Poso", "12,450 people fled to shelters"
     {"flood-9": 2, "flood": 1}),
    ("english", "Ambon landslide March 2022 people missing",  # landslide-5: "Ambon, Maluku, on March 27, 2022, leaving
     # 12 people missing"
     {"landslide-5": 2, "landslide": 1}),
    ("english", "South Sulawesi disaster agency exercise with students and volunteers",  # drill-5: "the South
     # Sulawesi disaster agency held a tsunami evacuation drill with 500 residents, students and volunteers"
     {"drill-5": 2, "drill": 1}),
    ("english", "Bank Indonesia intervenes as rupiah slides in October 2022",  # rupiah-3: "October 2022", "Bank
     # Indonesia Intervenes to Stabilise the Rupiah"
     {"rupiah-3": 2, "rupiah": 1}),
    ("english", "QR code payments with Japan for travellers",  # qris-5: "cross-border QRIS payments with Japan,
     # letting travellers pay by scanning a QR code"
     {"qris-5": 2, "qris": 1}),
    ("english", "how many illegal lenders were closed in early 2021",  # pinjol-5: "537 illegal online lending entities
     # ... in January 2021"; pinjol-1 and pinjol-7 (2021) are October and December
     {"pinjol-5": 2, "pinjol": 1}),
    ("english", "reserves equal to 6.9 months of imports October 2021",  # reserves-1: "end of October 2021, equivalent
     # to 6.9 months of imports"; reserves-2 (6.9 in the slots only) does not state it
     {"reserves-1": 2, "reserves": 1}),
    ("english", "monthly inflation 0.37 percent September 2021",  # inflation-1: "September 2021; month-to-month
     # inflation was 0.37 percent"; inflation-6 (September) is 2022, 0.05
     {"inflation-1": 2, "inflation": 1}),
    ("english", "poverty rate falls to 9.54 percent December 2023",  # poverty-1; poverty-2 (December 2023) is 9.57,
     # poverty-3 and poverty-5 (9.54) are October 2024
     {"poverty-1": 2, "poverty": 1}),
    ("english", "Sakernas unemployment May 2024",  # unemp-5: "May 2024", "national labour force survey (Sakernas)";
     # unemp-3 (May) is 2022
     {"unemp-5": 2, "unemp": 1}),
    ("english", "foreign tourists from China November 2023",  # tourists-5: "November 2023", "Visitors from China were
     # the largest group"; tourists-4 (China in the slots only) is November 2024
     {"tourists-5": 2, "tourists": 1}),
    ("english", "what did Indonesia and Japan agree in January 2021",  # bilateral-7: "6 Memorandums of Understanding on
     # the Digital Economy", "January 12, 2021"
     {"bilateral-7": 2, "bilateral": 1}),
    ("english", "ASEAN centrality and South China Sea at Kuala Lumpur meeting May 2023",  # asean-1: "Kuala Lumpur in
     # May 2023 to discuss the South China Sea and strengthening ASEAN centrality"
     {"asean-1": 2, "asean": 1}),
    ("english", "terror victims compensation under Law No. 5 of 2018",  # "Law No. 5 of 2018" (victims-1, -3, -5
     # English), "Undang-Undang Nomor 5 Tahun 2018" (victims-2); victims-4 does not cite the law
     {"victims-1": 2, "victims-2": 2, "victims-3": 2, "victims-5": 2, "victims": 1}),
    # -- cross-lingual: English queries for Indonesian-only releases, Indonesian for English-only ones -------------
    ("crosslang", "112 deradicalisation partners in Bandar Lampung",  # derad-2: "112 mitra deradikalisasi di Lampung
     # ... di Bandar Lampung"
     {"derad-2": 2, "derad": 1}),
    ("crosslang", "bomb-making manual found in Jayapura raid on MIT network",  # arrest-4: "jaringan Mujahidin Indonesia
     # Timur dalam penggerebekan di Jayapura", "buku panduan pembuatan bom"; arrest-3 (Jayapura, manuals) is JAD
     {"arrest-4": 2, "arrest": 1}),
    ("crosslang", "1,200 students in Ambon radicalism and intolerance session",  # campus-8: "1200 mahasiswa mengikuti
     # sosialisasi pencegahan radikalisme dan intoleransi ... Ambon"; campus-4 (Ambon) is 450
     {"campus-8": 2, "campus": 1}),
    ("crosslang", "1,200 Gadjah Mada students in Medan campus dialogue",  # campus-6: "1200 mahasiswa Universitas Gadjah
     # Mada di Medan"; campus-1 (Medan) is 450
     {"campus-6": 2, "campus": 1}),
    ("crosslang", "95 accounts blocked, funds raised through unregistered charities",  # financing-2: "95 rekening",
     # "lembaga amal yang tidak terdaftar"
     {"financing-2": 2, "financing": 1}),
    ("crosslang", "cyber patrol removes 6,020 radical posts in 2024",  # online-2: "6.020 konten ... sepanjang tahun 2024"
     {"online-2": 2, "online": 1}),
    ("crosslang", "Solo flooding January 2024 residents evacuated",  # flood-4: "sejak 8 Januari 2024", "1.650 rumah di
     # Solo; 12.450 jiwa terpaksa mengungsi"
     {"flood-4": 2, "flood": 1}),
    ("crosslang", "Ambon floods January 2024 3,715 displaced",  # flood-8: "Ambon, Maluku ... 17 Januari 2024", "3.715
     # warga mengungsi"; flood-6 (Ambon) is July 2023
     {"flood-8": 2, "flood": 1}),
    ("crosslang", "West Java earthquake June 2024 aftershocks",  # quake-8: "Gempa M5,9 di Jawa Barat", "21 Juni 2024",
     # "12 kali gempa susulan"
     {"quake-8": 2, "quake": 1}),
    ("crosslang", "Merapi raised to highest alert level March 2021",  # volcano-4: "menaikkan status Gunung Merapi ...
     # menjadi Level IV (Awas) pada 18 Maret 2021"
     {"volcano-4": 2, "volcano": 1}),
    ("crosslang", "Riau forest fires fought with 15 water-bombing helicopters",  # fire-6: "Riau", "dibantu 15
     # helikopter bom air"; fire-1, fire-5 (15) are Central Kalimantan
     {"fire-6": 2, "fire": 1}),
    ("crosslang", "clean water trucked to drought-hit villages in Bima December 2021",  # drought-4: "BPBD Bima
     # mendistribusikan 250.000 liter air bersih sejak Desember 2021"
     {"drought-4": 2, "drought": 1}),
    ("crosslang", "Q1 2021 growth led by transport and warehousing",  # growth-2: "triwulan I 2021", "pertumbuhan
     # tertinggi dicapai sektor transportasi dan pergudangan"
     {"growth-2": 2, "growth": 1}),
    ("crosslang", "rice prices push up the poverty line, April 2023",  # poverty-4: "April 2023", "Garis kemiskinan naik
     # seiring kenaikan harga beras"; poverty-6 (same sentence) is April 2024
     {"poverty-4": 2, "poverty": 1}),
    ("crosslang", "counterterrorism meeting with the European Union in Bandung",  # coop-6: "mitra dari Uni Eropa
     # menggelar pertemuan di Bandung"
     {"coop-6": 2, "coop": 1}),
    ("crosslang", "Indonesia's solidarity with the people of Myanmar, aid August 2024",  # aid-8: "Rakhine, Myanmar,
     # pada Agustus 2024", "Menlu menegaskan solidaritas Indonesia terhadap rakyat Myanmar"
     {"aid-8": 2, "aid": 1}),
    ("crosslang", "February 2025 labour force survey unemployment rate",  # unemp-6: "Survei Angkatan Kerja Nasional
     # (Sakernas) Februari 2025 menunjukkan TPT sebesar 4,82 persen"; unemp-1 (February) is 2021
     {"unemp-6": 2, "unemp": 1}),
    ("crosslang", "red chili drives February 2023 inflation of 2.84 percent",  # inflation-4: "Februari 2023 sebesar
     # 2,84 persen", "terutama cabai merah"; inflation-2 (February 2023) is gasoline, 3.05
     {"inflation-4": 2, "inflation": 1}),
    ("crosslang", "QRIS link with the UAE, 40 million users",  # qris-4: "Pengguna QRIS Tembus 40 Juta ... Uni Emirat
     # Arab"; qris-1 (UAE) has 56 million
     {"qris-4": 2, "qris": 1}),
    ("crosslang", "gempa nusa tenggara barat 45 kali gempa susulan",  # quake-5 (English only): "Bima, West Nusa
     # Tenggara", "45 aftershocks"
     {"quake-5": 2, "quake": 1}),
    ("crosslang", "cabai merah dorong inflasi april 2024",  # inflation-9 (English only): "Red chili Prices Drive April
     # 2024 Inflation"; inflation-7 (red chili, April) is 2021
     {"inflation-9": 2, "inflation": 1}),
    ("crosslang", "konten radikal di platform berbagi video dan aplikasi pesan 2022",  # online-5 (English only): "in
     # 2022", "found mainly on video-sharing platforms and messaging apps"; online-3 (same sentence) is 2021
     {"online-5": 2, "online": 1}),
    ("crosslang", "40 mitra deradikalisasi di bima",  # derad-9 (English only): "40 deradicalization partners in Bima";
     # derad-7 (Bima) is 52, derad-1 (40) is Makassar
     {"derad-9": 2, "derad": 1}),
    ("crosslang", "nilai tukar petani oktober 2024",  # ntp-5 (English only): "104.30 in October 2024"
     {"ntp-5": 2, "ntp": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "penggunaan masker karena kabut asap karhutla",  # "warga diminta mengenakan masker"; "told to wear
     # masks" (every fire release)
     {"fire": 2}),
    ("morphology", "penimbunan rumah warga oleh tanah longsor",  # "menimbun permukiman" (landslide-1, -4, -6), "buried
     # homes" (landslide-1, -3, -5, -7); landslide-2 only says people were buried ("tertimbun")
     {"landslide-1": 2, "landslide-3": 2, "landslide-4": 2, "landslide-5": 2, "landslide-6": 2, "landslide-7": 2,
      "landslide": 1}),
    ("morphology", "pengiriman bantuan kemanusiaan ke afghanistan",  # mengirimkan (aid-7), Kirim (aid-4), Sends (aid-7)
     {"aid-4": 2, "aid-7": 2, "aid": 1}),
    ("morphology", "penyebaran propaganda teror di media sosial",  # menyebarkan (online-1), propaganda; every online
     # release is about terrorist content on social media
     {"online": 2}),
    ("morphology", "penurunan konten radikal tahun 2021",  # menurunkan, Turunkan (online-3: "sepanjang tahun 2021");
     # "Take Down", "removed" (online-3 English)
     {"online-3": 2, "online": 1}),
    ("morphology", "pemblokiran rekening senilai Rp1,2 miliar",  # diblokir (financing-4: "37 rekening senilai Rp1,2
     # miliar diblokir"); froze (financing-5: "Rp1.2 billion")
     {"financing-4": 2, "financing-5": 2, "financing": 1}),
    ("morphology", "perekrutan korban online scam lewat media sosial",  # "direkrut melalui media sosial" (scam-1);
     # "recruited through social media" (scam-1, scam-3, scam-5 English)
     {"scam-1": 2, "scam-3": 2, "scam-5": 2, "scam": 1}),
    ("morphology", "pengungsian warga akibat erupsi gunung api",  # diungsikan (volcano-3, volcano-6), mengevakuasi,
     # evacuated: every volcano release
     {"volcano": 2}),
    ("morphology", "flooding displacing residents in Makassar",  # Floods, Displaced (flood-7, flood-13 English titles)
     {"flood-7": 2, "flood-13": 2, "flood": 1}),
    ("morphology", "stabilising the rupiah with triple intervention",  # Stabilisation (rupiah-1), Stabilise
     # (rupiah-3), "(triple intervention)" (rupiah-1, -3, -5); rupiah-2, rupiah-4 name no intervention
     {"rupiah-1": 2, "rupiah-3": 2, "rupiah-5": 2, "rupiah": 1}),
    ("morphology", "strengthening counterterrorism cooperation with Malaysia",  # Perkuat, memperkuat (coop-1, coop-3),
     # "Step Up" (coop-5); all three are Malaysia
     {"coop-1": 2, "coop-3": 2, "coop-5": 2, "coop": 1}),
    ("morphology", "cutting the BI-Rate",  # cut, Cuts (birate-1, birate-7); turun (birate-6)
     {"birate-1": 2, "birate-6": 2, "birate-7": 2, "birate": 1}),
    ("morphology", "seizing explosives in Balikpapan raid",  # seized (arrest-7 English), menyita, Disita (arrest-7)
     {"arrest-7": 2, "arrest": 1}),
    ("morphology", "recruiting students into radical groups via social media",  # "how radical groups recruit young
     # people through social media" / "merekrut anak muda melalui media sosial" (every campus event)
     {"campus": 2}),
    ("morphology", "falling poverty rate October 2024",  # "Poverty Rate Falls to 9.54 Percent in October 2024"
     # (poverty-3, poverty-5)
     {"poverty-3": 2, "poverty-5": 2, "poverty": 1}),
    # -- acronyms and abbreviations ---------------------------------------------------------------------------------
    ("acronym", "MIT makassar 9 tersangka",  # Mujahidin Indonesia Timur: arrest-1 (Makassar, 9)
     {"arrest-1": 2, "arrest": 1}),
    ("acronym", "kerja sama kontraterorisme malaysia di DKI",  # Jakarta: coop-1, coop-3, coop-5 (Malaysia, Jakarta)
     {"coop-1": 2, "coop-3": 2, "coop-5": 2, "coop": 1}),
    ("acronym", "karhutla sumsel 9 helikopter",  # Sumatera Selatan: fire-3 (9 helikopter); fire-7 (Sumsel) has 12
     {"fire-3": 2, "fire": 1}),
    ("acronym", "kalteng 12 helikopter agustus 2023",  # Kalimantan Tengah: fire-2 "12 helikopter", "Agustus 2023"
     {"fire-2": 2, "fire": 1}),
    ("acronym", "gempa jabar 12 gempa susulan",  # Jawa Barat: quake-8 "12 kali gempa susulan"
     {"quake-8": 2, "quake": 1}),
    ("acronym", "simulasi tsunami sulsel", {"drill-5": 2, "drill": 1}),  # Sulawesi Selatan: drill-5 (South Sulawesi)
    ("acronym", "longsor kaltim 12 orang tertimbun",  # Kalimantan Timur: landslide-7 "12 orang tertimbun"
     {"landslide-7": 2, "landslide": 1}),
    ("acronym", "gunung ruang sulut juni 2023",  # Sulawesi Utara: volcano-8 "22 Juni 2023"; volcano-2 is August 2022
     {"volcano-8": 2, "volcano": 1}),
    ("acronym", "erupsi semeru jatim", {"volcano-1": 2, "volcano": 1}),  # Jawa Timur: "Gunung Semeru di Jawa Timur"
    ("acronym", "450 mahasiswa UGM di ambon", {"campus-4": 2, "campus": 1}),  # Universitas Gadjah Mada; campus-1
    # (450, UGM) is Medan
    ("acronym", "merapi jateng level IV",  # Jawa Tengah: volcano-4 "Gunung Merapi di Jawa Tengah menjadi Level IV";
     # volcano-5 (Central Java) is Level III, volcano-6 names no level
     {"volcano-4": 2, "volcano": 1}),
    ("acronym", "napiter jatim pembinaan", {"derad-8": 2, "derad": 1}),  # Jawa Timur: derad-8 (Malang)
    ("acronym", "LPSK kompensasi bom bali", {"victims-3": 2, "victims": 1}),  # victims-3: "korban bom Bali 2002", LPSK
    ("acronym", "RDG BI november 2023", {"birate-6": 2, "birate": 1}),  # "RDG ... 4-5 November 2023"
    ("acronym", "PDB triwulan II 2024",  # growth-4 (5,17 persen) and growth-7 (5,11 persen) both report Q2 2024
     {"growth-4": 2, "growth-7": 2, "growth": 1}),
    ("acronym", "basarnas longsor pekanbaru",  # Basarnas: landslide-1 (English), landslide-6 (Pekanbaru both)
     {"landslide-1": 2, "landslide-6": 2, "landslide": 1}),
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "deradikalisai napiter poso", {"derad-6": 2, "derad": 1}),
    ("typo", "penggerebekan teroris mataran", {"arrest-8": 2, "arrest": 1}),
    ("typo", "gemmpa bogor", {"quake-8": 2, "quake": 1}),
    ("typo", "erupsi gunung lewotoby", {"volcano-3": 2, "volcano-7": 2, "volcano": 1}),
    ("typo", "kebakaran lahan kalimantan barar", {"fire-4": 2, "fire": 1}),
    ("typo", "longsor samarinad", {"landslide-7": 2, "landslide": 1}),
    ("typo", "pendanaan terorisme kotak amall",  # "kotak amal" (financing-1, -3, -4), "charity boxes" (financing-5);
     # financing-2 names unregistered charities ("lembaga amal yang tidak terdaftar")
     {"financing-1": 2, "financing-3": 2, "financing-4": 2, "financing-5": 2, "financing": 1}),
    ("typo", "suku bunga acuan dinaikan november 2022", {"birate-2": 2, "birate": 1}),  # birate-2: "24-25 November
    # 2022 memutuskan BI-Rate naik"
    ("typo", "cadangan devisa 5,9 bulan imporr", {"reserves-3": 2, "reserves": 1}),  # "setara pembiayaan 5,9 bulan
    # impor"
    ("typo", "inflasi bawang mearh agustus",  # "bawang merah", August: inflation-8 (2021), inflation-11 (2024)
     {"inflation-8": 2, "inflation-11": 2, "inflation": 1}),
    ("typo", "pertumbuhan ekonomi triwlan IV 2025", {"growth-6": 2, "growth": 1}),
    ("typo", "ekspor besi dan bajaa mei 2025", {"trade-5": 2, "trade": 1}),  # trade-5: "Iron and steel", "May 2025"
    ("typo", "wisatawan mancanegra malaysia november 2021", {"tourists-3": 2, "tourists": 1}),
    ("typo", "eartquake in bima june 2024", {"quake-5": 2, "quake": 1}),
    ("typo", "WNI korban onlin scam laos", {"scam-6": 2, "scam": 1}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "radius bahaya 3 km", {"volcano-5": 2, "volcano-7": 2, "volcano-9": 2, "volcano": 1}),  # "3 km
    # exclusion zone" (volcano-5, -9), "radius bahaya 3 kilometer" (volcano-7)
    ("number", "gempa M6,4", {"quake-3": 2, "quake": 1}),
    ("number", "2.300 hektare lahan terbakar",  # 2.300 / 2,300: fire-3, fire-6, fire-7
     {"fire-3": 2, "fire-6": 2, "fire-7": 2, "fire": 1}),
    ("number", "6 korban longsor meninggal",  # "6 korban berhasil dievakuasi dalam keadaan meninggal" (landslide-4),
     # "6 Bodies Recovered" (landslide-1)
     {"landslide-1": 2, "landslide-4": 2, "landslide": 1}),
    ("number", "simulasi bencana 1.200 warga", {"drill-2": 2, "drill-4": 2, "drill-6": 2, "drill": 1}),
    ("number", "37 rekening dibekukan", {"financing-1": 2, "financing-4": 2, "financing": 1}),
    ("number", "deposit facility 5,75 persen", {"birate-3": 2, "birate": 1}),
    ("number", "rupiah turun 0,4 persen", {"rupiah-1": 2, "rupiah-2": 2, "rupiah": 1}),
    ("number", "inflasi bulanan 0,19 persen", {"inflation-2": 2, "inflation-8": 2, "inflation-10": 2,
                                               "inflation": 1}),
    ("number", "8,40 juta pengangguran", {"unemp-2": 2, "unemp-5": 2, "unemp": 1}),  # unemp-2 "8,40 juta orang",
    # unemp-5 "8.40 million people"
    ("number", "trade surplus USD 2.39 billion", {"trade-5": 2, "trade": 1}),
    ("number", "NTP 114,10", {"ntp-1": 2, "ntp-3": 2, "ntp": 1}),
    ("number", "56 juta pengguna QRIS", {"qris-1": 2, "qris": 1}),
    ("number", "32 WNI ukraina", {"citizens-2": 2, "citizens-7": 2, "citizens": 1}),
    ("number", "bantuan 40 ton ke gaza", {"aid-2": 2, "aid": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "e")


if __name__ == "__main__":
    main()
