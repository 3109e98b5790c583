"""The seventh held-out judgments (v7): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 7).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to sixth (``heldout2_queries.py`` ... ``heldout6_queries.py``) were each written for one measurement,
after which they no longer count as unseen. This set is a further measure of record: it must be measured once,
never tuned on.

How: written on 2026-12-05 (session 7) by a helper session, under strict blindness rules: no search, ranking,
benchmark or test of the search system was run, Meilisearch was not started, and neither the ranking code (its
glossary, stemming or vocabulary), the benchmarks, the relevance test, the search unit tests, the README or docs
sections about relevance and search, nor any result or measurement was read, nor any commit message or diff about
relevance or search. The only files read were the corpus (``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the
earlier query sets, the latter only for their conventions and to avoid repeating them. Every judgment comes from
the corpus text (title and body of the releases, checked by pattern search over the corpus file; the phrase behind
a non-obvious grade-2 claim is in a comment). No query equals or trivially rewords one in ``queries.jsonl``,
``tuning_queries.jsonl`` or ``heldout*_queries.jsonl``; where this set touches an event an earlier set asked about,
it asks for another fact of it (a figure, a month, a detail of the text) or in another form (acronym, typo, affix,
other language, a question).

Conventions are those of ``heldout2_queries.py``, ``heldout5_queries.py`` and ``heldout6_queries.py`` (their
docstrings): grade 2 = the release answers the query (every constraint), 1 = same subject but a constraint differs;
both language versions of an event get the same grade; keys are a topic, an event, ``re:REGEX`` or
``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither language version
of the event does not earn grade 2 (here: ``rupiah-2`` states no month, ``landslide-6`` states no
deaths, ``victims-5`` never names Surabaya), nor does a date that is only in ``published_at`` (the arrest, cooperation,
financing and QRIS releases state no month, so no query here constrains them by date); judgments on a detail of the
text are written as explicit event keys, so that both language versions get the grade even when only one states it.

Categories as in ``heldout6_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query), ``morphology`` (the query's affixed form does not occur in its grade-2 releases,
the stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the
corpus only spells out or never uses: cadev, mtm, BBM, CPO, UU, pemda, Jabodetabek, Jateng, Jatim, KL, CPI, IDR,
Kadiv Humas; and the common TPPO), ``typo``, ``number``. Ids are ``t001`` ...

    .venv/bin/python tests/data/relevance/heldout7_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout7_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "intervensi pasar valas spot juni 2023",  # "intervensi di pasar valas spot" ... "Juni 2023"
     {"rupiah-1": 2, "rupiah": 1}),
    ("indonesian", "banjir cianjur korban meninggal 2 orang",  # "Tercatat 2 orang meninggal dunia"
     {"flood-12": 2, "flood": 1}),
    ("indonesian", "gempa serang 28 kali gempa susulan",  # "tercatat 28 gempa susulan"; quake-2 (Tangerang) also 28
     {"quake-1": 2, "quake": 1}),
    ("indonesian", "berapa korban meninggal longsor dumai",  # "4 korban berhasil dievakuasi dalam keadaan meninggal"
     {"landslide-3": 2, "landslide": 1}),
    ("indonesian", "longsor pekanbaru enam korban meninggal",  # landslide-1: "6 korban ... dalam keadaan meninggal";
     # landslide-6 (Pekanbaru) only says "2 korban ditemukan"
     {"landslide-1": 2, "landslide": 1}),
    ("indonesian", "semeru level awas 840 warga dievakuasi",  # title of volcano-1; volcano-8 (Ruang) also 840
     {"volcano-1": 2, "volcano": 1}),
    ("indonesian", "banjir makassar dapur umum dan posko kesehatan",  # flood-7: "mendirikan dapur umum dan posko
     # kesehatan"; flood-13 (Makassar) states only boats and tents
     {"flood-7": 2, "flood": 1}),
    ("indonesian", "senjata tajam dan dokumen disita di ambon",  # "menyita bahan peledak, senjata tajam, dan sejumlah
     # dokumen"
     {"arrest-6": 2, "arrest": 1}),
    ("indonesian", "pencegahan ekstremisme kekerasan kerja sama dengan jepang",  # "Lokakarya kontraterorisme bersama
     # Jepang ... pencegahan ekstremisme kekerasan"; coop-1/-3/-5 say it of Malaysia
     {"coop-2": 2, "coop": 1}),
    ("indonesian", "pertemuan menlu ASEAN mei 2023",  # "Pertemuan Menteri Luar Negeri ASEAN ... pada Mei 2023";
     # asean-5 is May 2024
     {"asean-1": 2, "asean": 1}),
    ("indonesian", "lembaga amal tidak terdaftar untuk dana teror",  # "lewat donasi daring dan lembaga amal yang tidak
     # terdaftar"; the others name sham foundations, not unregistered charities
     {"financing-2": 2, "financing": 1}),
    ("indonesian", "layanan medis dan pendampingan psikologis penyintas bom bali",  # "layanan medis dan pendampingan
     # psikologis" (victims-1, -3, -4); Bali only in victims-3
     {"victims-3": 2, "victims": 1}),
    ("indonesian", "pelatihan kewirausahaan mantan napiter malang",  # "pelatihan kewirausahaan" (derad-2, -6, -8)
     {"derad-8": 2, "derad": 1}),
    ("indonesian", "program duta damai untuk mahasiswa di ambon",  # title "Duta Damai Dunia Maya Sasar Mahasiswa di
     # Ambon"; campus-8 (Ambon) has no Duta Damai
     {"campus-4": 2, "campus": 1}),
    ("indonesian", "simulasi banjir bersama pelajar dan relawan di ambon",  # "diikuti 1.200 warga, pelajar, dan
     # relawan di Ambon"
     {"drill-2": 2, "drill": 1}),
    # -- English ------------------------------------------------------------------------------------------------
    ("english", "which commodity led non-oil and gas exports in May 2025",  # "Iron and steel led non-oil and gas
     # exports"
     {"trade-5": 2, "trade": 1}),
    ("english", "which volcano was raised to Level III in July 2022",  # "Level III (Alert) on July 26, 2022"
     {"volcano-9": 2, "volcano": 1}),
    ("english", "North Sumatra flood preparedness exercise",  # title of drill-1; drill-6 (North Sumatra) is an
     # earthquake drill
     {"drill-1": 2, "drill": 1}),
    ("english", "how many illegal lenders did Satgas PASTI close in May 2022",  # "shut down 812 ... in May 2022"
     {"pinjol-3": 2, "pinjol": 1}),
    ("english", "what drove inflation in March 2022",  # "Red chili Prices Drive March 2022 Inflation"
     {"inflation-3": 2, "inflation": 1}),
    ("english", "embassy hotline for Indonesians in Sudan",  # citizens-1: "the embassy opened a hotline and a
     # shelter"; citizens-8: "KBRI membuka hotline" (both Sudan)
     {"citizens-1": 2, "citizens-8": 2, "citizens": 1}),
    ("english", "how many people died in the Bandung floods", {"flood-11": 2, "flood": 1}),  # "4 deaths"
    ("english", "how many Indonesians were evacuated from Ukraine",  # 32 in both
     {"citizens-2": 2, "citizens-7": 2, "citizens": 1}),
    ("english", "entrepreneurship training for former terrorism convicts in Palu",  # "entrepreneurship training"
     {"derad-3": 2, "derad": 1}),
    ("english", "bomb-making manual found in Makassar",  # arrest-1: "buku panduan pembuatan bom"
     {"arrest-1": 2, "arrest": 1}),
    ("english", "how many residents were evacuated in the Malang floods",  # "forcing 1,240 residents to evacuate"
     {"flood-5": 2, "flood": 1}),
    ("english", "unlicensed investment offers shut down in 2021",  # pinjol-1 October, -5 January, -7 December 2021;
     # pinjol-6 states no month
     {"pinjol-1": 2, "pinjol-5": 2, "pinjol-7": 2, "pinjol": 1}),
    ("english", "rubber boats sent to Tangerang flood victims",  # "delivered food, rubber boats and tents"
     {"flood-3": 2, "flood": 1}),
    ("english", "aftershocks after the 2021 Medan earthquake", {"quake-7": 2, "quake": 1}),  # quake-3 is 2024
    ("english", "eight missing after Pekanbaru landslide",  # "8 people missing" / "8 warga dilaporkan hilang"
     {"landslide-1": 2, "landslide-6": 2, "landslide": 1}),
    # -- cross-lingual: the grade-2 releases exist only in the other language --------------------------------------
    ("crosslang", "Poso ex-terrorist inmates business training",  # "Mantan Napiter di Poso Ikuti Pembinaan
     # Kewirausahaan"
     {"derad-6": 2, "derad": 1}),
    ("crosslang", "explosives seized in Mataram raid",  # title "9 Terduga Teroris Ditangkap di Mataram, Bahan Peledak
     # Disita"
     {"arrest-8": 2, "arrest": 1}),
    ("crosslang", "Solo flood death toll", {"flood-4": 2, "flood": 1}),  # "korban meninggal tercatat 2 orang"
    ("crosslang", "how many litres of water did BPBD Poso distribute",  # "BPBD Poso Salurkan 900.000 Liter Air
     # Bersih"
     {"drought-2": 2, "drought": 1}),
    ("crosslang", "Lending Facility 4.25 percent November 2023",  # "4-5 November 2023 ... Lending Facility 4,25
     # persen"
     {"birate-6": 2, "birate": 1}),
    ("crosslang", "BI-Rate raised to 6.25 percent",  # birate-8 "naik menjadi 6,25"; birate-1 is a cut to 6.25
     {"birate-8": 2, "birate": 1}),
    ("crosslang", "rupiah down 0.4 percent at Rp16,240",  # rupiah-2 "Rp16.240 ..., turun 0,4 persen"; rupiah-4: 1.2
     {"rupiah-2": 2, "rupiah": 1}),
    ("crosslang", "QRIS 45 million users Singapore",  # "Jumlah pengguna QRIS mencapai 45 juta orang"
     {"qris-2": 2, "qris": 1}),
    ("crosslang", "QRIS United Arab Emirates 40 million users",  # "Pengguna QRIS Tembus 40 Juta"; qris-1: 56 million
     {"qris-4": 2, "qris": 1}),
    ("crosslang", "annual inflation 2.28 percent in February 2025",  # inflation-12 (2.28) is December 2024
     {"inflation-10": 2, "inflation": 1}),
    ("crosslang", "second quarter 2024 GDP growth 5.17%",  # "Triwulan II-2024 Capai 5,17 Persen"; growth-7 (Q2 2024)
     # is 5.11
     {"growth-4": 2, "growth": 1}),
    ("crosslang", "open unemployment 6.26 percent", {"unemp-2": 2, "unemp": 1}),
    ("crosslang", "poverty rate 9.36 percent", {"poverty-4": 2, "poverty": 1}),  # "9,36 persen dari total penduduk"
    ("crosslang", "Indonesian Air Force plane carries aid to Afghanistan",  # "pesawat TNI AU menuju Afghanistan"
     {"aid-4": 2, "aid": 1}),
    ("crosslang", "897 Indonesians evacuated from Myanmar",  # citizens-1 (897) is Sudan
     {"citizens-4": 2, "citizens": 1}),
    ("crosslang", "repair shops and food stalls for former terrorists in Lampung",  # "bengkel dan warung makan"
     {"derad-2": 2, "derad": 1}),
    ("crosslang", "three memorandums of understanding with Brazil",  # "Indonesia dan Brasil menandatangani 3 nota
     # kesepahaman"; bilateral-2 has 2
     {"bilateral-4": 2, "bilateral": 1}),
    ("crosslang", "how deep was the Bogor earthquake", {"quake-8": 2, "quake": 1}),  # "di kedalaman 23 km"
    ("crosslang", "main destinations of Indonesian coal exports",  # "batu bara dengan tujuan utama Tiongkok, Amerika
     # Serikat, dan India"
     {"trade-4": 2, "trade-6": 2, "trade": 1}),
    ("crosslang", "korban meninggal banjir poso", {"flood-9": 2, "flood": 1}),  # "2 deaths were recorded"
    ("crosslang", "gempa bandar lampung magnitudo 5,9",  # "magnitude 5.9 earthquake in Bandar Lampung"
     {"quake-9": 2, "quake": 1}),
    ("crosslang", "BI-Rate tetap 4,75 persen",  # "hold the BI-Rate at 4.75 percent"; birate-2, -4 raise to 4.75
     {"birate-5": 2, "birate-9": 2, "birate": 1}),
    ("crosslang", "inflasi maret 2024 dipicu bawang merah",  # "Shallots Prices Drive March 2024 Inflation"
     {"inflation-5": 2, "inflation": 1}),
    ("crosslang", "evakuasi 85 WNI dari iran", {"citizens-5": 2, "citizens": 1}),
    ("crosslang", "hibah 1 juta dolar AS untuk myanmar",  # aid-5: "pledged USD 1.0 million", Rakhine, Myanmar;
     # aid-8 (Myanmar) states no grant, aid-6 (1.0) is Gaza
     {"aid-5": 2, "aid": 1}),
    ("crosslang", "220 WNI dipulangkan dari filipina",  # scam-5; scam-4 (220) is Cambodia
     {"scam-5": 2, "scam": 1}),
    ("crosslang", "1200 mahasiswa makassar pencegahan intoleransi",  # "1200 students attended a BNPT session in
     # Makassar on preventing radicalism and intolerance"
     {"campus-5": 2, "campus": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "kompensasi dibayarkan kepada 56 penyintas terorisme",  # "Negara Bayarkan Kompensasi Rp3,4
     # Miliar"; "Sebanyak 56 penyintas"
     {"victims-4": 2, "victims": 1}),
    ("morphology", "pengungsian warga lereng merapi",  # diungsikan, mengevakuasi; evacuated
     {"volcano-4": 2, "volcano-5": 2, "volcano-6": 2, "volcano": 1}),
    ("morphology", "red chili prices driving inflation in 2021",  # Drive (inflation-7); "terutama cabai merah" in
     # September and April 2021
     {"inflation-1": 2, "inflation-7": 2, "inflation": 1}),
    ("morphology", "Bank Indonesia cutting rates in 2025",  # cut, Cuts; turun (January and February 2025)
     {"birate-1": 2, "birate-7": 2, "birate": 1}),
    ("morphology", "rupiah depreciating in 2021",  # depreciated (rupiah-5, August 2021); melemah (rupiah-4,
     # Desember 2021)
     {"rupiah-4": 2, "rupiah-5": 2, "rupiah": 1}),
    ("morphology", "pengujian sistem peringatan dini tsunami",  # "Latihan menguji sistem peringatan dini" (drill-4);
     # "tested the early warning system" (drill-5)
     {"drill-4": 2, "drill-5": 2, "drill": 1}),
    ("morphology", "BNPT menyosialisasikan pencegahan intoleransi kepada mahasiswa bima",  # "sosialisasi pencegahan
     # radikalisme dan intoleransi ... Bima"
     {"campus-7": 2, "campus": 1}),
    ("morphology", "bawang merah menyumbang inflasi agustus 2024",  # "Penyumbang utama inflasi adalah kenaikan harga
     # bawang merah"; inflation-8 (shallots) is August 2021
     {"inflation-11": 2, "inflation": 1}),
    ("morphology", "tourists arriving via Ngurah Rai in November",  # arrived, Arrivals; "melalui Bandara Ngurah Rai"
     # (tourists-4)
     {"tourists-3": 2, "tourists-4": 2, "tourists-5": 2, "tourists": 1}),
    ("morphology", "water shortages in Central Java villages",  # "52 villages in Central Java short of water"
     {"drought-1": 2, "drought": 1}),
    ("morphology", "medan diguncang gempa", {"quake-3": 2, "quake-7": 2, "quake": 1}),  # mengguncang wilayah Medan
    ("morphology", "searching for missing landslide victims in Riau",  # Search, search; Pekanbaru, Riau / Dumai,
     # Riau
     {"landslide-1": 2, "landslide-3": 2, "landslide-6": 2, "landslide": 1}),
    ("morphology", "sorotan menlu ASEAN soal laut cina selatan",  # "Sorot Isu Laut Cina Selatan", menyoroti
     {"asean-1": 2, "asean": 1}),
    # -- acronyms and abbreviations (only spelled out, or never used, in the corpus) ----------------------------------
    ("acronym", "cadev akhir maret 2025",  # cadangan devisa: "pada akhir Maret 2025" in both
     {"reserves-2": 2, "reserves-4": 2, "reserves": 1}),
    ("acronym", "korban TPPO di filipina",  # scam-1: "korban tindak pidana perdagangan orang (TPPO)"; scam-3, -5:
     # "who were trafficked"
     {"scam-1": 2, "scam-3": 2, "scam-5": 2, "scam": 1}),
    ("acronym", "inflasi mtm 0,37 persen",  # month-to-month: "inflasi bulanan 0,37 persen"
     {"inflation-1": 2, "inflation-3": 2, "inflation-4": 2, "inflation": 1}),
    ("acronym", "inflasi akibat kenaikan harga BBM",  # bahan bakar minyak: bensin / gasoline
     {"inflation-2": 2, "inflation-10": 2, "inflation-13": 2, "inflation": 1}),
    ("acronym", "ekspor CPO april 2022",  # crude palm oil: "minyak kelapa sawit" / "Palm oil"
     {"trade-7": 2, "trade": 1}),
    ("acronym", "UU 5/2018 kompensasi korban terorisme",  # "Undang-Undang Nomor 5 Tahun 2018" / "Law No. 5 of 2018";
     # victims-4 does not cite it
     {"victims-1": 2, "victims-2": 2, "victims-3": 2, "victims-5": 2, "victims": 1}),
    ("acronym", "deradikalisasi BNPT bersama pemda",  # "Kegiatan dipusatkan di ... bersama pemerintah daerah"
     {"derad-4": 2, "derad-6": 2, "derad": 1}),
    ("acronym", "gempa jabodetabek", {"quake-2": 2, "quake-8": 2, "quake": 1}),  # Tangerang, Bogor
    ("acronym", "teroris JAD jateng",  # "Klaten, Central Java, ... Jamaah Ansharut Daulah"
     {"arrest-9": 2, "arrest": 1}),
    ("acronym", "gunung api jatim level awas",  # "Gunung Semeru di Jawa Timur menjadi Level IV (Awas)"
     {"volcano-1": 2, "volcano": 1}),
    ("acronym", "KTT ASEAN KL ketahanan pangan",  # "KTT ASEAN di Kuala Lumpur Bahas Ketahanan Pangan"; asean-5
     # (food security) is Vientiane
     {"asean-3": 2, "asean": 1}),
    ("acronym", "CPI September 2022", {"inflation-6": 2, "inflation": 1}),  # inflation-1 is September 2021
    ("acronym", "USD/IDR 16,240", {"rupiah-2": 2, "rupiah-4": 2, "rupiah": 1}),  # "Rp16.240 per dolar AS"
    ("acronym", "kadiv humas polri penyidikan jaringan teroris",  # "Kepala Divisi Humas Polri menyatakan ...
     # penyidikan terus dikembangkan" / "The National Police spokesperson said the investigation continues"
     {"arrest-1": 2, "arrest-3": 2, "arrest-4": 2, "arrest-5": 2, "arrest-7": 2, "arrest-8": 2, "arrest-9": 2,
      "arrest-10": 2, "arrest-11": 2, "arrest": 1}),
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "kompensasi korban bom kampung melayo", {"victims-1": 2, "victims-2": 2, "victims": 1}),
    ("typo", "gunung marapi sumatera brat", {"volcano-9": 2, "volcano": 1}),  # "Mount Marapi in West Sumatra"
    ("typo", "titik panas riau septmber 2021", {"fire-6": 2, "fire": 1}),
    ("typo", "foreign exchange reservs August 2021", {"reserves-5": 2, "reserves": 1}),
    ("typo", "erupsi gunung ruag", {"volcano-2": 2, "volcano-8": 2, "volcano": 1}),
    ("typo", "unemployment rate Febuary 2021", {"unemp-1": 2, "unemp": 1}),  # unemp-6 is February 2025
    ("typo", "wisman singapura maert 2023", {"tourists-2": 2, "tourists": 1}),
    ("typo", "terorist financing charity boxes",  # "kotak amal" / "charity boxes"
     {"financing-1": 2, "financing-3": 2, "financing-4": 2, "financing-5": 2, "financing": 1}),
    ("typo", "banjir makasar agustus 2021", {"flood-13": 2, "flood": 1}),  # "sejak 20 Agustus 2021"
    ("typo", "simulasi tsunmi sentani", {"drill-4": 2, "drill": 1}),
    ("typo", "nota kesepahamn indonesia brasil",  # bilateral-2: "Tandatangani 2 Nota Kesepahaman"; bilateral-4: 3
     {"bilateral-2": 2, "bilateral-4": 2, "bilateral": 1}),
    ("typo", "Mount Merapi exlcusion zone",  # volcano-4/-6: "radius bahaya 6 kilometer" / "dilarang beraktivitas
     # dalam radius 5 km"; volcano-5: "3 km exclusion zone"
     {"volcano-4": 2, "volcano-5": 2, "volcano-6": 2, "volcano": 1}),
    ("typo", "evakuasi WNI dari libanon", {"citizens-6": 2, "citizens": 1}),  # a common misspelling of Lebanon
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "9 helikopter bom air", {"fire-3": 2, "fire-4": 2, "fire": 1}),  # "Kerahkan 9 Helikopter Bom Air"
    ("number", "banjir 3.715 warga mengungsi", {"flood-8": 2, "flood": 1}),
    ("number", "6.020 konten terorisme diturunkan", {"online-2": 2, "online": 1}),
    ("number", "587 titik panas karhutla", {"fire-1": 2, "fire-2": 2, "fire-3": 2, "fire": 1}),
    ("number", "ekonomi tumbuh 5,02 persen", {"growth-1": 2, "growth": 1}),
    ("number", "4.100 rumah terendam banjir",  # Sentani, Malang, Ambon
     {"flood-2": 2, "flood-5": 2, "flood-6": 2, "flood": 1}),
    ("number", "812 pinjol dan 40 investasi ilegal",  # pinjol-6; pinjol-3 has 812 and 12
     {"pinjol-6": 2, "pinjol": 1}),
    ("number", "karhutla 9.100 hektare", {"fire-1": 2, "fire": 1}),
    ("number", "24 mitra deradikalisasi", {"derad-3": 2, "derad": 1}),
    ("number", "hibah 3 juta dolar AS gaza", {"aid-3": 2, "aid": 1}),  # "hibah 3,0 juta dolar AS"
    ("number", "Deposit Facility 5.75 percent",  # birate-3; birate-10 holds the BI-Rate itself at 5.75
     {"birate-3": 2, "birate": 1}),
    ("number", "9,10 juta pengangguran", {"unemp-4": 2, "unemp": 1}),  # "sekitar 9,10 juta orang"
    ("number", "6,300 residents evacuated volcano", {"volcano-3": 2, "volcano": 1}),
    ("number", "state compensation 16 terror survivors",  # victims-5 (16) never names Surabaya, but the count holds
     {"victims-1": 2, "victims-2": 2, "victims-5": 2, "victims": 1}),
    ("number", "scan QR code at 30 million merchants",  # qris-1 "30 million merchants", qris-4 "30 juta merchant"
     {"qris-1": 2, "qris-4": 2, "qris": 1}),
    ("number", "NTP 104,30", {"ntp-5": 2, "ntp": 1}),  # only the English release of ntp-5 exists
]


def main() -> None:
    write_queries(QUERIES, OUT, "t")


if __name__ == "__main__":
    main()
