"""Drawing the charts of `charts` as static SVG with matplotlib (and networkx for the company
network's layout).

Owns the pictures' look and their byte-for-byte determinism: a fixed `svg.hashsalt` (the ids
matplotlib gives clip paths and glyphs), no date or creator in the SVG metadata, text kept as
`<text>` (`svg.fonttype: none`, so it is searchable, small and set in the page's font), the
network's spring layout seeded and its positions rounded. Backgrounds are transparent and the
ink is dark grey; in Material's dark (slate) palette `briefing.css` inverts the image's
lightness (`invert` then `hue-rotate`), which keeps the colours' hues. No script, no external
reference: the files work from `file://`.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from typing import Any
from xml.sax.saxutils import escape

from generator.model import Diagnostic, OutputPage, internal_error
from generator.render.charts import (
    Chart,
    ClaimChart,
    NetworkChart,
    TimeChart,
)
from generator.render.charts_text import alt, language_label, title, unit_label
from generator.render.formatting import period_label
from generator.workers import LostTask, parallel_map

SOURCE = "seeds/articles"  # what a chart is drawn from, for messages
INK = "#333333"
GRID = "#bbbbbb"
LANGUAGE_COLOURS = ("#3f6fd1", "#e07b39", "#2e9e6a", "#a64fc0", "#c9475a", "#8c8c8c")
PAST = "#a0a0a0"
COMING = "#3f51b5"
CURRENT = "#8c9eff"
STATES = (("past", PAST, ""), ("current", CURRENT, "///"), ("coming", COMING, ""))
WIDTH = 5.2  # inches (374 pt): a phone shrinks it little, so its text stays legible
_STYLE: dict[Any, Any] = {
    "svg.hashsalt": "briefing",
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.size": 12,
    "text.color": INK,
    "axes.edgecolor": GRID,
    "axes.labelcolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "path.simplify": True,
}


def _svg(figure: Any) -> str:
    out = io.StringIO()
    figure.savefig(out, format="svg", transparent=True, metadata={"Date": None, "Creator": None})
    return out.getvalue()


def _figure(height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(WIDTH, height), layout="constrained")


def draw_time(chart: TimeChart) -> str:
    """Stacked bars of articles per period by language."""
    import matplotlib

    with matplotlib.rc_context(_STYLE):
        figure = _figure(2.9)
        axes = figure.add_subplot()
        positions = list(range(len(chart.periods)))
        bottom = [0] * len(positions)
        for number, (code, row) in enumerate(zip(chart.languages, chart.counts, strict=True)):
            colour = LANGUAGE_COLOURS[min(number, len(LANGUAGE_COLOURS) - 1)]
            axes.bar(
                positions, row, bottom=bottom, color=colour, width=0.8, label=language_label(code)
            )
            bottom = [b + n for b, n in zip(bottom, row, strict=True)]
        step = max(1, len(positions) // 8)
        axes.set_xticks(positions[::step], [p for p in chart.periods[::step]])
        axes.tick_params(axis="x", labelrotation=0, labelsize=11)
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.grid(axis="y", color=GRID, linewidth=0.5)
        axes.set_axisbelow(True)
        axes.set_ylabel(f"articles per {unit_label(chart.unit)}")
        if len(positions) == 1:
            axes.set_xlim(-2, 2)
        axes.legend(
            frameon=False, ncols=min(3, len(chart.languages)), loc="upper left", fontsize=11
        )
        axes.set_ylim(0, max(bottom) * 1.35 + 0.5)
        return _svg(figure)


def _num(date: dt.date) -> float:
    from matplotlib.dates import date2num

    return float(date2num(date))  # type: ignore[no-untyped-call]


def draw_claims(chart: ClaimChart) -> str:
    """A bar per period from its first to its last day: past grey, under way light and
    hatched, coming in colour."""
    import matplotlib
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.patches import Patch

    with matplotlib.rc_context(_STYLE):
        figure = _figure(1.2 + 0.32 * len(chart.rows))
        axes = figure.add_subplot()
        for y, row in enumerate(chart.rows):
            left = _num(row.start)
            width = _num(row.end + dt.timedelta(days=1)) - left
            _, colour, hatch = next(s for s in STATES if s[0] == row.state)
            axes.barh(
                y,
                width,
                left=left,
                height=0.62,
                color=colour,
                hatch=hatch,
                edgecolor=COMING,
                linewidth=0,
            )
        labels = [f"{period_label(r.when)} ({r.claims})" for r in chart.rows]
        axes.set_yticks(range(len(chart.rows)), labels, fontsize=11)
        axes.invert_yaxis()
        reference = _num(chart.reference)
        axes.axvline(reference, color=INK, linewidth=1, linestyle="--")
        locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        axes.grid(axis="x", color=GRID, linewidth=0.5)
        axes.set_axisbelow(True)
        handles = [
            *(
                Patch(
                    facecolor=c,
                    hatch=h,
                    edgecolor=COMING,
                    linewidth=0,
                    label=name.replace("current", "under way"),
                )
                for name, c, h in STATES
            ),
            matplotlib.lines.Line2D(
                [], [], color=INK, linestyle="--", label=f"newest article {chart.reference}"
            ),
        ]
        figure.legend(
            handles=handles, frameon=False, ncols=2, loc="outside upper left", fontsize=10.5
        )
        return _svg(figure)


def layout(chart: NetworkChart) -> dict[str, tuple[float, float]]:
    """Spring layout (weights pull linked companies together), seeded, rounded to 3 places so
    a last-bit difference in floating point does not change the file."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(slug for slug, _, _ in chart.nodes)
    graph.add_weighted_edges_from(chart.edges)
    positions = nx.spring_layout(graph, seed=18, weight="weight", iterations=200)
    return {slug: (round(float(x), 3), round(float(y), 3)) for slug, (x, y) in positions.items()}


def draw_network(chart: NetworkChart) -> str:
    """Companies as dots sized by their articles, linked by lines as wide as the articles they
    share; each name set off from the middle, on a pale box over the lines (text stays text)."""
    import matplotlib

    where = layout(chart)
    heaviest = max(n for _, _, n in chart.edges)
    most = max(n for _, _, n in chart.nodes)
    with matplotlib.rc_context(_STYLE):
        figure = _figure(WIDTH * 0.8)
        axes = figure.add_subplot()
        for a, b, n in chart.edges:
            (x1, y1), (x2, y2) = where[a], where[b]
            axes.plot(
                [x1, x2],
                [y1, y2],
                color=COMING,
                alpha=0.25 + 0.5 * n / heaviest,
                linewidth=0.6 + 4.4 * n / heaviest,
                solid_capstyle="round",
            )
        halo = {
            "boxstyle": "round,pad=0.1",
            "facecolor": "white",
            "edgecolor": "none",
            "alpha": 0.75,
        }
        for slug, name, count in chart.nodes:
            x, y = where[slug]
            size = 30 + 370 * count / most
            axes.scatter([x], [y], s=size, color=LANGUAGE_COLOURS[1], zorder=3)
            # the label away from the middle, where the links are densest
            length = math.hypot(x, y) or 1.0
            gap = math.sqrt(size) / 2 + 4
            axes.annotate(
                name,
                (x, y),
                xytext=(round(gap * x / length, 1), round(gap * y / length, 1)),
                textcoords="offset points",
                ha="left" if x > 0.05 else "right" if x < -0.05 else "center",
                va="bottom" if y > 0 else "top",
                fontsize=11,
                zorder=4,
                bbox=halo,
            )
        axes.set_axis_off()
        axes.margins(0.12)
        return _svg(figure)


def labelled(svg: str, chart: Chart) -> str:
    """`svg` with the chart's `<title>` and `<desc>` (its text alternative) as the root's first
    children and `role="img"`, so the file opened on its own is named and described."""
    head, tag, rest = svg.partition("<svg ")
    opening, close, body = rest.partition(">\n")
    named = f"<title>{escape(title(chart))}</title>\n <desc>{escape(alt(chart))}</desc>\n"
    return f'{head}{tag}{opening} role="img"{close} {named}{body}'


def draw(chart: Chart) -> str:
    """The chart as an SVG document, named and described."""
    if isinstance(chart, TimeChart):
        svg = draw_time(chart)
    elif isinstance(chart, ClaimChart):
        svg = draw_claims(chart)
    else:
        svg = draw_network(chart)
    return labelled(svg, chart)


def _chart_page(state: None, chart: Chart) -> OutputPage | Diagnostic:
    try:
        return OutputPage(chart.path, draw(chart), SOURCE)
    except Exception as exc:  # one chart's fault is that chart's error, never the build's end
        return internal_error(f"docs/{chart.path}", "drawing a chart", exc)


def _not_drawn(chart: Chart, problem: LostTask) -> Diagnostic:
    """The error of a chart whose task the Dask cluster could not finish."""
    return internal_error(f"docs/{chart.path}", "drawing a chart", problem)


def chart_pages(
    charts: list[Chart], drawn: dict[str, str] | None = None
) -> tuple[list[OutputPage], list[Diagnostic]]:
    """`charts` (from `every_chart`) as SVG files under docs/charts/, in order, taking the
    SVG of a chart from `drawn` (by path) where it was drawn before; and an error for each
    chart that could not be drawn (its last good file is kept)."""
    drawn = drawn or {}
    missing = [chart for chart in charts if chart.path not in drawn]
    if missing:
        import matplotlib.figure  # noqa: F401  (imported once, before the workers fork)
    # A chart takes 50 ms (a small site) to 200 ms (ten thousand articles: 60 periods) to
    # draw, a fork some 20 ms: from a handful on, worth two workers, one chart at a time.
    fresh = iter(
        parallel_map(_chart_page, missing, None, "charts", minimum=6, chunk=1, lost=_not_drawn)
    )
    pages, problems = [], []
    for chart in charts:
        result = (
            OutputPage(chart.path, drawn[chart.path], SOURCE)
            if chart.path in drawn
            else next(fresh)
        )
        if isinstance(result, OutputPage):
            pages.append(result)
        else:
            problems.append(result)
    return pages, problems
