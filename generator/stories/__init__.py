"""Stage 3, stories: `Article`s in, `Story` groups out (articles reporting the same event).

Scores pairs of articles across languages (`linking`), joins the linked ones, and applies the
editors' story files in `seeds/stories/` (titles, pins, exclusions), reporting their problems as
`Diagnostic`s. Also finds articles with nearly the same text (`duplicates`). Pure: the story
files arrive already read.
"""

from generator.stories.duplicates import DuplicateIndex, near_duplicate_pairs
from generator.stories.grouping import LINK_SCORE, Story, group_stories, read_story_files
from generator.stories.linking import Linker

__all__ = [
    "LINK_SCORE",
    "DuplicateIndex",
    "Linker",
    "Story",
    "group_stories",
    "near_duplicate_pairs",
    "read_story_files",
]
