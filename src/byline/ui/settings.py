"""Applying the settings file (``config.toml``) to the app: theme, highlights, reading width
as preferences, and key remapping through Textual's keymap (bindings by id)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingType

from byline.store.config import config_path, load_config

if TYPE_CHECKING:
    from byline.ui.app import BylineApp


def binding_ids(*owners: Iterable[BindingType]) -> set[str]:
    """The ids of the bindings in `owners` (their ``BINDINGS`` lists)."""
    return {b.id for bindings in owners for b in bindings if isinstance(b, Binding) and b.id}


def binding_owners() -> tuple[type[Any], ...]:
    """Every widget and screen with bindings a keymap may name: the reader, its panels,
    dialogs and screens."""
    from byline.ui.app import BylineApp
    from byline.ui.dialogs.bookmarks import BookmarksScreen
    from byline.ui.dialogs.help import HelpScreen
    from byline.ui.dialogs.links import LinksScreen
    from byline.ui.library.library_list import LibraryList
    from byline.ui.library.screen import LibraryScreen
    from byline.ui.library.speakers import SpeakerList, SpeakersScreen
    from byline.ui.reader.article_view import ArticleView
    from byline.ui.reader.entity_panel import EntityList, EntityPanel
    from byline.ui.reader.quote_panel import QuoteList, QuotePanel
    from byline.ui.reader.screen import ReaderScreen
    from byline.ui.reader.search_bar import SearchBar
    from byline.ui.reader.sections_sidebar import SectionsSidebar

    return (
        BylineApp,
        ReaderScreen,
        ArticleView,
        SectionsSidebar,
        SearchBar,
        EntityPanel,
        EntityList,
        QuotePanel,
        QuoteList,
        LibraryScreen,
        LibraryList,
        SpeakersScreen,
        SpeakerList,
        HelpScreen,
        BookmarksScreen,
        LinksScreen,
    )


def known_binding_ids() -> set[str]:
    """Every binding id a keymap may name: the reader's, and its dialogs' and screens' (as
    `byline.core.binding_ids.BINDING_IDS` lists them, for the settings file)."""
    return binding_ids(*(owner.BINDINGS for owner in binding_owners()))


def apply_settings(app: BylineApp) -> list[str]:
    """Read ``config.toml`` from the app's config directory and apply it; the warning to
    show, if anything in it was ignored (one for the whole file)."""
    config, warning = load_config(app.store.directory)
    warnings = [warning] if warning else []
    if config.theme is not None and config.theme not in app.available_themes:
        warnings.append(f"no theme named '{config.theme}'")
        config = replace(config, theme=None)
    changes: dict[str, object] = {}
    if config.theme is not None:
        changes["theme"] = config.theme
    if config.highlight_entities is not None:
        changes["highlight_entities"] = config.highlight_entities
    if config.entity_types is not None:
        changes["entity_types"] = config.entity_types
    if config.reading_width is not None:
        changes["reading_width"] = config.reading_width
    preferences = app.store.preferences
    if any(getattr(preferences, name) != value for name, value in changes.items()):
        app.store.set_preferences(**changes)
    if config.keys:  # only ids of bindings there are: `load_config` reports the others
        app.set_keymap(dict(config.keys))
    if warning is None and warnings:
        warnings.insert(0, f"{config_path(app.store.directory)}: ignored")
    return ["; ".join(warnings)] if warnings else []
