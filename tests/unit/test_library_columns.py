"""How the library list's columns share the width (`byline.ui.library.columns.fit`)."""

from __future__ import annotations

from byline.ui.library.columns import GAP, TITLE_FLOOR, TITLE_MIN, Column, fit, title_room

COLUMNS = (
    Column("", 9),
    Column("Title", 0),
    Column("Source", 18, drop=4, least=10),
    Column("Date", 10, drop=2),
    Column("Length", 7, drop=1),
    Column("Progress", 15),
    Column("Last read", 11, drop=3),
)
FULL = [9, 0, 18, 10, 7, 15, 11]


def title(widths: list[int], width: int) -> int:
    return width - sum(w + GAP for i, w in enumerate(widths) if w and i != 1) - GAP


def test_the_title_takes_what_the_other_columns_leave() -> None:
    widths = fit(COLUMNS, FULL, 160)
    assert widths == [9, title(widths, 160), 18, 10, 7, 15, 11]
    assert widths[1] == 160 - (9 + 18 + 10 + 7 + 15 + 11) - 7 * GAP


def test_an_empty_column_takes_no_room() -> None:
    widths = fit(COLUMNS, [9, 0, 0, 0, 7, 15, 11], 120)
    assert widths[2:4] == [0, 0]
    assert widths[1] == 120 - (9 + 7 + 15 + 11) - 5 * GAP


def test_a_column_is_as_wide_as_its_widest_cell_or_header() -> None:
    widths = fit(COLUMNS, [9, 0, 4, 10, 7, 15, 5], 160)
    assert widths[2] == len("Source")  # the header is wider than "BBC"
    assert widths[6] == len("Last read")
    assert fit(COLUMNS, [9, 0, 40, 10, 7, 15, 11], 160)[2] == 18  # at most its limit


def test_at_every_width_the_title_keeps_its_share_while_columns_can_give_way() -> None:
    for width in range(40, 201):
        widths = fit(COLUMNS, FULL, width)
        if widths[1] > TITLE_FLOOR:
            assert sum(w + GAP for w in widths if w) == width
        if any(widths[i] for i, c in enumerate(COLUMNS) if c.drop):
            assert widths[1] >= title_room(width) >= TITLE_MIN
        for column, shown, full in zip(COLUMNS, widths, FULL, strict=True):
            if column.width and shown:  # whole, or cut no further than it may be
                assert shown == full or column.least <= shown < full
        wider = fit(COLUMNS, FULL, width + 1)
        assert all(w for w, shown in zip(wider, widths, strict=True) if shown), width


def test_optional_columns_give_way_least_useful_first_and_source_is_cut_before_it_goes() -> None:
    names = [c.name for c in COLUMNS]

    def shown(width: int) -> dict[str, int]:
        return {n: w for n, w in zip(names, fit(COLUMNS, FULL, width), strict=True) if w}

    assert "Length" not in shown(120) and "Source" in shown(120)  # Length goes first
    at_80 = shown(78)  # an 80-column terminal, less the list's padding
    assert set(at_80) == {"", "Title", "Source", "Progress"}
    assert at_80["Source"] == 18
    cut = shown(68)
    assert 10 <= cut["Source"] < 18  # cut, not dropped, while cutting is enough
    assert "Source" not in shown(50)
    assert shown(20)["Title"] == TITLE_FLOOR  # nothing left to drop: the title keeps a floor


def test_short_titles_ask_for_no_more_room_than_they_need() -> None:
    assert title_room(120, title_natural=20) == 20
    assert title_room(120) == 40
    widths = fit(COLUMNS, [9, 20, 18, 10, 7, 15, 11], 110)
    assert all(widths)  # every column stays: the titles fit in what is left


def test_in_the_library_the_progress_bar_shortens_then_goes_before_the_title_is_squeezed() -> None:
    from byline.ui.library.screen import COLUMNS as LIBRARY

    names = [c.name for c in LIBRARY]
    for width in range(30, 201):
        shown = dict(zip(names, fit(LIBRARY, FULL, width), strict=True))
        if shown["Progress"]:
            assert shown["Title"] >= title_room(width), width
            assert shown["Progress"] in range(len("Progress"), 16)  # its header stays whole
    assert 8 <= dict(zip(names, fit(LIBRARY, FULL, 48), strict=True))["Progress"] < 15
    assert dict(zip(names, fit(LIBRARY, FULL, 30), strict=True))["Progress"] == 0
