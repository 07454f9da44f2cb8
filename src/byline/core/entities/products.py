"""One decision per article: is a name labelled an organisation a maker's product?

Short product names (``QX``, ``ZPS``, model names in capitals) have the shape of an
organisation's acronym, and a one-word product is as capitalised as its maker. The article
tells them apart by how it treats the name as a whole:

* a thing has ``the`` before it (``the Qx can run``, ``the Qx is cheaper``), as a maker in
  news rarely has, though an acronym-named body often has (``the FBI``);
* and the name either stands before a word for a device (``the Qx console``, ``a Qx
  handheld``) or belongs to an organisation by a possessive (``Vellum's Qx``: its maker). A
plural (``the Lions``) is a team or a band, never one product.

When both hold and no mention has an organisation's words around it (``Qx announced``,
``Qx's shares``, ``a spokesman for Qx``), every mention of the name is a PRODUCT.

A lower-case model word right after a maker's or a product's name belongs to the product's
name (``Qx mini``, ``Qx shuffle``, ``Qx nano``): the naming convention of compact models.

The other way round, a one-word name the article shows as a maker is an organisation in
every mention, though a noun after some of them made those products (``Qx users``, ``a Qx
account``, ``Qx phones``: the maker's name as a modifier): a kind of organisation before it
(``net telephony firm Qx``), a product it owns by a possessive (``Qx's Series 9
software``), or a company's acts (``Qx announced``, ``Qx said it would``).
"""

from __future__ import annotations

import re

from byline.core.entities import rules as R
from byline.core.entities.chunks import Cand, prev_word
from byline.core.entities.evidence import acts_as_body, org_context

__all__ = ["model_words", "settle_products"]

#: Devices and their parts named after the product (general English nouns).
_DEVICE_AFTER = re.compile(
    r" (?:console|consoles|handheld|handhelds|handset|handsets|gadget|gadgets|laptop|laptops|"
    r"desktop|notebook|tablet|smartphone|games\s+machine|version)\b"
)
_THE_BEFORE = re.compile(r"\b[Tt]he $")
#: Lower-case words that name a compact model after its line's name (general English).
_MODEL_WORD = re.compile(r" (?:mini|shuffle|nano)(?![\w-])")
_PLURAL = re.compile(r"[a-z]s$")


def settle_products(text: str, cands: list[Cand]) -> list[Cand]:
    """Relabel ``PRODUCT`` the names labelled ``ORG`` that the article treats as a thing, and
    ``ORG`` the one-word names it shows as makers (see the module); in place, the list is
    returned."""
    _settle_makers(text, cands)
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


#: Nouns of a kind of organisation written before its name (``firm Qx``, ``maker Qx``).
_KIND_BEFORE = R.ORG_CONTEXT_BEFORE | R.ORG_KIND_NOUNS


def _settle_makers(text: str, cands: list[Cand]) -> None:
    """Label ``ORG`` every mention of a one-word name, some labelled ``PRODUCT``, that the
    article shows as a maker (see the module)."""
    names: dict[str, list[Cand]] = {}
    for c in cands:
        if c.label in ("ORG", "PRODUCT"):
            surface = text[c.start : c.end]
            if " " not in surface:
                names.setdefault(surface, []).append(c)
    products = {c.start for c in cands if c.label == "PRODUCT" and c.strong}
    for mentions in names.values():
        if all(c.label == "ORG" for c in mentions):
            continue
        if any(_maker(text, c, products) for c in mentions):
            for c in mentions:
                c.label = "ORG"


def _maker(text: str, c: Cand, products: set[int]) -> bool:
    """Is this mention a maker's: after a kind of organisation (a cue that made it one), the
    owner of a product by a possessive, or acting as a company does?"""
    if c.label == "ORG" and c.strong and prev_word(text, c.start) in _KIND_BEFORE:
        return True
    if text.startswith(("'s ", "’s "), c.end) and c.end + 3 in products:
        return True
    return acts_as_body(text, c)


def model_words(text: str, cands: list[Cand]) -> None:
    """Extend an organisation's or a product's name over a model word after it (``Qx
    mini``): the whole is the product, a cue of its own (no guess)."""
    for i, c in enumerate(cands):
        if c.label not in ("ORG", "PRODUCT", "PERSON"):
            continue  # "Qx" may have looked like a given name
        surface = text[c.start : c.end]
        if surface.endswith(" Mini") and not (c.label == "PERSON" and c.strong):
            c.label, c.strong, c.guess = "PRODUCT", True, False  # "Qx Mini" in title case
            continue
        m = _MODEL_WORD.match(text, c.end)
        if m and (i + 1 == len(cands) or cands[i + 1].start >= m.end()):
            c.end, c.label, c.strong, c.guess = m.end(), "PRODUCT", True, False
