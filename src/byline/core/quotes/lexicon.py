"""Word lists for speaker attribution (:mod:`byline.core.quotes.attribution`).

Each list is written as one space-separated string and split by :func:`words`, so a code
formatter keeps it compact. Everything here is general English / news-copy vocabulary; no entry
names anything from a particular article.
"""

from __future__ import annotations

import re

__all__ = [
    "ANON_HEADS",
    "ATTITUDE_RE",
    "ATTITUDE_VERBS",
    "CLAUSE_WORDS",
    "DESCRIBE_VERBS",
    "DOCUMENT_NOUNS",
    "FEMALE_TITLES",
    "FRAGMENT_CUE_RE",
    "FRAGMENT_VERB_RE",
    "FUNCTION_WORDS",
    "HONORIFICS",
    "MALE_TITLES",
    "NAMING_VERBS",
    "NATIONALITIES",
    "NOT_ROLE",
    "ORG_HEADS",
    "ORG_NOUNS",
    "ORG_SUFFIXES",
    "PRONOUNS",
    "RANKS",
    "REPORT_NOUNS",
    "ROLE_LOWER",
    "ROLE_NOUNS",
    "ROLE_WORDS",
    "SPEECH_VERBS",
    "SPOKES_HEADS",
    "TITLE_NOUNS",
    "VERB_ALT",
    "VERB_RE",
    "words",
]


def words(spec: str) -> frozenset[str]:
    """The whitespace-separated words of ``spec`` as a frozenset."""
    return frozenset(spec.split())


#: Verbs that introduce or attribute speech (all inflections listed).
SPEECH_VERBS: frozenset[str] = words(
    "acknowledge acknowledged acknowledges add added adding adds admit admits admitted "
    "admitting agree agreed agrees announce announced announces argue argued argues "
    "arguing ask asked asks assert asserted asserts believe believed believes boasted "
    "cautioned claim claimed claiming claims comment commented comments complain "
    "complained complains concede conceded concedes conclude concluded concludes confirm "
    "confirmed confirms continue continued continues countered declare declared declares "
    "demanded emphasised emphasized exclaimed explain explained explaining explains "
    "insist insisted insisting insists joke joked jokes maintain maintained maintains "
    "note noted notes observed pledged posted predict predicted predicts promised quip "
    "quipped quips recall recalled recalls remark remarked remarks replied replies reply "
    "responded reveal revealed reveals said say saying says state stated states stress "
    "stressed stresses suggest suggested suggests tell telling tells told tweeted "
    "underlined urge urged urges vowed warn warned warning warns write writes wrote"
) | words(
    "advise advised advises answered assure assured assures beg begged begs confide "
    "confided confides declared disclose disclosed discloses echoed elaborate elaborated "
    "estimated exclaim exclaims hinted implore implored inform informed informs interject "
    "interjected lamented mused mutter muttered objected pleaded plead pleads proclaim "
    "proclaimed protested queried questioned reasoned reassure reassured recount recounted "
    "recounts reiterate reiterated reiterates remembered reported retort retorted shout "
    "shouted shouts snapped speculate speculated speculates summed testify testified "
    "testifies texted whisper whispered wonder wondered wonders yell yelled emailed blogged "
    "announcing asking telling writing adding noting stressing suggesting warning "
    "explaining insisting joking"
)
#: Titles placed before a personal name.
HONORIFICS: frozenset[str] = words(
    "Dame Dr Dr. Lady Lord Miss Mr Mr. Mrs Mrs. Ms Ms. Prof Prof. Professor Rev Sir "
    "Baron Baroness Countess Earl Viscount Viscountess"  # the British peerage's ranks
)
#: Honorifics that mark a woman.
FEMALE_TITLES: frozenset[str] = words(
    "Dame Lady Miss Mrs Mrs. Ms Ms. Baroness Countess Viscountess"
)
#: Honorifics that mark a man.
MALE_TITLES: frozenset[str] = words("Lord Mr Mr. Sir Baron Earl Viscount")
#: Capitalised words of job titles placed before a name (``Home Secretary``).
ROLE_WORDS: frozenset[str] = words(
    "Acting Adviser Advisor Affairs Aide Ambassador Archbishop Assistant Associate "
    "Attorney Bishop Captain Chair Chairman Chairwoman Chancellor Chief Cllr Co-Chairman "
    "Co-founder Coach Col Commissioner Congressman Congresswoman Conservative Dame "
    "Defence Defense Democrat Democratic Deputy Development Director Dr Economic Editor "
    "Education Ex-BBC Executive Finance Foreign Former Founder Gen General Gov Governor "
    "Head Health Home Inspector Interim Interior International Judge Junior Justice King "
    "Labour Lady Lawyer Leader Liberal Lord Lt MEP MP Manager Mayor Minister Ministers "
    "Miss Mr Mrs Ms Officer Party Pope President President-elect Presidential Prime "
    "Prince Princess Professor Queen Rep Representative Republican Secretary Sen Senator "
    "Senior Sgt Shadow Sir Spokesman Spokesperson Spokeswoman Superintendent Tory Trade "
    "Vice Lib Dem Dems Fellow Unionist Nationalist Det Insp Supt Ch Con PC Capt Maj "
    "Cdr Brig Adm Constable Cpl Pte Chairperson"
) | words(
    # Clergy titles and styles written before a name (``Cardinal``, ``the Most Reverend``).
    "Cardinal Canon Monsignor Reverend Rev Vicar Rabbi Imam Pastor Sheikh Ayatollah Fr"
)
#: Words that make a capitalised sequence an organisation.
ORG_HEADS: frozenset[str] = words(
    "AG Administration Agency Airlines Alliance Army Assembly Association Authority Bank "
    "Board Cabinet Capital Center Centre Channel Club Coalition College Commission "
    "Committee Company Congress Consortium Corp Corporation Council Court Daily Department "
    "Downing Economics Embassy FC Federation Force Forces Foundation Front Fund GmbH "
    "Government Group Guardian Herald Holdings Inc Industries Institute Investments "
    "Journal Kremlin Ltd Mail Ministry Motors Movement Navy Network News Newspaper Ofcom "
    "Office Organisation Organization Parliament Partners Party Plc Police Post Press "
    "Radio Reuters School Secretariat Senate Service Society Statistics Street Studies "
    "Systems TV Telegraph Television Times Treasury Trust Union Unit University plc"
)
#: Last words of company names whose first word alone names the company too (``Acme
#: International`` ... ``Acme said``): legal forms and the usual generic endings.
ORG_SUFFIXES: frozenset[str] = words(
    "AG Co Company Corp Corporation GmbH Group Holdings Inc Industries International Limited "
    "Ltd PLC Plc plc SA Technologies"
)
#: Capitalised words that never start or form a name.
FUNCTION_WORDS: frozenset[str] = words(
    "A Accordingly After All Also Although Amid Among An And Another Any April As Asked At "
    "August Beyond Between Through Towards Upon Within "
    "Before Both But By December Despite Dr During Each Earlier Either Even Every Ex "
    "February For Friday From He Her Here His How However I If In Indeed Instead It Its "
    "January July June Last Later Many March May Meanwhile Monday Most Mr Mrs Ms My "
    "Neither Next No Not November Now October Of On One Or Other Our Over Professor "
    "Saturday September She Since Sir So Some Speaking Still Such Sunday That The Their "
    "Then There These They This Those Though Three Thursday To Today Tomorrow Tuesday Two "
    "Under Unfortunately We Wednesday What When Where Which While Who Whom Whose Why With "
    "Without Yes Yesterday Yet You Your"
)
#: Nationality/region adjectives stripped from the front of names.
NATIONALITIES: frozenset[str] = words(
    "Afghan African American Arab Argentine Asian Australian Austrian Belgian Brazilian "
    "British Canadian Chinese Czech Danish Dutch Eastern Egyptian English European "
    "Finnish French German Greek Hungarian Indian Iranian Iraqi Irish Israeli Italian "
    "Japanese Kenyan Korean Lebanese Mexican Nigerian Northern Norwegian Pakistani "
    "Palestinian Polish Portuguese Russian Saudi Scottish Southern Spanish Swedish Swiss "
    "Syrian Turkish Ukrainian Welsh Western"
)
#: Nouns of anonymous speakers (``a spokesman``, ``a senior source``).
ANON_HEADS: frozenset[str] = words(
    "aide friend insider man member official officials person representative source "
    "sources spokesman spokesperson spokeswoman witness woman"
)
#: Words that start a clause, not a subject, after a closing mark.
CLAUSE_WORDS: frozenset[str] = words(
    "although and as because but if or so that when where whereas which while who yet"
)
#: Personal pronouns resolved to a person.
PRONOUNS: frozenset[str] = words("he her him she")
#: Lowercase role nouns placed before a name (``singer Jo Bloggs``).
ROLE_NOUNS: frozenset[str] = words(
    "actor actress aide analyst band boss brother captain chairman chairwoman chancellor "
    "chief coach colleague daughter defender director drummer economist editor executive "
    "father founder frontman frontwoman goalkeeper group guitarist head host husband "
    "leader manager midfielder minister mother official partner presenter president "
    "protege rapper secretary singer sister son spokesman spokesperson spokeswoman star "
    "striker wife winner athlete author campaigner candidate centre champion chef "
    "colleague correspondent councillor critic deputy envoy expert forward icon keeper "
    "legend model nominee nurse pupil professor skipper student surgeon veteran wing"
)
#: Words with role-like endings that are not roles.
NOT_ROLE: frozenset[str] = words(
    "after either ever for former her however later major minor neither never or other "
    "our over per rather their there under where whether your"
)
#: Lowercased role words that are real roles (``the party`` / ``Labour`` are not people's roles).
ROLE_LOWER: frozenset[str] = frozenset(w.lower() for w in ROLE_WORDS) - {"party", "labour"}

#: Regex alternation of the speech verbs, longest first.
VERB_ALT = "|".join(sorted(SPEECH_VERBS, key=lambda v: (-len(v), v)))
#: Phrasal verbs of speech: ``according to``, ``pointed out``, and ``went on`` or ``put it``
#: right before a colon (``The leader went on: "``, ``As Jo Roe put it: "``).
PHRASAL_VERBS = r"\baccording to\b|\bpointed out\b|\b(?:went|goes|go) on(?=\s*:)|\bput it(?=\s*:)"
#: A speech verb or a phrasal verb of speech as a whole word.
VERB_RE = re.compile(rf"\b(?:{VERB_ALT})\b|{PHRASAL_VERBS}", re.IGNORECASE)

#: Verbs of calling and describing: they attribute quoted words embedded in a sentence
#: (``accused him of "..."``, ``what he calls "..."``), not a sentence of speech.
DESCRIBE_VERBS: frozenset[str] = words(
    "accuse accused accuses accusing brand branded brands call called calling calls "
    "condemn condemned condemns criticise criticised criticises criticize criticized "
    "decried describe described describes describing dismiss dismissed dismisses dub dubbed "
    "dubs hail hailed hails label labelled labels labeled term termed terms deny denied "
    "denies urged warned promise promised promises"
)
#: Nouns of things said or written that attribute quoted words (``in a statement``).
REPORT_NOUNS: frozenset[str] = words(
    "affidavit announcement blog bulletin comment comments complaint document filing "
    "guidance indictment interview letter memo press release report review speech "
    "statement testimony tweet"
)
#: Documents that speak for their author (``the book, by Jo Roe, said``, ``the report said``).
DOCUMENT_NOUNS: frozenset[str] = REPORT_NOUNS - words("comment comments interview speech") | words(
    "book study survey paper research analysis guidelines"
)
#: A speech or describing verb, or a report noun, as a whole word: a cue for a fragment.
FRAGMENT_CUE_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(SPEECH_VERBS | DESCRIBE_VERBS | REPORT_NOUNS, key=lambda v: (-len(v), v)))
    + rf")\b|{PHRASAL_VERBS}|\bpoints out\b",
    re.IGNORECASE,
)
#: A speech or describing verb before a fragment (``accused X of "..."``).
FRAGMENT_VERB_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(SPEECH_VERBS | DESCRIBE_VERBS, key=lambda v: (-len(v), v)))
    + rf")\b|{PHRASAL_VERBS}|\bpoints out\b",
    re.IGNORECASE,
)
#: Words after which quoted words name a work, a thing or a term (``the film "..."``,
#: ``a project called "..."``, ``the word "..."``): not a quotation when the words are a title.
TITLE_NOUNS: frozenset[str] = words(
    "album anthem article book campaign column documentary drama episode essay exhibition "
    "film game hashtag headline motto movie musical nickname novel opera operation "
    "painting phrase play podcast poem programme program project series show single "
    "slogan song term title track word words"
)
#: Verbs that give a name (``a project called "..."``): a title-cased quotation after them is a
#: name, a lowercase one words someone used.
NAMING_VERBS: frozenset[str] = words("called dubbed entitled named nicknamed titled known")
#: Nouns for an organisation in a definite description (``the company said``).
ORG_NOUNS: frozenset[str] = words(
    "agency airline association authority bank board body broadcaster business carrier "
    "chain charity club college commission committee company corporation council court "
    "department developer federation firm giant government group hospital institute "
    "institution insurer jury league lender magazine maker manufacturer ministry monopoly network "
    "newspaper operator organisation organization panel party publisher regulator retailer "
    "school service side studio supermarket team trust union university watchdog website"
)
#: Heads of anonymous speakers who speak for the organisation they are named with.
SPOKES_HEADS: frozenset[str] = words(
    "spokesman spokeswoman spokesperson spokespeople representative statement"
)
#: Ranks and offices written before a name that are never part of it (police, military,
#: clergy, parliament): ``Det Insp``, ``Ch Supt``, ``Cllr``.
RANKS: frozenset[str] = words(
    "Acting Adm Brig Capt Ch Chief Cllr Col Con Constable Cpl Det DCI DI DS Insp Inspector "
    "Lt Maj PC Pte Rev Sgt Supt Superintendent Sir Gen Cdr Cmdr Det. Insp. Sgt. Supt. Gov. "
    "Sen. Rep. Fr Fr. Rabbi Imam Pastor Bishop"
)

#: Verbs of attitude or report that make a sentence's subject a likely speaker for a following
#: pronoun cue (``Smith believes ... "...," he said``); speech verbs count too.
ATTITUDE_VERBS: frozenset[str] = SPEECH_VERBS | words(
    "think thinks thought feel feels felt hope hopes hoped want wants wanted expect expects "
    "expected fear fears feared reckon reckons reckoned insist points pointed describe "
    "describes described criticise criticises criticised praise praises praised blame blames "
    "blamed deny denies denied tip tips tipped prefer prefers preferred wish wishes wished"
)

#: A speech or attitude verb as a whole word.
ATTITUDE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(ATTITUDE_VERBS, key=lambda v: (-len(v), v))) + r")\b"
    r"|\baccording to\b",
    re.IGNORECASE,
)
