"""Body F1 of the HTML reader on scrapinghub's article-extraction-benchmark (181 pages).

Not a test: the benchmark's pages are third-party and never committed. Bring the public
repository here (`fetch` scrapinghub/article-extraction-benchmark), unpack `html/` and
`ground-truth.json` into a folder, then:

    .venv/bin/python -m tests.html_benchmark /work/corpora/aeb

It scores the body text `parse_html` gives (paragraphs and subheadings joined by newlines)
with the benchmark's own `evaluate.py` from that folder (shingles of four tokens, per-page
normalised precision and recall, mean over pages) and prints F1, precision, recall, and the
extraction time per page.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from generator.read import decode_page, parse_html


def main(folder: Path) -> None:
    sys.path.insert(0, str(folder))
    import evaluate  # type: ignore[import-not-found]  # the benchmark's own scorer

    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    predicted: dict[str, dict[str, str]] = {}
    seconds = 0.0
    for key in sorted(truth):
        data = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        started = time.perf_counter()
        page = decode_page(data)
        parsed = parse_html(page.text or "", key, url=truth[key].get("url"))
        seconds += time.perf_counter() - started
        body = "\n".join(p.text for p in parsed.paragraphs)
        predicted[key] = {"articleBody": body}
    metrics = evaluate.evaluate(truth, predicted, n_bootstrap=200)
    print(
        f"pages {len(truth)}; F1 {metrics['f1']:.3f} ± {metrics['f1_std']:.3f}; "
        f"precision {metrics['precision']:.3f}; recall {metrics['recall']:.3f}; "
        f"{1000 * seconds / len(truth):.0f} ms a page"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
