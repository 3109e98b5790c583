"""The ninth held-out judgments (v9): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 7, third set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to eighth (``heldout2_queries.py`` ... ``heldout8_queries.py``) were each written for one measurement,
after which they no longer count as unseen. This set is a further measure of record: it must be measured once,
never tuned on.

How: written on 2026-12-05 (session 7, the third set of that session) by a helper session, under strict blindness
rules: no search, ranking, benchmark or test of the search system was run, Meilisearch was not started, and neither
the ranking code (its glossary, stemming or vocabulary lists), the benchmarks, the relevance test, the search unit
tests, the README or docs sections about relevance and search, nor any result or measurement was read, nor any
commit message or diff about relevance or search. The only files read were the corpus (``heldout_corpus.jsonl``,
``heldout_corpus.py``) and the earlier query sets, the latter only for their conventions and to avoid repeating
them. Every judgment comes from the corpus text (title and body of the releases, checked by pattern search over the
corpus file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals or trivially rewords one
in ``queries.jsonl``, ``tuning_queries.jsonl`` or ``heldout*_queries.jsonl`` (``heldout7`` and ``heldout8``
included); where this set touches an event an earlier set asked about, it asks for another fact of it (a figure, a
month, a detail of the text) or in another form (acronym, abbreviation, typo, affix, other language).

Conventions are those of ``heldout2_queries.py``, ``heldout7_queries.py`` and ``heldout8_queries.py`` (their
docstrings): grade 2 = the release answers the query (every constraint), 1 = same subject but a constraint differs;
both language versions of an event get the same grade; keys are a topic, an event, ``re:REGEX`` or
``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither language version
of the event does not earn grade 2 (e.g. ``victims-5`` never names Surabaya, ``tourists-4`` never names China),
nor does a date that is only in ``published_at`` (the arrest, cooperation, financing and QRIS releases state no
month, so no query here constrains them by date); judgments on a detail of the text are written as explicit event
keys, so that both language versions get the grade even when only one states it (e.g.
``citizens-7``: only the English release calls protecting citizens abroad a foreign-policy priority).

Categories as in ``heldout8_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: mostly English queries for Indonesian-only releases, some Indonesian queries for
English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the stem does in
at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus never uses: SR,
MIT, medsos, Unhas, bn, pct, MoU, Sumut, MoFA, UN, IHK, EBT), ``typo``, ``number``. Ids are ``v001`` ...

    .venv/bin/python tests/data/relevance/heldout9_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout9_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "gempa serang kedalaman 10 kilometer",  # quake-1: "di Serang, Banten ... dengan kedalaman 10
     # kilometer"
     {"quake-1": 2, "quake": 1}),
    ("indonesian", "pertemuan kontraterorisme indonesia filipina di bali",  # coop-4: "mitra dari Filipina menggelar
     # pertemuan di Bali"
     {"coop-4": 2, "coop": 1}),
    ("indonesian", "pertumbuhan tertinggi sektor transportasi dan pergudangan",  # growth-2: "pertumbuhan tertinggi
     # dicapai sektor transportasi dan pergudangan"
     {"growth-2": 2, "growth": 1}),
    ("indonesian", "menlu ASEAN sorot isu myanmar di kuala lumpur",  # asean-2: "Menlu ASEAN Bertemu di Kuala
     # Lumpur, Sorot Isu Myanmar"
     {"asean-2": 2, "asean": 1}),
    ("indonesian", "inflasi bawang merah diikuti tarif angkutan udara",  # inflation-11: "kenaikan harga bawang merah,
     # diikuti tarif angkutan udara"; inflation-5: "Higher shallots prices ... followed by airfares"; inflation-8
     # (bawang merah) names no airfares
     {"inflation-5": 2, "inflation-11": 2, "inflation": 1}),
    ("indonesian", "warga diminta hemat air karena hujan baru turun akhir tahun",  # "hujan baru turun pada akhir tahun
     # sehingga warga diminta menghemat air" (drought-2, -3); "expects rain only at the end of the year, so residents
     # were asked to save water" (drought-1, -3, -5)
     {"drought-1": 2, "drought-2": 2, "drought-3": 2, "drought-5": 2, "drought": 1}),
    ("indonesian", "penyidik sita senjata tajam dari terduga teroris di jayapura",  # "menyita bahan peledak, senjata
     # tajam, dan sejumlah dokumen" in Jayapura: arrest-2, arrest-3; arrest-4 (Jayapura) names bomb manuals instead
     {"arrest-2": 2, "arrest-3": 2, "arrest": 1}),
    ("indonesian", "rupiah melemah akibat penguatan dolar global desember 2021",  # rupiah-4: "melemah 1,2 persen ke
     # level Rp16.240 per dolar AS pada Desember 2021 akibat penguatan dolar global"
     {"rupiah-4": 2, "rupiah": 1}),
    ("indonesian", "kabut asap ganggu penerbangan sumatera selatan desember 2023",  # fire-3: "Sumatera Selatan",
     # "Desember 2023", "Kabut asap mulai mengganggu penerbangan" / "Haze has begun to disrupt flights"
     {"fire-3": 2, "fire": 1}),
    ("indonesian", "BMKG imbau warga tidak terpancing isu gempa ambon",  # quake-4, quake-6 (both Ambon): "Warga
     # diimbau tidak terpancing isu yang tidak dapat dipertanggungjawabkan"
     {"quake-4": 2, "quake-6": 2, "quake": 1}),
    ("indonesian", "rektor berkomitmen awasi organisasi kemahasiswaan di ambon",  # campus-4 (Ambon), campus-8
     # (Universitas Hasanuddin, Ambon): "Rektor ... berkomitmen memperkuat pengawasan organisasi kemahasiswaan"
     {"campus-4": 2, "campus-8": 2, "campus": 1}),
    ("indonesian", "Polri imbau masyarakat tetap tenang setelah penangkapan di balikpapan",  # arrest-7: "menangkap 9
     # terduga teroris di Balikpapan", "Polri mengimbau masyarakat tetap tenang"
     {"arrest-7": 2, "arrest": 1}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "how many rescuers searched after the Ambon landslide",  # landslide-5: "deployed 230 rescuers"
     {"landslide-5": 2, "landslide": 1}),
    ("english", "how many merchants accept QRIS in Japan",  # qris-5: "at 26 million merchants"
     {"qris-5": 2, "qris": 1}),
    ("english", "Indonesia Vietnam foreign ministers digital economy talks August 2023",  # bilateral-9: "met the
     # Foreign Minister of Vietnam in Jakarta on August 2, 2023 ... the digital economy"
     {"bilateral-9": 2, "bilateral": 1}),
    ("english", "number of unemployed people in May 2024 labour force survey",  # unemp-5: "May 2024 ... about 8.40
     # million people, according to the national labour force survey"; unemp-3 is May 2022
     {"unemp-5": 2, "unemp": 1}),
    ("english", "radical content on video-sharing platforms in 2022",  # online-5: "2,340 pieces ... in 2022", "video-
     # sharing platforms"; online-3 (video-sharing platforms) is 2021
     {"online-5": 2, "online": 1}),
    ("english", "what drove economic growth in the fourth quarter of 2023",  # growth-5: "fourth quarter of 2023",
     # "Household consumption and investment were the main drivers"
     {"growth-5": 2, "growth": 1}),
    ("english", "depth of the Bima earthquake",  # quake-5: "in Bima ... at a depth of 35 km"
     {"quake-5": 2, "quake": 1}),
    ("english", "ASEAN centrality summit in Vientiane",  # asean-5: "met in Vientiane ... strengthening ASEAN
     # centrality"
     {"asean-5": 2, "asean": 1}),
    ("english", "protecting citizens abroad as a foreign policy priority",  # "protecting citizens abroad is a
     # priority of Indonesia's foreign policy" (citizens-1, -3, -5, -7 en); "pelindungan WNI adalah prioritas politik
     # luar negeri Indonesia" (citizens-1, -3, -4, -6 id); citizens-2 and -8 do not say it
     {"citizens-1": 2, "citizens-3": 2, "citizens-4": 2, "citizens-5": 2, "citizens-6": 2, "citizens-7": 2,
      "citizens": 1}),
    ("english", "airfares contributed to inflation after gasoline",  # inflation-13: "Higher gasoline prices were the
     # main contributor, followed by airfares" / "bensin, diikuti tarif angkutan udara"; inflation-10: "kenaikan harga
     # bensin, diikuti tarif angkutan udara"; inflation-2 (bensin) names no airfares
     {"inflation-10": 2, "inflation-13": 2, "inflation": 1}),
    ("english", "how many residents left the slopes of Mount Marapi",  # volcano-9: "evacuated 840 residents from
     # villages on the slopes" (Marapi)
     {"volcano-9": 2, "volcano": 1}),
    ("english", "promises of well-paid computer jobs lured scam victims",  # "recruited through social media with
     # promises of well-paid computer jobs" (scam-1, -3, -5 en); scam-1 id: "iming-iming gaji tinggi sebagai operator
     # komputer"
     {"scam-1": 2, "scam-3": 2, "scam-5": 2, "scam": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "aftershocks after the June 2023 Ambon earthquake",  # quake-6: "mengguncang wilayah Ambon pada
     # 8 Juni 2023", "tercatat 45 gempa susulan"; quake-4 (Ambon) is April 2024
     {"quake-6": 2, "quake": 1}),
    ("crosslang", "Ambon quake 60 km deep",  # quake-4: "di Ambon, Maluku ... dengan kedalaman 60 kilometer"
     {"quake-4": 2, "quake": 1}),
    ("crosslang", "danger radius around Mount Ruang August 2022",  # volcano-2: "Radius Bahaya 8 Kilometer", "17
     # Agustus 2022"; volcano-8 (Ruang, 7 km) is June 2023
     {"volcano-2": 2, "volcano": 1}),
    ("crosslang", "Central Kalimantan burned area August 2023",  # fire-2: "Kalimantan Tengah meluas hingga 15.600
     # hektare ... pada Agustus 2023"
     {"fire-2": 2, "fire": 1}),
    ("crosslang", "32 Indonesians evacuated from Ukraine in October 2023",  # citizens-2: "mengevakuasi 32 ... dari
     # Ukraina ... pada Oktober 2023"; citizens-7 (32, Ukraine) is June 2022
     {"citizens-2": 2, "citizens": 1}),
    ("crosslang", "counterterrorism workshop with Japan in Jakarta",  # coop-2: "Lokakarya kontraterorisme bersama
     # Jepang di Jakarta"
     {"coop-2": 2, "coop": 1}),
    ("crosslang", "Jamaah Ansharut Daulah suspects detained in Sentani",  # arrest-10: "jaringan Jamaah Ansharut
     # Daulah dalam penggerebekan di Sentani"
     {"arrest-10": 2, "arrest": 1}),
    ("crosslang", "weapons and documents seized in the Ambon terror arrests",  # arrest-6: "menangkap 7 terduga
     # teroris di Ambon", "menyita bahan peledak, senjata tajam, dan sejumlah dokumen"
     {"arrest-6": 2, "arrest": 1}),
    ("crosslang", "unregistered charities used to raise terror funds",  # financing-2: "lewat donasi daring dan
     # lembaga amal yang tidak terdaftar"
     {"financing-2": 2, "financing": 1}),
    ("crosslang", "80 former terrorism inmates mentored in Makassar with local government",  # derad-4: "bagi 80
     # mantan narapidana terorisme di Sulawesi Selatan. Kegiatan dipusatkan di Makassar bersama pemerintah daerah";
     # derad-1 (Makassar) has 40
     {"derad-4": 2, "derad": 1}),
    ("crosslang", "3,715 people displaced by Ambon floods",  # flood-8: "2.300 rumah terendam dan 3.715 warga
     # mengungsi" (Ambon)
     {"flood-8": 2, "flood": 1}),
    ("crosslang", "Mount Merapi eruption danger zone March 2021",  # volcano-4: "Gunung Merapi ... pada 18 Maret
     # 2021", "radius bahaya 6 kilometer"
     {"volcano-4": 2, "volcano": 1}),
    ("crosslang", "how many people were missing after the January 2025 Pekanbaru landslide",  # landslide-6: "pada
     # 2 Januari 2025. Sebanyak 8 warga dilaporkan hilang"; landslide-1 (Pekanbaru) is April 2025
     {"landslide-6": 2, "landslide": 1}),
    ("crosslang", "korban meninggal banjir malang mei 2024",  # flood-5: "Malang ... May 27, 2024", "7 deaths were
     # recorded"
     {"flood-5": 2, "flood": 1}),
    ("crosslang", "family mentoring for former terrorism inmates in Lampung",  # derad-2: "pendampingan keluarga",
     # "mantan narapidana terorisme ... di Bandar Lampung"
     {"derad-2": 2, "derad": 1}),
    ("crosslang", "deaths in the Palu landslide December 2023",  # landslide-4: "di Palu ... pada 17 Desember 2023",
     # "6 korban berhasil dievakuasi dalam keadaan meninggal"
     {"landslide-4": 2, "landslide": 1}),
    ("crosslang", "Indonesia solidarity with Myanmar aid August 2024",  # aid-8: "Rakhine, Myanmar, pada Agustus
     # 2024", "Menlu menegaskan solidaritas Indonesia terhadap rakyat Myanmar"
     {"aid-8": 2, "aid": 1}),
    ("crosslang", "Solo floods January 2024 deaths",  # flood-4: "sejak 8 Januari 2024 ... di Solo", "korban meninggal
     # tercatat 2 orang"
     {"flood-4": 2, "flood": 1}),
    ("crosslang", "9.1 million unemployed in April 2025",  # unemp-4: "April 2025 sebesar 5,86 persen, atau sekitar
     # 9,10 juta orang"
     {"unemp-4": 2, "unemp": 1}),
    ("crosslang", "reserves driven by tax receipts and government foreign loans March 2025",  # reserves-2: "akhir
     # Maret 2025", "dipengaruhi penerimaan pajak dan jasa serta penarikan pinjaman luar negeri pemerintah";
     # reserves-4 (March 2025) does not say it
     {"reserves-2": 2, "reserves": 1}),
    ("crosslang", "trade with Brazil targeted to grow over five years",  # bilateral-2: "Menteri Luar Negeri Brasil",
     # "Nilai perdagangan kedua negara ditargetkan meningkat dalam lima tahun ke depan"
     {"bilateral-2": 2, "bilateral": 1}),
    ("crosslang", "illegal online lenders blocked in July 2022",  # pinjol-4: "151 entitas pinjaman online ilegal ...
     # pada Juli 2022"
     {"pinjol-4": 2, "pinjol": 1}),
    ("crosslang", "economy grew 5.17 percent in Q2 2024",  # growth-4: "triwulan II 2024 tumbuh sebesar 5,17 persen";
     # growth-7 (Q2 2024) says 5.11, growth-5 (5.17) is Q4 2023
     {"growth-4": 2, "growth": 1}),
    ("crosslang", "wisatawan tiongkok november 2023",  # tourists-5: "November 2023", "Visitors from China were the
     # largest group"
     {"tourists-5": 2, "tourists": 1}),
    ("crosslang", "elderly and children evacuated from flooded homes in Cianjur",  # flood-12: "Banjir melanda
     # Cianjur", "mengevakuasi warga lanjut usia dan anak-anak dari permukiman yang tergenang"
     {"flood-12": 2, "flood": 1}),
    ("crosslang", "Brazil and Indonesia ministers discuss Myanmar and Palestine",  # bilateral-4: "Menlu Bertemu
     # Menlu Brasil", "membahas isu kawasan, termasuk situasi di Myanmar dan Palestina"
     {"bilateral-4": 2, "bilateral": 1}),
    ("crosslang", "ASEAN joint declaration on peace and stability in Labuan Bajo",  # asean-4: "di Labuan Bajo",
     # "Deklarasi bersama menegaskan komitmen menjaga perdamaian dan stabilitas kawasan"
     {"asean-4": 2, "asean": 1}),
    ("crosslang", "job offers abroad without official procedures Cambodia scam",  # scam-2, scam-4 (Kamboja): "agar
     # tidak tergiur tawaran kerja ke luar negeri tanpa prosedur resmi"
     {"scam-2": 2, "scam-4": 2, "scam": 1}),
    ("crosslang", "temporary shelters tested in Ambon flood drill",  # drill-2: "simulasi evakuasi bencana banjir ...
     # di Ambon", "kesiapan tempat evakuasi sementara"
     {"drill-2": 2, "drill": 1}),
    ("crosslang", "Bogor quake residents told to avoid cracked buildings",  # quake-8: "mengguncang wilayah Bogor",
     # "meminta warga menjauhi bangunan yang retak"
     {"quake-8": 2, "quake": 1}),
    ("crosslang", "cold lava warning after Mount Ruang eruption June 2023",  # volcano-8: "Gunung Ruang ... pada 22
     # Juni 2023", "mewaspadai banjir lahar hujan"; volcano-2 (Ruang) is August 2022
     {"volcano-8": 2, "volcano": 1}),
    ("crosslang", "rate decision to stabilise the rupiah amid global market uncertainty",  # "untuk memperkuat
     # stabilisasi rupiah di tengah ketidakpastian pasar keuangan global" (birate-2, birate-8, birate-10)
     {"birate-2": 2, "birate-8": 2, "birate-10": 2, "birate": 1}),
    ("crosslang", "farmers' index rose as prices received grew faster July 2021",  # ntp-2: "NTP Juli 2021 tercatat
     # 116,70; kenaikan terjadi karena indeks harga yang diterima petani naik lebih cepat"
     {"ntp-2": 2, "ntp": 1}),
    ("crosslang", "intervensi DNDF rupiah agustus 2021",  # rupiah-5: "in August 2021", "Bank Indonesia intervened in
     # the spot, DNDF and secondary government bond markets"
     {"rupiah-5": 2, "rupiah": 1}),
    ("crosslang", "warga bantaran sungai diminta waspada banjir malang",  # flood-5: "Floods hit Malang", "BNPB urged
     # riverbank residents to remain alert"
     {"flood-5": 2, "flood": 1}),
    ("crosslang", "reintegrasi sosial mantan napiter papua butuh penerimaan masyarakat",  # derad-5: "in Sentani,
     # Papua", "social reintegration depends on acceptance by the community"
     {"derad-5": 2, "derad": 1}),
    ("crosslang", "warga lampung diminta jauhi bangunan rusak setelah gempa",  # quake-9: "in Bandar Lampung,
     # Lampung", "Residents were urged to stay away from damaged buildings"
     {"quake-9": 2, "quake": 1}),
    # -- morphology: the query's affixed form does not occur in its grade-2 releases, the stem does ---------------
    ("morphology", "pelarangan beraktivitas dalam radius 6 km lewotobi",  # volcano-3: "dilarang beraktivitas dalam
     # radius 6 km"
     {"volcano-3": 2, "volcano": 1}),
    ("morphology", "pendistribusian air bersih di poso",  # drought-2: "BPBD Poso mendistribusikan 900.000 liter"
     {"drought-2": 2, "drought": 1}),
    ("morphology", "Indonesia pledging money for Gaza in December 2021",  # aid-3: "pledged USD 3.0 million",
     # "Gaza, Palestine, in December 2021"; aid-9 (Gaza) is December 2023
     {"aid-3": 2, "aid": 1}),
    ("morphology", "pengawasan dana terorisme diperketat",  # financing-3: "Pemerintah Perketat Pengawasan Aliran
     # Dana Terorisme"
     {"financing-3": 2, "financing": 1}),
    ("morphology", "pendirian dapur umum banjir ambon juli 2023",  # flood-6: "mendirikan dapur umum", "sejak 20 Juli
     # 2023" (Ambon); flood-8 (Ambon) is January 2024 and names no dapur umum
     {"flood-6": 2, "flood": 1}),
    ("morphology", "recording aftershocks after the Lampung quake",  # quake-9: "Records 97 Aftershocks", "recorded"
     {"quake-9": 2, "quake": 1}),
    ("morphology", "peningkatan titik panas sumatera selatan november 2022",  # fire-7: "Titik Panas Meningkat,
     # Sumatera Selatan", "November 2022"
     {"fire-7": 2, "fire": 1}),
    ("morphology", "ajakan BNPT kepada 1200 mahasiswa cegah radikalisme di medan",  # campus-6: "BNPT Ajak 1200
     # Mahasiswa ... di Medan"
     {"campus-6": 2, "campus": 1}),
    ("morphology", "rivers bursting their banks in Poso",  # flood-9: "Rivers burst their banks in Poso"
     {"flood-9": 2, "flood": 1}),
    ("morphology", "Komdigi taking down radical content in 2021",  # online-3: "Take Down 9,400 Pieces", "in 2021"
     {"online-3": 2, "online": 1}),
    ("morphology", "earthquake striking Medan in June 2021",  # quake-7: "Earthquake Strikes Medan", "June 20, 2021"
     {"quake-7": 2, "quake": 1}),
    ("morphology", "launching cross-border QR payments with Japan",  # qris-5: "Launched", "launched"
     {"qris-5": 2, "qris": 1}),
    # -- acronyms and abbreviations (never used in the corpus) ---------------------------------------------------------
    ("acronym", "gempa 6,4 SR di medan",  # skala Richter; quake-3: "bermagnitudo 6,4 di Medan"
     {"quake-3": 2, "quake": 1}),
    ("acronym", "7 anggota MIT ditangkap di jayapura",  # Mujahidin Indonesia Timur: arrest-2 "7 orang ... jaringan
     # Mujahidin Indonesia Timur ... di Jayapura"; arrest-4 (MIT, Jayapura) has 4
     {"arrest-2": 2, "arrest": 1}),
    ("acronym", "konten radikal di medsos sepanjang 2024",  # media sosial: online-2 "dari media sosial sepanjang
     # tahun 2024"
     {"online-2": 2, "online": 1}),
    ("acronym", "1200 mahasiswa unhas di ambon",  # Universitas Hasanuddin: campus-8 "1200 mahasiswa ... di
     # Universitas Hasanuddin, Ambon"
     {"campus-8": 2, "campus": 1}),
    ("acronym", "trade surplus USD 4.47 bn",  # billion / miliar: trade-1 "USD 4.47 billion"; trade-2 "surplus 4,47
     # miliar dolar AS"
     {"trade-1": 2, "trade-2": 2, "trade": 1}),
    ("acronym", "annual inflation 4.94 pct",  # percent: "4.94 percent" (inflation-3, inflation-5)
     {"inflation-3": 2, "inflation-5": 2, "inflation": 1}),
    ("acronym", "dua MoU dengan brasil",  # nota kesepahaman: bilateral-2 "Tandatangani 2 Nota Kesepahaman" (Brasil);
     # bilateral-4 (Brazil) signs 3
     {"bilateral-2": 2, "bilateral": 1}),
    ("acronym", "banjir sumut maret 2024",  # Sumatera Utara: flood-10 "Medan, Sumatera Utara ... sejak 27 Maret 2024"
     {"flood-10": 2, "flood": 1}),
    ("acronym", "MoFA evacuates Indonesians from Iran",  # Ministry of Foreign Affairs: citizens-5 "The Ministry of
     # Foreign Affairs evacuated 85 Indonesian citizens from Iran"
     {"citizens-5": 2, "citizens": 1}),
    ("acronym", "USD 1 million via UN agencies for Myanmar",  # United Nations: aid-5 "USD 1.0 million through United
     # Nations agencies" (Myanmar); aid-8 (Myanmar) states no grant
     {"aid-5": 2, "aid": 1}),
    ("acronym", "IHK februari 2023 naik 3,05 persen",  # Indeks Harga Konsumen: inflation-2 "Indeks Harga Konsumen
     # pada Februari 2023 naik 3,05 persen"
     {"inflation-2": 2, "inflation": 1}),
    ("acronym", "kerja sama EBT dengan vietnam",  # energi baru terbarukan: bilateral-6 "Nota Kesepahaman di Bidang
     # Energi Terbarukan" (Vietnam)
     {"bilateral-6": 2, "bilateral": 1}),
    # -- typos ----------------------------------------------------------------------------------------------------
    ("typo", "banjir sentanni januari 2023 4.100 rumah",  # flood-2: "sejak 1 Januari 2023 ... merendam 4.100 rumah
     # di Sentani"
     {"flood-2": 2, "flood": 1}),
    ("typo", "erupsi gunung merapy februari 2022",  # volcano-6: "Gunung Merapi kembali erupsi pada 14 Februari 2022"
     {"volcano-6": 2, "volcano": 1}),
    ("typo", "mantan napiter di posso",  # derad-6: "Mantan Napiter di Poso"
     {"derad-6": 2, "derad": 1}),
    ("typo", "unemplyment rate may 2022", {"unemp-3": 2, "unemp": 1}),  # unemp-5 is May 2024
    ("typo", "ekspor minyak kelapa sawit apirl 2022",  # trade-7: "komoditas minyak kelapa sawit", "April 2022"
     {"trade-7": 2, "trade": 1}),
    ("typo", "QRIS antarnegara uni emirat arap",  # qris-1, qris-4: "Uni Emirat Arab"
     {"qris-1": 2, "qris-4": 2, "qris": 1}),
    ("typo", "BI-Rate naik 4,75 persen novembr 2022",  # birate-2: "24-25 November 2022 memutuskan BI-Rate naik
     # menjadi 4,75 persen"; birate-4 (4.75, raise) is February 2022
     {"birate-2": 2, "birate": 1}),
    ("typo", "gunung lewotobi lakilaki juni 2023",  # volcano-3: "Lewotobi Laki-laki ... pada 22 Juni 2023"
     {"volcano-3": 2, "volcano": 1}),
    ("typo", "erupsi gunung smeru juli 2023",  # volcano-1: "Gunung Semeru ... pada 14 Juli 2023"
     {"volcano-1": 2, "volcano": 1}),
    ("typo", "wisman asal austrlia oktober 2024",  # tourists-1: "Oktober 2024", "Wisman asal Australia mendominasi"
     {"tourists-1": 2, "tourists": 1}),
    ("typo", "deradikalisasi di lampng", {"derad-2": 2, "derad": 1}),  # derad-2: "Deradikalisasi ... di Lampung"
    ("typo", "gempa di tangerrang", {"quake-2": 2, "quake": 1}),  # quake-2: "gempa bumi bermagnitudo 5,2 di Tangerang"
    # -- numbers --------------------------------------------------------------------------------------------------
    ("number", "2 korban ditemukan hingga hari ketiga",  # "Hingga hari ketiga, 2 korban ditemukan" (landslide-2,
     # landslide-6)
     {"landslide-2": 2, "landslide-6": 2, "landslide": 1}),
    ("number", "1.200 peserta simulasi bencana",  # drill-2: "diikuti 1.200 warga, pelajar, dan relawan"; drill-4,
     # drill-6: "Sebanyak 1.200 warga ... berlatih"
     {"drill-2": 2, "drill-4": 2, "drill-6": 2, "drill": 1}),
    ("number", "inflasi 2,28 persen", {"inflation-10": 2, "inflation-12": 2, "inflation": 1}),
    ("number", "TPT 6,26 persen", {"unemp-2": 2, "unemp": 1}),
    ("number", "radius bahaya 6 kilometer",  # volcano-1, volcano-4: "radius bahaya 6 kilometer"; volcano-3: "Radius
     # Bahaya 6 Kilometer"
     {"volcano-1": 2, "volcano-3": 2, "volcano-4": 2, "volcano": 1}),
    ("number", "5.060 warga mengungsi", {"flood-1": 2, "flood": 1}),
    ("number", "6.300 warga diungsikan", {"volcano-3": 2, "volcano": 1}),  # "Sebanyak 6.300 warga diungsikan"
    ("number", "2.300 hektare lahan terbakar",  # fire-3, fire-7: "2.300 hektare" / "2,300 hectares"; fire-6: "luas
     # lahan terbakar mencapai 2.300 hektare"
     {"fire-3": 2, "fire-6": 2, "fire-7": 2, "fire": 1}),
    ("number", "gempa M5,6", {"quake-6": 2, "quake": 1}),  # quake-6: "Gempa tektonik berkekuatan M5,6"
    ("number", "24 mantan narapidana terorisme", {"derad-3": 2, "derad": 1}),
    ("number", "300 mahasiswa", {"campus-7": 2, "campus": 1}),
    ("number", "150 personel dikerahkan",  # landslide-2: "mengerahkan 150 personel SAR gabungan"; landslide-3:
     # "Sebanyak 150 personel dikerahkan"
     {"landslide-2": 2, "landslide-3": 2, "landslide": 1}),
]


def main() -> None:
    write_queries(QUERIES, OUT, "v")


if __name__ == "__main__":
    main()
