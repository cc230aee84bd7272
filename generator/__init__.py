"""Briefing: turn a pile of news articles in seeds/ into a searchable MkDocs site in docs/.

The subpackages are the stages, in the order a build runs them; each imports only from the
ones before it (and from `model`, the records they pass, and `workers`):

    read -> enrich -> stories -> names -> render -> write

At the top only the orchestration: `cli` (the commands), `pipeline` (the order of the stages),
`check` (the pull-request gate), `model` (the frozen records), `workers` (the process pool) and
`mkdocs_hooks` (MkDocs' side). `synth` writes synthetic corpora for the benchmark.
"""
