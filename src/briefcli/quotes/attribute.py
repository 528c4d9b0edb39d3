"""Which cue reports a quotation, and who speaks.

For each quotation, in its sentence: a cue right before it (قال إن “,
"said: “"), else a cue right after it in a reporting clause (“...”، يورد X;
'," he said'), else any cue earlier in the sentence (one cue may govern
several quotations), else a colon that ends a clause (its subject speaks),
else none: a long quotation with no cue continues the person the sentence
before opens with, or the latest speaker of this or the previous paragraph;
a short one is a term. A cue that introduces content of its own (، خاتما بأن “)
reports that, not the quotation before it; a clause a cue governs up to the
quotation beats an according-to phrase after it, and "Pour X," opening the
sentence beats a verb whose subject is a thing. Each cue's speaker is
resolved once, through the registry; an implicit subject takes the speaker
of the cue before it in the sentence, else the latest speaker; a pronoun the
person the sentence before the quotation opens with.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefcli.quotes.cues import CLAUSE_BREAKS, QUOTE_OPENERS, Cue
from briefcli.quotes.indirect import complement_start
from briefcli.quotes.mentions import Mention, analyse
from briefcli.quotes.reader import Paragraph, Reader
from briefcli.quotes.registry import Entity, Registry
from briefcli.quotes.spans import MarkedSpan
from briefcli.quotes.window import Window
from briefcli.quotes.words import fold
from briefcli.quotes.speakers import closing_clause, phrase_after, speaker_phrase, verb_first

MAX_NAME_WORDS = 4  # a name or an acronym in marks after its speaker's subject
MAX_PRONOUN_CHAIN = 3  # sentences that open with a pronoun, back to the one that names who
ADJACENT = 2  # characters between a subject and the marks of its name
TIGHT = 6  # at most this many words between a cue and the quotation it governs
AFTER_REACH = 6  # words between a closing mark and the cue of a reporting clause
NAMED_REACH = 16  # the same when a name opens the clause ("," Scott Pruitt, the ..., said)
AFTER_CHARS = 400  # how far after a closing mark a reporting clause's cue may be
SENTENCE_END = frozenset(".!?\u061f")
MAX_SIGNATURE = 6  # words of a name signing a quotation after a dash
DASHES = "\u2015\u2014\u2013-"
COMMAS = ",\u060c"
ASIDES = re.compile(r"\([^()]*\)|\b[A-Z][a-z]{0,3}\.|\b[A-Z]\.")


def without_asides(gap: str) -> str:
    """A gap without parentheses and abbreviations (Sen., Rep. Moore (D-Wis.))."""
    return ASIDES.sub(" ", gap)


@dataclass(frozen=True)
class Choice:
    cue: Cue | None
    paragraph: Paragraph | None
    position: str  # before, after, earlier, dash, colon, none
    signature: tuple[int, int] | None = None  # tokens of the name after a dash


@dataclass
class Speaker:
    entity: Entity | None
    mention: Mention | None


class Attributor:
    def __init__(self, reader: Reader, registry: Registry):
        self.reader = reader
        self.registry = registry
        self.resolved: dict[tuple[int, int], Speaker] = {}
        self.phrases: dict[tuple[int, int], Mention | None] = {}
        self.by_sentence: dict[tuple[int, int], list[tuple[int, Speaker]]] = {}
        self.latest: tuple[int, Entity] | None = None  # (paragraph, entity) of the latest attribution

    def choose(self, span: MarkedSpan) -> Choice:
        first = self.reader.paragraph(span.first)
        sentence_start = first.sentence(span.open)[0]
        before = first.last_cue_between(sentence_start, span.open)
        if before is not None:
            before = self.past_aside(first, sentence_start, before, span.open)
        last = self.reader.paragraph(span.last)
        after = self.after_cue(last, span.close)
        reporting = after is not None and after.kind in ("verb", "according")  # ", a-t-il dit", "، على حد تعبيرها"
        if before and self.tight(first, before, span.open) and not (reporting and not self.frames(first, before, span.open)):
            opening = self.opening_according(first, sentence_start, before)
            return Choice(opening or before, first, "earlier" if opening else "before")
        if after is not None and after.kind == "according" and before and self.governs(first, before, span.open):
            return Choice(before, first, "before")  # سجل البلاغ أن ... "..."، وفق ما أفادت به الفروع
        if after is not None:
            return Choice(after, last, "after")
        if before:
            return Choice(before, first, "earlier")
        closing = self.closing_cue(last, span.close) or self.final_clause(last, span.close)
        if closing is not None:
            return Choice(closing, last, "after")  # « A », avec des « B » et « C », a alerté le centre.
        introduced = self.colon_before(span)
        if introduced is not None:
            return introduced
        dash = self.dash_after(last, span.close)
        if dash is not None:
            return dash
        if self.reader.article.text[sentence_start:span.open].rstrip().endswith(":"):
            return Choice(None, first, "colon")  # "Marc Le Goff ne décolère pas : « ... »"
        return Choice(None, None, "none")

    def past_aside(self, paragraph: Paragraph, sentence_start: int, cue: Cue, open_mark: int) -> Cue:
        """The cue of the clause an aside interrupts: "وأكد تاجر، طالبا عدم
        كشف اسمه، أن «...»", "وقال المسؤول، مشترطا عدم ذكر اسمه، إن «...»":
        the complementizer after the aside's closing comma is the main verb's,
        not that of a cue inside the aside."""
        window, language = paragraph.window, paragraph.window.language
        if cue.kind == "according":
            return cue  # وذكرت الوكالة، نقلا عن مصدر، أن: the source speaks
        for k in range(cue.last, paragraph.token_at(open_mark)):
            word = window.tokens[k].folded
            if k > cue.last and window.breaks_before(k):
                comma = window.gap(k).strip() in COMMAS
                if not (comma and language.is_complementizer(word)):
                    return cue
                earlier = paragraph.last_cue_between(sentence_start, cue.start)
                aside = earlier is not None and any(window.gap(j).strip() in COMMAS
                                                    for j in range(earlier.last + 1, cue.first + 1))
                return earlier if aside else cue
            if language.is_complementizer(word) or ":" in window.gap(k):
                return cue
        return cue

    def colon_before(self, span: MarkedSpan) -> Choice | None:
        """A quotation opening a paragraph after one that ends "... said:"."""
        article = self.reader.article
        paragraph = article.paragraphs[span.first]
        if span.first == 0 or span.open - paragraph.start > 3 or article.text[paragraph.start:span.open].strip():
            return None
        previous = self.reader.paragraph(span.first - 1)
        if not previous.cues or not article.paragraphs[span.first - 1].text.rstrip().endswith(":"):
            return None
        return Choice(previous.cues[-1], previous, "before")

    def dash_after(self, paragraph: Paragraph, close: int) -> Choice | None:
        """“...” ― Oscar P. Quintero: a name after a dash signs the quotation."""
        text = self.reader.article.text
        rest = text[close + 1:close + 4].lstrip()
        if not rest or rest[0] not in DASHES:
            return None
        window = paragraph.window
        start = end = paragraph.token_at(close)
        while end < len(window.tokens) and end - start < MAX_SIGNATURE:
            if end > start and window.breaks_before(end) and without_asides(window.gap(end)).strip():
                break  # a comma or a full stop ends the name; "Oscar P. Quintero" goes on
            end += 1
        if end == start:
            return None
        return Choice(None, paragraph, "dash", (start, end))

    def opening_according(self, paragraph: Paragraph, sentence_start: int, verb: Cue) -> Cue | None:
        """"Pour le sociologue X, la réforme répond à « ... »": the phrase that
        opens the sentence names the speaker when the verb's subject is a
        thing, not a person."""
        opening = paragraph.cues_between(sentence_start, verb.start)
        if not opening or opening[0].kind != "according" or opening[0].start - sentence_start > 2:
            return None
        subject = self.subject_phrase(paragraph, verb)
        thing = verb.kind == "verb" and (subject is None or subject.kind == "description" and not subject.descriptors)
        return opening[0] if thing else None

    def frames(self, paragraph: Paragraph, cue: Cue, open_mark: int) -> bool:
        """Whether `cue` introduces the quotation at `open_mark` itself: with
        nothing between, or through a colon, a complementizer or its own
        preposition ('said "', قال: «، أكد أن «); not when an object comes
        between ("سجلت اللهجة المصرية أفضل النتائج، «...»، على حد تعبيرها": the
        reporting clause after the quotation is its cue)."""
        window, language = paragraph.window, paragraph.window.language
        between = range(cue.last, paragraph.token_at(open_mark))
        return not between or ":" in self.reader.article.text[cue.end:open_mark] or any(
            language.is_complementizer(window.tokens[k].folded) or window.tokens[k].folded in cue.entry.preps
            for k in between)

    def governs(self, paragraph: Paragraph, cue: Cue, open_mark: int) -> bool:
        """Whether the clause `cue` introduces (أن، que, that) runs on to the
        quotation with no comma or mark between."""
        start = complement_start(paragraph, cue)
        if start is None or start >= len(paragraph.window.tokens):
            return False
        between = self.reader.article.text[paragraph.window.tokens[start].start:open_mark]
        return not any(c in CLAUSE_BREAKS for c in between)

    def tight(self, paragraph: Paragraph, cue: Cue, open_mark: int) -> bool:
        between = paragraph.token_at(open_mark) - cue.last
        quoted = bool(paragraph.window.opens_between(cue.end, open_mark))
        return between <= TIGHT + self.subject_length(paragraph, cue) and not quoted

    def subject_length(self, paragraph: Paragraph, cue: Cue) -> int:
        if cue.kind in ("verb", "according") and verb_first(paragraph.window, cue):
            tokens, after = phrase_after(paragraph.window, cue, cue.kind == "according")
            return len(tokens)
        return 0

    def after_cue(self, paragraph: Paragraph, close: int) -> Cue | None:
        """The cue of a reporting clause right after the closing mark."""
        text = self.reader.article.text
        start = paragraph.token_at(close)
        if start >= len(paragraph.window.tokens):
            return None
        sentence_end = paragraph.sentence(paragraph.window.tokens[start].start)[1]
        named = self.reader.language.capitalised(paragraph.window.tokens[start])
        if paragraph.window.tokens[start].folded in self.reader.language.subordinators | self.reader.language.conjunctions:
            return None  # “absolutely right” when he said that ..., « ... » et appellent: no reporting clause
        for cue in paragraph.cues_between(close, min(sentence_end, close + AFTER_CHARS)):
            words = cue.first - start
            gap = without_asides(text[close + 1:cue.start])
            reach = NAMED_REACH if named else AFTER_REACH
            if words > reach or any(c in SENTENCE_END or c in QUOTE_OPENERS for c in gap):
                return None
            if words and (self.reader.language.verb_first and words > 1
                          or not named and self.breaks(paragraph, start, cue.first)):
                return None
            pointer = words == 1 and paragraph.window.tokens[start].folded in self.reader.language.pointers
            if self.introduces(paragraph, cue) == "clause" and not pointer:
                return None  # (but "«...»، هكذا علق X على": هكذا points back at the quotation)
            return cue
        return None

    def closing_cue(self, paragraph: Paragraph, close: int) -> Cue | None:
        """The reporting clause that ends the sentence of a quotation that
        has no cue of its own, when the words between are no clause of
        their own ("c'est une « onde de tempête », avec des « vents extrêmes »
        ..., a alerté le centre"): the last cue of the sentence, right after
        a quotation and a comma, with its subject after it."""
        sentence_end = paragraph.sentence(close)[1]
        cues = paragraph.cues_between(close, sentence_end)
        if len(cues) != 1 or cues[0].kind != "verb" or not closing_clause(paragraph.window, cues[0]):
            return None
        between = self.reader.article.text[close + 1:cues[0].start]
        return cues[0] if not any(c in SENTENCE_END for c in between) else None

    def final_clause(self, paragraph: Paragraph, close: int) -> Cue | None:
        """The reporting clause that ends the sentence of a quotation with no
        cue of its own, its subject set off by a comma before it ("The
        German music business is "in the state of a zombie" because ..., a
        leading industry figure has said."): the last cue of the sentence,
        with no quotation after the first one and nothing after the verb."""
        sentence_end = paragraph.sentence(close)[1]
        cues = paragraph.cues_between(close, sentence_end)
        if not cues or cues[-1].kind != "verb" or paragraph.window.opens_between(close + 1, sentence_end):
            return None
        cue, window = cues[-1], paragraph.window
        after = cue.last
        if after < len(window.tokens) and window.tokens[after].start < sentence_end:
            return None
        start = cue.group_start
        while start > 0 and not window.breaks_before(start):
            start -= 1
        subject = window.language.subject_before(window, start, cue.group_start, False) if start > 0 else None
        comma = start > 0 and window.gap(start).strip() in COMMAS
        return cue if comma and subject is not None and subject.kind in ("name", "description") else None

    def breaks(self, paragraph: Paragraph, start: int, end: int) -> bool:
        window = paragraph.window
        return any(window.breaks_before(k) and without_asides(window.gap(k)).strip()
                   for k in range(start + 1, end + 1))

    def introduces(self, paragraph: Paragraph, cue: Cue) -> str | None:
        """What `cue` reports after it: "clause" (", adding that", "، خاتما
        بأن", "said:"), "quote" (the rest of a quotation it splits: '," he
        said, "'), or None."""
        window = paragraph.window
        index = cue.last
        if cue.kind in ("verb", "according") and verb_first(window, cue):
            index = phrase_after(window, cue, cue.kind == "according")[1]
        if index >= len(window.tokens):
            return None
        gap = window.gap(index)
        if any(c in SENTENCE_END for c in gap):
            return None
        if ":" in gap:
            return "clause"
        if any(c in QUOTE_OPENERS for c in gap.strip(" ,\u060c")):
            return "quote"
        word = window.tokens[index].folded
        governed = not window.breaks_before(index) and (
            self.reader.language.is_complementizer(word) or word in cue.entry.preps)
        return "clause" if governed else None

    def names_in_marks(self, span: MarkedSpan, choice: Choice) -> bool:
        """Whether a short quoted stretch is the name of the one who speaks,
        set right after its cue or its subject: ذكرت رئاسة إدارة الكوارث «آفاد»،
        نقلت «الوكالة الوطنية للإعلام» عن مصدر."""
        text = self.reader.article.text
        if choice.cue is None or choice.position not in ("before", "earlier") \
                or len(text[span.start:span.end].split()) > MAX_NAME_WORDS:
            return False
        following = text[span.close + 1:span.close + 6].lstrip()
        word = following.split()[0] if following.split() else ""
        language = self.reader.language
        if not following or not (following[0] in ",\u060c" or fold(word) in language.name_followers | language.relatives):
            return False
        cue, paragraph = choice.cue, choice.paragraph
        if cue.entry.relays and span.open - cue.end <= ADJACENT:
            return True
        mention = self.subject_phrase(paragraph, cue)
        if mention is None or not 0 <= span.open - mention.end <= ADJACENT:
            return False
        self.speaker(paragraph, cue)  # the registry learns who, for "البيان" later
        return True

    def subject_phrase(self, paragraph: Paragraph, cue: Cue) -> Mention | None:
        """The speaker phrase of `cue` in its clause, read once."""
        key = (paragraph.index, cue.start)
        if key not in self.phrases:
            clause_start, after_quote = self.clause_start(paragraph, paragraph.sentence(cue.start)[0], cue.start)
            self.phrases[key] = speaker_phrase(paragraph.window, cue, clause_start, after_quote)
        return self.phrases[key]

    def speaker(self, paragraph: Paragraph, cue: Cue) -> Speaker:
        key = (paragraph.index, cue.start)
        found = self.resolved.get(key)
        if found is not None:
            return found
        sentence = paragraph.sentence(cue.start)
        mention = self.subject_phrase(paragraph, cue)
        entity = None
        if mention is None and cue.kind == "participle":
            earlier = self.earlier_speaker(paragraph.index, sentence, cue.start)
            if earlier is not None:
                entity = earlier.entity  # "وأضاف الشاذلي أن ...، لافتاً إلى أن": implicit, no mention of its own
            else:
                mention = paragraph.window.language.sentence_subject(
                    paragraph.window, paragraph.token_at(sentence[0]), cue.group_start)
        gender = paragraph.window.language.cue_gender(paragraph.window.tokens[cue.first].folded)
        if mention is not None and mention.kind == "pronoun":
            language = paragraph.window.language
            gender = language.word_gender(language.pronoun_of(mention.text))
            opening = self.quotation_sentence(paragraph, sentence[0], cue.start)
            entity = self.reported_before(paragraph, opening, cue.start, gender) \
                or self.previous_person(paragraph, opening, gender)
        if mention is not None and entity is None:
            entity = self.registry.resolve(mention, cue.start)
        elif entity is None:
            entity = self.implicit(paragraph.index, sentence, cue.start, gender=gender)
        if entity is not None:
            self.registry.seen(entity, cue.start)
        found = self.resolved[key] = Speaker(entity, mention)
        if entity is not None:
            self.by_sentence.setdefault((paragraph.index, sentence[0]), []).append((cue.start, found))
        return found

    def introduced_by(self, paragraph: Paragraph, open_mark: int) -> Speaker:
        """The subject of the clause a colon ends before a quotation, when
        no cue names it ("Président de l'association, Marc Le Goff ne
        décolère pas : « ... »")."""
        window = paragraph.window
        start, end = paragraph.token_at(paragraph.sentence(open_mark)[0]), paragraph.token_at(open_mark)
        mention = window.language.colon_subject(window, start, end)
        if mention is None or mention.kind not in ("name", "description", "organisation", "document"):
            return Speaker(self.continued(paragraph.index, open_mark), None)
        return Speaker(self.registry.resolve(mention, mention.start), mention)

    def signed(self, paragraph: Paragraph, start: int, end: int) -> Speaker:
        window = paragraph.window
        mention = analyse(window.text, window.tokens[start:end], window.language)
        entity = self.registry.resolve(mention, mention.start) if mention is not None else None
        return Speaker(entity, mention)

    def clause_start(self, paragraph: Paragraph, sentence_start: int, cue_start: int) -> tuple[int, bool]:
        """Token index where the cue's clause starts: the sentence start, or
        after the last quotation that closes before the cue (and whether so),
        unless the quotation is a phrase's name in marks ("co-fondateur des
        "Gilets jaunes citoyens", a annoncé": a preposition or a determiner
        before it)."""
        window = paragraph.window
        closes = [c for c in window.closes_between(sentence_start - 2, cue_start) if not self.named_in_phrase(window, c)]
        if closes:
            return paragraph.token_at(max(closes) + 1), True
        return paragraph.token_at(sentence_start), False

    def named_in_phrase(self, window: Window, close: int) -> bool:
        """Whether the quotation that closes at `close` follows a preposition
        or a determiner, as a name in marks does."""
        opening = window.opens[bisect.bisect_left(window.closes, close)]
        before = window.token_at(opening) - 1
        language = window.language
        return before >= 0 and not window.text[window.tokens[before].end:opening].strip() \
            and (language.is_preposition(window.tokens[before]) or window.tokens[before].folded in language.determiners)

    def implicit(self, paragraph: int, sentence: tuple[int, int], position: int,
                 gender: str | None = None) -> Entity | None:
        """The subject a verb leaves implicit: the speaker of a cue before it
        in the sentence, else the person the sentence names in a language
        that drops subjects, else the latest speaker; of the cue's gender
        when its form says (وأضافت: a woman)."""
        earlier = self.earlier_speaker(paragraph, sentence, position, gender)
        if earlier is not None:
            return earlier.entity
        subject = self.sentence_subject(paragraph, sentence, position) if self.reader.language.pro_drop else None
        if subject is not None and subject.agrees(gender):
            return subject  # "يقف جاسم عودة ...، ويقول:"
        return self.registry.latest(gender=gender) or self.registry.latest()

    def earlier_speaker(self, index: int, sentence: tuple[int, int], position: int,
                        gender: str | None = None) -> Speaker | None:
        """The speaker of the nearest cue before `position` in the sentence:
        one a quotation asked for, else one that names its subject though no
        quotation asked for it (وفق ما أفاد به مصدر مطلع، أوضح أن “...”: أوضح is
        the source's; "Trump attacked Clinton, saying": no cue, None)."""
        earlier = [s for p, s in self.by_sentence.get((index, sentence[0]), []) if p < position and s.entity.agrees(gender)]
        if earlier:
            return earlier[-1]
        paragraph = self.reader.paragraph(index)
        for cue in reversed(paragraph.cues_between(sentence[0], position)):
            if self.subject_phrase(paragraph, cue) is not None:
                found = self.speaker(paragraph, cue)
                return found if found.entity is not None and found.entity.agrees(gender) else None
        return None

    def sentence_subject(self, index: int, sentence: tuple[int, int], position: int) -> Entity | None:
        """The person the sentence names as its subject before `position`."""
        paragraph = self.reader.paragraph(index)
        window = paragraph.window
        mention = window.language.sentence_subject(window, paragraph.token_at(sentence[0]), paragraph.token_at(position))
        if mention is None or mention.kind != "name":
            return None
        return self.registry.resolve(mention, mention.start)

    def continued(self, paragraph: int, open_mark: int) -> Entity | None:
        """The speaker a quotation without a cue continues: the person its
        own sentence opens with, else the person the sentence before it
        opens with ("M. Albert, lui, a arraché deux hectares. « J'ai préféré
        ... »"), else the latest speaker of this or the previous paragraph."""
        current = self.reader.paragraph(paragraph)
        sentence_start = current.sentence(open_mark)[0]
        window = current.window
        first = window.past_glued_title(current.token_at(sentence_start))
        own = window.language.opening_subject(window, first, current.token_at(open_mark)) \
            if first < current.token_at(open_mark) and not window.quoted(first) else None
        sound = own is not None and (own.kind == "description" or own.kind == "name" and len(own.name) > 1)
        found = self.registry.known(own) if sound else self.registry.met(own) if own is not None else None
        # (a word alone only for someone met before: not "The German music business is « ... »")
        if found is not None and found.kind == "person":
            return found  # "Nadia Hai a loué la vidéo et critiqué l'allusion ..., parce que la jeune fille « ... »"
        found = self.previous_person(current, sentence_start)
        if found is not None:
            return found
        if self.latest is not None and paragraph - self.latest[0] <= 1:
            return self.latest[1]
        return None

    def quotation_sentence(self, paragraph: Paragraph, sentence_start: int, cue_start: int) -> int:
        """Where the sentence opens that holds the start of the quotation a
        reporting clause follows ("« A. B », a-t-il dit": the sentence of A)."""
        closes = paragraph.window.closes_between(sentence_start - 2, cue_start)
        if not closes:
            return sentence_start
        k = bisect.bisect_left(paragraph.window.closes, max(closes))
        return min(sentence_start, paragraph.sentence(paragraph.window.opens[k])[0])

    def reported_before(self, paragraph: Paragraph, sentence_start: int, cue_start: int,
                        gender: str | None) -> Entity | None:
        """The person a reporting verb names, of the pronoun's gender, before
        the quotation a pronoun's clause follows: in the quotation's own
        sentence ("Le député LR Pierre-Henri Dumont a dénoncé un système « ...
        », « ... », s'est-il étonné"), else in the sentence before it ("La
        France a commencé ..., a déclaré ... Francis Duseux. « ... », a-t-il
        déclaré": him, not La France)."""
        window = paragraph.window
        closes = window.closes_between(sentence_start, cue_start)
        opening = window.opens[bisect.bisect_left(window.closes, closes[0])] if closes else cue_start
        k = bisect.bisect_left(paragraph.sentence_starts, sentence_start)
        for start, limit in ((sentence_start, opening), (paragraph.sentence_starts[k - 1] if k else None, sentence_start)):
            spoken = self.by_sentence.get((paragraph.index, start), []) if start is not None else []
            people = [s.entity for p, s in spoken if p < limit and s.mention is not None and s.entity.kind == "person"
                      and s.entity.agrees(gender)]
            if people:
                return people[-1]
        return None

    def previous_person(self, paragraph: Paragraph, sentence_start: int, gender: str | None = None) -> Entity | None:
        """The person a sentence before `sentence_start` (in the same
        paragraph) opens with: the one just before, or the one before a
        sentence that opens with a pronoun ("One woman, Victoria Lapete, found
        her sister. She had not seen her ... "...," she told"), of the
        pronoun's gender."""
        k = bisect.bisect_left(paragraph.sentence_starts, sentence_start) - 1
        window = paragraph.window
        for k in range(k, max(-1, k - MAX_PRONOUN_CHAIN), -1):
            first = window.past_glued_title(paragraph.token_at(paragraph.sentence_starts[k]))
            if first >= len(window.tokens) or window.quoted(first) or paragraph.heading(paragraph.sentence_ends[k]):
                return None  # the sentence before is a quotation or a subheading
            mention = window.language.opening_subject(window, first, paragraph.token_at(paragraph.sentence_ends[k]))
            if mention is not None and mention.kind == "pronoun":
                continue
            if mention is None or mention.kind not in ("name", "description") or gender is not None and (
                    mention.kind == "description" and window.language.plural(mention.head)):
                return None  # "But if Chinese people are not ... "...," he said": not him
            entity = self.registry.known(mention)
            return entity if entity is not None and entity.kind == "person" and entity.agrees(gender) else None
        return None

    def reporting(self, paragraph: Paragraph, cue: Cue) -> None:
        """A reporting clause whose subject is named, whether or not a
        quotation asked for it: its speaker is the latest to have spoken
        ("..., says Mr Pearson. "So the gadgets ..."": his)."""
        if paragraph.heading(paragraph.sentence(cue.start)[1]):
            return  # a subheading's verb reports nothing (Xavier Bertrand et Bruno Retailleau y pensent)
        mention = self.subject_phrase(paragraph, cue)
        if cue.kind == "verb" and mention is not None and mention.kind in ("name", "organisation", "document", "pronoun"):
            self.note(paragraph.index, self.speaker(paragraph, cue).entity)

    def note(self, paragraph: int, entity: Entity | None) -> None:
        if entity is not None:
            self.latest = (paragraph, entity)
