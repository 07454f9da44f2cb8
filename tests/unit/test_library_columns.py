"""How the library list's columns share the width (`byline.ui.library.columns.fit`)."""

from __future__ import annotations

from byline.ui.library.columns import GAP, TITLE_FLOOR, TITLE_MIN, Column, fit

COLUMNS = (
    Column("", 9),
    Column("Title", 0),
    Column("Source", 18, drop=3),
    Column("Date", 10, drop=1),
    Column("Progress", 15),
    Column("Last read", 11, drop=2),
)
FULL = [9, 0, 18, 10, 15, 11]


def title(widths: list[int], width: int) -> int:
    return width - sum(w + GAP for i, w in enumerate(widths) if w and i != 1) - GAP


def test_the_title_takes_what_the_other_columns_leave() -> None:
    widths = fit(COLUMNS, FULL, 120)
    assert widths == [9, title(widths, 120), 18, 10, 15, 11]
    assert widths[1] == 120 - (9 + 18 + 10 + 15 + 11) - 6 * GAP


def test_an_empty_column_takes_no_room() -> None:
    widths = fit(COLUMNS, [9, 0, 0, 0, 15, 11], 120)
    assert widths[2:4] == [0, 0]
    assert widths[1] == 120 - (9 + 15 + 11) - 4 * GAP


def test_a_column_is_as_wide_as_its_widest_cell_or_header() -> None:
    widths = fit(COLUMNS, [9, 0, 4, 10, 15, 5], 120)
    assert widths[2] == len("Source")  # the header is wider than "BBC"
    assert widths[5] == len("Last read")
    assert fit(COLUMNS, [9, 0, 40, 10, 15, 11], 120)[2] == 18  # at most its limit


def test_narrow_lines_drop_optional_columns_in_order_for_the_title() -> None:
    widths = fit(COLUMNS, FULL, 80)
    assert widths[3] == 0  # Date goes first
    assert widths[1] >= TITLE_MIN
    assert widths[2] == 18  # Source stays while the title has its room
    narrow = fit(COLUMNS, FULL, 60)
    assert narrow[3] == narrow[5] == 0  # then Last read
    tiny = fit(COLUMNS, FULL, 20)
    assert tiny[2:4] == [0, 0] and tiny[5] == 0
    assert tiny[1] == TITLE_FLOOR  # nothing left to drop: the title keeps a floor
