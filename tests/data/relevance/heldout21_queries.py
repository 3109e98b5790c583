"""The twenty-first held-out judgments (v21): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 9, fifth set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to twentieth (``heldout2_queries.py`` ... ``heldout20_queries.py``) were each written for one
measurement, after which they no longer count as unseen. This set is a further measure of record: it must be
measured once, never tuned on.

How: written on 2026-12-05 (session 9, the fifth set of that session) by a helper session, under the same strict
blindness rules as the earlier sets: no search, ranking, benchmark or test of the search system was run, Meilisearch
was not started, and neither the ranking code (its glossary, abbreviation list, coverage, stemming or spelling
code), the benchmarks, the relevance test, the search unit tests, the README or docs sections about relevance and
search, nor any result or measurement was read, nor any commit message or diff about relevance or search. The only
files read were the corpus (``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets
(``queries.jsonl``, ``tuning_queries.*``, ``heldout_queries.*`` ... ``heldout20_queries.*``), the latter only for
their conventions and to avoid repeating them. The set written in parallel (v22) was not used; one line of its jsonl
was shown once by a grep whose file pattern matched it by accident, and the candidate query it resembled was dropped.
Every judgment comes from the corpus text (title and body of the releases, checked by pattern search over the corpus
file; the phrase behind a non-obvious grade-2 claim is in a comment). No query equals or trivially rewords one in the
earlier sets up to ``heldout20`` (checked by a script listing, for every query here including late replacements,
earlier queries sharing most of its words, read by hand). The corpus has been asked about more than two thousand
times, so most queries here touch an event an earlier set asked about; they then ask for another fact of it (a
figure, a date, a detail from the middle or end of the text), combine facts no earlier query combined, or use
another form (acronym, abbreviation, typo, affix, other language, a question in an analyst's own words).

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py``, ``heldout9_queries.py`` and
``heldout10_queries.py`` (their docstrings): grade 2 = the release answers the query (every constraint), 1 = same
subject but a constraint differs; both language versions of an event get the same grade; keys are a topic, an event,
``re:REGEX`` or ``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither
language version of the event does not earn grade 2, nor does a date that is only in ``published_at``; judgments on
a detail of the text are written as explicit event keys, so that both language versions get the grade even when only
one states it (e.g. ``online-1``: only the Indonesian release names hate speech). A few number queries name only a
date, and their grade-2 releases may be of different topics (``17 agustus 2022``: the Ruang eruption and the
Germany meeting).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for six of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the
stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus
never writes: pemda, EU, JAD, Unram, Unhas, UGM, TW; and abbreviations the releases use, in analyst queries: KTT,
PBB, TNI, Polri, Sakernas, IHK, NTP, RI, KBRI, SAR), ``typo``, ``number``. Ids are ``l001`` ...

    .venv/bin/python tests/data/relevance/heldout21_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout21_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "kabut asap ganggu penerbangan karhutla kalimantan barat",  # fire-4: "Kalimantan Barat", "Kabut asap
     # mulai mengganggu penerbangan"
     {"fire-4": 2, "fire": 1}),
    ("indonesian", "kemiskinan di desa lebih tinggi dari kota oktober 2024",  # poverty-3: "Oktober 2024", "Kemiskinan di
     # perdesaan masih lebih tinggi dibanding perkotaan"; poverty-5 (English only): "October 2024", "rural poverty
     # remains higher than urban poverty"
     {"poverty-3": 2, "poverty-5": 2, "poverty": 1}),
    ("indonesian", "gempa tangerang oktober 2024 apakah berpotensi tsunami",  # quake-2: "Tangerang, Banten, pada 2
     # Oktober 2024", "BMKG memastikan gempa tidak berpotensi tsunami"
     {"quake-2": 2, "quake": 1}),
    ("indonesian", "berapa warga dievakuasi saat gunung ruang erupsi agustus 2022",  # volcano-2: "17 Agustus 2022",
     # "mengevakuasi 1.530 warga"; volcano-8 (Ruang) is June 2023
     {"volcano-2": 2, "volcano": 1}),
    ("indonesian", "bantuan modal usaha untuk mitra deradikalisasi di bima",  # derad-7: "di Bima", "bantuan modal usaha";
     # derad-7, derad-9 (Bima, English only): "small business grants"
     {"derad-7": 2, "derad-9": 2, "derad": 1}),
    ("indonesian", "pertukaran informasi dan pelatihan aparat bersama uni eropa",  # coop-6: "mitra dari Uni Eropa",
     # "termasuk pertukaran informasi dan pelatihan aparat"
     {"coop-6": 2, "coop": 1}),
    ("indonesian", "evakuasi lansia dan anak-anak saat banjir ambon juli 2023",  # flood-6: "sejak 20 Juli 2023", "Ambon",
     # "mengevakuasi warga lanjut usia dan anak-anak"; flood-8 (Ambon) is January 2024
     {"flood-6": 2, "flood": 1}),
    ("indonesian", "hingga hari ketiga berapa korban longsor bima ditemukan",  # landslide-2: "Longsor terjadi di Bima",
     # "Hingga hari ketiga, 2 korban ditemukan"
     {"landslide-2": 2, "landslide": 1}),
    ("indonesian", "BPS pantau harga pangan jaga daya beli inflasi februari 2025",  # inflation-10: "Februari 2025", "BPS
     # bersama pemerintah daerah memantau harga pangan untuk menjaga daya beli"
     {"inflation-10": 2, "inflation": 1}),
    ("indonesian", "kunjungan kenegaraan indonesia jerman juni 2024 nota kesepahaman",  # bilateral-3: "Indonesia dan
     # Jerman menandatangani 2 nota kesepahaman ... dalam kunjungan kenegaraan pada Juni 2024"
     {"bilateral-3": 2, "bilateral": 1}),
    ("indonesian", "kemlu ingatkan jangan tergiur tawaran kerja luar negeri kasus laos",  # scam-6: "di Laos", "Kemlu
     # mengingatkan masyarakat agar tidak tergiur tawaran kerja ke luar negeri"
     {"scam-6": 2, "scam": 1}),
    ("indonesian", "warga diimbau tidak terpancing isu usai gempa bogor",  # quake-8: "wilayah Bogor", "Warga diimbau
     # tidak terpancing isu"
     {"quake-8": 2, "quake": 1}),
    ("indonesian", "masyarakat dilarang beraktivitas dalam radius 5 km dari merapi",  # volcano-6: "Gunung Merapi",
     # "masyarakat dilarang beraktivitas dalam radius 5 km"
     {"volcano-6": 2, "volcano": 1}),
    ("indonesian", "BNPT gandeng universitas hasanuddin di bima cegah paham radikal",  # campus-7: "Pencegahan Paham
     # Radikal di Lingkungan Kampus, BNPT Gandeng Universitas Hasanuddin", "Universitas Hasanuddin, Bima"
     {"campus-7": 2, "campus": 1}),
    ("indonesian", "penyebab rupiah melemah juni 2023",  # rupiah-1: "melemah 0,4 persen ... pada Juni 2023 akibat
     # penguatan dolar global"
     {"rupiah-1": 2, "rupiah": 1}),
    # -- English --------------------------------------------------------------------------------------------------
    ("english", "clean water trucked to Central Java villages since November 2022",  # drought-1: "52 villages in
     # Central Java ... trucked in since November 2022"
     {"drought-1": 2, "drought": 1}),
    ("english", "charity boxes and sham foundations behind 63 frozen accounts",  # financing-3: "froze 63 bank
     # accounts", "raised through charity boxes, sham foundations"
     {"financing-3": 2, "financing": 1}),
    ("english", "Bank Indonesia intervention in DNDF and bond markets October 2022",  # rupiah-3: "October 2022",
     # "intervened in the spot, DNDF and secondary government bond markets"
     {"rupiah-3": 2, "rupiah": 1}),
    ("english", "JAD suspects in Klaten homemade explosives and bomb-making manuals",  # arrest-9: "Klaten", "Jamaah
     # Ansharut Daulah", "Homemade explosives and bomb-making manuals were found"
     {"arrest-9": 2, "arrest": 1}),
    ("english", "rector pledges closer oversight of student organisations after Medan dialogue",  # campus-1 (Medan):
     # "The rector ... pledged closer oversight of student organisations"; campus-6 (Medan): "Rektor ... berkomitmen
     # memperkuat pengawasan organisasi kemahasiswaan"
     {"campus-1": 2, "campus-6": 2, "campus": 1}),
    ("english", "cyber patrol posts spreading hate speech 2022",  # online-1: "Sepanjang 2022, patroli siber BNPT
     # menemukan 1.250 unggahan yang menyebarkan propaganda teror dan ujaran kebencian"
     {"online-1": 2, "online": 1}),
    ("english", "check lender licence on the OJK website before borrowing",  # "check whether a lender is licensed on
     # OJK's website before borrowing" (pinjol-1, -3, -5, -7); pinjol-6: "memeriksa legalitas penyelenggara di situs OJK"
     {"pinjol-1": 2, "pinjol-3": 2, "pinjol-5": 2, "pinjol-6": 2, "pinjol-7": 2, "pinjol": 1}),
    ("english", "reserves above the international adequacy standard of three months of imports",  # "above the
     # international adequacy standard" (reserves-1, -3, -5); reserves-4: "di atas standar kecukupan internasional"
     {"reserves-1": 2, "reserves-3": 2, "reserves-4": 2, "reserves-5": 2, "reserves": 1}),
    ("english", "gasoline first, airfares second: November 2021 inflation",  # inflation-13: "November 2021", "Higher
     # gasoline prices were the main contributor, followed by airfares"
     {"inflation-13": 2, "inflation": 1}),
    ("english", "foreign minister says protecting citizens abroad is a priority, Myanmar February 2021",  # citizens-3:
     # "Myanmar ... in February 2021", "protecting citizens abroad is a priority"; citizens-4 (Myanmar) is May 2021
     {"citizens-3": 2, "citizens": 1}),
    ("english", "Mount Semeru ash column thousands of metres July 2023",  # volcano-1: "July 14, 2023, sending an ash
     # column thousands of metres above the summit"
     {"volcano-1": 2, "volcano": 1}),
    ("english", "household consumption and investment drove 5.11 percent growth Q2 2024",  # growth-7: "5.11 percent
     # ... second quarter of 2024", "Household consumption and investment were the main drivers"
     {"growth-7": 2, "growth": 1}),
    ("english", "BMKG expects rain only at year end Mataram drought",  # drought-3: "BPBD Mataram", "BMKG expects rain
     # only at the end of the year"
     {"drought-3": 2, "drought": 1}),
    ("english", "students and volunteers join Serang flood evacuation drill",  # drill-3: "flood evacuation drill with
     # 500 residents, students and volunteers in Serang"
     {"drill-3": 2, "drill": 1}),
    ("english", "Indonesia Japan foreign ministers also discussed Myanmar and Palestine",  # bilateral-7: "Foreign
     # Minister of Japan", "They also discussed regional issues, including Myanmar and Palestine"
     {"bilateral-7": 2, "bilateral": 1}),
    # -- cross-lingual: English queries for Indonesian-only releases, Indonesian for English-only ones -------------
    ("crosslang", "JI suspects arrested in Ambon, explosives and sharp weapons seized",  # arrest-6: "Ambon", "jaringan
     # Jamaah Islamiyah", "menyita bahan peledak, senjata tajam"
     {"arrest-6": 2, "arrest": 1}),
    ("crosslang", "6,020 pieces of terrorist content blocked in 2024",  # online-2: "menurunkan 6.020 konten ...
     # sepanjang tahun 2024", title "Ribuan Konten Bermuatan Terorisme Diblokir"
     {"online-2": 2, "online": 1}),
    ("crosslang", "disaster awareness culture flood drill Ambon",  # drill-2: "simulasi evakuasi bencana banjir ... di
     # Ambon", "budaya sadar bencana harus dibangun sejak dini"
     {"drill-2": 2, "drill": 1}),
    ("crosslang", "Lampung ex-convicts reintegration needs community acceptance",  # derad-2: "Lampung", "reintegrasi
     # sosial membutuhkan penerimaan masyarakat"
     {"derad-2": 2, "derad": 1}),
    ("crosslang", "police ask the public to stay calm after MIT arrests in Jayapura",  # arrest-2: "jaringan Mujahidin
     # Indonesia Timur ... di Jayapura", "Polri mengimbau masyarakat tetap tenang"; arrest-4 (Jayapura, MIT) does not
     {"arrest-2": 2, "arrest": 1}),
    ("crosslang", "Hasanuddin University anti-radicalism session in Ambon",  # campus-8: "sosialisasi pencegahan
     # radikalisme ... di Universitas Hasanuddin, Ambon"; campus-4 (Ambon) is Gadjah Mada
     {"campus-8": 2, "campus": 1}),
    ("crosslang", "Solo flood January 2024 public kitchens and health posts",  # flood-4: "sejak 8 Januari 2024",
     # "Solo", "mendirikan dapur umum dan posko kesehatan"
     {"flood-4": 2, "flood": 1}),
    ("crosslang", "M5.6 tectonic quake shakes Ambon June 2023",  # quake-6: "Gempa tektonik berkekuatan M5,6
     # mengguncang wilayah Ambon pada 8 Juni 2023"
     {"quake-6": 2, "quake": 1}),
    ("crosslang", "Palu landslide six dead 480 personnel",  # landslide-4: "Palu", "Sebanyak 480 personel dikerahkan; 6
     # korban berhasil dievakuasi dalam keadaan meninggal"
     {"landslide-4": 2, "landslide": 1}),
    ("crosslang", "rupiah at 16,240 as Bank Indonesia pledges to stay in the market",  # rupiah-2, rupiah-4:
     # "Rp16.240", "BI menegaskan akan terus berada di pasar"
     {"rupiah-2": 2, "rupiah-4": 2, "rupiah": 1}),
    ("crosslang", "Satgas PASTI April 2025 151 illegal lenders 40 unlicensed investments",  # pinjol-2: "151 entitas
     # pinjaman online ilegal dan 40 penawaran investasi tanpa izin pada April 2025"
     {"pinjol-2": 2, "pinjol": 1}),
    ("crosslang", "OJK July 2022 illegal lending crackdown",  # pinjol-4: "Otoritas Jasa Keuangan (OJK) menghentikan
     # 151 entitas pinjaman online ilegal ... pada Juli 2022"
     {"pinjol-4": 2, "pinjol": 1}),
    ("crosslang", "reserves October 2022 government foreign loan withdrawals",  # reserves-6: "akhir Oktober 2022",
     # "penarikan pinjaman luar negeri pemerintah"; reserves-1 (same phrase) is October 2021
     {"reserves-6": 2, "reserves": 1}),
    ("crosslang", "gasoline drives February 2023 inflation 3.05 percent",  # inflation-2: "Februari 2023 naik 3,05
     # persen", "terutama bensin"
     {"inflation-2": 2, "inflation": 1}),
    ("crosslang", "Q1 2021 economic growth 4.87 percent",  # growth-2: "triwulan I 2021 tumbuh sebesar 4,87 persen";
     # growth-3 (4.87) is Q2 2023
     {"growth-2": 2, "growth": 1}),
    ("crosslang", "Ruang June 2023 Sitaro disaster agency 840 evacuated",  # volcano-8: "22 Juni 2023", "BPBD Sitaro
     # mengevakuasi 840 warga"
     {"volcano-8": 2, "volcano": 1}),
    ("crosslang", "Merapi February 2022 eruption 4,210 evacuated",  # volcano-6: "14 Februari 2022", "4.210 warga
     # diungsikan"; volcano-5 (Merapi, 4,210) is November 2022
     {"volcano-6": 2, "volcano": 1}),
    ("crosslang", "2,300 homes flooded in Medan March 2024",  # flood-10: "Medan ... sejak 27 Maret 2024. Sebanyak
     # 2.300 rumah terendam"
     {"flood-10": 2, "flood": 1}),
    ("crosslang", "kekeringan riau 14 desa november 2024",  # drought-5 (English only): "14 villages in Riau ... since
     # November 2024"
     {"drought-5": 2, "drought": 1}),
    ("crosslang", "rupiah 16.480 agustus 2021",  # rupiah-5 (English only): "Rp16,480 per US dollar in August 2021"
     {"rupiah-5": 2, "rupiah": 1}),
    ("crosslang", "pengangguran mei 2024 4,82 persen",  # unemp-5 (English only): "May 2024 was 4.82 percent"
     {"unemp-5": 2, "unemp": 1}),
    ("crosslang", "gempa bima 6,1 warga diminta jauhi bangunan rusak",  # quake-5 (English only): "magnitude 6.1 ...
     # Bima", "Residents were urged to stay away from damaged buildings"
     {"quake-5": 2, "quake": 1}),
    ("crosslang", "wisman tiongkok terbanyak lewat ngurah rai",  # tourists-5 (English only): "Visitors from China were
     # the largest group; most arrived through Bali's Ngurah Rai airport"; tourists-4 names no origin
     {"tourists-5": 2, "tourists": 1}),
    ("crosslang", "simulasi tsunami makassar 500 warga pelajar relawan",  # drill-5 (English only): "tsunami evacuation
     # drill with 500 residents, students and volunteers in Makassar"
     {"drill-5": 2, "drill": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "penguatan pengawasan organisasi kemahasiswaan",  # memperkuat pengawasan organisasi
     # kemahasiswaan; pledged closer oversight of student organisations (every campus release)
     {"campus": 2}),
    ("morphology", "deepening trade and investment ties with Vietnam",  # bilateral-1: agreed to deepen cooperation in
     # trade and investment (Vietnam); bilateral-9 (Vietnam) is the digital economy
     {"bilateral-1": 2, "bilateral": 1}),
    ("morphology", "bombing survivors compensated by the state",  # Compensation, compensation; bombings named in
     # victims-1, -2 (Kampung Melayu), -3 (Bali), -4 (Surabaya); victims-5 names no attack
     {"victims-1": 2, "victims-2": 2, "victims-3": 2, "victims-4": 2, "victims": 1}),
    ("morphology", "penyitaan bahan peledak di jayapura",  # menyita, Disita (arrest-2, arrest-3); arrest-4 (Jayapura)
     # only "menemukan bahan peledak"
     {"arrest-2": 2, "arrest-3": 2, "arrest": 1}),
    ("morphology", "pledging USD 1.5 million through UN agencies",  # pledged USD 1.5 million (aid-1, aid-7)
     {"aid-1": 2, "aid-7": 2, "aid": 1}),
    ("morphology", "displacement of residents by Medan floods",  # Residents Displaced (flood-1); flood-10 (Medan):
     # "12.450 warga mengungsi"
     {"flood-1": 2, "flood-10": 2, "flood": 1}),
    ("morphology", "kepulangan 143 WNI dari filipina", {"scam-3": 2, "scam": 1}),  # Dipulangkan
    ("morphology", "detentions of JAD militants in Jayapura",  # Detains, detained (arrest-3); arrest-10 (JAD) is Sentani
     {"arrest-3": 2, "arrest": 1}),
    ("morphology", "pengembangan penyidikan jaringan teroris",  # "penyidikan terus dikembangkan untuk mengungkap
     # jaringan mereka" / "the investigation continues to uncover the wider network"; arrest-2 and arrest-6 say neither
     {"arrest-1": 2, "arrest-3": 2, "arrest-4": 2, "arrest-5": 2, "arrest-7": 2, "arrest-8": 2, "arrest-9": 2,
      "arrest-10": 2, "arrest-11": 2, "arrest": 1}),
    ("morphology", "holding the policy rate steady at 6.00 percent",  # Holds, hold (birate-11); birate-7 (6.00) is a cut
     {"birate-11": 2, "birate": 1}),
    ("morphology", "discussions on food security between Indonesia and Germany",  # Discuss (bilateral-3, bilateral-5)
     {"bilateral-3": 2, "bilateral-5": 2, "bilateral": 1}),
    ("morphology", "rising hotspots in South Sumatra",  # Hotspots Rise (fire-3); fire-7: "Titik Panas Meningkat,
     # Sumatera Selatan"
     {"fire-3": 2, "fire-7": 2, "fire": 1}),
    ("morphology", "repatriating 220 Indonesians from the Philippines", {"scam-5": 2, "scam": 1}),  # Repatriated,
    # repatriated; scam-4 (220) is Cambodia
    ("morphology", "terendamnya 2.300 rumah di makassar", {"flood-7": 2, "flood": 1}),  # merendam; Inundate
    ("morphology", "pembukaan rumah singgah untuk WNI di ukraina",  # membuka hotline dan rumah singgah (citizens-2,
     # citizens-7); opened a hotline and a shelter (citizens-7)
     {"citizens-2": 2, "citizens-7": 2, "citizens": 1}),
    # -- acronyms and abbreviations ---------------------------------------------------------------------------------
    ("acronym", "pemda makassar program deradikalisasi",  # pemerintah daerah: derad-4 "Kegiatan dipusatkan di Makassar
     # bersama pemerintah daerah"
     {"derad-4": 2, "derad": 1}),
    ("acronym", "EU counterterrorism cooperation Bandung", {"coop-6": 2, "coop": 1}),  # Uni Eropa, Bandung
    ("acronym", "densus 88 JAD sentani", {"arrest-10": 2, "arrest": 1}),  # Jamaah Ansharut Daulah, Sentani
    ("acronym", "unram sentani", {"campus-2": 2, "campus": 1}),  # Universitas Mataram; campus-2 is held in Sentani
    ("acronym", "KTT ASEAN labuan bajo",  # asean-4: "Para pemimpin negara anggota ASEAN berkumpul di Labuan Bajo"
     {"asean-4": 2, "asean": 1}),
    ("acronym", "ekonomi TW I 2021", {"growth-2": 2, "growth": 1}),  # triwulan I 2021
    ("acronym", "UGM medan 1200 mahasiswa",  # campus-6: "1200 mahasiswa Universitas Gadjah Mada di Medan"; campus-1
     # (Gadjah Mada, Medan) has 450
     {"campus-6": 2, "campus": 1}),
    ("acronym", "hibah PBB rakhine",  # aid-5 (English only): "Rakhine", "pledged USD 1.0 million through United Nations
     # agencies"; aid-8 (Rakhine) names no grant
     {"aid-5": 2, "aid": 1}),
    ("acronym", "TNI Polri Manggala Agni kalteng",  # fire-1: "Kalimantan Tengah", "Satgas gabungan TNI, Polri, dan
     # Manggala Agni"; fire-2 (Kalimantan Tengah) names no ground task force
     {"fire-1": 2, "fire": 1}),
    ("acronym", "sakernas februari 2021",  # unemp-1: "February 2021 ... national labour force survey (Sakernas)";
     # unemp-6 (Sakernas) is February 2025
     {"unemp-1": 2, "unemp": 1}),
    ("acronym", "IHK desember 2024", {"inflation-12": 2, "inflation": 1}),  # "Indeks Harga Konsumen pada Desember 2024"
    ("acronym", "NTP perkebunan rakyat oktober 2021",  # ntp-1: "NTP ... Oktober 2021", "Subsektor tanaman perkebunan
     # rakyat mencatat kenaikan tertinggi"; ntp-5 (October) is 2024
     {"ntp-1": 2, "ntp": 1}),
    ("acronym", "menlu RI menlu jepang januari 2021",  # bilateral-7: "Menteri Luar Negeri RI ... Menteri Luar Negeri
     # Jepang di Jakarta pada 12 Januari 2021"
     {"bilateral-7": 2, "bilateral": 1}),
    ("acronym", "unhas bandar lampung 2500 mahasiswa",  # campus-3: "2500 mahasiswa ... Universitas Hasanuddin, Bandar
     # Lampung"
     {"campus-3": 2, "campus": 1}),
    ("acronym", "KBRI sudan 2021 hotline",  # citizens-1: "Sudan ... in September 2021", "the embassy opened a hotline";
     # citizens-8 (Sudan, KBRI hotline) is August 2023
     {"citizens-1": 2, "citizens": 1}),
    ("acronym", "SAR gabungan longsor pekanbaru april 2025",  # landslide-1: "Tim SAR Gabungan Cari 8 Korban Tanah
     # Longsor di Pekanbaru", "7 April 2025"; landslide-6 (Pekanbaru) is January 2025
     {"landslide-1": 2, "landslide": 1}),
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "pembinaan kewirausahan napiter malang", {"derad-8": 2, "derad": 1}),
    ("typo", "densus tangkap terduga teroris di sentanni", {"arrest-10": 2, "arrest": 1}),
    ("typo", "kunjungan wisman singapora", {"tourists-2": 2, "tourists": 1}),  # "Wisman asal Singapura mendominasi"
    ("typo", "deradicalization partners sentani papau", {"derad-5": 2, "derad": 1}),
    ("typo", "inflaton april 2024 red chilli", {"inflation-9": 2, "inflation": 1}),  # inflation-7 (red chili) is 2021
    ("typo", "hibah untuk palestna",  # grants: aid-3 (3,0 juta dolar AS), aid-6 (1,0), aid-9 (USD 2.0 million);
     # aid-2 (Gaza) names no grant
     {"aid-3": 2, "aid-6": 2, "aid-9": 2, "aid": 1}),
    ("typo", "earthquake in serang banteen", {"quake-1": 2, "quake": 1}),  # quake-2 (Banten) is Tangerang
    ("typo", "surplus neraca perdagngan juni 2021", {"trade-2": 2, "trade": 1}),
    ("typo", "open unemploymnet february 2021", {"unemp-1": 2, "unemp": 1}),
    ("typo", "satgas pasti desembr 2021", {"pinjol-7": 2, "pinjol": 1}),
    ("typo", "simulasi bajir medan", {"drill-1": 2, "drill": 1}),  # drill-6 (Medan) is an earthquake drill
    ("typo", "bantuan ke port villa", {"aid-1": 2, "aid": 1}),
    ("typo", "rupiah weakns to 14,850", {"rupiah-1": 2, "rupiah": 1}),
    ("typo", "banjir sentany", {"flood-2": 2, "flood": 1}),
    ("typo", "pertumbuhan ekonomi triwulan II 2024 5,17 persn",  # growth-4; growth-7 (Q2 2024) has 5,11
     {"growth-4": 2, "growth": 1}),
    # -- numbers: figures, dates --------------------------------------------------------------------------------------
    ("number", "BI-Rate 6,00 persen", {"birate-7": 2, "birate-11": 2, "birate": 1}),  # cut (Feb 2025), hold (Mar 2023)
    ("number", "lending facility 7,00 persen", {"birate-1": 2, "birate-8": 2, "birate": 1}),
    ("number", "status gunung naik 22 juni 2023",  # volcano-3 (Lewotobi, Level III), volcano-8 (Ruang, Level IV):
     # "menaikkan status ... pada 22 Juni 2023"
     {"volcano-3": 2, "volcano-8": 2, "volcano": 1}),
    ("number", "4.100 rumah terendam 0 korban meninggal",  # flood-2 (Sentani), flood-6 (Ambon): 4.100 rumah, "0 orang
     # meninggal"; flood-5 (4,100 homes) has 7 deaths
     {"flood-2": 2, "flood-6": 2, "flood": 1}),
    ("number", "RDG 24-25 juli 2021", {"birate-8": 2, "birate": 1}),
    ("number", "12 korban hilang longsor",  # "leaving 12 people missing" (landslide-5, landslide-7); "12 orang
     # tertimbun" (landslide-7)
     {"landslide-5": 2, "landslide-7": 2, "landslide": 1}),
    ("number", "500 peserta latihan evakuasi", {"drill-3": 2, "drill-5": 2, "drill": 1}),
    ("number", "gempa 14 agustus 2024", {"quake-3": 2, "quake": 1}),  # Medan
    ("number", "9 oktober 2021 gunung", {"volcano-7": 2, "volcano": 1}),  # Lewotobi Laki-laki
    ("number", "hujan deras sejak 24 mei 2021", {"flood-1": 2, "flood": 1}),  # Medan
    ("number", "banjir sejak 17 januari 2024", {"flood-8": 2, "flood": 1}),  # Ambon
    ("number", "17 agustus 2022",  # volcano-2: "erupsi pada 17 Agustus 2022"; bilateral-5: "in Jakarta on August 17,
     # 2022"
     {"volcano-2": 2, "bilateral-5": 2}),
    ("number", "2 agustus 2023", {"bilateral-9": 2}),  # "in Jakarta on August 2, 2023"
    ("number", "18 maret 2021 status gunung", {"volcano-4": 2, "volcano": 1}),  # Merapi, Level IV
    ("number", "landslide March 27, 2022", {"landslide-5": 2, "landslide": 1}),  # Ambon
]


def main() -> None:
    write_queries(QUERIES, OUT, "l")


if __name__ == "__main__":
    main()
