"""The fourteenth held-out judgments (v14): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 8, fourth set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to thirteenth (``heldout2_queries.py`` ... ``heldout13_queries.py``) were each written for one
measurement, after which they no longer count as unseen. This set is a further measure of record: it must be
measured once, never tuned on.

How: written on 2026-12-05 (session 8, the fourth set of that session) by a helper session, under strict blindness
rules: no search, ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither
the ranking code (its glossary, abbreviations, coverage, stemming or spelling lists), the benchmarks, the relevance
test, the search unit tests, the README or docs sections about relevance and search, nor any result or measurement
was read, nor any commit message or diff about relevance or search. The only files read were the corpus
(``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets, the latter only for their conventions
and to avoid repeating them. Every judgment comes from the corpus text (title and body of the releases, checked by
pattern search over the corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals
or trivially rewords one in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (``heldout13``
included; checked by a script listing, for every query here, the earlier queries sharing a grade-2 release with a
high word overlap, read by hand, and rewriting those that were too close); because the corpus has been asked about
densely, where this set touches an event an earlier set asked about, it asks for another fact of it (a figure, a
month, a detail of the text) or in another form (question, acronym, typo, affix, other language).

Conventions are those of ``heldout2_queries.py`` and ``heldout10_queries.py`` (their docstrings): grade 2 = the
release answers the query (every constraint), 1 = same subject but a constraint differs; both language versions of
an event get the same grade; keys are a topic, an event, ``re:REGEX`` or ``topic~REGEX``; a release takes its
highest grade. A fact only in the slots and stated by neither language version of the event does not earn grade 2,
nor does a date that is only in ``published_at`` (the arrest, cooperation and drill releases that state no month
are not constrained by date here); judgments on a detail of the text are written as explicit event keys, so that
both language versions get the grade even when only one states it (e.g. ``birate-1``: both versions cite the
2.5±1 percent target, only the English one gives the Deposit Facility).

Categories as in ``heldout10_queries.py``: ``indonesian`` (16), ``english`` (16),
``crosslang`` (24: grade-2 releases all in the other language from the query: English queries for
Indonesian-only releases and, for six of them, Indonesian queries for English-only ones), ``morphology``
(15: the query's affixed form does not occur in its grade-2 releases, the stem does in at least one
of them; the releases' forms are in the comments), ``acronym`` (16: abbreviations the corpus never
writes, such as PVMBG, NTT, NTB, Sumut, Sulsel, Kaltim, Jatim, UEA, JAD, MIT, JI, Kemenlu, FX; and acronyms the
releases use, in analyst queries: BMKG, LPSK, TPPO, PDB), ``typo``
(15), ``number`` (16). 118 queries in all. Ids are ``a001`` ...

    .venv/bin/python tests/data/relevance/heldout14_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout14_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian --------------------------------------------------------------------------------------------------
    # victims-1: "korban bom Kampung Melayu 2017 ... layanan medis dan pendampingan psikologis"; victims-2 (Kampung
    # Melayu) names no care
    ("indonesian", "penyintas bom kampung melayu dapat pendampingan psikologis", {"victims-1": 2, "victims": 1}),
    # flood-12: "Cianjur ... sejak 7 Juli 2024", "bantuan logistik, perahu karet, dan tenda pengungsian"
    ("indonesian", "BNPB kirim perahu karet untuk korban banjir cianjur juli 2024", {"flood-12": 2, "flood": 1}),
    # flood-10: "Medan ... sejak 27 Maret 2024", "mendirikan dapur umum dan posko kesehatan"; flood-1 (Medan) is May
    # 2021
    ("indonesian", "posko kesehatan dan dapur umum banjir medan maret 2024", {"flood-10": 2, "flood": 1}),
    # volcano-8: "Gunung Ruang ... Level IV (Awas) pada 22 Juni 2023"; volcano-2 (Ruang) is August 2022
    ("indonesian", "status gunung ruang naik level awas juni 2023", {"volcano-8": 2, "volcano": 1}),
    # volcano-4: "18 Maret 2021", "BPBD Klaten mengevakuasi 1.530 warga dari desa-desa di lereng"; volcano-5 (Klaten)
    # is November 2022
    ("indonesian", "BPBD klaten ungsikan warga lereng merapi maret 2021", {"volcano-4": 2, "volcano": 1}),
    # trade-4: "Desember 2024", "Ekspor nonmigas terbesar berasal dari komoditas batu bara"; trade-6 (batu bara) is
    # February 2023
    ("indonesian", "ekspor nonmigas batu bara desember 2024", {"trade-4": 2, "trade": 1}),
    # birate-2: "RDG ... 24-25 November 2022 memutuskan BI-Rate naik", "memperkuat stabilisasi rupiah"
    ("indonesian", "RDG BI november 2022 naikkan bunga acuan demi stabilitas rupiah", {"birate-2": 2, "birate": 1}),
    # unemp-2: "Juli 2023 ... atau sekitar 8,40 juta orang"
    ("indonesian", "jumlah penganggur juli 2023 berapa juta orang", {"unemp-2": 2, "unemp": 1}),
    ("indonesian", "ekonomi kuartal kedua 2023 tumbuh di bawah 5 persen", {"growth-3": 2, "growth": 1}),
    # ntp-4: "September 2024", "didorong harga kelapa sawit dan karet"
    ("indonesian", "NTP september 2024 didorong harga sawit dan karet", {"ntp-4": 2, "ntp": 1}),
    ("indonesian", "pertemuan ASEAN labuan bajo bahas perdagangan orang", {"asean-4": 2, "asean": 1}),
    ("indonesian", "menlu brasil ke jakarta mei 2021 kerja sama dagang", {"bilateral-2": 2, "bilateral": 1}),
    # online-2: title "Patroli Siber", "sepanjang tahun 2024"; the other takedowns are 2021 and 2022
    ("indonesian", "patroli siber konten terorisme sepanjang 2024", {"online-2": 2, "online": 1}),
    # drill-4: "Bencana Tsunami di Papua", "Latihan menguji sistem peringatan dini"; drill-5 (tsunami) is South
    # Sulawesi
    ("indonesian", "latihan kesiapsiagaan tsunami di papua uji sistem peringatan dini", {"drill-4": 2, "drill": 1}),
    # drought-2: "BNPB dan BPBD Poso mendistribusikan 900.000 liter air bersih sejak Oktober 2023"
    ("indonesian", "BNPB dan BPBD poso distribusikan air sejak oktober 2023", {"drought-2": 2, "drought": 1}),
    # citizens-2: "mengevakuasi 32 ... WNI dari Ukraina ... pada Oktober 2023"; citizens-7 (Ukraine) is June 2022
    ("indonesian", "berapa WNI dievakuasi dari ukraina pada oktober 2023", {"citizens-2": 2, "citizens": 1}),
    # -- English -----------------------------------------------------------------------------------------------------
    # volcano-3: "Level III (Alert) on June 22, 2023", "evacuated 6,300 residents"; volcano-7 (Lewotobi) is Level IV,
    # 2021
    ("english", "how many residents were evacuated when Lewotobi went to Level III in June 2023",
     {"volcano-3": 2, "volcano": 1}),
    # volcano-9: "Mount Marapi ... July 26, 2022", "evacuated 840 residents"
    ("english", "how many people left their homes around Marapi in July 2022", {"volcano-9": 2, "volcano": 1}),
    # birate-1: "January 5-6, 2025 ... cut the BI-Rate", "inflation within the 2.5±1 percent target" / "RDG Januari
    # 2025 ... sasaran 2,5±1 persen"
    ("english", "inflation target of 2.5±1 percent cited in the January 2025 rate cut", {"birate-1": 2, "birate": 1}),
    # tourists-3: "November 2021", "Visitors from Malaysia were the largest group"
    ("english", "Malaysian visitors top foreign arrivals November 2021", {"tourists-3": 2, "tourists": 1}),
    # trade-7: "April 2022", "Palm oil led non-oil and gas exports"
    ("english", "which commodity led Indonesian exports in April 2022", {"trade-7": 2, "trade": 1}),
    # trade-5: "May 2025", "Iron and steel led non-oil and gas exports"
    ("english", "iron and steel exports May 2025 trade balance", {"trade-5": 2, "trade": 1}),
    # citizens-1: "evacuated 897 Indonesian citizens from Sudan", "protecting citizens abroad is a priority";
    # citizens-4 (897) is Myanmar, citizens-8 (Sudan) 385
    ("english", "protecting citizens abroad is a priority, says minister after 897 evacuated from Sudan",
     {"citizens-1": 2, "citizens": 1}),
    # arrest-9: "arrested 3 terror suspects in Klaten, Central Java ... Jamaah Ansharut Daulah network"
    ("english", "Jamaah Ansharut Daulah arrests in Klaten Central Java", {"arrest-9": 2, "arrest": 1}),
    # arrest-11: "arrested 9 terror suspects in Surabaya ... Jamaah Islamiyah"; arrest-7 (9, JI) is Balikpapan
    ("english", "nine Jamaah Islamiyah suspects held in Surabaya", {"arrest-11": 2, "arrest": 1}),
    # flood-13: "Makassar ... August 20, 2021", "food, rubber boats and tents; 7 deaths"; flood-7 (Makassar) is
    # September 2022
    ("english", "rubber boats and tents for Makassar flood victims August 2021, seven dead",
     {"flood-13": 2, "flood": 1}),
    # growth-5: "5.17 percent ... in the fourth quarter of 2023", "Household consumption and investment were the main
    # drivers"; growth-4 (5,17) is Q2 2024
    ("english", "household consumption and investment behind 5.17% growth at the end of 2023",
     {"growth-5": 2, "growth": 1}),
    # landslide-7: "Samarinda", "deployed 320 rescuers", "4 victims have been found"
    ("english", "Samarinda landslide: how many bodies found and how many rescuers sent",
     {"landslide-7": 2, "landslide": 1}),
    # landslide-1: "Pekanbaru ... April 7, 2025", "The search was paused because of rain"; landslide-6 (Pekanbaru) is
    # January 2025
    ("english", "Pekanbaru landslide April 2025 search halted by rain", {"landslide-1": 2, "landslide": 1}),
    # asean-5: "ASEAN Summit in Vientiane Discusses Food Security" (Vientiane is the capital of Laos); asean-3 (food
    # security) is Kuala Lumpur
    ("english", "ASEAN food security summit in the Lao capital", {"asean-5": 2, "asean": 1}),
    # fire-5: "Central Kalimantan", "146 hotspots in March 2022", "Haze has begun to disrupt flights"; fire-1 (Central
    # Kalimantan) is February 2022
    ("english", "haze disrupting flights as Central Kalimantan fires spread in March 2022", {"fire-5": 2, "fire": 1}),
    # financing-3: "Rp4.5 billion", "raised through charity boxes, sham foundations"
    ("english", "terror funds collected via charity boxes and sham foundations, Rp4.5 billion",
     {"financing-3": 2, "financing": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language ----------------------------------------
    # volcano-2: "BPBD Sitaro mengevakuasi 1.530 warga" (Gunung Ruang); volcano-8 (Sitaro) evacuated 840
    ("crosslang", "Sitaro disaster agency evacuates 1,530 people near Mount Ruang", {"volcano-2": 2, "volcano": 1}),
    # volcano-6: "masyarakat dilarang beraktivitas dalam radius 5 km" (Gunung Merapi)
    ("crosslang", "residents barred from any activity within 5 km of Merapi", {"volcano-6": 2, "volcano": 1}),
    # landslide-6: "Pekanbaru ... 2 Januari 2025", "Hingga hari ketiga, 2 korban ditemukan"
    ("crosslang", "two victims found by day three of the Pekanbaru landslide search in January",
     {"landslide-6": 2, "landslide": 1}),
    # landslide-4: "Palu ... 17 Desember 2023. Sebanyak 5 warga dilaporkan hilang"
    ("crosslang", "Palu landslide December 2023 five residents missing", {"landslide-4": 2, "landslide": 1}),
    # bilateral-8: "Menteri Luar Negeri Jerman di Jakarta pada 17 Agustus 2024" (17 August is Indonesian Independence
    # Day); bilateral-5 (August 17) is 2022
    ("crosslang", "German foreign minister in Jakarta on Independence Day 2024", {"bilateral-8": 2, "bilateral": 1}),
    # birate-6: "BI-Rate turun menjadi 3,50 persen", "Lending Facility 4,25 persen"
    ("crosslang", "BI-Rate cut to 3.50% with the Lending Facility at 4.25%", {"birate-6": 2, "birate": 1}),
    # birate-8: "24-25 Juli 2021 memutuskan BI-Rate naik", "Deposit Facility 5,50 persen"; birate-1 (5.50) is a
    # January 2025 cut
    ("crosslang", "deposit facility raised to 5.50 percent in July 2021", {"birate-8": 2, "birate": 1}),
    # scam-6: "korban tindak pidana perdagangan orang (TPPO) dan dipaksa bekerja di perusahaan penipuan daring (online
    # scam) di Laos"
    ("crosslang", "human trafficking victims forced into online scam work in Laos", {"scam-6": 2, "scam": 1}),
    # citizens-6: "Sebanyak 385 WNI berhasil dipulangkan dari Lebanon"
    ("crosslang", "how many Indonesians were repatriated from Lebanon", {"citizens-6": 2, "citizens": 1}),
    # coop-4: "mitra dari Filipina", "pertukaran informasi dan pelatihan aparat"
    ("crosslang", "information exchange and officer training agreed with Filipino partners", {"coop-4": 2, "coop": 1}),
    ("crosslang", "European Union counterterrorism cooperation meeting in Bandung", {"coop-6": 2, "coop": 1}),
    # drill-6: "warga Medan ... simulasi gempa bumi", "menuju titik kumpul dalam waktu kurang dari 15 menit"; drill-3
    # (15 menit) is a flood drill in Serang
    ("crosslang", "earthquake drill in Medan, reach the assembly point within 15 minutes", {"drill-6": 2, "drill": 1}),
    # drill-2: "BPBD Maluku ... simulasi evakuasi bencana banjir yang diikuti 1.200 warga, pelajar, dan relawan di
    # Ambon"
    ("crosslang", "Maluku flood drill with 1,200 residents students and volunteers in Ambon",
     {"drill-2": 2, "drill": 1}),
    # inflation-8: "Agustus 2021 ... secara bulanan terjadi inflasi 0,19 persen"
    ("crosslang", "month-on-month CPI rise of 0.19 percent in August 2021", {"inflation-8": 2, "inflation": 1}),
    # growth-6: "triwulan IV 2025 tumbuh 5,31 persen"
    ("crosslang", "how fast did GDP grow in the last quarter of 2025", {"growth-6": 2, "growth": 1}),
    # victims-4: "56 penyintas ... korban bom Surabaya 2018", "korban mendapat layanan medis"
    ("crosslang", "56 survivors including Surabaya bombing victims get medical care", {"victims-4": 2, "victims": 1}),
    # aid-4: "51 ton ... menuju Afghanistan", "hibah 2,0 juta dolar AS melalui badan PBB"; aid-7 (Afghanistan) is 74
    # tonnes, USD 1.5 million
    ("crosslang", "USD 2 million UN grant alongside 51 tonnes of relief for Afghanistan", {"aid-4": 2, "aid": 1}),
    # asean-2: "menyoroti Myanmar. Indonesia mendorong implementasi Konsensus Lima Poin"
    ("crosslang", "Indonesia presses Five-Point Consensus at ministers meeting focused on Myanmar",
     {"asean-2": 2, "asean": 1}),
    # citizens-5: "evacuated 85 Indonesian citizens from Iran as the security situation deteriorated"
    ("crosslang", "memburuknya keamanan di iran, kemlu keluarkan WNI", {"citizens-5": 2, "citizens": 1}),
    # aid-5: "food, medicine and tents, to people in Rakhine, Myanmar, in January 2023"; aid-8 (Rakhine) is August
    # 2024
    ("crosslang", "bantuan makanan obat dan tenda untuk rakhine awal 2023", {"aid-5": 2, "aid": 1}),
    # drill-5: "tsunami evacuation drill with 500 residents, students and volunteers in Makassar"
    ("crosslang", "berapa peserta simulasi tsunami di makassar", {"drill-5": 2, "drill": 1}),
    # quake-5: "magnitude 6.1 earthquake in Bima ... at a depth of 35 km"
    ("crosslang", "gempa bima magnitudo 6,1 kedalaman 35 km", {"quake-5": 2, "quake": 1}),
    # reserves-5: "end of August 2021", "above the international adequacy standard"
    ("crosslang", "posisi cadev akhir agustus 2021 di atas standar kecukupan internasional",
     {"reserves-5": 2, "reserves": 1}),
    # unemp-5: "open unemployment rate in May 2024 ... national labour force survey (Sakernas)"
    ("crosslang", "survei angkatan kerja mei 2024 tingkat pengangguran", {"unemp-5": 2, "unemp": 1}),
    # -- morphology: affixed query forms absent from the grade-2 releases --------------------------------------------
    # volcano-1: "menetapkan radius bahaya 6 kilometer" / "set a 6 km exclusion zone" (stem tetap: menetapkan)
    ("morphology", "penetapan radius bahaya 6 km gunung semeru", {"volcano-1": 2, "volcano": 1}),
    # drought-1: title "BPBD Solo Salurkan 1.500.000 Liter Air Bersih"
    ("morphology", "penyaluran air bersih kemarau solo", {"drought-1": 2, "drought": 1}),
    # financing-1: "membekukan 37 rekening ... Rp7,1 miliar"; financing-2: "95 rekening senilai Rp7,1 miliar diblokir"
    ("morphology", "pemblokiran rekening teror senilai Rp7,1 miliar",
     {"financing-1": 2, "financing-2": 2, "financing": 1}),
    # fire-1, fire-2: "Kalimantan Tengah", "Satelit mendeteksi ... titik panas"; fire-5: "Central Kalimantan",
    # "satellites detected 146 hotspots"
    ("morphology", "pendeteksian titik panas oleh satelit di kalimantan tengah",
     {"fire-1": 2, "fire-2": 2, "fire-5": 2, "fire": 1}),
    # aid-3, aid-6: "mengirimkan 21 ton bantuan ... Gaza"; aid-9: "sent 21 tonnes ... Gaza"; aid-2 (Gaza) is 40 tonnes
    ("morphology", "pengiriman 21 ton bantuan ke gaza", {"aid-3": 2, "aid-6": 2, "aid-9": 2, "aid": 1}),
    # bilateral-6: "Indonesia dan Vietnam menandatangani 2 nota kesepahaman ... energi terbarukan"
    ("morphology", "penandatanganan MoU energi terbarukan indonesia vietnam", {"bilateral-6": 2, "bilateral": 1}),
    # volcano-7: "Level IV (Awas)" (title "Naik Menjadi"); volcano-3 (Lewotobi) is Level III (Siaga)
    ("morphology", "kenaikan status gunung lewotobi laki-laki ke level awas", {"volcano-7": 2, "volcano": 1}),
    # arrest-1: "Makassar", "penyidikan terus dikembangkan untuk mengungkap jaringan mereka" / "to uncover the wider
    # network"
    ("morphology", "pengungkapan jaringan teror di makassar", {"arrest-1": 2, "arrest": 1}),
    # victims-3: title "Negara Bayarkan Kompensasi Rp5,9 Miliar"
    ("morphology", "pembayaran kompensasi Rp5,9 miliar", {"victims-3": 2, "victims": 1}),
    # fire-2: "Kalimantan Tengah", "Agustus 2023", "BNPB mengerahkan 12 helikopter ... (water bombing)"
    ("morphology", "pengerahan helikopter water bombing kalimantan tengah agustus 2023", {"fire-2": 2, "fire": 1}),
    # scam-1: title "Kemlu Selamatkan 89 WNI dari Sindikat Online Scam di Filipina"; scam-2 (89) is Cambodia
    ("morphology", "penyelamatan 89 WNI dari sindikat di filipina", {"scam-1": 2, "scam": 1}),
    # qris-4: "meluncurkan interkoneksi QRIS antarnegara dengan Uni Emirat Arab ... 30 juta merchant"; qris-1: "United
    # Arab Emirates ... 30 million merchants"
    ("morphology", "peluncuran interkoneksi QRIS dengan uni emirat arab di 30 juta merchant",
     {"qris-1": 2, "qris-4": 2, "qris": 1}),
    # pinjol-3, pinjol-6: title "Satgas PASTI Hentikan 812 Entitas Pinjol Ilegal"
    ("morphology", "penghentian 812 entitas pinjol", {"pinjol-3": 2, "pinjol-6": 2, "pinjol": 1}),
    # scam-5: "repatriated 220 Indonesians who were trafficked ... in the Philippines in July 2024"
    ("morphology", "repatriation of Indonesians trafficked to Philippine scam firms July 2024",
     {"scam-5": 2, "scam": 1}),
    # arrest-8: title "Polri: 9 Terduga Teroris Ditangkap di Mataram"
    ("morphology", "penangkapan terduga teroris di mataram", {"arrest-8": 2, "arrest": 1}),
    # -- acronyms and abbreviations ----------------------------------------------------------------------------------
    ("acronym", "BMKG gempa M5,6 ambon juni 2023", {"quake-6": 2, "quake": 1}),
    # volcano-1: "Pusat Vulkanologi dan Mitigasi Bencana Geologi menaikkan status Gunung Semeru ... Level IV (Awas)
    # pada 14 Juli 2023"
    ("acronym", "PVMBG status awas semeru juli 2023", {"volcano-1": 2, "volcano": 1}),
    # victims-4: "Sebanyak 56 penyintas aksi terorisme ... menerima kompensasi"
    ("acronym", "LPSK kompensasi 56 penyintas terorisme", {"victims-4": 2, "victims": 1}),
    # scam-1: "korban tindak pidana perdagangan orang (TPPO) ... di Filipina" / "in the Philippines in March 2022"
    ("acronym", "TPPO WNI filipina maret 2022", {"scam-1": 2, "scam": 1}),
    ("acronym", "PDB q2 2024 tumbuh 5,11", {"growth-7": 2, "growth": 1}),
    # volcano-3: "Lewotobi Laki-laki di Nusa Tenggara Timur", "Sebanyak 6.300 warga diungsikan"
    ("acronym", "NTT lewotobi 6.300 pengungsi", {"volcano-3": 2, "volcano": 1}),
    ("acronym", "kekeringan NTB, 26 desa, sejak januari 2024", {"drought-3": 2, "drought": 1}),
    ("acronym", "banjir sulsel 430 rumah", {"flood-13": 2, "flood": 1}),
    ("acronym", "densus 88 kaltim jaringan JI", {"arrest-7": 2, "arrest": 1}),
    # derad-8: "Jawa Timur ... Malang", "bantuan sarana usaha seperti bengkel dan warung makan"
    ("acronym", "napiter jatim bengkel warung makan", {"derad-8": 2, "derad": 1}),
    # flood-1: "Medan, Sumatera Utara", "1.650 rumah terendam", "korban meninggal tercatat 4 orang"; flood-10 (Sumut)
    # has 2 deaths
    ("acronym", "banjir sumut 4 korban meninggal 1.650 rumah", {"flood-1": 2, "flood": 1}),
    # qris-4: title "Pengguna QRIS Tembus 40 Juta, BI Perluas Pembayaran Lintas Negara ke Uni Emirat Arab"
    ("acronym", "QRIS UEA 40 juta pengguna", {"qris-4": 2, "qris": 1}),
    # arrest-10: "mengamankan 4 orang ... Jamaah Ansharut Daulah dalam penggerebekan di Sentani"
    ("acronym", "JAD sentani 4 orang diamankan", {"arrest-10": 2, "arrest": 1}),
    # arrest-2: "mengamankan 7 orang ... Mujahidin Indonesia Timur dalam penggerebekan di Jayapura"
    ("acronym", "MIT jayapura 7 terduga", {"arrest-2": 2, "arrest": 1}),
    ("acronym", "Kemenlu evakuasi WNI sudan agustus 2023", {"citizens-8": 2, "citizens": 1}),
    ("acronym", "FX reserves USD 144.2 bn Sept 2024", {"reserves-3": 2, "reserves": 1}),
    # -- typos -------------------------------------------------------------------------------------------------------
    ("typo", "deradikalisai bandar lampung bengkel warung makan", {"derad-2": 2, "derad": 1}),
    ("typo", "gunung smeru lumajang lahar hujan", {"volcano-1": 2, "volcano": 1}),
    ("typo", "banjir tanggerang april 2022", {"flood-3": 2, "flood": 1}),
    # pinjol-2, pinjol-4: "40 Investasi Bodong"; pinjol-1: "40 unlicensed investment offers"; pinjol-6: "memblokir 812
    # pinjol ilegal dan 40 investasi ilegal"
    ("typo", "investsi bodong 40 diblokir OJK",
     {"pinjol-1": 2, "pinjol-2": 2, "pinjol-4": 2, "pinjol-6": 2, "pinjol": 1}),
    ("typo", "cadangan devsa maret 2025", {"reserves-2": 2, "reserves-4": 2, "reserves": 1}),
    ("typo", "pengangguran terbukaa april 2025", {"unemp-4": 2, "unemp": 1}),
    # poverty-4: "26,36 juta orang, 9,36 persen dari total penduduk"
    ("typo", "penduduk miskin 9,36 persn", {"poverty-4": 2, "poverty": 1}),
    ("typo", "inflsi desember 2024 cabai merah", {"inflation-12": 2, "inflation": 1}),
    ("typo", "helikoptr bom air kalimantan barat", {"fire-4": 2, "fire": 1}),
    # landslide-2: "Bima", "Basarnas mengerahkan 150 personel"; landslide-3 (150) is Dumai
    ("typo", "basarnas longsr bima 150 personel", {"landslide-2": 2, "landslide": 1}),
    # quake-8: "Bogor pada 21 Juni 2024", "12 kali gempa susulan"
    ("typo", "earthqauke Bogor June 2024 aftershocks", {"quake-8": 2, "quake": 1}),
    ("typo", "Indonesa Japan digital economy MoU", {"bilateral-7": 2, "bilateral": 1}),
    ("typo", "humanitarain aid Port Vila Vanuatu", {"aid-1": 2, "aid": 1}),
    ("typo", "unemployement 7.20 million people", {"unemp-3": 2, "unemp": 1}),
    # fire-1, fire-2, fire-5: Central Kalimantan / Kalimantan Tengah, "titik panas" / "hotspots"
    ("typo", "forrest fires Central Kalimantan hotspots", {"fire-1": 2, "fire-2": 2, "fire-5": 2, "fire": 1}),
    # -- numbers -----------------------------------------------------------------------------------------------------
    # financing-1: "Rp7,1 miliar"; financing-2: "95 rekening senilai Rp7,1 miliar"
    ("number", "Rp7,1 miliar dana teror", {"financing-1": 2, "financing-2": 2, "financing": 1}),
    ("number", "Rp11.6 billion paid to 16 survivors", {"victims-1": 2, "victims": 1}),
    ("number", "Rp8.2 billion compensation", {"victims-5": 2, "victims": 1}),
    # rupiah-3: "depreciated 1.2 percent" / "turun 1,2 persen"; rupiah-4: "melemah 1,2 persen"
    ("number", "1.2% depreciation of the rupiah", {"rupiah-3": 2, "rupiah-4": 2, "rupiah": 1}),
    # fire-1: "9,100 hectares; satellites detected 587 hotspots"; fire-2, fire-3 (587) burned other areas
    ("number", "9,100 hectares burned 587 hotspots", {"fire-1": 2, "fire": 1}),
    ("number", "USD 3.0 million pledge Gaza", {"aid-3": 2, "aid": 1}),
    # drill-3: "flood evacuation drill with 500 residents, students and volunteers in Serang"; drill-5 (500) is a
    # tsunami drill
    ("number", "500 participants flood drill", {"drill-3": 2, "drill": 1}),
    # rupiah-5: "The rupiah depreciated 2.1 percent"
    ("number", "rupiah 2.1 percent weaker", {"rupiah-5": 2, "rupiah": 1}),
    # flood-7: "2,300 homes" (Makassar); flood-8, flood-10: "2.300 rumah terendam"
    ("number", "2,300 homes flooded", {"flood-7": 2, "flood-8": 2, "flood-10": 2, "flood": 1}),
    ("number", "320 rescuers landslide", {"landslide-1": 2, "landslide-7": 2, "landslide": 1}),
    ("number", "2.500 mahasiswa", {"campus-3": 2, "campus": 1}),
    # fire-2: "Satelit mendeteksi 587 titik panas pada Agustus 2023"
    ("number", "587 titik panas agustus 2023", {"fire-2": 2, "fire": 1}),
    ("number", "2,340 radical posts removed", {"online-5": 2, "online": 1}),
    # qris-2: "Jumlah pengguna QRIS mencapai 45 juta orang"
    ("number", "45 juta pengguna QRIS", {"qris-2": 2, "qris": 1}),
    # fire-4: "Sebanyak 312 titik panas terpantau di Kalimantan Barat"; fire-6: "312 titik panas terpantau di Riau"
    ("number", "312 titik panas", {"fire-4": 2, "fire-6": 2, "fire": 1}),
    ("number", "401 WNI", {"scam-6": 2, "scam": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "a")


if __name__ == "__main__":
    main()
