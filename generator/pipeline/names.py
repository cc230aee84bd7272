"""Where the names stage sits in the build: its per-article half runs with enrichment.

Each article's candidate names (`names.article_names`) are read in the enrichment workers
right after the article is enriched and kept with it in the build cache under the same key
(so one added article is read alone, over the machine's cores); the corpus-level merge
(`names.merge`) runs after enrichment, beside the stories. `name_suggestions` gives the
ranked names from the seeds alone, for `suggest`, `check` and `accept`.
"""

from __future__ import annotations

from generator.pipeline.generate import name_suggestions

__all__ = ["name_suggestions"]
