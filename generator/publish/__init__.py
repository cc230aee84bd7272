"""Stage 6, publish: `docs/` to the rendered site in `site/`, with MkDocs and Material.

Takes the Markdown tree the writer made (and `mkdocs.yml`) and gives the same site, byte for byte,
as a plain `mkdocs build`, faster: a driver over MkDocs' own build functions renders only the
pages whose Markdown, navigation, links, templates, configuration or installed packages changed
(`fingerprint` says what a page depends on; `records` keeps what each render left behind), over
all cores or a Dask cluster's workers (`pagework` renders one page in a worker; `remote` sends
a cluster's workers what they need and brings the HTML back), and assembles the search index,
the sitemap and the anchor checks from every page's record (`driver`, `assemble`; `sitefiles`
removes what a build no longer makes). `render_site` loads a configuration and builds it;
`build_site` (`build`) builds a loaded one (`mkdocs serve` calls it through the hooks).
"""

from generator.publish.build import build_site, supported
from generator.publish.driver import SiteReport
from generator.publish.site import render_site

__all__ = ["SiteReport", "build_site", "render_site", "supported"]
