"""Fresh judged query set 4 (ids ``w001`` ...) over ``fresh_corpus.jsonl``.

Written on 2026-12-05 (session 10) by a helper, blind: no search, ranking, benchmark or test of the search system
was run and none of its code, results or measurements was read; only the corpus, ``fresh_queries.py`` and its part
files. Every query was judged by pattern searches over the titles and bodies of the whole corpus in both
languages, not only the release it was written for. It is a measure of record: measured once, never tuned on.

Focus: the foreign-affairs and government releases (ids 3601-3683: Kemlu evacuations, death-penalty cases, scam
compound trafficking, bilateral visits, ASEAN meetings, humanitarian aid, Setkab/Setneg cabinet meetings,
regulations, appointments, strategic projects, the new capital, BP2MI/Kemnaker migrant workers, Kemenag hajj and
isbat, Kemendikbud programmes).

Conventions:
- Grade 2: the release states every constraint of the query (place, time, figure, actor) in its title or body.
  Grade 1: same subject (usually the same event family or the rest of its topic) but a constraint differs or is
  missing. Unlisted: 0. Both language versions of a release carry the same grade (event keys are used for that).
- Event names are not unique across topics: ``tppo-1`` is both the Kemlu Myawaddy repatriation (3611/3612) and a
  police release (3074), and ``hajj-1`` .. ``hajj-4`` exist in both ``hajj`` and ``hajj-health``. Those are judged
  with ``id:`` keys instead of event keys.
- ``crosslang``: every grade-2 release is in the other language from the query (grade-1 releases may be in either).
- ``morphology``: the comment names the forms that the grade-2 releases do use.
- ``typo``: includes two common spelling variants analysts type (``ramadhan``, ``idul fitri``) besides plain typos.
- Number conditions ("more than N") are graded 2 only where the stated figure satisfies the condition.
- A handful of queries (Natuna coast guard, Poso JAD arrests, Lewotobi, Cianjur, Wolbachia, Labuan Bajo Bakamla
  station) lie outside the focus ids; they were judged the same way over the whole corpus.
- Several events carry two or three queries on different facets (route, count, date, people left behind); no two
  queries ask for the same fact in the same or the other language.
"""

from __future__ import annotations

from pathlib import Path

from fresh_queries import write_queries

OUT = Path(__file__).with_name("fresh4_queries.jsonl")

QUAKE_AID = "humanitarian-aid~gempa|earthquake"

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---------------------------------------------------------------- indonesian
    ("indonesian", "pekerja migran karawang bebas dari qisas setelah diyat", {"death-1": 2, "death-penalty": 1}),
    ("indonesian", "pemulangan korban online scam lewat perbatasan mae sot",
     {"id:3611": 2, "id:3612": 2, "tppo-4": 1, "id:3074": 1, "trafficking": 1}),
    ("indonesian", "wni meninggal di kahramanmaras akibat gempa turki", {"aid-2": 2, QUAKE_AID: 1}),
    ("indonesian", "sidang kabinet pertama di istana garuda ikn",
     {"cab-5": 2, "cabinet-meeting": 1, "ikn-2": 1}),  # ikn-2: the other first-in-IKN state event that month
    ("indonesian", "gugus tugas tppo kini diketuai menko polhukam", {"reg-2": 2, "pol-3": 1}),
    ("indonesian", "presiden lantik duta besar untuk lebanon dan sudan", {"appt-1": 2, "appointment": 1}),
    ("indonesian", "batas pelunasan biaya haji reguler 2025 diperpanjang",
     {"hajj-3b": 2, "id:3662": 1, "id:3460": 1}),  # 3662 BPIH 2025 + pelunasan schedule; 3460 istitaah for pelunasan
    ("indonesian", "guru dikirim mengajar anak pekerja migran di sabah sarawak", {"edu-6": 2, "edu-5": 1}),
    ("indonesian", "jumlah jemaah berangkat hari pertama operasional haji 2024", {"id:3661": 2, "hajj-2b": 1}),
    ("indonesian", "jemaah kloter soc-01 tiba kembali di boyolali",
     {"hajj-2b": 2, "id:3661": 1, "id:3475": 1}),  # 3475: returning pilgrims (2025), health watch
    ("indonesian", "bantuan pangan beras 10 kg dilanjutkan hingga juni 2024", {"cab-2": 2}),
    ("indonesian", "abk wni telantar di mauritius gaji tidak dibayar", {"repat-2": 2}),
    ("indonesian", "pelatihan gratis calon pmi kaigo ke jepang", {"pmi-4b": 2, "pmi-4": 1}),
    ("indonesian", "beasiswa adik untuk lulusan sma papua", {"edu-5": 2, "edu-2": 1}),
    ("indonesian", "menlu arab saudi bertemu presiden di istana bogor", {"bilat-4": 2}),
    ("indonesian", "wni memilih bertahan di sudan tidak ikut evakuasi", {"evac-1": 2, "id:3603": 1}),  # 40 stayed
    ("indonesian", "target perdagangan indonesia vietnam 15 miliar dolar", {"bilat-1": 2}),
    ("indonesian", "jumlah wni di lebanon di luar kontingen garuda unifil",
     {"evac-2a": 2, "evac-2": 2}),  # 260 (24 Sept) and 110 remaining (5 Oct), both excluding UNIFIL troops
    ("indonesian", "bakamla pantau lalu lintas kapal selat sape labuan bajo", {"mar-5": 2}),
    ("indonesian", "hilal terlihat di aceh awal puasa", {"isbat-3": 2, "ramadan-isbat": 1}),
    ("indonesian", "inpres jalan daerah dikerjakan kementerian pupr", {"reg-1": 2}),
    # ---------------------------------------------------------------- english
    ("english", "Papua New Guinea students scholarships Sandaun health workers", {"bilat-2": 2}),
    ("english", "ASEAN special envoy Myanmar consultations ethnic armed groups", {"asean-4": 2, "asean": 1}),
    ("english", "plenary cabinet meeting 2025 draft budget deficit range", {"cab-1": 2, "cab-5": 1}),
    ("english", "Japan specified skilled worker caregivers from Indonesia", {"pmi-4": 2, "pmi-4b": 2}),
    ("english", "heat stroke among Indonesian pilgrims at Arafah 2024",
     {"id:3458": 2, "id:3459": 2, "id:3663": 1}),  # 3663: 2023 heat-related deaths
    ("english", "Golden Triangle scam operation Laos Indonesians released", {"tppo-3": 2, "trafficking": 1}),
    ("english", "Indonesia Myanmar earthquake relief AHA Centre", {"aid-3": 2, QUAKE_AID: 1, "asean-4": 1}),
    ("english", "Gaza aid shipment El Arish Rafah crossing", {"aid-1": 2, "aid-1b": 1}),
    ("english", "Merdeka Curriculum becomes national curriculum", {"edu-4": 2}),
    ("english", "IISMA awardees semester abroad partner universities", {"edu-1": 2}),
    ("english", "South Korea employment permit system Indonesian workers minimum wage", {"pmi-2": 2}),
    ("english", "Mount Lewotobi Laki-laki eruption victims", {"volcano-3": 2, "volcanic-eruption": 1}),
    ("english", "foiled departure of undocumented workers Batam to Johor Bahru", {"pmi-5": 2}),
    ("english", "Indonesia UAE comprehensive economic partnership workers protection", {"bilat-3": 2}),
    ("english", "how many Indonesians were evacuated from Iran in June 2025", {"evac-3": 2, "evacuation": 1}),
    # ---------------------------------------------------------------- crosslang
    ("crosslang", "Sudan evacuees land at Halim airport", {"id:3603": 2, "evac-1": 1}),
    ("crosslang", "Indonesians told to leave Lebanon alert raised September 2024",
     {"evac-2a": 2, "evac-2": 1}),  # evac-2 (Oct) only refers back to the September status
    ("crosslang", "Malaysia federal court commutes death sentences of two Indonesians",
     {"death-2": 2, "death-penalty": 1}),
    ("crosslang", "Sihanoukville fake investment firm Indonesians freed",
     {"tppo-2": 2, "trafficking": 1, "id:3074": 1}),
    ("crosslang", "Indonesia Vietnam exclusive economic zone boundary", {"bilat-1": 2}),
    ("crosslang", "42nd ASEAN Summit Labuan Bajo declarations", {"asean-2": 2, "asean": 1, "id:3615": 1}),
    ("crosslang", "Indonesian Air Force airdrop over northern Gaza", {"aid-1b": 2, "aid-1": 1}),
    ("crosslang", "President orders Bulog rice reserves above 1.2 million tonnes", {"cab-2": 2}),
    ("crosslang", "first cabinet session Red and White Cabinet food self-sufficiency",
     {"cab-3": 2, "cabinet-meeting": 1}),
    ("crosslang", "presidential regulation anti-trafficking task force police chief",
     {"reg-2": 2, "pol-3": 1}),
    ("crosslang", "2025 hajj quota regular and special pilgrims",
     {"id:3662": 2, "id:3659": 1, "id:3660": 1}),  # 3659/60: the 2024 quota
    ("crosslang", "first Independence Day ceremony at the Nusantara palace",
     {"ikn-2": 2, "cab-5": 1, "cab-1": 1}),  # cab-1/cab-5 discuss preparing the IKN ceremony
    ("crosslang", "law naming the new capital Nusantara 2022", {"ikn-4": 2, "capital-relocation": 1}),
    ("crosslang", "migrant workers deported from Sabah arrive in Nunukan", {"pmi-1": 2, "repat-1": 1}),
    ("crosslang", "one channel placement system Saudi Arabia domestic workers trial",
     {"pmi-3": 2, "bilat-4": 1}),
    ("crosslang", "first hajj flight group from Solo embarkation to Medina", {"id:3661": 2, "hajj-2b": 1}),
    ("crosslang", "isbat meeting start of Ramadan 2024", {"isbat-1": 2, "ramadan-isbat": 1}),
    ("crosslang", "KIP Kuliah 2024 registration living allowance", {"edu-2": 2, "edu-3": 1}),
    ("crosslang", "PIP cash assistance for students disbursed 2023", {"edu-3": 2, "edu-2": 1}),
    ("crosslang", "wni dievakuasi dari teheran lewat azerbaijan", {"evac-3": 2, "evacuation": 1}),
    ("crosslang", "bantuan indonesia untuk korban gempa herat afghanistan", {"aid-4": 2, QUAKE_AID: 1}),
    ("crosslang", "peresmian bendungan manikin kupang ntt", {"psn-2": 2, "psn-1": 1}),
    ("crosslang", "cuti bersama asn idulfitri 2025", {"reg-4": 2, "cab-4": 1}),
    ("crosslang", "jumlah jemaah haji indonesia wafat 2023 lansia",
     {"id:3663": 2, "id:3458": 1, "id:3459": 1}),
    ("crosslang", "rapat terbatas persiapan mudik lebaran 2023",
     {"cab-4": 2, "mudik-1": 1, "mudik-1b": 1}),  # mudik-1 (Operasi Ketupat 2023) has no cabinet meeting
    # ---------------------------------------------------------------- morphology
    ("morphology", "evacuating Indonesians from Khartoum to Port Sudan",
     {"evac-1": 2, "id:3603": 2}),  # forms: evacuated / mengevakuasi, dievakuasi; 3603 restates Khartoum->Port Sudan
    ("morphology", "pemulangan wni lebanon lewat damaskus", {"evac-2": 2, "evac-2a": 1}),  # Pulangkan, dipulangkan
    ("morphology", "granting extra hajj places to Indonesia for 2024",
     {"id:3659": 2, "id:3660": 2, "id:3662": 1, "bilat-4": 1}),  # Grants, granted / memberikan tambahan kuota
    ("morphology", "pembebasan wni dari ancaman hukuman mati sepanjang 2024",
     {"death-3": 2, "death-2": 1, "death-1": 1}),  # membebaskan 27 WNI (3610); death-2 gives 2023 figures
    ("morphology", "penerbitan inpres konektivitas jalan daerah", {"reg-1": 2}),  # Terbitkan, menandatangani
    ("morphology", "pemangkasan belanja kementerian inpres 2025",
     {"reg-3": 2, "cab-3": 1, "id:3229": 1}),  # Pangkas, dipangkas; 3229 spending efficiency 2025
    ("morphology", "relocating civil servants to Nusantara", {"ikn-3": 2, "capital-relocation": 1}),  # relocation, relocate
    ("morphology", "schools adopting the Merdeka curriculum", {"edu-4": 2}),  # adopted, use
    ("morphology", "pengiriman tim sar ke türkiye", {"aid-2": 2, QUAKE_AID: 1}),  # Kirim, memberangkatkan
    ("morphology", "penggagalan keberangkatan calon pmi di pelabuhan batam centre",
     {"pmi-5": 2}),  # Gagalkan, menggagalkan
    ("morphology", "pengusiran kapal coast guard china dari natuna",
     {"mar-2": 2, "pol-5": 1}),  # Usir, mengusir / drives ... away
    ("morphology", "penangkapan terduga teroris jad di poso",
     {"arrest-2": 2, "terror-arrest": 1}),  # Ditangkap (3027); "Penangkapan" occurs only in 3025/3030
    ("morphology", "penandatanganan uu ibu kota negara 2022", {"ikn-4": 2, "capital-relocation": 1}),  # menandatangani
    ("morphology", "penahanan kapal ikan asing di port louis mauritius",
     {"repat-2": 2}),  # ditahan (3675); "penahanan" occurs only in 3674
    # ---------------------------------------------------------------- acronym
    ("acronym", "data kasus PWNI kemlu 2024", {"death-3": 2}),  # spelled Pelindungan WNI
    ("acronym", "MoU Indonesia UEA", {"bilat-3": 2}),  # only "United Arab Emirates"/"UAE"
    ("acronym", "AMM ke-56 jakarta", {"asean-1": 2, "asean": 1}),
    ("acronym", "pelantikan KSAL dan anggota wantimpres", {"appt-3": 2, "appointment": 1}),
    ("acronym", "dubes LBBP dilantik 2024", {"appt-1": 2, "appointment": 1}),  # dubes = duta besar
    ("acronym", "kepala OIKN definitif", {"appt-2": 2, "capital-relocation~otorita|authority": 1}),
    ("acronym", "uji coba SPSK ke arab saudi", {"pmi-3": 2, "bilat-4": 1}),
    ("acronym", "PMI G to G Korsel 2024", {"pmi-2": 2}),  # Korsel = Korea Selatan
    ("acronym", "BPIH 2025 disepakati DPR", {"id:3662": 2, "hajj-3b": 1, "id:3460": 1}),
    ("acronym", "PSN baru maret 2024", {"psn-1": 2, "psn-2": 1}),
    ("acronym", "kriteria MABIMS 1 ramadan 1445", {"isbat-1": 2, "ramadan-isbat": 1}),
    # ---------------------------------------------------------------- typo
    ("typo", "wni korban tppo disekap di myawadi", {"tppo-4": 2, "id:3611": 2, "id:3612": 2, "id:3074": 1}),
    ("typo", "ktt asaen ke-43 jakarta", {"asean-3": 2, "asean": 1}),
    ("typo", "sidang isbat idul fitri 1444 h", {"isbat-2": 2, "ramadan-isbat": 1}),
    ("typo", "awal ramadhan 1446 h ditetapkan", {"isbat-3": 2, "ramadan-isbat": 1}),
    ("typo", "teknologi wolbakia kasus dbd", {"dengue-1": 2, "dengue": 1}),
    ("typo", "pos lintas batas skou wutung", {"bilat-2": 2}),
    ("typo", "program rekalibrsi pulang malaysia wni", {"repat-1": 2, "pmi-1": 1}),
    ("typo", "penanganan gempa cinajur huntara", {"eq-1b": 2, "eq-1": 1, "eq-1c": 1}),
    # ---------------------------------------------------------------- number
    ("number", "743 wni dievakuasi dari sudan", {"evac-1": 2, "id:3603": 2}),
    ("number", "147 wni dipulangkan dari lebanon", {"evac-2": 2, "evac-2a": 1}),
    ("number", "165 wni terancam hukuman mati", {"death-3": 2, "death-penalty": 1}),
    ("number", "diyat 2 juta riyal", {"death-1": 2}),
    ("number", "554 wni korban penipuan myanmar dipulangkan",
     {"id:3611": 2, "id:3612": 2, "tppo-4": 1, "id:3074": 1}),
    ("number", "anggaran pembangunan ikn rp48,8 triliun 2025-2029", {"appt-2": 2, "capital-relocation": 1}),
    ("number", "sidang kabinet 48 menteri 56 wakil menteri", {"cab-3": 2, "cabinet-meeting": 1}),
    ("number", "123.8 million Eid travellers 2023",
     {"cab-4": 2, "mudik-1": 2, "mudik-1b": 1, "mudik-2": 1}),  # mudik-2: record travellers, 2024
    ("number", "groundbreaking ikn rp23,4 triliun", {"ikn-1": 2, "capital-relocation": 1}),
    ("number", "anggaran dihemat rp306,69 triliun", {"reg-3": 2}),
    ("number", "kuota haji 2024 241 ribu jemaah", {"id:3659": 2, "id:3660": 2, "id:3662": 1}),
    ("number", "1.200 mahasiswa iisma 2023", {"edu-1": 2}),
    ("number", "48 calon pmi nonprosedural batam", {"pmi-5": 2}),
    ("number", "evacuations of more than 500 Indonesians",
     {"evac-1": 2, "id:3603": 2, "evacuation": 1, "id:3611": 1, "id:3612": 1}),  # 3611/2: repatriation, not evacuation
    ("number", "negara dengan wni terancam hukuman mati lebih dari 100 orang",
     {"death-3": 2, "death-2": 1}),  # Malaysia 151 in 3610; 3609 gives 54 for Malaysia
    ("number", "54 wni terancam hukuman mati di malaysia",
     {"death-2": 2, "death-3": 1, "death-1": 1}),  # 3610 gives 151 for Malaysia (end 2024), not 54
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "w")
