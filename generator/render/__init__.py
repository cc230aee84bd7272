"""Stage 4, render: `Article`s, `Story`s and the `Registry` in, `OutputPage`s out.

Builds the `SiteIndex` once (inferred dates, tags, claims), then renders every page's Markdown
from the Jinja2 templates in `site_templates/`: article, story, entity and topic pages, the list
pages and their monthly archives. Owns how values read on the site, the Markdown escaping of
untrusted text and the frontmatter YAML. Pure: nothing here touches disk but the templates.
"""

from generator.render import yamlout
from generator.render.charts import every_chart
from generator.render.charts_draw import chart_pages
from generator.render.detail import DetailPages, Kept, PageFailure, detail_pages
from generator.render.listings import hand_written, list_pages
from generator.render.pages import article_meta, dump_frontmatter
from generator.render.siteindex import SiteIndex, build_index

__all__ = [
    "DetailPages",
    "Kept",
    "PageFailure",
    "SiteIndex",
    "article_meta",
    "build_index",
    "chart_pages",
    "detail_pages",
    "dump_frontmatter",
    "every_chart",
    "hand_written",
    "list_pages",
    "yamlout",
]
