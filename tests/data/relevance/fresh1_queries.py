"""Fresh judged query set 1 (ids ``s001`` ...) over ``fresh_corpus.jsonl``.

Written 2026-12-05 (session 10) as a measure of record: blind (no search, ranking, benchmark or test of the
search system was run, and no search code, docs, results or measurements were read; only the corpus and
``fresh_queries.py``), to be measured once and never tuned on.

Focus: the security and law-enforcement releases (ids 3001-3080: BNPT, Polri, BNN, Bakamla, Kemenko Polhukam,
ANTARA), with judgments over the whole corpus (every query was pattern-searched over all 317 titles and bodies in
both languages, e.g. the kemlu/setkab trafficking releases, the Natuna border release, the 2023 homecoming cabinet
meeting).

Conventions:
- Grade 2: the release states every constraint of the query (place, time, figure, actor) in its title or body;
  a date counts when the text gives it (``Rabu (13/8/2025)`` answers "August 2025"). Grade 1: same subject, a
  constraint differs (other event of the same kind, follow-up or lead-up release). Both language versions of a
  release always share a grade (event keys).
- ``crosslang``: every grade-2 release is in the other language from the query, so they target releases without
  a pair (English queries -> Indonesian-only releases, Indonesian queries -> English-only releases).
- ``morphology``: the comment gives the forms the grade-2 releases use; the query's form occurs in none of them.
- ``typo``: one realistic misspelling of a key word (keyboard slip or spelling-by-ear).
- The event name ``tppo-1`` is shared by the Polri recruiters release (3074) and the Kemlu Myawaddy repatriation
  (3611/3612), so those are judged with ``id:`` keys.
- Non-obvious grades are explained in comments.
"""

from __future__ import annotations

from pathlib import Path

from fresh_queries import write_queries

OUT = Path(__file__).with_name("fresh1_queries.jsonl")

MUDIK = {"mudik-1": 1, "mudik-1b": 1, "mudik-2": 1, "mudik-3": 1, "mudik-4": 1, "mudik-5": 1}
FRAUD = {"fraud-1": 1, "fraud-2": 1, "fraud-3": 1, "fraud-4": 1}

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---------------------------------------------------------------- indonesian
    ("indonesian", "pembinaan deportan dari turki di sentul", {"derad-2": 2, "deradicalisation": 1}),
    ("indonesian", "napiter yang dulu menolak hormat bendera kini ikut upacara",
     {"derad-1": 2, "deradicalisation": 1}),
    ("indonesian", "penangkapan terduga teroris jaringan JI di lampung", {"arrest-1": 2, "terror-arrest": 1}),
    ("indonesian", "terduga teroris rencanakan serangan pos polisi jelang 17 agustus",
     {"arrest-3": 2, "terror-arrest": 1}),  # arrest-3b (same suspect, case handover) gets 1 via the topic
    ("indonesian", "tersangka teroris RH berkas lengkap P-21", {"arrest-3b": 2, "arrest-3": 1}),
    ("indonesian", "remaja di bawah umur terpapar jaringan teror didampingi BNPT",
     {"arrest-3b": 2, "prev-4": 2, "derad-2": 1}),  # arrest-3b: two minors mentored; prev-4: 13 children handled
    ("indonesian", "sindikat jual beli data NIK dan nomor KK", {"cyber-2": 2}),
    ("indonesian", "modus file apk undangan nikah kuras rekening", {**FRAUD, "fraud-3": 2}),
    ("indonesian", "perputaran uang judi online menurut data PPATK",
     {"pol-2": 2, "gamble-1": 1, "gamble-2": 1, "cyber-1": 1}),  # gamble-1: own Rp1,3 T turnover, not PPATK data
    ("indonesian", "buffer zone rest area antrean kapal bakauheni",
     {"mudik-5": 2, "mudik-2": 1}),  # mudik-2 names the Bakauheni congestion of 2024 but not the buffer zone
    ("indonesian", "kecelakaan mudik didominasi sepeda motor di jalan arteri", {**MUDIK, "mudik-1b": 2}),
    ("indonesian", "pembatasan truk sumbu tiga saat mudik lebaran",
     {**MUDIK, "mudik-2": 2, "mudik-3": 2}),  # 2024 evaluation and 2025 plan both state it
    ("indonesian", "radar pemantau lalu lintas kapal wisata taman nasional komodo", {"mar-5": 2}),
    ("indonesian", "patroli bakamla musim angin selatan kapal ikan asing",
     {"mar-1": 2, "mar-2": 1, "pol-5": 1}),
    ("indonesian", "rakor natuna tolak klaim sembilan garis putus-putus",
     {"pol-5": 2, "mar-2": 1, "mar-1": 1}),  # other Natuna incursion releases = 1
    ("indonesian", "deteksi dini paham intoleran siswa oleh guru",
     {"prev-2": 2, "prev-6": 1}),  # prev-6: early detection by religious counsellors, not teachers
    ("indonesian", "pelatihan penyuluh enam agama moderasi beragama", {"prev-6": 2}),
    ("indonesian", "kanal aduan konten radikal lewat whatsapp",
     {"prev-7": 2, "prev-4": 1}),  # prev-4 invites reports to BNPT's contact centre
    ("indonesian", "biaya perawatan korban bom gereja katedral makassar", {"vict-4": 2, "terror-victims": 1}),
    ("indonesian", "kampanye damai mantan napiter di pesantren lamongan",
     {"derad-4": 2, "derad-3": 1}),  # derad-3 names the Lamongan KTN only in passing
    ("indonesian", "sabu selundupan malaysia disembunyikan di tangki motor",
     {"drug-5": 2, "drug-1": 1, "drug-4": 1}),  # other Malaysia-origin meth smuggling = 1
    # ---------------------------------------------------------------- english
    ("english", "Indonesia Australia cryptocurrency terrorism financing investigators",
     {"coop-1": 2, "coop-3": 1}),  # coop-3: terror-financing training incl. crypto, not with Australia
    ("english", "compensation for Bali bombing victims",
     {"vict-1": 2, "terror-victims": 1}),  # vict-1b (2nd batch) names Poso/Ambon/Medan, not Bali; vict-3 no money
    ("english", "Bali bombing survivor met a former militant who apologised",
     {"vict-3": 2, "vict-2": 1, "vict-1": 1}),  # vict-2: victims meet former perpetrators; vict-1: Bali survivors paid
    ("english", "hacker earned Rp400 million selling website access to gambling operators", {"cyber-1": 2}),
    ("english", "robot trading forex scam losses", {"fraud-1": 2, "fraud-4": 1}),
    ("english", "Senior Commissioner Dedi Kurniawan police investigations",
     {"cyber-1": 2, "fraud-1": 2}),  # same name heads the Mataram SAR office (sar-2): not police, 0
    ("english", "romance scam syndicate dating apps Batam",
     {"fraud-2": 2, "tppo-3": 1}),  # tppo-3: Indonesians forced to run romance scams in Laos
    ("english", "drug users sent to rehabilitation rather than jail",
     {"rehab-1": 2, "rehab-4": 2, "rehab-2": 1, "rehab-3": 1}),  # rehab-4: TAT sends users to rehab not prison
    ("english", "Chinese coast guard vessel near Natuna seismic survey", {"mar-2": 2, "pol-5": 1}),
    ("english", "election security vulnerable polling stations 2024",
     {"pol-1": 2, "cyber-3": 1}),  # cyber-3: election hoax patrol
    ("english", "Operation Mantap Brata police and military deployment", {"pol-1": 2}),
    ("english", "Densus 88 on standby over Christmas holidays",
     {"lilin-1": 2, "pol-4": 1}),  # pol-4: Densus 88 threat assessment for G20
    ("english", "former terror convicts tilapia ponds and cocoa in Poso",
     {"derad-3": 2, "derad-3b": 1}),  # derad-3b: the harvest, no cocoa
    ("english", "BNPT prevention director Hendra Wirasakti", {"prev-2": 2, "prev-6": 2}),
    ("english", "Densus 88 arrests Jemaah Islamiyah treasurer", {"arrest-1": 2, "terror-arrest": 1}),
    # ---------------------------------------------------------------- crosslang (EN -> ID-only)
    ("crosslang", "deportee children counselled by psychologists", {"derad-2": 2, "deradicalisation": 1}),
    ("crosslang", "first fish harvest by former terrorists in Poso", {"derad-3b": 2, "derad-3": 1}),
    ("crosslang", "cyber peace ambassadors training South Sulawesi youth", {"prev-1": 2, "coop-4": 1}),
    ("crosslang", "religious leaders Lombok sectarian politics 2024 election", {"prev-3": 2}),
    ("crosslang", "national action plan on violent extremism women's groups West Sumatra", {"prev-5": 2}),
    ("crosslang", "terrorist fundraising through fake foundations and online donations",
     {"coop-3": 2, "arrest-1": 1, "coop-1": 1}),  # arrest-1: foundation + charity boxes, not fake/online
    ("crosslang", "Surabaya church bombings fifth anniversary survivors", {"vict-2": 2, "terror-victims": 1}),
    ("crosslang", "second batch compensation terror victims Poso Ambon", {"vict-1b": 2, "vict-1": 1}),
    ("crosslang", "JAD suspects bow and arrows ISIS flag seized Central Sulawesi",
     {"arrest-2": 2, "terror-arrest": 1}),
    ("crosslang", "self-radicalised lone wolf arrested Bekasi", {"arrest-3": 2, "arrest-3b": 1, "terror-arrest": 1}),
    ("crosslang", "people selling their bank account identities to gambling operators",
     {"gamble-2": 2, "gamble-1": 1}),  # gamble-1: 214 accounts, no sale of identities
    ("crosslang", "Eid 2023 road accidents decline after police operation",
     {"mudik-1b": 2, "mudik-1": 1, "mudik-2": 1}),  # mudik-2: 2024 fatalities
    ("crosslang", "one-way traffic from Cikampek for Lebaran 2025",
     {"mudik-3": 2, "mudik-1b": 1, "mudik-1": 1, "mudik-2": 1, "cab-4": 1}),  # one-way in 2023/2024 = 1
    ("crosslang", "foreigner arrested as ecstasy maker in Bali", {"drug-3": 2}),
    ("crosslang", "Middle East network methamphetamine warehouse Banten", {"drug-2": 2, "drug-seizure": 1}),
    ("crosslang", "farmers urged to switch from cannabis to coffee", {"drug-6": 2}),
    ("crosslang", "integrated assessment team drug users Medan rehab", {"rehab-4": 2, "rehab-1": 1}),
    ("crosslang", "Bakamla rescues crew of burning tanker near Batam", {"mar-3": 2}),
    ("crosslang", "who chairs the online gambling task force", {"pol-2": 2, "gamble-1": 1, "gamble-2": 1}),
    ("crosslang", "presidential regulation makes police chief daily head of anti-trafficking task force",
     {"reg-2": 2, "pol-3": 1}),
    ("crosslang", "Natuna Chinese fishing boats coordination meeting January 2020",
     {"pol-5": 2, "mar-2": 1}),
    ("crosslang", "ATM skimming Eastern European suspects Kuta", {"cyber-4": 2}),
    # ---------------------------------------------------------------- crosslang (ID -> EN-only)
    ("crosslang", "dialog kontra-terorisme BNPT dan jepang di tokyo", {"coop-4": 2}),
    ("crosslang", "penyintas bom bali berbagi kisah kepada mahasiswa denpasar", {"vict-3": 2, "vict-1": 1}),
    ("crosslang", "operasi lilin 2024 pengamanan natal dan tahun baru", {"lilin-1": 2}),
    ("crosslang", "bakamla cegat speedboat sabu di bengkalis", {"drug-4": 2, "drug-1": 1}),
    ("crosslang", "konseling rehabilitasi narkoba daring saat pandemi", {"rehab-3": 2, "rehab-1": 1}),
    ("crosslang", "kapal tanker asing transfer minyak ilegal selat karimata", {"mar-4": 2}),
    ("crosslang", "pengamanan KTT G20 bali 2022", {"pol-4": 2}),
    ("crosslang", "perekrut WNI ke perusahaan scam myanmar ditetapkan tersangka",
     {"id:3074": 2, "id:3611": 1, "id:3612": 1, "tppo-4": 1, "tppo-2": 1, "tppo-3": 1}),  # no other release names recruiters as suspects
    ("crosslang", "anak terpapar ekstremisme lewat game online saat libur sekolah", {"prev-4": 2}),
    # ---------------------------------------------------------------- morphology
    ("morphology", "pemusnahan ladang ganja aceh", {"drug-6": 2}),  # release: Musnahkan, memusnahkan
    ("morphology", "penangkapan kapal ikan berbendera vietnam di natuna",
     {"mar-1": 2, "bilat-1": 1, "pol-5": 1, "mar-2": 1}),  # mar-1: Tangkap, menangkap; bilat-1 (ZEE deal) 1
    ("morphology", "pengusiran kapal penjaga pantai china", {"mar-2": 2, "pol-5": 1}),  # Usir, mengusir
    ("morphology", "penggerebekan markas love scam batam", {"fraud-2": 2}),  # Gerebek, menggerebek
    ("morphology", "pembongkaran laboratorium ekstasi badung", {"drug-3": 2}),  # Bongkar, membongkar
    ("morphology", "pengerahan personel operasi ketupat 2023",
     {**MUDIK, "mudik-1": 2}),  # mudik-1: Dikerahkan (en: deploying)
    ("morphology", "peretasan situs pemerintah daerah untuk iklan judi", {"cyber-1": 2}),  # peretas, meretas
    ("morphology", "pledging allegiance terrorism inmates Nusakambangan",
     {"derad-1": 2, "deradicalisation": 1}),  # 3002: pledge, pledged
    ("morphology", "chasing unlicensed speedboat meth Malacca Strait",
     {"drug-4": 2, "drug-1": 1}),  # 3054: chased
    ("morphology", "police flagging election hoaxes", {"cyber-3": 2, "pol-1": 1}),  # 3036: flags, flagged
    ("morphology", "penetapan desa bersinar baru", {"rehab-2": 2}),  # Tetapkan, menetapkan
    ("morphology", "UNODC melatih jaksa perkara pendanaan terorisme", {"coop-3": 2, "coop-1": 1}),  # Latih, pelatihan
    ("morphology", "pembentukan satgas pemberantasan perjudian daring",
     {"pol-2": 2, "gamble-1": 1, "gamble-2": 1}),  # Dibentuk, membentuk
    ("morphology", "meth smuggling by fishing boat Aceh",
     {"drug-1": 2, "drug-4": 1, "drug-5": 1}),  # 3051: smuggled (3054 has smugglers, grade 1)
    ("morphology", "terror victims compensated by the state",
     {"vict-1": 2, "vict-1b": 2, "terror-victims": 1}),  # compensation, paid; vict-1b: menerima kompensasi
    # ---------------------------------------------------------------- acronym
    ("acronym", "JWG RI-Australia penanggulangan terorisme",
     {"coop-1": 2, "ct-cooperation": 1}),  # corpus spells out Joint Working Group; JWG only in slots
    ("acronym", "CCG Natuna Bakamla",
     {"mar-2": 2, "pol-5": 2, "mar-1": 1}),  # CCG never written; pol-5: China coast guard in Natuna, Bakamla patrols
    ("acronym", "judol surabaya admin promotor", {"gamble-2": 2, "gamble-1": 1, "pol-2": 1}),  # judol = judi online
    ("acronym", "FTF returnees Syria counter-terrorism cooperation",
     {"coop-1": 2, "coop-2": 2, "derad-2": 1}),  # FTF = pejuang teroris asing (coop-1, coop-2)
    ("acronym", "TPPO satgas polri juni 2023",
     {"pol-3": 2, "reg-2": 1, "id:3074": 1, "tppo-4": 1}),  # reg-2: TPPO task force Perpres, June 2023
    ("acronym", "PLBN entikong sabu", {"drug-5": 2}),
    ("acronym", "KTN poso eks napiter", {"derad-3": 2, "derad-3b": 2, "deradicalisation": 1}),
    ("acronym", "Ops Ketupat 2024 fatalitas kecelakaan", {**MUDIK, "mudik-2": 2}),
    ("acronym", "sekolah damai jabar", {"prev-2": 2}),
    # ---------------------------------------------------------------- typo
    ("typo", "densus 88 lampng kotak amal", {"arrest-1": 2, "terror-arrest": 1, "coop-3": 1}),
    ("typo", "rehabilitsi pecandu balai besar lido", {"rehab-1": 2, "drug-rehab": 1}),
    ("typo", "penyekatn larangan mudik 2021", {**MUDIK, "mudik-4": 2}),
    ("typo", "jaringan judi onlien kamboja", {"gamble-1": 2, "gamble-2": 1, "pol-2": 1, "cyber-1": 1}),
    ("typo", "terduga terroris JAD poso palu", {"arrest-2": 2, "terror-arrest": 1}),
    ("typo", "deepfak videos of officials promoting investments", {"fraud-4": 2, "fraud-1": 1}),
    ("typo", "skiming ATM kuta WNA", {"cyber-4": 2}),
    ("typo", "rakor pengamanan pemilu 2024 menko polhukan", {"pol-1": 2, "cyber-3": 1}),
    ("typo", "kapal tangker terbakar batam", {"mar-3": 2}),
    # ---------------------------------------------------------------- number
    ("number", "52 kg sabu aceh timur", {"drug-1": 2, "drug-seizure": 1}),
    ("number", "kompensasi Rp39,2 miliar korban terorisme", {"vict-1": 2, "terror-victims": 1}),
    ("number", "police holiday operations with more than 140,000 personnel",
     {"mudik-1": 2, "lilin-1": 2, "mudik-1b": 1, "mudik-2": 1, "pol-1": 1, "pol-4": 1}),  # 148,261 / 141,605; pol-1, pol-4 not holidays
    ("number", "jumlah klien rehabilitasi lido 2022", {"rehab-1": 2, "rehab-3": 1}),
    ("number", "drug seizures of more than one tonne",
     {"drug-2": 2, "drug-seizure": 1}),  # 1,2 ton; all other seizures are kilograms or pills
    ("number", "terror arrests in 2019", {"arrest-4": 2, "terror-arrest": 1}),
    ("number", "penerima kompensasi korban terorisme lebih dari 300 orang",
     {"vict-1b": 2, "terror-victims": 1}),  # 357 (cumulative 572) vs 215
    ("number", "fraud losses above 1 trillion rupiah", {**FRAUD, "fraud-1": 2}),  # Rp1,8 triliun
    ("number", "jumlah pemudik lebaran 2024", {**MUDIK, "mudik-2": 2}),  # 193,6 juta
    ("number", "foreign fishing boats seized by Bakamla January-May 2023", {"mar-1": 2}),  # seven (3062: seventh)
    ("number", "ASEAN counter-terrorism meeting July 2024", {"coop-2": 2, "ct-cooperation": 1}),
    ("number", "terduga teroris ditangkap agustus 2025",
     {"arrest-3": 2, "arrest-3b": 2, "terror-arrest": 1}),  # arrest-3b: "ditangkap ... pada Agustus lalu"
    ("number", "serangan bom gereja 13 mei 2018", {"vict-2": 2, "vict-4": 1}),
    ("number", "how many died in the 2002 Bali bombings", {"vict-3": 2, "vict-1": 1}),  # 202
    ("number", "123.8 million Eid travellers 2023",
     {"mudik-1": 2, "cab-4": 2, "mudik-1b": 1, "mudik-2": 1}),
    ("number", "pengungkapan penyelundupan narkoba februari 2025",
     {"drug-5": 2, "drug-seizure": 1}),  # drug-5: Selasa (18/2/2025)
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "s")
