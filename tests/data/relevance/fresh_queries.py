"""Judged query sets over ``fresh_corpus.jsonl`` (``fresh1_queries.py`` ...) and ``news_corpus.jsonl``
(``news1_queries.py`` ...): the shared writer and checks.

A judgment key is an event (``"flood-3"``, ``"flood-3b"``: every release of that event), a topic (``"flood"``: every
release of the topic), ``"id:3401"`` (one release), ``"re:REGEX"`` (every release whose title or body matches) or
``"topic~REGEX"`` (releases of the topic whose text matches). A release takes its highest grade. Grade 2 = the
release answers the query (every constraint), 1 = same subject but a constraint differs. Both language versions
of a release get the same grade; a cross-lingual query's grade-2 releases are all in the other language.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "fresh_corpus.jsonl"
NEWS_CORPUS = HERE / "news_corpus.jsonl"
CATEGORIES = {"indonesian", "english", "crosslang", "morphology", "acronym", "typo", "number"}


def load(path: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def matches(doc: dict, key: str, events: set[str]) -> bool:
    """Whether judgment ``key`` (module docstring) covers release ``doc``."""
    text = doc["title"] + "\n" + doc["body"]
    if key.startswith("re:"):
        return re.search(key[3:], text, re.IGNORECASE) is not None
    if key.startswith("id:"):
        return doc["id"] == int(key[3:])
    if "~" in key:
        topic, pattern = key.split("~", 1)
        return doc["topic"] == topic and re.search(pattern, text, re.IGNORECASE) is not None
    return doc["event"] == key if key in events else doc["topic"] == key


def judgments(corpus: list[dict], spec: dict[str, int]) -> dict[str, int]:
    events = {d["event"] for d in corpus}
    grades: dict[str, int] = {}
    for key, grade in spec.items():
        hits = [d for d in corpus if matches(d, key, events)]
        if not hits:
            raise ValueError(f"judgment key {key!r} matches no release")
        for doc in hits:
            grades[str(doc["id"])] = max(grade, grades.get(str(doc["id"]), 0))
    return dict(sorted(grades.items(), key=lambda kv: (-kv[1], int(kv[0]))))


def check(corpus: list[dict], category: str, q: str, grades: dict[str, int]) -> None:
    by_id = {str(d["id"]): d for d in corpus}
    if category not in CATEGORIES:
        raise ValueError(f"query {q!r}: unknown category {category!r}")
    if 2 not in grades.values():
        raise ValueError(f"query {q!r} has no grade-2 release")
    for rid, grade in grades.items():
        pair = by_id[rid]["pair"]
        if pair is not None and grades.get(str(pair), 0) != grade:
            raise ValueError(f"query {q!r}: release {rid} has grade {grade}, its pair {pair} {grades.get(str(pair), 0)}")
    if category == "crosslang":
        langs = {by_id[i]["language"] for i, g in grades.items() if g == 2}
        if len(langs) != 1:
            raise ValueError(f"cross-lingual query {q!r} has grade-2 releases in {langs}")


def write_queries(queries: list[tuple[str, str, dict[str, int]]], out: Path, prefix: str,
                  corpus_path: Path = CORPUS) -> None:
    """Expand ``queries`` into ``out`` (ids ``<prefix>001`` ...), refusing a query that fails :func:`check`.
    ``corpus_path``: ``news_corpus.jsonl`` for the sets over the third corpus (``news1_queries.py`` ...)."""
    corpus = load(corpus_path)
    lines = []
    for n, (category, q, spec) in enumerate(queries, start=1):
        grades = judgments(corpus, spec)
        check(corpus, category, q, grades)
        lines.append(json.dumps({"id": f"{prefix}{n:03d}", "category": category, "q": q, "relevant": grades},
                                ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} queries -> {out}")
