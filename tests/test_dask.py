"""Dask (`--scheduler`): the build and the site render as tasks on a cluster give the local
build's bytes, and a worker that dies mid-build loses no article.

One `LocalCluster` for the module: two worker processes on 127.0.0.1, one thread each, no
dashboard, nothing on the network. The scheduler is told a task may see no worker die under it
(`allowed-failures` 0: the first death fails it, so the build's own recovery is what is
tested, quickly). The corpus is as big as `workers.MIN_PARALLEL`, so enrichment, charts and
detail pages all take the parallel path; the site's pages go parallel from a few dozen.
"""

from __future__ import annotations

import operator
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster
from mkdocs.config import load_config

from generator import workers
from generator.cli import main
from generator.pipeline import build
from generator.publish import build_site, driver, render_site
from generator.synth.corpus import synthesise
from tests.dask_faults import DieOnSeed, OtherVersions, site_contexts

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
    ):
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic corpus of `MIN_PARALLEL` articles, built once locally (`local/docs`)."""
    top = tmp_path_factory.mktemp("dask")
    seeds = top / "seeds"
    synthesise(seeds, workers.MIN_PARALLEL, seed=3, registry_from=ROOT / "seeds")
    result = build(seeds, top / "local" / "docs")
    assert not result.diagnostics and len(result.articles) == workers.MIN_PARALLEL
    return top


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _victim(corpus: Path, number: int) -> str:
    return sorted(p.stem for p in (corpus / "seeds" / "articles").glob("*.txt"))[number]


def _build_on(scheduler: str, corpus: Path, name: str) -> int:
    docs = corpus / name / "docs"
    return main(["build", "--scheduler", scheduler, "--seeds", "seeds", "--docs", str(docs)])


def test_a_build_on_a_cluster_whose_worker_dies_gives_the_local_bytes(
    scheduler: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    marker = corpus / "died-once"
    with Client(scheduler) as client:
        client.register_plugin(DieOnSeed(_victim(corpus, 123), marker), name="die-once")
        try:
            assert _build_on(scheduler, corpus, "dask") == 0
        finally:
            client.unregister_worker_plugin("die-once")
    assert marker.exists()  # a worker did die with the article's chunk
    assert _tree(corpus / "dask" / "docs") == _tree(corpus / "local" / "docs")


def test_an_article_that_kills_every_worker_is_named_and_only_it_is_lost(
    scheduler: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A small corpus in small chunks (the threshold lowered): what is tested is that the
    # victim's chunk-mates are finished and only the victim is named.
    monkeypatch.setattr(workers, "MIN_PARALLEL", 8)
    monkeypatch.setattr(workers, "CHUNK", 4)
    monkeypatch.chdir(tmp_path)
    synthesise(Path("seeds"), 12, seed=3, registry_from=ROOT / "seeds")
    victim = _victim(tmp_path, 5)
    with Client(scheduler) as client:
        client.register_plugin(DieOnSeed(victim, None), name="die-always")
        try:
            assert _build_on(scheduler, tmp_path, "lost") == 1
        finally:
            client.unregister_worker_plugin("die-always")
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
    assert errors[0].startswith(
        f"seeds/articles/{victim}.txt: internal error while enriching: LostTask: its task "
        "failed on the Dask cluster (KilledWorker: Attempted to run task "
    )
    assert len(errors) == 2 and " 1 error, " in errors[1]
    seeds = {p.stem for p in (tmp_path / "seeds" / "articles").glob("*.txt")}
    pages = {p.stem for p in (tmp_path / "lost" / "docs" / "articles").glob("*.md")}
    assert seeds - pages == {victim}


def test_an_item_whose_task_raises_is_the_only_one_lost_and_the_rest_keep_their_order(
    scheduler: str,
) -> None:
    # 1 / item: item 0 raises in every try (a fault no per-item handler caught, say);
    # its chunk-mates are finished one task each
    items = list(range(40))
    with workers.use_scheduler(scheduler):
        kept = workers.parallel_map(
            operator.truediv, items, 1, "test", minimum=1, chunk=8, lost=lambda n, e: str(e)
        )
        assert kept[0].startswith("its task failed on the Dask cluster (ZeroDivisionError: ")
        assert kept[1:] == [1 / n for n in items[1:]]
        with pytest.raises(workers.LostWork) as raised:
            workers.parallel_map(operator.truediv, items, 1, "test", minimum=1, chunk=8)
    assert str(raised.value) == (
        "1 not finished on the Dask cluster (ZeroDivisionError: division by zero): 0"
    )


def test_the_site_rendered_on_a_cluster_is_the_local_render(
    scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the project's own docs/ (66 pages: more than the site's parallel threshold of 24)
    monkeypatch.setenv("BRIEFING_DOCS", str(ROOT / "docs"))
    config = ROOT / "mkdocs.yml"
    local = render_site(config, tmp_path / "local" / "site", full=True)
    assert local.rendered > driver.PARALLEL_PAGES
    with workers.use_scheduler(scheduler):
        remote = render_site(config, tmp_path / "dask" / "site", full=True)
    with Client(scheduler) as client:
        assert sum(client.run(site_contexts).values()) >= 1  # the workers rendered it
    assert remote.rendered == local.rendered
    assert _tree(tmp_path / "dask" / "site") == _tree(tmp_path / "local" / "site")
    # the records the cluster's pages left are those of a local render: nothing to redo
    again = render_site(config, tmp_path / "dask" / "site")
    assert (again.rendered, again.reused) == (0, local.rendered)


def test_a_worker_with_other_packages_refuses_the_site_and_the_render_fails(
    scheduler: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BRIEFING_DOCS", str(ROOT / "docs"))
    site = ["site", "--config", str(ROOT / "mkdocs.yml"), "--site", str(tmp_path / "site")]
    with Client(scheduler) as client:
        client.register_plugin(OtherVersions(), name="other-versions")
        try:
            assert main([*site, "--scheduler", scheduler]) == 1
        finally:
            client.unregister_worker_plugin("other-versions")
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("briefing: site not built: ")
    assert "not finished on the Dask cluster (RemoteSiteError: this worker has Python 3.0 " in last
    pages = len(list((ROOT / "docs").rglob("*.md")))  # every one named, the first 20 shown
    assert f"site not built: {pages} not finished" in last
    assert "install the same Briefing and packages on every worker): " in last
    assert last.endswith(f" and {pages - 20} more")


def test_mkdocs_serve_renders_on_this_machine_even_with_a_scheduler(
    scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a preview's pages (drafts shown, live edits) are rendered by the local pool
    monkeypatch.setenv("BRIEFING_DOCS", str(ROOT / "docs"))
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    with workers.use_scheduler(scheduler):
        report = build_site(config, serve_url="http://127.0.0.1:8000/", cache=tmp_path / "c")
    assert report.rendered > driver.PARALLEL_PAGES


def test_a_plain_build_does_not_import_dask(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    synthesise(seeds, 3, seed=3, registry_from=ROOT / "seeds")
    code = (
        "import sys; from generator.cli import main; "
        f"main(['build', '--seeds', {str(seeds)!r}, '--docs', {str(tmp_path / 'docs')!r}]); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
