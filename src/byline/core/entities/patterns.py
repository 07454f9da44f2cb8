"""Precompiled patterns of the entity recogniser: numbers, dates and amounts; runs of
capitalised words; and the small shapes the label rules test (initials, acronyms, channels).

The cue-word lists live in :mod:`.rules`.
"""

from __future__ import annotations

import re

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAYS = frozenset(_WEEKDAYS.split("|"))
_NUMWORD = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    "|forty|fifty|sixty|hundred|a hundred"
)
_NUM = r"\d+(?:[.,]\d+)*"
# Words before "May"/"March"/"August" that make them months (checked by lookbehind).
_MONTH_CUES = "in on by since until from last next early late mid during"
_UNIT = (
    r"mm|cm|km|kg|mg|lbs?|tonnes?|tons?|miles?|metres?|meters?|feet|ft|inches|inch|acres?"
    r"|hectares?|litres?|liters?|gallons?|barrels?|mph|km/h|kph|kilometres?|kilometers?"
    r"|kilograms?|grams?|megawatts?|MW|GW|kW|kWh|degrees?|yards?|sq km|square miles"
)

NUMERIC_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "MONEY",
        re.compile(
            r"(?:US\$|A\$|C\$|HK\$|[$£€¥₹])\s?"
            + _NUM
            + r"(?:\s?(?:bn|m|tn|k|million|billion|trillion|thousand)\b)?"
            + r"|\b"
            + _NUM
            + r"(?:\s(?:million|billion|trillion))?\s"
            r"(?:dollars|euros|pounds sterling|yen|rupees|roubles|rubles|lira|yuan|francs"
            r"|pence|cents)\b"
        ),
    ),
    (
        "PERCENT",
        re.compile(
            r"\b(?:" + _NUM + "|" + _NUMWORD + r")\s?(?:%|per ?cent\b|percent\b)"
            r"|\b" + _NUM + "%"
        ),
    ),
    ("QUANTITY", re.compile(r"\b" + _NUM + r"\s?(?:" + _UNIT + r")\b")),
    (
        "DATE",
        re.compile(
            r"\b(?:\d{1,2}(?:st|nd|rd|th)?(?:\s(?:or|and|to)\s|[-–])?)?"
            r"\d{1,2}(?:st|nd|rd|th)?\s(?:" + _MONTHS + r")\.?\b(?:,?\s\d{4}\b)?"
            r"|\b(?:" + _MONTHS + r")\.?(?:\s\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s\d{4}\b)"
            r"|\b(?:" + _MONTHS + r")\.?\s\d{1,2}(?:st|nd|rd|th)?\b"
            r"|\b(?:" + _WEEKDAYS + r")\b"
            r"|\b(?:January|February|April|June|July|September|October|November|December)\b"
            r"|(?:" + "|".join(rf"(?<=\b{w} )" for w in _MONTH_CUES.split()) + r")"
            r"(?P<v>May|March|August)\b(?!,?\s\d)"
            r"|\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Pp]revious|[Cc]oming|[Ff]ollowing) "
            r"(?:week|weekend|month|year|quarter|decade|century|season|summer|spring|autumn"
            r"|winter|fall)\b"
            r"|\b(?:first|second|third|fourth|final) quarter\b"
            r"|\b(?:" + _NUM + "|" + _NUMWORD + r")(?: and a half)?[- ]"
            r"(?:day|week|month|year|decade|century)s?\b(?!-old)"
            r"|\b(?:1[5-9]|20)\d0s\b"
            r"|\b(?:today|yesterday|tomorrow)\b"
            r"|(?<![\d,.$£€])\b(?:1[6-9]\d\d|20\d\d)\b(?!\d|,\d|\.\d|\s?(?:%|per|[a-z]{2,}s\b))"
        ),
    ),
)

# Words at which a numeric pattern may start (besides digits and currency signs).
_TRIGGER_WORDS = """last next Last Next This Past Previous Coming Following this past previous
coming following first second third fourth final today yesterday tomorrow US A C HK hundred"""
NUMERIC_TRIGGERS = frozenset((_MONTHS + "|" + _WEEKDAYS + "|" + _NUMWORD).split("|")).union(
    _TRIGGER_WORDS.split()
)
# Digits and currency signs: the other places a numeric pattern may start.
NUMERIC_GATE_RE = re.compile(r"\d+|[$£€¥₹]")
# Letter words, to learn which trigger words occur at all.
LETTER_WORD_RE = re.compile(r"[A-Za-z]+")


UPPER_CHARS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# A dot joins letters ("U.S.", "Shopvane.com") but not a word and a capital after it: a
# missing space after a full stop ("Glass Orchard.Those guys").
_WORD_TAIL = r"(?:[\w&]|['’](?![sS]\b)(?=\w)|-(?=\w)|\.(?=\w)(?![A-Z](?<=[a-z]{2}\.[A-Z])))*"
# A capitalised token, an alphanumeric model code ("T929") or an ordinal ("2nd").
CAP_TOKEN = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Mt|Jr|Sr|Inc|Co|Corp)\."
    r"|(?:[A-Z]\.){2,4}(?![\w.])"  # dotted abbreviations with their last dot: "U.S.", "U.K."
    r"|[" + UPPER_CHARS + r"]\.(?=\s[" + UPPER_CHARS + r"])"
    r"|[" + UPPER_CHARS + r"]" + _WORD_TAIL + r")"
)
_CONNECTOR = r"(?:of|for|de|del|dal|da|di|du|van|von|der|den|la|le|bin|al|y|and|&|of the|on)"
RUN_RE = re.compile(
    r"(?<![\w’'])(?:\d+(?:st|nd|rd|th) )?"
    + CAP_TOKEN
    + r"(?:(?: | "
    + _CONNECTOR
    + r" )"
    + CAP_TOKEN
    + r")*"
    + r"(?: \d{1,3}\b(?![\d.,%:-]| ?(?:"
    + _UNIT
    + r"|per|m|bn)\b))?"
)
TOKEN_RE = re.compile(r"\S+")
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
MODEL_CODE_RE = re.compile(r"^(?=[A-Z0-9-]*\d)(?=.*[A-Za-z])[A-Z0-9][A-Za-z0-9-]*$")
ABBREV_END_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Mt|Jr|Sr|Inc|Co|Corp|"
    r"vs|etc|No|[A-Z])\.)\s*$"
)
NEXT_WORD_RE = re.compile(r"\s*([,]?)\s*([A-Za-z][\w'’-]*)")
POSSESSIVE_RE = re.compile(r"['’]s\b|['’](?=\s)")  # use with .match(text, pos)
ACRONYM_DEF_RE = re.compile(r"^\s\(([A-Z][A-Za-z0-9&]{1,9})\)")

# An initial: "R", "J.", "J.K." (before a surname).
INITIAL_RE = re.compile(r"^(?:[A-Z]\.?|(?:[A-Z]\.){2,3})$")
# A channel written as one token: "ITV1", "MTV2", "BBC2".
CHANNEL_CODE_RE = re.compile(r"^[A-Z]*(?:TV|BBC)\d{1,2}$")
# ", who were/are/have": the name before is a group, not one person.
PLURAL_WHO_RE = re.compile(r",\s+who\s+(?:were|are|have)\b")
# A team sheet: initials and a surname, then the club in brackets ("R Smith (Leeds),").
# Several of these in one article make it a sports report whatever its wording.
TEAM_SHEET_RE = re.compile(
    r"(?<![\w.])[A-Z]{1,2}\.? (?:[a-z]{1,3} )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? \([A-Z]"
)
