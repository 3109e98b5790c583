"""Seventh judged query set over ``news_corpus.jsonl`` (ids ``w001`` ...).

Written blind on 2026-12-05 by a helper: no search, ranking, benchmark or test of the search system was run and
nothing under search/, benchmarks/, docs/ or tests/ outside tests/data/relevance/ was read; only the corpus,
``fresh_queries.py`` (the writer and its checks), ``news5_queries.py`` (for the format) and ``news1_queries.py`` to
``news6_queries.py`` (read only to avoid repeating their questions) were consulted. The parallel news8 set was not
read. Measured once, never tuned on.

Focus: a little more weight on what an analyst of security, disaster and public-safety policy would ask - releases
5001-5085 (deradicalisation, terror arrests and financing, KPK and prosecutors, cyber security, drugs, immigration,
online gambling) and 5401-5485 (floods, earthquakes, weather warnings, forest fires, dengue, immunisation, food and
drug safety, search and rescue, waste, air quality) - with the other two ranges (5201-5291 economy, 5601-5687
citizens abroad, labour, education, transport) covered too. The queries ask for facts the earlier sets did not:
side details from the middle and end of bodies (modus, warnings, follow-up steps, who was involved, local
consequences). Every query's key terms were pattern-searched with throwaway regexes over all titles and bodies in
both languages before grading.

Grades: 2 = the release states every constraint of the query (place, time, figure, actor) in its title or body;
1 = same subject with a constraint differing (another event, period or place of the same programme, the follow-up
or first report of the same story, a release that gives a near fact). Both language versions of a release share a
grade (event keys). Categories: indonesian, english (English query; grade-2 events have an English version where
possible), crosslang (all grade-2 releases in the other language), morphology (the query's affixed form is absent
from its grade-2 releases; the forms they use are noted in comments), acronym, typo, number.

Non-obvious calls: an English query about a fact stated only in the Indonesian half of a pair still grades the
event (both halves), as the writer requires; ``PPATK`` tracing terror money is stated by terror-a1 (funds traced)
and terror-a8 (accounts frozen), both grade 2; the Aceh Tamiang, mudik and school-admission queries grade the
sibling releases that state a near fact 1; drug-seizure money laundering is stated by bnn-a4 (frozen assets) and
bnn-a6 (seized assets), both grade 2; follow-up stories (flood-demak-2023b, sar-buton-2024b,
flood-jakarta-2025b, air-jabodetabek-2023b, kpk-a1b, kpk-a4b) are grade 1 unless they state the asked fact.
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import NEWS_CORPUS, write_queries

OUT = Path(__file__).with_name("news7_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian ----
    ("indonesian", "ciri siswa terpapar radikalisme menolak upacara bendera",
     {"derad-a1": 2, "derad-a7": 1}),
    ("indonesian", "pendanaan terorisme lewat kotak amal",
     {"terror-a1": 2, "terror-a2": 2, "terror-a8": 1}),
    ("indonesian", "oknum petugas lapas bantu bandar narkoba",
     {"bnn-a6": 2, "bnn-a7": 1, "bnn-a8": 1}),
    ("indonesian", "narkoba dikirim lewat jasa ekspedisi disamarkan makanan ringan",
     {"bnn-a6": 2}),
    ("indonesian", "konsultan pajak jadi perantara suap di hotel surabaya",
     {"kpk-a2": 2}),
    ("indonesian", "modus memecah paket pengadaan agar bisa penunjukan langsung",
     {"kjg-a4": 2, "kpk-a3": 1}),
    ("indonesian", "rata-rata waktu deteksi insiden siber masih di atas enam jam",
     {"cyber-a4": 2}),
    ("indonesian", "sanksi bagi perusahaan penjamin yang mempekerjakan WNA tanpa izin",
     {"imi-a2": 2, "imi-a5": 2, "imi-a4": 1}),
    ("indonesian", "keluarga pecandu judi online bisa minta konseling",
     {"judol-a2": 2}),
    ("indonesian", "warga bertahan di lantai dua rumah saat banjir demak",
     {"flood-demak-2023": 2, "flood-demak-2023b": 1}),
    ("indonesian", "longsor tutup jalan nasional padang painan",
     {"flood-pessel-2024": 2}),
    ("indonesian", "siswa tertimpa reruntuhan bangunan sekolah saat gempa cianjur",
     {"quake-cianjur-2022b": 2, "quake-cianjur-2022": 1}),
    ("indonesian", "jalur evakuasi vertikal untuk sekolah dekat pantai bengkulu",
     {"quake-drill-bengkulu-2026": 2}),
    ("indonesian", "nelayan perahu kecil jangan melaut jika angin di atas 15 knot",
     {"weather-nataru-2023": 2, "weather-cyclone-2022": 1}),
    ("indonesian", "petani diminta tanam varietas tahan kekeringan saat el nino",
     {"weather-elnino-2023": 2}),
    ("indonesian", "hujan es dan angin kencang saat peralihan ke musim hujan",
     {"weather-rainy-2024": 2}),
    ("indonesian", "gugatan perdata karhutla sulit dieksekusi",
     {"karhutla-segel-2023": 2}),
    ("indonesian", "jarak pandang bandara pekanbaru turun akibat kabut asap",
     {"karhutla-riau-2026": 2}),
    ("indonesian", "rumah sakit siapkan alat uji cepat NS1 dan cairan infus untuk DBD",
     {"dengue-2024-w16": 2, "dengue-2026-w9": 1}),
    ("indonesian", "ulama yakinkan orang tua soal kehalalan vaksin polio",
     {"polio-aceh-2023": 2}),
    ("indonesian", "gudang kosmetik disewa atas nama perusahaan ekspedisi fiktif",
     {"cosmetics-bekasi-2024": 2}),
    ("indonesian", "penumpang selamat berpegangan jeriken saat kapal terbalik",
     {"sar-buton-2024": 2, "sar-buton-2024b": 1}),
    ("indonesian", "timbunan sampah TPA lebih dari 25 meter rawan longsor",
     {"waste-tpa-2024": 2}),
    ("indonesian", "kendaraan tidak lulus uji emisi dapat kupon servis gratis",
     {"air-emission-test-2025": 2}),
    ("indonesian", "pedagang ikan dapat penyangga kode QR tahan air",
     {"qris-3": 2}),
    ("indonesian", "dana pemda mengendap di bank semester I 2023",
     {"apbn-1": 2}),
    ("indonesian", "truk dialihkan ke pelabuhan ciwandan dan panjang saat mudik lebaran 2025",
     {"mudik-2025-trucks": 2, "mudik-2024-trucks": 1, "mudik-2023-1": 1}),
    ("indonesian", "KK harus terbit minimal satu tahun sebelum daftar jalur zonasi",
     {"ppdb-2023-1": 2, "ppdb-2024-1": 2,
      "school-admission~kartu keluarga|family card|domisili|domicile": 1}),
    ("indonesian", "korban online scam berangkat lagi setelah dipulangkan",
     {"wni-scam-2": 2, "wni-scam-3": 2, "wni-scam-1": 1}),
    ("indonesian", "PMI kabur dari tempat kerja di korea jadi tidak berdokumen",
     {"pmi-korea-1": 2}),
    # ---- english ----
    ("english", "shared database so mentors get terror convicts' release schedules",
     {"derad-a6": 2}),
    ("english", "minors in terror propaganda case handled under juvenile justice system",
     {"terror-a7": 2}),
    ("english", "KPK 2024 public complaints forwarded for verification",
     {"kpk-a7": 2}),
    ("english", "sugar import graft suspect under city arrest for health reasons",
     {"kjg-a6": 2}),
    ("english", "how many agencies had backups outside the national data centre",
     {"cyber-a3": 2}),
    ("english", "regional governments most frequent victims of data theft outdated systems",
     {"cyber-a7": 2, "cyber-a1": 1, "cyber-a2": 1}),
    ("english", "largest methamphetamine seizure off Bengkalis Riau March 2024",
     {"bnn-a4": 2}),
    ("english", "money laundering assets seized from drug trafficking networks",
     {"bnn-a4": 2, "bnn-a6": 2}),
    ("english", "relapse risk in first six months after rehab discharge",
     {"rehab-a2": 2}),
    ("english", "online gambling masterminds abroad Interpol red notice",
     {"judol-a3": 2, "judol-a4": 2, "judol-a1": 1, "judol-a5": 1}),
    ("english", "polyethylene boats and sleeping mats sent to flood evacuees",
     {"flood-demak-2023": 2, "flood-pekalongan-2026": 1, "flood-tamiang-2025": 1}),
    ("english", "bridges and school buildings damaged by Pesisir Selatan flash floods",
     {"flood-pessel-2024": 2}),
    ("english", "clean water treatment unit for Aceh Tamiang flood evacuees",
     {"flood-tamiang-2025": 2}),
    ("english", "earthquake parameters in under three minutes in eastern Indonesia",
     {"quake-inatews-2023": 2}),
    ("english", "three-hourly weather forecasts for homecoming routes on InfoBMKG",
     {"weather-mudik-2026": 2, "weather-nataru-2023": 1}),
    ("english", "incentives for farmers who clear land without burning",
     {"karhutla-mpa-2024": 2}),
    ("english", "larva-free index below 95 percent in Bali villages",
     {"dengue-jumantik-bali-2023": 2}),
    ("english", "expired food most common in Kupang Ambon and Manokwari",
     {"food-ramadan-2023": 2, "food-nataru-2025": 1}),
    ("english", "unregistered imported chocolates and sweets from Malaysia and China",
     {"food-nataru-2025": 2, "food-ramadan-2023": 1}),
    ("english", "passing cargo ship spotted drifting fishermen's flag signal",
     {"sar-cilacap-2026": 2}),
    ("english", "share of food waste in Indonesia's waste composition",
     {"waste-hpsn-2023": 2, "waste-hlh-2024": 1}),
    ("english", "air quality readings used to decide when to close schools",
     {"air-stations-2026": 2, "karhutla-riau-2026": 1}),
    ("english", "Indonesian UNIFIL peacekeepers during Lebanon evacuation",
     {"wni-evac-2": 2, "wni-evac-2b": 2}),
    ("english", "undocumented migrant workers promised 1,500 ringgit a month",
     {"pmi-illegal-1": 2}),
    ("english", "primary balance deficit in the 2024 state budget",
     {"apbn-4": 2, "apbn-1": 1, "apbn-2": 1, "apbn-3": 1}),
    # ---- crosslang: English query, grade-2 releases only in Indonesian ----
    ("crosslang", "social media posts threatening the Pope's visit taken down",
     {"terror-a4": 2}),
    ("crosslang", "village officials get free electronic signature certificates in Sleman",
     {"cyber-a6": 2}),
    ("crosslang", "drug-free villages on the West Kalimantan border smuggling routes",
     {"rehab-a3": 2, "bnn-a6": 1}),
    ("crosslang", "foreigners refused entry at Bali airport flagged by advance passenger information",
     {"imi-a3": 2, "imis-a4": 1}),
    ("crosslang", "passport office extends opening hours and serves applicants in malls",
     {"imis-a5": 2, "imis-a1": 1}),
    ("crosslang", "online gambling workers tried to delete computer data during police raid",
     {"judol-a5": 2}),
    ("crosslang", "Demak river embankment permanently closed with sheet piles",
     {"flood-demak-2023b": 2, "flood-demak-2023": 1}),
    ("crosslang", "tropical cyclone Ellie high waves in the Savu Sea",
     {"weather-cyclone-2022": 2, "tenau-weather-2026": 1}),
    ("crosslang", "masks handed out to schools as haze made Palembang air unhealthy",
     {"karhutla-heli-2023": 2, "karhutla-riau-2026": 1}),
    ("crosslang", "most 2023 fires burned mineral soil rather than peat",
     {"karhutla-recap-2023": 2}),
    ("crosslang", "provinces with highest coverage in second round polio immunisation 2024",
     {"polio-pin-2024": 2, "polio-aceh-2023": 1}),
    ("crosslang", "measles-rubella immunisation month outside Java and Bali August 2022",
     {"imm-bian-2022": 2, "imm-catchup-2025": 1, "imm-measles-sumenep-2026": 1}),
    ("crosslang", "mobile laboratories test Ramadan snack samples in under an hour",
     {"food-takjil-2024": 2}),
    ("crosslang", "low-risk food products of small businesses registered within 15 working days",
     {"food-umkm-2026": 2}),
    ("crosslang", "plane crash rescue drill at Sentani airport",
     {"sar-drill-sentani-2022": 2}),
    ("crosslang", "Basarnas rescue vessels and helicopters on standby over Christmas and New Year",
     {"sar-nataru-2025": 2}),
    ("crosslang", "metal smelters switched off emission controls at night",
     {"air-jabodetabek-2023b": 2, "air-jabodetabek-2023": 1}),
    ("crosslang", "cities with the highest vehicle emission test failure rates",
     {"air-emission-test-2025": 2}),
    ("crosslang", "workers laid off 30 days before Eid still entitled to holiday allowance",
     {"thr-2024-1": 2}),
    # ---- crosslang: Indonesian query, grade-2 releases only in English ----
    ("crosslang", "kementerian wajib gelar latihan insiden siber setiap tahun mulai 2026",
     {"cyber-a7": 2, "cyber-a4": 1}),
    ("crosslang", "BNN kerja sama TNI AL patroli selat malaka",
     {"bnn-a4": 2, "bnn-a1": 1}),
    ("crosslang", "autogate mencocokkan wajah dengan foto di cip paspor",
     {"imis-a4": 2, "imis-a2": 1}),
    ("crosslang", "angka kematian kasus DBD semester I 2022 di atas target nasional",
     {"dengue-2022-h1": 2, "dengue-2024-w16": 1, "dengue-2026-w9": 1}),
    ("crosslang", "guru PPPK harus ditempatkan di daerah kekurangan bukan menumpuk di kota",
     {"pppk-guru-2024-1": 2, "pppk-guru-2022-2": 1}),
    ("crosslang", "intervensi rupiah di pasar DNDF januari 2025",
     {"birate-5": 2}),
    # ---- morphology ----
    # drugs-batam-2026 says "penyelundupan", never "diselundupkan"
    ("morphology", "obat ilegal diselundupkan dalam peti kemas di batu ampar",
     {"drugs-batam-2026": 2}),
    # cosmetics-bekasi-2024 says "membongkar", never "pembongkaran"
    ("morphology", "pembongkaran gudang kosmetik bermerkuri di bekasi",
     {"cosmetics-bekasi-2024": 2}),
    # terror-a8 says "disita" / "membekukan", never "penyitaan" / "pembekuan"
    ("morphology", "penyitaan dan pembekuan aset kripto penyandang dana teror",
     {"terror-a8": 2}),
    # karhutla-heli-2023 says "Kerahkan" / "mengerahkan", never "pengerahan"
    ("morphology", "pengerahan helikopter water bombing karhutla di enam provinsi",
     {"karhutla-heli-2023": 2, "karhutla-kalbar-2025": 1, "karhutla-riau-2026": 1}),
    # flood-demak-2023 says "mengevakuasi" (en: "move ... to safety"), never "dievakuasi"
    ("morphology", "lansia dan ibu hamil dievakuasi dengan perahu karet banjir demak",
     {"flood-demak-2023": 2, "flood-demak-2023b": 1}),
    # dengue-vaccine-2025 says "pemberian vaksin" / "penyuntikan", never "disuntik"
    ("morphology", "anak sekolah disuntik vaksin dengue dua dosis",
     {"dengue-vaccine-2025": 2}),
    # flood-pekalongan-2026 says "banjir" / "genangan", never "kebanjiran"
    ("morphology", "permukiman pesisir pekalongan kebanjiran rob",
     {"flood-pekalongan-2026": 2}),
    # thr-2023-1 says "tidak boleh dicicil", never "pencicilan"
    ("morphology", "larangan pencicilan THR keagamaan 2023",
     {"thr-2023-1": 2, "thr-2024-1": 1}),
    # imm-hpv-2023 says "vaccination" / "immunisation" (id: "imunisasi"), never "immunising"
    ("morphology", "immunising fifth and sixth grade girls against HPV",
     {"imm-hpv-2023": 2}),
    # sar-cilacap-2026 says "rescuers" / "rescue vessel", never "rescuing"
    ("morphology", "rescuing fishermen whose boat engine failed off Cilacap",
     {"sar-cilacap-2026": 2}),
    # cosmetics-warning-2026 says "revoked", never "revoking"
    ("morphology", "revoking registrations of reformulated skincare products",
     {"cosmetics-warning-2026": 2}),
    # imm-measles-sumenep-2026 says "deployed", never "deploying"
    ("morphology", "deploying a rapid response team to the Sumenep measles outbreak",
     {"imm-measles-sumenep-2026": 2}),
    # ---- acronym ----
    ("acronym", "PPATK telusuri aliran dana jaringan teror",
     {"terror-a1": 2, "terror-a8": 2}),
    ("acronym", "intensitas MMI gempa M6,2 garut selatan",
     {"quake-garut-2024": 2}),
    ("acronym", "BRGM sumur bor dan sekat kanal gambut kalbar",
     {"karhutla-kalbar-2025": 2, "karhutla-recap-2023": 1, "karhutla-mpa-2024": 1}),
    ("acronym", "jamu mengandung BKO sildenafil",
     {"drugs-jamu-jatim-2025": 2, "drugs-pangea-2023": 2}),
    ("acronym", "MPLS wajib wawasan kebangsaan di kota bima",
     {"derad-a7": 2}),
    ("acronym", "SPB kapal penumpang ditunda karena gelombang tinggi",
     {"tenau-weather-2026": 2, "ship-inspection-nataru-2024": 1, "weather-cyclone-2022": 1}),
    # ---- typo ----
    ("typo", "kejari makassar kredit fiktf bank pelat merah",
     {"kjg-a7": 2}),
    ("typo", "gempa laut banda tidak berpotensi tsunamu",
     {"quake-banda-2025": 2}),
    ("typo", "WNA pekerja ilegal proyek smleter marunda",
     {"imi-a5": 2, "imi-a2": 1}),
    ("typo", "hari lingkungn hidup sedunia bersih pantai",
     {"waste-hlh-2024": 2}),
    ("typo", "QRIS antarnegara jepng",
     {"qris-4": 2, "qris-1": 1}),
    ("typo", "tunjangan penyuluh pertanan PP 9 2024",
     {"reg-penyuluh-1": 2}),
    # ---- number ----
    ("number", "2.800 ember telur nyamuk wolbachia",
     {"dengue-wolbachia-jkt-2023": 2}),
    ("number", "5.574 insiden web defacement 2021",
     {"cyber-a1": 2}),
    ("number", "19,8 ton NaCl dalam 26 sorti OMC",
     {"flood-jakarta-2025b": 2, "flood-jakarta-2025": 1}),
    ("number", "IDR 2.7 trillion gambling transactions through a payment firm",
     {"judol-a6": 2}),
    ("number", "12.450 butir ekstasi dari laboratorium gelap",
     {"bnn-a2": 2}),
    ("number", "1.900 BTS 4G beroperasi di wilayah 3T",
     {"bts-maybrat": 2, "bts-progress-2023": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "w", NEWS_CORPUS)
