"""Cue-word lists of the entity recogniser (its patterns are in :mod:`.patterns`).

Everything here is generic vocabulary (titles, organisation suffixes, speech verbs,
function words); no specific person or organisation names.
"""

from __future__ import annotations


def _w(words: str, sep: str | None = None) -> frozenset[str]:
    """Return the words of ``words`` (split on whitespace or ``sep``) as a frozenset."""
    return frozenset(w.strip() for w in words.split(sep) if w.strip())


# Titles and honorifics that precede a person's name.
PERSON_TITLES = _w(
    """Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady Rev Reverend Father Sister Imam
    Rabbi Sheikh Mr. Mrs. Ms. Dr. Prof. Rev. Gen. Sen. Rep. Gov. Lt. Col. Capt. Sgt. Gen Sen
    Rep Gov Lt Col Capt Sgt President Vice Premier Chancellor King Queen Prince Princess Pope
    Cardinal Bishop Archbishop General Colonel Captain Major Admiral Marshal Commander
    Lieutenant Sergeant Corporal Senator Congressman Congresswoman Governor Mayor Judge
    Justice Minister Secretary Ambassador Envoy Commissioner Chairman Chairwoman Co-Chairman
    Chief Director Spokesman Spokeswoman Spokesperson Leader Speaker Deputy Inspector
    Detective Superintendent Constable Coach Manager Representative Adviser Advisor Aide
    Emperor Sultan Emir Duke Duchess Baron Baroness Countess Earl Officer MP MEP Attorney
    Solicitor Prosecutor Sheriff Provost Editor Correspondent Executive Founder DJ Ayatollah
    Mullah Pastor"""
)
# Titles that only ever stand before a person's name, whatever the name ("Dr Even").
HONORIFICS = _w("Mr Mrs Ms Miss Dr Sir Dame Lord Lady Mr. Mrs. Ms. Dr.")
# Title words after which a name follows and before which topic words may stand
# ("Foreign Minister", "Home Secretary", "International Development Minister").
TITLE_HEADS = _w(
    """Minister Secretary President Chancellor Ambassador Commissioner Chairman Chairwoman
    Co-Chairman Director Spokesman Spokeswoman Leader Governor Mayor Representative Adviser
    Advisor Aide Chief Executive Premier Speaker Envoy Coach Manager Editor General Judge
    Senator Deputy Officer Correspondent Founder Secretary-General"""
)
ORG_SUFFIXES = _w(
    """Ltd Ltd. Limited Inc Inc. Corp Corp. Corporation Co Co. Plc PLC plc LLC LLP AG SA GmbH
    NV Group Holdings Company Companies Party Ministry Department University College School
    Academy Institute Institution Council Office Commission Committee Bank Association Agency
    Authority Board Bureau Army Navy Forces Force Rifles Regiment Battalion Brigade Corps Guard
    Guards Police Union Organisation Organization Federation League Foundation Trust Society
    Club Court Parliament Assembly Congress Senate Cabinet Government Administration Times
    Post News Herald Guardian Telegraph Journal Gazette Tribune Chronicle Mirror Observer
    Express Independent Standard Magazine Review Press Television Radio Broadcasting Network
    Networks Media Studios Pictures Records Films Entertainment Defense Defence Airlines
    Airways Motors Brothers Industries Systems Technologies Technology Labs Laboratories
    Partners Capital Securities Investments Insurance Energy Petroleum Pharmaceuticals
    Electronics Software Communications Telecom Services Solutions Consulting Alliance
    Coalition Front Movement Fund Exchange Reserve Secretariat Directorate Service Unit Squad
    International Weekly Monthly Online
    Team FC Rovers United City Wanderers Athletic Albion Marines Fleet Squadron Tribunal
    Commons Lords Executive Division"""
)
ORG_HEADS = _w(
    """Ministry Department University Bank Commission Institute Council Office Board Court
    Committee Association Federation League Society Union Organisation Organization Agency
    Academy College School House Church Party Friends Order Museum Corporation Authority
    Fund Centre Center Chamber Chambers Initiative"""
)
LOC_SUFFIXES = _w(
    """Sea Ocean Mountains Mountain Range Hills River Lake Gulf Bay Strait Straits Peninsula
    Desert Valley Island Islands Coast Channel Basin Plain Plains Plateau Forest Delta
    Glacier Canyon Falls Archipelago Region Riviera Highlands"""
)
LOC_HEADS = _w("Mount Mt Mt. Lake Gulf Bay Cape Isle Strait Sea River")
FAC_SUFFIXES = _w(
    """Airport Arena Stadium Bridge Tower Towers Palace Hall Square Street St St. Road Avenue
    Lane Park Station Cathedral Mosque Temple Castle Prison Hospital Building Centre Center
    Museum Gallery Theatre Theater Library Abbey Chapel Base Dam Port Harbour Harbor Canal
    Tunnel Highway Motorway Plaza Gardens Zoo Field Ground Circuit Way Boulevard Wall Gate
    Pier Terminal Complex Plant Cottage Cellars Barracks Racecourse Velodrome"""
)
EVENT_SUFFIXES = _w(
    """War Wars Games Olympics Cup Championship Championships Tournament Festival Summit
    Conference Awards Election Elections Revolution Uprising Crisis Expo Prix Open Marathon
    Rally Massacre Genocide Holocaust Spring Forum Olympiad Trophy Final Finals"""
)
EVENT_HEADS = _w("Battle Siege Operation")
# Last words of gatherings that are events after "at the" ("at the Motor Show").
GATHERING_SUFFIXES = _w("Show Fair Exhibition Convention Expo Congress Games")
LAW_SUFFIXES = _w(
    """Act Bill Treaty Convention Constitution Charter Accord Accords Protocol Amendment
    Directive Code Law Agreement Resolution Declaration Regulation Regulations Doctrine"""
)
LAW_HEADS = _w("Treaty Act Convention")
PRODUCT_SUFFIXES = _w(
    """Messenger Explorer Player Phone Pad Pod Console Edition Vehicle Vehicles Drone Drones
    Rifle Tank Jet Missile Missiles Helicopter Aircraft Fighter Bomber Launcher"""
)
# Words that are never (the first part of) a name when they open a run.
FUNCTION_WORDS = _w(
    """a an the this that these those it its it's he she they we i you his her their our my
    your in on at for but and or if when while as after before since with without by from to
    of however meanwhile also so yet although though because instead unfortunately
    fortunately there here what which who whom whose where why how all any some many most
    more much few several each every both either neither no not none one two three four five
    six seven eight nine ten eleven twelve first second third last next other another such
    only even just still already despite during under over about above below between among
    into onto upon than then thus hence therefore indeed perhaps maybe well yes oh ok okay now
    today tomorrow yesterday tonight anyone everyone someone nobody everybody somebody
    anything everything something nothing would could should will shall may might must can
    did do does has have had is are was were be been being let lets please thank thanks dear
    according unlike like until till whether whilst once given following including regarding
    amid along across around behind beyond near through throughout toward towards via against
    within ditto overall again further moreover besides otherwise rather almost nearly
    elsewhere apart i've i'm i'll i'd we're we've they're you're don't it's that's there's
    former new old senior top veteran young late later earlier"""
)
# Words treated as function words only when they open a run that is not a known place
# ("New York" stays; "New rules" goes).
# Newspaper and magazine name heads: a capitalised "The" before them is part of the name
# ("The Times", "The Sunday Telegraph", "The Observer").
PRESS_HEADS = _w(
    """Times Observer Guardian Telegraph Independent Economist Mirror Sun Express Herald Post
    Journal Gazette Tribune Chronicle Standard Scotsman Spectator Mail Star Inquirer Examiner
    Bulletin Magazine Review Sentinel Courier Record Register Echo Argus"""
)
# Kinship nouns: given names listed right after them are people ("two sons, Ivo and Teo").
KIN_NOUNS = _w(
    """son sons daughter daughters children child wife husband brother brothers sister sisters
    father mother parents twins grandson granddaughter grandchildren partner fiancee fiance
    widow nephew niece cousin"""
)
SOFT_STARTERS = _w("former new old senior top veteran young late")
# All-caps tokens that are common abbreviations rather than organisations.
STOP_ACRONYMS = _w(
    """I A TV CEO CFO COO CTO GDP AI UAV PC DVD CD OK AM PM ID IT HIV AIDS DNA SMS PDF USB GPS
    FAQ VAT MP MPs MEP PhD BC AD II III IV VI VII VIII IX XI USD EUR GBP RPG HQ PR IQ VIP ATM
    ISP IP URL HTML WWW LED LCD GMT BST EST UTC ETA FM SUV CCTV OBE MBE CBE QC RIP PS NB ET UFO
    CV R&B DJ MC MRI ICU AGM IPO ROI Q&A TB BSE SARS COVID ASAP OF THE AND IN ON TO FOR NO YES
    GP AIM NOT BUT IS ARE WAS VCR DVR PVR PDA MP3 MP4 SIM PIN LAN WAN SUV 3G 4G 5G LP EP"""
)
# Abbreviations of a role or a kind of business, written before a name as a description
# ("ISP Netvane", "CEO Jo Roe"): no part of the name.
ROLE_ACRONYMS = _w("CEO CFO COO CTO ISP MP MEP MSP DJ MC QC GP PM")
#: Nouns after an abbreviation that make it a kind of technology (general English).
TECH_NOUNS = _w(
    """technology technologies standard standards attack attacks protocol protocols format
    formats specification specifications chip chips chipset chipsets signal signals device
    devices system systems solution solutions connection connections spectrum interface
    interfaces codec codecs encryption compression transmission"""
)
SPEECH_VERBS = _w(
    """said says told added admitted claimed insisted argued explained warned noted stated
    declared announced asked replied commented confirmed denied suggested believes believed
    thinks thought wrote writes described criticised criticized urged called acknowledged
    stressed recalled revealed conceded agreed disagreed vowed promised predicted complained
    accused praised responded continued concluded maintained hopes hoped"""
)
# Lowercase role nouns directly before a name: "economy minister X", "bass player X".
ROLE_NOUNS = _w(
    """minister secretary president spokesman spokeswoman spokesperson chairman chairwoman
    director manager coach player goalkeeper striker midfielder defender winger forward
    captain economist analyst actor actress singer star legend presenter comedian drummer
    guitarist bassist aide leader chief executive founder editor correspondent reporter
    professor author writer novelist lawyer judge officer commander general ambassador envoy
    candidate senator governor mayor commissioner boss champion colleague brother sister son
    daughter wife husband father mother representative producer rapper musician artist
    composer chancellor premier deputy adviser advisor secretary-general official expert
    researcher scientist doctor surgeon teacher student designer photographer filmmaker
    host anchor columnist critic historian chef entrepreneur investor billionaire
    businessman businesswoman banker trader broker footballer cricketer batsman bowler jockey
    trainer runner sprinter athlete cyclist driver boxer golfer swimmer skater fly-half
    flanker scrum-half hooker full-back vocalist frontman songwriter tycoon dictator colonel
    sergeant rebel activist campaigner protester director-general referee umpire teenager
    youngster goalscorer scorer skipper keeper substitute veteran newcomer debutant rookie
    cartoonist supervisor councillor"""
)
# Lowercase nouns that mark an adjacent name as an organisation.
ORG_CONTEXT_BEFORE = _w(
    """firm company group giant bank newspaper daily broadcaster regulator carrier
    manufacturer maker retailer airline agency website band club side outfit publisher
    insurer lender supermarket chain operator provider developer studio label charity
    watchdog network magazine tabloid broadsheet channel station union conglomerate startup
    start-up brewer automaker carmaker monopoly consortium lab laboratory"""
)
# Kinds of body written right before a name, besides the classifier's organisation nouns
# ("analysts X", "subsidiary X"): evidence for a guessed organisation only.
ORG_DESCRIPTION_NOUNS = _w(
    """analyst analysts subsidiary service fund shop journal airlines makers chain consultancy
    consultants pollster pollsters rival rivals unit division collective crew firms companies
    banks"""
)
# Compass words that open a region's name ("East Midlands", "North West").
COMPASS_WORDS = _w("North South East West Northern Southern Eastern Western Central")
# Nouns before a comma and a name in apposition that make it an organisation: "his new
# party, Solvane". Only with the comma ("the party Smith leads" is about a person).
ORG_APPOSITION_NOUNS = _w("party movement coalition alliance faction organisation organization")
ORG_CONTEXT_AFTER = _w(
    """company firm group newspaper daily spokesman spokeswoman spokesperson officials
    executives shareholders board chairman chief boss manager coach striker midfielder
    goalkeeper defender captain players fans supporters squad team website bosses management
    staff employees subsidiary brand"""
)
# Words after a trailing "I" that make it the pronoun ("told John I will"), not a regnal
# numeral ("Elizabeth I was crowned").
AFTER_I = _w(
    """am will would have think thought hope want know knew feel felt can can't could don't
    do did need believe must should just never really also still told said"""
)
# Band roles after a name: the name is the band ("Tidewell frontman", "Arlo Quint singer").
BAND_ROLES = _w(
    """singer singers guitarist guitarists drummer bassist frontman frontwoman vocalist
    keyboardist lead-singer"""
)
# Roles after a title and before a person ("X star Jo Roe", "X creator Jo Roe"): X is a
# show or a film (outside sports reports, where "X star" is a club's player).
WORK_ROLES = _w("star stars co-star co-stars creator creators")
PRODUCT_CONTEXT_AFTER = _w(
    """drone drones system systems helicopter helicopters aircraft jet jets tank tanks missile
    missiles rifle rifles console consoles laptop laptops tablet vehicle vehicles fighter
    fighters bomber bombers submarine submarines warship warships frigate corvette corvettes
    vaccine vaccines technology"""
)
WORK_CONTEXT_BEFORE = _w(
    """film films movie movies song songs single singles album albums book books novel novels
    show shows series sitcom comedy drama documentary play plays programme programmes program
    hit hits musical opera painting poem track tracks biopic thriller"""
)
# Work cues that are also verbs or generic nouns ("could hit", "plays"): they name a work
# only after a determiner or modifier ("her hit", "the new single").
AMBIGUOUS_WORK_CUES = _w(
    """play plays show shows hit hits single singles track tracks series programme programmes
    game games comedy drama"""
)
WORK_CUE_VERBS = _w("hit hits play plays show shows track tracks")
"""The work cues that are also common verbs (``could hit``, ``plays``)."""
WORK_CUE_LICENSERS = _w(
    """the a an his her their its our your new latest debut biggest smash surprise cartoon
    children's chat comedy hit classic cult famous acclaimed award-winning first second
    third last previous next best favourite popular tv television radio"""
)
PLACE_PREPOSITIONS = _w("in at from near to into across outside inside around throughout via")
NORP_GROUP_NOUNS = _w(
    """allies powers nations countries governments leaders officials diplomats states
    democracies media press companies banks investors troops forces"""
)

# Words that make an article a sports report (clubs named after their city are then ORG).
# Strong cues have no everyday sense; weak ones do ("try", "transfer", "goal", "cup"), so
# they only count when several different ones occur (see ``doc_context``).
SPORT_CUES = _w(
    """striker strikers midfielder midfielders goalkeeper goalkeepers winger wingers
    equaliser equalizer premiership kick-off half-time injury-time relegation touchdown
    wicket wickets innings fly-half scrum-half semi-final quarter-final semi-finals
    quarter-finals skipper team-mate team-mates teammate teammates flanker
    full-back centre-back wing-back playmaker rugby football cricket"""
)
SPORT_WEAK_CUES = _w(
    """keeper defender defenders penalty penalties fixture fixtures league cup derby goal
    goals scored scorer draw drew promotion try tries referee playoff play-off season's
    transfer squad tournament tournaments friendly internationals caps coach hat-trick club
    clubs"""
)
# Words that make an article a music report: "the Xs" there are bands, not groups of people.
MUSIC_CUES = _w(
    """album albums song songs gig gigs guitarist drummer bassist frontman frontwoman bandmate
    singer singers rapper rappers hip-hop concert concerts lyrics"""
)
MUSIC_BANDS = _w("band bands")
MUSIC_CUE_MIN = 3  # different music words besides "band(s)"
SPORT_CUE_MIN = 3  # cue words in all, at least one of them strong
SPORT_WEAK_DISTINCT = 4  # or this many different weak cue words
TEAM_SHEET_MIN = 5  # team-sheet lines (`patterns.TEAM_SHEET_RE`) that make a sports report
# After "X's" in a sports report: X is the team ("Norway's team", "Wales's coach").
TEAM_POSSESSED = _w("team side squad coach captain skipper manager players line-up pack")
# Name particles inside a person's name ("R de Varenne", "CA Del Arvo").
NAME_PARTICLES = _w("de De del Del dal Dal da Da di Di van Van von Von le Le la La du Du dos Dos")
# Words before "to" that make the next name the opponent in a sports report ("lost to X").
RESULT_WORDS = _w("loss losses lost losing defeat defeats beaten draw drew drawn")
# Words after a club-like name in a sports report that keep it a place ("in Liverpool city").
PLACE_ONLY_AFTER = _w("city council airport university port area region street centre")
# Lowercase nouns after a name (or after "X or Y") that mark it as a product.
PRODUCT_NOUNS_AFTER = _w(
    """account accounts software browser handset handsets smartphone smartphones gadget
    gadgets app apps camera cameras console consoles users subscribers operating"""
)
# Nouns that, a few words before "called X"/"including (the) X", make X a product.
PRODUCT_KIND_NOUNS = _w(
    """service services software tool tools product products device devices program programs
    programme app apps system systems model models version versions browser handset phone
    console drone drones aircraft vehicle vehicles missile missiles weapon weapons gadget
    platform platforms engine engines"""
)
# After "X's": the nouns that mark X as an organisation ("United's chief executive").
ORG_POSSESSED = _w(
    """chief chairman chairwoman board shares shareholders share spokesman spokeswoman
    spokesperson boss founder staff profits profit headquarters directors customers
    employees stake subsidiary executives takeover bid bosses workforce revenues revenue
    sales"""
)
# Verbs after a single-word name that mark an organisation rather than a person.
ORG_VERBS = _w(
    """announced unveiled launched reported posted employs acquired shipped listed merged
    hired manufactures sells"""
)
# After "X's" (one modifier may come between: "X's managing director") or right after the
# name ("X shares", "X products"): what only an organisation has (evidence for a guess).
ORG_OWNED = ORG_POSSESSED | _w(
    """products product services website stores shops factory factories plant plants brand
    brands results earnings stock offices operations division parent owner rivals competitors
    director directors president software network platform users subscribers clients
    spokesman spokeswoman executives employees shareholders investors vice-president
    vice-chairman co-founder leader"""
)
# What an organisation does, in any tense ("X announces", "X has launched").
ORG_DOES = ORG_VERBS | _w(
    "announces unveils launches reports employs acquires ships sells manufactures hires merges"
)
# Words around a language name that make it a language, not a nationality.
LANGUAGE_PREV = _w("in into speak speaks spoke speaking learn learning teach taught fluent")
LANGUAGE_NEXT = _w("language speakers speaker translation translations word words term for")
# Broadcasting words before a channel number: "Radio 2", "Sky Movies 1", "Channel 4" are
# broadcasters (ORG), not model codes.
BROADCAST_WORDS = _w("Radio Channel TV Television Movies Sports Sport News FM Music Live Cinema")
# Offices named after a post, across a possessive: "the Prime Minister's Office".
POSSESSED_OFFICES = _w("Office Department Secretariat")
# Kinds of organisation after a place and before the organisation's name: the place is a
# modifier there ("Glasgow group Arlo Quint").
ORG_KIND_NOUNS = _w(
    """company firm group newspaper daily website subsidiary brand band label bank airline
    retailer carmaker exchange bourse operator broadcaster insurer manufacturer maker supplier
    provider publisher studio distributor consultancy watchdog regulator conglomerate"""
)
# Work nouns after "the <Name>": the name is the artist ("the Ana Vell track").
WORK_NOUNS_AFTER = _w(
    """song songs track tracks hit hits single album albums film films movie record ballad
    classic novel book"""
)
# Institution words after which a plural capitalised word is a separate group name.
INSTITUTION_WORDS = _w("Army Navy Police Government Party Church Council Parliament Marines")
# Institutions named by one capitalised common word: legislatures and their houses, finance
# ministries, and the party whose name is an everyday noun ("Labour"). Written for Byline from
# the proper-noun senses of these words in general English dictionaries (no article's text).
INSTITUTION_NAMES = _w("Parliament Congress Senate Commons Lords Treasury Exchequer Labour")
# Words written like names that name no entity: diseases and units ("Covid-19", "Celsius").
NOT_NAMES = _w(
    """Covid COVID Covid-19 COVID-19 Coronavirus SARS-CoV-2 SARS MERS Ebola Zika H1N1 H5N1
    Celsius Fahrenheit Richter"""
)
# Letters after a person's name that are no part of it ("Ana Field MP").
POSTNOMINALS = _w("MP MPs MEP MSP QC KC OBE MBE CBE KBE PhD Jr Jr. Sr Sr.")
# Endings of one-word street and square names in German and Dutch ("Petersallee").
STREET_ENDINGS = ("strasse", "straße", "allee", "platz", "gasse", "damm", "ufer", "straat")
# Month names as a heading writes them in capitals ("SEPTEMBER 28"): dates, not names.
# Month names: alone ("every March") a date, never the town some of them also name.
MONTHS = _w("January February March April May June July August September October November December")
# Last words of job titles written in title case ("Software Engineer", "Chief Medical
# Officer"): the role nouns, and more nouns of trades and posts, without the role words that
# also end newspapers' or products' names ("Morning Star", "The Economist", "Media Player").
JOB_HEADS = (ROLE_NOUNS - _w("star legend champion economist critic player")) | _w(
    """engineer consultant programmer strategist specialist coordinator administrator
    architect technician lead head supervisor assistant associate intern partner"""
)
# Holidays and festivals of the calendar: dates ("at Christmas"), not organisations.
HOLIDAYS = _w("Christmas Easter Hanukkah Ramadan Eid Diwali Thanksgiving Passover Advent Lent")
MONTHS_UPPER = _w(
    """JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
    MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY SEPT"""
)
# Last words of the names of administrative divisions ("Gangwon Province"): places.
GPE_SUFFIXES = _w("Province Prefecture Oblast Governorate County")
# Words that open a place named after a saint ("St Lucia"), unless a given name follows.
SAINT_WORDS = _w("St St. Saint")
