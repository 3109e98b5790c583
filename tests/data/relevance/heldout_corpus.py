"""Generate ``heldout_corpus.jsonl``: ~330 government releases in Indonesian and English for the held-out
relevance set (``heldout_queries.jsonl``). Run once; the output is committed and the test reads only it.

Why generated: the held-out set needs hundreds of releases, with translation pairs, releases that exist in one
language only, and distractors (the same place, agency, month or number in an unrelated release), so that
ranking is not trivial. Each topic has several title and paragraph variants per language; every release picks
its own variants and its own slot values (place, date, figures), so releases of one topic differ in wording,
and releases of different topics share places, agencies and dates. Every line carries ``topic`` and ``slots``
(the facts the text was written from): the judgments in ``heldout_queries.jsonl`` were written against them.

    .venv/bin/python tests/data/relevance/heldout_corpus.py   # deterministic (seeded)
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).with_name("heldout_corpus.jsonl")
FIRST_ID = 1001
SEED = 20240615

MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

PROVINCES = ["Jawa Barat", "Jawa Tengah", "Jawa Timur", "Sulawesi Tengah", "Nusa Tenggara Barat", "Lampung",
             "Sumatera Utara", "Kalimantan Timur", "Banten", "Papua", "Aceh", "Sulawesi Selatan", "Riau", "Maluku"]
CITIES = {"Jawa Barat": ["Bandung", "Cianjur", "Garut", "Bogor"], "Jawa Tengah": ["Semarang", "Solo", "Klaten"],
          "Jawa Timur": ["Surabaya", "Malang", "Lumajang"], "Sulawesi Tengah": ["Poso", "Palu"],
          "Nusa Tenggara Barat": ["Mataram", "Bima"], "Lampung": ["Bandar Lampung"], "Sumatera Utara": ["Medan"],
          "Kalimantan Timur": ["Samarinda", "Balikpapan"], "Banten": ["Serang", "Tangerang"],
          "Papua": ["Jayapura", "Sentani"], "Aceh": ["Banda Aceh"], "Sulawesi Selatan": ["Makassar"],
          "Riau": ["Pekanbaru", "Dumai"], "Maluku": ["Ambon"]}
PROVINCES_EN = {"Jawa Barat": "West Java", "Jawa Tengah": "Central Java", "Jawa Timur": "East Java",
                "Sulawesi Tengah": "Central Sulawesi", "Nusa Tenggara Barat": "West Nusa Tenggara",
                "Sumatera Utara": "North Sumatra", "Kalimantan Timur": "East Kalimantan",
                "Sulawesi Selatan": "South Sulawesi"}


def en_province(p: str) -> str:
    return PROVINCES_EN.get(p, p)


def id_num(x: float, digits: int = 2) -> str:
    """Indonesian decimal comma: 6.25 -> '6,25'."""
    return f"{x:.{digits}f}".replace(".", ",")


def en_num(x: float, digits: int = 2) -> str:
    return f"{x:.{digits}f}"


def thousands_id(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def thousands_en(n: int) -> str:
    return f"{n:,}"


# --------------------------------------------------------------------------------------------------------
# Topics: source, a slot maker (rng, year -> slots), and per language a list of titles and a list of
# paragraph slots, each a list of variants. Templates are str.format strings over the slots.
# --------------------------------------------------------------------------------------------------------


def place_slots(rng: random.Random) -> dict:
    province = rng.choice(PROVINCES)
    return {"province": province, "province_en": en_province(province), "city": rng.choice(CITIES[province])}


def s_derad(rng, d):
    return {**place_slots(rng), "n": rng.choice([18, 24, 35, 40, 52, 67, 80, 112])}


def s_arrest(rng, d):
    return {**place_slots(rng), "n": rng.choice([3, 4, 5, 7, 9, 11]),
            "group": rng.choice(["Jamaah Islamiyah", "Jamaah Ansharut Daulah", "Mujahidin Indonesia Timur"])}


def s_campus(rng, d):
    return {**place_slots(rng), "n": rng.choice([300, 450, 600, 1200, 2500]),
            "campus": rng.choice(["Universitas Hasanuddin", "Universitas Airlangga", "Universitas Padjadjaran",
                                  "Universitas Gadjah Mada", "Universitas Sumatera Utara", "Universitas Mataram"])}


def s_financing(rng, d):
    return {"n": rng.choice([21, 37, 48, 63, 95]), "amount": rng.choice([1.2, 2.8, 4.5, 7.1, 12.3])}


def s_online(rng, d):
    return {"n": rng.choice([1250, 2340, 3100, 4875, 6020, 9400])}


def s_victims(rng, d):
    return {"n": rng.choice([16, 27, 39, 56, 71]), "amount": rng.choice([3.4, 5.9, 8.2, 11.6]),
            "attack": rng.choice(["bom Thamrin 2016", "bom Surabaya 2018", "bom Bali 2002", "bom Kampung Melayu 2017"])}


def s_cooperation(rng, d):
    partner = rng.choice([("Australia", "Australia"), ("Jepang", "Japan"), ("Malaysia", "Malaysia"),
                          ("Filipina", "the Philippines"), ("Amerika Serikat", "the United States"),
                          ("Uni Eropa", "the European Union")])
    return {"partner": partner[0], "partner_en": partner[1], "city": rng.choice(["Jakarta", "Bali", "Bogor", "Bandung"])}


def s_flood(rng, d):
    return {**place_slots(rng), "n": rng.choice([1240, 2380, 3715, 5060, 8900, 12450]),
            "houses": rng.choice([430, 870, 1650, 2300, 4100]), "dead": rng.choice([0, 2, 4, 7])}


def s_quake(rng, d):
    return {**place_slots(rng), "mag": rng.choice([5.2, 5.6, 5.9, 6.1, 6.4, 7.0]),
            "depth": rng.choice([10, 12, 23, 35, 60]), "aftershocks": rng.choice([12, 28, 45, 97])}


def s_volcano(rng, d):
    v = rng.choice([("Semeru", "Jawa Timur", "Lumajang"), ("Merapi", "Jawa Tengah", "Klaten"),
                    ("Lewotobi Laki-laki", "Nusa Tenggara Timur", "Flores Timur"),
                    ("Ruang", "Sulawesi Utara", "Sitaro"), ("Marapi", "Sumatera Barat", "Agam")])
    return {"volcano": v[0], "province": v[1], "province_en": {"Jawa Timur": "East Java", "Jawa Tengah": "Central Java",
            "Nusa Tenggara Timur": "East Nusa Tenggara", "Sulawesi Utara": "North Sulawesi",
            "Sumatera Barat": "West Sumatra"}[v[1]], "city": v[2], "radius": rng.choice([3, 5, 6, 7, 8]),
            "n": rng.choice([840, 1530, 2760, 4210, 6300]), "level": rng.choice(["III (Siaga)", "IV (Awas)"])}


def s_fire(rng, d):
    province = rng.choice(["Riau", "Kalimantan Tengah", "Kalimantan Barat", "Sumatera Selatan", "Jambi"])
    return {"province": province, "province_en": {"Kalimantan Tengah": "Central Kalimantan", "Kalimantan Barat":
            "West Kalimantan", "Sumatera Selatan": "South Sumatra"}.get(province, province),
            "hotspots": rng.choice([146, 312, 587, 940]), "heli": rng.choice([6, 9, 12, 15]),
            "ha": rng.choice([2300, 4800, 9100, 15600])}


def s_landslide(rng, d):
    return {**place_slots(rng), "missing": rng.choice([3, 5, 8, 12]), "found": rng.choice([2, 4, 6]),
            "team": rng.choice([150, 230, 320, 480])}


def s_drill(rng, d):
    return {**place_slots(rng), "n": rng.choice([500, 1200, 2000, 3500]),
            "hazard": rng.choice([("tsunami", "tsunami"), ("gempa bumi", "earthquake"), ("banjir", "flood")])}


def s_drought(rng, d):
    return {**place_slots(rng), "liters": rng.choice([250000, 480000, 900000, 1500000]),
            "villages": rng.choice([14, 26, 38, 52])}


def s_birate(rng, d):
    rate = rng.choice([3.5, 4.75, 5.75, 6.0, 6.25, 6.5])
    action = rng.choice(["hold", "raise", "cut"])
    return {"rate": rate, "action": action, "dep": rate - 0.75, "lend": rate + 0.75}


def s_rupiah(rng, d):
    return {"rate": rng.choice([14850, 15320, 15710, 16240, 16480]), "pct": rng.choice([0.4, 1.2, 2.1, 3.3])}


def s_qris(rng, d):
    c = rng.choice([("Thailand", "Thailand"), ("Malaysia", "Malaysia"), ("Singapura", "Singapore"),
                    ("Jepang", "Japan"), ("Uni Emirat Arab", "the United Arab Emirates")])
    return {"country": c[0], "country_en": c[1], "merchants": rng.choice([26, 30, 32, 35]),
            "users": rng.choice([40, 45, 50, 56])}


def s_pinjol(rng, d):
    return {"n": rng.choice([151, 284, 426, 537, 812]), "invest": rng.choice([12, 19, 27, 40])}


def s_reserves(rng, d):
    return {"usd": rng.choice([131.9, 137.2, 139.4, 144.2, 150.2, 155.7]), "months": rng.choice([5.9, 6.2, 6.5, 6.9])}


def s_inflation(rng, d):
    return {"yoy": rng.choice([1.57, 2.28, 2.84, 3.05, 4.94, 5.95]), "mtm": rng.choice([0.05, 0.19, 0.37, 0.52]),
            "driver": rng.choice([("beras", "rice"), ("cabai merah", "red chili"), ("bensin", "gasoline"),
                                  ("bawang merah", "shallots")])}


def s_growth(rng, d):
    return {"q": rng.choice(["I", "II", "III", "IV"]), "yoy": rng.choice([4.87, 5.02, 5.05, 5.11, 5.17, 5.31])}


def s_unemp(rng, d):
    return {"rate": rng.choice([4.82, 5.32, 5.45, 5.86, 6.26]), "people": rng.choice([7.2, 7.86, 8.4, 9.1])}


def s_poverty(rng, d):
    return {"rate": rng.choice([9.03, 9.36, 9.54, 9.57, 10.14]), "people": rng.choice([24.06, 25.22, 25.9, 26.36])}


def s_trade(rng, d):
    return {"surplus": rng.choice([2.39, 3.12, 3.53, 4.47, 5.67]), "exports": rng.choice([19.6, 21.5, 22.4, 24.8]),
            "commodity": rng.choice([("batu bara", "coal"), ("minyak kelapa sawit", "palm oil"),
                                     ("besi dan baja", "iron and steel"), ("nikel", "nickel")])}


def s_ntp(rng, d):
    return {"ntp": rng.choice([104.3, 110.9, 114.1, 116.7, 118.8])}


def s_tourists(rng, d):
    return {"n": rng.choice([853000, 1020000, 1130000, 1270000, 1410000]),
            "origin": rng.choice([("Malaysia", "Malaysia"), ("Australia", "Australia"), ("Tiongkok", "China"),
                                  ("Singapura", "Singapore")])}


def s_citizens(rng, d):
    c = rng.choice([("Sudan", "Sudan"), ("Lebanon", "Lebanon"), ("Iran", "Iran"), ("Myanmar", "Myanmar"),
                    ("Ukraina", "Ukraine"), ("Israel", "Israel")])
    return {"country": c[0], "country_en": c[1], "n": rng.choice([32, 85, 154, 385, 897])}


def s_bilateral(rng, d):
    c = rng.choice([("Jepang", "Japan"), ("India", "India"), ("Arab Saudi", "Saudi Arabia"), ("Brasil", "Brazil"),
                    ("Kanada", "Canada"), ("Vietnam", "Vietnam"), ("Jerman", "Germany")])
    field = rng.choice([("energi terbarukan", "renewable energy"), ("ketahanan pangan", "food security"),
                        ("kesehatan", "health"), ("ekonomi digital", "the digital economy"),
                        ("perdagangan dan investasi", "trade and investment")])
    return {"country": c[0], "country_en": c[1], "field": field[0], "field_en": field[1],
            "mous": rng.choice([2, 3, 4, 6])}


def s_aid(rng, d):
    c = rng.choice([("Palestina", "Palestine", "Gaza"), ("Turki", "Turkey", "Hatay"),
                    ("Myanmar", "Myanmar", "Rakhine"), ("Afghanistan", "Afghanistan", "Herat"),
                    ("Vanuatu", "Vanuatu", "Port Vila")])
    return {"country": c[0], "country_en": c[1], "area": c[2], "tons": rng.choice([21, 40, 51, 74, 120]),
            "usd": rng.choice([1.0, 1.5, 2.0, 3.0])}


def s_asean(rng, d):
    return {"city": rng.choice(["Jakarta", "Labuan Bajo", "Vientiane", "Kuala Lumpur"]),
            "issue": rng.choice([("Myanmar", "Myanmar"), ("Laut Cina Selatan", "the South China Sea"),
                                 ("perdagangan orang", "human trafficking"), ("ketahanan pangan", "food security")])}


def s_scam(rng, d):
    c = rng.choice([("Kamboja", "Cambodia"), ("Myanmar", "Myanmar"), ("Laos", "Laos"), ("Filipina", "the Philippines")])
    return {"country": c[0], "country_en": c[1], "n": rng.choice([46, 89, 143, 220, 401])}


# Each topic: key -> (source, slot maker, ID templates, EN templates). Templates: {"title": [...],
# "body": [[variants of paragraph 1], [variants of paragraph 2], ...]}.
TOPICS: dict[str, tuple] = {}


def topic(key: str, source: str, slots, id_t: dict, en_t: dict) -> None:
    TOPICS[key] = (source, slots, id_t, en_t)


topic("derad", "bnpt", s_derad, {
    "title": ["BNPT Dampingi {n} Mitra Deradikalisasi di {province}",
              "Program Deradikalisasi Menjangkau {n} Mantan Narapidana Terorisme di {province}",
              "Mantan Napiter di {city} Ikuti Pembinaan Kewirausahaan dari BNPT"],
    "body": [[("Badan Nasional Penanggulangan Terorisme (BNPT) melanjutkan program deradikalisasi bagi {n} mantan "
              "narapidana terorisme di {province}. Kegiatan dipusatkan di {city} bersama pemerintah daerah."),
              ("Sebanyak {n} mitra deradikalisasi di {province} menerima pendampingan dari BNPT di {city}. Mereka "
              "adalah mantan narapidana terorisme yang telah menyatakan ikrar setia kepada NKRI.")],
             [("Pembinaan mencakup wawasan kebangsaan, konseling psikologis, dan bantuan modal usaha agar peserta "
              "mandiri secara ekonomi."),
              ("Para peserta mendapat pelatihan kewirausahaan, pendampingan keluarga, dan bantuan sarana usaha "
              "seperti bengkel dan warung makan.")],
             [("Menurut BNPT, reintegrasi sosial membutuhkan penerimaan masyarakat sehingga mantan napiter tidak "
              "kembali ke jaringan lama."),
              "BNPT menegaskan bahwa pendekatan lunak ini melengkapi penegakan hukum dalam penanggulangan terorisme."]]},
    {"title": ["BNPT Assists {n} Deradicalization Partners in {province_en}",
               "Deradicalization Programme Reaches {n} Former Terrorism Convicts in {province_en}"],
     "body": [[("The National Counter Terrorism Agency (BNPT) continued its deradicalization programme for {n} former "
               "terrorism convicts in {province_en}, with activities centred in {city}."),
               ("BNPT supported {n} deradicalization partners in {city}, {province_en}; all are former terrorism "
               "inmates who have pledged loyalty to the Republic.")],
              [("The programme covers civic education, psychological counselling and small business grants so that "
               "participants can support their families."),
               "Participants received entrepreneurship training, family mentoring and equipment for small businesses."],
              [("BNPT said social reintegration depends on acceptance by the community, so that former convicts do "
               "not return to their old networks.")]]})

topic("arrest", "polri", s_arrest, {
    "title": ["Densus 88 Tangkap {n} Terduga Teroris di {city}",
              "Densus 88 Antiteror Amankan {n} Tersangka Terorisme Jaringan {group} di {province}",
              "Polri: {n} Terduga Teroris Ditangkap di {city}, Bahan Peledak Disita"],
    "body": [[("Detasemen Khusus (Densus) 88 Antiteror Polri menangkap {n} terduga teroris di {city}, {province}. "
              "Mereka diduga anggota jaringan {group}."),
              ("Tim Densus 88 Antiteror mengamankan {n} orang yang diduga terlibat jaringan {group} dalam "
              "penggerebekan di {city}.")],
             ["Dari lokasi penangkapan, penyidik menyita bahan peledak, senjata tajam, dan sejumlah dokumen.",
              "Penyidik menemukan bahan peledak rakitan serta buku panduan pembuatan bom di rumah salah satu tersangka."],
             [("Kepala Divisi Humas Polri menyatakan para tersangka sedang diperiksa dan penyidikan terus "
              "dikembangkan untuk mengungkap jaringan mereka."),
              "Polri mengimbau masyarakat tetap tenang dan melaporkan aktivitas mencurigakan kepada aparat terdekat."]]},
    {"title": ["Densus 88 Arrests {n} Terror Suspects in {city}",
               "Police Counterterrorism Unit Detains {n} Suspected Militants Linked to {group}"],
     "body": [[("Densus 88, the National Police counterterrorism unit, arrested {n} terror suspects in {city}, "
               "{province_en}, believed to belong to the {group} network."),
               ("The police counterterrorism squad Densus 88 detained {n} people suspected of links to {group} in raids "
               "in {city}.")],
              ["Investigators seized explosives, weapons and documents at the scene.",
               "Homemade explosives and bomb-making manuals were found at one suspect's house."],
              ["The National Police spokesperson said the investigation continues to uncover the wider network."]]})

topic("campus", "bnpt", s_campus, {
    "title": ["BNPT Ajak {n} Mahasiswa {campus} Cegah Radikalisme di Kampus",
              "Pencegahan Paham Radikal di Lingkungan Kampus, BNPT Gandeng {campus}",
              "Duta Damai Dunia Maya Sasar Mahasiswa di {city}"],
    "body": [[("BNPT menggelar dialog kebangsaan bersama {n} mahasiswa {campus} di {city} untuk mencegah penyebaran "
              "paham radikal di kampus."),
              ("Sebanyak {n} mahasiswa mengikuti sosialisasi pencegahan radikalisme dan intoleransi yang diadakan BNPT "
              "di {campus}, {city}.")],
             [("Narasumber menjelaskan cara kelompok radikal merekrut anak muda melalui media sosial dan kajian "
              "tertutup."),
              "Mahasiswa diajak menjadi Duta Damai yang menyebarkan konten moderat dan toleran di dunia maya."],
             ["Rektor menyambut baik kegiatan tersebut dan berkomitmen memperkuat pengawasan organisasi kemahasiswaan."]]},
    {"title": ["BNPT Engages {n} {campus} Students to Prevent Campus Radicalism",
               "Peace Ambassadors Programme Targets University Students in {city}"],
     "body": [[("BNPT held a national dialogue with {n} students of {campus} in {city} to stop radical ideas "
               "spreading on campus."),
               ("{n} students attended a BNPT session in {city} on preventing radicalism and intolerance at "
               "universities.")],
              [("Speakers explained how radical groups recruit young people through social media and closed study "
               "circles.")],
              ["The rector welcomed the event and pledged closer oversight of student organisations."]]})

topic("financing", "bnpt", s_financing, {
    "title": ["PPATK dan BNPT Bekukan {n} Rekening Terkait Pendanaan Terorisme",
              "Pemerintah Perketat Pengawasan Aliran Dana Terorisme"],
    "body": [[("Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) bersama BNPT membekukan {n} rekening yang "
              "diduga digunakan untuk pendanaan terorisme dengan nilai Rp{amount_id} miliar."),
              ("Sebanyak {n} rekening senilai Rp{amount_id} miliar diblokir karena diduga menampung dana untuk kegiatan "
              "teror.")],
             ["Dana tersebut dihimpun melalui kotak amal, yayasan fiktif, dan penggalangan dana daring.",
              "Modus penghimpunan dana antara lain lewat donasi daring dan lembaga amal yang tidak terdaftar."],
             ["Pemerintah meminta perbankan dan penyedia dompet digital meningkatkan pelaporan transaksi mencurigakan."]]},
    {"title": ["PPATK and BNPT Freeze {n} Accounts Linked to Terrorist Financing"],
     "body": [[("The financial intelligence unit PPATK and BNPT froze {n} bank accounts worth Rp{amount_en} billion "
               "suspected of funding terrorism.")],
              ["The money was raised through charity boxes, sham foundations and online fundraising."],
              ["Banks and e-wallet providers were asked to report suspicious transactions promptly."]]})

topic("online", "bnpt", s_online, {
    "title": ["BNPT dan Komdigi Turunkan {n_id} Konten Radikal di Media Sosial",
              "Patroli Siber: Ribuan Konten Bermuatan Terorisme Diblokir"],
    "body": [[("BNPT bersama Kementerian Komunikasi dan Digital (Komdigi) menurunkan {n_id} konten bermuatan "
              "radikalisme dan terorisme dari media sosial sepanjang tahun {year}."),
              ("Sepanjang {year}, patroli siber BNPT menemukan {n_id} unggahan yang menyebarkan propaganda teror dan "
              "ujaran kebencian.")],
             [("Sebagian besar konten berupa video propaganda, ajakan bergabung dengan kelompok teror, dan panduan "
              "merakit bom."),
              "Konten paling banyak ditemukan di platform berbagi video dan aplikasi pesan instan."],
             ["Masyarakat diminta melaporkan konten radikal melalui kanal aduan yang disediakan pemerintah."]]},
    {"title": ["BNPT and Komdigi Take Down {n_en} Pieces of Radical Content Online",
               "Cyber Patrols Remove Terrorist Propaganda from Social Media"],
     "body": [[("BNPT and the Ministry of Communication and Digital Affairs (Komdigi) removed {n_en} pieces of radical "
               "and terrorist content from social media in {year}.")],
              ["Most were propaganda videos, calls to join terror groups and bomb-making guides.",
               "The content was found mainly on video-sharing platforms and messaging apps."],
              ["The public is urged to report radical content through the government's complaint channels."]]})

topic("victims", "bnpt", s_victims, {
    "title": ["{n} Korban Terorisme Masa Lalu Terima Kompensasi Negara",
              "Negara Bayarkan Kompensasi Rp{amount_id} Miliar kepada Penyintas Terorisme"],
    "body": [[("Pemerintah melalui BNPT dan Lembaga Perlindungan Saksi dan Korban (LPSK) menyerahkan kompensasi kepada "
              "{n} korban terorisme masa lalu, termasuk penyintas {attack}."),
              ("Sebanyak {n} penyintas aksi terorisme, di antaranya korban {attack}, menerima kompensasi senilai "
              "Rp{amount_id} miliar.")],
             [("Kompensasi diberikan sesuai Undang-Undang Nomor 5 Tahun 2018 tentang Pemberantasan Tindak Pidana "
              "Terorisme."),
              "Selain kompensasi, korban mendapat layanan medis dan pendampingan psikologis."],
             ["BNPT menyatakan negara hadir untuk memulihkan hak para korban dan keluarganya."]]},
    {"title": ["{n} Survivors of Past Terror Attacks Receive State Compensation"],
     "body": [[("The government, through BNPT and the witness and victim protection agency LPSK, paid compensation of "
               "Rp{amount_en} billion to {n} survivors of past terrorist attacks.")],
              [("Compensation is granted under Law No. 5 of 2018 on combating terrorism, together with medical and "
               "psychological care.")],
              ["BNPT said the state is committed to restoring the rights of victims and their families."]]})

topic("coop", "bnpt", s_cooperation, {
    "title": ["Indonesia dan {partner} Perkuat Kerja Sama Penanggulangan Terorisme",
              "BNPT Gelar Lokakarya Kontraterorisme Bersama {partner} di {city}"],
    "body": [[("BNPT dan mitra dari {partner} menggelar pertemuan di {city} untuk memperkuat kerja sama "
              "penanggulangan terorisme, termasuk pertukaran informasi dan pelatihan aparat."),
              ("Lokakarya kontraterorisme bersama {partner} di {city} membahas ancaman pejuang teroris asing dan "
              "pencegahan ekstremisme kekerasan.")],
             ["Kedua pihak sepakat meningkatkan kapasitas penegak hukum dan pengamanan perbatasan.",
              "Pertemuan juga membahas penanganan keluarga pejuang teroris asing yang kembali dari Suriah."]]},
    {"title": ["Indonesia and {partner_en} Step Up Counterterrorism Cooperation",
               "BNPT Hosts Counterterrorism Workshop with {partner_en} in {city}"],
     "body": [[("BNPT and counterparts from {partner_en} met in {city} to deepen counterterrorism cooperation, "
               "including intelligence sharing and training."),
               ("A counterterrorism workshop with {partner_en} in {city} discussed foreign terrorist fighters and "
               "preventing violent extremism.")],
              ["Both sides agreed to build law enforcement capacity and tighten border security."]]})

topic("flood", "bnpb", s_flood, {
    "title": ["Banjir Rendam {houses_id} Rumah di {city}, {n_id} Warga Mengungsi",
              "BNPB Salurkan Bantuan untuk Korban Banjir {city}",
              "Penanganan Darurat Banjir di {province} Terus Dilakukan"],
    "body": [[("Banjir melanda {city}, {province}, setelah hujan deras mengguyur sejak {day} {month_id} {year}. "
              "Sebanyak {houses_id} rumah terendam dan {n_id} warga mengungsi."),
              ("Hujan lebat yang turun sejak {day} {month_id} {year} membuat sungai meluap dan merendam {houses_id} rumah "
              "di {city}; {n_id} jiwa terpaksa mengungsi ke tempat yang lebih aman.")],
             [("Badan Nasional Penanggulangan Bencana (BNPB) bersama BPBD menyalurkan bantuan logistik, perahu karet, "
              "dan tenda pengungsian. Tercatat {dead} orang meninggal dunia."),
              "BPBD setempat mendirikan dapur umum dan posko kesehatan; korban meninggal tercatat {dead} orang."],
             ["BNPB mengimbau warga di bantaran sungai tetap waspada karena curah hujan diperkirakan masih tinggi.",
              "Petugas gabungan terus mengevakuasi warga lanjut usia dan anak-anak dari permukiman yang tergenang."]]},
    {"title": ["Floods Inundate {houses_en} Homes in {city}, {n_en} Residents Displaced",
               "BNPB Sends Relief to Flood Victims in {city}"],
     "body": [[("Floods hit {city}, {province_en}, after heavy rain from {month_en} {day}, {year}, inundating "
               "{houses_en} homes and forcing {n_en} residents to evacuate."),
               ("Rivers burst their banks in {city} after heavy rain from {month_en} {day}, {year}; {n_en} people fled "
               "to shelters.")],
              [("The National Disaster Management Agency (BNPB) and the local disaster agency BPBD delivered food, "
               "rubber boats and tents; {dead} deaths were recorded.")],
              ["BNPB urged riverbank residents to remain alert as heavy rainfall is expected to continue."]]})

topic("quake", "bmkg", s_quake, {
    "title": ["Gempa Magnitudo {mag_id} Guncang {city}, BMKG: Tidak Berpotensi Tsunami",
              "BMKG Catat {aftershocks} Gempa Susulan setelah Gempa M{mag_id} di {province}"],
    "body": [[("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa bumi bermagnitudo {mag_id} di "
              "{city}, {province}, pada {day} {month_id} {year} dengan kedalaman {depth} kilometer."),
              ("Gempa tektonik berkekuatan M{mag_id} mengguncang wilayah {city} pada {day} {month_id} {year}. Pusat "
              "gempa berada di kedalaman {depth} km.")],
             ["Hingga sore hari tercatat {aftershocks} gempa susulan. BMKG memastikan gempa tidak berpotensi tsunami.",
              "BMKG mencatat {aftershocks} kali gempa susulan dan meminta warga menjauhi bangunan yang retak."],
             ["Warga diimbau tidak terpancing isu yang tidak dapat dipertanggungjawabkan dan mengikuti informasi resmi."]]},
    {"title": ["Magnitude {mag_en} Earthquake Strikes {city}, No Tsunami Threat",
               "BMKG Records {aftershocks} Aftershocks After M{mag_en} Quake in {province_en}"],
     "body": [[("The Meteorology, Climatology and Geophysics Agency (BMKG) recorded a magnitude {mag_en} earthquake in "
               "{city}, {province_en}, on {month_en} {day}, {year}, at a depth of {depth} km.")],
              [("{aftershocks} aftershocks were recorded; BMKG said the quake did not have the potential to trigger a "
               "tsunami.")],
              ["Residents were urged to stay away from damaged buildings and rely on official information."]]})

topic("volcano", "bnpb", s_volcano, {
    "title": ["Status Gunung {volcano} Naik Menjadi Level {level}, {n_id} Warga Dievakuasi",
              "Erupsi Gunung {volcano}: BNPB Tetapkan Radius Bahaya {radius} Kilometer"],
    "body": [[("Pusat Vulkanologi dan Mitigasi Bencana Geologi menaikkan status Gunung {volcano} di {province} menjadi "
              "Level {level} pada {day} {month_id} {year}."),
              ("Gunung {volcano} kembali erupsi pada {day} {month_id} {year} dengan tinggi kolom abu mencapai ribuan "
              "meter di atas puncak.")],
             [("BNPB dan BPBD {city} mengevakuasi {n_id} warga dari desa-desa di lereng gunung dan menetapkan radius "
              "bahaya {radius} kilometer dari kawah."),
              "Sebanyak {n_id} warga diungsikan; masyarakat dilarang beraktivitas dalam radius {radius} km."],
             ["Warga diminta mewaspadai banjir lahar hujan di sepanjang aliran sungai yang berhulu di puncak."]]},
    {"title": ["Mount {volcano} Alert Raised to Level {level_en}, {n_en} Residents Evacuated",
               "Mount {volcano} Erupts: BNPB Sets {radius}-Kilometre Exclusion Zone"],
     "body": [[("The volcanology agency raised the alert status of Mount {volcano} in {province_en} to Level {level_en} "
               "on {month_en} {day}, {year}."),
               ("Mount {volcano} erupted again on {month_en} {day}, {year}, sending an ash column thousands of metres "
               "above the summit.")],
              [("BNPB and the {city} disaster agency evacuated {n_en} residents from villages on the slopes and set a "
               "{radius} km exclusion zone around the crater.")],
              ["Residents were warned of cold lava floods along rivers that rise on the volcano."]]})

topic("fire", "bnpb", s_fire, {
    "title": ["BNPB Kerahkan {heli} Helikopter Bom Air Padamkan Karhutla di {province}",
              "Titik Panas Meningkat, {province} Tetapkan Status Siaga Darurat Karhutla"],
    "body": [[("Kebakaran hutan dan lahan (karhutla) di {province} meluas hingga {ha_id} hektare. Satelit mendeteksi "
              "{hotspots} titik panas pada {month_id} {year}."),
              ("Sebanyak {hotspots} titik panas terpantau di {province} pada {month_id} {year}, dan luas lahan terbakar "
              "mencapai {ha_id} hektare.")],
             [("BNPB mengerahkan {heli} helikopter untuk pemadaman dari udara (water bombing) dan operasi modifikasi "
              "cuaca."),
              "Satgas gabungan TNI, Polri, dan Manggala Agni melakukan pemadaman darat dibantu {heli} helikopter bom air."],
             ["Kabut asap mulai mengganggu penerbangan dan kualitas udara; warga diminta mengenakan masker."]]},
    {"title": ["BNPB Deploys {heli} Water-Bombing Helicopters to Fight Forest Fires in {province_en}",
               "Hotspots Rise as {province_en} Declares Forest Fire Emergency"],
     "body": [[("Forest and land fires in {province_en} have burned {ha_en} hectares; satellites detected {hotspots} "
               "hotspots in {month_en} {year}.")],
              ["BNPB deployed {heli} helicopters for water bombing and cloud seeding operations."],
              ["Haze has begun to disrupt flights and air quality; residents were told to wear masks."]]})

topic("landslide", "basarnas", s_landslide, {
    "title": ["Tim SAR Gabungan Cari {missing} Korban Tanah Longsor di {city}",
              "Longsor di {city}: {found} Korban Ditemukan, Pencarian Dilanjutkan"],
    "body": [[("Tanah longsor menimbun permukiman di {city}, {province}, pada {day} {month_id} {year}. Sebanyak "
              "{missing} warga dilaporkan hilang."),
              ("Longsor terjadi di {city} setelah hujan deras pada {day} {month_id} {year}; {missing} orang tertimbun "
              "material tanah.")],
             [("Badan Nasional Pencarian dan Pertolongan (Basarnas) mengerahkan {team} personel SAR gabungan dan alat "
              "berat. Hingga hari ketiga, {found} korban ditemukan."),
              "Sebanyak {team} personel dikerahkan; {found} korban berhasil dievakuasi dalam keadaan meninggal."],
             ["Pencarian sempat dihentikan karena hujan dan potensi longsor susulan."]]},
    {"title": ["Search Teams Look for {missing} Landslide Victims in {city}",
               "{city} Landslide: {found} Bodies Recovered as Search Continues"],
     "body": [[("A landslide buried homes in {city}, {province_en}, on {month_en} {day}, {year}, leaving {missing} "
               "people missing.")],
              [("The National Search and Rescue Agency (Basarnas) deployed {team} rescuers and heavy equipment; {found} "
               "victims have been found.")],
              ["The search was paused because of rain and the risk of further landslides."]]})

topic("drill", "bnpb", s_drill, {
    "title": ["Simulasi Evakuasi {hazard_id_t} Libatkan {n_id} Warga {city}",
              "BNPB Gelar Latihan Kesiapsiagaan Bencana {hazard_id_t} di {province}"],
    "body": [[("BNPB bersama BPBD {province} menggelar simulasi evakuasi bencana {hazard_id} yang diikuti {n_id} "
              "warga, pelajar, dan relawan di {city}."),
              ("Sebanyak {n_id} warga {city} berlatih menyelamatkan diri dalam simulasi {hazard_id} yang diadakan "
              "BNPB.")],
             ["Latihan menguji sistem peringatan dini, jalur evakuasi, dan kesiapan tempat evakuasi sementara.",
              "Peserta berlatih mengikuti rambu jalur evakuasi menuju titik kumpul dalam waktu kurang dari 15 menit."],
             ["BNPB menilai budaya sadar bencana harus dibangun sejak dini, mulai dari sekolah dan keluarga."]]},
    {"title": ["{hazard_en_t} Evacuation Drill Involves {n_en} Residents of {city}",
               "BNPB Holds {hazard_en_t} Preparedness Exercise in {province_en}"],
     "body": [[("BNPB and the {province_en} disaster agency held a {hazard_en} evacuation drill with {n_en} residents, "
               "students and volunteers in {city}.")],
              ["The exercise tested the early warning system, evacuation routes and temporary shelters."],
              ["BNPB said a culture of disaster awareness must start early, at school and at home."]]})

topic("drought", "bnpb", s_drought, {
    "title": ["Kekeringan Melanda {villages} Desa di {province}, BNPB Distribusikan Air Bersih",
              "BPBD {city} Salurkan {liters_id} Liter Air Bersih untuk Warga Terdampak Kemarau"],
    "body": [[("Musim kemarau panjang menyebabkan kekeringan di {villages} desa di {province}. BNPB dan BPBD {city} "
              "mendistribusikan {liters_id} liter air bersih sejak {month_id} {year}."),
              ("Sebanyak {villages} desa kesulitan air bersih akibat kemarau; {liters_id} liter air telah disalurkan "
              "dengan truk tangki.")],
             ["BMKG memperkirakan hujan baru turun pada akhir tahun sehingga warga diminta menghemat air.",
              "Pemerintah daerah juga menyiapkan sumur bor dan penampungan air hujan."]]},
    {"title": ["Drought Hits {villages} Villages in {province_en}; BNPB Distributes Clean Water"],
     "body": [[("A long dry season has left {villages} villages in {province_en} short of water; {liters_en} litres "
               "of clean water have been trucked in since {month_en} {year}.")],
              ["BMKG expects rain only at the end of the year, so residents were asked to save water."]]})

topic("birate", "bi", s_birate, {
    "title": ["BI-Rate {action_id} {rate_id} Persen",
              "Rapat Dewan Gubernur BI {month_id} {year}: BI-Rate {action_id} {rate_id}%",
              "Bank Indonesia {action_verb_id} Suku Bunga Acuan Menjadi {rate_id} Persen"],
    "body": [[("Rapat Dewan Gubernur (RDG) Bank Indonesia pada {day}-{day2} {month_id} {year} memutuskan BI-Rate "
              "{action_id_l} {rate_id} persen. Suku bunga Deposit Facility {dep_id} persen dan Lending Facility "
              "{lend_id} persen."),
              ("Bank Indonesia memutuskan suku bunga acuan BI-Rate {action_id_l} {rate_id} persen dalam RDG "
              "{month_id} {year}.")],
             [("Keputusan ini konsisten dengan upaya menjaga inflasi dalam sasaran 2,5±1 persen dan stabilitas nilai "
              "tukar rupiah."),
              ("Kebijakan tersebut ditempuh untuk memperkuat stabilisasi rupiah di tengah ketidakpastian pasar keuangan "
              "global.")],
             ["Bank Indonesia juga memperkuat kebijakan makroprudensial longgar untuk mendorong kredit perbankan."]]},
    {"title": ["BI-Rate {action_en} {rate_en} Percent",
               "Bank Indonesia {action_verb_en} Policy Rate {action_prep_en} {rate_en}% in {month_en} {year}"],
     "body": [[("The Bank Indonesia Board of Governors meeting on {month_en} {day}-{day2}, {year}, decided to "
               "{action_inf_en} the BI-Rate {action_prep_en} {rate_en} percent, with the Deposit Facility at {dep_en} "
               "percent and the Lending Facility at {lend_en} percent.")],
              [("The decision is consistent with keeping inflation within the 2.5±1 percent target and stabilising "
               "the rupiah exchange rate.")],
              ["Bank Indonesia also maintained accommodative macroprudential policy to support bank lending."]]})

topic("rupiah", "bi", s_rupiah, {
    "title": ["Bank Indonesia Intervensi Pasar untuk Stabilkan Rupiah",
              "Rupiah Melemah ke Rp{rate_id} per Dolar AS, BI Perkuat Stabilisasi"],
    "body": [[("Nilai tukar rupiah melemah {pct_id} persen ke level Rp{rate_id} per dolar AS pada {month_id} {year} "
              "akibat penguatan dolar global."),
              "Rupiah ditutup pada Rp{rate_id} per dolar AS, turun {pct_id} persen dibanding akhir bulan sebelumnya."],
             [("Bank Indonesia melakukan intervensi di pasar valas spot, DNDF, dan pembelian SBN di pasar sekunder "
              "(triple intervention)."),
              "BI menegaskan akan terus berada di pasar untuk menjaga stabilitas nilai tukar sesuai fundamentalnya."]]},
    {"title": ["Bank Indonesia Intervenes to Stabilise the Rupiah",
               "Rupiah Weakens to Rp{rate_en} per US Dollar; BI Steps Up Stabilisation"],
     "body": [[("The rupiah depreciated {pct_en} percent to Rp{rate_en} per US dollar in {month_en} {year} as the "
               "dollar strengthened globally.")],
              [("Bank Indonesia intervened in the spot, DNDF and secondary government bond markets (triple "
               "intervention).")]]})

topic("qris", "bi", s_qris, {
    "title": ["QRIS Antarnegara Indonesia-{country} Resmi Diluncurkan",
              "Pengguna QRIS Tembus {users} Juta, BI Perluas Pembayaran Lintas Negara ke {country}"],
    "body": [[("Bank Indonesia meluncurkan interkoneksi QRIS antarnegara dengan {country} sehingga wisatawan dapat "
              "membayar dengan memindai kode QR di {merchants} juta merchant."),
              ("Pembayaran digital lintas negara dengan {country} kini dapat dilakukan melalui QRIS. Jumlah pengguna "
              "QRIS mencapai {users} juta orang.")],
             [("Transaksi diselesaikan dalam mata uang lokal (local currency transaction) sehingga mengurangi "
              "ketergantungan pada dolar AS."),
              "Inisiatif ini bagian dari Blueprint Sistem Pembayaran Indonesia 2025 untuk mendorong digitalisasi UMKM."]]},
    {"title": ["Cross-Border QR Payments between Indonesia and {country_en} Launched",
               "QRIS Users Pass {users} Million as BI Expands Cross-Border Payments to {country_en}"],
     "body": [[("Bank Indonesia launched cross-border QRIS payments with {country_en}, letting travellers pay by "
               "scanning a QR code at {merchants} million merchants.")],
              ["Transactions settle in local currencies, reducing dependence on the US dollar."]]})

topic("pinjol", "ojk", s_pinjol, {
    "title": ["Satgas PASTI Hentikan {n} Entitas Pinjol Ilegal",
              "OJK Blokir {n} Pinjaman Online Ilegal dan {invest} Investasi Bodong"],
    "body": [[("Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI) yang dikoordinasikan Otoritas Jasa "
              "Keuangan (OJK) menghentikan {n} entitas pinjaman online ilegal dan {invest} penawaran investasi tanpa "
              "izin pada {month_id} {year}."),
              ("OJK bersama Satgas PASTI memblokir {n} pinjol ilegal dan {invest} investasi ilegal yang beroperasi "
              "melalui aplikasi dan media sosial.")],
             ["Masyarakat diminta memeriksa legalitas penyelenggara di situs OJK sebelum meminjam.",
              "Banyak korban pinjol ilegal mengalami penagihan dengan intimidasi dan penyebaran data pribadi."]]},
    {"title": ["Task Force Shuts Down {n} Illegal Online Lenders",
               "OJK Blocks {n} Illegal Lending Apps and {invest} Fraudulent Investment Schemes"],
     "body": [[("The Task Force for Eradicating Illegal Financial Activities (Satgas PASTI), coordinated by the "
               "Financial Services Authority (OJK), shut down {n} illegal online lending entities and {invest} "
               "unlicensed investment offers in {month_en} {year}.")],
              ["The public was advised to check whether a lender is licensed on OJK's website before borrowing."]]})

topic("reserves", "bi", s_reserves, {
    "title": ["Cadangan Devisa Akhir {month_id} {year} Sebesar {usd_id} Miliar Dolar AS",
              "Posisi Cadangan Devisa Indonesia {month_id} {year} Tetap Tinggi"],
    "body": [[("Posisi cadangan devisa Indonesia pada akhir {month_id} {year} tercatat {usd_id} miliar dolar AS, "
              "setara pembiayaan {months_id} bulan impor dan pembayaran utang luar negeri pemerintah."),
              "Bank Indonesia mencatat cadangan devisa sebesar {usd_id} miliar dolar AS pada akhir {month_id} {year}."],
             ["Perkembangan ini dipengaruhi penerimaan pajak dan jasa serta penarikan pinjaman luar negeri pemerintah.",
              "Cadangan devisa tersebut berada di atas standar kecukupan internasional sekitar 3 bulan impor."]]},
    {"title": ["Foreign Exchange Reserves Stand at USD {usd_en} Billion at End of {month_en} {year}"],
     "body": [[("Indonesia's official reserve assets stood at USD {usd_en} billion at the end of {month_en} {year}, "
               "equivalent to {months_en} months of imports and government external debt payments.")],
              ["The figure is above the international adequacy standard of about three months of imports."]]})

topic("inflation", "bps", s_inflation, {
    "title": ["Inflasi {month_id} {year} Sebesar {yoy_id} Persen (yoy)",
              "BPS: Harga {driver_id_t} Dorong Inflasi {month_id} {year}"],
    "body": [[("Badan Pusat Statistik (BPS) mencatat inflasi tahunan (year on year) pada {month_id} {year} sebesar "
              "{yoy_id} persen, sedangkan inflasi bulanan {mtm_id} persen."),
              ("Indeks Harga Konsumen pada {month_id} {year} naik {yoy_id} persen dibanding tahun sebelumnya; secara "
              "bulanan terjadi inflasi {mtm_id} persen.")],
             ["Penyumbang utama inflasi adalah kenaikan harga {driver_id}, diikuti tarif angkutan udara.",
              "Kelompok makanan, minuman, dan tembakau memberi andil terbesar, terutama {driver_id}."],
             ["BPS bersama pemerintah daerah memantau harga pangan untuk menjaga daya beli masyarakat."]]},
    {"title": ["Annual Inflation at {yoy_en} Percent in {month_en} {year}",
               "Statistics Indonesia: {driver_en_t} Prices Drive {month_en} {year} Inflation"],
     "body": [[("Statistics Indonesia (BPS) recorded year-on-year inflation of {yoy_en} percent in {month_en} {year}; "
               "month-to-month inflation was {mtm_en} percent.")],
              ["Higher {driver_en} prices were the main contributor, followed by airfares."]]})

topic("growth", "bps", s_growth, {
    "title": ["Ekonomi Indonesia Triwulan {q} {year} Tumbuh {yoy_id} Persen",
              "Pertumbuhan Ekonomi Triwulan {q}-{year} Capai {yoy_id} Persen"],
    "body": [[("BPS melaporkan Produk Domestik Bruto (PDB) Indonesia triwulan {q} {year} tumbuh {yoy_id} persen "
              "dibanding periode yang sama tahun sebelumnya (y-on-y)."),
              ("Perekonomian Indonesia pada triwulan {q} {year} tumbuh sebesar {yoy_id} persen (y-on-y), ditopang "
              "konsumsi rumah tangga.")],
             ["Dari sisi lapangan usaha, pertumbuhan tertinggi dicapai sektor transportasi dan pergudangan.",
              "Konsumsi rumah tangga dan investasi menjadi penopang utama pertumbuhan."]]},
    {"title": ["Indonesia's Economy Grows {yoy_en} Percent in Q{q_n} {year}"],
     "body": [[("Statistics Indonesia reported that gross domestic product grew {yoy_en} percent year on year in the "
               "{q_ord} quarter of {year}.")],
              ["Household consumption and investment were the main drivers of growth."]]})

topic("unemp", "bps", s_unemp, {
    "title": ["Tingkat Pengangguran Terbuka {month_id} {year} Sebesar {rate_id} Persen",
              "BPS: Jumlah Pengangguran Turun Menjadi {people_id} Juta Orang"],
    "body": [[("BPS mencatat Tingkat Pengangguran Terbuka (TPT) pada {month_id} {year} sebesar {rate_id} persen, "
              "atau sekitar {people_id} juta orang."),
              ("Hasil Survei Angkatan Kerja Nasional (Sakernas) {month_id} {year} menunjukkan TPT sebesar {rate_id} "
              "persen.")],
             ["Penduduk bekerja terbanyak berada di sektor pertanian, perdagangan, dan industri pengolahan.",
              "TPT lulusan SMK masih menjadi yang tertinggi dibanding jenjang pendidikan lain."]]},
    {"title": ["Open Unemployment Rate at {rate_en} Percent in {month_en} {year}"],
     "body": [[("Statistics Indonesia said the open unemployment rate in {month_en} {year} was {rate_en} percent, or "
               "about {people_en} million people, according to the national labour force survey (Sakernas).")],
              ["Agriculture, trade and manufacturing employ the most workers."]]})

topic("poverty", "bps", s_poverty, {
    "title": ["Persentase Penduduk Miskin {month_id} {year} Sebesar {rate_id} Persen",
              "Jumlah Penduduk Miskin Turun Menjadi {people_id} Juta Orang"],
    "body": [[("BPS mencatat persentase penduduk miskin pada {month_id} {year} sebesar {rate_id} persen atau "
              "{people_id} juta orang."),
              ("Jumlah penduduk miskin Indonesia pada {month_id} {year} mencapai {people_id} juta orang, "
              "{rate_id} persen dari total penduduk.")],
             ["Garis kemiskinan naik seiring kenaikan harga beras dan kebutuhan pokok lainnya.",
              "Kemiskinan di perdesaan masih lebih tinggi dibanding perkotaan."]]},
    {"title": ["Poverty Rate Falls to {rate_en} Percent in {month_en} {year}"],
     "body": [[("Statistics Indonesia recorded a poverty rate of {rate_en} percent, or {people_en} million people, in "
               "{month_en} {year}.")],
              [("The poverty line rose with the prices of rice and other staples; rural poverty remains higher than "
               "urban poverty.")]]})

topic("trade", "bps", s_trade, {
    "title": ["Neraca Perdagangan {month_id} {year} Surplus {surplus_id} Miliar Dolar AS",
              "Ekspor {month_id} {year} Capai {exports_id} Miliar Dolar AS"],
    "body": [[("BPS mencatat neraca perdagangan Indonesia pada {month_id} {year} surplus {surplus_id} miliar dolar AS. "
              "Nilai ekspor mencapai {exports_id} miliar dolar AS."),
              ("Ekspor Indonesia pada {month_id} {year} sebesar {exports_id} miliar dolar AS, sehingga neraca "
              "perdagangan surplus {surplus_id} miliar dolar AS.")],
             [("Ekspor nonmigas terbesar berasal dari komoditas {commodity_id} dengan tujuan utama Tiongkok, Amerika "
              "Serikat, dan India.")]]},
    {"title": ["Trade Surplus of USD {surplus_en} Billion in {month_en} {year}"],
     "body": [[("Indonesia posted a trade surplus of USD {surplus_en} billion in {month_en} {year}, with exports of "
               "USD {exports_en} billion, Statistics Indonesia said.")],
              ["{commodity_en_t} led non-oil and gas exports, mainly to China, the United States and India."]]})

topic("ntp", "bps", s_ntp, {
    "title": ["Nilai Tukar Petani {month_id} {year} Sebesar {ntp_id}"],
    "body": [[("BPS mencatat Nilai Tukar Petani (NTP) nasional pada {month_id} {year} sebesar {ntp_id}, naik "
              "dibanding bulan sebelumnya."),
              ("NTP {month_id} {year} tercatat {ntp_id}; kenaikan terjadi karena indeks harga yang diterima petani naik "
              "lebih cepat.")],
             [("Subsektor tanaman perkebunan rakyat mencatat kenaikan tertinggi, didorong harga kelapa sawit dan "
              "karet.")]]},
    {"title": ["Farmers' Terms of Trade at {ntp_en} in {month_en} {year}"],
     "body": [[("Statistics Indonesia said the national farmers' terms of trade index (NTP) stood at {ntp_en} in "
               "{month_en} {year}.")],
              ["Smallholder plantation crops rose the most, driven by palm oil and rubber prices."]]})

topic("tourists", "bps", s_tourists, {
    "title": ["Kunjungan Wisman {month_id} {year} Capai {n_id} Kunjungan"],
    "body": [[("Jumlah kunjungan wisatawan mancanegara (wisman) ke Indonesia pada {month_id} {year} mencapai {n_id} "
              "kunjungan, naik dibanding bulan yang sama tahun lalu."),
              "BPS mencatat {n_id} kunjungan wisman pada {month_id} {year}, terbanyak melalui Bandara Ngurah Rai Bali."],
             ["Wisman asal {origin_id} mendominasi, disusul wisatawan dari negara tetangga lainnya.",
              "Tingkat penghunian kamar hotel berbintang juga meningkat."]]},
    {"title": ["Foreign Tourist Arrivals Reach {n_en} in {month_en} {year}"],
     "body": [[("Foreign tourist arrivals to Indonesia reached {n_en} in {month_en} {year}, up on a year earlier, "
               "Statistics Indonesia reported.")],
              ["Visitors from {origin_en} were the largest group; most arrived through Bali's Ngurah Rai airport."]]})

topic("citizens", "kemlu", s_citizens, {
    "title": ["Pemerintah Evakuasi {n} WNI dari {country}",
              "Kemlu Pastikan Perlindungan WNI di {country} di Tengah Konflik"],
    "body": [[("Kementerian Luar Negeri (Kemlu) mengevakuasi {n} warga negara Indonesia (WNI) dari {country} "
              "menyusul memburuknya situasi keamanan pada {month_id} {year}."),
              ("Sebanyak {n} WNI berhasil dipulangkan dari {country} melalui jalur darat dan udara dengan "
              "koordinasi KBRI.")],
             ["Menteri Luar Negeri menyampaikan bahwa pelindungan WNI adalah prioritas politik luar negeri Indonesia.",
              "KBRI membuka hotline dan rumah singgah bagi WNI yang masih berada di wilayah konflik."]]},
    {"title": ["Indonesia Evacuates {n} Citizens from {country_en}",
               "Foreign Ministry Ensures Protection of Indonesians in {country_en} amid Conflict"],
     "body": [[("The Ministry of Foreign Affairs evacuated {n} Indonesian citizens from {country_en} as the security "
               "situation deteriorated in {month_en} {year}.")],
              [("The Foreign Minister said protecting citizens abroad is a priority of Indonesia's foreign policy; the "
               "embassy opened a hotline and a shelter.")]]})

topic("bilateral", "kemlu", s_bilateral, {
    "title": ["Indonesia dan {country} Tandatangani {mous} Nota Kesepahaman di Bidang {field_t}",
              "Menlu Bertemu Menlu {country}, Bahas Kerja Sama {field_t}"],
    "body": [[("Menteri Luar Negeri RI melakukan pertemuan bilateral dengan Menteri Luar Negeri {country} di Jakarta "
              "pada {day} {month_id} {year}. Kedua negara sepakat memperkuat kerja sama {field}."),
              ("Indonesia dan {country} menandatangani {mous} nota kesepahaman, antara lain di bidang {field}, dalam "
              "kunjungan kenegaraan pada {month_id} {year}.")],
             ["Kedua menteri juga membahas isu kawasan, termasuk situasi di Myanmar dan Palestina.",
              "Nilai perdagangan kedua negara ditargetkan meningkat dalam lima tahun ke depan."]]},
    {"title": ["Indonesia and {country_en} Sign {mous} Memorandums of Understanding on {field_en_t}",
               "Foreign Ministers of Indonesia and {country_en} Discuss Cooperation in {field_en_t}"],
     "body": [[("Indonesia's Foreign Minister met the Foreign Minister of {country_en} in Jakarta on {month_en} {day}, "
               "{year}; the two countries agreed to deepen cooperation in {field_en}.")],
              ["They also discussed regional issues, including Myanmar and Palestine."]]})

topic("aid", "kemlu", s_aid, {
    "title": ["Indonesia Kirim {tons} Ton Bantuan Kemanusiaan untuk {country}",
              "Bantuan Kemanusiaan Indonesia Tiba di {area}, {country}"],
    "body": [[("Pemerintah Indonesia mengirimkan {tons} ton bantuan kemanusiaan berupa makanan, obat-obatan, dan "
              "tenda untuk warga {area}, {country}, pada {month_id} {year}."),
              ("Bantuan kemanusiaan seberat {tons} ton dari Indonesia diberangkatkan menggunakan pesawat TNI AU menuju "
              "{country}.")],
             ["Selain barang, Indonesia menyalurkan hibah {usd_id} juta dolar AS melalui badan PBB.",
              "Menlu menegaskan solidaritas Indonesia terhadap rakyat {country}."]]},
    {"title": ["Indonesia Sends {tons} Tonnes of Humanitarian Aid to {country_en}"],
     "body": [[("Indonesia sent {tons} tonnes of humanitarian aid, including food, medicine and tents, to people in "
               "{area}, {country_en}, in {month_en} {year}.")],
              ["Indonesia also pledged USD {usd_en} million through United Nations agencies."]]})

topic("asean", "kemlu", s_asean, {
    "title": ["KTT ASEAN di {city} Bahas {issue_t}",
              "Menlu ASEAN Bertemu di {city}, Sorot Isu {issue_t}"],
    "body": [[("Para pemimpin negara anggota ASEAN berkumpul di {city} pada {month_id} {year} dan membahas isu {issue}, "
              "serta penguatan sentralitas ASEAN."),
              "Pertemuan Menteri Luar Negeri ASEAN di {city} pada {month_id} {year} menyoroti {issue}."],
             ["Indonesia mendorong implementasi Konsensus Lima Poin dan kerja sama ekonomi kawasan.",
              "Deklarasi bersama menegaskan komitmen menjaga perdamaian dan stabilitas kawasan."]]},
    {"title": ["ASEAN Summit in {city} Discusses {issue_en_t}",
               "ASEAN Foreign Ministers Meet in {city}, Focus on {issue_en_t}"],
     "body": [[("ASEAN leaders met in {city} in {month_en} {year} to discuss {issue_en} and strengthening ASEAN "
               "centrality.")],
              ["Indonesia pushed for implementation of the Five-Point Consensus and regional economic cooperation."]]})

topic("scam", "kemlu", s_scam, {
    "title": ["{n} WNI Korban Penipuan Daring di {country} Dipulangkan",
              "Kemlu Selamatkan {n} WNI dari Sindikat Online Scam di {country}"],
    "body": [[("Kementerian Luar Negeri memulangkan {n} WNI yang menjadi korban tindak pidana perdagangan orang "
              "(TPPO) dan dipaksa bekerja di perusahaan penipuan daring (online scam) di {country}."),
              "Sebanyak {n} WNI korban sindikat online scam di {country} berhasil diselamatkan pada {month_id} {year}."],
             ["Mereka direkrut melalui media sosial dengan iming-iming gaji tinggi sebagai operator komputer.",
              "Kemlu mengingatkan masyarakat agar tidak tergiur tawaran kerja ke luar negeri tanpa prosedur resmi."]]},
    {"title": ["{n} Indonesian Victims of Online Scam Syndicates in {country_en} Repatriated"],
     "body": [[("The Foreign Ministry repatriated {n} Indonesians who were trafficked and forced to work for online "
               "scam companies in {country_en} in {month_en} {year}.")],
              ["They were recruited through social media with promises of well-paid computer jobs."]]})


# Number of releases' worth of events per topic, and the language pattern of its events: "pair" = an
# Indonesian release and its English translation, "id"/"en" = one language only.
PATTERN = ["pair", "id", "pair", "id", "en", "id", "pair", "id", "en", "id"]
EVENTS_PER_TOPIC = {"derad": 9, "arrest": 11, "campus": 8, "financing": 5, "online": 5, "victims": 5, "coop": 6,
                    "flood": 13, "quake": 9, "volcano": 9, "fire": 7, "landslide": 7, "drill": 6, "drought": 5,
                    "birate": 11, "rupiah": 5, "qris": 5, "pinjol": 7, "reserves": 6, "inflation": 13, "growth": 7,
                    "unemp": 6, "poverty": 6, "trade": 7, "ntp": 5, "tourists": 5, "citizens": 8, "bilateral": 9,
                    "aid": 9, "asean": 5, "scam": 6}

ACTIONS = {"hold": ("Tetap di", "Menahan", "Held at", "Holds", "hold", "at"),
           "raise": ("Naik Menjadi", "Menaikkan", "Raised to", "Raises", "raise", "to"),
           "cut": ("Turun Menjadi", "Menurunkan", "Cut to", "Cuts", "cut", "to")}
ORDINALS = {"I": ("1", "first"), "II": ("2", "second"), "III": ("3", "third"), "IV": ("4", "fourth")}


def derived(slots: dict, d: date) -> dict:
    """Formatted variants of the slot values for both languages."""
    s = dict(slots)
    s.update(year=d.year, day=d.day, day2=d.day + 1, month_id=MONTHS_ID[d.month - 1], month_en=MONTHS_EN[d.month - 1])
    for key in ("n", "houses", "liters", "ha"):
        if isinstance(s.get(key), int):
            s[f"{key}_id"], s[f"{key}_en"] = thousands_id(s[key]), thousands_en(s[key])
    for key, digits in (("amount", 1), ("mag", 1), ("rate", 2), ("dep", 2), ("lend", 2), ("usd", 1), ("months", 1),
                        ("yoy", 2), ("mtm", 2), ("people", 2), ("surplus", 2), ("exports", 1), ("ntp", 2),
                        ("pct", 1)):
        if isinstance(s.get(key), float):
            s[f"{key}_id"], s[f"{key}_en"] = id_num(s[key], digits), en_num(s[key], digits)
    if "rate" in s and isinstance(s["rate"], int):  # rupiah per dollar
        s["rate_id"], s["rate_en"] = thousands_id(s["rate"]), thousands_en(s["rate"])
    if "action" in s:
        a = ACTIONS[s["action"]]
        s.update(action_id=a[0], action_id_l=a[0].lower(), action_verb_id=a[1], action_en=a[2], action_verb_en=a[3], action_inf_en=a[4],
                 action_prep_en=a[5])
    if "level" in s:
        s["level_en"] = s["level"].replace("Siaga", "Alert").replace("Awas", "Warning")
    if "hazard" in s:
        s["hazard_id"], s["hazard_en"] = s["hazard"]
        s["hazard_en_t"], s["hazard_id_t"] = s["hazard_en"].title(), s["hazard_id"].title()
    for key in ("driver", "commodity", "origin", "issue", "field"):
        if isinstance(s.get(key), tuple):
            s[f"{key}_id"], s[f"{key}_en"] = s[key]
    if "field" in s and isinstance(s["field"], str):
        s["field_t"] = s["field"].title().replace(" Dan ", " dan ")
        s["field_en_t"] = s["field_en"].title().replace("The ", "the ").replace(" And ", " and ")
    if "driver_en" in s:
        s["driver_en_t"] = s["driver_en"].capitalize()
        s["driver_id_t"] = s["driver_id"].title()
    if "commodity_en" in s:
        s["commodity_en_t"] = s["commodity_en"].capitalize()
    if "issue_id" in s:
        s["issue"], s["issue_t"] = s["issue_id"], s["issue_id"].title()
        s["issue_en_t"] = s["issue_en"].replace("the ", "").title()
    if "q" in s:
        s["q_n"], s["q_ord"] = ORDINALS[s["q"]]
    return s


def render(templates: dict, slots: dict, rng: random.Random) -> tuple[str, str]:
    title = rng.choice(templates["title"]).format(**slots)
    paragraphs = [rng.choice(variants).format(**slots) for variants in templates["body"]]
    return title, "\n\n".join(paragraphs)


def json_safe(slots: dict) -> dict:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in slots.items() if v is not None}


def generate() -> list[dict]:
    rng = random.Random(SEED)
    docs: list[dict] = []
    next_id = FIRST_ID
    for key, count in EVENTS_PER_TOPIC.items():
        source, make_slots, id_t, en_t = TOPICS[key]
        for i in range(count):
            day = date(2021, 1, 1) + timedelta(days=rng.randrange(0, 4 * 365 + 150))
            if day.day > 27:
                day = day.replace(day=27)
            raw = make_slots(rng, day)
            slots = derived(raw, day)
            langs = PATTERN[i % len(PATTERN)]
            event = f"{key}-{i + 1}"
            made: list[dict] = []
            for lang in (("id", "en") if langs == "pair" else (langs,)):
                title, body = render(id_t if lang == "id" else en_t, slots, rng)
                made.append({"id": next_id, "source": source, "language": lang, "published_at": day.isoformat(),
                             "title": title, "body": body, "tags": [key], "pair": None, "topic": key,
                             "event": event, "slots": json_safe({k: v for k, v in raw.items()})})
                next_id += 1
            if len(made) == 2:
                made[0]["pair"], made[1]["pair"] = made[1]["id"], made[0]["id"]
            docs.extend(made)
    return docs


def main() -> None:
    docs = generate()
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{len(docs)} releases, {sum(1 for d in docs if d['pair']) // 2} pairs -> {OUT}")


if __name__ == "__main__":
    main()
