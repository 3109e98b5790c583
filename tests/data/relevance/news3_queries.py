"""Third judged query set over ``news_corpus.jsonl`` (ids ``p001`` ...).

Written 2026-12 by a helper, blind: no search, ranking, benchmark or test of the search system was run and nothing
under search/, benchmarks/ or docs/ was read; only the corpus, ``fresh_queries.py`` and ``fresh5_queries.py`` (for
the format) were consulted. No earlier news set existed when it was written. Measured once, never tuned on.

Focus: releases 5401-5599 (floods, earthquakes, weather warnings, forest fires, dengue, immunisation, food and drug
safety, search and rescue, waste, air quality); judgments cover the whole corpus (each query's key terms were
pattern-searched over all titles and bodies in both languages).

Grades: 2 = the release states every constraint of the query (place, time, figure, actor) in its title or body;
1 = same subject (usually same topic or a follow-up of the same story), a constraint differs or is missing. Both
language versions of a release share a grade (event keys). Categories: indonesian, english, crosslang (all grade-2
releases in the other language), morphology (the query's affixed form is absent from its grade-2 releases; their
forms are noted in comments), acronym, typo, number.

Non-obvious calls: a query about a Demak flood gives grade 2 to both Demak releases (the first report and the dike
follow-up) when both state the asked fact; follow-ups that only mention a fact in passing are grade 1; in figure
questions, releases giving the same indicator for another period are grade 1 (same topic).
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import NEWS_CORPUS, write_queries

OUT = Path(__file__).with_name("news3_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian ----
    ("indonesian", "status tanggap darurat banjir demak diperpanjang", {"flood-demak-2023b": 2, "floods": 1}),
    ("indonesian", "korban banjir bandang dan longsor pesisir selatan sumatera barat",
     {"flood-pessel-2024": 2, "floods": 1}),
    ("indonesian", "stimulan perbaikan rumah rusak gempa cianjur", {"quake-cianjur-2022b": 2, "earthquakes": 1}),
    ("indonesian", "identifikasi korban gempa cianjur oleh tim DVI polri",
     {"quake-cianjur-2022b": 2, "quake-cianjur-2022": 1}),
    ("indonesian", "hari tanpa hujan lebih dari 60 hari di NTT akibat el nino",
     {"weather-elnino-2023": 2, "weather-warnings": 1}),
    ("indonesian", "kabut asap pekanbaru sekolah belajar daring", {"karhutla-riau-2026": 2, "forest-fires": 1}),
    ("indonesian", "helikopter water bombing di riau kabut asap", {"karhutla-riau-2026": 2, "forest-fires": 1}),
    ("indonesian", "tinggi muka air gambut turun di bawah 40 sentimeter",
     {"karhutla-oki-2024": 2, "karhutla-kalbar-2025": 2, "forest-fires": 1}),
    ("indonesian", "KLB demam berdarah kabupaten sikka", {"dengue-2026-w9": 2, "dengue": 1}),
    ("indonesian", "bagaimana bakteri wolbachia menekan penularan dengue",
     {"dengue-wolbachia-jkt-2023": 2, "dengue": 1}),
    ("indonesian", "anak lumpuh polio tipe 2 di pidie", {"polio-aceh-2023": 2, "immunization": 1}),
    ("indonesian", "imunisasi HPV gratis cegah kanker serviks anak perempuan SD",
     {"imm-hpv-2023": 2, "immunization": 1}),
    ("indonesian", "biskuit krim cokelat impor tercemar salmonella ditarik dari peredaran",
     {"food-recall-biscuit-2024": 2, "food-safety": 1}),
    ("indonesian", "jamu pegal linu asam urat mengandung bahan kimia obat jawa timur",
     {"drugs-jamu-jatim-2025": 2, "drug-safety": 1}),
    ("indonesian", "kapal KM Bahari Jaya tenggelam di buton", {"sar-buton-2024": 2, "sar-buton-2024b": 2,
                                                              "search-rescue": 1}),
    ("indonesian", "satgas polusi udara sanksi perusahaan peleburan logam tangerang",
     {"air-jabodetabek-2023b": 2, "air-jabodetabek-2023": 1, "air-quality": 1}),
    ("indonesian", "jumlah nasabah bank sampah di indonesia", {"waste-hpsn-2023": 2, "waste-hpsn-2026": 1,
                                                               "waste": 1}),
    ("indonesian", "gudang kosmetik ilegal di tambun selatan", {"cosmetics-bekasi-2024": 2, "drug-safety": 1}),
    ("indonesian", "pemda diminta tutup TPA open dumping", {"waste-tpa-2024": 2, "waste-hpsn-2026": 2, "waste": 1}),
    ("indonesian", "imunisasi kejar anak belum lengkap imunisasi rutin pekan imunisasi dunia",
     {"imm-catchup-2025": 2, "immunization": 1}),
    # ---- english ----
    ("english", "Cianjur earthquake magnitude 5.6 tsunami potential",
     {"quake-cianjur-2022": 2, "quake-cianjur-2022b": 1, "earthquakes": 1}),
    ("english", "deep earthquake Banda Sea felt in Ambon", {"quake-banda-2025": 2, "earthquakes": 1}),
    ("english", "BMKG weather information posts for Eid homecoming 2026",
     {"weather-mudik-2026": 2, "weather-warnings": 1}),
    ("english", "West Kalimantan forest fire emergency alert hotspots",
     {"karhutla-kalbar-2025": 2, "forest-fires": 1}),
    ("english", "which cities recorded the most dengue cases in 2024", {"dengue-2024-w16": 2, "dengue": 1}),
    ("english", "health ministry trains larva monitors in Bali", {"dengue-jumantik-bali-2023": 2, "dengue": 1}),
    ("english", "HPV DNA screening for women aged 30 to 69", {"imm-hpv-2023": 2, "immunization": 1}),
    ("english", "fishermen adrift in Indian Ocean rescued off Cilacap",
     {"sar-cilacap-2026": 2, "search-rescue": 1}),
    ("english", "how much waste did Indonesia generate in 2022", {"waste-hpsn-2023": 2, "waste-hpsn-2026": 1,
                                                                  "waste": 1}),
    ("english", "air pollution task force Greater Jakarta companies sanctioned",
     {"air-jabodetabek-2023": 2, "air-jabodetabek-2023b": 2, "air-quality": 1}),
    ("english", "BPOM illegal food seizures ahead of Christmas and New Year",
     {"food-nataru-2025": 2, "food-safety": 1}),
    ("english", "polio immunisation campaign Aceh extended to Langkat North Sumatra",
     {"polio-aceh-2023": 2, "immunization": 1}),
    ("english", "Ramadan food inspection expired and damaged products 2023",
     {"food-ramadan-2023": 2, "food-safety": 1}),
    # ---- crosslang ----
    ("crosslang", "banjir aceh tamiang sungai tamiang meluap", {"flood-tamiang-2025": 2, "floods": 1}),
    ("crosslang", "BMKG pasang seismograf baru di indonesia timur", {"quake-inatews-2023": 2, "earthquakes": 1}),
    ("crosslang", "suhu panas april 2025 bukan gelombang panas kata BMKG",
     {"weather-heat-2025": 2, "weather-warnings": 1}),
    ("crosslang", "pembentukan kelompok masyarakat peduli api jelang kemarau 2024",
     {"karhutla-mpa-2024": 2, "forest-fires": 1}),
    ("crosslang", "kasus demam berdarah semester pertama 2022", {"dengue-2022-h1": 2, "dengue": 1}),
    ("crosslang", "KLB campak di sumenep", {"imm-measles-sumenep-2026": 2, "immunization": 1}),
    ("crosslang", "keracunan makanan siswa bacillus cereus dapur makan bergizi gratis",
     {"food-mbg-2025": 2, "food-safety": 1}),
    ("crosslang", "izin edar kosmetik dicabut karena formula diubah setelah disetujui",
     {"cosmetics-warning-2026": 2, "drug-safety": 1}),
    ("crosslang", "helikopter hilang kontak rute wamena elelim", {"sar-papua-heli-2025": 2, "search-rescue": 1}),
    ("crosslang", "produsen wajib serahkan peta jalan pengurangan sampah berapa perusahaan patuh",
     {"waste-epr-2025": 2, "waste": 1}),
    ("crosslang", "stasiun pemantau kualitas udara baru di 20 kota", {"air-stations-2026": 2, "air-quality": 1}),
    ("crosslang", "weather modification Jabodetabek rainfall reduced",
     {"flood-jakarta-2025b": 2, "flood-jakarta-2025": 1, "floods": 1}),
    ("crosslang", "Pekalongan tidal flooding land subsidence", {"flood-pekalongan-2026": 2, "floods": 1}),
    ("crosslang", "Garut earthquake M6.2 felt in Jakarta", {"quake-garut-2024": 2, "earthquakes": 1}),
    ("crosslang", "BMKG forecast start of 2024/2025 rainy season", {"weather-rainy-2024": 2,
                                                                    "weather-warnings": 1}),
    ("crosslang", "total area burned in forest and land fires in 2023",
     {"karhutla-recap-2023": 2, "karhutla-segel-2023": 1, "forest-fires": 1}),
    ("crosslang", "water bombing helicopters deployed in six provinces 2023",
     {"karhutla-heli-2023": 2, "forest-fires": 1}),
    ("crosslang", "dengue vaccine pilot East Kalimantan and Bali", {"dengue-vaccine-2025": 2, "dengue": 1}),
    ("crosslang", "formalin and borax found in Ramadan takjil 2024", {"food-takjil-2024": 2, "food-safety": 1}),
    ("crosslang", "cough syrup ethylene glycol contamination acute kidney injury children",
     {"drug-syrup-2022": 2, "drug-safety": 1}),
    ("crosslang", "antibiotics sold online without prescription Operation Pangea",
     {"drugs-pangea-2023": 2, "drug-safety": 1}),
    ("crosslang", "free vehicle emission tests in 25 cities", {"air-emission-test-2025": 2, "air-quality": 1}),
    ("crosslang", "missing hiker found alive on Mount Rinjani", {"sar-rinjani-2023": 2, "search-rescue": 1}),
    # ---- morphology ----
    # release: "Lepas", "pelepasan"
    ("morphology", "nyamuk wolbachia dilepaskan di kembangan", {"dengue-wolbachia-jkt-2023": 2, "dengue": 1}),
    # release: "menyita", "disita"
    ("morphology", "penyitaan kosmetik mengandung merkuri di bekasi", {"cosmetics-bekasi-2024": 2,
                                                                        "drug-safety": 1}),
    # release: "terbalik"
    ("morphology", "penyebab terbaliknya kapal di perairan buton", {"sar-buton-2024": 2, "sar-buton-2024b": 1,
                                                                    "search-rescue": 1}),
    # release: "Tetapkan", "meningkatkan status"
    ("morphology", "penetapan siaga darurat karhutla kalimantan barat",
     {"karhutla-kalbar-2025": 2, "forest-fires": 1}),
    # release: "meluncurkan"
    ("morphology", "peluncuran gerakan imunisasi kejar 2025", {"imm-catchup-2025": 2, "immunization": 1}),
    # release: "Hentikan"
    ("morphology", "penghentian operasional TPA open dumping", {"waste-tpa-2024": 2, "waste-hpsn-2026": 1,
                                                                  "waste": 1}),
    # release: "membentuk", "Bentuk" (the follow-up says "dibentuk")
    ("morphology", "pembentukan satgas pengendalian pencemaran udara",
     {"air-jabodetabek-2023": 2, "air-jabodetabek-2023b": 1, "air-quality": 1}),
    # release: "Pulang"
    ("morphology", "pemulangan pengungsi banjir demak", {"flood-demak-2023b": 2, "flood-demak-2023": 1,
                                                         "floods": 1}),
    # release: "has deployed"
    ("morphology", "BPOM deploying inspectors to free meal kitchens", {"food-mbg-2025": 2, "food-safety": 1}),
    # release: "Vaccinates"
    ("morphology", "vaccinating children during Sumenep measles outbreak",
     {"imm-measles-sumenep-2026": 2, "immunization": 1}),
    # release: "Overflows", "overflowed"
    ("morphology", "overflowing Tamiang River floods", {"flood-tamiang-2025": 2, "floods": 1}),
    # release: "ditemukan", "menemukan"
    ("morphology", "penemuan pendaki hilang di gunung rinjani", {"sar-rinjani-2023": 2, "search-rescue": 1}),
    # ---- acronym ----
    ("acronym", "Gakkum KLHK gugatan perdata perusahaan karhutla", {"karhutla-segel-2023": 2,
                                                                       "forest-fires": 1}),
    ("acronym", "DSP BNPB banjir pesisir selatan", {"flood-pessel-2024": 2, "floods": 1}),
    ("acronym", "OMC jabodetabek BNPB BMKG", {"flood-jakarta-2025": 2, "flood-jakarta-2025b": 2, "floods": 1}),
    ("acronym", "PIN polio vaksin nOPV2", {"polio-aceh-2023": 2, "polio-pin-2024": 2, "immunization": 1}),
    ("acronym", "BIAN imunisasi campak rubela", {"imm-bian-2022": 2, "immunization": 1}),
    ("acronym", "ISPU palembang tidak sehat karhutla", {"karhutla-heli-2023": 2, "forest-fires": 1}),
    ("acronym", "BPOM SPPG food safety inspections", {"food-mbg-2025": 2, "food-safety": 1}),
    ("acronym", "KIPI PIN polio putaran kedua", {"polio-pin-2024": 2, "immunization": 1}),
    ("acronym", "SIPSN timbulan sampah nasional", {"waste-hpsn-2023": 2, "waste": 1}),
    ("acronym", "TCWC BMKG siklon tropis", {"weather-cyclone-2022": 2, "weather-nataru-2023": 1,
                                           "weather-warnings": 1}),
    ("acronym", "BBWS Pemali Juana tanggul sungai wulan", {"flood-demak-2023": 2, "flood-demak-2023b": 2,
                                                           "floods": 1}),
    ("acronym", "SPAB simulasi tsunami sekolah bengkulu", {"quake-drill-bengkulu-2026": 2, "earthquakes": 1}),
    ("acronym", "MPA manggala agni padamkan gambut OKI", {"karhutla-oki-2024": 2, "karhutla-mpa-2024": 1,
                                                         "forest-fires": 1}),
    # ---- typo ----
    ("typo", "pengunsi banjir demak", {"flood-demak-2023": 2, "flood-demak-2023b": 2, "floods": 1}),
    ("typo", "gempa cianjur korban meningal dunia", {"quake-cianjur-2022b": 2, "quake-cianjur-2022": 1,
                                                    "earthquakes": 1}),
    ("typo", "HPSN 2026 sampah terkeloa", {"waste-hpsn-2026": 2, "waste": 1}),
    ("typo", "peringatan dini cuaca ekstrim natal tahun baru", {"weather-nataru-2023": 2, "weather-warnings": 1}),
    ("typo", "hotspost West Kalimantan", {"karhutla-kalbar-2025": 2, "forest-fires": 1}),
    ("typo", "satgas polusi udara jabodetabeek", {"air-jabodetabek-2023": 2, "air-jabodetabek-2023b": 2,
                                                  "air-quality": 1}),
    ("typo", "basarnas helicoptor search papua", {"sar-papua-heli-2025": 2, "search-rescue": 1}),
    ("typo", "vaksin dengeu gratis anak sekolah", {"dengue-vaccine-2025": 2, "dengue": 1}),
    ("typo", "sub pin polio aceh putaran pertma", {"polio-aceh-2023": 2, "immunization": 1}),
    # ---- number ----
    ("number", "8.420 warga mengungsi banjir demak", {"flood-demak-2023": 2, "flood-demak-2023b": 2, "floods": 1}),
    ("number", "19 orang meninggal banjir longsor sumbar maret 2024", {"flood-pessel-2024": 2, "floods": 1}),
    ("number", "58.362 rumah rusak gempa cianjur", {"quake-cianjur-2022b": 2, "quake-cianjur-2022": 1,
                                                   "earthquakes": 1}),
    ("number", "310 deaths Cianjur earthquake", {"quake-cianjur-2022b": 2, "quake-cianjur-2022": 1,
                                                "earthquakes": 1}),
    ("number", "lebih dari 600 titik panas kalbar dalam sepekan", {"karhutla-kalbar-2025": 2, "forest-fires": 1}),
    ("number", "luas karhutla 2022 204.894 hektare", {"karhutla-recap-2023": 2, "forest-fires": 1}),
    ("number", "62.001 kasus DBD dan 475 kematian", {"dengue-2024-w16": 2, "dengue": 1}),
    ("number", "591 dengue deaths in 2022", {"dengue-2022-h1": 2, "dengue": 1}),
    ("number", "cakupan PIN polio 93 persen", {"polio-pin-2024": 2, "immunization": 1}),
    ("number", "1,8 persen sampel takjil tidak memenuhi syarat", {"food-takjil-2024": 2, "food-safety": 1}),
    ("number", "2.150 tautan pangan ilegal diajukan untuk diturunkan", {"food-nataru-2025": 2, "food-safety": 1}),
    ("number", "4.200 UMKM pangan dapat izin edar BPOM", {"food-umkm-2026": 2, "food-safety": 1}),
    ("number", "18.000 tautan penjualan obat ilegal daring", {"drugs-pangea-2023": 2, "drug-safety": 1}),
    ("number", "obat ilegal Rp21 miliar di batam", {"drugs-batam-2026": 2, "drug-safety": 1}),
    ("number", "31 penumpang KM Bahari Jaya dievakuasi", {"sar-buton-2024": 2, "sar-buton-2024b": 1,
                                                         "search-rescue": 1}),
    ("number", "basarnas siagakan 2.400 personel natal tahun baru", {"sar-nataru-2025": 2, "search-rescue": 1}),
    ("number", "timbulan sampah 38,4 juta ton 2025", {"waste-hpsn-2026": 2, "waste": 1}),
    ("number", "420 ton sampah terkumpul aksi bersih pantai", {"waste-hlh-2024": 2, "waste": 1}),
    ("number", "38 persen kendaraan tidak lulus uji emisi", {"air-emission-test-2025": 2, "air-quality": 1}),
    ("number", "PM2,5 jakarta lebih dari 70 mikrogram per meter kubik", {"air-jabodetabek-2023": 2,
                                                                         "air-quality": 1}),
    ("number", "1,2 juta anak sasaran imunisasi polio aceh", {"polio-aceh-2023": 2, "immunization": 1}),
    ("number", "gempa M6,2 kedalaman 70 km garut", {"quake-garut-2024": 2, "earthquakes": 1}),
    ("number", "air quality station cost IDR 1.8 billion each", {"air-stations-2026": 2, "air-quality": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "p", NEWS_CORPUS)
