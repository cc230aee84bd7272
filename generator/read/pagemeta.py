"""What a web page says about itself: its headline, site name, outlet and author.

Owns reading a saved page's metadata beyond its main text: the title without the site's name
after `|`, `-`, `–` or `·` (`strip_site_name`), the visible `<h1>` headline when the
`<title>` is a search-engine title (`headline`), the site's name when trafilatura gives only
a social-media handle, and the outlet and author as the article page shows them.
"""

from __future__ import annotations

import html as entities
import re

_SPACE = re.compile(r"\s+")
_SEPARATORS = ("|", " - ", " – ", " — ", " · ", " :: ", " » ")
_SEPARATOR_CHARS = "|-–—·:»"
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
MAX_SITE_SUFFIX_WORDS = 3
MAX_SITE_WORDS = 5
MAX_HEAD_CHARS = 200_000  # where a page's <title> and meta tags are looked for
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 40
_HANDLE = re.compile(
    r"<meta\b[^>]*?(?:name|property)=[\"']twitter:(?:site|creator)[\"'][^>]*?content=[\"']@?([^\"']+)"
    r"|<meta\b[^>]*?content=[\"']@([^\"']+)[\"'][^>]*?(?:name|property)=[\"']twitter:(?:site|creator)",
    re.I,
)


def strip_site_name(title: str, site: str | None) -> str:
    """`Kina satser på egne brikker | NRK` -> `Kina satser på egne brikker`.

    Drops a last segment after a separator (`|`, ` - `, ` – `, ` — `, ` · `) when it names
    the site (`site`, its domain, or, when neither is known, at most three capitalised words)
    and also a first segment that names the site (`NRK | Kina ...`)."""
    title = _SPACE.sub(" ", title).strip()
    known = comparable(site) if site else ""
    if site and title.lower().endswith(site.lower().strip()):  # a name with a separator in it
        head = title[: len(title) - len(site.strip())].rstrip()
        if head[-1:] in _SEPARATOR_CHARS and head[:-1].strip():
            return strip_site_name(head[:-1], site)
    for sep in _SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and _is_site(tail, known):
            return strip_site_name(head, site)
        tail, found, rest = title.partition(sep)
        if found and rest.strip() and known and comparable(tail) == known:
            return strip_site_name(rest, site)
    return title


def headline(title: str | None, html: str, site: str | None) -> str | None:
    """The page's visible headline: its first `<h1>` with text other than the site's name, if
    that has at least three words (the `<title>` is often a search-engine title, or has a
    label such as `Opinion |` before the headline); else `title`."""
    for match in _H1.finditer(html):
        heading = _SPACE.sub(" ", entities.unescape(_TAG.sub(" ", match[1]))).strip()
        if not heading or comparable(heading) == comparable(site or ""):
            continue  # an empty heading, or the site's name as a logo
        if MIN_HEADLINE_WORDS <= len(heading.split()) <= MAX_HEADLINE_WORDS:
            return heading
        break  # the first heading is a section's name: the title stands
    return title


def comparable(name: str) -> str:
    """`www.NRK.no` -> `nrkno`: a name lowercased, without `www.` and non-word characters."""
    return re.sub(r"[^\w]", "", name.lower().removeprefix("www."))


def _is_site(segment: str, known: str) -> bool:
    name = comparable(segment)
    if not name:
        return False
    if known:
        return name == known or name.startswith(known) or (len(name) > 2 and known.startswith(name))
    words = segment.split()
    return len(words) <= MAX_SITE_SUFFIX_WORDS and all(w[0].isupper() or "." in w for w in words)


def author_names(value: str | None) -> str | None:
    if not value:
        return None
    names = [name.strip() for name in value.split(";") if name.strip()]
    return ", ".join(dict.fromkeys(names)) or None


def site_name(found: str | None, html: str) -> str | None:
    """The site's name: trafilatura's, unless that is only the site's social-media handle
    (`NYTimes` from `@nytimes`) or missing; then the last segment of the page's `<title>`
    after a separator (`… - The New York Times`), if it is short."""
    site = (found or "").strip()
    handles = {h.lower() for pair in _HANDLE.findall(html[:MAX_HEAD_CHARS]) for h in pair if h}
    if site and site.lstrip("@").lower() not in handles:
        return site
    title = _TITLE.search(html[:MAX_HEAD_CHARS])
    text = _SPACE.sub(" ", title[1]).strip() if title else ""
    for sep in _SEPARATORS:
        head, separated, tail = text.rpartition(sep)
        if separated and head.strip() and 0 < len(tail.split()) <= MAX_SITE_WORDS:
            return entities.unescape(tail.strip())
    return site or None


def outlet(site: str | None, host: str | None) -> str | None:
    site = (site or "").strip().lstrip("@").strip()
    if site and not site.startswith(("http://", "https://")):
        return site
    host = (host or "").removeprefix("www.")
    return host or None
