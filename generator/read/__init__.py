"""Stage 1, read: the only code that reads what people write or receive in `seeds/`.

Takes a seeds folder on disk; gives `Seed` records (one per article file, with its lines and the
hash of its bytes), the `Registry` of entities and topics built from `seeds/{companies,media,
people,places,topics}/`, and `Diagnostic`s naming the file and line of every problem. Also owns
the parsing rules later stages apply to a seed's text: the plain-text structure
(`parse_article`), a saved page's (`parse_html`), the frontmatter decoding (`frontmatter_io`)
and the editor's corrections (`read_overrides`); and what `generator add` reads (`sources`).
"""

from generator.read import frontmatter_io
from generator.read.frontmatter_io import Split
from generator.read.html import decode_page, is_page, parse_html, parse_seed
from generator.read.overrides import TAG_KINDS, Overrides, read_overrides
from generator.read.pagemeta import strip_site_name
from generator.read.plaintext import parse_article, parse_date
from generator.read.reader import SeedTree, read_article, read_registry, read_seeds, slugify
from generator.read.registry import ENTITY_COLLECTIONS, RegistryFile, build_registry

__all__ = [
    "ENTITY_COLLECTIONS",
    "TAG_KINDS",
    "Overrides",
    "RegistryFile",
    "SeedTree",
    "Split",
    "build_registry",
    "decode_page",
    "frontmatter_io",
    "is_page",
    "parse_article",
    "parse_date",
    "parse_html",
    "parse_seed",
    "read_article",
    "read_overrides",
    "read_registry",
    "read_seeds",
    "slugify",
    "strip_site_name",
]
