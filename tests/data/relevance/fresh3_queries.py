"""Fresh judged query set 3 (ids ``u001`` ...) over ``fresh_corpus.jsonl``.

Written 2026-12-05 (session 10), blind: no search, ranking, benchmark or test of the search system was run, and
nothing about search or relevance was read; only the corpus and ``fresh_queries.py``. It is a measure of record,
to be measured once and never tuned on.

Focus: the disaster, weather, environment and health releases (ids 3401-3478: BNPB, BMKG, Basarnas, Kemenkes,
KLHK/KLH and antara), but every query was judged against the whole corpus by pattern search over titles and bodies
in both languages (e.g. the Kemenag hajj releases for hajj-health queries, the Kemlu earthquake-aid releases for
magnitude queries).

Grades: 2 = the release answers the query (every constraint stated in its title or body; a date constraint is
met by the text's own dateline or dates, not by ``published_at``); 1 = same subject but a constraint differs
(other place, time, figure or aspect of the same kind of event). Where the query's subject is a kind of event
(a flood, an earthquake, a landslide) the rest of that topic takes grade 1, as in the spec's example; narrower
subjects (HPV vaccination, waste sorting) give grade 1 only to releases on that same narrow subject.

Categories: indonesian, english (grade-2 releases may be in either language), crosslang (every grade-2 release
is in the other language from the query), morphology (the affixed form in the query is absent from the grade-2
releases; the releases' forms are in the comment), acronym, typo, number.

Non-obvious judgments:
- Event keys ``hajj-1`` ... ``hajj-4`` exist in two topics (Kemenkes ``hajj-health`` and Kemenag ``hajj``), so the
  hajj-health releases are named by ``id:`` keys.
- Follow-up releases that restate a fact get grade 2 when the query is only that fact (e.g. the Cianjur M5,6
  follow-ups for a plain "gempa cianjur" query; the peak of 9,800 evacuees restated in 3477).
- Number conditions are read literally: a foreign earthquake with a stated magnitude 7,8 answers "gempa di atas
  magnitudo 6"; tsunami-drill scenarios (M8,9 / M8,5) are not earthquakes and are left out; "affected" (terdampak)
  is not "displaced" (mengungsi).
"""

from __future__ import annotations

from pathlib import Path

from fresh_queries import write_queries

OUT = Path(__file__).with_name("fresh3_queries.jsonl")

HAJJ_HEAT = {"id:3458": 2, "id:3459": 2}  # Kemenkes hajj-health hajj-1 (Arafah 47 C, 187 deaths in 2024)

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    # ---------------------------------------------------------------- indonesian
    ("indonesian", "bantuan logistik BNPB banjir demak", {"flood-1b": 2, "flood": 1}),
    ("indonesian", "longsor tambang emas rakyat bone bolango", {"landslide-2": 2, "landslide": 1}),
    ("indonesian", "gempa laut jawa pulau bawean", {"eq-3": 2, "earthquake": 1}),
    ("indonesian", "relokasi warga pulau ruang", {"volcano-2b": 2, "volcano-2": 1}),
    ("indonesian", "kenaikan kasus demam berdarah awal 2024", {"dengue-1": 2, "dengue": 1}),
    ("indonesian", "kualitas udara palembang membaik setelah hujan", {"haze-2": 2, "fire-3": 1, "air-quality": 1}),
    ("indonesian", "pesawat kargo hilang kontak oksibil", {"sar-5": 2, "sar-3": 1}),
    ("indonesian", "simulasi evakuasi tsunami kota padang", {"tsunami-drill-1": 2, "tsunami-drill-2": 1}),
    ("indonesian", "status siaga darurat karhutla riau diperpanjang", {"fire-2": 2, "forest-fire": 1, "haze-1": 1}),
    ("indonesian", "dana stimulan perbaikan rumah rusak gempa cianjur",
     {"eq-1b": 2, "eq-1": 1, "eq-1c": 1, "eq-6": 1}),
    ("indonesian", "pemda masih open dumping kena sanksi", {"waste-2": 2, "waste-1": 1}),
    ("indonesian", "guncangan gempa pameungpeuk garut", {"eq-5": 2, "earthquake": 1}),
    ("indonesian", "tim SAR cari nelayan hilang morodemak", {"sar-4": 2}),
    ("indonesian", "sanksi perusahaan pembakar lahan KLHK", {"haze-1": 2}),
    # houses damaged: Cianjur 8.000+, Malunda (Majene foreshock), Bawean, Sumedang 200+; Herat "villages destroyed"
    ("indonesian", "rumah rusak akibat gempa",
     {"eq-1b": 2, "eq-2": 2, "eq-3": 2, "eq-4": 2, "earthquake": 1, "aid-4": 1}),
    ("indonesian", "gempa bogor tidak terkait gempa cianjur", {"eq-6": 2, "eq-1": 1, "eq-1b": 1, "eq-1c": 1}),
    ("indonesian", "seminari hokeng rusak akibat erupsi", {"volcano-3": 2, "volcanic-eruption": 1}),
    # 3663 (2023 deaths, cardiovascular) and 3676 (two deaths in 2024, no cause) differ in year or cause
    ("indonesian", "jemaah haji wafat 2024 penyakit jantung", {**HAJJ_HEAT, "id:3663": 1, "id:3676": 1, "id:3475": 1}),
    ("indonesian", "penyebab banjir konawe utara", {"flood-4": 2, "flood": 1}),
    # every earthquake release that states "no tsunami"; eq-6 and the Cianjur follow-ups do not mention tsunami
    ("indonesian", "gempa bumi tidak berpotensi tsunami",
     {"eq-1": 2, "eq-2": 2, "eq-3": 2, "eq-4": 2, "eq-5": 2, "eq-7": 2, "earthquake": 1}),
    # ---------------------------------------------------------------- english
    ("english", "North Konawe flood bridge helicopters", {"flood-4": 2, "flood": 1}),
    ("english", "Anai Valley road closed lahar debris", {"flood-7": 2, "flood": 1}),
    ("english", "Cianjur quake aftershocks tsunami threat", {"eq-1": 2, "eq-1b": 1, "eq-1c": 1, "eq-6": 1}),
    ("english", "Bali Strait ferry missing passengers search", {"sar-6": 2, "sar-1": 1}),
    # 3663: 48 C at Arafat in 2023 but no heat stroke; 3661: heat advice for Madinah
    ("english", "heat stroke Indonesian pilgrims Arafah", {**HAJJ_HEAT, "id:3663": 1, "id:3661": 1}),
    ("english", "Jakarta PM2.5 above national standard 2019", {"air-2": 2, "air-quality": 1}),
    # fire-2 (Riau weather modification, no BPPT) and flood-5 (TMC against floods) differ
    ("english", "BPPT cloud seeding peat fires", {"fire-1": 2, "fire-2": 1, "flood-5": 1}),
    ("english", "which province has the highest stunting rate", {"stunting-1": 2, "stunting-2": 1}),
    ("english", "Wolbachia mosquito release cities", {"dengue-1": 2, "dengue": 1}),
    ("english", "InaTEWS warning chain test hotels", {"tsunami-drill-2": 2, "tsunami-drill-1": 1}),
    ("english", "Semeru eruption death toll Lumajang", {"volcano-1": 2, "volcanic-eruption": 1}),
    ("english", "BMKG holiday travel extreme weather warning", {"weather-1": 2, "extreme-weather": 1}),
    # the aid (3403) and return (3477) releases both restate the Wulan levee breach
    ("english", "Wulan River levee breach", {"flood-1": 2, "flood-1b": 2, "flood-1c": 2, "flood-6": 1}),
    # air-2 names coal combustion as a main source; air-1 only monitors and sanctions plants (transport 44%)
    ("english", "coal plants blamed for Jakarta air pollution", {"air-2": 2, "air-1": 1}),
    ("english", "pilgrims meningitis ACWY certificate", {"id:3461": 2, "id:3475": 1}),
    # ---------------------------------------------------------------- crosslang (EN query -> ID-only answers)
    ("crosslang", "South Kalimantan floods 2021 La Nina", {"flood-5": 2, "flood": 1}),
    ("crosslang", "Demak tidal flooding March 2025", {"flood-6": 2, "flood": 1}),
    ("crosslang", "Pesisir Selatan flash flood landslide death toll", {"flood-2": 2, "flood": 1}),
    ("crosslang", "Majene earthquake Mamuju thrust fault", {"eq-2": 2, "earthquake": 1}),
    ("crosslang", "Banda Sea quake southeast of Ambon", {"eq-7": 2, "earthquake": 1}),
    ("crosslang", "Mount Ruang alert raised to Level IV evacuation", {"volcano-2": 2, "volcanic-eruption": 1}),
    # 3471 mentions BMKG's high-wave warning for the week, but it is a ferry sinking and has no date: grade 1
    ("crosslang", "very high waves warning south of Java July 2025",
     {"weather-2": 2, "weather-1": 1, "weather-3": 1, "sar-6": 1}),
    ("crosslang", "Sriwijaya Air SJ182 debris Thousand Islands", {"sar-3": 2, "sar-5": 1}),
    ("crosslang", "Sikka dengue outbreak deaths Maumere", {"dengue-2": 2, "dengue": 1}),
    ("crosslang", "HPV vaccine schoolgirls national immunization programme", {"imm-2": 2, "immunization": 1}),
    # 3682 (Bipih deadline extended, some failed istitaah) and 3663 (istithaah review) only touch the rule
    ("crosslang", "health screening requirement before paying hajj costs 2025",
     {"id:3460": 2, "id:3682": 1, "id:3663": 1, "id:3475": 1}),
    ("crosslang", "MERS-CoV monitoring returning hajj pilgrims", {"id:3475": 2, "id:3676": 1}),
    ("crosslang", "Pekanbaru haze hazardous air pollution index", {"haze-1": 2, "fire-3": 1, "air-quality": 1}),
    ("crosslang", "health workers field hospitals Cianjur earthquake", {"eq-1c": 2, "eq-1": 1, "eq-1b": 1}),
    # 3456 names locally sourced supplementary food as a national measure, not an NTT programme
    ("crosslang", "local food supplementary feeding toddlers NTT", {"stunting-2": 2, "stunting-1": 1}),
    ("crosslang", "National Waste Awareness Day plastic theme", {"waste-1": 2, "waste-2": 1}),
    # ---------------------------------------------------------------- crosslang (ID query -> EN-only answers)
    # 3406 never states the year (only "New Year's Day", "January 1"), so the query names no year
    ("crosslang", "banjir jabodetabek saat tahun baru", {"flood-3": 2, "flood": 1}),
    ("crosslang", "gempa sumedang malam tahun baru", {"eq-4": 2, "earthquake": 1}),
    ("crosslang", "siklon tropis seroja NTT", {"weather-3": 2, "weather-1": 1}),
    ("crosslang", "pendaki rinjani ditemukan selamat", {"sar-2b": 2, "sar-2": 1}),
    ("crosslang", "imunisasi campak rubella jawa tengah", {"imm-4": 2, "immunization": 1}),
    ("crosslang", "asap kebakaran OKI sekolah palembang daring",
     {"fire-3": 2, "haze-2": 1, "haze-1": 1, "forest-fire": 1}),
    ("crosslang", "pengungsi banjir demak pulang tanggul ditambal", {"flood-1c": 2, "flood-1": 1, "flood-1b": 1}),
    # ---------------------------------------------------------------- morphology
    # flood-5: "banjir", "Banjir" only; "kebanjiran" occurs nowhere
    ("morphology", "warga martapura kebanjiran", {"flood-5": 2, "flood": 1}),
    # 3440: "pencarian", "penyisiran"; "mencari" only in 3443; 3441 is English
    ("morphology", "mencari pendaki hilang rinjani", {"sar-2": 2, "sar-2b": 2}),
    # fire-1: "memadamkan", "Padamkan", "padam"; "pemadaman" only in an unrelated ship-fire release
    ("morphology", "pemadaman karhutla pulang pisau", {"fire-1": 2, "forest-fire": 1}),
    # waste-1: "memilah", "Pilah"
    ("morphology", "pemilahan sampah organik dan anorganik", {"waste-1": 2, "waste-2": 1}),
    # volcano-3: "erupts", "erupted", "Erupsi"
    ("morphology", "Lewotobi eruption victims", {"volcano-3": 2, "volcanic-eruption": 1}),
    # imm-3: "vaccination", "vaccinate"
    ("morphology", "vaccinating health workers against COVID-19", {"imm-3": 2, "immunization": 1}),
    # sar-1: "sinks", "sank", "Tenggelam"
    ("morphology", "KM Mutiara Timur sinking", {"sar-1": 2, "sar-6": 1}),
    # air-1: "tests", "test", "uji emisi"
    ("morphology", "vehicle emission testing Jakarta", {"air-1": 2, "air-2": 1}),
    # landslide-3/3b: "landslide", "Longsor"
    ("morphology", "Natuna landslides death toll", {"landslide-3": 2, "landslide-3b": 2, "landslide": 1}),
    # landslide-4: "Mengungsi", "diungsikan"; "pengungsi" absent
    ("morphology", "pengungsi longsor banjarnegara", {"landslide-4": 2, "landslide": 1, "flood-2": 1}),
    # imm-1: "vaksin", "Imunisasi"; "divaksin" occurs nowhere
    ("morphology", "anak aceh divaksin polio", {"imm-1": 2, "immunization": 1}),
    # stunting-1: "stunting", "Stunting"
    ("morphology", "stunted children under five 2022", {"stunting-1": 2, "stunting-2": 1}),
    # landslide-1: "Timbun", "menimbun"
    ("morphology", "rumah tertimbun longsor cigudeg", {"landslide-1": 2, "eq-6": 1, "landslide": 1}),
    # ---------------------------------------------------------------- acronym
    # DSP occurs nowhere; both releases spell out "dana siap pakai"
    ("acronym", "DSP BNPB banjir", {"flood-1b": 2, "flood-5": 2, "flood": 1}),
    # fire-2 only says "Karhutla"
    ("acronym", "kebakaran hutan dan lahan riau 2023", {"fire-2": 2, "haze-1": 1, "forest-fire": 1}),
    ("acronym", "ISPA pengungsi gempa cianjur", {"eq-1b": 2, "eq-1c": 2, "eq-1": 1}),
    ("acronym", "APG semeru", {"volcano-1": 2, "volcanic-eruption": 1}),
    ("acronym", "gerakan G1R1J", {"dengue-3": 2, "dengue": 1}),
    # 3676 spells out "Kartu Kewaspadaan Kesehatan Jemaah Haji"
    ("acronym", "K3JH jemaah haji", {"id:3475": 2, "id:3676": 2}),
    ("acronym", "KNKT selidiki kapal tenggelam", {"sar-6": 2, "sar-1": 1, "sar-3": 1}),
    ("acronym", "huntara korban gempa cianjur", {"eq-1b": 2, "eq-1": 1, "eq-1c": 1}),
    ("acronym", "banjir rob pantura jateng", {"flood-6": 2, "flood-1": 1, "flood-1b": 1, "flood-1c": 1, "flood": 1}),
    # ---------------------------------------------------------------- typo
    ("typo", "gempa cinajur", {"eq-1": 2, "eq-1b": 2, "eq-1c": 2, "eq-6": 1, "earthquake": 1}),
    ("typo", "banjir lahar merapi agam", {"flood-7": 2, "flood": 1}),  # Marapi; "Merapi" occurs nowhere
    ("typo", "gempa majane sulbar", {"eq-2": 2, "earthquake": 1}),
    ("typo", "erupsi gunung ruwang", {"volcano-2": 2, "volcano-2b": 2, "volcanic-eruption": 1}),
    ("typo", "pencarian sriwijya air sj182", {"sar-3": 2, "sar-5": 1}),
    ("typo", "vaksin HVP siswi SD", {"imm-2": 2, "immunization": 1}),
    ("typo", "earthqauke garut", {"eq-5": 2, "earthquake": 1}),
    ("typo", "kabut asap pekan baru", {"haze-1": 2, "haze-2": 1, "fire-3": 1}),
    # ---------------------------------------------------------------- number
    # 3477 restates the peak of about 9,800 evacuees
    ("number", "9.800 warga mengungsi banjir", {"flood-1": 2, "flood-1c": 2, "flood": 1}),
    # M6,2 Majene; M6,0 and M6,5 Tuban; M7,8 Turkiye and M7,7 Myanmar (aid releases); Herat states no magnitude
    ("number", "gempa di atas magnitudo 6",
     {"eq-2": 2, "eq-3": 2, "aid-2": 2, "aid-3": 2, "aid-4": 1, "earthquake": 1}),
    # Jakarta 2020: 31,000; Kalsel 2021: 39.549; Pesisir Selatan's 75 ribu are "terdampak", not displaced
    ("number", "floods displacing more than 30,000 people", {"flood-3": 2, "flood-5": 2, "flood": 1}),
    # Suwawa 27, Serasan final toll 50 (3413); 3412 gives 11; Pesisir Selatan 21 (flood and landslides)
    ("number", "landslides that killed more than 25 people",
     {"landslide-2": 2, "landslide-3b": 2, "landslide": 1, "flood-2": 1}),
    # Painan 189 mm in a day; Halim 377 mm in 24 hours; Kalsel 250+ mm over five days
    ("number", "floods after daily rainfall above 150 mm", {"flood-2": 2, "flood-3": 2, "flood": 1}),
    ("number", "target stunting 14 persen 2024", {"stunting-1": 2, "stunting-2": 1}),
    # 455 deaths (2024), 432 deaths (2022); Sikka 14
    ("number", "dengue deaths more than 400", {"dengue-1": 2, "dengue-3": 2, "dengue": 1}),
    # Ruang (April 2024) and Lewotobi (November 2024) both raised to Level IV
    ("number", "gunung status level IV 2024", {"volcano-2": 2, "volcano-3": 2, "volcanic-eruption": 1}),
    # 3474's dateline is 25/11/2022; 3416's is December
    ("number", "gempa jawa barat november 2022", {"eq-1": 2, "eq-1c": 2, "eq-6": 2, "earthquake": 1}),
    ("number", "timbulan sampah 31,9 juta ton", {"waste-1": 2, "waste-2": 1}),
    ("number", "target vaksinasi covid 181,5 juta penduduk", {"imm-3": 2, "immunization": 1}),
    # 774 deaths in 2023 (Kemenag); 187 in 2024 (Kemenkes); two deaths in one 2024 flight group
    ("number", "hajj pilgrims deaths more than 500", {"id:3663": 2, **{k: 1 for k in HAJJ_HEAT}, "id:3676": 1}),
    # weather-2: 4-6 m south of Java; weather-3: 4 to 6 metres in the Savu Sea; weather-1: 2.5-4 m
    ("number", "gelombang 4 hingga 6 meter", {"weather-2": 2, "weather-3": 2, "weather-1": 1}),
    # Ruang relocation Rp500 ribu per KK per month; Serasan IDR 500,000 per month
    ("number", "dana tunggu hunian Rp500 ribu per bulan", {"volcano-2b": 2, "landslide-3b": 2}),
    # Tuban/Bawean 113 aftershocks; Cianjur 25, Garut 2
    ("number", "gempa lebih dari 100 kali gempa susulan", {"eq-3": 2, "earthquake": 1}),
    ("number", "sasaran 1,2 juta anak imunisasi polio aceh", {"imm-1": 2, "immunization": 1}),
]

if __name__ == "__main__":
    write_queries(QUERIES, OUT, "u")
