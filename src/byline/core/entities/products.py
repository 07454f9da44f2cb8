"""One decision per article: is a name labelled an organisation a maker's product?

Short product names (``DS``, ``PSP``, model names in capitals) have the shape of an
organisation's acronym, and a one-word product is as capitalised as its maker. The article
tells them apart by how it treats the name as a whole:

* a thing has ``the`` before it (``the Qx can run``, ``the Qx is cheaper``), as a maker in
  news rarely has, though an acronym-named body often has (``the FBI``);
* and the name either stands before a word for a device (``the Qx console``, ``a Qx
  handheld``) or belongs to an organisation by a possessive (``Vellum's Qx``: its maker). A
plural (``the Lions``) is a team or a band, never one product.

When both hold and no mention has an organisation's words around it (``Qx announced``,
``Qx's shares``, ``a spokesman for Qx``), every mention of the name is a PRODUCT.
"""

from __future__ import annotations

import re

from byline.core.entities.chunks import Cand
from byline.core.entities.evidence import org_context

__all__ = ["settle_products"]

#: Devices and their parts named after the product (general English nouns).
_DEVICE_AFTER = re.compile(
    r" (?:console|consoles|handheld|handhelds|handset|handsets|gadget|gadgets|laptop|laptops|"
    r"desktop|notebook|tablet|smartphone|games\s+machine|version)\b"
)
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_PLURAL = re.compile(r"[a-z]s$")


def settle_products(text: str, cands: list[Cand]) -> list[Cand]:
    """Relabel ``PRODUCT`` the names labelled ``ORG`` that the article treats as a thing (see
    the module); in place, the list is returned."""
    names: dict[str, list[Cand]] = {}
    makers: set[int] = set()  # where an organisation's possessive ends: "Vellum's |"
    for c in cands:
        if c.label == "ORG":
            names.setdefault(text[c.start : c.end], []).append(c)
            if text.startswith(("'s ", "’s "), c.end):
                makers.add(c.end + 3)
    for surface, mentions in names.items():
        if _PLURAL.search(surface) or not any(
            _THE_BEFORE.search(text, max(0, c.start - 4), c.start) for c in mentions
        ):
            continue  # "the Lions": a team's plural name
        device = any(_DEVICE_AFTER.match(text, c.end) for c in mentions)
        owned = any(c.start in makers for c in mentions)
        if (device or owned) and not any(org_context(text, c) for c in mentions):
            for c in mentions:
                c.label = "PRODUCT"
    return cands
