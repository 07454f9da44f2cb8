"""The words bylines are made of, shared by the importers of web pages and of plain text: job
titles in journalism and the particles inside people's names. General English, nothing from
one site."""

from __future__ import annotations

import re

ROLE_WORDS = frozenset(
    re.findall(
        r"\w+",
        """senior staff chief contributing political special deputy associate assistant
        managing executive foreign local national city digital investigative sports business
        health science technology culture arts opinion travel features news data video audio
        writer writers reporter reporters correspondent correspondents contributor
        contributors editor editors columnist journalist journalists producer photographer
        analyst intern freelance guest author""",
    )
)
"""Words a byline's role is made of ("Senior Political Correspondent"): English job titles
in journalism and the desks they name."""
ROLE_NOUNS = frozenset(
    re.findall(
        r"\w+",
        """writer writers reporter reporters correspondent correspondents contributor
        contributors editor editors columnist journalist journalists producer photographer
        analyst intern author""",
    )
)
"""The nouns a role ends with ("Senior Political Correspondent")."""
NAME_PARTICLES = frozenset(
    re.findall(
        r"\w+", "de del della da di du dos das van von der den ter ten la le al el bin ibn y"
    )
)
"""Lower-case words inside a person's name ("Ana de la Cruz", "Ahmed bin Said")."""
ROLE_PATTERN = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
"""`ROLE_NOUNS` as a regular-expression alternation (longest first)."""
