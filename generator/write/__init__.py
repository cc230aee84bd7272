"""Stage 5, write: `OutputPage`s in, files in `docs/` out; the only code that writes.

Owns the safety rules (paths stay inside `docs/`, only pages the generator wrote are ever
replaced or removed, `docs/.generated` lists them), the build cache in `.briefing-cache/`, the
offline bundle (`bundle`), the new seed files `new`, `add` and `accept` create for people
(`scaffold`, `adding`; never overwriting one), and a new briefing repository (`starter`,
`init`).
"""

from generator.write.accepting import ENTITY_KINDS, AcceptReport, accept
from generator.write.adding import AddReport, add_sources
from generator.write.bundle import BundleError, bundle
from generator.write.cache import (
    ArticleCache,
    BuildState,
    ChartCache,
    Enriched,
    cache_dir,
    docs_stamp,
    inputs_fingerprint,
    save_state,
    unchanged,
)
from generator.write.pagecache import PageCache
from generator.write.scaffold import ScaffoldError, add_article, new_seed
from generator.write.starter import InitError, Started, init
from generator.write.writer import (
    MANIFEST,
    WriteReport,
    check_pages,
    previous_manifest,
    write_pages,
)

__all__ = [
    "ENTITY_KINDS",
    "MANIFEST",
    "AcceptReport",
    "AddReport",
    "ArticleCache",
    "BuildState",
    "BundleError",
    "ChartCache",
    "Enriched",
    "InitError",
    "PageCache",
    "ScaffoldError",
    "Started",
    "WriteReport",
    "accept",
    "add_article",
    "add_sources",
    "bundle",
    "cache_dir",
    "check_pages",
    "docs_stamp",
    "init",
    "inputs_fingerprint",
    "new_seed",
    "previous_manifest",
    "save_state",
    "unchanged",
    "write_pages",
]
