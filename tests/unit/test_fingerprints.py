"""Deduplication primitives: canonical URLs, content hashes and near-duplicate signatures.

The near-duplicate threshold is checked against ``tests/data/near_duplicate_pairs.tsv``, a labelled set
built by ``build_pairs()`` below from release-like texts (Indonesian and English) written for it:

- ``dup`` pairs are one release and a re-post of it: small edits (typos, a word or sentence changed),
  an "(ANTARA) -" / "Jakarta (ANTARA) -" dateline, a trimmed last paragraph, a new headline, combinations;
- ``distinct`` pairs include hard same-template negatives (two monthly BI-Rate releases, two BNPB
  disaster updates about different places, two BPS inflation releases ...), some with a re-post edit
  on one side, plus unrelated releases and ID/EN translations of one release.

Regenerate the TSV after changing the texts: ``python tests/unit/test_fingerprints.py --write-pairs``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sys
from pathlib import Path

import pytest

from archive.fingerprints import (
    NEAR_DUPLICATE_THRESHOLD,
    NUM_BANDS,
    NearDuplicateIndex,
    Signature,
    band_keys,
    canonicalize_url,
    content_hash,
    normalize_for_hash,
    signature,
    signatures,
    similarity,
)

PAIRS_TSV = Path(__file__).resolve().parents[1] / "data" / "near_duplicate_pairs.tsv"

# ---------------------------------------------------------------------------------------------------
# Release texts for the labelled set
# ---------------------------------------------------------------------------------------------------
# Each template is a title and paragraphs with {slots}; instances of one template are *different*
# releases (hard negatives for each other). "{alt:a|b|c}" picks one variant per instance, as agencies
# vary a sentence from month to month.

MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

TEMPLATES: dict[str, dict] = {
    "bi_rate_id": {
        "title": "BI-Rate {verb_id} {rate}%: {motto_id}",
        "paragraphs": [
            (
                "Rapat Dewan Gubernur (RDG) Bank Indonesia pada {d1}-{d2} {month_id} {year} memutuskan untuk "
                "{keep_id} BI-Rate sebesar {rate}%, suku bunga Deposit Facility sebesar {df}%, dan suku bunga "
                "Lending Facility sebesar {lf}%. Keputusan ini konsisten dengan kebijakan moneter untuk "
                "memastikan tetap terkendalinya inflasi dalam sasaran 2,5±1% pada {year} dan {year1}."
            ),
            (
                "Kebijakan makroprudensial dan sistem pembayaran tetap diarahkan untuk mendukung pertumbuhan "
                "ekonomi yang berkelanjutan. {alt:Insentif likuiditas makroprudensial diperkuat untuk mendorong "
                "kredit kepada sektor prioritas.|Digitalisasi sistem pembayaran terus diperluas, termasuk "
                "penggunaan QRIS antarnegara.|Bank Indonesia mempercepat pendalaman pasar uang melalui instrumen "
                "SRBI.}"
            ),
            (
                "Pertumbuhan ekonomi global {alt:melambat dengan ketidakpastian pasar keuangan yang tinggi|"
                "membaik meskipun risiko geopolitik masih membayangi|tetap kuat ditopang ekonomi Amerika "
                "Serikat}. Ekonomi Amerika Serikat pada triwulan {q} {year} tumbuh {us}% (yoy), sementara "
                "ekonomi Tiongkok tumbuh {cn}% (yoy)."
            ),
            (
                "Pertumbuhan ekonomi Indonesia tetap baik. Pada triwulan {q} {year} ekonomi tumbuh {idg}% "
                "(yoy), didorong oleh {alt:konsumsi rumah tangga dan investasi|ekspor nonmigas dan belanja "
                "pemerintah|investasi bangunan dan konsumsi swasta}. Bank Indonesia memprakirakan pertumbuhan "
                "ekonomi {year} berada dalam kisaran {glo}-{ghi}%."
            ),
            (
                "Nilai tukar Rupiah tetap terkendali. Hingga {d2} {month_id} {year}, Rupiah {fxdir_id} {fx}% "
                "(ptp) dibandingkan dengan level akhir {prev_id} {year}. Inflasi Indeks Harga Konsumen pada "
                "{prev_id} {year} tercatat sebesar {cpi}% (yoy), dengan inflasi inti sebesar {core}% (yoy)."
            ),
            (
                "Bank Indonesia terus memperkuat sinergi kebijakan dengan Pemerintah, baik di tingkat pusat "
                "maupun daerah, untuk pengendalian inflasi melalui Gerakan Nasional Pengendalian Inflasi Pangan "
                "di berbagai daerah. Koordinasi kebijakan juga dilakukan dengan Komite Stabilitas Sistem "
                "Keuangan dalam memelihara stabilitas sistem keuangan."
            ),
        ],
    },
    "bi_rate_en": {
        "title": "BI-Rate {verb_en} at {rate}%: {motto_en}",
        "paragraphs": [
            (
                "The Board of Governors' Meeting of Bank Indonesia on {d1}-{d2} {month_en} {year} decided to "
                "{keep_en} the BI-Rate at {rate}%, while also {keep_en2} the Deposit Facility rate at {df}% and "
                "the Lending Facility rate at {lf}%. The decision is consistent with the monetary policy stance "
                "to keep inflation under control within the 2.5±1% target corridor in {year} and {year1}."
            ),
            (
                "Macroprudential and payment system policies remain directed at supporting sustainable economic "
                "growth. {alt:Macroprudential liquidity incentives were strengthened to stimulate lending to "
                "priority sectors.|Payment system digitalisation continues, including cross-border QRIS "
                "connectivity.|Bank Indonesia accelerates money market deepening through SRBI instruments.}"
            ),
            (
                "Global economic growth {alt:is slowing amid high financial market uncertainty|is improving "
                "although geopolitical risks persist|remains strong, supported by the United States economy}. "
                "The United States economy grew {us}% (yoy) in Q{qn} {year}, while China grew {cn}% (yoy)."
            ),
            (
                "Indonesia's economic growth remains solid. In Q{qn} {year} the economy grew {idg}% (yoy), "
                "driven by {alt:household consumption and investment|non-oil and gas exports and government "
                "spending|building investment and private consumption}. Bank Indonesia projects economic growth "
                "in {year} in the {glo}-{ghi}% range."
            ),
            (
                "The Rupiah exchange rate remains under control. As of {d2} {month_en} {year}, the Rupiah "
                "{fxdir_en} {fx}% (ptp) compared with the end of {prev_en} {year}. Consumer Price Index inflation "
                "in {prev_en} {year} was recorded at {cpi}% (yoy), with core inflation at {core}% (yoy)."
            ),
            (
                "Bank Indonesia continues to strengthen policy synergy with the Government, at both central and "
                "regional levels, to control inflation through the National Movement for Food Inflation Control "
                "in various regions. Policy coordination is also carried out with the Financial System Stability "
                "Committee to maintain financial system stability."
            ),
        ],
    },
    "bnpb_flood_id": {
        "title": "Banjir Bandang Landa Kabupaten {kab}, {dead} Warga Meninggal Dunia",
        "paragraphs": [
            (
                "Banjir bandang melanda {kec} kecamatan di Kabupaten {kab}, Provinsi {prov}, pada {day_id}, "
                "{d1} {month_id} {year} pukul {hh}.{mm} WIB. Hujan dengan intensitas tinggi yang mengguyur "
                "wilayah tersebut sejak sore hari menyebabkan debit air Sungai {river} meluap ke permukiman."
            ),
            (
                "Berdasarkan laporan Pusat Pengendalian Operasi BNPB hingga {d2} {month_id} {year} pukul "
                "{hh2}.00 WIB, sebanyak {dead} warga dilaporkan meninggal dunia, {missing} orang hilang dan "
                "{injured} lainnya luka-luka. Sebanyak {kk} KK atau {jiwa} jiwa terdampak dan {evac} jiwa di "
                "antaranya mengungsi ke {shelter}."
            ),
            (
                "Kerugian materil yang tercatat sementara meliputi {house} unit rumah terendam, {heavy} unit "
                "rumah rusak berat, {bridge} jembatan putus dan {school} unit fasilitas pendidikan terdampak. "
                "{alt:Akses jalan penghubung antardesa sempat terputus akibat material lumpur.|Aliran listrik di "
                "beberapa desa padam sementara.|Sejumlah lahan pertanian warga turut terendam.}"
            ),
            (
                "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten {kab} bersama TNI, Polri, Basarnas, "
                "relawan dan masyarakat melakukan evakuasi serta pendataan. Pemerintah Kabupaten {kab} telah "
                "menetapkan status tanggap darurat selama {days} hari terhitung sejak {d1} {month_id} {year}."
            ),
            (
                "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB mengimbau masyarakat yang tinggal "
                "di bantaran sungai dan lereng perbukitan untuk meningkatkan kewaspadaan. Berdasarkan prakiraan "
                "cuaca BMKG, hujan dengan intensitas sedang hingga lebat masih berpotensi terjadi di wilayah "
                "{prov} dalam sepekan ke depan."
            ),
        ],
    },
    "bnpb_quake_en": {
        "title": "Magnitude {mag} Earthquake Shakes {kab} Regency, {dead} Dead",
        "paragraphs": [
            (
                "A magnitude {mag} earthquake struck {kab} Regency, {prov} Province, on {day_en}, {month_en} "
                "{d1}, {year} at {hh}:{mm} local time. The Meteorology, Climatology and Geophysics Agency (BMKG) "
                "located the epicentre {km} kilometres {dir} of {kab} at a depth of {depth} kilometres and "
                "said the quake had no tsunami potential."
            ),
            (
                "As of {month_en} {d2}, {year} at {hh2}:00 local time, the National Disaster Management Agency "
                "(BNPB) recorded {dead} people dead, {injured} injured and {evac} displaced. Damage assessments "
                "show {heavy} houses heavily damaged, {light} houses lightly damaged and {school} schools "
                "affected across {kec} districts."
            ),
            (
                "{alt:Aftershocks were felt {after} times in the first 24 hours.|The regional disaster agency "
                "has set up {posts} command posts.|Several landslides blocked the main road to the regency "
                "capital.} Joint search and rescue teams from BPBD, the Indonesian Armed Forces, the Police and "
                "Basarnas continue to evacuate residents and distribute logistics."
            ),
            (
                "The {kab} Regency Government has declared a {days}-day emergency response status starting "
                "{month_en} {d1}, {year}. BNPB has sent tents, family kits, blankets and ready-to-eat food, as "
                "well as emergency operational funds of Rp{funds} million."
            ),
            (
                "BNPB urges residents to stay calm, avoid damaged buildings and follow only official information "
                "from BMKG and the regional disaster management agency."
            ),
        ],
    },
    "bps_inflation_id": {
        "title": "Inflasi {month_id} {year} Sebesar {mtm} Persen, Inflasi Tahunan {yoy} Persen",
        "paragraphs": [
            (
                "Badan Pusat Statistik (BPS) mencatat pada {month_id} {year} terjadi {kind_id} year on year "
                "(y-on-y) sebesar {yoy} persen dengan Indeks Harga Konsumen (IHK) sebesar {ihk}. Inflasi bulanan "
                "(m-to-m) tercatat sebesar {mtm} persen dan inflasi tahun kalender (y-to-d) sebesar {ytd} persen."
            ),
            (
                "Inflasi year on year terjadi karena adanya kenaikan harga yang ditunjukkan oleh naiknya indeks "
                "kelompok pengeluaran, yaitu kelompok makanan, minuman dan tembakau sebesar {food} persen; "
                "kelompok perumahan, air, listrik dan bahan bakar rumah tangga sebesar {house} persen; serta "
                "kelompok transportasi sebesar {transport} persen."
            ),
            (
                "Inflasi y-on-y tertinggi terjadi di {city_hi} sebesar {hi} persen dengan IHK sebesar {ihk_hi}, "
                "sedangkan terendah terjadi di {city_lo} sebesar {lo} persen dengan IHK sebesar {ihk_lo}. "
                "{alt:Komoditas penyumbang utama inflasi bulanan adalah beras, cabai merah dan bawang putih.|"
                "Komoditas penyumbang utama inflasi bulanan adalah emas perhiasan, tarif angkutan udara dan "
                "daging ayam ras.|Komoditas penyumbang utama inflasi bulanan adalah bensin, rokok kretek filter "
                "dan minyak goreng.}"
            ),
            (
                "Informasi lebih lanjut mengenai perkembangan Indeks Harga Konsumen dapat diakses melalui "
                "laman resmi BPS. Seluruh data dapat diunduh tanpa biaya oleh masyarakat."
            ),
        ],
    },
    "kemenkeu_apbn_id": {
        "title": "APBN Kita {month_id} {year}: Pendapatan Negara Capai Rp{rev} Triliun",
        "paragraphs": [
            (
                "Kementerian Keuangan melaporkan realisasi pendapatan negara hingga akhir {month_id} {year} "
                "mencapai Rp{rev} triliun atau {revpct} persen dari target APBN {year}. Penerimaan perpajakan "
                "tercatat sebesar Rp{tax} triliun, sementara Penerimaan Negara Bukan Pajak mencapai Rp{pnbp} "
                "triliun."
            ),
            (
                "Di sisi lain, belanja negara terealisasi sebesar Rp{spend} triliun atau {spendpct} persen dari "
                "pagu, terdiri atas belanja pemerintah pusat Rp{central} triliun dan transfer ke daerah Rp{tkd} "
                "triliun. Dengan realisasi tersebut, APBN mencatat {balance_id} sebesar Rp{bal} triliun atau "
                "{balpct} persen terhadap PDB."
            ),
            (
                "Menteri Keuangan menyampaikan bahwa APBN terus bekerja keras sebagai peredam guncangan. "
                "{alt:Belanja perlindungan sosial disalurkan tepat waktu untuk menjaga daya beli masyarakat.|"
                "Pembiayaan utang dikelola secara hati-hati dan terukur di tengah volatilitas pasar.|Insentif "
                "perpajakan diarahkan untuk mendukung sektor padat karya dan hilirisasi.}"
            ),
            (
                "Keseimbangan primer tercatat {primary_id} Rp{prim} triliun. Pemerintah akan terus menjaga "
                "kredibilitas dan keberlanjutan fiskal sambil mendukung pemulihan ekonomi nasional."
            ),
        ],
    },
    "kemenkes_dengue_en": {
        "title": "Ministry of Health Reports {cases} Dengue Cases in {prov} as of Week {week}",
        "paragraphs": [
            (
                "The Ministry of Health recorded {cases} dengue fever cases in {prov} Province from January to "
                "week {week} of {year}, with {deaths} deaths. The incidence rate reached {ir} per 100,000 "
                "population, {cmp} the same period last year."
            ),
            (
                "The highest number of cases was reported in {city1} with {c1} cases, followed by {city2} with "
                "{c2} cases and {city3} with {c3} cases. {alt:Most patients were children aged 5 to 14.|Cases "
                "rose sharply after the start of the rainy season.|Hospital bed occupancy for dengue patients "
                "reached {bor} percent.}"
            ),
            (
                "The Director General of Disease Prevention and Control urged regional health offices to "
                "strengthen mosquito nest eradication through the 3M Plus movement: draining, closing and "
                "recycling water containers, plus preventing mosquito bites."
            ),
            (
                "The ministry has distributed {kits} rapid diagnostic test kits and {larv} kilograms of "
                "larvicide to {prov}. The public is advised to seek treatment immediately if a high fever lasts "
                "for more than two days."
            ),
        ],
    },
}

TEMPLATE_FOOTERS = {
    "bi_rate_id": "Departemen Komunikasi\nKepala Departemen Komunikasi",
    "bi_rate_en": "Communication Department\nHead of Communication Department",
    "bnpb_flood_id": "Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB",
    "bnpb_quake_en": "Center for Disaster Data, Information and Communication, BNPB",
    "bps_inflation_id": "Direktorat Diseminasi Statistik, Badan Pusat Statistik",
    "kemenkeu_apbn_id": "Biro Komunikasi dan Layanan Informasi, Kementerian Keuangan",
    "kemenkes_dengue_en": "Bureau of Communication and Public Services, Ministry of Health",
}

REGENCIES = [
    ("Cianjur", "Jawa Barat", "Cisokan"),
    ("Garut", "Jawa Barat", "Cimanuk"),
    ("Luwu Utara", "Sulawesi Selatan", "Masamba"),
    ("Bima", "Nusa Tenggara Barat", "Padolo"),
    ("Konawe", "Sulawesi Tenggara", "Lahumbuti"),
    ("Agam", "Sumatera Barat", "Batang Anai"),
    ("Sigi", "Sulawesi Tengah", "Palu"),
    ("Lumajang", "Jawa Timur", "Regoyo"),
    ("Flores Timur", "Nusa Tenggara Timur", "Waiwadan"),
]
CITIES = ["Tual", "Bandung", "Gunungsitoli", "Merauke", "Batam", "Sampit", "Manado", "Kupang", "Jember"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _pct(rng: random.Random, lo: float, hi: float, sep: str = ",") -> str:
    return f"{rng.uniform(lo, hi):.2f}".replace(".", sep)


def _fill_values(name: str, rng: random.Random, instance: int) -> dict[str, str]:
    month = (instance * 5 + rng.randrange(3)) % 12
    sep = "." if name.endswith("_en") else ","
    kab, prov, river = REGENCIES[(instance * 4 + rng.randrange(2)) % len(REGENCIES)]
    year = 2021 + instance % 4
    rate = rng.choice(["5,75", "6,00", "6,25", "5,50", "3,50"])
    v = {
        "month_id": MONTHS_ID[month],
        "month_en": MONTHS_EN[month],
        "prev_id": MONTHS_ID[month - 1],
        "prev_en": MONTHS_EN[month - 1],
        "year": str(year),
        "year1": str(year + 1),
        "d1": str(rng.randint(10, 18)),
        "d2": str(rng.randint(19, 27)),
        "rate": rate if sep == "," else rate.replace(",", "."),
        "df": _pct(rng, 3.0, 5.5, sep),
        "lf": _pct(rng, 6.0, 7.5, sep),
        "verb_id": rng.choice(["Tetap", "Turun ke", "Naik ke"]),
        "verb_en": rng.choice(["Held", "Lowered", "Raised"]),
        "keep_id": rng.choice(["mempertahankan", "menurunkan", "menaikkan"]),
        "keep_en": rng.choice(["hold", "lower", "raise"]),
        "keep_en2": rng.choice(["holding", "adjusting"]),
        "motto_id": rng.choice(
            [
                "Menjaga Stabilitas dan Mendorong Pertumbuhan",
                "Sinergi Menjaga Stabilitas Rupiah",
                "Memperkuat Stabilitas, Mendukung Pertumbuhan Berkelanjutan",
            ]
        ),
        "motto_en": rng.choice(
            [
                "Maintaining Stability and Supporting Growth",
                "Synergy for Rupiah Stability",
                "Strengthening Stability, Supporting Sustainable Growth",
            ]
        ),
        "q": rng.choice(["I", "II", "III", "IV"]),
        "qn": str(rng.randint(1, 4)),
        "us": _pct(rng, 1.0, 3.5, sep),
        "cn": _pct(rng, 4.0, 6.0, sep),
        "idg": _pct(rng, 4.8, 5.4, sep),
        "glo": _pct(rng, 4.5, 4.8, sep),
        "ghi": _pct(rng, 5.2, 5.6, sep),
        "fxdir_id": rng.choice(["menguat", "melemah"]),
        "fxdir_en": rng.choice(["appreciated", "depreciated"]),
        "fx": _pct(rng, 0.1, 3.0, sep),
        "cpi": _pct(rng, 1.5, 5.9, sep),
        "core": _pct(rng, 1.5, 3.5, sep),
        "kab": kab,
        "prov": prov,
        "river": river,
        "kec": str(rng.randint(2, 9)),
        "day_id": DAYS_ID[rng.randrange(7)],
        "day_en": DAYS_EN[rng.randrange(7)],
        "hh": f"{rng.randint(0, 23):02d}",
        "mm": f"{rng.randint(0, 59):02d}",
        "hh2": f"{rng.randint(6, 22):02d}",
        "dead": str(rng.randint(2, 40)),
        "missing": str(rng.randint(0, 12)),
        "injured": str(rng.randint(5, 300)),
        "kk": str(rng.randint(200, 4000)),
        "jiwa": str(rng.randint(900, 15000)),
        "evac": str(rng.randint(100, 6000)),
        "shelter": rng.choice(
            ["balai desa dan masjid terdekat", "rumah kerabat", "gedung sekolah dan tenda darurat"]
        ),
        "house": str(rng.randint(100, 3000)),
        "heavy": str(rng.randint(5, 400)),
        "light": str(rng.randint(50, 2000)),
        "bridge": str(rng.randint(1, 9)),
        "school": str(rng.randint(1, 30)),
        "days": str(rng.choice([7, 14, 21, 30])),
        "mag": f"{rng.uniform(4.8, 6.9):.1f}",
        "km": str(rng.randint(5, 80)),
        "dir": rng.choice(["southwest", "northeast", "south", "west"]),
        "depth": str(rng.randint(8, 120)),
        "after": str(rng.randint(5, 60)),
        "posts": str(rng.randint(2, 9)),
        "funds": str(rng.choice([250, 500, 750, 1000])),
        "kind_id": rng.choice(["inflasi", "deflasi"]),
        "yoy": _pct(rng, 1.0, 5.9),
        "mtm": _pct(rng, -0.5, 1.2),
        "ytd": _pct(rng, 0.2, 4.0),
        "ihk": _pct(rng, 105, 125),
        "food": _pct(rng, 1, 8),
        "transport": _pct(rng, 0.5, 12),
        "city_hi": CITIES[rng.randrange(9)],
        "city_lo": CITIES[rng.randrange(9)],
        "hi": _pct(rng, 4, 9),
        "lo": _pct(rng, 0.2, 2),
        "ihk_hi": _pct(rng, 110, 130),
        "ihk_lo": _pct(rng, 100, 115),
        "rev": f"{rng.randint(400, 2800):,}".replace(",", "."),
        "revpct": _pct(rng, 15, 95),
        "tax": f"{rng.randint(300, 2200):,}".replace(",", "."),
        "pnbp": str(rng.randint(80, 600)),
        "spend": f"{rng.randint(400, 3000):,}".replace(",", "."),
        "spendpct": _pct(rng, 15, 95),
        "central": f"{rng.randint(300, 2200):,}".replace(",", "."),
        "tkd": str(rng.randint(100, 800)),
        "balance_id": rng.choice(["surplus", "defisit"]),
        "bal": _pct(rng, 10, 400),
        "balpct": _pct(rng, 0.1, 2.9),
        "primary_id": rng.choice(["surplus", "defisit"]),
        "prim": _pct(rng, 10, 300),
        "cases": f"{rng.randint(800, 30000):,}",
        "week": str(rng.randint(8, 50)),
        "deaths": str(rng.randint(3, 200)),
        "ir": f"{rng.uniform(5, 90):.2f}",
        "cmp": rng.choice(["higher than", "lower than", "similar to"]),
        "city1": CITIES[rng.randrange(9)],
        "city2": CITIES[rng.randrange(9)],
        "city3": CITIES[rng.randrange(9)],
        "c1": str(rng.randint(300, 5000)),
        "c2": str(rng.randint(100, 3000)),
        "c3": str(rng.randint(50, 2000)),
        "bor": str(rng.randint(40, 95)),
        "kits": f"{rng.randint(2, 90) * 1000:,}",
        "larv": f"{rng.randint(5, 80) * 100:,}",
    }
    return v


def _expand_alternatives(text: str, choice: int) -> str:
    while "{alt:" in text:
        start = text.index("{alt:")
        depth, i = 0, start
        while True:  # find the matching brace (slots may be nested in alternatives)
            if text[i] == "{":
                depth += 1
            elif text[i] == "}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        options = text[start + 5 : i].split("|")
        text = text[:start] + options[choice % len(options)] + text[i + 1 :]
    return text


def render(name: str, instance: int, alt: int | None = None) -> tuple[str, str]:
    """(title, body) of instance ``instance`` of template ``name``: a distinct release per instance."""
    rng = random.Random(f"{name}/{instance}")
    values = _fill_values(name, rng, instance)
    template = TEMPLATES[name]
    choice = instance if alt is None else alt
    paragraphs = [_expand_alternatives(p, choice).format(**values) for p in template["paragraphs"]]
    paragraphs.append(TEMPLATE_FOOTERS[name])
    return template["title"].format(**values), "\n\n".join(paragraphs)


# Free-form releases (not from a template): one real seed plus hand-written ones.
FREE_RELEASES: list[tuple[str, str]] = [
    (
        "Kominfo Luruskan Hoaks Pendaftaran Bantuan Sosial Melalui Tautan WhatsApp",
        (
            "Kementerian Komunikasi dan Informatika menemukan pesan berantai yang mengatasnamakan Kementerian "
            "Sosial dan mengajak masyarakat mendaftar bantuan sosial tunai melalui sebuah tautan WhatsApp. "
            "Pesan tersebut meminta penerima mengisi nomor induk kependudukan, nomor rekening dan kode OTP.\n\n"
            "Faktanya, Kementerian Sosial tidak pernah membuka pendaftaran bantuan sosial melalui tautan pesan "
            "berantai. Penetapan penerima bantuan dilakukan berdasarkan Data Terpadu Kesejahteraan Sosial yang "
            "diusulkan oleh pemerintah daerah melalui musyawarah desa atau kelurahan.\n\n"
            "Tautan tersebut mengarah ke situs tiruan yang dibuat untuk mencuri data pribadi. Masyarakat diminta "
            "tidak membagikan kode OTP kepada siapa pun dan melaporkan konten serupa melalui kanal aduan konten "
            "Kominfo.\n\n"
            "Pengecekan status penerima bantuan hanya dapat dilakukan melalui laman resmi cekbansos Kementerian "
            "Sosial atau aplikasi resmi yang tersedia di toko aplikasi.\n\n"
            "Biro Humas Kementerian Komunikasi dan Informatika"
        ),
    ),
    (
        "Indonesia and Japan Agree to Strengthen Cooperation on Maritime Security",
        (
            "Foreign Minister of the Republic of Indonesia held a bilateral meeting with the Foreign Minister of "
            "Japan in Tokyo on Tuesday to discuss maritime security, energy transition and the protection of "
            "Indonesian workers in Japan.\n\n"
            "Both ministers agreed to accelerate the delivery of patrol vessels to the Indonesian Maritime "
            "Security Agency and to hold a joint exercise on search and rescue at sea next year. Japan also "
            "expressed support for Indonesia's plan to develop a regional maritime information centre.\n\n"
            "On energy transition, the two countries discussed financing for geothermal and hydropower projects "
            "under the Just Energy Transition Partnership, as well as the development of a carbon capture "
            "storage hub in the Java Sea.\n\n"
            "The Foreign Minister also asked Japan to simplify visa procedures for Indonesian citizens and to "
            "improve the protection of specified skilled workers, whose number has exceeded forty thousand.\n\n"
            "The meeting ended with the signing of a memorandum of cooperation on cyber security capacity "
            "building for government officials of both countries."
        ),
    ),
    (
        "KLHK Kerahkan Manggala Agni Padamkan Karhutla di Kalimantan Tengah",
        (
            "Kementerian Lingkungan Hidup dan Kehutanan mengerahkan regu Manggala Agni untuk memadamkan "
            "kebakaran hutan dan lahan di Kabupaten Pulang Pisau dan Kotawaringin Timur, Kalimantan Tengah. "
            "Sebagian besar titik api berada di lahan gambut yang sulit dijangkau kendaraan.\n\n"
            "Direktur Pengendalian Kebakaran Hutan dan Lahan menyampaikan bahwa pemadaman dilakukan melalui "
            "darat dan udara. Dua helikopter water bombing diterbangkan setiap hari untuk menekan penyebaran api "
            "ke permukiman warga.\n\n"
            "Selain pemadaman, tim gabungan melakukan patroli terpadu bersama Masyarakat Peduli Api, TNI dan "
            "Polri, serta memberikan penyuluhan kepada petani agar tidak membuka lahan dengan cara membakar.\n\n"
            "Teknologi modifikasi cuaca juga dioperasikan bersama BMKG dan BRIN untuk menambah curah hujan di "
            "wilayah rawan. Kementerian mengimbau pemerintah daerah segera menetapkan status siaga darurat "
            "apabila jumlah titik panas terus meningkat.\n\n"
            "Biro Hubungan Masyarakat Kementerian Lingkungan Hidup dan Kehutanan"
        ),
    ),
    (
        "Government Launches Free Nutritious Meals Pilot in Eastern Indonesia Schools",
        (
            "The Government launched a pilot of the free nutritious meals programme in elementary schools in "
            "Maluku, North Maluku and Papua, reaching students in remote islands where malnutrition rates remain "
            "above the national average.\n\n"
            "Meals are prepared by community kitchens that buy fish, eggs, vegetables and tubers from local "
            "farmers and fishermen, so that the programme also strengthens the village economy.\n\n"
            "Nutritionists from the health offices set weekly menus and monitor portion sizes, while teachers "
            "record attendance and the weight and height of students every month.\n\n"
            "The pilot will be evaluated after one semester before it is expanded to other provinces. The "
            "Government invites regional governments, universities and civil society to take part in "
            "monitoring its implementation."
        ),
    ),
]


SEED_SLUG = "bnpt-promosikan-praktik-baik-indonesia-dalam-lokakarya-internasional"


def _load_seed() -> tuple[str, str] | None:
    """The real BNPT release (shared/seeds), as the BNPT replica in this repository carries it."""
    replica = Path(__file__).resolve().parents[1] / "replicas" / "bnpt" / "articles.json"
    for release in json.loads(replica.read_text(encoding="utf-8")):
        if release["slug"] == SEED_SLUG:
            return release["title"].strip(), "\n\n".join(p.strip() for p in release["paragraphs"] if p.strip())
    return None


# ---------------------------------------------------------------------------------------------------
# Re-post edits (what a syndicated or re-uploaded copy of a release looks like)
# ---------------------------------------------------------------------------------------------------


def edit_small(title: str, body: str, rng: random.Random) -> tuple[str, str]:
    """Typos fixed or introduced, one word replaced, a short sentence added, punctuation changed."""
    words = body.split(" ")
    for _ in range(2):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]  # swapped letters
    i = rng.randrange(len(words))
    if words[i].isalpha():
        words[i] = rng.choice(["juga", "pula", "also", "turut"])
    body = " ".join(words).replace(" dan ", " serta ", 1).replace("; ", ", ", 1)
    body += rng.choice(["\n\n(Editor: Redaksi)", "\n\nBaca juga: siaran pers sebelumnya.", "\n\n(ant)"])
    return title, body


def edit_antara(title: str, body: str, rng: random.Random) -> tuple[str, str]:
    prefix = rng.choice(["(ANTARA) - ", "Jakarta (ANTARA) - ", "Surabaya (ANTARA) – ", "JAKARTA (ANTARA) - "])
    return title, prefix + body


def edit_trim_last(title: str, body: str, rng: random.Random) -> tuple[str, str]:
    paragraphs = body.split("\n\n")
    return title, "\n\n".join(paragraphs[:-1]) if len(paragraphs) > 2 else body


def edit_trim_two(title: str, body: str, rng: random.Random) -> tuple[str, str]:
    """The footer and the last real paragraph dropped (a copy that stops early)."""
    paragraphs = body.split("\n\n")
    return title, "\n\n".join(paragraphs[:-2]) if len(paragraphs) > 4 else body


def edit_headline(title: str, body: str, rng: random.Random) -> tuple[str, str]:
    new = rng.choice(
        [
            "Siaran Pers: {t}",
            "{t} (Diperbarui)",
            "Ini Kata Pemerintah Soal {t}",
            "Update: {t}",
            "Pemerintah Umumkan Perkembangan Terbaru",
        ]
    )
    return new.format(t=title), body


def edit_combo(title: str, body: str, rng: random.Random) -> tuple[str, str]:
    """Dateline + trimmed last paragraph + new headline + small edits: a typical portal re-post."""
    for edit in (edit_small, edit_trim_last, edit_headline, edit_antara):
        title, body = edit(title, body, rng)
    return title, body


POSITIVE_EDITS = {
    "small_edit": edit_small,
    "antara_prefix": edit_antara,
    "trim_last_paragraph": edit_trim_last,
    "trim_two_paragraphs": edit_trim_two,
    "new_headline": edit_headline,
    "combo": edit_combo,
}


def _text(title: str, body: str) -> str:
    return f"{title}\n\n{body}"


def build_pairs() -> list[tuple[str, str, str, str, str]]:
    """Rows (pair_id, label, kind, text_a, text_b) of the labelled set."""
    rng = random.Random(20240117)
    rows: list[tuple[str, str, str, str]] = []
    bases: list[tuple[str, tuple[str, str]]] = []
    for name in TEMPLATES:
        for instance in range(3):
            bases.append((f"{name}#{instance}", render(name, instance)))
    seed = _load_seed()
    free = FREE_RELEASES + ([seed] if seed else [])
    for i, release in enumerate(free):
        bases.append((f"free#{i}", release))

    # Positives: every edit type on every base release.
    for base_name, (title, body) in bases:
        for kind, edit in POSITIVE_EDITS.items():
            et, eb = edit(title, body, rng)
            rows.append(("dup", f"{kind}:{base_name}", _text(title, body), _text(et, eb)))

    # Hard negatives: different releases from one template (different months, numbers, places), with
    # the same or a different variant sentence, sometimes with a re-post edit on one side.
    for name in TEMPLATES:
        instances = [render(name, i) for i in range(5)]
        same_alt = [render(name, i, alt=0) for i in range(5)]
        for i in range(5):
            for j in range(i + 1, 5):
                rows.append(
                    ("distinct", f"same_template:{name}#{i}-{j}", _text(*instances[i]), _text(*instances[j]))
                )
            j = (i + 1) % 5
            rows.append(
                (
                    "distinct",
                    f"same_template_same_wording:{name}#{i}-{j}",
                    _text(*same_alt[i]),
                    _text(*same_alt[j]),
                )
            )
        for i in range(3):
            kind, edit = list(POSITIVE_EDITS.items())[(i * 2 + len(name)) % len(POSITIVE_EDITS)]
            et, eb = edit(*instances[i + 1], rng)
            rows.append(
                ("distinct", f"same_template_{kind}:{name}#{i}-{i + 1}", _text(*instances[i]), _text(et, eb))
            )

    # Easy negatives: unrelated releases, and the ID / EN versions of one BI-Rate decision.
    for i in range(len(bases)):
        j = (i * 7 + 3) % len(bases)
        if bases[i][0].split("#")[0] != bases[j][0].split("#")[0]:
            rows.append(
                (
                    "distinct",
                    f"unrelated:{bases[i][0]}-{bases[j][0]}",
                    _text(*bases[i][1]),
                    _text(*bases[j][1]),
                )
            )
    for i in range(3):
        rows.append(
            (
                "distinct",
                f"translation:bi_rate#{i}",
                _text(*render("bi_rate_id", i)),
                _text(*render("bi_rate_en", i)),
            )
        )

    return [(f"p{n:03d}", label, kind, a, b) for n, (label, kind, a, b) in enumerate(rows, 1)]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}[text[i + 1]])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def write_pairs(path: Path = PAIRS_TSV) -> int:
    rows = build_pairs()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("pair_id\tlabel\tkind\ttext_a\ttext_b\n")
        for pair_id, label, kind, a, b in rows:
            fh.write("\t".join([pair_id, label, kind, _escape(a), _escape(b)]) + "\n")
    return len(rows)


def load_pairs(path: Path = PAIRS_TSV) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            {**row, "text_a": _unescape(row["text_a"]), "text_b": _unescape(row["text_b"])} for row in reader
        ]


# ---------------------------------------------------------------------------------------------------
# canonicalize_url
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://bnpb.go.id/berita/banjir-garut", "https://bnpb.go.id/berita/banjir-garut"),
        ("http://bnpb.go.id/berita/banjir-garut", "https://bnpb.go.id/berita/banjir-garut"),
        ("HTTPS://WWW.BNPB.GO.ID/berita/banjir-garut", "https://bnpb.go.id/berita/banjir-garut"),
        ("https://bnpb.go.id/index.php/berita/banjir-garut", "https://bnpb.go.id/berita/banjir-garut"),
        ("https://bnpb.go.id/berita/banjir-garut/", "https://bnpb.go.id/berita/banjir-garut"),
        ("https://bnpb.go.id/berita/banjir-garut#komentar", "https://bnpb.go.id/berita/banjir-garut"),
        ("https://bnpb.go.id/berita/banjir-garut/amp/", "https://bnpb.go.id/berita/banjir-garut"),
        ("https://www.bnpb.go.id:443/berita/x", "https://bnpb.go.id/berita/x"),
        ("http://bnpb.go.id:80/berita/x", "https://bnpb.go.id/berita/x"),
        ("https://bnpb.go.id:8443/berita/x", "https://bnpb.go.id:8443/berita/x"),
        ("https://bnpb.go.id", "https://bnpb.go.id/"),
        ("https://bnpb.go.id/", "https://bnpb.go.id/"),
        ("https://bnpb.go.id/index.php", "https://bnpb.go.id/"),
        ("bnpb.go.id/berita/x", "https://bnpb.go.id/berita/x"),
        ("bnpb.go.id:8080/berita/x", "https://bnpb.go.id:8080/berita/x"),
        ("https://bnpb.go.id/Berita/X", "https://bnpb.go.id/Berita/X"),  # paths are case-sensitive
        (
            "https://www.bi.go.id/id/publikasi/ruang-media/news-release/Pages/sp_2818426.aspx",
            "https://bi.go.id/id/publikasi/ruang-media/news-release/Pages/sp_2818426.aspx",
        ),
        (
            "https://bps.go.id/id/pressrelease?page=2&id=2408",
            "https://bps.go.id/id/pressrelease?id=2408&page=2",
        ),
        (
            "https://bps.go.id/id/pressrelease/?utm_source=twitter&utm_medium=social&id=2408",
            "https://bps.go.id/id/pressrelease?id=2408",
        ),
        (
            "https://kemlu.go.id/x?fbclid=IwAR0abc&gclid=123&mc_cid=9&mc_eid=8&ref=home&amp=1&UTM_Campaign=a",
            "https://kemlu.go.id/x",
        ),
        ("https://kemlu.go.id/x?refresh=1&reference=2", "https://kemlu.go.id/x?reference=2&refresh=1"),
        ("https://kemlu.go.id/berita/siaran%20pers", "https://kemlu.go.id/berita/siaran%20pers"),
        ("https://kemlu.go.id/berita/siaran pers", "https://kemlu.go.id/berita/siaran%20pers"),
        (
            "https://kemlu.go.id/index.php?option=com_content&id=7",
            "https://kemlu.go.id/?id=7&option=com_content",
        ),
    ],
)
def test_canonicalize_url(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


def test_canonical_url_is_idempotent() -> None:
    url = "HTTP://www.BNPB.go.id/index.php/berita/x/?b=2&a=1&utm_source=fb#top"
    once = canonicalize_url(url)
    assert once == "https://bnpb.go.id/berita/x?a=1&b=2"
    assert canonicalize_url(once) == once


def test_front_controller_variants_are_one_url() -> None:
    variants = [
        "https://bnpb.go.id/index.php/berita/x",
        "http://www.bnpb.go.id/berita/x/",
        "https://bnpb.go.id/berita/x?utm_source=wa#p2",
    ]
    assert {canonicalize_url(u) for u in variants} == {"https://bnpb.go.id/berita/x"}


@pytest.mark.parametrize("url", ["", "   ", "ftp://bnpb.go.id/berita/x", "mailto:humas@bnpb.go.id"])
def test_canonicalize_url_rejects_non_http(url: str) -> None:
    with pytest.raises(ValueError):
        canonicalize_url(url)


# ---------------------------------------------------------------------------------------------------
# content_hash
# ---------------------------------------------------------------------------------------------------


def test_normalize_for_hash_folds_case_punctuation_and_whitespace() -> None:
    assert normalize_for_hash("  BI-Rate  Tetap\n\n5,75%!\u200b ") == "bi rate tetap 5 75"
    assert normalize_for_hash("“Kami”\u00a0percaya…") == "kami percaya"


def test_content_hash_is_stable_sha256() -> None:
    # A fixed value: changing the normalisation changes every stored hash, so it must be deliberate.
    expected = "707bf3f6b12dc7d28273b9956dc26c8409e4e4fa37f18607ecd829faf39dec6f"
    assert content_hash("Judul", "Isi siaran.") == expected
    assert expected == hashlib.sha256(b"judul\x1fisi siaran").hexdigest()  # the documented recipe
    assert len(content_hash("", "")) == 64


def test_content_hash_ignores_cosmetic_differences() -> None:
    a = content_hash("BI-Rate Tetap 5,75%", "Paragraf satu.\n\nParagraf dua.")
    b = content_hash("bi rate tetap 5 75", "Paragraf  satu\nParagraf dua!!")
    assert a == b


def test_content_hash_changes_with_content_and_keeps_title_apart() -> None:
    base = content_hash("BI-Rate Tetap 5,75%", "Keputusan RDG Januari.")
    assert content_hash("BI-Rate Tetap 6,00%", "Keputusan RDG Januari.") != base
    assert content_hash("BI-Rate Tetap 5,75%", "Keputusan RDG Februari.") != base
    assert content_hash("A B", "C") != content_hash("A", "B C")


# ---------------------------------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------------------------------


def test_signature_round_trips_through_bytes() -> None:
    sig = signature(_text(*render("bi_rate_id", 0)))
    data = sig.to_bytes()
    assert isinstance(data, bytes) and len(data) == 513
    assert Signature.from_bytes(data) == sig
    with pytest.raises(ValueError):
        Signature.from_bytes(data[:-4])


def test_signature_is_deterministic_across_calls() -> None:
    text = _text(*render("bnpb_flood_id", 1))
    assert signature(text) == signature(str(text))
    assert signature(text).values[:2].tolist() == signature(text).values[:2].tolist()


def test_batch_signatures_equal_single_signatures() -> None:
    texts = [_text(*render(name, 0)) for name in TEMPLATES] + [
        "",
        "dua kata",
        "5 Mei",
        "Jakarta (ANTARA) - 12 Mei",
    ]
    batch = signatures(texts)
    assert batch.shape == (len(texts), 128)
    assert [Signature(row) for row in batch] == [signature(t) for t in texts]


def test_identical_texts_have_similarity_one_and_empty_texts_zero() -> None:
    sig = signature(_text(*render("bps_inflation_id", 0)))
    assert similarity(sig, sig) == 1.0
    empty = signature("  \n ... ")
    assert empty.is_empty
    assert similarity(empty, empty) == 0.0
    assert band_keys(empty) == []


def test_band_keys_are_signed_64_bit_ints() -> None:
    keys = band_keys(signature(_text(*render("kemenkeu_apbn_id", 0))))
    assert len(keys) == NUM_BANDS
    assert all(isinstance(k, int) and -(2**63) <= k < 2**63 for k in keys)
    assert len(set(keys)) == NUM_BANDS


def test_antara_dateline_does_not_change_signature_much() -> None:
    title, body = render("bnpb_quake_en", 0)
    a = signature(_text(title, body))
    b = signature(_text(title, "Jakarta (ANTARA) - " + body))
    assert similarity(a, b) >= 0.95


def test_index_finds_repost_and_not_next_month() -> None:
    index = NearDuplicateIndex()
    for i in range(5):
        index.add(f"bi-{i}", signature(_text(*render("bi_rate_id", i))))
    index.add("flood-0", signature(_text(*render("bnpb_flood_id", 0))))
    repost = signature(_text(*edit_combo(*render("bi_rate_id", 2), random.Random(1))))
    found = index.find(repost, NEAR_DUPLICATE_THRESHOLD)
    assert [doc_id for doc_id, _ in found] == ["bi-2"]
    assert "bi-2" in index.candidates(repost)
    assert len(index) == 6 and "flood-0" in index
    with pytest.raises(ValueError):
        index.add("bi-0", repost)


def test_index_find_orders_best_first() -> None:
    index = NearDuplicateIndex()
    title, body = render("bnpb_flood_id", 3)
    index.add("trimmed", signature(_text(*edit_trim_two(title, body, random.Random(0)))))
    index.add("exact", signature(_text(title, body)))
    found = index.find(signature(_text(title, body)), 0.5)
    assert [d for d, _ in found] == ["exact", "trimmed"]
    assert found[0][1] == 1.0 > found[1][1]


def test_labelled_set_is_current_and_covers_the_edit_kinds() -> None:
    rows = load_pairs()
    assert len(rows) >= 120
    assert [(r["pair_id"], r["label"], r["kind"], r["text_a"], r["text_b"]) for r in rows] == build_pairs(), (
        "tests/data/near_duplicate_pairs.tsv is stale: run python tests/unit/test_fingerprints.py --write-pairs"
    )
    kinds = {r["kind"].split(":")[0] for r in rows}
    assert set(POSITIVE_EDITS) <= kinds
    assert {"same_template", "same_template_same_wording", "unrelated", "translation"} <= kinds
    assert any("(ANTARA)" in r["text_b"] for r in rows if r["label"] == "dup")


def evaluate(rows: list[dict[str, str]], threshold: float) -> dict[str, float]:
    tp = fp = fn = tn = 0
    for row in rows:
        predicted = similarity(signature(row["text_a"]), signature(row["text_b"])) >= threshold
        actual = row["label"] == "dup"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        tn += not actual and not predicted
    return {
        "pairs": len(rows),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
    }


def test_threshold_precision_and_recall_on_labelled_pairs() -> None:
    rows = load_pairs()
    result = evaluate(rows, NEAR_DUPLICATE_THRESHOLD)
    print(
        f"\nnear-duplicate threshold {NEAR_DUPLICATE_THRESHOLD}: precision {result['precision']:.3f} "
        f"recall {result['recall']:.3f} on {result['pairs']} pairs "
        f"(tp {result['tp']}, fp {result['fp']}, fn {result['fn']}, tn {result['tn']})"
    )
    assert result["precision"] >= 0.95
    assert result["recall"] >= 0.9


def test_lsh_banding_finds_every_labelled_duplicate_above_threshold() -> None:
    # The DB lookup only sees pairs sharing a band key; they must include the pairs above threshold.
    for row in load_pairs():
        a, b = signature(row["text_a"]), signature(row["text_b"])
        if similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD:
            assert set(band_keys(a)) & set(band_keys(b)), row["pair_id"]


if __name__ == "__main__":
    if "--write-pairs" in sys.argv:
        print(f"wrote {write_pairs()} pairs to {PAIRS_TSV}")
    else:
        rows = load_pairs()
        for t in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75):
            print(t, evaluate(rows, t))
