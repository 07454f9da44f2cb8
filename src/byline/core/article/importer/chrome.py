"""Lines that belong to the page around an article, not to the article: site chrome,
and the lines that end an article's text (comments, related links); photo credits.

The phrase lists are short and general (what share bars, ad slots, newsletter boxes and
comment sections say on any site), never names of outlets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from byline.core.article.importer.lines import CACHE_SIZE, is_running_text, word_count
from byline.core.article.importer.metadata import is_metadata

_SOCIAL = (
    r"facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|telegram|email|e-mail|print|"
    r"copy\ link|copy|flipboard|messenger|sms|tumblr|mail|share|tweet|comments?"
)
_PROMOTED = r"stories|content|links?|articles?|posts?|videos?"
CHROME_LINE = re.compile(
    rf"""^(?:
        site\ icon(?:\s.*)? | exit\ mobile\ version | menu\ content |
        (?:skip|go|jump)\ to(?:\ the)?(?:\ main)?\ (?:content|navigation|menu|search) |
        advertisements? | ad | sponsored(?:\ content)? | story\ continues\ below.* |
        (?:share|tweet|print|e-?mail|pin|save|gift)(?:\ (?:this|the))?
            (?:\ (?:article|story|page|post))?
            (?:\ (?:on|via)\ \w+)? |
        (?:click\ to\ |share\ on\ |follow\ (?:us\ )?on\ )\S.* |
        (?:{_SOCIAL})(?:[\s,|/·•]+(?:{_SOCIAL}))* |
        related(?:\ (?:articles?|posts?|stories|story|coverage|content|topics|reading|links?))? |
        (?:read|see)\ (?:more|next|also|the\ full\ story)(?:\ (?:about|on|from)\b.*)? |
        also\ read | recommended(?:\ for\ you)? | (?:most\ )?(?:popular|read|viewed|shared) |
        trending(?:\ now|\ stories)? | more\ (?:stories|news|videos?|from\b.*|in\b.*|on\b.*) |
        you\ (?:may|might)\ also\ like | don't\ miss | top\ stories | latest(?:\ news|\ stories)? |
        follow(?:\ us|\ @\S+|\ \w+|(?-i:(?:\ [A-Z][\w'’.-]+){{2,3}}))? | authors? | menu |
        search | close | home | back\ to\ top |
        log\ ?in | log\ ?out | sign\ (?:in|up|out) | register | subscribe(?:\ now|\ today)? |
        (?:sign\ up|subscribe|register)\ (?:for|to)\b.* | newsletters? |
        get\ (?:our|the)\ \w+\ newsletter.* | continue\ reading | show\ (?:more|less) |
        load\ more | listen(?:\ to\ this\ (?:article|story))?(?:\ \S+)? | toggle\ navigation |
        \d+\ (?:min(?:ute)?s?|mins?)\ read | reading\ time:?\ .* | (?:photo|image|video)s? |
        (?:slideshow|gallery|photos?)\ \(\d+\ (?:images|photos|pictures)\) |
        \d+\ (?:comments?|shares?|replies|responses) | comments?\ \(\d+\) | add\ a\ comment |
        leave\ a\ (?:comment|reply) | view\ comments | hide\ caption | toggle\ caption |
        enlarge\ this\ image | expand | open\ in\ app | tags?(?:\s*:.*)? | filed\ under(?:\s*:.*)? |
        topics?:? | previous | next | up\ next | donate | replay(?:\ video)? |
        (?:what\ to\ )?watch\ (?:next|now) | views?:?\ [\d,]+ | more:\ .+ | previous\ next |
        (?:source|via):\ \S+ | \d+ | view\ all\ results? | no\ results?(?:\ found)? |
        dark\ mode(?:\ go\ (?:to\ )?top)? | go\ (?:to\ )?top | social(?:\ (?:share|links|media))?
            (?:\ navigation)? | view\ this\ post\ on\ \w+ | featured\ videos? | keep\ reading |
        embed(?:\ <>)?(?:\ ?more\ videos)? | more\ videos | (?-i:[A-Z][\w&'.-]*\ ){{1,2}}logo |
        (?-i:[A-Z][\w&'.-]*\ ){{0,3}}newsletters? | (?:sign\ up\s*){{1,2}} | link\ copied |
        permalink\b.* | accept(?:\ all)?(?:\ cookies)? | reject(?:\ all)? |
        manage\ (?:preferences|cookies|settings|consent) | cookie\ (?:settings|preferences|policy) |
        privacy\ policy | terms\ of\ (?:use|service) | (?:enter\ )?your\ email(?:\ address)? |
        email\ address | thanks?(?:\ you)?\ for\ (?:signing\ up|subscribing)\b.* |
        (?:show\ )?key\ events(?:\ only)? | live(?:\ updates)? | pinned\ post | like\ this |
        like\ loading\W* | post\ navigation | search\ for | reply | recent\ posts |
        archives | categories |
        view\ (?:all\ )?(?:\d+\ )?comments? | (?:continue|keep)\ reading(?:\ below|\ the\ \w+)? |
        (?:article|story|content|text)\ continues\ (?:below|after|under)\b.* |
        scroll\ (?:down\ )?to\ (?:continue|read)\b.* | skip\ (?:ad|advert|advertisement) |
        (?:promoted|featured)(?:\ (?:{_PROMOTED}))? | (?:partner|paid)\ (?:{_PROMOTED}) |
        explore\ more(?:\ \w+)? |
        more\ (?:\w+\ ){{0,3}}(?:stories|news|articles|videos|reads|coverage)
    )[\s:.!>»›|]*$""",
    re.IGNORECASE | re.VERBOSE,
)
ENDS_ARTICLE = re.compile(
    r"""^(?:
        \d*\s*comments?(?:\s\(\d+\))? | leave\ a\ (?:comment|reply)(?:\ cancel\ reply)? |
        join\ the\ (?:conversation|discussion) |
        your\ email\ address\ will\ not\ be\ published.* | related(?:\ \w+)? |
        (?:most\ )?(?:popular|read) | trending(?:\ \w+)? | recommended(?:\ for\ you)? |
        you\ (?:may|might)\ also\ (?:like|be\ interested\ in) | more\ (?:stories|from|in|on)\b.* |
        read\ next | about\ the\ author | (?:related|more)\ (?:articles|stories|coverage) |
        (?:\w+\ )?recommends? | more\ about\b.* | keep\ reading | (?:what\ to\ )?watch\ next |
        (?:\w+\ )?comments?\ policy
    )[\s:.]*$""",
    re.IGNORECASE | re.VERBOSE,
)
"""Section titles after which a page holds no more of the article's text."""
LONG_CHROME = re.compile(
    r"^(?:to contact the (?:reporter|editor|author)|copyright\b|©|all rights reserved|"
    r"your email address will not be published|"
    r"you are using an? (?:old|older|outdated|unsupported) "
    r"(?:browser|version)|"
    r"(?:read more|more|related|see also|also read|read also|more on\b[^:]{0,40}|watch|listen)"
    r"\s*:\s*\S|"
    r"(?:we|this (?:site|website)) uses? cookies|"
    r"by (?:signing up|subscribing|clicking|continuing)\b|"
    r"our standards\s*:)",
    re.IGNORECASE,
)
"""Chrome that may run to a sentence: notices, and links to other articles behind a label."""
MAX_CHROME_WORDS = 12
_LEADING_BULLET = re.compile(r"^[•‣◦●▪■□*]\s+")
_SYMBOLS = re.compile(r"^[\W_]*$")
_BRACKETED = re.compile(r"^(?:\[[^\]]*\]\s*)+$|^\[\s*\]\s*\S*$")
_DATES = re.compile(r"\d{1,4}/\d{1,2}/\d{1,4}")
_BREADCRUMB = re.compile(r"\S\s*(?:>|›|»|/|\|)\s*\S.*(?:>|›|»|/|\|)|^(?:home|news)\s*(?:>|›|»|/)")
CREDIT = re.compile(
    r"""(?:\(\s*(?:photos?|photograph|image|picture|credit|source|illustration|video|file)\s*:[^)]*\)\s*$)
      | (?:(?:^|[\s.,;(])(?:photo(?:graph)?s?|image|picture|illustration|credit|photo\ credit|
            image\ credit|pictures?)\s*:\s*\S)
      | (?:(?:^|[\s.,;(])(?:photo|picture|image|video)\s+(?:by|courtesy\ of|via)\s+\S)
      | (?:^(?:image|photo|picture)\ (?:source|caption|credit)\s*[,:]\s*\S)
      | (?:\b(?:getty\ images|reuters|afp|ap\ photo|epa(?:-efe)?|shutterstock|alamy|
            pa\ (?:wire|media)|imago|dpa|picture-alliance|istock(?:photo)?|bloomberg|xinhua|anadolu)
            \b[^.!?]{0,40}\)?\s*$)
      | (?:\(\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*\s*/\s*[^)]{2,60}\)\s*$)
      | (?:©\s*\S)""",
    re.VERBOSE | re.IGNORECASE,
)
"""A photo credit, in a caption or on a line of its own."""
CREDIT_ONLY = re.compile(
    r"""^(?:\(?\s*(?:photo(?:graph)?s?|image|picture|illustration|credit|photo\ credit|
        image\ credit)\s*(?::|by)\s*\S.{0,80}
      | (?:photo|picture|image)\s+(?:by|courtesy\ of)\s+.{1,80}
      | \(?(?:getty\ images|reuters|afp|ap\ photo|epa|shutterstock|alamy)[^.]{0,40}\)?
      | ©.{1,80})$""",
    re.VERBOSE | re.IGNORECASE,
)
"""A line that is only a credit (it belongs to the caption above it)."""


_MEDIA_LINK = re.compile(
    r"^(?:photos?|pictures?|in\ pictures|gallery|galleries|videos?|slideshow|podcast)"
    r"\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
CREDIT_WORDS = frozenset({"by", "for", "of", "via", "courtesy", "and", "the", "staff", "file"})
"""Lower-case words a photo credit may hold ("Photo: courtesy of A Doe for The Times")."""


def is_media_link(text: str) -> bool:
    """A link to a gallery or a video behind its label ("Photos: Storm damage across the
    county"): the label's words read as a headline, not as a credit's names."""
    match = _MEDIA_LINK.match(text)
    if match is None:
        return False
    lower = [w for w in re.findall(r"[^\W\d_]+", match["rest"]) if w.islower()]
    return len([w for w in lower if w not in CREDIT_WORDS]) >= 2


@lru_cache(maxsize=CACHE_SIZE)
def is_chrome(text: str) -> bool:
    """Whether a line belongs to the page around the article."""
    text = _LEADING_BULLET.sub("", text)
    if _SYMBOLS.match(text) or _BRACKETED.match(text) or LONG_CHROME.match(text):
        return True
    if is_media_link(text):
        return True
    if word_count(text) <= MAX_CHROME_WORDS and CHROME_LINE.match(text):
        return True
    if "\n" not in text and word_count(text) <= 12 and _BREADCRUMB.search(_DATES.sub("", text)):
        if text.endswith(")"):
            return False  # a photo's credit: "(Agency/Photographer)"
        return not text.endswith((".", "?", "!")) and text.count(" ") < 12
    return text.endswith(("|", ">", "›", "»"))


_LINK_LABEL = re.compile(
    r"""^(?:read\ (?:more|also|next)|see\ also|also\ read|related(?:\ \w+)?|
        more\ (?:on|about)\ this(?:\ \w+)?|more\ (?:stories|news|from\b.*)|
        you\ (?:may|might)\ also\ (?:like|be\ interested\ in)|recommended(?:\ for\ you)?|
        (?:most\ )?(?:popular|read|viewed|shared)|top\ stories|latest(?:\ news|\ stories)?|
        editor'?s'?\ picks?|in\ case\ you\ missed\ it|icymi|trending(?:\ now|\ stories)?|
        up\ next|(?:what\ to\ )?(?:read|watch)\ next)[\s:.>»›]*$""",
    re.IGNORECASE | re.VERBOSE,
)
"""A label whose next lines are titles of links to other articles."""
MAX_LINK_LINES = 4
"""How many lines under a link label may be link titles (up to the next running text)."""
MAX_LINK_WORDS = 20
MIN_LINK_WORDS = 3
"""Under the first link, a line shorter than this is not another link's title."""
_IMAGE_MARK = re.compile(r"^(?:image|photo|picture|video|gallery|graphic)s?$", re.IGNORECASE)
_PROMO = re.compile(
    r"\b(?:inbox|newsletters?|subscri(?:be|bers?|ption)s?|sign(?:ing)?[ -]up|cookies|"
    r"privacy\ policy|unsubscribe|your\ email)\b",
    re.IGNORECASE | re.VERBOSE,
)
MAX_PROMO_WORDS = 30


def chrome_flags(lines: list[str]) -> list[bool]:
    """For each line, whether it is chrome; the link titles under a "Related" or "Read
    more" label are (see `_links_under`)."""
    flags = [is_link_label(line) or is_chrome(line) for line in lines]
    for index, line in enumerate(lines):
        if is_link_label(line):
            for link in range(index + 1, index + 1 + _links_under(lines[index + 1 :])):
                flags[link] = True
    return flags


def _is_link_title(text: str) -> bool:
    return (
        word_count(text) <= MAX_LINK_WORDS
        and not is_running_text(text)
        and not text.endswith(":")
        and not is_metadata(text)
    )


def _links_under(lines: list[str]) -> int:
    """How many of the lines under a link label are link titles: the short lines up to
    the running text that resumes after them (a box inside the text), none of them over a
    byline or date (a headline); else only the first, when it is short."""
    count = 0
    while count < min(MAX_LINK_LINES, len(lines)) and _is_link_title(lines[count]):
        if count > 0 and word_count(lines[count]) < MIN_LINK_WORDS:
            break
        count += 1
    resumes = count < len(lines) and is_running_text(lines[count])
    over_metadata = any(is_metadata(text) for text in lines[1 : count + 2])
    if count and resumes and not over_metadata:
        return count
    first = lines[0] if lines else ""
    short = word_count(first) <= MAX_CHROME_WORDS and not first.endswith((".", "!", "?", ":"))
    return 1 if count and short and not is_metadata(lines[1] if len(lines) > 1 else "") else 0


def under_a_mark(lines: list[str]) -> list[bool]:
    """For each line, whether the line before it is an image, a link label or a credit: a
    line there is a caption or a link, never a heading."""
    marks = [False]
    for line in lines[:-1]:
        marks.append(is_image_mark(line) or is_link_label(line) or is_credit_only(line))
    return marks


def is_link_label(text: str) -> bool:
    """A label over a list of links to other articles ("Related", "Read more")."""
    return bool(_LINK_LABEL.match(text))


def is_image_mark(text: str) -> bool:
    """Where an image stands in a copy: a bracketed placeholder or a bare "Image"."""
    return bool(_BRACKETED.match(text) or _IMAGE_MARK.match(text))


def is_promo(text: str) -> bool:
    """A short line about newsletters, subscriptions or cookies: a box around the text."""
    return word_count(text) <= MAX_PROMO_WORDS and bool(_PROMO.search(text))


def without_chrome(lines: list[str]) -> list[str]:
    """The lines that are not chrome."""
    return [line for line, chrome in zip(lines, chrome_flags(lines), strict=True) if not chrome]


def ends_article(text: str) -> bool:
    """Whether a line titles what follows an article (comments, related links)."""
    return bool(ENDS_ARTICLE.match(text))


def has_credit(text: str) -> bool:
    """Whether a line carries a photo credit."""
    return len(text) < 400 and bool(CREDIT.search(text))


def is_credit_only(text: str) -> bool:
    return bool(CREDIT_ONLY.match(text))
