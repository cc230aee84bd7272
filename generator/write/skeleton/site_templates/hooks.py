"""Briefing's MkDocs hooks, from the installed generator (mkdocs.yml `hooks:` takes a file)."""

from generator.mkdocs_hooks import *  # noqa: F403
