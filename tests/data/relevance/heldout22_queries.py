"""The twenty-second held-out judgments (v22): new queries over ``heldout_corpus.jsonl``, written blind on 2026-12-05
(session 9, sixth set).

Why: the first held-out set (``heldout_queries.py``) was measured repeatedly while ranking changes were made, and
the second to twentieth (``heldout2_queries.py`` ... ``heldout20_queries.py``) were each written for one
measurement, after which they no longer count as unseen. This set is a further measure of record: it must be
measured once, never tuned on.

How: written on 2026-12-05 (session 9, the sixth set of that session) by a helper session, under the same strict
blindness rules as the earlier sets: no search, ranking, benchmark or test of the search system was run, Meilisearch
was not started, and neither the ranking code (its glossary, abbreviation list, coverage, stemming or spelling
code), the benchmarks, the relevance test, the search unit tests, the README or docs sections about relevance and
search, nor any result or measurement was read, nor any commit message or diff about relevance or search. The only
files read were the corpus (``heldout_corpus.jsonl``, ``heldout_corpus.py``) and the earlier query sets
(``queries.jsonl``, ``tuning_queries.*``, ``heldout_queries.*`` ... ``heldout20_queries.*``), the latter only for
their conventions and to avoid repeating them; the set written in parallel (v21) was not read. Every judgment comes
from the corpus text (title and body of the releases, checked by pattern search over the corpus file; the phrase
behind a non-obvious grade-2 claim is in a comment). No query equals or trivially rewords one in the earlier sets up
to ``heldout20`` (checked by a script listing, for every query here including late replacements, earlier queries
sharing two or more of its words, the closest of them read by hand). The corpus has been asked about many times, so
most queries here touch an event an earlier set asked about; they then ask for another fact of its text (a figure,
a month, a detail such as the hotel occupancy, the air force plane, the transport sector or the death toll) or in another form
(acronym, abbreviation, typo, affix, other language, a longer question in an analyst's own words).

Conventions are those of ``heldout2_queries.py``, ``heldout8_queries.py``, ``heldout9_queries.py`` and
``heldout10_queries.py`` (their docstrings): grade 2 = the release answers the query (every constraint), 1 = same
subject but a constraint differs; both language versions of an event get the same grade; keys are a topic, an event,
``re:REGEX`` or ``topic~REGEX``; a release takes its highest grade. A fact only in the slots and stated by neither
language version of the event does not earn grade 2, nor does a date that is only in ``published_at`` (so no query
here puts a month or year on an arrest, a cooperation meeting or ``rupiah-2``, whose texts state none); judgments on
a detail of the text are written as explicit event keys, so that both language versions get the grade even when only
one states it (e.g. ``scam-1``: only the English release states March 2022; ``unemp-1``: only the English release names
Sakernas).

Categories as in ``heldout10_queries.py``: ``indonesian``, ``english``, ``crosslang`` (grade-2 releases all in the
other language from the query: English queries for Indonesian-only releases and, for five of them, Indonesian
queries for English-only ones), ``morphology`` (the query's affixed form does not occur in its grade-2 releases, the
stem does in at least one of them; the releases' forms are in the comments), ``acronym`` (abbreviations the corpus
never writes: Sumsel, Sulteng, Sulsel, Sumbar, Jatim, UEA, Unhas, MIT, ULN; and abbreviations the releases use, in
analyst queries: QRIS, Sakernas, PBB, Densus), ``typo``, ``number``. Ids are ``o001`` ...

    .venv/bin/python tests/data/relevance/heldout22_queries.py
"""

from __future__ import annotations

from pathlib import Path

from heldout2_queries import write_queries

OUT = Path(__file__).with_name("heldout22_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # -- Indonesian ---------------------------------------------------------------------------------------------
    ("indonesian", "pertukaran informasi dan pelatihan aparat dengan malaysia",  # coop-1, coop-3: "mitra dari Malaysia
     # ... termasuk pertukaran informasi dan pelatihan aparat"; coop-5 (Malaysia, English only) names neither
     {"coop-1": 2, "coop-3": 2, "coop": 1}),
    ("indonesian", "korban pinjol ditagih dengan intimidasi oktober 2021",  # pinjol-1: "pada Oktober 2021", "penagihan
     # dengan intimidasi"; pinjol-7 (intimidation) is December 2021
     {"pinjol-1": 2, "pinjol": 1}),
    ("indonesian", "uji sistem peringatan dini banjir di medan",  # drill-1: "simulasi banjir ... Medan", "Latihan menguji
     # sistem peringatan dini"; drill-6 (Medan) is an earthquake drill
     {"drill-1": 2, "drill": 1}),
    ("indonesian", "pertemuan menteri luar negeri ASEAN soal pangan oktober 2022",  # asean-3: "Kuala Lumpur pada
     # Oktober 2022 menyoroti ketahanan pangan"; asean-5 (food security) is Vientiane, May 2024
     {"asean-3": 2, "asean": 1}),
    ("indonesian", "berapa pertumbuhan ekonomi kuartal keempat 2022",  # growth-1: "triwulan IV 2022 tumbuh sebesar
     # 5,02 persen"; growth-5 (English) is Q4 2023, growth-6 Q4 2025
     {"growth-1": 2, "growth": 1}),
    ("indonesian", "konten ajakan bergabung kelompok teror yang diturunkan sepanjang 2022",  # online-1 ("Sepanjang
     # 2022", "ajakan bergabung dengan kelompok teror"), online-4 ("sepanjang tahun 2022", same phrase); online-5
     # (2022, English only) names video platforms, not calls to join
     {"online-1": 2, "online-4": 2, "online": 1}),
    ("indonesian", "tujuh orang jaringan mujahidin indonesia timur ditangkap di jayapura",  # arrest-2: "7 orang ...
     # Mujahidin Indonesia Timur ... di Jayapura"; arrest-4 is 4 (MIT, Jayapura), arrest-3 4 (JAD, Jayapura)
     {"arrest-2": 2, "arrest": 1}),
    ("indonesian", "hunian kamar hotel berbintang naik seiring kunjungan wisman",  # tourists-4: "Tingkat penghunian
     # kamar hotel berbintang juga meningkat"
     {"tourists-4": 2, "tourists": 1}),
    ("indonesian", "sektor pertanian serap pekerja terbanyak menurut survei februari 2025",  # unemp-6: "Sakernas
     # Februari 2025", "Penduduk bekerja terbanyak berada di sektor pertanian"
     {"unemp-6": 2, "unemp": 1}),
    ("indonesian", "menlu tegaskan solidaritas untuk rakyat myanmar saat kirim bantuan agustus 2024",  # aid-8: "Myanmar,
     # pada Agustus 2024. Menlu menegaskan solidaritas Indonesia terhadap rakyat Myanmar"
     {"aid-8": 2, "aid": 1}),
    ("indonesian", "BI naikkan suku bunga di tengah ketidakpastian pasar keuangan global juli 2021",  # birate-8: "24-25
     # Juli 2021 memutuskan BI-Rate naik", "di tengah ketidakpastian pasar keuangan global"; birate-2 (same phrase)
     # is November 2022
     {"birate-8": 2, "birate": 1}),
    ("indonesian", "rektor dukung pengawasan organisasi mahasiswa di bima",  # campus-7: "Universitas Hasanuddin, Bima",
     # "Rektor menyambut baik ... memperkuat pengawasan organisasi kemahasiswaan"
     {"campus-7": 2, "campus": 1}),
    ("indonesian", "iming-iming gaji tinggi operator komputer di filipina maret 2022",  # scam-1: "iming-iming gaji
     # tinggi sebagai operator komputer", "di Filipina"; its English version: "Philippines in March 2022"
     {"scam-1": 2, "scam": 1}),
    # -- English --------------------------------------------------------------------------------------------------
    ("english", "UAE QR payment link, how many merchants",  # qris-1 (EN: "United Arab Emirates ... 30 million
     # merchants"), qris-4 (ID: "Uni Emirat Arab ... 30 juta merchant")
     {"qris-1": 2, "qris-4": 2, "qris": 1}),
    ("english", "scam workers lured by social media job ads, Philippines December 2021",  # scam-3: "Philippines in
     # December 2021", "recruited through social media with promises of well-paid computer jobs"; scam-1 is March
     # 2022, scam-5 July 2024
     {"scam-3": 2, "scam": 1}),
    ("english", "airfares second biggest driver of inflation in November 2021",  # inflation-13: "November 2021",
     # "Higher gasoline prices were the main contributor, followed by airfares"
     {"inflation-13": 2, "inflation": 1}),
    ("english", "reserves above the international adequacy standard at end of September 2024",  # reserves-3: "end of
     # September 2024", "above the international adequacy standard"
     {"reserves-3": 2, "reserves": 1}),
    ("english", "rate cuts in 2025 with accommodative macroprudential policy",  # birate-1 (January 2025), birate-7
     # (February 2025): "cut", "accommodative macroprudential policy"
     {"birate-1": 2, "birate-7": 2, "birate": 1}),
    ("english", "e-wallet providers asked to report suspicious transactions",  # "Banks and e-wallet providers were
     # asked to report" (EN) / "penyedia dompet digital meningkatkan pelaporan transaksi mencurigakan" (ID): every
     # financing release
     {"financing": 2}),
    ("english", "QR payments with Singapore settle in local currencies",  # qris-3: "Singapura", "mata uang lokal" /
     # "Transactions settle in local currencies"; qris-2 (Singapore) names the blueprint instead
     {"qris-3": 2, "qris": 1}),
    ("english", "cloud seeding and water bombing in South Sumatra November 2022",  # fire-7 EN: "South Sumatra",
     # "November 2022", "helicopters for water bombing and cloud seeding"; fire-3 (South Sumatra) is December 2023
     {"fire-7": 2, "fire": 1}),
    ("english", "Myanmar and Palestine discussed at Indonesia Japan meeting January 2021",  # bilateral-7: "Jepang ...
     # 12 Januari 2021", "membahas isu kawasan, termasuk situasi di Myanmar dan Palestina"
     {"bilateral-7": 2, "bilateral": 1}),
    ("english", "Statistics Indonesia: rural poverty still higher than urban in October 2024",  # poverty-3 and
     # poverty-5 (both October 2024): "rural poverty remains higher than urban poverty"
     {"poverty-3": 2, "poverty-5": 2, "poverty": 1}),
    ("english", "foreign tourists mostly arrived through Ngurah Rai in October 2024",  # tourists-1 EN: "October 2024",
     # "most arrived through Bali's Ngurah Rai airport"
     {"tourists-1": 2, "tourists": 1}),
    ("english", "propaganda videos and bomb-making guides removed in 2021",  # online-3: "sepanjang tahun 2021",
     # "video propaganda ... panduan merakit bom"; online-1, -2, -4 (same phrase) are 2022 and 2024
     {"online-3": 2, "online": 1}),
    # -- cross-lingual: English queries for Indonesian-only releases, Indonesian for English-only ones -------------
    ("crosslang", "EU and Indonesia agree to boost border security and law enforcement capacity",  # coop-6 (ID only):
     # "mitra dari Uni Eropa", "sepakat meningkatkan kapasitas penegak hukum dan pengamanan perbatasan"
     {"coop-6": 2, "coop": 1}),
    ("crosslang", "Bank Indonesia stays in the market to keep the rupiah in line with fundamentals at 16,240",
     # rupiah-2, rupiah-4 (ID only): "Rp16.240", "BI menegaskan akan terus berada di pasar untuk menjaga stabilitas
     # nilai tukar sesuai fundamentalnya"
     {"rupiah-2": 2, "rupiah-4": 2, "rupiah": 1}),
    ("crosslang", "June 2021 trade surplus 4.47 billion",  # trade-2 (ID only): "Juni 2021", "surplus 4,47 miliar
     # dolar AS"; trade-1 (4.47) is September 2024
     {"trade-2": 2, "trade": 1}),
    ("crosslang", "Ambon quake 23 km deep with 45 aftershocks",  # quake-6 (ID only): "Ambon", "kedalaman 23 km", "45
     # gempa susulan"; quake-4 (Ambon) is 60 km, 97
     {"quake-6": 2, "quake": 1}),
    ("crosslang", "Merapi 6 km danger radius 2021",  # volcano-4 (ID only): "Merapi ... 18 Maret 2021", "radius bahaya 6
     # kilometer"; volcano-5, volcano-6 (Merapi) are 3 km and 5 km
     {"volcano-4": 2, "volcano": 1}),
    ("crosslang", "Hasanuddin University rector pledges oversight of student organisations in Ambon",  # campus-8 (ID
     # only): "Universitas Hasanuddin, Ambon", "Rektor ... memperkuat pengawasan organisasi kemahasiswaan"
     {"campus-8": 2, "campus": 1}),
    ("crosslang", "Universitas Mataram students in Sentani told how radicals recruit via social media",  # campus-2 (ID
     # only): "Universitas Mataram di Sentani", "cara kelompok radikal merekrut anak muda melalui media sosial"
     {"campus-2": 2, "campus": 1}),
    ("crosslang", "which sector grew fastest in Q1 2021 GDP",  # growth-2 (ID only): "triwulan I 2021", "pertumbuhan
     # tertinggi dicapai sektor transportasi dan pergudangan"
     {"growth-2": 2, "growth": 1}),
    ("crosslang", "elderly and children evacuated from flooded Solo neighbourhoods",  # flood-4 (ID only): "di Solo",
     # "mengevakuasi warga lanjut usia dan anak-anak dari permukiman yang tergenang"
     {"flood-4": 2, "flood": 1}),
    ("crosslang", "no deaths in Ambon January 2024 floods",  # flood-8 (ID only): "Ambon ... 17 Januari 2024", "Tercatat
     # 0 orang meninggal dunia"
     {"flood-8": 2, "flood": 1}),
    ("crosslang", "Tangerang quake magnitude 5.2 October 2024",  # quake-2 (ID only): "magnitudo 5,2 di Tangerang,
     # Banten, pada 2 Oktober 2024"
     {"quake-2": 2, "quake": 1}),
    ("crosslang", "Ruang volcano 8 km zone August 2022",  # volcano-2 (ID only): "17 Agustus 2022", "radius bahaya 8
     # kilometer"; volcano-8 (Ruang) is 7 km, June 2023
     {"volcano-2": 2, "volcano": 1}),
    ("crosslang", "812 illegal lenders and 40 investment schemes via apps and social media",  # pinjol-6 (ID only):
     # "memblokir 812 pinjol ilegal dan 40 investasi ilegal yang beroperasi melalui aplikasi dan media sosial";
     # pinjol-3 (812) has 12 investment offers
     {"pinjol-6": 2, "pinjol": 1}),
    ("crosslang", "tersangka JAD di klaten ditemukan buku panduan bom",  # arrest-9 (English only): "Klaten",
     # "Jamaah Ansharut Daulah", "bomb-making manuals were found at one suspect's house"
     {"arrest-9": 2, "arrest": 1}),
    ("crosslang", "sungai meluap di poso 2 orang meninggal",  # flood-9 (English only): "Rivers burst their banks in
     # Poso", "2 deaths were recorded"
     {"flood-9": 2, "flood": 1}),
    ("crosslang", "sekitar 8,4 juta penganggur mei 2024",  # unemp-5 (English only): "May 2024 ... about 8.40 million
     # people"; unemp-2 (8,40 juta) is July 2023
     {"unemp-5": 2, "unemp": 1}),
    ("crosslang", "gempa M6,1 di bima juni 2024",  # quake-5 (English only): "magnitude 6.1 earthquake in Bima ... June
     # 25, 2024"
     {"quake-5": 2, "quake": 1}),
    ("crosslang", "menlu jerman ke jakarta agustus 2022 bahas ketahanan pangan",  # bilateral-5 (English only): "Foreign
     # Minister of Germany in Jakarta on August 17, 2022 ... food security"; bilateral-8 (Jerman, Agustus) is 2024
     {"bilateral-5": 2, "bilateral": 1}),
    # -- morphology: other affixes than the grade-2 releases use (the releases' forms in the comments) -------------
    ("morphology", "pendistribusian air bersih di NTB sejak desember 2021",  # mendistribusikan ... sejak Desember 2021
     # (drought-4, Nusa Tenggara Barat)
     {"drought-4": 2, "drought": 1}),
    ("morphology", "helikopter memadamkan kebakaran lahan kalimantan barat",  # Padamkan, pemadaman (fire-4)
     {"fire-4": 2, "fire": 1}),
    ("morphology", "penyelamatan WNI dari sindikat penipuan daring di laos",  # Selamatkan (scam-6)
     {"scam-6": 2, "scam": 1}),
    ("morphology", "pembayaran kompensasi bagi penyintas bom surabaya",  # Bayarkan (victims-4: "korban bom Surabaya
     # 2018")
     {"victims-4": 2, "victims": 1}),
    ("morphology", "pemberangkatan bantuan kemanusiaan ke afghanistan dengan pesawat TNI AU",  # diberangkatkan (aid-4:
     # "diberangkatkan menggunakan pesawat TNI AU menuju Afghanistan")
     {"aid-4": 2, "aid": 1}),
    ("morphology", "cutting the BI-Rate in February 2025",  # cut, Cut (birate-7: "February 8-9, 2025, decided to cut")
     {"birate-7": 2, "birate": 1}),
    ("morphology", "evacuation of Indonesians from Ukraine in 2022",  # evacuated (citizens-7, June 2022); citizens-2
     # (Ukraine) is October 2023
     {"citizens-7": 2, "citizens": 1}),
    ("morphology", "detentions of Jamaah Ansharut Daulah suspects in Jayapura",  # Detains, detained (arrest-3)
     {"arrest-3": 2, "arrest": 1}),
    ("morphology", "raising the BI-Rate in April 2022",  # raise, Raised (birate-3: "April 2-3, 2022, decided to raise");
     # birate-5 (April 2022) held the rate
     {"birate-3": 2, "birate": 1}),
    ("morphology", "peningkatan kapasitas penegak hukum dengan filipina",  # meningkatkan kapasitas penegak hukum
     # (coop-4, Filipina)
     {"coop-4": 2, "coop": 1}),
    ("morphology", "penghematan air warga poso saat kemarau",  # menghemat air (drought-2, Poso)
     {"drought-2": 2, "drought": 1}),
    ("morphology", "pencegahan penyebaran paham radikal di kampus medan",  # mencegah penyebaran paham radikal, Cegah
     # (campus-1, campus-6: Medan)
     {"campus-1": 2, "campus-6": 2, "campus": 1}),
    ("morphology", "launching QR payments with the UAE",  # launched (qris-1 EN), meluncurkan (qris-4), Diluncurkan
     # (qris-1 ID)
     {"qris-1": 2, "qris-4": 2, "qris": 1}),
    ("morphology", "penyitaan bahan peledak di balikpapan",  # menyita bahan peledak, Disita (arrest-7)
     {"arrest-7": 2, "arrest": 1}),
    # -- acronyms and abbreviations ---------------------------------------------------------------------------------
    ("acronym", "kabut asap sumsel", {"fire-3": 2, "fire-7": 2, "fire": 1}),  # Sumatera Selatan, "Kabut asap"
    ("acronym", "24 mantan napiter sulteng", {"derad-3": 2, "derad": 1}),  # Sulawesi Tengah; derad-6 (Sulteng) has 18
    ("acronym", "QRIS UEA transaksi mata uang lokal", {"qris-1": 2, "qris-4": 2, "qris": 1}),  # Uni Emirat Arab,
    # "diselesaikan dalam mata uang lokal"
    ("acronym", "sakernas februari 2021 pengangguran", {"unemp-1": 2, "unemp": 1}),  # unemp-1 EN: "(Sakernas)"
    ("acronym", "unhas bima 300 mahasiswa", {"campus-7": 2, "campus": 1}),  # Universitas Hasanuddin, Bima
    ("acronym", "gunung marapi sumbar level III", {"volcano-9": 2, "volcano": 1}),  # "Marapi in West Sumatra to
    # Level III"
    ("acronym", "ULN pemerintah cadangan devisa maret 2025",  # utang luar negeri: reserves-4 ("akhir Maret 2025",
     # "pembayaran utang luar negeri pemerintah"), reserves-2 ("akhir Maret 2025", "penarikan pinjaman luar negeri
     # pemerintah")
     {"reserves-2": 2, "reserves-4": 2, "reserves": 1}),
    ("acronym", "densus tangkap anggota MIT di makassar", {"arrest-1": 2, "arrest": 1}),  # Mujahidin Indonesia Timur,
    # Makassar
    ("acronym", "penangkapan terduga teroris jatim", {"arrest-11": 2, "arrest": 1}),  # "di Jawa Timur" / "East Java"
    ("acronym", "napiter sulsel 40 orang", {"derad-1": 2, "derad": 1}),  # Sulawesi Selatan; derad-4 (Sulsel) has 80
    ("acronym", "bantuan lewat badan PBB untuk rakhine", {"aid-5": 2, "aid": 1}),  # aid-5: "Rakhine", "through United
    # Nations agencies"; aid-8 (Rakhine) names no UN grant
    # -- typos ------------------------------------------------------------------------------------------------------
    ("typo", "terduga teroris ambon jamaah islamiyh", {"arrest-6": 2, "arrest": 1}),
    ("typo", "kebakarn lahan riau septmber 2021", {"fire-6": 2, "fire": 1}),
    ("typo", "longsor pekanbaru aprl 2025", {"landslide-1": 2, "landslide": 1}),  # landslide-6 (Pekanbaru) is January
    ("typo", "banjir ambon januarii 2024", {"flood-8": 2, "flood": 1}),  # flood-6 (Ambon) is July 2023
    ("typo", "gempa tangrang oktober 2024", {"quake-2": 2, "quake": 1}),
    ("typo", "inflasi ferbuari 2023 bensin", {"inflation-2": 2, "inflation": 1}),  # inflation-4 (February 2023) is
    # red chili
    ("typo", "pertumbuhan ekonmi triwulan II 2024 5,17 persen",  # growth-4; growth-7 (Q2 2024) is 5,11
     {"growth-4": 2, "growth": 1}),
    ("typo", "nerca perdagangan desember 2024 surplus", {"trade-4": 2, "trade": 1}),
    ("typo", "WNI dipulangkan dari lebanonn", {"citizens-6": 2, "citizens": 1}),
    ("typo", "bantuan kemanusiaan vanuatuu", {"aid-1": 2, "aid": 1}),
    ("typo", "suku bunga acuan turun januar 2025", {"birate-1": 2, "birate": 1}),
    ("typo", "deradikalisasi 112 napiter bandar lampng", {"derad-2": 2, "derad": 1}),
    ("typo", "pengunsi banjir malang mei 2024", {"flood-5": 2, "flood": 1}),
    ("typo", "pinjol ilegal dan investasi bodong aprl 2025", {"pinjol-2": 2, "pinjol": 1}),
    ("typo", "evakuasi warga gunug marapi sumatera barat", {"volcano-9": 2, "volcano": 1}),
    # -- numbers: figures, months, years ----------------------------------------------------------------------------
    ("number", "inflation 3.05 percent year on year",  # 3,05 / 3.05 yoy: inflation-2, -7, -8, -9
     {"inflation-2": 2, "inflation-7": 2, "inflation-8": 2, "inflation-9": 2, "inflation": 1}),
    ("number", "85 Indonesians evacuated", {"citizens-5": 2, "citizens": 1}),
    ("number", "hibah 1,5 juta dolar", {"aid-1": 2, "aid-7": 2, "aid": 1}),
    ("number", "kunjungan 1,41 juta wisman", {"tourists-1": 2, "tourists": 1}),  # "1.410.000 kunjungan"
    ("number", "9 helikopter dan 2.300 hektare", {"fire-3": 2, "fire": 1}),  # fire-4 (9) is 15.600 ha, fire-6 and
    # fire-7 (2.300) had 15 and 12 helicopters
    ("number", "587 hotspots and 15,600 hectares", {"fire-2": 2, "fire": 1}),
    ("number", "8 missing 6 dead landslide", {"landslide-1": 2, "landslide": 1}),  # landslide-1: "8 warga dilaporkan
    # hilang", "6 korban berhasil dievakuasi dalam keadaan meninggal"; landslide-6 (8 missing) found 2
    ("number", "gempa M5,2 kedalaman 60 km 97 susulan", {"quake-4": 2, "quake": 1}),
    ("number", "radius 7 km 840 warga", {"volcano-8": 2, "volcano": 1}),
    ("number", "inflation 0.37 percent month on month 4.94 year on year", {"inflation-3": 2, "inflation": 1}),
    ("number", "surplus 5,67 miliar ekspor batu bara februari 2023", {"trade-6": 2, "trade": 1}),
    ("number", "Rp11,6 miliar untuk 16 penyintas", {"victims-1": 2, "victims": 1}),
    ("number", "51 tonnes and 1.5 million dollars", {"aid-1": 2, "aid": 1}),  # aid-4 (51 ton) had 2,0 juta
]


def main() -> None:
    write_queries(QUERIES, OUT, "o")


if __name__ == "__main__":
    main()
