"""Headings next to photos in a copied page (`importer.figures`), on texts written here:
a copy sets its paragraphs and headings apart with blank lines, while a photo's
alternative text, caption and credit follow each other line by line."""

from __future__ import annotations

from byline.core.article.importer import recognise

P1 = (
    "The ferry company said on Monday that the new boats would enter service in the spring, "
    "a year later than it had promised."
)
P2 = (
    "Engineers found faults in the engines of the first two boats during sea trials in "
    "the autumn, and the yard had to replace them."
)
P3 = (
    "Passengers on the island route have waited for new boats for more than a decade, and "
    "the old ones break down every winter."
)
P4 = (
    "The company will publish a new timetable in March, once it knows when the crews have "
    "finished their training on the new boats."
)
TOP = "Harbour ferries delayed again\n\nBy Ines Varga\nMarch 4, 2024\n\n"


def headings(*blocks: str) -> list[str]:
    text = TOP + "\n\n".join(blocks) + "\n"
    return [line for kind, line in recognise(text).body if kind == "heading"]


def test_a_heading_under_a_photos_alternative_text_and_caption() -> None:
    photo = "A ferry at the quay\nThe new boats at the yard"
    assert headings(P1, P2, photo, "Faults in the engines", P3, P4) == ["Faults in the engines"]


def test_a_heading_under_a_caption_that_ends_with_its_credit() -> None:
    photo = "A ferry at the quay. Photograph: Ana Ruiz/Harbour Times"
    assert headings(P1, P2, photo, "Faults in the engines", P3, P4) == ["Faults in the engines"]


def test_a_heading_over_a_photo_and_its_caption() -> None:
    photo = "A ferry at the quay\nThe new boats at the yard"
    assert headings(P1, P2, "Faults in the engines", photo, P3, P4) == ["Faults in the engines"]


def test_a_title_with_a_line_glued_under_it_is_a_box_not_a_heading() -> None:
    box = (
        "How the new ferries were built\n"
        "A look inside the yard where the boats are made, from the first weld to the last "
        "coat of paint."
    )
    assert headings(P1, P2, box, P3, P4) == []


def test_a_text_without_blank_lines_between_paragraphs_keeps_its_headings() -> None:
    text = "\n".join(["Harbour ferries delayed again", P1, P2, "Faults in the engines", P3, P4])
    found = [line for kind, line in recognise(text).body if kind == "heading"]
    assert found == ["Faults in the engines"]


def test_a_link_to_a_gallery_behind_its_label_is_dropped_not_made_a_caption() -> None:
    text = TOP + "\n\n".join([P1, P2, "Photos: Storm damage along the harbour wall", P3]) + "\n"
    body = recognise(text).body
    assert [kind for kind, _ in body] == ["paragraph"] * 3
    assert "Storm damage" not in " ".join(line for _, line in body)


def test_a_photo_credit_behind_the_same_label_stays_a_caption() -> None:
    text = TOP + "\n\n".join([P1, "A ferry at the quay", "Photo: courtesy of Ana Ruiz", P2]) + "\n"
    assert ("caption", "A ferry at the quay\nPhoto: courtesy of Ana Ruiz") in recognise(text).body
