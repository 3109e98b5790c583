"""The twentieth held-out judgments (v20): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 9, fourth set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to eighteenth (``heldout2_queries.py`` ... ``heldout18_queries.py``) were each written for one
measurement, after which they no longer count as unseen. This set is a further measure of record: it must be
measured once, never tuned on.

How: written on 2026-12-05 (session 9, the fourth set of that session) by a helper session, under the same strict
blindness rules as the earlier sets: no search, ranking, benchmark or test of the search system was run, Meilisearch
was not started, and neither the ranking code (its glossary, abbreviation list, coverage, stemming or spelling
code), the benchmarks, the relevance test, the search unit tests, the README or docs sections about relevance and
search, nor any result or measurement was read, nor any commit message or diff about relevance or search. The only
files read were the corpus (``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets
(``queries.jsonl``, ``tuning_queries.*``, ``heldout_queries.*`` ... ``heldout18_queries.*``), the latter only for
their conventions and to avoid repeating them; the set written in parallel (v19) was not read. Every judgment comes
from the corpus text (title and body of the releases, checked by pattern search over the corpus file; the phrase
behind a non-obvious grade-2 claim is in a comment). No query equals or trivially rewords one in the earlier sets up
to ``heldout18`` (checked by a script listing, for every query here, earlier queries sharing most of its words, read
by hand). The corpus has been asked about many times, so several queries here touch an event an earlier set asked
about; they then ask for another fact of it (a figure, a month, a detail of the text) or in another form (acronym,
abbreviation, typo, affix, other language, a longer question in an analyst's own words).

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py``, ``heldout9_queries.py`` and
``heldout10_queries.py`` (their docstrings): grade 2 = the release answers the query (every constraint), 1 = same
subject but a constraint differs; both language versions of an event get the same grade; keys are a topic, an event,
``re:REGEX`` or ``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither
language version of the event does not earn grade 2 (e.g. the province of Sentani or Mataram where the text names
only the town), nor does a date that is only in ``published_at`` (e.g. ``citizens-6``, Lebanon, states no month);
judgments on a detail of the text are written as explicit event keys, so that both language versions get the grade
even when only one states it (e.g. ``pinjol-1``: only the Indonesian release names collection by intimidation).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for six of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the
stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus
never writes: Jateng, Kalteng, Sumut, Sulsel, PVMBG, UU 5/2018, DF/LF, Q4, okt; and abbreviations
the releases use, in analyst queries: JAD, BMKG, Basarnas, BPBD, LPSK, SBN, NTP, yoy), ``typo``,
``number``. Ids are ``j001`` ...

    .venv/bin/python tests/data/relevance/heldout20_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout20_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "berapa warga dievakuasi saat status semeru naik ke awas",  # volcano-1: "Status Gunung Semeru Naik
     # Menjadi Level IV (Awas), 840 Warga Dievakuasi"
     {"volcano-1": 2, "volcano": 1}),
    ("indonesian", "berapa WNI yang dibawa pulang dari lebanon dan siapa yang mengoordinasikan",  # citizens-6: "385 WNI
     # berhasil dipulangkan dari Lebanon ... dengan koordinasi KBRI"
     {"citizens-6": 2, "citizens": 1}),
    ("indonesian", "longsor pekanbaru januari 2025 berapa personel SAR dikerahkan",  # landslide-6: "Pekanbaru, Riau, pada
     # 2 Januari 2025", "480 personel SAR gabungan"; landslide-1 (Pekanbaru) is April 2025
     {"landslide-6": 2, "landslide": 1}),
    ("indonesian", "banjir medan mei 2021 petugas evakuasi lansia dan anak-anak",  # flood-1: "sejak 24 Mei 2021",
     # "Petugas gabungan terus mengevakuasi warga lanjut usia dan anak-anak"; flood-10 (Medan) is March 2024
     {"flood-1": 2, "flood": 1}),
    ("indonesian", "apa yang disepakati indonesia dan uni eropa soal penanggulangan terorisme",  # coop-6: "mitra dari Uni
     # Eropa", "sepakat meningkatkan kapasitas penegak hukum dan pengamanan perbatasan"
     {"coop-6": 2, "coop": 1}),
    ("indonesian", "indeks harga yang diterima petani naik lebih cepat juli 2021",  # ntp-2: "NTP Juli 2021 ... kenaikan
     # terjadi karena indeks harga yang diterima petani naik lebih cepat"; ntp-3 says the same for March 2025
     {"ntp-2": 2, "ntp": 1}),
    ("indonesian", "tujuan ekspor utama tiongkok amerika serikat dan india desember 2024",  # trade-4: "Desember 2024",
     # "tujuan utama Tiongkok, Amerika Serikat, dan India" (every trade release names them)
     {"trade-4": 2, "trade": 1}),
    ("indonesian", "cadangan devisa maret 2025 cukup untuk berapa bulan impor",  # reserves-4: "akhir Maret 2025",
     # "setara pembiayaan 6,5 bulan impor"; reserves-2 (March 2025) gives no months of imports
     {"reserves-4": 2, "reserves": 1}),
    ("indonesian", "apakah kemiskinan april 2024 di atas 10 persen",  # poverty-6: "April 2024 Sebesar 10,14 Persen"
     {"poverty-6": 2, "poverty": 1}),
    ("indonesian", "berapa korban meninggal banjir cianjur juli 2024",  # flood-12: "sejak 7 Juli 2024", "Tercatat 2
     # orang meninggal dunia"
     {"flood-12": 2, "flood": 1}),
    ("indonesian", "BI tegaskan tetap di pasar jaga nilai tukar sesuai fundamental desember 2021",  # rupiah-4: "Desember
     # 2021", "BI menegaskan akan terus berada di pasar ... sesuai fundamentalnya"; rupiah-2 and rupiah-3 say the same
     # for other months
     {"rupiah-4": 2, "rupiah": 1}),
    ("indonesian", "berapa mitra deradikalisasi yang didampingi BNPT di palu",  # derad-3: "24 mitra deradikalisasi di
     # Sulawesi Tengah menerima pendampingan dari BNPT di Palu"
     {"derad-3": 2, "derad": 1}),
    ("indonesian", "modus pengumpulan dana teror lewat donasi daring dan lembaga amal tak terdaftar",  # financing-2:
     # "Modus penghimpunan dana antara lain lewat donasi daring dan lembaga amal yang tidak terdaftar"
     {"financing-2": 2, "financing": 1}),
    ("indonesian", "berapa entitas pinjol ilegal yang dihentikan satgas juli 2022",  # pinjol-4: "menghentikan 151
     # entitas pinjaman online ilegal ... pada Juli 2022"
     {"pinjol-4": 2, "pinjol": 1}),
    ("indonesian", "sosialisasi cegah radikalisme mahasiswa universitas hasanuddin di ambon",  # campus-8: "Universitas
     # Hasanuddin, Ambon"; campus-4 (Ambon) is Universitas Gadjah Mada, campus-3 and campus-7 (Hasanuddin) are elsewhere
     {"campus-8": 2, "campus": 1}),
    # -- English --------------------------------------------------------------------------------------------------
    ("english", "which disaster agency handled the Marapi evacuation in July 2022",  # volcano-9: "July 26, 2022", "the
     # Agam disaster agency evacuated 840 residents"
     {"volcano-9": 2, "volcano": 1}),
    ("english", "QR payments with Japan settled in local currency instead of US dollars",  # qris-5: "Transactions
     # settle in local currencies, reducing dependence on the US dollar"
     {"qris-5": 2, "qris": 1}),
    ("english", "how strong was the Bandar Lampung quake and was there a tsunami threat",  # quake-9: "magnitude 5.9",
     # "did not have the potential to trigger a tsunami"
     {"quake-9": 2, "quake": 1}),
    ("english", "Indonesia and Vietnam deepen trade and investment cooperation December 2023",  # bilateral-1:
     # "Vietnam in Jakarta on December 12, 2023", "cooperation in trade and investment"
     {"bilateral-1": 2, "bilateral": 1}),
    ("english", "Indonesia and Malaysia agree to tighten border security against terrorism",  # coop-1, coop-3, coop-5:
     # "workshop with Malaysia", "tighten border security"; coop-4 and coop-6 (border) are the Philippines and the EU
     {"coop-1": 2, "coop-3": 2, "coop-5": 2, "coop": 1}),
    ("english", "deposit and lending facility rates at the March 2023 board meeting",  # birate-11: "March 1-2, 2023",
     # "Deposit Facility at 5.25 percent and the Lending Facility at 6.75 percent"
     {"birate-11": 2, "birate": 1}),
    ("english", "nickel shipments to China, the US and India in September 2024",  # trade-1: "September 2024", "Nickel
     # led non-oil and gas exports, mainly to China, the United States and India"
     {"trade-1": 2, "trade": 1}),
    ("english", "explosives weapons and documents seized in Balikpapan",  # arrest-7: "Balikpapan", "Investigators seized
     # explosives, weapons and documents"
     {"arrest-7": 2, "arrest": 1}),
    ("english", "palm oil and rubber prices lift farmers' terms of trade in March 2025",  # ntp-3: "March 2025", "driven
     # by palm oil and rubber prices"
     {"ntp-3": 2, "ntp": 1}),
    ("english", "Indonesian foreign minister meets Japanese counterpart January 2021",  # bilateral-7: "the Foreign
     # Minister of Japan in Jakarta on January 12, 2021"
     {"bilateral-7": 2, "bilateral": 1}),
    ("english", "Medan campus dialogue on how radicals recruit through closed study circles",  # campus-1 (Medan):
     # "through social media and closed study circles"; campus-6 (Medan): "melalui media sosial dan kajian tertutup"
     {"campus-1": 2, "campus-6": 2, "campus": 1}),
    ("english", "embassy hotline and shelter for Indonesians in Iran",  # citizens-5: "Iran", "the embassy opened a
     # hotline and a shelter"
     {"citizens-5": 2, "citizens": 1}),
    ("english", "food, medicine and tents delivered to Port Vila",  # aid-1: "food, medicine and tents, to people in Port
     # Vila, Vanuatu"
     {"aid-1": 2, "aid": 1}),
    ("english", "Bank Indonesia keeps rate at 4.75 percent in April 2022",  # birate-5: "April 8-9, 2022, decided to hold
     # the BI-Rate at 4.75 percent"; birate-3 (April 2022) is a hike to 6.50
     {"birate-5": 2, "birate": 1}),
    ("english", "eleven suspected militants detained in Medan",  # arrest-5: "detained 11 people ... in raids in Medan"
     {"arrest-5": 2, "arrest": 1}),
    # -- cross-lingual: English queries for Indonesian-only releases, Indonesian for English-only ones -------------
    ("crosslang", "how many villages in Central Sulawesi ran short of water in October 2023",  # drought-2: "kekeringan
     # di 26 desa di Sulawesi Tengah", "sejak Oktober 2023"
     {"drought-2": 2, "drought": 1}),
    ("crosslang", "cold lava flood warning around Mount Ruang 8 km radius",  # volcano-2: "radius bahaya 8 kilometer",
     # "mewaspadai banjir lahar hujan"; volcano-8 (Ruang) has 7 km
     {"volcano-2": 2, "volcano": 1}),
    ("crosslang", "28 aftershocks after the Tangerang quake",  # quake-2: "Tangerang, Banten", "28 gempa susulan";
     # quake-1 (28 aftershocks) is Serang
     {"quake-2": 2, "quake": 1}),
    ("crosslang", "haze disrupts flights as 2,300 hectares burn in Riau",  # fire-6: "Riau", "luas lahan terbakar
     # mencapai 2.300 hektare", "Kabut asap mulai mengganggu penerbangan"; fire-3, fire-7 (2,300) are South Sumatra
     {"fire-6": 2, "fire": 1}),
    ("crosslang", "Indonesian and Brazilian ministers also discussed Myanmar and Palestine",  # bilateral-4: "Brasil",
     # "Kedua menteri juga membahas isu kawasan, termasuk situasi di Myanmar dan Palestina"; bilateral-2 (Brazil) does not
     {"bilateral-4": 2, "bilateral": 1}),
    ("crosslang", "why did Bank Indonesia keep its rate unchanged in March 2022",  # birate-10: "BI-Rate tetap di 5,75
     # persen dalam RDG Maret 2022", "ditempuh untuk memperkuat stabilisasi rupiah"
     {"birate-10": 2, "birate": 1}),
    ("crosslang", "cross-border QRIS with Singapore under the payment system blueprint for small businesses",  # qris-2:
     # "Blueprint Sistem Pembayaran Indonesia 2025 untuk mendorong digitalisasi UMKM"
     {"qris-2": 2, "qris": 1}),
    ("crosslang", "foreign minister stresses solidarity with the people of Myanmar",  # aid-8: "Menlu menegaskan
     # solidaritas Indonesia terhadap rakyat Myanmar"
     {"aid-8": 2, "aid": 1}),
    ("crosslang", "police urge calm after seven terror suspects arrested in Maluku",  # arrest-6: "7 terduga teroris di
     # Ambon, Maluku", "Polri mengimbau masyarakat tetap tenang"
     {"arrest-6": 2, "arrest": 1}),
    ("crosslang", "Universitas Mataram students at a dialogue held in Sentani",  # campus-2: "1200 mahasiswa Universitas
     # Mataram di Sentani"
     {"campus-2": 2, "campus": 1}),
    ("crosslang", "South Sulawesi deradicalisation of 80 ex-convicts centred in Makassar with local government",  # derad-4:
     # "80 mantan narapidana terorisme di Sulawesi Selatan. Kegiatan dipusatkan di Makassar bersama pemerintah daerah"
     {"derad-4": 2, "derad": 1}),
    ("crosslang", "workshops and food stalls for former terrorism convicts in Lampung",  # derad-2: "Lampung", "bantuan
     # sarana usaha seperti bengkel dan warung makan"; derad-6, derad-8 (same phrase) are Poso and Malang
     {"derad-2": 2, "derad": 1}),
    ("crosslang", "boreholes and rainwater storage for drought-hit villages in West Nusa Tenggara",  # drought-4: "Nusa
     # Tenggara Barat", "menyiapkan sumur bor dan penampungan air hujan"; drought-1 (same phrase) is Central Java
     {"drought-4": 2, "drought": 1}),
    ("crosslang", "airfares second biggest contributor to February 2025 inflation",  # inflation-10: "Februari 2025",
     # "kenaikan harga bensin, diikuti tarif angkutan udara"
     {"inflation-10": 2, "inflation": 1}),
    ("crosslang", "search halted by rain at the Bima landslide",  # landslide-2: "Longsor terjadi di Bima",
     # "Pencarian sempat dihentikan karena hujan"
     {"landslide-2": 2, "landslide": 1}),
    ("crosslang", "hotel occupancy rose as foreign arrivals hit 853,000 in November 2024",  # tourists-4: "853.000
     # kunjungan wisman pada November 2024", "Tingkat penghunian kamar hotel berbintang juga meningkat"
     {"tourists-4": 2, "tourists": 1}),
    ("crosslang", "coal leads exports in February 2023",  # trade-6: "Februari 2023", "komoditas batu bara"
     {"trade-6": 2, "trade": 1}),
    ("crosslang", "which sectors employed the most workers in February 2025",  # unemp-6: "Sakernas Februari 2025",
     # "Penduduk bekerja terbanyak berada di sektor pertanian, perdagangan, dan industri pengolahan"; unemp-1 is 2021
     {"unemp-6": 2, "unemp": 1}),
    ("crosslang", "gempa bima 45 kali gempa susulan",  # quake-5 (English only): "Bima, West Nusa Tenggara",
     # "45 aftershocks were recorded"
     {"quake-5": 2, "quake": 1}),
    ("crosslang", "pembayaran QRIS di jepang kurangi ketergantungan dolar AS",  # qris-5 (English only): "with Japan",
     # "reducing dependence on the US dollar"
     {"qris-5": 2, "qris": 1}),
    ("crosslang", "tarif angkutan udara ikut dorong inflasi maret 2024",  # inflation-5 (English only): "March
     # 2024", "followed by airfares"; inflation-3 (airfares, March) is 2022
     {"inflation-5": 2, "inflation": 1}),
    ("crosslang", "1200 mahasiswa makassar ikut sosialisasi BNPT cegah intoleransi",  # campus-5 (English only): "1200
     # students attended a BNPT session in Makassar on preventing radicalism and intolerance"
     {"campus-5": 2, "campus": 1}),
    ("crosslang", "berapa surplus neraca dagang mei 2025",  # trade-5 (English only): "trade surplus of USD 2.39
     # billion in May 2025"
     {"trade-5": 2, "trade": 1}),
    ("crosslang", "latihan tsunami di sulawesi selatan diikuti 500 orang",  # drill-5 (English only): "South Sulawesi",
     # "tsunami evacuation drill with 500 residents"
     {"drill-5": 2, "drill": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "pengerahan personel SAR ke longsor palu",  # dikerahkan (landslide-4: "480 personel dikerahkan")
     {"landslide-4": 2, "landslide": 1}),
    ("morphology", "penghematan air saat kemarau panjang",  # menghemat (drought-2, drought-3), save water (drought-1,
     # drought-3, drought-5 English)
     {"drought-1": 2, "drought-2": 2, "drought-3": 2, "drought-5": 2, "drought": 1}),
    ("morphology", "penyiapan tempat evakuasi sementara dalam simulasi banjir",  # "kesiapan tempat evakuasi sementara"
     # (drill-1, drill-2), "temporary shelters" (drill-1, drill-3 English); drill-4 to drill-6 are tsunami or quake drills
     {"drill-1": 2, "drill-2": 2, "drill-3": 2, "drill": 1}),
    ("morphology", "penemuan buku panduan bom di rumah tersangka teroris",  # menemukan ... buku panduan pembuatan bom
     # (arrest-1, -4, -8, -11), bomb-making manuals were found (arrest-3, arrest-9 English)
     {"arrest-1": 2, "arrest-3": 2, "arrest-4": 2, "arrest-8": 2, "arrest-9": 2, "arrest-11": 2, "arrest": 1}),
    ("morphology", "pemantauan harga pangan oleh BPS dan pemda untuk jaga daya beli",  # memantau harga pangan: the
     # Indonesian inflation releases; inflation-5, inflation-9 (English only) do not say it
     {"inflation-1": 2, "inflation-2": 2, "inflation-3": 2, "inflation-4": 2, "inflation-6": 2, "inflation-7": 2,
      "inflation-8": 2, "inflation-10": 2, "inflation-11": 2, "inflation-12": 2, "inflation-13": 2, "inflation": 1}),
    ("morphology", "pemblokiran 95 rekening pendanaan teror", {"financing-2": 2, "financing": 1}),  # diblokir
    ("morphology", "pemblokiran 812 pinjol ilegal",  # memblokir 812 pinjol ilegal (pinjol-3, pinjol-6)
     {"pinjol-3": 2, "pinjol-6": 2, "pinjol": 1}),
    ("morphology", "penawaran kerja ke luar negeri tanpa prosedur resmi jadi jebakan online scam",  # "tidak tergiur
     # tawaran kerja ke luar negeri tanpa prosedur resmi" (scam-2, -3, -4, -6)
     {"scam-2": 2, "scam-3": 2, "scam-4": 2, "scam-6": 2, "scam": 1}),
    ("morphology", "mantan napiter berikrar setia kepada NKRI",  # menyatakan ikrar setia; pledged loyalty (derad-1, -2,
     # -3, -5, -7, -8, -9); derad-4 and derad-6 do not say it
     {"derad-1": 2, "derad-2": 2, "derad-3": 2, "derad-5": 2, "derad-7": 2, "derad-8": 2, "derad-9": 2, "derad": 1}),
    ("morphology", "rescuers searching for people buried by landslides", {"landslide": 2}),  # search, Pencarian
    ("morphology", "flooding in Poso August 2023", {"flood-9": 2, "flood": 1}),  # Floods (flood-9: "August 3, 2023")
    ("morphology", "Semeru erupting again in July 2023", {"volcano-1": 2, "volcano": 1}),  # erupted, erupsi
    ("morphology", "depreciation of the rupiah against the dollar", {"rupiah": 2}),  # depreciated, melemah
    ("morphology", "memperkuat sentralitas ASEAN",  # penguatan sentralitas ASEAN (asean-4), strengthening ASEAN
     # centrality (asean-1, asean-3, asean-5 English)
     {"asean-1": 2, "asean-3": 2, "asean-4": 2, "asean-5": 2, "asean": 1}),
    ("morphology", "kenaikan BI-Rate tahun 2022",  # naik (birate-2: November 2022, birate-3: April 2022, birate-4:
     # February 2022), raise (birate-3 English)
     {"birate-2": 2, "birate-3": 2, "birate-4": 2, "birate": 1}),
    # -- acronyms and abbreviations ---------------------------------------------------------------------------------
    ("acronym", "banjir sumut 2.300 rumah terendam", {"flood-10": 2, "flood": 1}),  # Sumatera Utara: flood-10 (Medan)
    ("acronym", "JAD klaten jateng", {"arrest-9": 2, "arrest": 1}),  # Jamaah Ansharut Daulah, Jawa Tengah (Klaten)
    ("acronym", "JAD jayapura", {"arrest-3": 2, "arrest": 1}),  # arrest-2, arrest-4 (Jayapura) are MIT
    ("acronym", "PVMBG naikkan status lewotobi",  # Pusat Vulkanologi dan Mitigasi Bencana Geologi / volcanology agency
     # raised the status: volcano-3 (both), volcano-7 (English)
     {"volcano-3": 2, "volcano-7": 2, "volcano": 1}),
    ("acronym", "BMKG prakiraan hujan baru turun akhir tahun",  # "BMKG memperkirakan hujan baru turun pada akhir tahun"
     # (drought-2, drought-3), "BMKG expects rain only at the end of the year" (drought-1, -3, -5)
     {"drought-1": 2, "drought-2": 2, "drought-3": 2, "drought-5": 2, "drought": 1}),
    ("acronym", "kalteng siaga darurat karhutla",  # Kalimantan Tengah: fire-1 "Kalimantan Tengah Tetapkan Status Siaga
     # Darurat Karhutla"; fire-5 "Central Kalimantan Declares Forest Fire Emergency"
     {"fire-1": 2, "fire-5": 2, "fire": 1}),
    ("acronym", "Basarnas 150 personel longsor", {"landslide-2": 2, "landslide-3": 2, "landslide": 1}),
    ("acronym", "LPSK bayar kompensasi Rp8,2 miliar", {"victims-5": 2, "victims": 1}),  # "LPSK, paid compensation of
    # Rp8.2 billion"
    ("acronym", "BI-Rate DF LF februari 2025",  # Deposit Facility, Lending Facility: birate-7
     {"birate-7": 2, "birate": 1}),
    ("acronym", "inflasi yoy agustus 2021", {"inflation-8": 2, "inflation": 1}),  # "Inflasi Agustus 2021 ... (yoy)"
    ("acronym", "PDB Q4 2025", {"growth-6": 2, "growth": 1}),  # Produk Domestik Bruto, triwulan IV 2025
    ("acronym", "gempa sumut kedalaman 23 km", {"quake-3": 2, "quake": 1}),  # Sumatera Utara: quake-3 (Medan, 23 km);
    # quake-6 and quake-8 (23 km) are Ambon and Bogor
    ("acronym", "BI beli SBN untuk stabilkan rupiah",  # "pembelian SBN di pasar sekunder" (rupiah-1), "secondary
     # government bond markets" (rupiah-3, rupiah-5 English)
     {"rupiah-1": 2, "rupiah-3": 2, "rupiah-5": 2, "rupiah": 1}),
    ("acronym", "banjir sulsel agustus 2021 korban meninggal", {"flood-13": 2, "flood": 1}),  # Sulawesi Selatan: flood-13
    # (Makassar, "sejak 20 Agustus 2021", "7 orang")
    ("acronym", "BPBD lumajang semeru", {"volcano-1": 2, "volcano": 1}),  # "BNPB dan BPBD Lumajang"
    ("acronym", "NTP okt 2021", {"ntp-1": 2, "ntp": 1}),  # Nilai Tukar Petani, Oktober 2021
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "erupsi gunung lewotbi", {"volcano-3": 2, "volcano-7": 2, "volcano": 1}),
    ("typo", "banjir bandng januari 2025", {"flood-11": 2, "flood": 1}),
    ("typo", "gempa bandar lampnug", {"quake-9": 2, "quake": 1}),
    ("typo", "pinjaman onlin ilegal april 2025", {"pinjol-2": 2, "pinjol": 1}),
    ("typo", "deradicalisation partners in bimma", {"derad-7": 2, "derad-9": 2, "derad": 1}),
    ("typo", "cadangn devisa oktbr 2021", {"reserves-1": 2, "reserves": 1}),
    ("typo", "foreign tourist arivals october 2024", {"tourists-1": 2, "tourists": 1}),
    ("typo", "penduduk miksin desember 2023", {"poverty-1": 2, "poverty-2": 2, "poverty": 1}),
    ("typo", "QRIS singpura", {"qris-2": 2, "qris-3": 2, "qris": 1}),
    ("typo", "survivers of terror attacks compensation", {"victims": 2}),
    ("typo", "karhutla kalimantan barrat", {"fire-4": 2, "fire": 1}),
    ("typo", "longsor samarnda", {"landslide-7": 2, "landslide": 1}),
    ("typo", "terduga teroris ditangkap di matarm", {"arrest-8": 2, "arrest": 1}),
    ("typo", "inflasi ferbruari 2023", {"inflation-2": 2, "inflation-4": 2, "inflation": 1}),
    ("typo", "bantuan kemanusiaan ke heratt", {"aid-7": 2, "aid": 1}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "Rp1.2 billion terror funds frozen", {"financing-4": 2, "financing-5": 2, "financing": 1}),
    ("number", "1.250 unggahan propaganda teror dan ujaran kebencian", {"online-1": 2, "online": 1}),  # "1.250
    # unggahan yang menyebarkan propaganda teror dan ujaran kebencian"
    ("number", "ekspor 19,6 miliar dolar juni 2021", {"trade-2": 2, "trade": 1}),
    ("number", "mtm inflation 0.52 percent March 2024", {"inflation-5": 2, "inflation": 1}),  # inflation-7 (0.52) is
    # April 2021
    ("number", "6 km exclusion zone volcano",  # volcano-1, volcano-3 ("6 km"), volcano-4 ("6 kilometer")
     {"volcano-1": 2, "volcano-3": 2, "volcano-4": 2, "volcano": 1}),
    ("number", "gempa M5,2 kedalaman 35 km", {"quake-7": 2, "quake": 1}),  # quake-7: "M5,2", "kedalaman 35 km"; quake-5
    # (35 km) is M6.1
    ("number", "lending facility 7.25 percent", {"birate-3": 2, "birate": 1}),
    ("number", "kemiskinan 9,36 persen", {"poverty-4": 2, "poverty": 1}),
    ("number", "1.020.000 kunjungan wisman", {"tourists-3": 2, "tourists": 1}),
    ("number", "reserves cover 5.9 months of imports and external debt", {"reserves-3": 2, "reserves": 1}),
    ("number", "cadev 139,4 miliar dolar", {"reserves-1": 2, "reserves-6": 2, "reserves": 1}),  # cadangan devisa
    ("number", "7,20 juta penganggur", {"unemp-3": 2, "unemp": 1}),  # "sekitar 7,20 juta orang"
    ("number", "89 WNI korban online scam", {"scam-1": 2, "scam-2": 2, "scam": 1}),
    ("number", "112 mitra deradikalisasi", {"derad-2": 2, "derad": 1}),
    ("number", "nilai tukar petani 104.30 oktober", {"ntp-5": 2, "ntp": 1}),  # "stood at 104.30 in October 2024"
]

def main() -> None:
    write_queries(QUERIES, OUT, "j")


if __name__ == "__main__":
    main()
