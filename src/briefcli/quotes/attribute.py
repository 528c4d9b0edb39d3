"""Which cue reports a quotation, and who speaks.

For each quotation, in its sentence: a cue right before it (قال إن “,
"said: “"), else a cue right after it in a reporting clause (“...”، يورد X;
'," he said'), else any cue earlier in the sentence (one cue may govern
several quotations), else none: a long quotation with no cue continues the
latest speaker of this or the previous paragraph, a short one is a term.
A cue that introduces content of its own (، خاتما بأن “) reports that, not
the quotation before it. Each cue's speaker is resolved once, through the
registry; an implicit subject takes the speaker of the cue before it in the
sentence, else the latest speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefcli.quotes.cues import QUOTE_OPENERS, Cue
from briefcli.quotes.mentions import Mention
from briefcli.quotes.reader import Paragraph, Reader
from briefcli.quotes.registry import Entity, Registry
from briefcli.quotes.spans import MarkedSpan
from briefcli.quotes.speakers import phrase_after, speaker_phrase, verb_first

TIGHT = 6  # at most this many words between a cue and the quotation it governs
AFTER_REACH = 6  # words between a closing mark and the cue of a reporting clause
SENTENCE_END = frozenset(".!?\u061f")


@dataclass(frozen=True)
class Choice:
    cue: Cue | None
    paragraph: Paragraph | None
    position: str  # before, after, earlier, none


@dataclass
class Speaker:
    entity: Entity | None
    mention: Mention | None


class Attributor:
    def __init__(self, reader: Reader, registry: Registry):
        self.reader = reader
        self.registry = registry
        self.resolved: dict[tuple[int, int], Speaker] = {}
        self.by_sentence: dict[tuple[int, int], list[tuple[int, Entity]]] = {}
        self.latest: tuple[int, Entity] | None = None  # (paragraph, entity) of the latest attribution

    def choose(self, span: MarkedSpan) -> Choice:
        first = self.reader.paragraph(span.first)
        sentence_start = first.sentence(span.open)[0]
        before = [c for c in first.cues_between(sentence_start, span.open)]
        last = self.reader.paragraph(span.last)
        if before and self.tight(first, before[-1], span.open):
            return Choice(before[-1], first, "before")
        after = self.after_cue(last, span.close)
        if after is not None:
            return Choice(after, last, "after")
        if before:
            return Choice(before[-1], first, "earlier")
        return Choice(None, None, "none")

    def tight(self, paragraph: Paragraph, cue: Cue, open_mark: int) -> bool:
        between = paragraph.token_at(open_mark) - cue.last
        quoted = any(cue.end <= o < open_mark for o, _ in paragraph.window.quotes)
        return between <= TIGHT + self.subject_length(paragraph, cue) and not quoted

    def subject_length(self, paragraph: Paragraph, cue: Cue) -> int:
        if cue.kind in ("verb", "according") and verb_first(paragraph.window, cue):
            tokens, after = phrase_after(paragraph.window, cue, cue.kind == "according")
            return len(tokens)
        return 0

    def after_cue(self, paragraph: Paragraph, close: int) -> Cue | None:
        """The cue of a reporting clause right after the closing mark."""
        text = self.reader.article.text
        sentence_end = paragraph.sentence(close)[1]
        start = paragraph.token_at(close)
        for cue in paragraph.cues_between(close, sentence_end):
            words = cue.first - start
            gap = text[close + 1:cue.start]
            if words > AFTER_REACH or any(c in SENTENCE_END or c in QUOTE_OPENERS for c in gap):
                return None
            if words and (self.reader.lexicon.language == "ar" and words > 1 or self.breaks(paragraph, start, cue.first)):
                return None
            if self.introduces(paragraph, cue):
                return None
            return cue
        return None

    def breaks(self, paragraph: Paragraph, start: int, end: int) -> bool:
        return any(paragraph.window.breaks_before(k) for k in range(start + 1, end + 1))

    def introduces(self, paragraph: Paragraph, cue: Cue) -> bool:
        """Whether `cue` reports content after it (", adding that", "، خاتما بأن")."""
        window = paragraph.window
        index = cue.last
        if cue.kind in ("verb", "according") and verb_first(window, cue):
            index = phrase_after(window, cue, cue.kind == "according")[1]
        if index >= len(window.tokens):
            return False
        gap = window.gap(index)
        if ":" in gap or any(c in QUOTE_OPENERS for c in gap.strip(" ,\u060c")):
            return True
        word = window.tokens[index].folded
        lexicon = self.reader.lexicon
        return not window.breaks_before(index) and (
            word in lexicon.complementizers or (word[1:] in lexicon.complementizers and word[0] == "\u0628")
            or word in cue.entry.preps)

    def speaker(self, paragraph: Paragraph, cue: Cue) -> Speaker:
        key = (paragraph.index, cue.start)
        found = self.resolved.get(key)
        if found is not None:
            return found
        sentence = paragraph.sentence(cue.start)
        clause_start = self.clause_start(paragraph, sentence[0], cue.start)
        mention = speaker_phrase(paragraph.window, cue, clause_start)
        if mention is not None:
            entity = self.registry.resolve(mention, cue.start)
        else:
            entity = self.implicit(paragraph.index, sentence, cue.start)
            if entity is not None:
                self.registry.seen(entity, cue.start)
        found = self.resolved[key] = Speaker(entity, mention)
        if entity is not None:
            self.by_sentence.setdefault((paragraph.index, sentence[0]), []).append((cue.start, entity))
        return found

    def clause_start(self, paragraph: Paragraph, sentence_start: int, cue_start: int) -> int:
        """Token index where the cue's clause starts: the sentence start, or
        after the last quotation that closes before the cue."""
        closes = [c for o, c in paragraph.window.quotes if sentence_start <= c < cue_start]
        return paragraph.token_at(max(closes) + 1 if closes else sentence_start)

    def implicit(self, paragraph: int, sentence: tuple[int, int], position: int) -> Entity | None:
        earlier = [e for p, e in self.by_sentence.get((paragraph, sentence[0]), []) if p < position]
        if earlier:
            return earlier[-1]
        return self.registry.latest()

    def continued(self, paragraph: int) -> Entity | None:
        """The speaker a quotation without a cue continues."""
        if self.latest is not None and paragraph - self.latest[0] <= 1:
            return self.latest[1]
        return None

    def note(self, paragraph: int, entity: Entity | None) -> None:
        if entity is not None:
            self.latest = (paragraph, entity)


def bisect_cues(cues: list[Cue], start: int, end: int) -> list[Cue]:
    starts = [c.start for c in cues]
    return cues[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
