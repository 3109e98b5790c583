"""Sixth judged query set over ``fresh_corpus.jsonl`` (ids ``y001`` ...).

Written 2026-12-05 (session 10), blind: no search, ranking, benchmark or test of the search system was run and no
result or measurement was read; only the corpus, ``fresh_queries.py`` and the earlier sets fresh1-fresh4 (to avoid
repeating their queries) were read. Focus: releases 3401-3799 (disasters, weather, health, environment; foreign
affairs and government), judged over the whole corpus with pattern searches in both languages.

Because sets 1-4 already asked the obvious question of almost every release in this range, most queries here ask
for a fact from the middle or end of a body (a road cut, a contingency plan, a deadline, a figure), or use another
language, an acronym, an affixed form or a misspelling.

Grades: 2 = every constraint of the query (place, time, figure, actor) is stated in the release text; 1 = same
subject, a constraint differs or is missing (often: the same event's follow-up release, or a sibling event of the
same kind). Both versions of a paired release get the same grade (event or ``id:`` keys for both). ``hajj-1`` ...
``hajj-4`` and ``tppo-1`` name releases in two topics, so those are judged with ``id:`` keys.

Categories: 20 indonesian, 16 english, 25 crosslang (grade-2 releases all in the other language), 10 morphology
(the releases' forms are in the comment), 10 acronym, 8 typo, 15 number (104 in all). Near-duplicates of sets
1-5 were checked with a word-overlap listing read by hand. Non-obvious judgments are commented on the line.
"""
from __future__ import annotations

from pathlib import Path

from fresh_queries import write_queries

OUT = Path(__file__).with_name("fresh6_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---------------------------------------------------------------- indonesian
    ("indonesian", "jalan raya semarang kudus lumpuh tergenang banjir",
     {"flood-1": 2, "flood-1b": 1, "flood-1c": 1, "flood-6": 1}),  # flood-6: Pantura Sayung road, other Demak flood
    ("indonesian", "anjing pelacak cari korban hilang banjir bandang pesisir selatan", {"flood-2": 2}),
    ("indonesian", "alih fungsi lahan di hulu memperparah banjir",
     {"flood-4": 2, "flood-5": 1}),  # flood-5 blames catchment capacity / spatial planning upstream, not land conversion
    ("indonesian", "tes DNA HPV deteksi dini kanker leher rahim", {"imm-2": 2}),
    ("indonesian", "tablet tambah darah remaja putri cegah stunting", {"stunting-1": 2, "stunting-2": 1}),
    ("indonesian", "menu makanan tambahan jagung bose kelor ikan teri", {"stunting-2": 2, "stunting-1": 1}),
    ("indonesian", "denda tilang kendaraan tidak lulus uji emisi", {"air-1": 2}),
    ("indonesian", "asal usul hari peduli sampah nasional tragedi leuwigajah", {"waste-1": 2}),
    ("indonesian", "sirene tsunami gagal berbunyi saat latihan evakuasi",
     {"tsunami-drill-2": 2, "tsunami-drill-1": 1}),
    ("indonesian", "jemaah lansia diimbau melontar jamrah malam atau pagi hari",
     {"id:3458": 2, "id:3459": 2, "id:3663": 1}),  # 3663: heat deaths of elderly pilgrims 2023, no advice on timing
    ("indonesian", "korban selamat kapal feri terbawa arus sampai perairan jembrana", {"sar-6": 2}),
    ("indonesian", "malaysia hapus hukuman mati wajib wni lolos vonis mati",
     {"death-2": 2, "death-3": 1}),  # death-3 counts WNI facing death penalty in Malaysia, says nothing of the law change
    ("indonesian", "opsi evakuasi wni lebanon lewat laut jika bandara ditutup",
     {"evac-2": 2, "evac-2a": 1}),  # evac-2a: contingency plan if Rafic Hariri closes, no sea route named
    ("indonesian", "penerbangan langsung jakarta ho chi minh city", {"bilat-1": 2}),
    ("indonesian", "kendaraan listrik untuk mobilitas delegasi pertemuan menlu asean",
     {"asean-1": 2, "asean-2": 1}),  # asean-2: EV ecosystem declaration, not vehicles for delegates
    ("indonesian", "opsi kapal rumah sakit TNI AL untuk bantuan gaza", {"aid-1": 2, "aid-1b": 1}),
    ("indonesian", "perluasan makkah route ke embarkasi surabaya dan solo",
     {"bilat-4": 2, "id:3659": 2, "id:3660": 2}),  # 3659 states the expansion for Jakarta, Surabaya, Solo; 3660 its pair
    ("indonesian", "jenis proyek swasta groundbreaking kedua ikn hotel rumah sakit sekolah internasional",
     {"ikn-1": 2}),
    ("indonesian", "kepala otorita ikn ditunjuk presiden setelah konsultasi dpr",
     {"ikn-4": 2, "appt-2": 1}),  # appt-2: the head of the authority sworn in, no appointment rule
    ("indonesian", "kemungkinan idulfitri 1444 berbeda dengan ormas", {"isbat-2": 2, "isbat-1": 1}),
    # ------------------------------------------------------------------- english
    ("english", "Gladak Perak bridge collapse Lumajang Malang cut off", {"volcano-1": 2}),
    ("english", "Maumere airport closed by Lewotobi ash", {"volcano-3": 2}),
    ("english", "clerics address parents' halal doubts about polio vaccine Aceh",
     {"imm-1": 2, "imm-3": 1}),  # imm-3: halal fatwa for the COVID-19 vaccine
    ("english", "Khartoum to Port Sudan road journey distance hours", {"evac-1": 2, "evac-1b": 1}),
    ("english", "scam compounds along the Moei River controlled by armed groups",
     {"id:3611": 2, "id:3612": 2, "tppo-4": 1}),  # tppo-4: Myawaddy held by armed groups, no river named
    ("english", "ASEAN code of conduct South China Sea guidelines three years",
     {"asean-1": 2}),
    ("english", "Egyptian Red Crescent hands Indonesian aid into Gaza via Rafah",
     {"aid-1": 2, "aid-1b": 1}),
    ("english", "President says central government will take over damaged Lampung roads", {"reg-1": 2}),
    ("english", "government and Islamic organisations start Ramadan fasting together 2025",
     {"isbat-3": 2, "isbat-1": 1}),  # isbat-1: 2024, respects organisations starting earlier
    ("english", "Rinjani climbers told to register their route with the national park", {"sar-2b": 2, "sar-2": 1}),
    ("english", "Cianjur quake shaking intensity felt in Bandung and Jakarta", {"eq-1": 2}),
    ("english", "children among Indonesians evacuated from Lebanon", {"evac-2": 2, "evac-2a": 1}),
    ("english", "Demak regency extends flood emergency status by seven days",
     {"flood-1c": 2, "flood-1b": 1}),  # flood-1b: the original 14-day emergency status
    ("english", "Herat earthquake aid coordinated through embassy in Kabul", {"aid-4": 2}),
    ("english", "merchant ship crew among Indonesians leaving Iran via Azerbaijan", {"evac-3": 2}),
    ("english", "Merdeka Curriculum transition period for remote and border schools", {"edu-4": 2}),
    # ----------------------------------------------------------------- crosslang
    ("crosslang", "Gorontalo gold mine landslide rescuers walked 20 km", {"landslide-2": 2}),
    ("crosslang", "Banjarnegara creeping ground movement geological study relocation", {"landslide-4": 2}),
    ("crosslang", "Mount Ruang flank collapse tsunami risk like 1871", {"volcano-2": 2, "volcano-2b": 1}),
    ("crosslang", "weather modification to fill peat canals in Riau", {"fire-2": 2, "fire-1": 1}),  # fire-1: TMC in Kalteng
    ("crosslang", "Pekanbaru haze shelters with air purifiers for babies and elderly", {"haze-1": 2}),
    ("crosslang", "Sriwijaya Air ELT black box signal divers", {"sar-3": 2}),
    ("crosslang", "Demak fisherman missing boat found capsized", {"sar-4": 2}),
    ("crosslang", "sick hajj pilgrims referred straight from embarkation to hospital 2025",
     {"id:3475": 2, "id:3676": 1}),  # 3676: returning Solo group told to watch health, no referrals
    ("crosslang", "Padang tsunami drill average time to reach evacuation site", {"tsunami-drill-1": 2}),
    ("crosslang", "Timor-Leste observer status ASEAN summit decision",
     {"asean-3": 2, "coop-2": 1}),  # coop-2: Timor-Leste attends a counter-terrorism meeting as observer
    ("crosslang", "ministries asked for 100-day work programme Red and White Cabinet", {"cab-3": 2}),
    ("crosslang", "2025 spending efficiency exempts salaries and social assistance", {"reg-3": 2}),
    ("crosslang", "new navy chief priorities North Natuna Sea ASEAN chairmanship", {"appt-3": 2}),
    ("crosslang", "forest city 75 percent green area Nusantara law", {"ikn-4": 2}),
    ("crosslang", "PIP savings account activation deadline November 2023", {"edu-3": 2}),
    ("crosslang", "Solo first hajj flight group two pilgrims died in Medina and Mecca",
     {"id:3676": 2, "id:3661": 1}),  # 3661: the same SOC-01 group departing
    ("crosslang", "Indonesians in Lebanon asked to report through Safe Travel app", {"evac-2a": 2, "evac-2": 1}),
    ("crosslang", "vaksin influenza dan pneumonia untuk jemaah haji lansia", {"id:3461": 2}),
    ("crosslang", "aplikasi sensor kualitas udara swasta tidak sebanding dengan ISPU", {"air-2": 2}),
    ("crosslang", "jarak pandang bandara palembang turun karena asap", {"fire-3": 2, "haze-2": 1, "haze-1": 1}),  # haze-1: Pekanbaru visibility, flights
    ("crosslang", "relokasi korban longsor serasan ke lokasi baru", {"landslide-3b": 2, "landslide-3": 1}),
    ("crosslang", "sesar cipeles sumedang", {"eq-4": 2}),
    ("crosslang", "kerja fleksibel asn jelang idulfitri 2025", {"reg-4": 2}),
    ("crosslang", "wni dipaksa kerja shift malam menipu korban eropa dan amerika", {"tppo-3": 2}),
    ("crosslang", "batas kepulangan jemaah haji 2023 dari jeddah dan madinah",
     {"id:3663": 2, "id:3676": 1}),  # 3676: 2024 return phase until 3 July
    # ---------------------------------------------------------------- morphology
    ("morphology", "lambung kapal bocor KMP bahari nusa", {"sar-6": 2}),  # text: kebocoran
    ("morphology", "penutupan jalur pendakian rinjani saat pencarian", {"sar-2": 2, "sar-2b": 1}),  # text: menutup
    ("morphology", "penyegelan lahan konsesi perusahaan yang terbakar", {"haze-1": 2}),  # text: menyegel
    ("morphology", "pemetaan permukiman di jalur lahar marapi", {"flood-7": 2}),  # text: memetakan
    ("morphology", "penghentian pencarian korban longsor cigudeg malam hari", {"landslide-1": 2}),  # menghentikan
    ("morphology", "penerjunan bantuan dari udara di gaza utara", {"aid-1b": 2, "aid-1": 1}),  # menerjunkan, diterjunkan
    ("morphology", "penyusunan rencana kerja lima tahun otorita ikn", {"appt-2": 2}),  # text: menyusun
    ("morphology", "pemangkasan pohon rawan tumbang libur natal", {"weather-1": 2}),  # text: memangkas
    ("morphology", "pendistribusian air bersih banjir rob demak", {"flood-6": 2}),  # text: mendistribusikan
    ("morphology", "Seroja strengthening southwest of Rote", {"weather-3": 2}),  # text: strengthen
    # ------------------------------------------------------------------- acronym
    ("acronym", "TMC hujan di laut banjir kalsel", {"flood-5": 2}),  # text spells out Teknologi Modifikasi Cuaca
    ("acronym", "BBWS tutup tanggul wulan jebol",
     {"flood-1b": 2, "flood-1c": 1, "flood-1": 1}),  # flood-1c: levee sealed, no BBWS
    ("acronym", "5PC myanmar evaluasi",
     {"asean-1": 2, "asean-4": 1}),  # asean-4 works under the Five-Point Consensus but does not evaluate it
    ("acronym", "AOIP ASEAN-Indo-Pacific Forum KTT ke-43", {"asean-3": 2, "asean-1": 1}),
    ("acronym", "skema KPBU pembangunan IKN", {"appt-2": 2, "ikn-4": 2, "ikn-1": 1}),
    ("acronym", "KKHI makkah rawat jemaah armuzna", {"id:3458": 2, "id:3459": 2}),
    ("acronym", "PVMBG perluas radius bahaya 7 km", {"volcano-3": 2, "volcano-2": 1, "volcano-1": 1}),  # volcano-2: 6 km; volcano-1: BNPB 5 km advice
    ("acronym", "SSGI 2022 provinsi stunting terendah", {"stunting-1": 2}),
    ("acronym", "EUA BPOM coronavac", {"imm-3": 2}),
    ("acronym", "ujian SSW kaigo di makassar", {"pmi-4b": 2, "pmi-4": 1}),
    # ---------------------------------------------------------------------- typo
    ("typo", "sertifikat tsunami ready koto tanggah", {"tsunami-drill-1": 2}),
    ("typo", "pesawat pilatus poter hilang di pegunungan bintang", {"sar-5": 2}),
    ("typo", "wni disekap di sihanoukvile", {"tppo-2": 2, "tppo-3": 1, "tppo-4": 1, "id:3611": 1, "id:3612": 1}),
    ("typo", "angka stuting timor tengah selatan", {"stunting-2": 2, "stunting-1": 1}),
    ("typo", "bantuan larvasida dan insektisida deman berdarah sikka", {"dengue-2": 2}),
    ("typo", "kbri vientiene bebaskan wni dari sindikat penipuan",
     {"tppo-3": 2, "tppo-2": 1, "tppo-4": 1, "id:3611": 1, "id:3612": 1}),  # other embassies' scam rescues
    ("typo", "proyek strategis nasonal kawasan pangan merauke", {"psn-1": 2}),
    ("typo", "rumah tapak jabatan mentri di ikn", {"cab-5": 2}),
    # -------------------------------------------------------------------- number
    ("number", "gempa dengan kedalaman lebih dari 100 km", {"eq-7": 2, "eq-5": 1}),  # eq-5 is 68 km deep
    ("number", "volcanic eruptions that killed more than 10 people",
     {"volcano-1": 2, "volcano-3": 1, "flood-7": 1}),  # Lewotobi 9 dead; Marapi lahar flood 37 dead, not an eruption
    ("number", "ship sinkings with more than 50 people on board", {"sar-6": 2, "sar-1": 1}),  # sar-1: 40 on board
    ("number", "humanitarian aid shipments over 100 tonnes", {"aid-2": 2, "aid-1": 1, "aid-3": 1}),
    ("number", "tsunami drill more than 3,000 participants", {"tsunami-drill-2": 2, "tsunami-drill-1": 1}),
    ("number", "67,480 citizen protection cases handled 2024", {"death-3": 2}),
    ("number", "291 kasus online scam kamboja 2022", {"tppo-2": 2}),
    ("number", "gaji tertunggak USD 86.400 ABK", {"repat-2": 2}),
    ("number", "5,000 hajj places for elderly pilgrims 2024", {"id:3659": 2, "id:3660": 2}),
    ("number", "paskibraka 76 orang dari 38 provinsi", {"ikn-2": 2}),
    ("number", "bendungan air baku 420 liter per detik", {"psn-2": 2}),
    ("number", "lebih dari 220 CLC sabah sarawak", {"edu-6": 2, "edu-5": 1}),
    ("number", "kompaun RM500 pulang tanpa ditahan di depot", {"repat-1": 2}),
    ("number", "more than 300 letters of intent IKN investment", {"ikn-1": 2}),
    ("number", "kemenkes kirim 4 ton obat gempa", {"eq-1c": 2}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "y")
