"""The scale benchmark: `python -m tests.benchmark [--sizes 1000 10000] [--out FILE]`.

For each corpus size N it writes a synthetic corpus (`generator.synth.corpus`, seed 1) with the
bundled registry, then measures, each in a fresh process: the generator's full build from
nothing (wall time, peak memory of the whole process tree as proportional set size, so
memory that forked workers share is counted once); a re-run with nothing changed; a re-run
after adding one article; a re-run after editing one alias in the registry; `mkdocs build` of
the result; the search index against the articles' own text; the offline bundle, and in it the
time from opening the page to the first search result from `file://` (headless Chromium) and
to the answer from every section, and the build step that moves the sections out of the
offline page's script. Which files each re-run rewrote is measured from the docs tree itself
(content hashes before and after), not taken from the generator's report. Results go to
`tests/benchmark-results.md` with the machine's description. `tests/test_scale.py` runs it
at a small N.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from dataclasses import dataclass, field
from importlib.metadata import version
from itertools import combinations
from pathlib import Path
from typing import Any

from generator import search_worker
from generator.synth.corpus import article, make_event, synthesise
from generator.workers import goes_parallel, workers
from tests.meter import ROOT, Run, measure
from tests.search_timing import first_result

RESULTS = ROOT / "tests" / "benchmark-results.md"
ALIAS_FILE = "places/beijing.md"  # the Swedish articles call Beijing "Peking"


STAGES = re.compile(r"^briefing: stages: (.*)$", re.MULTILINE)
WHY = {
    "stories": "an undated article may belong to any story, so it is weighed against the whole "
    "corpus instead of a fortnight: its candidate pairs and its joint-entity counts grow with N "
    "(dated articles only meet their neighbours in time, linear at a steady rate of articles a "
    "day).",
    "index": "per-subject statistics walk each subject's articles, and the most common "
    "subjects are named by a fixed share of all articles; what remains above linear is "
    "Python's cyclic garbage collector, whose full passes cost in proportion to all live "
    "objects (the build freezes the articles once enriched to spare them).",
    "list pages": "the timeline and archives sort every article and claim by date (N log N).",
    "enrich": "per-article work is constant; growth here is the worker pool and the result "
    "list, not the articles.",
    "detail pages": "entity pages consider all of a subject's articles to pick the newest "
    "figures and claims, and a common subject is in a fixed share of all articles.",
    "read": "reading is one pass over the files.",
    "charts": "each chart's data is counted over its subject's articles (linear); drawing is "
    "bounded per chart.",
    "write": "each page is compared with the file on disk; file-system cost per file grows "
    "with folder size.",
}


@dataclass
class Measures:
    articles: int
    text_bytes: int = 0
    runs: dict[str, Run] = field(default_factory=dict)
    search_index_bytes: int = 0
    bundle_bytes: int = 0
    pages: int = 0
    stories: int = 0
    events: int = 0
    precision: float = 0.0  # of "same story" article pairs, against the synthesiser's events
    recall: float = 0.0
    identical: bool | None = None  # incremental site's full render == plain mkdocs build
    dask_identical: bool | None = None  # the build on a LocalCluster == the local build
    dask_load: str = ""  # load average as the Dask build started
    serve_seconds: float | None = None  # `mkdocs serve`: a seed edit until the page shows it
    charts: int = 0  # SVG files under docs/charts/
    chart_bytes: int = 0
    first_result: float | None = None  # offline bundle, file://: page opened until results
    complete_result: float | None = None  # ... until the answer from every section
    first_counts: str = ""  # the result counts shown first, then from every section
    split_seconds: float = 0.0  # moving the sections out of the offline page's script


def snapshot(docs: Path) -> dict[str, str]:
    return {
        p.relative_to(docs).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(docs.rglob("*"))
        if p.is_file()
    }


def _generator(work: Path, before: dict[str, str] | None = None) -> Run:
    command = [
        sys.executable,
        "-m",
        "generator",
        "build",
        "--timings",
        "--seeds",
        str(work / "seeds"),
        "--docs",
        str(work / "docs"),
    ]
    run = measure(command)
    after = snapshot(work / "docs")
    changed = tuple(sorted(p for p, h in after.items() if (before or {}).get(p) != h))
    removed = tuple(sorted(set(before or {}) - set(after)))
    return Run(run.seconds, run.peak_mb, changed + removed, run.output)


def stages(run: Run) -> dict[str, float]:
    found = STAGES.search(run.output)
    if not found:
        return {}
    parts = (part.rsplit(" ", 2) for part in found.group(1).split(", "))
    return {name: float(seconds) for name, seconds, _ in parts}


def scaling(results: list[Measures]) -> list[str]:
    """Each stage's time per article at the smallest and largest N, and what grows faster."""
    small, large = results[0], results[-1]
    if small.articles == large.articles:
        return []
    before, after = stages(small.runs["full build"]), stages(large.runs["full build"])
    factor = large.articles / small.articles
    lines = [
        f"## Where the generator's time grows faster than linearly ({small.articles:,} to "
        f"{large.articles:,} articles)",
        "",
        f"| Stage | {small.articles:,} | {large.articles:,} | growth / {factor:.0f}x articles |",
        "| --- | ---: | ---: | ---: |",
    ]
    faster = []
    for stage, seconds in after.items():
        growth = seconds / max(before.get(stage, 0.0), 1e-3) / factor
        lines.append(
            f"| {stage} | {before.get(stage, 0.0):.2f} s | {seconds:.2f} s | {growth:.2f} |"
        )
        if growth > 1.25 and seconds > 0.5:
            faster.append(f"- **{stage}** ({growth:.1f}x linear): {WHY.get(stage, '')}")
    lines += ["", "Growth 1.00 is linear. Stages that grew faster than linearly, and why:", ""]
    return lines + (faster or ["- none above 1.25x."]) + [""]


def _add_article(seeds: Path) -> None:
    rng = random.Random(99)
    event = make_event(rng, 999_999, max_date(seeds))
    (seeds / "articles" / "zz_added_en.txt").write_text(article(rng, event, "en"), "utf-8")


def max_date(seeds: Path) -> dt.date:
    days = [
        line[6:16]
        for p in (seeds / "articles").glob("*.txt")
        if (line := p.read_text("utf-8").split("\n", 1)[0]).startswith(" date ")
    ]
    return dt.date.fromisoformat(max(days))


def _edit_alias(seeds: Path) -> None:
    path = seeds / ALIAS_FILE
    path.write_text(path.read_text("utf-8").replace("aliases: [Peking]", "aliases: []"), "utf-8")


STORY_LINK = re.compile(r"^\| \*\*[A-Z]+\*\* \|.*\]\(\.\./articles/([^)]+)\.md\)", re.MULTILINE)


def _pairs(groups: dict[str, set[str]]) -> set[tuple[str, str]]:
    return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}


def grouping(docs: Path, truth: dict[str, int], result: Measures) -> None:
    """Pairwise precision and recall of the story pages against the true events."""
    found: dict[str, set[str]] = {}
    for page in (docs / "stories").glob("*.md"):
        members = set(STORY_LINK.findall(page.read_text("utf-8")))
        if members:
            found[page.stem] = members
    true: dict[str, set[str]] = {}
    for slug, event in truth.items():
        true.setdefault(str(event), set()).add(slug)
    predicted, actual = _pairs(found), _pairs(true)
    result.stories, result.events = len(found), len(true)
    result.precision = len(predicted & actual) / max(len(predicted), 1)
    result.recall = len(predicted & actual) / max(len(actual), 1)


def _site(work: Path, *options: str) -> Run:
    """`briefing site` (the incremental, parallel render) of the docs in `work`."""
    command = [sys.executable, "-m", "generator", "site", "--site", str(work / "site"), *options]
    return measure(command, {"BRIEFING_DOCS": str(work / "docs"), "NO_MKDOCS_2_WARNING": "1"})


def same_tree(first: Path, second: Path) -> bool:
    return snapshot(first) == snapshot(second)


def dask_build(work: Path, workers: int) -> tuple[Run, bool, str]:
    """The full build again, from nothing, with `--scheduler` on a `LocalCluster` of
    `workers` processes (one thread each, on 127.0.0.1, started before the clock runs): its
    run (peak memory is the client's: the workers are not its children), whether its docs are
    the local build's byte for byte, and the load average when it started."""
    from distributed import LocalCluster  # only here: the benchmark's other rows need no Dask

    docs = work / f"dask-{workers}" / "docs"
    with LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        load = " ".join(f"{value:.2f}" for value in os.getloadavg())
        command = [
            sys.executable,
            "-m",
            "generator",
            "build",
            "--timings",
            "--scheduler",
            cluster.scheduler_address,
            "--seeds",
            str(work / "seeds"),
            "--docs",
            str(docs),
        ]
        run = measure(command)
    identical = same_tree(docs, work / "docs")
    shutil.rmtree(docs.parent)
    return run, identical, load


def _changes(work: Path, result: Measures, name: str, change: Any, with_site: bool) -> None:
    """Apply `change` to the seeds, then time the generator and (`with_site`) the render."""
    if change is not None:
        change(work / "seeds")
    result.runs[name] = _generator(work, snapshot(work / "docs"))
    if with_site:
        result.runs[f"{name}: site"] = _site(work)


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (OSError, ValueError):
        return None


def serve_edit(work: Path, port: int = 8765, timeout: float = 600) -> float:
    """`mkdocs serve` of the corpus in `work`: seconds from a seed edit to the page showing it.

    Starts `mkdocs serve` (the hooks regenerate docs/ from the seeds next to it and rebuild with
    the incremental driver), waits until the server answers (its first, full build), appends a
    marker word to the first paragraph line of one article's seed, then fetches that article's
    page every 0.1 s until the marker is in it. The time includes watchdog noticing the edit
    (it polls every 0.5 s), the generator, the render and serving the page."""
    seed = sorted((work / "seeds" / "articles").glob("*.txt"))[
        len(os.listdir(work / "seeds" / "articles")) // 2
    ]
    url = f"http://127.0.0.1:{port}/articles/{seed.stem}/"
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    env = {**os.environ, "BRIEFING_DOCS": str(work / "docs"), "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + timeout
        while _get(url) is None:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError(f"mkdocs serve did not come up at {url}")
            time.sleep(0.5)
        time.sleep(2)  # let the server settle after its first build
        lines = seed.read_text("utf-8").split("\n")
        at = max(range(len(lines)), key=lambda n: len(lines[n]))  # a paragraph, not a heading
        lines[at] += " Zyxwvutsrq."
        started = time.monotonic()
        seed.write_text("\n".join(lines), "utf-8")
        while "Zyxwvutsrq" not in (_get(url) or ""):
            if time.monotonic() - started > 120:
                raise RuntimeError("mkdocs serve did not show the edit within 120 s")
            time.sleep(0.1)
        return time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)


def bench(size: int, work: Path, with_site: bool = True, dask_workers: int = 0) -> Measures:
    """Every measurement for one corpus size, in `work` (which it fills); with
    `dask_workers`, also the full build on a LocalCluster of that many workers."""
    seeds, docs = work / "seeds", work / "docs"
    truth = synthesise(seeds, size, seed=1, registry_from=ROOT / "seeds")
    shutil.copy(ROOT / "seeds" / "index.md", seeds / "index.md")
    shutil.copytree(ROOT / "seeds" / "pages", seeds / "pages")  # the guide, which nav names
    result = Measures(size)
    result.text_bytes = sum(p.stat().st_size for p in (seeds / "articles").glob("*.txt"))
    result.runs["full build"] = _generator(work)
    result.pages = len([p for p in docs.rglob("*.md")])
    svgs = list((docs / "charts").rglob("*.svg"))
    result.charts, result.chart_bytes = len(svgs), sum(p.stat().st_size for p in svgs)
    grouping(docs, truth, result)
    if dask_workers:
        name = f"full build on Dask ({dask_workers} LocalCluster workers)"
        result.runs[name], result.dask_identical, result.dask_load = dask_build(work, dask_workers)
    if with_site:
        env = {"BRIEFING_DOCS": str(docs), "NO_MKDOCS_2_WARNING": "1"}
        mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(work / "plain")]
        result.runs["mkdocs build"] = measure(mkdocs, env)
        result.runs["site: full render"] = _site(work, "--full")
        result.identical = same_tree(work / "site", work / "plain")
        index = work / "plain" / "search" / "search_index.json"
        result.search_index_bytes = index.stat().st_size
        shutil.rmtree(work / "plain")
    _changes(work, result, "nothing changed", None, with_site)
    _changes(work, result, "one article added", _add_article, with_site)
    _changes(work, result, "one alias edited", _edit_alias, with_site)
    if with_site:
        bundle = [
            sys.executable,
            "-m",
            "generator",
            "bundle",
            "--seeds",
            str(seeds),
            "--docs",
            str(docs),
            "--out",
            str(work / "offline.zip"),
        ]
        result.runs["offline bundle (generator + mkdocs + zip)"] = measure(bundle)
        result.bundle_bytes = (work / "offline.zip").stat().st_size
        with zipfile.ZipFile(work / "offline.zip") as archive:
            archive.extractall(work / "offline")
        result.split_seconds = _split_seconds(work / "offline" / "briefing")
        timings = first_result(work / "offline" / "briefing", ["halvledarna", "Cambricon"])
        result.first_result = max(t.first_result for t in timings)
        result.complete_result = max(t.complete for t in timings)
        result.first_counts = "; ".join(
            f"`{t.query}` {t.results}, then {t.complete_results}" for t in timings
        )
    return result


def _split_seconds(site: Path) -> float:
    """The time of the build step that moves the sections out of the offline bundle's page
    script (`search_worker.split_offline_index`), run again on the script Material's offline
    plugin writes (which it rebuilds from search_index.json); it writes the same files."""
    index = site / "search" / "search_index.json"
    script = site / search_worker.OFFLINE_INDEX
    script.write_text("var __index = " + index.read_text("utf-8"), "utf-8")
    started = time.perf_counter()
    search_worker.split_offline_index(site, search_worker.Shards())
    return time.perf_counter() - started


def machine() -> list[str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    memory = next(
        int(line.split()[1]) // 1024 // 1024
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return [
        f"- CPU: {cpu}, {len(os.sched_getaffinity(0))} usable cores; {memory} GiB RAM",
        f"- {platform.platform()}; Python {platform.python_version()}",
        f"- mkdocs {version('mkdocs')}, mkdocs-material {version('mkdocs-material')}, "
        f"PyYAML {version('PyYAML')} (C dumper), Jinja2 {version('jinja2')}",
    ]


def _kinds(paths: tuple[str, ...]) -> str:
    counts: dict[str, int] = {}
    for path in paths:
        kind = path.split("/")[0] if "/" in path else path
        counts[kind] = counts.get(kind, 0) + 1
    return ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())) or "none"


SITE_REPORT = re.compile(r"site: (\d+) pages rendered, (\d+) reused")


def _rendered(run: Run) -> str:
    found = SITE_REPORT.search(run.output)
    return f"pages rendered {found.group(1)}, reused {found.group(2)}" if found else ""


def site_lines(m: Measures) -> list[str]:
    """The incremental render against the plain `mkdocs build` of the same docs."""
    mkdocs, full = m.runs.get("mkdocs build"), m.runs.get("site: full render")
    if mkdocs is None or full is None:
        return []
    share = full.seconds / mkdocs.seconds
    added = m.runs["one article added"].seconds + m.runs["one article added: site"].seconds
    peak = max(run.peak_mb for name, run in m.runs.items() if "site" in name)
    lines = [
        f"- Site full render (`briefing site --full`) / plain `mkdocs build`: "
        f"{share:.1%} (target at most 60%: {'met' if share <= 0.60 else 'NOT met'}); "
        f"every file byte-identical to the plain build: {'yes' if m.identical else 'NO'}.",
        f"- One article added, generator + site render: {added:.2f} s (target at most 15 s: "
        f"{'met' if added <= 15 else 'NOT met'}).",
        f"- Site render peak memory: {peak:.0f} MB (target at most 600 MB: "
        f"{'met' if peak <= 600 else 'NOT met'}).",
    ]
    if m.serve_seconds is not None:
        lines.append(
            f"- `mkdocs serve`: a seed edited until the served page shows it: "
            f"{m.serve_seconds:.2f} s (target under 10 s: "
            f"{'met' if m.serve_seconds < 10 else 'NOT met'}; method in `serve_edit`)."
        )
    return lines


def _search_lines(m: Measures) -> list[str]:
    if m.first_result is None:
        return []
    met = "met" if m.first_result <= 1 else "NOT met"
    return [
        f"- Search from `file://` (headless Chromium, median of 3 fresh pages, the slower of "
        f"two queries): first result {m.first_result:.2f} s after opening the page (target at "
        f"most 1 s: {met}); the answer from every section {m.complete_result:.2f} s "
        f"({m.first_counts}). A site of more than "
        f"{search_worker.Shards().sharded:,} sections is indexed in shards and answers from "
        f"the first {search_worker.Shards().first} first (site_templates/search-index.js).",
        f"- Moving the sections out of the offline page's script (build step): "
        f"{m.split_seconds:.2f} s.",
    ]


def names_line(full: Run) -> str:
    """Finding names' share of the full build: the names stage (the corpus-level merge) plus
    the CPU the enrichment workers spent reading each article's names, spread over the
    workers (issue 24: at most 10 %)."""
    laps = stages(full)
    merged = laps.get("names", 0.0)
    cpu = laps.get("names read in the workers (CPU)", 0.0)
    cores = workers() if goes_parallel(2) else 1
    added = merged + cpu / cores
    share = added / full.seconds if full.seconds else 0.0
    return (
        f"- Finding names: the names stage {merged:.2f} s + reading names in the enrichment "
        f"workers {cpu:.2f} s of CPU over {cores} = {added:.2f} s, {share:.1%} of the full "
        f"build (target at most 10%: {'met' if share <= 0.10 else 'NOT met'})."
    )


def report(results: list[Measures]) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Measured by `python -m tests.benchmark` on {dt.date.today().isoformat()}, "
        "in one run, on this machine:",
        "",
        *machine(),
        "",
    ]
    for m in results:
        mkdocs = m.runs.get("mkdocs build")
        full = m.runs["full build"]
        lines += [
            f"## {m.articles:,} articles ({m.pages:,} pages; article text "
            f"{m.text_bytes / 1e6:.1f} MB)",
            "",
            "| Run | Wall time | Peak memory (PSS, all processes) | Files rewritten |",
            "| --- | ---: | ---: | --- |",
        ]
        for name, run in m.runs.items():
            rewritten = (
                f"{len(run.rewritten)}: {_kinds(run.rewritten)}"
                if name in ("nothing changed", "one article added", "one alias edited")
                else "all"
                if name.startswith("full build")
                else _rendered(run)
            )
            lines.append(f"| {name} | {run.seconds:.2f} s | {run.peak_mb:.0f} MB | {rewritten} |")
        lines.append("")
        if mkdocs:
            share = full.seconds / mkdocs.seconds
            ratio = m.search_index_bytes / m.text_bytes
            lines += [
                f"- Generator full build / `mkdocs build`: {share:.1%} "
                f"(target at most 10%: {'met' if share <= 0.10 else 'NOT met'}).",
                names_line(full),
                f"- Generator peak memory: {full.peak_mb:.0f} MB (target at most 500 MB: "
                f"{'met' if full.peak_mb <= 500 else 'NOT met'}).",
                f"- Search index: {m.search_index_bytes / 1e6:.2f} MB = {ratio:.2f} x the "
                f"articles' text (target at most 1.5: {'met' if ratio <= 1.5 else 'NOT met'}).",
                f"- Offline bundle: {m.bundle_bytes / 1e6:.1f} MB zip.",
                *_search_lines(m),
                *site_lines(m),
            ]
        if m.dask_identical is not None:
            lines.append(
                f"- Full build on Dask: docs/ "
                f"{'identical to' if m.dask_identical else 'DIFFERENT from'} the local build's; "
                f"load average {m.dask_load} as it started (the cluster shares this machine's "
                "cores; peak memory is the client process's only)."
            )
        lines.append(
            f"- Stories: {m.stories:,} found for {m.events:,} true events; pairs of articles put "
            f"in one story: precision {m.precision:.2f}, recall {m.recall:.2f}."
        )
        drawing = stages(full).get("charts", 0.0)
        added = stages(m.runs["one article added"]).get("charts", 0.0)
        lines.append(
            f"- Charts: {m.charts} SVG files, {m.chart_bytes / 1e3:.0f} kB; drawing them took "
            f"{drawing:.2f} s of the full build ({drawing / full.seconds:.1%}) and "
            f"{added:.2f} s after one article was added (work per chart is bounded, so the "
            "cost follows the number of companies and topics, not of articles)."
        )
        quiet = m.runs["nothing changed"]
        lines += [
            f"- Nothing changed: {quiet.seconds:.2f} s, {len(quiet.rewritten)} files "
            f"rewritten (target under 1 s and none: "
            f"{'met' if quiet.seconds < 1 and not quiet.rewritten else 'NOT met'}).",
            "",
        ]
    return "\n".join(lines + scaling(results))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--no-site", action="store_true", help="skip mkdocs and the bundle")
    parser.add_argument(
        "--dask-workers",
        type=int,
        default=4,
        help="workers of the LocalCluster of the Dask build's row (0: no such row)",
    )
    parser.add_argument(
        "--serve", type=int, default=2000, help="corpus size of the `mkdocs serve` edit (0: none)"
    )
    args = parser.parse_args(argv)
    results = []
    # One folder for every size, removed at the end: right after a corpus of tens of
    # thousands of files is removed, ext4 creates files more slowly (its inode allocator
    # checks for recently deleted inodes; seen in `perf`). The 10,000-article write stage took
    # 2.8 s just after the 2,000-article tree was removed (1.4 s quiet in issue 6's runs).
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as top:
        for size in args.sizes:
            work = Path(top) / str(size)
            work.mkdir()
            print(f"benchmark: {size} articles in {work}", file=sys.stderr)
            results.append(bench(size, work, not args.no_site, args.dask_workers))
            if size == args.serve and not args.no_site:
                results[-1].serve_seconds = serve_edit(work)
    args.out.write_text(report(results), "utf-8")
    print(f"benchmark: results in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
