"""English reporting cues: every form of the reporting verbs, "according to"
phrases, and the nouns that name speakers."""

from __future__ import annotations

from briefcli.quotes.lexicon import CueEntry, Lexicon, words

VERBS = """
say says said saying
tell tells told telling
add adds added adding
state states stated stating
note notes noted noting
explain explains explained explaining
ask asks asked asking
write writes wrote writing written
argue argues argued arguing
insist insists insisted insisting
claim claims claimed claiming
declare declares declared declaring
announce announces announced announcing
warn warns warned warning
continue continues continued continuing
reply replies replied replying
respond responds responded responding
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
concede concedes conceded conceding
recall recalls recalled recalling
suggest suggests suggested suggesting
remark remarks remarked remarking
observe observes observed observing
tweet tweets tweeted tweeting
post posts posted
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised
stress stresses stressed stressing
conclude concludes concluded concluding
comment comments commented commenting
urge urges urged urging
predict predicts predicted predicting
maintain maintains maintained maintaining
contend contends contended contending
counter counters countered countering
quip quips quipped quipping
joke jokes joked joking
shout shouts shouted shouting
cry cries cried
confirm confirms confirmed confirming
deny denies denied denying
report reports reported reporting
testify testifies testified testifying
assert asserts asserted asserting
allege alleges alleged alleging
complain complains complained complaining
boast boasts boasted boasting
recount recounts recounted recounting
reveal reveals revealed revealing
repeat repeats repeated repeating
describe describes described describing
tout touts touted touting
charge charges charged
vow vows vowed vowing
promise promises promised promising
mock mocks mocked mocking
retort retorts retorted
reiterate reiterates reiterated reiterating
yell yells yelled yelling
exclaim exclaims exclaimed


"""

ACCORDING = """
according to
in the words of
quoted by
quoting
"""

COMPLEMENTIZERS = "that"
SPEECH_NOUNS = "statement words remarks"
DOCUMENTS = "statement report letter memo document study release filing"
ORGANISATIONS = "ministry department government office agency campaign committee company police"
POSITIONS = (
    "president minister secretary senator sen governor gov mayor spokesman spokeswoman spokesperson "
    "director chairman chairwoman chair chief ceo head ambassador judge attorney representative rep "
    "congressman congresswoman leader adviser advisor aide official officials manager candidate "
    "nominee speaker sheriff commissioner lawmaker lawmakers prosecutor general"
)
EPITHETS = (
    "expert analyst professor researcher economist strategist pollster source sources observer "
    "witness resident voter voters supporter supporters critic critics doctor historian"
)
ANAPHOR_MARKERS = "same latter former"

PRONOUNS = "he she they we i it"
STOPS = "that on in at during after before when while last this yesterday today monday tuesday wednesday thursday friday saturday sunday and but"
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
HONORIFICS = "mr mrs ms dr sen gov rep"


def build() -> Lexicon:
    lexicon = Lexicon("en")
    for line in VERBS.strip().splitlines():
        forms = line.split()
        for form in forms:
            lexicon.add(form, CueEntry(forms[0], "verb"))
    lexicon.add("pointed out", CueEntry("point out", "verb"))
    lexicon.add("points out", CueEntry("point out", "verb"))
    lexicon.add("went on", CueEntry("go on", "verb"))
    lexicon.add("goes on", CueEntry("go on", "verb"))
    for phrase in ACCORDING.strip().splitlines():
        lexicon.add(phrase, CueEntry(phrase, "according"))
    lexicon.complementizers = words(COMPLEMENTIZERS)
    lexicon.speech_nouns = words(SPEECH_NOUNS)
    lexicon.documents = words(DOCUMENTS)
    lexicon.organisations = words(ORGANISATIONS)
    lexicon.positions = words(POSITIONS)
    lexicon.epithets = words(EPITHETS)
    lexicon.anaphor_markers = words(ANAPHOR_MARKERS)
    lexicon.pronouns = words(PRONOUNS)
    lexicon.stops = words(STOPS)
    lexicon.speech_events = words(SPEECH_EVENTS)
    lexicon.function_words = words(FUNCTION_WORDS)
    lexicon.title_introducers = words(TITLE_INTRODUCERS)
    lexicon.auxiliaries = words(AUXILIARIES)
    lexicon.honorifics = words(HONORIFICS)
    return lexicon
