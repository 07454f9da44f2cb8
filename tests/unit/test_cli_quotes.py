"""``byline quotes`` in text: each quotation's words as the quote panel shows them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from byline.__main__ import main

STORY = """---
title: Harbour plan approved
id: harbour-plan
---

The council approved the harbour plan on Tuesday.

"This is the best day for the town in twenty years," said Mayor Alice Brennan.
"""


def test_quotes_leave_out_the_comma_that_ends_the_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = tmp_path / "harbour.md"
    story.write_text(STORY, encoding="utf-8")
    assert main(["quotes", str(story)]) == 0
    assert capsys.readouterr().out == (
        "§1  Alice Brennan: “This is the best day for the town in twenty years”\n"
    )
    # JSON keeps the words as written, comma included: scripts read them as they are.
    assert main(["quotes", "--json", str(story)]) == 0
    [quote] = json.loads(capsys.readouterr().out)
    assert quote["text"] == "This is the best day for the town in twenty years,"


def test_a_quotation_without_a_speaker_is_called_what_the_quote_panel_calls_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = tmp_path / "sign.md"
    story.write_text(
        "---\ntitle: Sign\n---\n\n"
        'A sign on the gate read: "No entry to the harbour after dark, by order."\n',
        encoding="utf-8",
    )
    assert main(["quotes", str(story)]) == 0
    # The word the quote panel shows (`byline.core.quotes.model.UNATTRIBUTED`).
    assert capsys.readouterr().out == (
        "§1  Unattributed: “No entry to the harbour after dark, by order.”\n"
    )
    assert main(["quotes", "--json", str(story)]) == 0
    [quote] = json.loads(capsys.readouterr().out)
    assert quote["speaker"] is None  # scripts get null, not a word
