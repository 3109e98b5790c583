"""The tenth held-out judgments (v10): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 7, fourth set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to ninth (``heldout2_queries.py`` ... ``heldout9_queries.py``) were each written for one measurement,
after which they no longer count as unseen. This set is a further measure of record: it must be measured once,
never tuned on.

How: written on 2026-12-05 (session 7, the fourth set of that session) by a helper session, under strict blindness
rules: no search, ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither
the ranking code (its glossary, stemming or vocabulary lists), the benchmarks, the relevance test, the search unit
tests, the README or docs sections about relevance and search, nor any result or measurement was read, nor any
commit message or diff about relevance or search. The only files read were the corpus (``heldout_corpus.jsonl``,
``heldout_corpus.py``) and the earlier query sets, the latter only for their conventions and to avoid repeating
them. Every judgment comes from the corpus text (title and body of the releases, checked by pattern search over the
corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals or trivially rewords one
in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (``heldout7``, ``heldout8`` and
``heldout9`` included; checked by a script listing, for every query here, the earlier queries sharing a grade-2
release, read by hand); where this set touches an event an earlier set asked about, it asks for another fact of it (a
figure, a month, a detail of the text) or in another form (acronym, abbreviation, typo, affix, other language).

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py`` and ``heldout9_queries.py`` (their
docstrings): grade 2 = the release answers the query (every constraint), 1 = same subject but a constraint differs;
both language versions of an event get the same grade; keys are a topic, an event, ``re:REGEX`` or
``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither language version
of the event does not earn grade 2, nor does a date that is only in ``published_at`` (the arrest, cooperation,
financing and QRIS releases state no month, so no query here constrains them by date); judgments on a detail of the
text are written as explicit event keys, so that both language versions get the grade even when only one states it
(e.g. ``coop-1``: only the Indonesian release names the families of fighters returning from Syria).

Categories as in ``heldout9_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for nine of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the
stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus
never writes: TMC, RRC, Kemkomdigi, CVE, 5PC, Jkt, FX; and agency acronyms the releases use, in analyst queries:
BNPT, Polri, Basarnas, BPBD, BI, DNDF, TNI, BPS, PBB), ``typo``, ``number``. Ids are ``w001`` ...

    .venv/bin/python tests/data/relevance/heldout10_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout10_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "BNPB salurkan 1,5 juta liter air bersih di jawa tengah",  # drought-1: "52 desa di Jawa Tengah.
     # BNPB dan BPBD Solo mendistribusikan 1.500.000 liter air bersih"; drought-3 (1.500.000) is West Nusa Tenggara
     {"drought-1": 2, "drought": 1}),
    ("indonesian", "mahasiswa universitas hasanuddin diajak jadi duta damai dunia maya",  # campus-7: "Universitas
     # Hasanuddin, Bima. Mahasiswa diajak menjadi Duta Damai ... di dunia maya"; campus-3: title "Duta Damai Dunia Maya
     # Sasar Mahasiswa di Bandar Lampung", body "Universitas Hasanuddin"; campus-8 (Hasanuddin) has no Duta Damai
     {"campus-3": 2, "campus-7": 2, "campus": 1}),
    ("indonesian", "BNPB imbau warga bantaran sungai waspada banjir bandung",  # flood-11: "BNPB mengimbau warga di
     # bantaran sungai tetap waspada" (Bandung) / "BNPB urged riverbank residents to remain alert"
     {"flood-11": 2, "flood": 1}),
    ("indonesian", "BI tahan suku bunga acuan tahun 2022",  # birate-5: "April 8-9, 2022, decided to hold the BI-Rate";
     # birate-10: "BI-Rate tetap di 5,75 persen dalam RDG Maret 2022"; the other holds are 2021 and 2023
     {"birate-5": 2, "birate-10": 2, "birate": 1}),
    ("indonesian", "rekening Rp1,2 miliar dibekukan PPATK dan BNPT",  # financing-4: "PPATK dan BNPT Bekukan 37
     # Rekening", "senilai Rp1,2 miliar"; financing-5: "PPATK and BNPT froze 48 bank accounts worth Rp1.2 billion"
     {"financing-4": 2, "financing-5": 2, "financing": 1}),
    ("indonesian", "bantuan modal usaha mantan napiter di makassar",  # derad-1, derad-4 (both Makassar): "bantuan
     # modal usaha agar peserta mandiri secara ekonomi"
     {"derad-1": 2, "derad-4": 2, "derad": 1}),
    ("indonesian", "inflasi september 2021 kelompok makanan minuman dan tembakau",  # inflation-1: "September 2021 ...
     # Kelompok makanan, minuman, dan tembakau memberi andil terbesar"
     {"inflation-1": 2, "inflation": 1}),
    ("indonesian", "neraca perdagangan september 2024 surplus 4,47 miliar",  # trade-1: "pada September 2024 surplus
     # 4,47 miliar dolar AS"; trade-2 (4,47) is June 2021
     {"trade-1": 2, "trade": 1}),
    ("indonesian", "bahan peledak rakitan ditemukan di makassar",  # arrest-1: "Penyidik menemukan bahan peledak
     # rakitan" (Makassar) / "Investigators seized explosives"
     {"arrest-1": 2, "arrest": 1}),
    ("indonesian", "pembinaan wawasan kebangsaan napiter palu",  # derad-3: "di Palu", "Pembinaan mencakup wawasan
     # kebangsaan"
     {"derad-3": 2, "derad": 1}),
    ("indonesian", "tarif angkutan udara ikut dorong inflasi maret 2022",  # inflation-3: "Maret 2022", "cabai merah,
     # diikuti tarif angkutan udara"; inflation-5 (airfares) is March 2024
     {"inflation-3": 2, "inflation": 1}),
    ("indonesian", "inflasi bulanan 0,52 persen april 2021",  # inflation-7: "April 2021 ... inflasi bulanan 0,52
     # persen"; inflation-9 (April) is 2024 with 0.05
     {"inflation-7": 2, "inflation": 1}),
    ("indonesian", "menlu RI dan jerman bertemu di jakarta 17 agustus 2024",  # bilateral-8: "Menteri Luar Negeri
     # Jerman di Jakarta pada 17 Agustus 2024"; bilateral-5 (Germany, August 17) is 2022
     {"bilateral-8": 2, "bilateral": 1}),
    ("indonesian", "BNPB kerahkan 9 helikopter karhutla sumatera selatan desember 2023",  # fire-3: "Sumatera
     # Selatan", "Desember 2023", "BNPB mengerahkan 9 helikopter"; fire-7 (South Sumatra) has 12
     {"fire-3": 2, "fire": 1}),
    ("indonesian", "kemlu imbau tidak tergiur tawaran kerja luar negeri kamboja",  # scam-2, scam-4 (Kamboja): "Kemlu
     # mengingatkan masyarakat agar tidak tergiur tawaran kerja ke luar negeri"
     {"scam-2": 2, "scam-4": 2, "scam": 1}),
    ("indonesian", "penyebaran data pribadi korban pinjol april 2025",  # pinjol-2: "April 2025. Banyak korban pinjol
     # ilegal mengalami penagihan dengan intimidasi dan penyebaran data pribadi"
     {"pinjol-2": 2, "pinjol": 1}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "Malaysian partners discuss families of fighters returning from Syria",  # coop-1, coop-3: "mitra dari
     # Malaysia", "keluarga pejuang teroris asing yang kembali dari Suriah"; coop-5 (Malaysia) does not say it
     {"coop-1": 2, "coop-3": 2, "coop": 1}),
    ("english", "24.06 million poor people in December 2023",  # poverty-1: "December 2023", "24.06 million";
     # poverty-2: "Desember 2023 ... 24,06 juta orang"
     {"poverty-1": 2, "poverty-2": 2, "poverty": 1}),
    ("english", "16 survivors compensated under Law No. 5 of 2018",  # victims-1, victims-5: "16 survivors", "Law No. 5
     # of 2018"; victims-2: "16 korban", "Undang-Undang Nomor 5 Tahun 2018"; victims-3 has 71
     {"victims-1": 2, "victims-2": 2, "victims-5": 2, "victims": 1}),
    ("english", "Basarnas heavy equipment at the Dumai landslide",  # landslide-3: "Basarnas deployed 150 rescuers and
     # heavy equipment" (Dumai)
     {"landslide-3": 2, "landslide": 1}),
    ("english", "state compensation paid to 71 terror survivors",  # victims-3: "compensation of Rp5.9 billion to 71
     # survivors" / "71 penyintas"
     {"victims-3": 2, "victims": 1}),
    ("english", "Serang quake residents told to stay away from damaged buildings",  # quake-1: "Serang ... Residents
     # were urged to stay away from damaged buildings"
     {"quake-1": 2, "quake": 1}),
    ("english", "ASEAN food security summit in Kuala Lumpur October 2022",  # asean-3; asean-5 (food security) is
     # Vientiane
     {"asean-3": 2, "asean": 1}),
    ("english", "propaganda videos and calls to join terror groups in 2022",  # online-1: "2022", "propaganda videos,
     # calls to join terror groups"; online-4: "2022", "video propaganda, ajakan bergabung dengan kelompok teror";
     # online-5 (2022) names video-sharing platforms instead
     {"online-1": 2, "online-4": 2, "online": 1}),
    ("english", "social media recruitment warning to 450 Gadjah Mada students",  # campus-1 (450, Gadjah Mada): "how
     # radical groups recruit young people through social media"; campus-4 (450, Gadjah Mada): "cara kelompok radikal
     # merekrut anak muda melalui media sosial"
     {"campus-1": 2, "campus-4": 2, "campus": 1}),
    ("english", "26.36 million poor people in October 2024",  # poverty-3: "26.36 million people, in October 2024";
     # poverty-5 (October 2024) says 24.06, poverty-4 (26,36) is April 2023
     {"poverty-3": 2, "poverty": 1}),
    ("english", "month-to-month inflation of 0.05 percent in August 2024",  # inflation-11: "August 2024;
     # month-to-month inflation was 0.05 percent" / "Agustus 2024 ... inflasi 0,05 persen"
     {"inflation-11": 2, "inflation": 1}),
    ("english", "USD 1.5 million pledge for Afghanistan",  # aid-7: "Herat, Afghanistan", "pledged USD 1.5 million";
     # aid-4 (Afghanistan) grants 2,0 juta
     {"aid-7": 2, "aid": 1}),
    ("english", "45 aftershocks after the August 2024 Medan quake",  # quake-3: "Medan ... August 14, 2024", "45
     # aftershocks"; quake-7 (Medan) is June 2021 with 12
     {"quake-3": 2, "quake": 1}),
    ("english", "small business grants for deradicalization partners in Bima",  # derad-7, derad-9 (Bima): "small
     # business grants so that participants can support their families"
     {"derad-7": 2, "derad-9": 2, "derad": 1}),
    ("english", "exports of USD 19.6 billion in May 2025",  # trade-5: "May 2025, with exports of USD 19.6 billion"
     {"trade-5": 2, "trade": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "sosialisasi BNPT cegah intoleransi di kampus makassar",  # campus-5: "a BNPT session in Makassar on
     # preventing radicalism and intolerance at universities"
     {"campus-5": 2, "campus": 1}),
    ("crosslang", "jaringan mujahidin indonesia timur digerebek di medan",  # arrest-5: "links to Mujahidin Indonesia
     # Timur in raids in Medan"
     {"arrest-5": 2, "arrest": 1}),
    ("crosslang", "air bersih untuk kekeringan riau sejak november 2024",  # drought-5: "Riau", "clean water have been
     # trucked in since November 2024"
     {"drought-5": 2, "drought": 1}),
    ("crosslang", "radius 3 km gunung marapi",  # volcano-9: "Mount Marapi", "a 3 km exclusion zone"
     {"volcano-9": 2, "volcano": 1}),
    ("crosslang", "banjir malang 4.100 rumah terendam",  # flood-5: "Malang ... inundating 4,100 homes"
     {"flood-5": 2, "flood": 1}),
    ("crosslang", "isu myanmar dan palestina dibahas menlu RI dan jerman 2022",  # bilateral-5: "Germany in Jakarta on
     # August 17, 2022", "regional issues, including Myanmar and Palestine"
     {"bilateral-5": 2, "bilateral": 1}),
    ("crosslang", "longsor ambon maret 2022 korban ditemukan",  # landslide-5: "Ambon, Maluku, on March 27, 2022",
     # "2 victims have been found"
     {"landslide-5": 2, "landslide": 1}),
    ("crosslang", "banjir poso agustus 2023 12.450 warga mengungsi",  # flood-9: "Poso ... August 3, 2023; 12,450
     # people fled to shelters"
     {"flood-9": 2, "flood": 1}),
    ("crosslang", "suku bunga deposit facility desember 2021",  # birate-9: "December 16-17, 2021 ... Deposit
     # Facility at 4.00 percent"
     {"birate-9": 2, "birate": 1}),
    ("crosslang", "Poso programme for 18 former terrorism inmates with the local government",  # derad-6: "18 mantan
     # narapidana terorisme di Sulawesi Tengah. Kegiatan dipusatkan di Poso bersama pemerintah daerah"
     {"derad-6": 2, "derad": 1}),
    ("crosslang", "workshops and food stalls for ex-inmates in Malang",  # derad-8 (Malang): "bantuan sarana usaha
     # seperti bengkel dan warung makan"
     {"derad-8": 2, "derad": 1}),
    ("crosslang", "bomb-making manual found in Mataram raid",  # arrest-8: "penggerebekan di Mataram", "buku panduan
     # pembuatan bom"
     {"arrest-8": 2, "arrest": 1}),
    ("crosslang", "Foreign Minister stresses solidarity with the Palestinian people",  # aid-2: "Menlu menegaskan
     # solidaritas Indonesia terhadap rakyat Palestina"; aid-8 says it of Myanmar
     {"aid-2": 2, "aid": 1}),
    ("crosslang", "USD 1 million UN grant for Gaza March 2023",  # aid-6: "Gaza, Palestina, pada Maret 2023", "hibah
     # 1,0 juta dolar AS melalui badan PBB"
     {"aid-6": 2, "aid": 1}),
    ("crosslang", "hotel occupancy rising November 2024",  # tourists-4: "November 2024", "Tingkat penghunian kamar
     # hotel berbintang juga meningkat"
     {"tourists-4": 2, "tourists": 1}),
    ("crosslang", "1,200 students at campus dialogue in Sentani",  # campus-2: "dialog kebangsaan bersama 1200
     # mahasiswa Universitas Mataram di Sentani"
     {"campus-2": 2, "campus": 1}),
    ("crosslang", "red chili inflation February 2023",  # inflation-4: "Februari 2023", "terutama cabai merah";
     # inflation-2 (February 2023) is gasoline
     {"inflation-4": 2, "inflation": 1}),
    ("crosslang", "Indonesia Vietnam state visit September 2024",  # bilateral-6: "Indonesia dan Vietnam ... dalam
     # kunjungan kenegaraan pada September 2024"; bilateral-4 (September 2024) is Brazil
     {"bilateral-6": 2, "bilateral": 1}),
    ("crosslang", "poverty line rose with rice prices in April 2024",  # poverty-6: "April 2024", "Garis kemiskinan
     # naik seiring kenaikan harga beras"; poverty-4 says it of April 2023
     {"poverty-6": 2, "poverty": 1}),
    ("crosslang", "bomb-making guides found with Mujahidin Indonesia Timur suspects in Jayapura",  # arrest-4:
     # "jaringan Mujahidin Indonesia Timur dalam penggerebekan di Jayapura", "buku panduan pembuatan bom"; arrest-3
     # (Jayapura, manuals) is Jamaah Ansharut Daulah, arrest-2 (Jayapura, MIT) names no manuals
     {"arrest-4": 2, "arrest": 1}),
    ("crosslang", "Sentani floods January 2023 no deaths",  # flood-2: "sejak 1 Januari 2023", "di Sentani",
     # "Tercatat 0 orang meninggal dunia"
     {"flood-2": 2, "flood": 1}),
    ("crosslang", "QRIS users top 40 million as payments extend to the UAE",  # qris-4: "Pengguna QRIS Tembus 40 Juta,
     # BI Perluas Pembayaran Lintas Negara ke Uni Emirat Arab"; qris-1 (UAE) has 56 juta
     {"qris-4": 2, "qris": 1}),
    ("crosslang", "Japan counterterrorism workshop on families of fighters returning from Syria",  # coop-2:
     # "bersama Jepang", "penanganan keluarga pejuang teroris asing yang kembali dari Suriah"
     {"coop-2": 2, "coop": 1}),
    ("crosslang", "border security agreed with the European Union",  # coop-6: "mitra dari Uni Eropa", "Kedua pihak
     # sepakat meningkatkan kapasitas penegak hukum dan pengamanan perbatasan"
     {"coop-6": 2, "coop": 1}),
    ("crosslang", "ash column thousands of metres above Mount Ruang August 2022",  # volcano-2: "Gunung Ruang kembali
     # erupsi pada 17 Agustus 2022 dengan tinggi kolom abu mencapai ribuan meter"
     {"volcano-2": 2, "volcano": 1}),
    ("crosslang", "1,650 homes flooded in Solo",  # flood-4: "merendam 1.650 rumah di Solo"
     {"flood-4": 2, "flood": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "bertukar informasi dengan malaysia soal terorisme",  # pertukaran informasi (coop-1, coop-3,
     # Malaysia); coop-4, coop-6 say it of other partners
     {"coop-1": 2, "coop-3": 2, "coop": 1}),
    ("morphology", "BNPT melatih aparat penegak hukum bersama filipina",  # pelatihan aparat, kapasitas penegak hukum
     # (coop-4, Filipina)
     {"coop-4": 2, "coop": 1}),
    ("morphology", "intervening in the spot market to support the rupiah",  # intervened in the spot (rupiah-1, -3, -5
     # en), intervensi di pasar valas spot (rupiah-1 id)
     {"rupiah-1": 2, "rupiah-3": 2, "rupiah-5": 2, "rupiah": 1}),
    ("morphology", "evacuees from Sudan",  # evacuated (citizens-1 en), mengevakuasi (citizens-8)
     {"citizens-1": 2, "citizens-8": 2, "citizens": 1}),
    ("morphology", "hotspot detection in Central Kalimantan",  # detected (fire-1, fire-5 en), mendeteksi (fire-1,
     # fire-2 id)
     {"fire-1": 2, "fire-2": 2, "fire-5": 2, "fire": 1}),
    ("morphology", "forest burning in South Sumatra", {"fire-3": 2, "fire-7": 2, "fire": 1}),  # burned (fire-3, -7 en)
    ("morphology", "memberantas pinjol ilegal", {"pinjol": 2}),  # Pemberantasan (Satgas PASTI), Eradicating
    ("morphology", "pengembangan penyidikan terduga teroris di jayapura",  # "penyidikan terus dikembangkan"
     # (arrest-3, arrest-4, Jayapura); arrest-2 (Jayapura) does not say it
     {"arrest-3": 2, "arrest-4": 2, "arrest": 1}),
    ("morphology", "penyelamatan diri saat simulasi tsunami",  # "berlatih menyelamatkan diri dalam simulasi tsunami"
     # (drill-4; stem selamat under the meN- nasal); drill-5: "a tsunami evacuation drill"
     {"drill-4": 2, "drill-5": 2, "drill": 1}),
    ("morphology", "rupiah melemah karena menguatnya dolar",  # "akibat penguatan dolar global" (rupiah-1, -4 id),
     # "as the dollar strengthened globally" (rupiah-1, -3, -5 en); rupiah-2 gives no cause
     {"rupiah-1": 2, "rupiah-3": 2, "rupiah-4": 2, "rupiah-5": 2, "rupiah": 1}),
    ("morphology", "WNI dipulangkan berkoordinasi dengan KBRI",  # "dipulangkan ... dengan koordinasi KBRI"
     # (citizens-6, citizens-7)
     {"citizens-6": 2, "citizens-7": 2, "citizens": 1}),
    ("morphology", "investasi tak berizin dihentikan juli 2022",  # "penawaran investasi tanpa izin pada Juli 2022"
     # (pinjol-4)
     {"pinjol-4": 2, "pinjol": 1}),
    ("morphology", "meluapnya sungai di solo",  # "membuat sungai meluap dan merendam 1.650 rumah di Solo" (flood-4)
     {"flood-4": 2, "flood": 1}),
    ("morphology", "penyiapan sumur bor saat kemarau",  # "menyiapkan sumur bor" (drought-1, drought-4; stem siap under meN-)
     {"drought-1": 2, "drought-4": 2, "drought": 1}),
    ("morphology", "tersebarnya data pribadi korban pinjol",  # "penyebaran data pribadi" (pinjol-1, -2, -3, -4, -7 id;
     # stem sebar under peN-)
     {"pinjol-1": 2, "pinjol-2": 2, "pinjol-3": 2, "pinjol-4": 2, "pinjol-7": 2, "pinjol": 1}),
    # -- acronyms: short forms the corpus never writes, and agency acronyms it uses ------------------------------------
    ("acronym", "TMC karhutla kalimantan tengah agustus 2023",  # teknologi modifikasi cuaca: fire-2 "operasi
     # modifikasi cuaca", Kalimantan Tengah, Agustus 2023
     {"fire-2": 2, "fire": 1}),
    ("acronym", "ekspor nikel ke RRC",  # Republik Rakyat Cina: "nikel dengan tujuan utama Tiongkok" (trade-1, -2, -3)
     {"trade-1": 2, "trade-2": 2, "trade-3": 2, "trade": 1}),
    ("acronym", "Kemkomdigi blokir konten terorisme 2022",  # the corpus writes Komdigi: online-1, -4, -5 are 2022
     {"online-1": 2, "online-4": 2, "online-5": 2, "online": 1}),
    ("acronym", "kerja sama CVE dengan malaysia",  # countering violent extremism: "preventing violent extremism" with
     # Malaysia (coop-1, -3, -5 en)
     {"coop-1": 2, "coop-3": 2, "coop-5": 2, "coop": 1}),
    ("acronym", "implementasi 5PC myanmar",  # Five-Point Consensus / Konsensus Lima Poin (asean-1 en, -2, -3, -5)
     {"asean-1": 2, "asean-2": 2, "asean-3": 2, "asean-5": 2, "asean": 1}),
    ("acronym", "BNPT dampingi 40 mitra deradikalisasi di bima",  # derad-9: "BNPT supported 40 deradicalization
     # partners in Bima"; derad-7 (Bima) has 52
     {"derad-9": 2, "derad": 1}),
    ("acronym", "Polri minta warga lapor aktivitas mencurigakan usai penggerebekan surabaya",  # arrest-11:
     # "penggerebekan di Surabaya", "Polri mengimbau masyarakat ... melaporkan aktivitas mencurigakan"
     {"arrest-11": 2, "arrest": 1}),
    ("acronym", "Basarnas alat berat longsor samarinda",  # landslide-7: "Basarnas deployed 320 rescuers and heavy
     # equipment" (Samarinda)
     {"landslide-7": 2, "landslide": 1}),
    ("acronym", "BPBD Sitaro evakuasi warga gunung ruang",  # volcano-2, volcano-8: "BNPB dan BPBD Sitaro
     # mengevakuasi"
     {"volcano-2": 2, "volcano-8": 2, "volcano": 1}),
    ("acronym", "BI intervensi DNDF oktober 2022",  # rupiah-3: "October 2022", "Bank Indonesia intervened in the spot,
     # DNDF and secondary government bond markets"
     {"rupiah-3": 2, "rupiah": 1}),
    ("acronym", "satgas TNI Polri pemadaman darat karhutla riau",  # fire-6: "Riau", "Satgas gabungan TNI, Polri, dan
     # Manggala Agni melakukan pemadaman darat"; fire-7 says it of South Sumatra
     {"fire-6": 2, "fire": 1}),
    ("acronym", "menlu RI brasil bertemu di jkt",  # Jakarta: bilateral-2 "Menteri Luar Negeri Brasil di Jakarta";
     # bilateral-4 (Brazil) names no city
     {"bilateral-2": 2, "bilateral": 1}),
    ("acronym", "BPS NTP maret 2025", {"ntp-3": 2, "ntp": 1}),  # ntp-3: "NTP Maret 2025" / "Statistics Indonesia"
    ("acronym", "hibah lewat badan PBB 2 juta dolar untuk afghanistan",  # aid-4: "Afghanistan", "hibah 2,0 juta dolar
     # AS melalui badan PBB"; aid-7 (Afghanistan) grants 1,5 juta
     {"aid-4": 2, "aid": 1}),
    ("acronym", "FX reserves USD 150.2 billion March 2025",  # foreign exchange: reserves-4 "cadangan devisa ... akhir
     # Maret 2025 tercatat 150,2 miliar dolar AS"; reserves-5 (150.2) is August 2021
     {"reserves-4": 2, "reserves": 1}),
    # -- typos ----------------------------------------------------------------------------------------------------
    ("typo", "reserve assets 139.4 bilion october 2021", {"reserves-1": 2, "reserves": 1}),  # reserves-6 is 2022
    ("typo", "triwulan II 2023 tumbh 4,87 persen", {"growth-3": 2, "growth": 1}),  # growth-2 (4,87) is Q1 2021
    ("typo", "penduduk miskin desmber 2023 9,57 persen", {"poverty-2": 2, "poverty": 1}),
    ("typo", "pinjol ilegl desember 2021", {"pinjol-7": 2, "pinjol": 1}),  # pinjol-7: "pada Desember 2021"
    ("typo", "poverty rate 9.54 percent decembre 2023",  # poverty-1: "9.54 percent ... December 2023"; poverty-2
     # (December 2023) says 9,57
     {"poverty-1": 2, "poverty": 1}),
    ("typo", "bantuan 21 ton ke gaza desembr 2021",  # aid-3: "21 ton ... Gaza, Palestina, pada Desember 2021"; aid-9
     # (21 tonnes, Gaza) is December 2023
     {"aid-3": 2, "aid": 1}),
    ("typo", "tanah longsor palu 5 warga hilng", {"landslide-4": 2, "landslide": 1}),  # "Sebanyak 5 warga dilaporkan
    # hilang" (Palu)
    ("typo", "banjir tangerang april 2022 12.450 pengunsi",  # flood-3: "10 April 2022 ... 12.450 jiwa terpaksa
     # mengungsi" (Tangerang)
     {"flood-3": 2, "flood": 1}),
    ("typo", "kekeringan 26 dessa di sulawesi tengah",  # drought-2: "kekeringan di 26 desa di Sulawesi Tengah"
     {"drought-2": 2, "drought": 1}),
    ("typo", "infalsi 4,94 persen maret 2022",  # inflation-3: "Maret 2022 naik 4,94 persen"; inflation-5 (4.94) is
     # March 2024
     {"inflation-3": 2, "inflation": 1}),
    ("typo", "kunjugan wisman 853.000 maret 2023", {"tourists-2": 2, "tourists": 1}),  # tourists-4, -5 (853.000) are
    # November
    ("typo", "deradicalisation partners in bima west nusa tengara 52",  # derad-7: "52 deradicalization partners in
     # Bima, West Nusa Tenggara"
     {"derad-7": 2, "derad": 1}),
    ("typo", "PPATK bekukan 37 rekning Rp7,1 miliar",  # financing-1: "membekukan 37 rekening ... Rp7,1 miliar";
     # financing-4 (37) is Rp1,2 miliar, financing-2 (Rp7,1) has 95
     {"financing-1": 2, "financing": 1}),
    # -- numbers --------------------------------------------------------------------------------------------------
    ("number", "surplus 3,12 miliar dolar AS",  # trade-3 (June 2024), trade-7 (April 2022): "surplus 3,12 miliar
     # dolar AS" / "USD 3.12 billion"
     {"trade-3": 2, "trade-7": 2, "trade": 1}),
    ("number", "Lending Facility 6,75 persen", {"birate-7": 2, "birate-11": 2, "birate": 1}),
    ("number", "28 gempa susulan", {"quake-1": 2, "quake-2": 2, "quake": 1}),  # "tercatat 28 gempa susulan"
    ("number", "900.000 liter air bersih", {"drought-2": 2, "drought": 1}),
    ("number", "30 juta merchant QRIS",  # qris-4: "di 30 juta merchant"; qris-1: "at 30 million merchants"
     {"qris-1": 2, "qris-4": 2, "qris": 1}),
    ("number", "7,86 juta penganggur", {"unemp-1": 2, "unemp": 1}),  # unemp-1: "sekitar 7,86 juta orang"
    ("number", "1,020,000 foreign tourist arrivals", {"tourists-3": 2, "tourists": 1}),
    ("number", "3 nota kesepahaman", {"bilateral-4": 2, "bilateral": 1}),  # bilateral-4: "menandatangani 3 nota
    # kesepahaman"
    ("number", "74 ton bantuan kemanusiaan",  # aid-7, aid-8: "74 ton"; aid-5: "74 tonnes"
     {"aid-5": 2, "aid-7": 2, "aid-8": 2, "aid": 1}),
    ("number", "112 mantan napiter", {"derad-2": 2, "derad": 1}),  # derad-2: "112 Mantan Narapidana Terorisme"
    ("number", "1,650 homes inundated",  # flood-1, flood-11: "inundating 1,650 homes"; flood-4: "merendam 1.650 rumah";
     # flood-12: "Sebanyak 1.650 rumah terendam"
     {"flood-1": 2, "flood-4": 2, "flood-11": 2, "flood-12": 2, "flood": 1}),
    ("number", "250.000 liter air bersih", {"drought-4": 2, "drought": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "w")


if __name__ == "__main__":
    main()
