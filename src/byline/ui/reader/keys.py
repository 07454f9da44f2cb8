"""The reader's keys, declared once: the key bar and the help show each one's description,
and the command palette lists those with a tooltip (the tooltip is its help line)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

READER_KEYS: list[BindingType] = [
    Binding(
        "right_square_bracket",
        "next_section",
        "Next §",
        tooltip="Jump to the next section",
        id="next-section",
    ),
    Binding(
        "left_square_bracket",
        "previous_section",
        "Prev §",
        tooltip="Jump to the previous section",
        id="previous-section",
    ),
    *(
        Binding(
            str(n), f"count_digit({n})", "A count (5j), or N Enter", show=False, id=f"digit-{n}"
        )
        for n in range(10)
    ),
    Binding(
        "s,enter",
        "count_section",
        "Section N (5 Enter)",
        show=False,
        id="count-section",
    ),
    Binding(
        "t",
        "toggle_sidebar",
        "Sidebar",
        tooltip="Show or hide the table of contents",
        id="toggle-sidebar",
    ),
    Binding(
        "slash",
        "search",
        "Search",
        tooltip="Find text; n and N step through matches",
        id="search",
        priority=True,  # before the keys typed next are routed: they are the query's
    ),
    Binding(
        "question_mark",
        "search_backward",
        "Search back",
        show=False,
        tooltip="Find text backward, as ? in less and vim; n then goes up",
        id="search-backward",
        priority=True,
    ),
    Binding("n", "next_match", "Next match", show=False, id="next-match"),
    Binding("N", "previous_match", "Previous match", show=False, id="previous-match"),
    Binding("escape", "clear_search", "Clear search", show=False, id="clear-search"),
    Binding(
        "e",
        "toggle_entities",
        "Highlights",
        show=False,
        tooltip="Highlight named entities in the text, or not",
        id="toggle-entities",
    ),
    Binding(
        "E",
        "entity_panel",
        "Who & what",
        tooltip="Entities: people, organisations, places ... by type",
        id="entity-panel",
    ),
    Binding("full_stop", "next_mention", "Next mention", show=False, id="next-mention"),
    Binding("comma", "previous_mention", "Prev mention", show=False, id="previous-mention"),
    Binding(
        "quotation_mark",
        "quote_panel",
        "Quotes",
        tooltip="Every quotation with its speaker; searchable",
        id="quote-panel",
    ),
    Binding(
        "m",
        "add_bookmark",
        "Mark",
        show=False,
        tooltip="Add a bookmark at the current position",
        id="add-bookmark",
    ),
    Binding(
        "apostrophe",
        "bookmarks",
        "Marks",
        show=False,
        tooltip="List bookmarks and jump to one",
        id="bookmarks",
    ),
    Binding(
        "o",
        "links",
        "Links",
        show=False,
        tooltip="List the article's links: Enter opens one in the browser, y copies it",
        id="links",
    ),
    Binding(
        "Y",
        "copy_paragraphs",
        "Copy paragraph",
        show=False,
        tooltip="Copy the paragraph at the top as Markdown with a citation (3Y: three)",
        id="copy-paragraph",
    ),
    Binding(
        "v",
        "edit",
        "Edit",
        show=False,
        tooltip="Open the article in $VISUAL or $EDITOR at this place; it reloads after",
        id="edit",
    ),
    Binding("f1,h", "help", "Help", tooltip="Show every key binding", id="help"),
]
"""Bindings of `ReaderScreen`; `check_action` there hides or dims them."""

ARTICLE_KEYS: list[BindingType] = [
    Binding("j,down,ctrl+e", "scroll_down", "Line down", show=False, id="line-down"),
    Binding("k,up,ctrl+y", "scroll_up", "Line up", show=False, id="line-up"),
    Binding("space,pagedown,f,ctrl+f", "page_down", "Page down", show=False, id="page-down"),
    Binding("b,pageup,ctrl+b", "page_up", "Page up", show=False, id="page-up"),
    Binding("d,ctrl+d", "half_page_down", "Half page down", show=False, id="half-page-down"),
    Binding("u,ctrl+u", "half_page_up", "Half page up", show=False, id="half-page-up"),
    Binding("g,home", "scroll_home", "Top", show=False, id="top"),
    Binding("G,end", "scroll_end", "End", show=False, id="end"),
    Binding("plus", "wider", "Wider", show=False, tooltip="Widen the text column", id="wider"),
    Binding(
        "minus",
        "narrower",
        "Narrower",
        show=False,
        tooltip="Narrow the text column",
        id="narrower",
    ),
    Binding(
        "equals_sign",
        "default_width",
        "Default width",
        show=False,
        tooltip="Put the text column back to its default width",
        id="default-width",
    ),
]
"""Bindings of `ArticleView`: motions as in less and vim (each takes a count, `5j`: see
`byline.ui.reader.counts`), and the reading width."""

KEY_BAR_DROP_ORDER = (
    "library",
    "previous-section",
    "toggle-sidebar",
    "next-section",
    "entity-panel",
    "quote-panel",
    "search",
    "toggle-fragments",
    "leave-quote-panel",
    "leave-entity-panel",
)
"""Binding ids of the keys the key bar leaves out first when the terminal is narrow (least
important first): help and quit stay to the last."""
