"""Judged query set fresh2 over ``fresh_corpus.jsonl`` (ids ``t001`` ...): a measure of record, not for tuning.

Written 2026-12-05 (session 10), blind: no search, ranking, benchmark or test of the search system was run, and
nothing about the search code, its docs or any measurement was read; only the corpus and ``fresh_queries.py``.
Every query was judged by reading the releases of its topic and by pattern searches (titles and bodies, both
languages) over the WHOLE corpus for other releases stating the same facts.

Focus: economy, finance and statistics (releases 3201-3276: BI, BPS, OJK, Kemenkeu, Kemendag, Antara); grade 1
sometimes reaches other topics (cabinet meetings on the budget or rice: ``cab-1``, ``cab-2``, ``cab-5``; the spending
instruction ``reg-3``; investment-scam releases ``fraud-1``, ``fraud-4``). Grade-1 lists are explicit events rather
than whole topics where a topic mixes subjects (``state-budget`` holds tax filing and VAT, ``staple-prices`` holds
rice, sugar and cooking oil).

Grades: 2 = every constraint of the query (place, period, figure, actor) is stated in the release text; 1 = same
subject with a constraint that differs (another month, year, region or decision); unlisted = 0. Both language
versions of a release share a grade (event keys). A release's publication date alone never satisfies a date.
Categories: indonesian, english, crosslang (all grade-2 releases in the other language), morphology (the affixed
form typed in the query does not occur in the grade-2 releases; the comment gives the forms that do), acronym,
typo, number (figures, and a few conditions on figures such as "below 5 percent").

Judged in a non-obvious way:
- Condition queries ("above/below N") give grade 2 to every release that states a qualifying national figure and
  grade 1 to releases of the subject whose figure does not qualify; a plan or assumption (RAPBN) is not an outcome
  unless the query asks about plans.
- ``infl-1b`` (BI's note on March 2024 inflation) states the same headline figures as BPS's ``infl-1`` but not
  the same item list; only it states core / volatile-food inflation.
- ``gdp-4`` (Bali) quotes the national Q2-2024 figure; it is grade 1 on national-growth queries. Growth conditions
  are on national figures (a region's or a sector's growth does not count); targets and assumptions get grade 1.
- A release that states several figures (e.g. a previous period) answers a condition if any stated national figure
  of the asked kind qualifies.
- Event keys ``tppo-1`` and ``hajj-1..4`` span two topics in this corpus; this set does not use them.
"""

from __future__ import annotations

from pathlib import Path

from fresh_queries import write_queries

OUT = Path(__file__).with_name("fresh2_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---------------------------------------------------------------- indonesian
    ("indonesian", "insentif likuiditas KLM untuk sektor penciptaan lapangan kerja", {"rate-3": 2, "rate-2": 1}),  # rate-2: KLM for other priority sectors (Sept 2024)
    ("indonesian", "negara mitra QRIS antarnegara", {"qris-1": 2, "qris-4": 2, "qris-3": 2, "digital-payments": 1}),  # qris-3 names Malaysia, Singapore, Thailand users
    ("indonesian", "penukaran uang baru Lebaran 2025 di Monas", {"lebaran-2": 2, "currency-lebaran": 1}),
    ("indonesian", "aplikasi PINTAR batas penukaran Rp4 juta per orang", {"lebaran-1": 2, "lebaran-2": 1, "lebaran-3": 1, "lebaran-1b": 1}),  # lebaran-2: PINTAR, Rp4,3 juta (2025)
    ("indonesian", "deflasi tahunan Februari 2025 karena diskon tarif listrik", {"infl-3": 2, "inflation": 1}),
    ("indonesian", "pertumbuhan ekonomi Bali ditopang pariwisata", {"gdp-4": 2, "gdp-growth": 1}),
    ("indonesian", "setengah pengangguran Agustus 2024", {"unemp-3": 2, "unemp-1": 1, "unemp-2": 1}),
    ("indonesian", "pengangguran lulusan SMK paling tinggi", {"unemp-1": 2, "unemp-2": 2, "unemp-3": 2}),  # all three state SMK highest
    ("indonesian", "kunjungan wisman turun saat Ramadan Maret 2024", {"tour-3": 2, "tourism-arrivals": 1}),
    ("indonesian", "produksi padi turun akibat El Nino", {"rice-1": 2, "rice-3": 2, "rice-2": 1, "price-3": 1}),  # price-3: El Nino shifts harvest, rice price
    ("indonesian", "OJK edukasi bahaya pinjol ilegal ibu rumah tangga Tasikmalaya", {"pinjol-2": 2, "illegal-lending": 1}),
    ("indonesian", "tim likuidasi pemegang polis PT AJPS", {"insurance-1": 2, "insurance-2": 1, "insurance-3": 1}),
    ("indonesian", "APBN surplus sampai akhir April 2024", {"apbn-1": 2, "apbn-3": 1, "apbn-2": 1, "tax-1": 1}),  # tax-1 gives the 2023 APBN balance
    ("indonesian", "Mendag pantau harga beras dan cabai di Pasar Wonokromo", {"price-2": 2, "price-3": 1, "cab-2": 1}),  # other rice-price actions
    ("indonesian", "operasi pasar beras SPHP Makassar Bulog", {"price-3": 2, "price-2": 1, "cab-2": 1}),  # price-2 / cab-2 also SPHP rice
    ("indonesian", "Minyakita kurang takaran di Palu", {"price-5": 2, "price-1": 1}),  # price-1 warns of short-measure repacking
    ("indonesian", "garis kemiskinan Maret 2024", {"pov-1": 2}),
    ("indonesian", "produksi padi Indramayu Jawa Barat 2023", {"rice-3": 2, "rice-production": 1}),
    ("indonesian", "kerangka ekonomi makro RAPBN 2025 sidang kabinet", {"cab-1": 2, "cab-5": 1, "apbn-2": 1}),  # cab-5: cabinet meeting on the RAPBN 2025 financial note; apbn-2 = RAPBN 2026
    ("indonesian", "penerimaan pajak lampaui target tiga tahun berturut-turut", {"tax-1": 2, "apbn-3": 1, "apbn-1": 1, "apbn-2": 1}),  # apbn-3: 2024 missed target, first in four years; apbn-1/-2: revenue vs target
    # ---------------------------------------------------------------- english
    ("english", "Bank Indonesia rate hike April 2024 rupiah", {"rate-1": 2, "policy-rate": 1}),
    ("english", "Bank Indonesia 25 basis point rate cuts", {"rate-2": 2, "rate-3": 2, "rate-1": 1, "rate-4": 1}),  # rate-1 hike, rate-4 hold
    ("english", "how many months of imports do Indonesia's foreign reserves cover", {"fx-reserves": 2}),  # all four state import cover
    ("english", "March 2024 inflation rice eggs chicken", {"infl-1": 2, "infl-1b": 1, "inflation": 1}),  # infl-1b: rice, chili, eggs, no chicken meat
    ("english", "Q2 2024 GDP growth household consumption", {"gdp-1": 2, "gdp-4": 1, "gdp-growth": 1}),  # gdp-4 Bali Q2-2024 also gives consumption
    ("english", "trade surplus consecutive months streak", {"trade-1": 2, "trade-1b": 2, "trade-2": 2, "trade-3": 2}),
    ("english", "state revenue fell mining corporate income tax April 2024", {"apbn-1": 2, "apbn-3": 1, "tax-1": 1}),  # apbn-3/tax-1: mining tax pressure, other periods
    ("english", "foreign tourist arrivals 2023 Malaysia largest source market", {"tour-1": 2, "tourism-arrivals": 1}),
    ("english", "rice surplus first half 2025", {"rice-2": 2, "rice-production": 1}),
    ("english", "licensed lenders never access phone contacts or photo gallery", {"pinjol-1": 2, "illegal-lending": 1}),
    ("english", "insurance industry assets risk-based capital end of 2024", {"insurance-2": 2, "insurance-1": 1, "insurance-3": 1}),
    ("english", "2026 draft state budget deficit target", {"apbn-2": 2, "cab-1": 1, "apbn-3": 1, "apbn-1": 1, "tax-1": 1}),  # deficits/targets of other years
    ("english", "sugar price relaxed in supermarkets after Eid", {"price-4": 2, "price-2": 1}),  # price-2: sugar Rp17.500 in Surabaya
    ("english", "12 percent VAT luxury goods only", {"tax-3": 2, "tax-1": 1}),  # tax-1: VAT raised to 11% in 2022
    ("english", "Eid 2024 cash Bank Indonesia money exchange points", {"lebaran-1": 2, "lebaran-1b": 2, "currency-lebaran": 1}),  # 1b: 4,212 points in 2024
    ("english", "Minyakita sold in bottles pouches and jerry cans", {"price-1": 2, "price-5": 1}),  # price-5: Minyakita pouches in Palu
    # ---------------------------------------------------------------- crosslang
    ("crosslang", "Bank Indonesia first rate cut since 2021", {"rate-2": 2, "rate-3": 1, "rate-1": 1, "rate-4": 1}),
    ("crosslang", "QRIS payments in Bali traditional markets", {"qris-3": 2, "digital-payments": 1}),
    ("crosslang", "QRIS merchant fee waived for micro businesses", {"qris-5": 2, "digital-payments": 1}),
    ("crosslang", "Eid 2024 cash outflow lower than projected", {"lebaran-1b": 2, "lebaran-1": 1, "currency-lebaran": 1}),
    ("crosslang", "Surabaya residents exchange new banknotes before Eid 2023", {"lebaran-3": 2, "currency-lebaran": 1}),
    ("crosslang", "Indonesia foreign exchange reserves October 2022", {"reserves-3": 2, "fx-reserves": 1}),
    ("crosslang", "2022 inflation highest since 2014 fuel price hike", {"infl-2": 2, "rate-4": 1, "inflation": 1}),  # rate-4 quotes Dec 2022 5.51% but not the cause
    ("crosslang", "core inflation and volatile food March 2024 Bank Indonesia", {"infl-1b": 2, "infl-1": 1, "inflation": 1}),
    ("crosslang", "inflation in Central Sulawesi August 2023", {"infl-4": 2, "inflation": 1}),
    ("crosslang", "Indonesia full-year 2022 GDP growth", {"gdp-2": 2, "gdp-growth": 1}),
    ("crosslang", "record exports August 2022 palm oil coal", {"trade-2": 2, "trade-balance": 1}),
    ("crosslang", "trade minister non-oil exports to Africa first quarter 2024", {"trade-1b": 2, "trade-1": 1}),
    ("crosslang", "unemployment February 2024 Banten highest province", {"unemp-1": 2, "unemp-2": 1, "unemp-3": 1}),
    ("crosslang", "Bali foreign visitor arrivals June 2024", {"tour-2": 2, "tourism-arrivals": 1}),
    ("crosslang", "2024 paddy production forecast", {"rice-1": 2, "rice-production": 1}),
    ("crosslang", "OJK consumer complaints first half 2024", {"complaint-1": 2, "pinjol-4": 1}),  # pinjol-4: complaints to Satgas PASTI, 2025
    ("crosslang", "insurance roadmap 2023-2027 minimum equity requirements", {"insurance-3": 2, "insurance-2": 1, "insurance-1": 1}),  # insurance-2 mentions 2026 equity rules
    ("crosslang", "annual tax returns filed by the March 2024 deadline", {"tax-2": 2}),
    ("crosslang", "2024 state budget deficit realisation", {"apbn-3": 2, "apbn-1": 1, "apbn-2": 1, "tax-1": 1, "cab-1": 1}),  # deficits of other years / periods
    ("crosslang", "crypto investment scams promising fixed monthly returns on Telegram", {"pinjol-4": 2, "pinjol-1": 1, "fraud-1": 1, "fraud-4": 1}),  # pinjol-1: illegal investment offers; fraud-1/-4: other investment scams
    ("crosslang", "West Java outstanding P2P online loans", {"pinjol-2": 2, "illegal-lending": 1, "p2p-rate-1": 1}),
    ("crosslang", "pertumbuhan ekonomi triwulan I 2025 melambat", {"gdp-3": 2, "gdp-growth": 1}),
    ("crosslang", "uji coba pembayaran QRIS di Jepang", {"qris-4": 2, "qris-1": 1, "digital-payments": 1}),
    ("crosslang", "cadangan devisa akhir Agustus 2025", {"reserves-2": 2, "fx-reserves": 1}),
    ("crosslang", "tingkat pengangguran terbuka Agustus 2023", {"unemp-2": 2, "unemp-1": 1, "unemp-3": 1}),
    ("crosslang", "penagih utang palsu atas nama pinjol berizin", {"pinjol-3": 2, "pinjol-1": 1, "illegal-lending": 1}),  # pinjol-1: abusive collectors' numbers blocked
    ("crosslang", "premi asuransi umum naik kendaraan dan properti", {"insurance-2": 2, "insurance-1": 1, "insurance-3": 1}),
    # ---------------------------------------------------------------- morphology
    ("morphology", "pinjol ilegal diblokir Januari-Februari 2024", {"pinjol-1": 2, "pinjol-4": 1, "illegal-lending": 1}),  # 3244: Blokir, pemblokiran
    ("morphology", "izin asuransi jiwa dicabut", {"insurance-1": 2, "insurance-2": 1, "insurance-3": 1}),  # 3250: Cabut, mencabut, pencabutan
    ("morphology", "penghentian entitas keuangan ilegal 2025", {"pinjol-4": 2, "pinjol-1": 1}),  # 3248: Hentikan, menghentikan
    ("morphology", "penguatan rupiah September 2024", {"rate-2": 2, "policy-rate": 1}),  # 3203: menguat
    ("morphology", "penanaman padi mundur karena El Nino 2024", {"rice-1": 2, "rice-3": 1, "rice-production": 1}),  # 3241: musim tanam; rice-3: 2024 planting delayed in Jabar
    ("morphology", "jumlah penduduk menganggur Februari 2024", {"unemp-1": 2, "unemp-2": 1, "unemp-3": 1}),  # 3236: pengangguran only
    ("morphology", "provinsi termiskin Maret 2024", {"pov-1": 2}),  # 3234: miskin, kemiskinan; 3235: highest poverty rate
    ("morphology", "pembatasan bunga pinjaman daring per hari", {"p2p-rate-1": 2}),  # 3268: batas, dibatasi, membatasi
    ("morphology", "Bank Indonesia cutting rates January 2025", {"rate-3": 2, "rate-2": 1, "policy-rate": 1}),  # 3205: cuts, cut
    ("morphology", "launching of contactless QRIS Tap", {"qris-2": 2, "digital-payments": 1}),  # 3209: launched
    ("morphology", "raising the Minyakita retail price ceiling", {"price-1": 2, "price-5": 1}),  # 3260: raises; price-5 quotes HET Rp15.700
    ("morphology", "economic contraction quarter on quarter", {"gdp-3": 2, "gdp-2": 2, "gdp-growth": 1}),  # 3229: contracted; 3228: terkontraksi (Q4-2022)
    # ---------------------------------------------------------------- acronym
    ("acronym", "BI7DRR ditahan 5,75 persen", {"rate-4": 2, "policy-rate": 1}),  # 3206 English only
    ("acronym", "anggaran MBG dalam RAPBN 2026", {"apbn-2": 2, "reg-3": 1}),  # "Makan Bergizi Gratis" spelled out; reg-3: efficiency savings to MBG
    ("acronym", "Bapanas relaksasi harga gula", {"price-4": 2, "price-2": 1}),  # 3263: National Food Agency, English only
    ("acronym", "survei KSA produksi beras", {"rice-1": 2, "rice-2": 2, "rice-3": 1}),  # 3243: "area sampling frame survey"
    ("acronym", "Satgas PASTI pinjol ilegal", {"pinjol-1": 2, "pinjol-4": 2, "illegal-lending": 1}),
    ("acronym", "TPT Jabar tertinggi", {"unemp-2": 2, "unemp-3": 2, "unemp-1": 1}),  # corpus: Jawa Barat / West Java; unemp-1: Jabar second after Banten
    ("acronym", "UU HPP tarif PPN", {"tax-1": 2, "tax-3": 2}),  # 3269: Harmonised Tax Law, 12% VAT
    ("acronym", "RBC minimum 120 persen asuransi", {"insurance-1": 2, "insurance-2": 2, "insurance-3": 1}),  # 3252: risk-based capital, 120 percent threshold
    # ---------------------------------------------------------------- typo
    ("typo", "cadangan defisa Maret 2024", {"reserves-1": 2, "fx-reserves": 1}),
    ("typo", "PDB per kapta 2022", {"gdp-2": 2, "gdp-growth": 1}),
    ("typo", "pengangguan terbuka Agustus 2024", {"unemp-3": 2, "unemp-1": 1, "unemp-2": 1}),
    ("typo", "tax revenu 2024 below target", {"apbn-3": 2, "tax-1": 1, "apbn-1": 1, "apbn-2": 1}),
    ("typo", "neraca perdangangan Mei 2025", {"trade-3": 2, "trade-balance": 1}),
    ("typo", "SPT tahunan lewat e-Filling 2024", {"tax-2": 2}),
    ("typo", "QRIS antar negara Thailnad", {"qris-1": 2, "qris-4": 1, "qris-3": 1}),
    ("typo", "pertumbuan ekonomi Indonesia triwulan II 2024", {"gdp-1": 2, "gdp-4": 1, "gdp-growth": 1}),  # gdp-4 quotes the national figure but is about Bali
    # ---------------------------------------------------------------- number
    ("number", "suku bunga acuan BI di bawah 6 persen", {"rate-3": 2, "rate-4": 2, "rate-2": 1, "rate-1": 1}),  # 5,75 (BI-Rate / BI7DRR); 6,00 and 6,25 not below
    ("number", "225 basis points of rate increases since August 2022", {"rate-4": 2, "policy-rate": 1}),
    ("number", "cadangan devisa di atas 150 miliar dolar AS", {"reserves-2": 2, "fx-reserves": 1}),  # 150,7 / 152,0; others 130-144
    ("number", "kebutuhan uang tunai Idulfitri Rp180,9 triliun", {"lebaran-2": 2, "currency-lebaran": 1}),
    ("number", "inflation above 5 percent", {"infl-2": 2, "rate-4": 2, "inflation": 1}),  # national headline: 5,51 (2022), 5.28 (Jan 2023)
    ("number", "ekonomi Indonesia tumbuh lebih dari 5,3 persen", {"gdp-2": 2, "gdp-growth": 1, "cab-1": 1, "apbn-2": 1, "rate-3": 1}),  # national: 5,31 (2022); others 3,70-5,11; targets/estimates: cab-1 5,1-5,5, apbn-2 5,4, rate-3 4,7-5,5
    ("number", "surplus perdagangan di atas 5 miliar dolar", {"trade-2": 2, "trade-balance": 1}),  # monthly: trade-2 5,76; others 4,30-4,58
    ("number", "unemployment rate below 5 percent", {"unemp-1": 2, "unemp-3": 2, "unemp-2": 1}),  # 4,82 / 4,91; unemp-2 5.32
    ("number", "persentase penduduk miskin 9,03 persen", {"pov-1": 2}),
    ("number", "wisman 11,68 juta kunjungan", {"tour-1": 2, "tourism-arrivals": 1}),
    ("number", "ekspor Maret 2024 22,43 miliar dolar AS", {"trade-1": 2, "trade-1b": 1, "trade-balance": 1}),
    ("number", "budget deficit below 2.5 percent of GDP", {"apbn-3": 2, "tax-1": 2, "apbn-2": 1, "cab-1": 1, "apbn-1": 1}),  # outcomes 2.29% / 1.65%; apbn-2 is a plan
    ("number", "harga Minyakita Rp18.000 di atas HET", {"price-5": 2, "price-1": 1}),
    ("number", "RAPBN 2026 asumsi kurs Rp16.500 per dolar", {"apbn-2": 2}),
    ("number", "QRIS 46 juta pengguna 31 juta merchant", {"qris-2": 2, "digital-payments": 1}),
    ("number", "farmgate paddy price IDR 6,521 per kg", {"rice-2": 2}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "t")
