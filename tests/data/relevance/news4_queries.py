"""Fourth judged query set over ``news_corpus.jsonl`` (ids ``r001`` ...).

Written 2026-12-05 by a helper, blind: no search, ranking, benchmark or test of the search system was run and
nothing under search/, benchmarks/ or docs/ was read; only the corpus, ``fresh_queries.py`` and ``fresh5_queries.py``
(for the format) were consulted; news1-3 were written at the same time by other helpers and were not read, so a
few needs may overlap with theirs. Measured once, never tuned on.

Focus: releases 5601-5687 (citizen protection abroad, migrant workers, government regulations, school admission,
teacher recruitment, student aid, rural connectivity, hoax debunking, holiday allowance, job training, holiday and
sea transport). Judgments cover the whole corpus: every query's key terms, names and figures were pattern-searched
over all titles and bodies in both languages before grading.

Grades: 2 = the release states every constraint of the query (place, time, figure, actor) in its title or body;
1 = same subject, a constraint differs (other year or batch, other place) or the fact is absent; both language
versions of a release share a grade (event keys). Categories: indonesian, english, crosslang (all grade-2 releases
in the other language), morphology (the query's affixed form is absent from its grade-2 releases; their forms are
noted in comments), acronym, typo, number.

Non-obvious calls: the Lebanon evacuation's second-batch release (5607) restates the first batch and the number of
citizens remaining, so questions on those facts give both Lebanon events grade 2; questions naming one year of
the Eid truck restrictions give the other years grade 1; the 2023 mudik survey (5676/5677) mentions the free
homecoming programme and the truck restriction only in passing (grade 1 for those questions).
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import NEWS_CORPUS, write_queries

OUT = Path(__file__).with_name("news4_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---- indonesian ----
    ("indonesian", "evakuasi WNI dari Sudan", {"wni-evac-1": 2, "citizen-protection": 1}),
    ("indonesian", "berapa WNI yang masih bertahan di Lebanon", {"wni-evac-2": 2, "wni-evac-2b": 2}),
    ("indonesian", "jalur alternatif evakuasi WNI Iran lewat Turkmenistan", {"wni-evac-3": 2, "citizen-protection": 1}),
    ("indonesian", "modus lowongan admin gim daring penipuan di Kamboja",
     {"wni-scam-2": 2, "wni-scam-1": 1, "wni-scam-3": 1}),
    ("indonesian", "negara tujuan penempatan PMI terbanyak Januari 2023", {"pmi-data-1": 2, "pmi-data-2": 1}),
    ("indonesian", "remitansi pekerja migran semester I 2023", {"pmi-data-2": 2, "migrant-workers": 1}),
    ("indonesian", "calon PMI berdalih umrah dicegah di Bandara Soekarno-Hatta",
     {"pmi-illegal-2": 2, "pmi-illegal-1": 1}),
    ("indonesian", "deportan PMI dari Tawau tiba di pelabuhan Nunukan", {"pmi-deport-1": 2, "migrant-workers": 1}),
    ("indonesian", "besaran tunjangan penyuluh pertanian yang baru", {"reg-penyuluh-1": 2}),
    ("indonesian", "perpres kendaraan listrik untuk kendaraan dinas instansi pemerintah",
     {"reg-ev-1": 2, "government-regulation": 1}),
    ("indonesian", "Kota Bogor batalkan calon siswa SMP yang palsukan alamat",
     {"ppdb-2023-2": 2, "school-admission": 1}),
    ("indonesian", "kuota jalur domisili SMA di SPMB", {"spmb-2025-1": 2, "school-admission": 1}),
    ("indonesian", "pelamar prioritas PPPK guru yang belum dapat penempatan",
     {"pppk-guru-2022-2": 2, "teacher-recruitment": 1}),
    ("indonesian", "tunjangan profesi guru non-ASN setelah lulus PPG", {"ppg-2024-1": 2, "teacher-recruitment": 1}),
    ("indonesian", "mahasiswa penerima KIP Kuliah bergaya hidup mewah", {"kip-kuliah-2024-1": 2, "student-aid": 1}),
    ("indonesian", "warga pulau perbatasan lebih mudah dapat sinyal operator Filipina",
     {"bts-sangihe": 2, "rural-connectivity": 1}),
    ("indonesian", "hoaks surat suara sudah dicoblos", {"hoax-election-1": 2, "hoax-debunking": 1}),
    ("indonesian", "denda 5 persen pengusaha telat bayar THR",
     {"thr-2023-1": 2, "thr-2025-jabar": 2, "holiday-allowance": 1}),
    ("indonesian", "pelatihan operator alat berat untuk industri nikel", {"bpvp-kendari-2025": 2, "job-training": 1}),
    ("indonesian", "kapal ke Rote dan Sabu tidak boleh berlayar karena gelombang tinggi",
     {"tenau-weather-2026": 2, "sea-transport-safety": 1}),
    ("indonesian", "rute evakuasi WNI Sudan menyeberangi Laut Merah", {"wni-evac-1": 2, "citizen-protection": 1}),
    # ---- english ----
    ("english", "Indonesians evacuated from Khartoum via Port Sudan", {"wni-evac-1": 2, "citizen-protection": 1}),
    ("english", "Lebanon evacuation of Indonesian citizens through Damascus", {"wni-evac-2": 2, "wni-evac-2b": 2}),
    ("english", "remains of migrant workers returned to Kupang", {"pmi-repat-1": 2, "migrant-workers": 1}),
    ("english", "monthly wage of Indonesian EPS workers in South Korea", {"pmi-korea-1": 2, "pmi-data-2": 1}),
    ("english", "free halal certification for micro and small businesses", {"reg-halal-1": 2}),
    ("english", "West Java cancels senior high school admissions over fake domicile data",
     {"ppdb-2024-2": 2, "school-admission": 1}),
    ("english", "teacher shortages in Papua, Maluku and East Nusa Tenggara",
     {"pppk-guru-2024-1": 2, "teacher-recruitment": 1}),
    ("english", "when was the SATRIA-1 satellite launched", {"satria-1": 2, "satria-1b": 2}),
    ("english", "which topics dominated hoaxes in 2022", {"hoax-annual-2022": 2, "hoax-debunking": 1}),
    ("english", "Eid bonus for app-based drivers and couriers", {"bhr-ojol-2025": 2, "holiday-allowance": 1}),
    ("english", "technical intern programme Japan departures 2024", {"magang-jepang-2024": 2, "job-training": 1}),
    ("english", "heavy truck restrictions during Eid 2024",
     {"mudik-2024-trucks": 2, "mudik-2025-trucks": 1, "mudik-2023-1": 1}),
    ("english", "most popular transport mode for Eid homecoming 2023", {"mudik-2023-1": 2, "holiday-transport": 1}),
    ("english", "Myawaddy scam compound victims returned to Indonesia",
     {"wni-scam-1": 2, "wni-scam-3": 2, "wni-scam-2": 1}),
    # ---- crosslang: English query, Indonesian-only answers ----
    ("crosslang", "Indonesians evacuated from Iran overland to Azerbaijan",
     {"wni-evac-3": 2, "citizen-protection": 1}),
    ("crosslang", "online scam cases involving Indonesians in Cambodia January to April 2024",
     {"wni-scam-2": 2, "wni-scam-1": 1, "wni-scam-3": 1}),
    ("crosslang", "women posing as umrah pilgrims stopped from working illegally in Saudi Arabia",
     {"pmi-illegal-2": 2, "pmi-illegal-1": 1}),
    ("crosslang", "Malaysia deports Indonesian migrant workers through Nunukan", {"pmi-deport-1": 2}),
    ("crosslang", "allowance increase for agricultural and fisheries extension workers", {"reg-penyuluh-1": 2}),
    ("crosslang", "presidential instruction on regional roads 2025 budget", {"reg-inpres-jalan-1": 2}),
    ("crosslang", "how many honorary teachers passed the 2023 PPPK selection",
     {"pppk-guru-2023-1": 2, "teacher-recruitment": 1}),
    ("crosslang", "KIP Kuliah 2025 quota", {"kip-kuliah-2025-1": 2, "kip-kuliah-2023-1": 1, "kip-kuliah-2024-1": 1}),
    ("crosslang", "internet for community health centres in East Nusa Tenggara",
     {"internet-puskesmas-ntt": 2, "satria-1b": 1}),
    ("crosslang", "election hoax content removed from Facebook and TikTok",
     {"hoax-election-2": 2, "hoax-election-1": 1, "hoax-deepfake-1": 1}),
    ("crosslang", "fake wage subsidy registration link on WhatsApp", {"hoax-bsu-link": 2}),
    ("crosslang", "holiday allowance complaints received in 2023",
     {"thr-2023-2": 2, "thr-2023-1": 1, "thr-2024-2": 1}),
    ("crosslang", "job training centres at Islamic boarding schools", {"blk-komunitas-2024": 2, "job-training": 1}),
    ("crosslang", "Christmas and New Year 2025/2026 travel forecast", {"nataru-2025": 2, "holiday-transport": 1}),
    ("crosslang", "passenger ship runs aground near Wakatobi", {"km-sinar-bahari-5": 2, "sea-transport-safety": 1}),
    ("crosslang", "4G signal on Sangihe border islands", {"bts-sangihe": 2, "rural-connectivity": 1}),
    ("crosslang", "school admission complaints 2023 domicile manipulation",
     {"ppdb-2023-2": 2, "school-admission": 1}),
    # ---- crosslang: Indonesian query, English-only answers ----
    ("crosslang", "jenazah 11 PMI dipulangkan ke NTT", {"pmi-repat-1": 2, "migrant-workers": 1}),
    ("crosslang", "aturan kerja fleksibel bagi ASN", {"reg-asn-flex-1": 2, "government-regulation": 1}),
    ("crosslang", "tim pemantau PPDB dikirim ke 12 provinsi", {"ppdb-2024-2": 2, "school-admission": 1}),
    ("crosslang", "penerima PIP di Nusa Tenggara Timur 2024", {"pip-2024-ntt": 2, "pip-2023-1": 1}),
    ("crosslang", "bonus hari raya untuk pengemudi ojol", {"bhr-ojol-2025": 2, "holiday-allowance": 1}),
    ("crosslang", "magang tiga tahun di Jepang", {"magang-jepang-2024": 2, "job-training": 1}),
    ("crosslang", "pemeriksaan kelaiklautan kapal penumpang jelang Natal 2024",
     {"ship-inspection-nataru-2024": 2, "ramp-check-bakauheni": 1}),
    ("crosslang", "truk sumbu tiga dilarang lewat tol saat Lebaran 2024",
     {"mudik-2024-trucks": 2, "mudik-2025-trucks": 1, "mudik-2023-1": 1}),
    ("crosslang", "rekaman suara deepfake capres", {"hoax-deepfake-1": 2, "hoax-debunking": 1}),
    ("crosslang", "satelit SATRIA-1 diluncurkan dengan roket Falcon 9", {"satria-1": 2, "satria-1b": 1}),
    # ---- morphology ----
    # 5601: "dievakuasi", "Evakuasi"
    ("morphology", "pemerintah mengevakuasi WNI dari Sudan", {"wni-evac-1": 2, "citizen-protection": 1}),
    # 5614: "menggagalkan", "Gagalkan"
    ("morphology", "penggagalan keberangkatan calon PMI nonprosedural di Batam",
     {"pmi-illegal-1": 2, "pmi-illegal-2": 1}),
    # 5618: "dideportasi", "deportasi", "deportan"
    ("morphology", "Malaysia mendeportasi PMI lewat Nunukan", {"pmi-deport-1": 2, "migrant-workers": 1}),
    # 5646: "meresmikan", "Resmikan", "Peresmian"
    ("morphology", "BTS 4G diresmikan di Maybrat", {"bts-maybrat": 2, "rural-connectivity": 1}),
    # 5669: "melunasi"
    ("morphology", "pelunasan THR perusahaan di Jawa Barat", {"thr-2025-jabar": 2, "holiday-allowance": 1}),
    # 5687: "menunda", "Tunda"
    ("morphology", "penundaan pelayaran dari Tenau Kupang", {"tenau-weather-2026": 2, "sea-transport-safety": 1}),
    # 5678: "memberangkatkan", "Berangkatkan"
    ("morphology", "pemberangkatan peserta mudik gratis 2023",
     {"mudik-gratis-2023": 2, "mudik-2023-1": 1, "mudik-2024-eval": 1}),
    # 5642: "disalurkan"
    ("morphology", "penyaluran PIP 2023", {"pip-2023-1": 2, "student-aid": 1}),
    # 5643: "dicabut"
    ("morphology", "pencabutan KIP Kuliah penerima yang mampu", {"kip-kuliah-2024-1": 2, "student-aid": 1}),
    # 5627: "menerbitkan", "Terbit"
    ("morphology", "penerbitan juknis PPDB 2023", {"ppdb-2023-1": 2, "school-admission": 1}),
    # 5653: "beroperasi"
    ("morphology", "beroperasinya BTS di Pulau Enggano", {"bts-enggano": 2, "rural-connectivity": 1}),
    # 5603/5604: "Pulangkan", "flown home"; 5609/5610: "dipulangkan", "repatriated", "repatriation"
    ("morphology", "repatriating Indonesian scam victims from Myawaddy",
     {"wni-scam-1": 2, "wni-scam-3": 2, "wni-scam-2": 1}),
    # 5606: "evacuates", "evacuated", "evacuation"; 5607: "dievakuasi"
    ("morphology", "evacuating Indonesians from Lebanon", {"wni-evac-2": 2, "wni-evac-2b": 2}),
    # 5647: "inaugurated", "inaugurates"
    ("morphology", "inauguration of 4G towers in Maybrat", {"bts-maybrat": 2, "rural-connectivity": 1}),
    # ---- acronym ----
    ("acronym", "PMI G to G ke Korea Selatan 2024", {"pmi-korea-1": 2, "pmi-data-2": 1}),
    ("acronym", "SE Menaker THR 2023", {"thr-2023-1": 2, "holiday-allowance": 1}),
    ("acronym", "numpang KK PPDB 2024", {"ppdb-2024-1": 2, "ppdb-2024-2": 2, "school-admission": 1}),
    ("acronym", "BAKTI BTS 4G Bengkulu", {"bts-enggano": 2, "rural-connectivity": 1}),
    ("acronym", "KSOP Bakauheni ramp check kapal", {"ramp-check-bakauheni": 2, "sea-transport-safety": 1}),
    ("acronym", "SKB pembatasan angkutan barang Lebaran 2025",
     {"mudik-2025-trucks": 2, "mudik-2024-trucks": 1, "mudik-2023-1": 1}),
    ("acronym", "Puslapdik evaluasi KIP Kuliah tidak tepat sasaran", {"kip-kuliah-2024-1": 2, "student-aid": 1}),
    ("acronym", "pekerja PKWT berhak THR", {"thr-2023-1": 2, "thr-2024-1": 2, "holiday-allowance": 1}),
    ("acronym", "KBRI Teheran evakuasi WNI", {"wni-evac-3": 2, "citizen-protection": 1}),
    ("acronym", "asesmen TPPO WNI korban online scam",
     {"wni-scam-1": 2, "wni-scam-3": 2, "wni-scam-2": 1}),
    ("acronym", "PPG Daljab 2024 gelombang III", {"ppg-2024-1": 2, "teacher-recruitment": 1}),
    # ---- typo ----
    ("typo", "evakuasi WNI dari Sudna", {"wni-evac-1": 2, "citizen-protection": 1}),
    ("typo", "WNI korban online scam Myawadi", {"wni-scam-1": 2, "wni-scam-3": 2, "wni-scam-2": 1}),
    ("typo", "sinyal 4G pulau Engano", {"bts-enggano": 2, "rural-connectivity": 1}),
    ("typo", "satelit SATRIA-1 beroprasi penuh", {"satria-1b": 2, "satria-1": 1}),
    ("typo", "kerja felksibel ASN", {"reg-asn-flex-1": 2, "government-regulation": 1}),
    ("typo", "sertifkasi halal gratis usaha mikro", {"reg-halal-1": 2}),
    ("typo", "kapal kandas di Wakatobi penumpang selamt", {"km-sinar-bahari-5": 2, "sea-transport-safety": 1}),
    ("typo", "mudik gratsi 2023 naik bus", {"mudik-gratis-2023": 2, "mudik-2023-1": 1, "mudik-2024-eval": 1}),
    # ---- number ----
    ("number", "538 WNI dievakuasi dari Sudan", {"wni-evac-1": 2, "citizen-protection": 1}),
    ("number", "554 WNI dipulangkan dari Myawaddy", {"wni-scam-3": 2, "wni-scam-1": 1}),
    ("number", "lebih dari 3.700 kasus online scam sepanjang 2024", {"wni-scam-3": 2, "wni-scam-2": 1}),
    ("number", "21,340 migrant worker placements", {"pmi-data-1": 2, "pmi-data-2": 1}),
    ("number", "137.218 PMI ditempatkan semester I 2023", {"pmi-data-2": 2, "pmi-data-1": 1}),
    ("number", "1.250 PMI dideportasi Malaysia", {"pmi-deport-1": 2, "migrant-workers": 1}),
    ("number", "Rp14,6 triliun untuk jalan daerah", {"reg-inpres-jalan-1": 2}),
    ("number", "at least one million free halal certificates a year", {"reg-halal-1": 2}),
    ("number", "kuota zonasi SMP minimal 50 persen PPDB 2023", {"ppdb-2023-1": 2, "school-admission": 1}),
    ("number", "posko pengaduan PPDB terima 1.128 laporan", {"ppdb-2023-2": 2, "school-admission": 1}),
    ("number", "143.919 pelamar prioritas PPPK guru dapat formasi", {"pppk-guru-2022-2": 2, "teacher-recruitment": 1}),
    ("number", "KIP Kuliah living allowance up to IDR 1.4 million a month",
     {"kip-kuliah-2023-1": 2, "student-aid": 1}),
    ("number", "bantuan PIP Rp1,8 juta untuk siswa SMA", {"pip-2023-1": 2, "pip-2024-ntt": 2, "student-aid": 1}),
    ("number", "4.990 BTS 4G on air", {"bts-progress-2023": 2, "rural-connectivity": 1}),
    ("number", "SATRIA-1 layani 37.000 titik layanan publik", {"satria-1b": 2, "satria-1": 1}),
    ("number", "1,321 hoax issues in 2022", {"hoax-annual-2022": 2, "hoax-debunking": 1}),
    ("number", "posko THR 2024 terima 965 pengaduan", {"thr-2024-2": 2, "holiday-allowance": 1}),
    ("number", "job fair 10.000 lowongan 200 perusahaan", {"jobfair-2023": 2, "job-training": 1}),
    ("number", "123,8 juta pemudik Lebaran 2023", {"mudik-2023-1": 2, "holiday-transport": 1}),
    ("number", "penumpang angkutan umum Lebaran 2024 naik 16 persen", {"mudik-2024-eval": 2, "holiday-transport": 1}),
    ("number", "1,240 passenger vessels inspected, 53 ordered to repair",
     {"ship-inspection-nataru-2024": 2, "sea-transport-safety": 1}),
    ("number", "BSU Rp600.000 lewat tautan WhatsApp hoaks", {"hoax-bsu-link": 2, "hoax-debunking": 1}),
    ("number", "bantuan Rp1 miliar per lembaga BLK Komunitas", {"blk-komunitas-2024": 2, "job-training": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "r", NEWS_CORPUS)
