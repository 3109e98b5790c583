"""Which links of a site are articles: an ``article_url_pattern`` inferred from the URLs found.

Article URLs of one site share a shape: ``/berita/1287/some-long-slug``, ``/2024/07/17/slug/``,
``/berita.php?id=2318``, ``/id/berita/slug`` + ``/en/news/slug``. Menu, category, tag, archive and pager
links have other shapes (``/profil``, ``/category/x/``, ``/2024/07/``, ``?page=2``). URLs are grouped by
the class of each path segment (year, two digits, number, slug, word) and query keys; the largest group
whose last segment identifies one item (a slug or a number) is the articles, and its regex keeps the
segments that are constant, generalises the ones that vary. Pure functions, tested on URL lists.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from scraper.probe.pages import LANG_PREFIX

# Segments that name listings and site furniture, never a release.
NOT_ARTICLE = {
    "category", "kategori", "tag", "tags", "topik", "author", "penulis", "page", "halaman", "hal", "search",
    "cari", "feed", "rss", "wp-content", "wp-json", "wp-admin", "wp-includes", "assets", "static", "storage",
    "uploads", "images", "img", "css", "js", "login", "admin", "user", "taxonomy", "term", "node", "galeri",
    "gallery", "video", "foto", "download", "unduh", "files", "file", "sitemap", "cdn-cgi", "amp", "cetak",
    "print", "pdf", "share", "comment", "comments", "reply",
}
PAGER_PARAMS = {"page", "hal", "halaman", "p", "start", "offset", "paged", "pg"}
_ID_PARAMS = {"id", "berita_id", "news_id", "idberita", "artikel", "article", "sid", "nid", "aid", "no"}
_EXT = re.compile(r"\.(html?|php|aspx?|jsp)$", re.IGNORECASE)


@dataclass(frozen=True)
class PatternGuess:
    pattern: str  # a regex for ``re.search`` on the full URL
    example: str
    members: int  # distinct URLs of the group it was built from


def segment_class(seg: str) -> str:
    """'year', 'd2' (month, day), 'num', 'slug' (hyphenated words, an item), or 'word'."""
    if re.fullmatch(r"(19|20)\d\d", seg):
        return "year"
    if re.fullmatch(r"\d{1,2}", seg):
        return "d2"
    if re.fullmatch(r"\d+", seg):
        return "num"
    stem = _EXT.sub("", seg)
    if len(re.split(r"[-_+]", stem)) >= 3 or (len(stem) >= 25 and re.search(r"[-_+]", stem)):
        return "slug"
    return "word"


def _parts(url: str) -> tuple[list[str], list[tuple[str, str]], bool]:
    parts = urlsplit(url)
    segs = [s for s in parts.path.split("/") if s]
    query = parse_qsl(parts.query, keep_blank_values=True)
    return segs, query, parts.path.endswith("/") and bool(segs)


def _language_split(segs: list[str]) -> tuple[str | None, list[str]]:
    """A leading language segment (``/en/news/...``) apart from the rest of the path."""
    if len(segs) > 1 and LANG_PREFIX.match(f"/{segs[0].lower()}"):
        return segs[0], segs[1:]
    return None, segs


def shape(url: str) -> tuple:
    """The URL's class: its path segments' classes (a leading language segment left out, so that
    ``/berita/detail/12/slug`` and its translation ``/en/news/detail/12/slug`` are one group), its query keys
    and whether it ends with a slash."""
    segs, query, slash = _parts(url)
    return (tuple(segment_class(s) for s in _language_split(segs)[1]), tuple(k for k, _ in query), slash)


def _is_item(url_shape: tuple, sample: str) -> bool:
    """The URL names one item: its last segment is a slug or a number, or its query an id."""
    classes, keys, _ = url_shape
    segs, query, _ = _parts(sample)
    if any(s.lower() in NOT_ARTICLE or _EXT.sub("", s.lower()) in NOT_ARTICLE for s in segs):
        return False
    if keys:
        values = dict(query)
        if any(k.lower() in PAGER_PARAMS for k in keys) and not any(k.lower() in _ID_PARAMS for k in keys):
            return False
        return any(k.lower() in _ID_PARAMS and values[k].isdigit() for k in keys) or \
            any(values[k].isdigit() for k in keys if k.lower() not in PAGER_PARAMS)
    return bool(classes) and classes[-1] in ("slug", "num")


def _segment_regex(values: list[str], cls: str, leading: bool) -> str:
    distinct = sorted(set(values))
    if cls == "word" and len(distinct) == 1:  # numbers and slugs always vary, even if the sample did not
        return re.escape(distinct[0])
    if cls == "year":
        return r"\d{4}"
    if cls == "d2":
        return r"\d{1,2}" if any(len(v) == 1 for v in distinct) else r"\d{2}"
    if cls == "num":
        return r"\d+"
    if leading and cls == "word" and len(distinct) <= 4:
        return "(?:" + "|".join(re.escape(v) for v in distinct) + ")"
    ext = {m.group(0) for v in distinct if (m := _EXT.search(v))}
    return r"[^/?#]+" + (re.escape(ext.pop()) if len(ext) == 1 and all(_EXT.search(v) for v in distinct) else "")


def group_regex(urls: list[str]) -> str:
    """A regex matching every URL of one shape group (and others like them)."""
    split = [_parts(u) for u in urls]
    languages = [_language_split(s[0])[0] for s in split]
    paths = [_language_split(s[0])[1] for s in split]
    segs0, (_, query0, slash) = paths[0], split[0]
    classes = [segment_class(s) for s in segs0]
    first_variable = next((i for i, c in enumerate(classes) if c != "word"), len(classes))
    pieces = [_segment_regex([s[i] for s in paths], classes[i], i < first_variable) for i in range(len(segs0))]
    lead = ""
    if any(languages):
        # A language section's leading words stay paired with its language (``en/news``, ``berita``): one
        # alternation of the whole leading paths, the section without a language prefix included.
        prefixes = sorted({"/".join([lang] * bool(lang) + s[:first_variable]) for lang, s in zip(languages, paths)})
        lead = "(?:" + "|".join(re.escape(p + "/") if p else "" for p in prefixes) + ")"
        pieces = pieces[first_variable:]
    elif first_variable > 1 and all(p.startswith("(?:") for p in pieces[:first_variable]):
        # Leading words that vary together (id/berita, en/news) stay paired as one alternation.
        prefixes = sorted({"/".join(s[:first_variable]) for s in paths})
        if len(prefixes) <= 4:
            pieces[:first_variable] = ["(?:" + "|".join(re.escape(p) for p in prefixes) + ")"]
    regex = r"^https?://[^/]+/" + lead + "/".join(pieces)
    if query0:
        qs = []
        for i, (key, _) in enumerate(query0):
            values = [s[1][i][1] for s in split]
            value = r"\d+" if all(v.isdigit() for v in values) else (
                re.escape(values[0]) if len(set(values)) == 1 else r"[^&#]+")
            qs.append(f"{re.escape(key)}={value}")
        return regex + r"\?" + "&".join(qs) + r"(?:&|#|$)"
    return regex + (r"/?(?:[?#]|$)" if slash or pieces else r"(?:[?#]|$)")


def infer_article_pattern(urls: list[str], strong: set[str] | None = None) -> PatternGuess | None:
    """The pattern of the article URLs among ``urls`` (same-site links found by the probe).

    ``strong``: URLs known to be entries of a feed, the WordPress API or a sitemap, weighed double.
    Returns None when no group of item-shaped URLs exists.
    """
    strong = strong or set()
    groups: dict[tuple, list[str]] = defaultdict(list)
    for url in dict.fromkeys(u.split("#")[0] for u in urls):
        groups[shape(url)].append(url)
    best: tuple[float, tuple] | None = None
    for key, members in groups.items():
        if not _is_item(key, members[0]):
            continue
        score = len(members) + sum(1 for m in members if m in strong)
        # A single slug at the root is as likely a page ("/profil-pimpinan-daerah") as an article.
        if len(key[0]) == 1 and key[0][0] == "slug" and not key[1]:
            score *= 0.5
        if best is None or score > best[0]:
            best = (score, key)
    if best is None:
        return None
    members = groups[best[1]]
    return PatternGuess(group_regex(members), members[0], len(members))
