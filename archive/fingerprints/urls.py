"""Canonical URLs: one spelling per release URL, so tracking parameters, ``www.``, ``http`` vs ``https``,
the ``index.php/`` front controller and trailing slashes do not create a second article."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize_url

# Query parameters that never select content; matched case-insensitively.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "referrer",
        "amp",
        "_ga",
        "_gl",
        "__twitter_impression",
    }
)
_TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# "mailto:", "javascript:", "https:" - but not "bnpb.go.id:8080" (a host and port without a scheme).
_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+-]*):(?!\d)")


def _is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """Return the one spelling of a release URL used as the archive's key.

    - scheme: ``http`` and ``https`` both become ``https`` (agencies serve the same page on both);
    - host: lower-cased, ``www.`` dropped, default port dropped;
    - path: percent-encoding normalised (w3lib), a leading ``index.php`` front-controller segment
      removed (``/index.php/berita/x`` is ``/berita/x``), a trailing ``/amp`` variant removed, and
      no trailing slash except for the root ``/``;
    - query: tracking parameters (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``ref``, ``amp`` ...)
      dropped, the rest sorted; fragment dropped.

    A URL without a scheme (``bnpb.go.id/berita/x``) is read as https. Other schemes raise
    ``ValueError``.
    """
    url = url.strip()
    if not url:
        raise ValueError("empty URL")
    explicit = _SCHEME_RE.match(url)
    if explicit is None:
        url = "https://" + url.lstrip("/")
    scheme = explicit.group(1).lower() if explicit else "https"
    if scheme not in _DEFAULT_PORTS:
        raise ValueError(f"not an http(s) URL: {url!r}")

    # w3lib: percent-encoding, IDNA host, sorted query, fragment dropped.
    parts = urlsplit(_w3lib_canonicalize_url(url, keep_fragments=False))

    host = (parts.hostname or "").lower().rstrip(".")
    host = host.removeprefix("www.")
    netloc = host
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        netloc = f"{host}:{parts.port}"

    segments = [s for s in parts.path.split("/") if s]
    if segments and segments[0].lower() == "index.php":
        segments = segments[1:]
    if segments and segments[-1].lower() == "amp":
        segments = segments[:-1]
    path = "/" + "/".join(segments)

    query_pairs = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking_param(k)
    ]
    query = urlencode(sorted(query_pairs), doseq=False)
    return urlunsplit(("https", netloc, path, query, ""))
