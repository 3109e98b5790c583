"""First judged query set over ``news_corpus.jsonl`` (ids ``n001`` ...).

Written 2026-12-05 by a helper, blind: no search, ranking, benchmark or test of the search system was run and
nothing under search/, benchmarks/ or docs/ was read; only the corpus, ``fresh_queries.py`` and ``fresh5_queries.py``
(for the format) were consulted. No other news set was read. Measured once, never tuned on.

Focus: releases 5001-5085 (deradicalisation, terror arrests, KPK stings, Attorney General cases, cyber security,
drug seizures and rehabilitation, immigration enforcement and services, online gambling). Judgments cover the whole
corpus: every query's key terms were pattern-searched over all titles and bodies in both languages (the rest of the
corpus - economy, disasters, health, education, migrant workers, transport - has no release on these subjects except
where noted).

Grades: 2 = the release states every constraint of the query (place, time, figure, actor) in its title or body;
1 = same subject, a constraint differs (another operation, place or period of the same agency's work, or the fact is
only near the asked one); both language versions of a release share a grade (event keys). Categories: indonesian,
english, crosslang (all grade-2 releases in the other language), morphology (the query's affixed form is absent from
its grade-2 releases; their forms are noted in comments), acronym, typo, number.

Non-obvious calls: year-end recap releases that repeat a figure asked about (e.g. Desa Bersinar in the BNN 2024
recap) are grade 1 unless they answer the whole query; the Sekolah Damai releases (Makassar 2022, Bima 2026) are
grade 1 for each other's place-specific queries.
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import NEWS_CORPUS, write_queries

OUT = Path(__file__).with_name("news1_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian ----
    ("indonesian", "sekolah damai bnpt makassar", {"derad-a1": 2, "derad-a7": 1}),
    ("indonesian", "bantuan modal usaha mantan napiter lamongan", {"derad-a2": 2, "deradicalisation": 1}),
    ("indonesian", "pelatihan penyuluh agama jadi duta damai dunia maya di jawa barat",
     {"derad-a3": 2, "deradicalisation": 1}),
    ("indonesian", "anak dan istri WNI eks ISIS dipulangkan dari suriah", {"derad-a4": 2, "deradicalisation": 1}),
    ("indonesian", "moderasi beragama di pesantren poso", {"derad-a5": 2, "deradicalisation": 1}),
    ("indonesian", "densus 88 tangkap teroris JAD sukoharjo klaten boyolali", {"terror-a1": 2, "terror-arrests": 1}),
    ("indonesian", "remaja terpapar ISIS lewat telegram rencanakan bom di TPS", {"terror-a3": 2, "terror-arrests": 1}),
    ("indonesian", "terduga teroris ditangkap jelang kunjungan paus fransiskus", {"terror-a4": 2, "terror-arrests": 1}),
    ("indonesian", "uang suap dibungkus kardus air mineral di rumah makan balikpapan", {"kpk-a1": 2, "kpk-a1b": 1}),
    ("indonesian", "camat terima setoran biaya koordinasi dana desa lombok timur", {"kpk-a3": 2, "kpk-sting": 1}),
    ("indonesian", "harga ventilator dan alat USG digelembungkan rumah sakit banten", {"kpk-a5": 2, "kpk-sting": 1}),
    ("indonesian", "kuota impor garam industri merugikan petambak garam lokal",
     {"kjg-a1": 2, "kjg-a6": 1}),
    ("indonesian", "analis kredit cairkan kredit atas nama debitur fiktif pakai KTP pinjaman",
     {"kjg-a7": 2, "kejagung-cases": 1}),
    ("indonesian", "sabu dililitkan di tubuh penumpang pesawat medan jakarta", {"bnn-a7": 2, "drug-seizures": 1}),
    ("indonesian", "klinik pratama rehabilitasi narkoba gratis di NTT", {"rehab-a1": 2, "drug-rehab": 1}),
    ("indonesian", "tes urine perangkat desa kubu raya", {"rehab-a3": 2, "drug-rehab": 1}),
    ("indonesian", "WNA rusia ukraina dideportasi rudenim denpasar karena overstay",
     {"imi-a1": 2, "imi-a7": 1, "immigration-enforcement": 1}),
    ("indonesian", "biaya percepatan paspor selesai di hari yang sama", {"imis-a1": 2, "immigration-services": 1}),
    ("indonesian", "selebgram promosikan situs judi online lewat instagram ditangkap",
     {"judol-a2": 2, "judol-a3": 1, "online-gambling": 1}),
    ("indonesian", "operator judi online digaji per bulan kerja tiga sif ruko kalideres",
     {"judol-a5": 2, "online-gambling": 1}),
    ("indonesian", "pengendali data wajib lapor insiden kebocoran 3x24 jam",
     {"cyber-a2": 2, "cyber-security": 1}),
    # ---- english ----
    ("english", "Densus 88 arrests MIT sympathisers Sigi Palu homemade rifles", {"terror-a5": 2, "terror-arrests": 1}),
    ("english", "KPK sting Medan Deli Serdang national road preservation tender",
     {"kpk-a4": 2, "kpk-a4b": 1, "kpk-sting": 1}),
    ("english", "KPK sting mining permits South Kalimantan coal companies", {"kpk-a6": 2, "kpk-sting": 1}),
    ("english", "pension fund corruption restitution Pondok Indah house auction", {"kjg-a5": 2, "kejagung-cases": 1}),
    ("english", "palm oil export permit graft money seized from corporations", {"kjg-a2": 2, "kejagung-cases": 1}),
    ("english", "ransomware attack temporary national data centre Surabaya", {"cyber-a3": 2, "cyber-security": 1}),
    ("english", "Golden Triangle syndicate meth smuggled by fishing boat Batam", {"bnn-a3": 2, "drug-seizures": 1}),
    ("english", "how many drug cases did BNN uncover in 2024", {"bnn-a6": 2, "bnn-a4": 1, "drug-seizures": 1}),
    ("english", "most used drug among Lido rehabilitation clients", {"rehab-a2": 2, "drug-rehab": 1}),
    ("english", "Chinese and Vietnamese scammers deported on chartered plane from Batam",
     {"imi-a4": 2, "immigration-enforcement": 1}),
    ("english", "golden visa applicants countries of origin", {"imis-a3": 2}),
    ("english", "online gambling task force arrests bank account sellers payment gateways",
     {"judol-a3": 2, "judol-a6": 1, "online-gambling": 1}),
    ("english", "phishing app steals OTP to take over mobile banking", {"cyber-a5": 2, "cyber-security": 1}),
    # ---- crosslang: English query, Indonesian-only answers ----
    ("crosslang", "Peace School in Bima national dialogue for students", {"derad-a7": 2, "derad-a1": 1}),
    ("crosslang", "ISIS deportee children rehabilitation Sentra Handayani", {"derad-a4": 2, "deradicalisation": 1}),
    ("crosslang", "BNPT trains religious counsellors to produce counter-narrative content",
     {"derad-a3": 2, "deradicalisation": 1}),
    ("crosslang", "Jemaah Islamiyah suspects arrested in Lampung, foundation charity boxes seized",
     {"terror-a2": 2, "terror-arrests": 1}),
    ("crosslang", "terror financier arrested in Bekasi converted donations to crypto",
     {"terror-a8": 2, "terror-arrests": 1}),
    ("crosslang", "Densus 88 personnel on standby for Christmas and New Year 2025", {"terror-a6": 2}),
    ("crosslang", "KPK catches tax office head in Surabaya bribery sting", {"kpk-a2": 2, "kpk-sting": 1}),
    ("crosslang", "witnesses questioned in tin trade corruption case Bangka Belitung",
     {"kjg-a3": 2, "kejagung-cases": 1}),
    ("crosslang", "national cyber drill CSIRT teams Denpasar", {"cyber-a4": 2, "cyber-a7": 1, "cyber-security": 1}),
    ("crosslang", "clandestine ecstasy lab in a Tangerang apartment", {"bnn-a2": 2, "drug-seizures": 1}),
    ("crosslang", "foreigners detained in immigration sweep of nickel industrial areas",
     {"imi-a2": 2, "immigration-enforcement": 1}),
    ("crosslang", "passport applications surge before Ramadan umrah Yogyakarta",
     {"imis-a5": 2, "immigration-services": 1}),
    ("crosslang", "online gambling ring with servers in Cambodia used 1,700 borrowed bank accounts",
     {"judol-a1": 2, "online-gambling": 1}),
    # ---- crosslang: Indonesian query, English-only answers ----
    ("crosslang", "persentase mantan napiter yang tidak kembali melakukan teror", {"derad-a6": 2, "deradicalisation": 1}),
    ("crosslang", "densus 88 tangkap tiga remaja sebar propaganda ISIS di game online",
     {"terror-a7": 2, "terror-arrests": 1}),
    ("crosslang", "kinerja penindakan KPK tahun 2024 jumlah tersangka", {"kpk-a7": 2, "kpk-sting": 1}),
    ("crosslang", "kejagung tetapkan tersangka korupsi kuota impor gula mentah", {"kjg-a6": 2, "kjg-a1": 1}),
    ("crosslang", "WN rusia dideportasi karena bisnis vila tanpa izin di canggu",
     {"imi-a7": 2, "imi-a1": 1, "immigration-enforcement": 1}),
    ("crosslang", "perusahaan payment gateway jadi tersangka pencucian uang judi online",
     {"judol-a6": 2, "judol-a3": 1, "online-gambling": 1}),
    ("crosslang", "unit rehabilitasi khusus remaja BNN di makassar", {"rehab-a4": 2, "drug-rehab": 1}),
    ("crosslang", "pemusnahan barang bukti narkoba hari anti narkotika internasional 2026",
     {"bnn-a8": 2, "drug-seizures": 1}),
    # ---- morphology ----
    ("morphology", "pendeportasian WNA di bali juli 2022",  # release: mendeportasi, dideportasi
     {"imi-a1": 2, "immigration-enforcement": 1}),
    ("morphology", "penggagalan penyelundupan sabu dari malaysia ke aceh timur",  # menggagalkan
     {"bnn-a1": 2, "drug-seizures": 1}),
    ("morphology", "ladang ganja aceh besar dimusnahkan",  # memusnahkan, pemusnahan
     {"bnn-a5": 2, "drug-seizures": 1}),
    ("morphology", "penahanan camat dan kepala desa kasus dana desa",  # menahan, ditahan
     {"kpk-a3": 2, "kpk-sting": 1}),
    ("morphology", "penyitaan uang Rp1,2 triliun perkara minyak goreng",  # menyita
     {"kjg-a2": 2, "kejagung-cases": 1}),
    ("morphology", "pemblokiran rekening jaringan judi online bersama PPATK",  # memblokir, diblokir
     {"judol-a1": 2, "judol-a4": 2, "online-gambling": 1}),
    ("morphology", "pengungkapan laboratorium ekstasi tangerang",  # mengungkap
     {"bnn-a2": 2, "drug-seizures": 1}),
    ("morphology", "penerbitan golden visa bagi investor asing",  # menerbitkan, terbitkan, issued (en)
     {"imis-a3": 2, "immigration-services": 1}),
    ("morphology", "penetapan tersangka suap proyek jalan kalimantan timur",  # menetapkan, tetapkan
     {"kpk-a1": 2, "kpk-a1b": 1, "kpk-sting": 1}),
    ("morphology", "deporting online scammers from Batam",  # deported, deports
     {"imi-a4": 2, "immigration-enforcement": 1}),
    ("morphology", "seizing 250 kg of meth off Batam",  # foils, foiled, seizure
     {"bnn-a3": 2, "drug-seizures": 1}),
    ("morphology", "terror convicts reoffending after release",  # reoffended, reoffenders, recidivism
     {"derad-a6": 2, "deradicalisation": 1}),
    # ---- acronym ----
    ("acronym", "korupsi PDAM meter air kejati jabar",  # release: perusahaan daerah air minum
     {"kjg-a4": 2, "kejagung-cases": 1}),
    ("acronym", "FKPT sekolah damai", {"derad-a1": 2, "derad-a7": 2}),
    ("acronym", "sisa jaringan MIT di poso dan sigi", {"terror-a5": 2, "derad-a5": 1}),
    ("acronym", "PDNS 2 diserang ransomware", {"cyber-a3": 2, "cyber-security": 1}),
    ("acronym", "BSrE sertifikat elektronik perangkat desa", {"cyber-a6": 2, "cyber-security": 1}),
    ("acronym", "jumlah CSIRT teregistrasi di BSSN", {"cyber-a1": 2, "cyber-a7": 2, "cyber-a4": 1}),
    ("acronym", "IPWL rehabilitasi pecandu tidak dituntut pidana", {"rehab-a1": 2, "drug-rehab": 1}),
    ("acronym", "KPK LHKPN compliance 2024", {"kpk-a7": 2}),
    ("acronym", "OTT KPK dokumen RKAB tambang batu bara", {"kpk-a6": 2, "kpk-sting": 1}),
    ("acronym", "APOA lapor WNA mencurigakan", {"imi-a2": 2, "immigration-enforcement": 1}),
    ("acronym", "AGO CPO export facility graft", {"kjg-a2": 2, "kejagung-cases": 1}),
    # ---- typo ----
    ("typo", "densus 88 tankap teroris lampung", {"terror-a2": 2, "terror-arrests": 1}),
    ("typo", "deradikalisai mantan napiter lamongan", {"derad-a2": 2, "deradicalisation": 1}),
    ("typo", "ransomware pusat data nasinal sementara", {"cyber-a3": 2, "cyber-security": 1}),
    ("typo", "phising tax refund notice apk", {"cyber-a5": 2, "cyber-security": 1}),
    ("typo", "kurir sabu bandara kuala namu", {"bnn-a7": 2, "drug-seizures": 1}),
    ("typo", "golden visa indonesa applications", {"imis-a3": 2, "immigration-services": 1}),
    ("typo", "satgas judi onlen tangkap ratusan tersangka", {"judol-a3": 2, "online-gambling": 1}),
    ("typo", "kejaksan agung korupsi timah", {"kjg-a3": 2, "kejagung-cases": 1}),
    # ---- number ----
    ("number", "450 pelajar 60 guru sekolah damai", {"derad-a1": 2, "derad-a7": 1}),
    ("number", "bantuan Rp620 juta untuk 38 mantan napiter", {"derad-a2": 2, "deradicalisation": 1}),
    ("number", "sekitar 400 WNI masih di kamp al-hol dan roj", {"derad-a4": 2}),
    ("number", "83 kasus residivisme dari 1.180 napiter bebas", {"derad-a6": 2, "deradicalisation": 1}),
    ("number", "97 terduga teroris ditangkap sepanjang 2025", {"terror-a6": 2, "terror-a7": 1}),
    ("number", "uang Rp1,25 miliar fee 10 persen proyek jalan Rp48 miliar", {"kpk-a1": 2, "kpk-a1b": 1}),
    ("number", "more than 800 village fund corruption cases since 2015", {"kpk-a3": 2}),
    ("number", "IDR 578 billion state losses raw sugar imports", {"kjg-a6": 2, "kjg-a1": 1}),
    ("number", "kerugian negara lebih dari Rp300 triliun 22 tersangka", {"kjg-a3": 2, "kejagung-cases": 1}),
    ("number", "976 juta anomali trafik 2022", {"cyber-a2": 2, "cyber-a1": 1, "cyber-a7": 1}),
    ("number", "1.6 billion traffic anomalies in 2021", {"cyber-a1": 2, "cyber-a2": 1, "cyber-a7": 1}),
    ("number", "ransom demand USD 8 million 282 agencies affected", {"cyber-a3": 2, "cyber-security": 1}),
    ("number", "3,1 juta aktivitas ransomware 2025", {"cyber-a7": 2, "cyber-security": 1}),
    ("number", "prevalensi penyalahgunaan narkoba 1,73 persen", {"bnn-a6": 2}),
    ("number", "862 kilograms of meth seized January-March 2024", {"bnn-a4": 2, "drug-seizures": 1}),
    ("number", "179 kilogram sabu dikemas 170 bungkus teh", {"bnn-a1": 2, "drug-seizures": 1}),
    ("number", "1.320 klien rawat inap lido semester I 2023", {"rehab-a2": 2, "drug-rehab": 1}),
    ("number", "132 WNA dideportasi 56 didenda overstay", {"imi-a6": 2, "immigration-enforcement": 1}),
    ("number", "golden visa lima tahun USD 2,5 juta", {"imis-a3": 2, "immigration-services": 1}),
    ("number", "perputaran judi online 2024 lebih dari Rp900 triliun", {"judol-a3": 2, "online-gambling": 1}),
    ("number", "IDR 402 billion from 3,260 bank accounts", {"judol-a4": 2, "online-gambling": 1}),
    ("number", "autogates processed 7.4 million passengers", {"imis-a4": 2, "immigration-services": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "n", NEWS_CORPUS)
