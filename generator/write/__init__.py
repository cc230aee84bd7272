"""Stage 5, write: `OutputPage`s in, files in `docs/` out; the only code that writes.

Owns the safety rules (paths stay inside `docs/`, only pages the generator wrote are ever
replaced or removed, `docs/.generated` lists them), the build cache in `.briefing-cache/`, the
offline bundle (`bundle`), and the new seed files `new` and `add` create for people
(`scaffold`, `adding`; never overwriting one).
"""

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
from generator.write.writer import (
    MANIFEST,
    WriteReport,
    check_pages,
    previous_manifest,
    write_pages,
)

__all__ = [
    "MANIFEST",
    "AddReport",
    "ArticleCache",
    "BuildState",
    "BundleError",
    "ChartCache",
    "Enriched",
    "PageCache",
    "ScaffoldError",
    "WriteReport",
    "add_article",
    "add_sources",
    "bundle",
    "cache_dir",
    "check_pages",
    "docs_stamp",
    "inputs_fingerprint",
    "new_seed",
    "previous_manifest",
    "save_state",
    "unchanged",
    "write_pages",
]
