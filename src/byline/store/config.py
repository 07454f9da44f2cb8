"""The settings file, ``config.toml`` in the config directory: read it, or write the commented
default (`byline config --init`).

A file that cannot be read or parsed, or that holds a wrong value, never stops Byline: the
problem becomes one warning and the defaults are used for what was wrong.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from byline.core.config import MAX_WIDTH, MIN_WIDTH, UserConfig, config_from_toml
from byline.core.errors import BylineError
from byline.store.files import write_atomically

CONFIG_FILE = "config.toml"

DEFAULT_CONFIG = f"""\
# Byline's settings. Every line is optional: remove the leading "# " to use one.
# What this file sets applies at every start, over what the reader remembers.

# The colour theme: any of Textual's (ctrl+p, then "Theme", lists them),
# such as "textual-dark", "textual-light", "nord", "gruvbox", "dracula".
# theme = "textual-light"

[highlights]
# Highlight named entities in the text (the e key turns them on and off).
# entities = true
# Which types: PERSON ORG GPE LOC NORP FAC PRODUCT EVENT LAW WORK_OF_ART
# DATE PERCENT MONEY QUANTITY. By default the names of people, organisations,
# places and works:
# types = ["PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART"]

[reader]
# The widest the text column gets, in cells ({MIN_WIDTH} to {MAX_WIDTH}; + and - change it).
# width = 78

[keys]
# Key remapping: a binding's id = the keys for it, separated by commas. The user
# guide ("Settings file") lists the ids; keys are named as Textual names them ("ctrl+n",
# "right_square_bracket", "question_mark"). The keys given replace the binding's own.
# next-section = "right_square_bracket,l"
# previous-section = "left_square_bracket,H"
# line-down = "j,down,ctrl+e,ctrl+n"
"""


def config_path(directory: Path) -> Path:
    """Where the settings file is (it may not exist)."""
    return directory / CONFIG_FILE


def load_config(directory: Path) -> tuple[UserConfig, str | None]:
    """The settings of ``config.toml`` in `directory` (defaults when there is none), and one
    warning naming everything that was ignored, if anything was."""
    path = config_path(directory)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return UserConfig(), None
    except OSError as error:
        return UserConfig(), f"{path}: cannot be read ({error.strerror or error}); using defaults"
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return UserConfig(), f"{path}: is not UTF-8 text; using the defaults"
    except tomllib.TOMLDecodeError as error:
        return UserConfig(), f"{path}: is not valid TOML ({error}); using the defaults"
    config, problems = config_from_toml(data)
    if not problems:
        return config, None
    return config, f"{path}: ignored: {'; '.join(problems)}"


def write_default_config(directory: Path, *, force: bool = False) -> Path:
    """Write the commented default settings file and return its path.

    Raises:
        BylineError: When the file exists (unless `force`) or cannot be written.
    """
    path = config_path(directory)
    if path.exists() and not force:
        raise BylineError(f"{path}: already exists; --force overwrites it")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        write_atomically(path, DEFAULT_CONFIG)
    except OSError as error:
        raise BylineError(f"{path}: cannot be written ({error.strerror or error})") from None
    return path
