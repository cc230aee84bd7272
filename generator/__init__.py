"""Briefing: turn a pile of news articles in seeds/ into a searchable MkDocs site in docs/."""
