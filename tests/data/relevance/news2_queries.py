"""Second judged query set over ``news_corpus.jsonl`` (ids ``o001`` ...).

Written 2026-12 by a helper, blind: no search, ranking, benchmark or test of the search system was run and nothing
under search/, benchmarks/ or docs/ (nor any glossary or vocabulary) was read; only the corpus,
``fresh_queries.py`` and ``fresh5_queries.py`` (for the format) were consulted. Measured once, never tuned on.

Focus: releases 5201-5291 (Bank Indonesia rate decisions, QRIS, inflation, trade balance, GDP, illegal fintech and
OJK, financial literacy, state budget, excise enforcement, Bulog rice stock, fertiliser and rice fields, staple
prices, export promotion). Judgments cover the whole corpus: every query's key terms were pattern-searched over all
titles and bodies in both languages before grading.

Grades: 2 = the release states every constraint of the query (period, place, figure, actor) in its title or body;
1 = same subject (usually the same topic) but a constraint differs. Both language versions of a release share a
grade (event keys). Categories: indonesian, english, crosslang (every grade-2 release is in the other language
and has no translation), morphology (the query's affixed form is absent from its grade-2 releases; their forms are
noted in comments), acronym, typo, number.

Non-obvious calls: for one period's indicator (inflation, trade balance, deficit, rate decision) releases giving the
same indicator for another period are grade 1 through the topic key; a figure quoted in passing in another release
(August 2024 inflation in the September 2024 rate decision, Q1 2025 growth in the May 2025 rate decision) is grade 2
when it states the queried fact, else grade 1.
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import NEWS_CORPUS, write_queries

OUT = Path(__file__).with_name("news2_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian ----
    ("indonesian", "suku bunga acuan BI turun pertama kali sejak 2021", {"birate-4": 2, "bi-rate": 1}),
    ("indonesian", "cadangan devisa tertinggi sepanjang sejarah akhir agustus 2024", {"birate-4": 2, "id:5203": 1}),
    ("indonesian", "QRIS antarnegara indonesia thailand diluncurkan saat G20 bali", {"qris-1": 2, "qris-payments": 1}),
    ("indonesian", "pedagang pasar terong makassar daftar merchant QRIS", {"qris-3": 2, "qris-payments": 1}),
    ("indonesian", "komoditas penyumbang deflasi agustus 2024", {"infl-4": 2, "inflation": 1}),
    ("indonesian", "tarif angkutan udara penyumbang inflasi saat mudik lebaran 2023",
     {"infl-7": 2, "infl-6": 1, "inflation": 1}),
    ("indonesian", "emas perhiasan penyumbang inflasi terbesar saat ramadan 2026", {"infl-6": 2, "inflation": 1}),
    ("indonesian", "defisit neraca perdagangan migas sepanjang 2023", {"trade-2": 2, "trade-balance": 1}),
    ("indonesian", "ekspor batu bara dan besi baja ke tiongkok turun juli 2023", {"trade-6": 2, "trade-balance": 1}),
    ("indonesian", "ekspor alas kaki dan pakaian ke AS naik di tengah tarif resiprokal",
     {"trade-4": 2, "trade-5": 2, "trade-balance": 1}),
    ("indonesian", "PDB per kapita indonesia tahun 2022", {"gdp-1": 2, "gdp-growth": 1}),
    ("indonesian", "konsumsi LNPRT melonjak karena pilkada", {"gdp-3": 2, "gdp-growth": 1}),
    ("indonesian", "modus pinjaman kilat minta foto KTP dan swafoto korban", {"pasti-6": 2, "illegal-fintech": 1}),
    ("indonesian", "pembukaan bulan inklusi keuangan 2023 di palu", {"lit-2": 2, "financial-literacy": 1}),
    ("indonesian", "edukasi keuangan untuk calon pekerja migran di indramayu",
     {"lit-3": 2, "financial-literacy": 1}),
    ("indonesian", "rokok ilegal disamarkan sebagai pakan ternak di kontainer belawan",
     {"cukai-1": 2, "excise-enforcement": 1}),
    ("indonesian", "harga jual beras SPHP di pasar induk cipinang", {"bulog-2": 2, "rice-stock-sphp": 1}),
    ("indonesian", "bantuan pangan beras 10 kg untuk warga garut", {"bulog-3": 2, "bulog-7": 1, "rice-stock-sphp": 1}),
    ("indonesian", "tokoh adat marind minta dusun sagu tidak dibuka untuk cetak sawah",
     {"tanam-2": 2, "food-self-sufficiency": 1}),
    ("indonesian", "pompa air untuk sawah tadah hujan di kalimantan selatan",
     {"tanam-1": 2, "food-self-sufficiency": 1}),
    ("indonesian", "harga telur dan daging sapi di pasar kramat jati jelang lebaran 2023",
     {"dag-2": 2, "staple-prices": 1}),
    ("indonesian", "minyakita kemasan 1 liter isinya kurang", {"dag-1b": 2, "dag-1": 1}),
    # ---- english ----
    ("english", "QRIS Tap contactless payment launch on Jakarta MRT", {"qris-2": 2, "qris-payments": 1}),
    ("english", "QRIS cross-border payment link with Japan", {"qris-4": 2, "qris-1": 1, "qris-payments": 1}),
    ("english", "why did Indonesia record annual deflation in February 2025", {"infl-5": 2, "inflation": 1}),
    ("english", "which province had the highest inflation in March 2026", {"infl-6": 2, "inflation": 1}),
    ("english", "OJK complaints about abusive debt collection 2023",
     {"pasti-5": 2, "pasti-1b": 1, "illegal-fintech": 1}),
    ("english", "financial inclusion index 2025 survey results", {"lit-5": 2, "lit-1": 1, "financial-literacy": 1}),
    ("english", "Indonesia full year 2024 state budget deficit", {"apbn-4": 2, "state-budget": 1}),
    ("english", "customs intercept illegal cigarettes on wooden boat near Batam", {"cukai-3": 2, "excise-enforcement": 1}),
    ("english", "first shipment of imported rice from Vietnam 2023", {"bulog-6": 2, "rice-stock-sphp": 1}),
    ("english", "fertiliser delivered directly to farmer groups under simplified distribution",
     {"pupuk-4": 2, "pupuk-1": 1, "pupuk-2": 1, "pupuk-3": 1}),
    ("english", "staple food prices in eastern Indonesia before Christmas 2024", {"dag-3": 2, "staple-prices": 1}),
    ("english", "Indonesia largest bilateral trade surplus with India August 2022", {"trade-1": 2, "trade-balance": 1}),
    ("english", "why Bulog rents extra warehouses for record rice stock", {"bulog-1": 2, "rice-stock-sphp": 1}),
    ("english", "MinyaKita cooking oil above maximum retail price Surabaya", {"dag-1": 2, "dag-1b": 1, "staple-prices": 1}),
    # ---- crosslang: English queries, Indonesian-only answers ----
    ("crosslang", "Bank Indonesia holds benchmark rate at 5.75 percent February 2023",
     {"birate-2": 2, "bi-rate": 1}),
    ("crosslang", "Indonesia 2023 inflation lowest in two decades", {"infl-3": 2, "inflation": 1}),
    ("crosslang", "Indonesia trade surplus May 2024", {"trade-3": 2, "trade-balance": 1}),
    ("crosslang", "June 2026 trade balance exports imports", {"trade-5": 2, "trade-balance": 1}),
    ("crosslang", "second quarter 2023 GDP growth household consumption", {"gdp-2": 2, "gdp-growth": 1}),
    ("crosslang", "Investment Alert Task Force shuts illegal lenders and robot trading 2022",
     {"pasti-2": 2, "illegal-fintech": 1}),
    ("crosslang", "tax revenue through October 2024", {"apbn-2": 2, "state-budget": 1}),
    ("crosslang", "state budget deficit through August 2025", {"apbn-3": 2, "state-budget": 1}),
    ("crosslang", "home-based illegal cigarette factory raided in Malang", {"cukai-4": 2, "excise-enforcement": 1}),
    ("crosslang", "Bulog cheap food market across East Java before Eid 2024",
     {"bulog-5": 2, "rice-stock-sphp": 1, "dag-3": 1}),
    ("crosslang", "Bulog food aid shipped by boat to Simeulue", {"bulog-7": 2, "bulog-3": 1, "rice-stock-sphp": 1}),
    ("crosslang", "Lamongan farmers redeem subsidised fertiliser with ID card",
     {"pupuk-2": 2, "pupuk-1": 1, "food-self-sufficiency": 1}),
    ("crosslang", "Grobogan rice harvest yield per hectare", {"tanam-3": 2, "food-self-sufficiency": 1}),
    ("crosslang", "swamp land optimisation South Sumatra rice fields", {"tanam-4": 2, "food-self-sufficiency": 1}),
    ("crosslang", "Trade Expo Indonesia 2023 total transactions", {"exp-1": 2, "export-promotion": 1}),
    ("crosslang", "Surabaya export center helps small businesses make first export",
     {"exp-4": 2, "export-promotion": 1}),
    # ---- crosslang: Indonesian queries, English-only answers ----
    ("crosslang", "BI turunkan suku bunga januari 2025 di luar perkiraan", {"birate-5": 2, "bi-rate": 1}),
    ("crosslang", "surplus neraca perdagangan november 2025", {"trade-4": 2, "trade-balance": 1}),
    ("crosslang", "sektor pertanian tumbuh paling tinggi triwulan I 2025", {"gdp-4": 2, "birate-6": 1, "gdp-growth": 1}),
    ("crosslang", "jam penagihan utang yang diizinkan aturan OJK", {"pasti-5": 2, "illegal-fintech": 1}),
    ("crosslang", "impor beras dari vietnam tiba di tanjung priok", {"bulog-6": 2, "rice-stock-sphp": 1}),
    ("crosslang", "pesanan kopi spesialti indonesia di dubai", {"exp-3": 2, "export-promotion": 1}),
    ("crosslang", "diskon tarif listrik 50 persen picu deflasi tahunan", {"infl-5": 2, "inflation": 1}),
    # ---- morphology ----
    ("morphology", "BI rate dinaikkan jadi 6,25 persen demi rupiah",  # release: naik / menaikkan / raised
     {"birate-3": 2, "bi-rate": 1}),
    ("morphology", "suku bunga BI diturunkan ke 5,50 persen",  # release: turun / menurunkan
     {"birate-6": 2, "bi-rate": 1}),
    ("morphology", "inflasi setelah harga bensin dinaikkan september 2022",  # release: kenaikan / penyesuaian
     {"infl-1": 2, "inflation": 1}),
    ("morphology", "pabrik rokok rumahan digerebek bea cukai malang",  # release: menggerebek / gerebek
     {"cukai-4": 2, "excise-enforcement": 1}),
    ("morphology", "penyitaan rokok ilegal operasi gempur 2024",  # release: sita / menyita
     {"cukai-2": 2, "excise-enforcement": 1}),
    ("morphology", "kementan mencetak sawah baru di merauke",  # release: cetak sawah / pencetakan
     {"tanam-2": 2, "food-self-sufficiency": 1}),
    ("morphology", "pinjol ilegal diblokir selama oktober 2024",  # release: blokir / memblokir
     {"pasti-1b": 2, "illegal-fintech": 1}),
    ("morphology", "beras bantuan pangan didistribusikan ke 23 kabupaten di aceh",  # release: menyalurkan / penyaluran
     {"bulog-7": 2, "rice-stock-sphp": 1}),
    ("morphology", "penghentian 537 entitas keuangan ilegal",  # release: menghentikan
     {"pasti-1": 2, "illegal-fintech": 1}),
    ("morphology", "Bulog absorbing farmers grain in South Sulawesi",  # release: absorbs / absorb
     {"bulog-4": 2, "rice-stock-sphp": 1}),
    ("morphology", "OJK revoking licence of peer-to-peer lender",  # release: revoked / revokes / revocation
     {"pasti-4": 2, "illegal-fintech": 1}),
    ("morphology", "interception of illegal cigarette shipment off Pulau Galang",  # release: intercepted
     {"cukai-3": 2, "excise-enforcement": 1}),
    # ---- acronym ----
    ("acronym", "hasil RDG BI januari 2023", {"birate-1": 2, "bi-rate": 1}),
    ("acronym", "SNLIK 2024 indeks inklusi keuangan", {"lit-1": 2, "lit-5": 1, "financial-literacy": 1}),
    ("acronym", "SWI tutup pinjol ilegal dan investasi bodong", {"pasti-2": 2, "illegal-fintech": 1}),
    ("acronym", "KPw BI Sulsel gerakan pasar digital", {"qris-3": 2, "qris-payments": 1}),
    ("acronym", "DJPb jatim penyaluran dana desa tahap I", {"apbn-5": 2, "apbn-1": 1, "state-budget": 1}),
    ("acronym", "KIHT gondanglegi pengusaha rokok kecil", {"cukai-4": 2, "excise-enforcement": 1}),
    ("acronym", "petani terdaftar e-RDKK tebus pupuk subsidi", {"pupuk-1": 2, "pupuk-2": 2, "food-self-sufficiency": 1}),
    ("acronym", "HPP gabah kering panen Rp6.500 Bulog", {"bulog-1": 2, "bulog-4": 2, "tanam-3": 2, "rice-stock-sphp": 1}),
    ("acronym", "belanja program MBG dalam realisasi APBN triwulan I 2026",
     {"apbn-6": 2, "apbn-3": 1, "state-budget": 1, "id:5455": 1}),
    ("acronym", "Dirjen PKTN Kemendag minyakita", {"dag-1": 2, "dag-1b": 2, "staple-prices": 1}),
    ("acronym", "GPM bulog jatim jelang lebaran", {"bulog-5": 2, "rice-stock-sphp": 1}),
    # ---- typo ----
    ("typo", "deflsi agustus 2024", {"infl-4": 2, "inflation": 1}),
    ("typo", "surplus neraca perdagangn tahun 2023", {"trade-2": 2, "trade-balance": 1}),
    ("typo", "satgas pasti pinjol ilgal januari 2026", {"pasti-6": 2, "illegal-fintech": 1}),
    ("typo", "stok beras bulog tertingi sepanjang sejarah", {"bulog-1": 2, "rice-stock-sphp": 1}),
    ("typo", "minyakita dijual diatas HET pasar surbaya", {"dag-1": 2, "dag-1b": 1, "staple-prices": 1}),
    ("typo", "alokasi pupuk bersubsdi 2024 ditambah", {"pupuk-1": 2, "pupuk-4": 1, "food-self-sufficiency": 1}),
    ("typo", "indonesia inflaton march 2026 ramadan", {"infl-6": 2, "inflation": 1}),
    ("typo", "program KEJAR pelajar kupang menabung rekning", {"lit-4": 2, "financial-literacy": 1}),
    # ---- number ----
    ("number", "BI rate naik menjadi 6,25 persen", {"birate-3": 2, "bi-rate": 1}),
    ("number", "Bank Indonesia deposit facility rate 4.75 percent", {"birate-6": 2, "bi-rate": 1}),
    ("number", "inflasi 5,95 persen september 2022", {"infl-1": 2, "inflation": 1}),
    ("number", "annual inflation 2.12 percent in August 2024", {"infl-4": 2, "birate-4": 2, "inflation": 1}),
    ("number", "inflasi tahunan 2023 di bawah 3 persen", {"infl-3": 2, "inflation": 1}),
    ("number", "ekspor agustus 2022 rekor 27,91 miliar dolar AS", {"trade-1": 2, "trade-balance": 1}),
    ("number", "trade surplus 67 consecutive months", {"trade-4": 2, "trade-balance": 1}),
    ("number", "ekonomi tumbuh 5,31 persen tertinggi sejak 2013", {"gdp-1": 2, "gdp-growth": 1}),
    ("number", "economy grew 4.95 percent in Q3 2024", {"gdp-3": 2, "gdp-growth": 1}),
    ("number", "2.713 pengaduan entitas keuangan ilegal", {"pasti-1b": 2, "illegal-fintech": 1}),
    ("number", "TWP90 18,4 persen", {"pasti-4": 2, "illegal-fintech": 1}),
    ("number", "indeks literasi keuangan 65,43 persen", {"lit-1": 2, "financial-literacy": 1}),
    ("number", "APBN surplus Rp152,3 triliun semester I 2023", {"apbn-1": 2, "state-budget": 1}),
    ("number", "12 juta batang rokok ilegal", {"cukai-1": 2, "excise-enforcement": 1}),
    ("number", "Bulog serap 310.000 ton gabah", {"bulog-4": 2, "rice-stock-sphp": 1}),
    ("number", "bantuan beras untuk 412.000 KPM", {"bulog-3": 2, "rice-stock-sphp": 1}),
    ("number", "120.000 hektare lahan rawa dioptimasi", {"tanam-4": 2, "food-self-sufficiency": 1}),
    ("number", "HET MinyaKita Rp15.700 per liter", {"dag-1": 2, "dag-1b": 1, "staple-prices": 1}),
    ("number", "trade mission deals worth USD 86 million", {"exp-2": 2, "export-promotion": 1}),
    ("number", "harga beras SPHP Rp10.250 per kg ke pedagang", {"bulog-2": 2, "rice-stock-sphp": 1}),
    ("number", "QRIS users 56.3 million and 38.1 million merchants", {"qris-2": 2, "qris-payments": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "o", NEWS_CORPUS)
