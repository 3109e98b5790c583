"""What part of a page an element is, by its tag and the words in its class and id: site chrome (header,
footer, menu, share row, related links), the places where other pages are listed (sidebars, "Berita
Terkait"), the logo, and elements named as a title.

Read in one pass per page (one XPath for the elements that carry a class or id, one regex per element)
because the headline, dateline and furniture steps all need it, and the cascade must cost little more
than the main-content extraction it wraps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Roles", "element_roles"]

_TOKEN = r"(?<![^\s_-])(?:{})(?![^\s_-])"  # a whole word of a class or id ("site-header", not "subheader")
_CHROME_WORDS = (
    "footer|header|navbar|nav|menu|sidebar|widget|copyright|site-?info|share|sharing|social|related|terkait"
    "|populer|popular|terpopuler|baca-?juga|read-?also|breadcrumbs?|topbar|masthead|banner|bottom|colophon"
    "|komentar|comments?|tags?|caption"
)
_LISTING_WORDS = ("sidebar|widget|related|terkait|populer|popular|lainnya|terbaru|latest|recent|comments?|ticker"
                  "|marquee|breaking|running-?text|headline-?news|trending")
_LOGO_WORDS = "logo|brand|site-?title|site-?name|sitename"
_TITLE_WORDS = "title|judul|headline"
_ROLE = re.compile(
    rf"(?P<logo>{_TOKEN.format(_LOGO_WORDS)})|(?P<listing>{_TOKEN.format(_LISTING_WORDS)})"
    rf"|(?P<chrome>{_TOKEN.format(_CHROME_WORDS)})"
)
_TITLE = re.compile(_TITLE_WORDS)
_CHROME_TAGS = ("header", "footer", "nav", "aside", "figcaption", "marquee")
_LISTING_TAGS = ("aside", "nav", "footer", "marquee")


@dataclass
class Roles:
    chrome: set = field(default_factory=set)  # candidates, outer and inner
    listing: set = field(default_factory=set)  # roots of places listing other pages (and nav, footer)
    logo: list = field(default_factory=list)
    titled: list = field(default_factory=list)  # elements whose class names a title


def element_roles(tree) -> Roles:
    roles = Roles()
    chrome = roles.chrome
    for el in tree.iter(*_CHROME_TAGS):
        chrome.add(el)
        if el.tag in _LISTING_TAGS:
            roles.listing.add(el)
    for el in tree.xpath("//*[@class or @id]"):
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if _TITLE.search(names) and el.tag not in ("h1", "title"):
            roles.titled.append(el)
        for m in _ROLE.finditer(names):
            if m.group("logo"):
                roles.logo.append(el)
                chrome.add(el)
            elif m.group("listing"):
                roles.listing.add(el)
                chrome.add(el)
            else:
                chrome.add(el)
    return roles
