"""Entity corrections: per article (front matter ``entities:``) and per user (config dir).

The user-level file is ``entities.yaml`` in the config directory, with the same keys as the
front matter (``add``, ``relabel``, ``suppress``). Article corrections win over the user's.
A malformed file or block is reported and ignored, never fatal.
"""

from __future__ import annotations

from pathlib import Path

from byline.core.analysis import article_corrections
from byline.core.article import Article
from byline.core.entity_types import EntityCorrections

USER_CORRECTIONS_FILE = "entities.yaml"


def user_corrections(config_directory: Path) -> tuple[EntityCorrections, list[str]]:
    """The user's corrections file, or none; with warnings for anything wrong with it."""
    path = config_directory / USER_CORRECTIONS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return EntityCorrections(), []
    except (OSError, UnicodeDecodeError) as error:
        return EntityCorrections(), [f"{path}: cannot be read ({error}); ignored"]
    import yaml  # only when there is a file: most readers have none

    try:
        return EntityCorrections.from_mapping(yaml.safe_load(text)), []
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        problem = str(error).splitlines()[0] if str(error) else "malformed"
        return EntityCorrections(), [f"{path}: {problem}; ignored"]


def corrections_for(
    article: Article, config_directory: Path
) -> tuple[EntityCorrections, list[str]]:
    """The user's corrections with the article's own on top, and warnings."""
    corrections, warnings = user_corrections(config_directory)
    try:
        corrections = corrections.merged(article_corrections(article))
    except ValueError as error:
        warnings.append(f"{article.meta.title}: front matter 'entities' ignored: {error}")
    return corrections, warnings
