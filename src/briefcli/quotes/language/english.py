"""English: reporting cues (the forms of the reporting verbs that are not
also common nouns: said, argued, tweeted; not "tweets" or "report"; the -ing
forms as participles: "..., adding"; "according to" phrases), the nouns
that name speakers, and the words around them. The grammar is the Latin
script's."""

from __future__ import annotations

from briefcli.quotes.language import CueEntry
from briefcli.quotes.language.latin import LatinScript

VERBS = """
say says said saying
tell tells told telling
add adds added adding
stated stating
noted noting
explains explained explaining
ask asks asked asking
writes wrote writing written
argues argued arguing
insists insisted insisting
claimed claiming
declares declared declaring
announces announced announcing
warns warned warning
continues continued continuing
replies replied replying
responds responded responding
acknowledges acknowledged acknowledging
admits admitted admitting
conceded conceding
recalls recalled recalling
suggests suggested suggesting
remarked remarking
observes observed observing
tweeted tweeting
posted
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised
stressed stressing
concludes concluded concluding
commented commenting
urged urging
predicted predicting
maintained maintaining
contends contended contending
countered countering
quipped quipping
joked joking
shouted shouting
cried
confirmed confirming
denied denying
reported reporting
testified testifying
asserted asserting
alleged alleging
complained complaining
boasted boasting
recounted recounting
revealed revealing
repeated repeating
described describing
touted touting
charged
vowed vowing
promised promising
mocked mocking
retorted
reiterated reiterating
yelled yelling
exclaimed
cautions cautioned cautioning
hinted hinting
indicated indicating
mentioned mentioning
wondered wondering
whispered whispering
exhorted exhorting
"""

# Also nouns ("the report", "his tweets"): cues only when a complementizer, a
# colon or a quotation mark follows ("The Post reports that", 'tweets: "').
GOVERNING_ONLY = "reports notes claims states posts tweets comments charges remarks promises vows tells"

# "For Henry Reichhold, this is progress: ...": according to, where it opens a
# sentence and a person follows
OPENING_ACCORDING = "for"
PHRASAL = """
point out: pointed out, points out, pointing out
go on: went on, goes on
"""

ACCORDING = """
according to
in the words of
quoted by
quoting
"""

OBJECT_ADDRESSEES = "tell tells told telling"  # the phrase after them is whom words were said to
SUBORDINATORS = "when while because if since although though after before until unless"  # open a clause, not a reporting one
COMPLEMENTIZERS = "that"
SPEECH_NOUNS = "statement words remarks"
DOCUMENTS = "statement report letter memo document study release filing ad advert spot clip book video"
ORGANISATIONS = (
    "ministry department government office agency campaign committee company police firm group newspaper "
    "paper daily network channel council commission watchdog regulator union foundation institute"
)
POSITIONS = (
    "president minister secretary senator sen governor gov mayor spokesman spokeswoman spokesperson "
    "director chairman chairwoman chair chief ceo head ambassador judge attorney representative rep "
    "congressman congresswoman leader adviser advisor advisers advisors aide aides official officials manager candidate "
    "nominee speaker sheriff commissioner lawmaker lawmakers prosecutor general mp mps mep meps msp"
)
EPITHETS = (
    "singer actor actress broadcaster presenter host pundit director producer writer author journalist "
    "editor reporter correspondent columnist founder owner boss coach player captain star chef comedian "
    "suspect victim lawyer campaigner activist spokesman veteran coordinator "
    "scientists researchers experts people residents protesters unions parents doctors lawyers officials "
    "workers teachers students fans campaigners activists critics analysts "
    "announcer narrator questioner friend insider insiders member terrorist terrorists "
    "old wife husband son daughter mother father brother sister widow widower partner man woman boy girl "
    "expert analyst professor researcher economist strategist pollster source sources observer "
    "witness resident voter voters supporter supporters critic critics doctor historian "
    "democrat democrats republican republicans conservative conservatives liberal liberals"
)
ANAPHOR_MARKERS = "same latter former"

FEMININE_NOUNS = (
    "woman women mother wife sister daughter girl widow actress spokeswoman chairwoman congresswoman "
    "businesswoman grandmother aunt niece queen princess mum lady"
)
MASCULINE_NOUNS = (
    "man men father husband brother son boy widower actor spokesman chairman congressman businessman "
    "grandfather uncle nephew king prince dad"
)
PRONOUNS = "he she they we i it"
PLURALS = "people men women children police"
PLURAL_PRONOUNS = "they"
FEMININE_TITLES = "ms mrs miss lady dame baroness"
MASCULINE_TITLES = "mr lord sir baron"
FEMININE_PRONOUNS = "she her"
MASCULINE_PRONOUNS = "he him"
STOPS = (
    "that on in at during after before when while last this yesterday today "
    "monday tuesday wednesday thursday friday saturday sunday and but"
)
TIME_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight "
    "morning afternoon evening night week weekend month year january february april june july "
    "august september october november december"
)
TIME_DETERMINERS = "this last next on earlier later"
TIME_MODIFIERS = "morning afternoon evening night"
ADVERBS = (
    "also later again then recently previously earlier simply long never already repeatedly often always still "
    "further just"
)
CIRCUMSTANCE_PREPOSITIONS = "to on in during at via"
ARTICLES = "the a an"
DETERMINERS = "the a an one"
DEFINITE = "the this that"
INDEFINITE = "a an one"
POSSESSIVES = "his her their its"
PREPOSITIONS = "in on at for of with from by to into about after before during under over near"
ADDRESS_PREPOSITIONS = "to on"  # said to reporters, told on CNN
EVENT_PREPOSITIONS = "in during"  # in a statement, during an interview
GENITIVE_LINKS = "of from"
COMPLEMENT_MARKERS = "of for at"
STARTERS = (
    "during after before when while meanwhile however on in at for but and if as since although though "
    "still yet then now later earlier also last this that these those it there here so thus instead "
    "according once not both several following many some few most each every all"
)
GENERIC_ORGANISATIONS = "company firm group giant newspaper paper daily network broadcaster channel"
SOURCE_NOUNS = "source"
RELATIVES = "who"
CONJUNCTIONS = "and but"
APPOSITION_OPENERS = "including among whom whose which where"
PARTIAL_INTRODUCERS = "of to about on for as from with"
SPEECH_EVENTS = "interview statement speech rally conference call email tweet"
FUNCTION_WORDS = (
    "the a an of to in on at for with by from and or but his her their its this that these those "
    "is was were be been has have had also who which as"
)
TITLE_INTRODUCERS = (
    "newspaper magazine film movie book show program programme operation plan called dubbed titled "
    "entitled named nicknamed so-called slogan hashtag term word phrase song album series novel"
)
AUXILIARIES = "has have had was were is are would will did does also later then"
HONORIFICS = "mr mrs ms dr sen gov rep lord lady sir dame baroness baron"


class English(LatinScript):
    code = "en"
    possession = "{owner}'s {rest}"
    gerund_endings = ("ing",)
    adverb_endings = ("ly",)
    agent_endings = ("er", "or", "ist", "ian")
    incises = False  # English closes the marks around its reporting clause

    def add_cues(self) -> None:
        for line in VERBS.strip().splitlines():
            forms = line.split()
            for form in forms:
                kind = "participle" if form.endswith("ing") else "verb"
                self.add(form, CueEntry(forms[0], kind))
        for form in GOVERNING_ONLY.split():
            self.add(form, CueEntry(form, "verb", governing_only=True))
        for line in PHRASAL.strip().splitlines():
            lemma, forms = line.split(":")
            for form in forms.split(","):
                kind = "participle" if form.strip().split()[0].endswith("ing") else "verb"  # pointing out
                self.add(form.strip(), CueEntry(lemma, kind))


LANGUAGE = English
