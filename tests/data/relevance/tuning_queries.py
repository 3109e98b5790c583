"""Tuning queries over ``heldout_corpus.jsonl``: the queries ranking ideas are chosen on (with ``queries.jsonl``).

Written after the held-out judgments were committed and kept apart from them: other events, other wordings,
the same categories and grading rules (see ``heldout_queries.py``). The held-out queries are only measured.

    .venv/bin/python tests/data/relevance/tuning_queries.py
"""

from __future__ import annotations

import json
from pathlib import Path

from heldout_queries import CORPUS, check_crosslang, judgments, load

OUT = Path(__file__).with_name("tuning_queries.jsonl")

QUERIES: list[tuple[str, str, dict[str, int]]] = [
    ("indonesian", "program deradikalisasi sulawesi tengah", {"derad-3": 2, "derad-6": 2, "derad": 1}),
    ("indonesian", "banjir tangerang", {"flood-3": 2, "flood": 1}),
    ("indonesian", "gempa banten", {"quake-1": 2, "quake-2": 2, "quake": 1}),
    ("indonesian", "karhutla sumatera selatan", {"fire-3": 2, "fire-7": 2, "fire": 1}),
    ("indonesian", "inflasi cabai merah", {"inflation~cabai|chili": 2, "inflation": 1}),
    ("indonesian", "neraca perdagangan surplus", {"trade": 2}),
    ("indonesian", "nilai tukar petani", {"ntp": 2}),
    ("indonesian", "kunjungan wisatawan mancanegara", {"tourists": 2}),
    ("indonesian", "kerja sama kontraterorisme malaysia", {"coop-1": 2, "coop-3": 2, "coop-5": 2, "coop": 1}),
    ("english", "deradicalization partners West Nusa Tenggara", {"derad-7": 2, "derad-9": 2, "derad": 1}),
    ("english", "Densus 88 arrests in Surabaya", {"arrest-11": 2, "arrest": 1}),
    ("english", "flood victims relief Bandung", {"flood-11": 2, "flood": 1}),
    ("english", "volcano alert level raised", {"volcano": 2}),
    ("english", "rupiah exchange rate intervention", {"rupiah": 2}),
    ("english", "GDP growth fourth quarter", {"growth-1": 2, "growth-5": 2, "growth-6": 2, "growth": 1}),
    ("english", "Indonesians protected in Ukraine", {"citizens-2": 2, "citizens-7": 2, "citizens": 1}),
    ("english", "food security cooperation Germany", {"bilateral-3": 2, "bilateral-5": 2, "bilateral": 1}),
    ("english", "terrorist propaganda social media takedown", {"online": 2}),
    ("crosslang", "deradicalization in Poso", {"derad-6": 2, "derad": 1}),
    ("crosslang", "Jamaah Islamiyah arrests in Mataram", {"arrest-8": 2, "arrest": 1}),
    ("crosslang", "floods in Solo Central Java", {"flood-4": 2, "flood": 1}),
    ("crosslang", "clean water for drought in Poso", {"drought-2": 2, "drought": 1}),
    ("crosslang", "Mount Merapi danger radius 5 km", {"volcano-6": 2, "volcano": 1}),
    ("crosslang", "landslide in Bima", {"landslide-2": 2, "landslide": 1}),
    ("crosslang", "BI rate cut to 3.50 percent", {"birate-6": 2, "birate": 1}),
    ("crosslang", "foreign exchange reserves March 2025", {"reserves-2": 2, "reserves-4": 2, "reserves": 1}),
    ("crosslang", "inflation February 2025 gasoline", {"inflation-10": 2, "inflation": 1}),
    ("crosslang", "unemployment rate July 2023", {"unemp-2": 2, "unemp": 1}),
    ("crosslang", "humanitarian aid to Rakhine in 2024", {"aid-8": 2, "aid": 1}),
    ("crosslang", "korban penipuan online di filipina 2024", {"scam-5": 2, "scam": 1}),
    ("crosslang", "537 pinjol ilegal dihentikan", {"pinjol-5": 2, "pinjol": 1}),
    ("crosslang", "kerja sama ekonomi digital vietnam", {"bilateral-9": 2, "bilateral": 1}),
    ("crosslang", "pengungsi erupsi gunung marapi", {"volcano-9": 2, "volcano": 1}),
    ("morphology", "mendampingi mitra deradikalisasi", {"derad": 2}),
    ("morphology", "penyitaan bahan peledak", {"arrest": 2}),
    ("morphology", "mengevakuasi korban banjir", {"flood": 2}),
    ("morphology", "mendistribusikan air bersih", {"drought": 2}),
    ("morphology", "penurunan konten radikal", {"online": 2}),
    ("morphology", "pembayaran kompensasi korban", {"victims": 2}),
    ("morphology", "BI menahan suku bunga", {"birate-5": 2, "birate-9": 2, "birate-10": 2, "birate-11": 2, "birate": 1}),
    ("morphology", "pemantauan harga pangan", {"inflation": 2}),
    ("morphology", "mencegah paham radikal mahasiswa", {"campus": 2}),
    ("morphology", "deploying helicopters", {"fire": 2}),
    ("morphology", "repatriating scam victims", {"scam": 2}),
    ("morphology", "freezing accounts", {"financing": 2}),
    ("morphology", "signing memorandums", {"bilateral~memorand|kesepahaman": 2, "bilateral": 1}),
    ("acronym", "BNPB", {"re:\\bBNPB\\b": 2}),
    ("acronym", "BPBD banjir", {"flood": 2}),
    ("acronym", "Komdigi", {"online": 2}),
    ("acronym", "TPPO", {"re:\\bTPPO\\b": 2, "scam": 1}),
    ("acronym", "KBRI", {"re:\\bKBRI\\b": 2}),
    ("typo", "kompnsasi korban terorisme", {"victims": 2}),
    ("typo", "gemba bumi", {"quake": 2}),
    ("typo", "helikopter bom air karhutlaa", {"fire": 2}),
    ("typo", "tanah longsr", {"landslide": 2}),
    ("typo", "inflaton", {"inflation": 2}),
    ("typo", "rupiha", {"rupiah": 2}),
    ("number", "inflasi 4,94 persen", {"inflation-3": 2, "inflation-5": 2, "inflation": 1}),
    ("number", "BI-Rate 4,75", {"birate-2": 2, "birate-4": 2, "birate-5": 2, "birate-9": 2, "birate": 1}),
    ("number", "gempa M5,9", {"quake-1": 2, "quake-8": 2, "quake-9": 2, "quake": 1}),
    ("number", "ekspor september 2024", {"trade-1": 2, "trade": 1}),
    ("number", "143 WNI", {"scam-3": 2, "scam": 1}),
    ("number", "poverty rate 10.14 percent", {"poverty-6": 2, "poverty": 1}),
    ("number", "cadangan devisa oktober 2021", {"reserves-1": 2, "reserves": 1}),
]


def main() -> None:
    corpus = load(CORPUS)
    lines = []
    for n, (category, q, spec) in enumerate(QUERIES, start=1):
        grades = judgments(corpus, spec)
        if category == "crosslang":
            check_crosslang(corpus, q, grades)
        lines.append(json.dumps({"id": f"t{n:03d}", "category": category, "q": q, "relevant": grades},
                                ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} queries -> {OUT}")


if __name__ == "__main__":
    main()
