"""brief quotes: every quotation in an article, who said it, and how.

spans (quotation marks, across paragraphs) -> incises (« A, a-t-il dit, B »
is two quotations) -> cues (each language's, language/)
-> attribute (which cue reports which quotation) -> speakers (the phrase
naming the speaker) -> registry (one entry per speaker) -> classify (terms
and titles out; full, partial, mixed) -> Quotation; indirect speech beside.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.model import Article, Quotation
from briefcli.quotes.attribute import Attributor, Choice, Speaker
from briefcli.quotes.classify import kind_of, subtype
from briefcli.quotes.cues import Cue
from briefcli.quotes.incises import split_incises
from briefcli.quotes.indirect import Content, contents
from briefcli.quotes.language import language_for
from briefcli.quotes.reader import Reader
from briefcli.quotes.registry import Registry
from briefcli.quotes.spans import MarkedSpan, marked_spans

FRAME_CHARS = 300  # how far before a quotation its frame is looked for
CLAUSE_ENDS = ",\u060c.!?\u061f;\u061b:)"


@dataclass
class Found:
    """A quotation before its speaker's canonical name is final."""

    mode: str
    subtype: str
    start: int
    end: int
    speaker: Speaker
    cue: tuple[int, int] | None
    paragraph: int


def find_quotations(article: Article, indirect: bool = True) -> tuple[Quotation, ...]:
    """The quotations of `article` in order; indirect speech too unless told
    not (it is read either way: who spoke it is who a later quotation may
    continue, so leaving it out changes no direct quotation's speaker)."""
    if not article.paragraphs:
        return ()
    language = language_for(article.language)
    spans = split_incises(article, marked_spans(article), language)
    reader = Reader(article, language, spans)
    attributor = Attributor(reader, Registry(language, article.text))
    by_paragraph: dict[int, list[MarkedSpan]] = {}
    for span in spans:
        by_paragraph.setdefault(span.first, []).append(span)
    found: list[Found] = []
    for index in range(len(article.paragraphs)):
        paragraph = reader.paragraph(index)
        items: list[MarkedSpan | Content | Cue] = list(by_paragraph.get(index, []))
        items += contents(paragraph) if paragraph.cues else []
        items += paragraph.cues  # every reporting clause tells who spoke last, quoted or not
        for item in sorted(items, key=lambda item: item.start):
            if isinstance(item, Cue):
                attributor.reporting(paragraph, item)
                continue
            result = direct(attributor, item) if isinstance(item, MarkedSpan) else reported(attributor, item)
            if result is not None and (indirect or result.mode == "direct"):
                found.append(result)
    return finish(article, found)


def direct(attributor: Attributor, span: MarkedSpan) -> Found | None:
    reader = attributor.reader
    text = reader.article.text
    choice = attributor.choose(span)
    first = reader.paragraph(span.first)
    before = first.window.tokens[max(0, first.token_at(span.open) - 3):first.token_at(span.open)]
    context = (text[max(0, span.open - 4):span.open], text[span.close + 1:span.close + 3])
    if kind_of(text[span.start:span.end], before, choice.position != "none", reader.language, context, span.open) \
            or attributor.names_in_marks(span, choice):
        return None
    if choice.cue is not None:
        speaker = attributor.speaker(choice.paragraph, choice.cue)
    elif choice.signature is not None:
        speaker = attributor.signed(choice.paragraph, *choice.signature)
    elif choice.position == "colon":
        speaker = attributor.introduced_by(choice.paragraph, span.open)
    else:
        speaker = Speaker(attributor.continued(span.first, span.open), None)
    attributor.note(span.last, speaker.entity)
    cue = (choice.cue.start, choice.cue.end) if choice.cue else None
    return Found("direct", quotation_subtype(attributor, span, choice, speaker), span.start, span.end,
                 speaker, cue, span.first)


def quotation_subtype(attributor: Attributor, span: MarkedSpan, choice: Choice, speaker: Speaker) -> str:
    reader = attributor.reader
    paragraph = reader.paragraph(span.first)
    text = reader.article.text
    if choice.position in ("before", "earlier") and choice.cue is not None:
        frame_start = choice.cue.end
        if speaker.mention is not None and frame_start <= speaker.mention.start < span.open:
            frame_start = speaker.mention.end
        frame_start = max(frame_start, span.open - FRAME_CHARS)
        commas = [k for k in range(frame_start, span.open) if text[k] in ",\u060c"]
        frame_start = commas[-1] + 1 if commas else frame_start
    else:
        sentence_start = paragraph.sentence(span.open)[0]
        closes = [c + 1 for c in paragraph.window.closes_between(sentence_start, span.open)]
        frame_start = max([sentence_start, span.open - FRAME_CHARS] + closes)
    frame = [t for t in paragraph.window.tokens[paragraph.token_at(frame_start):paragraph.token_at(span.open)]]
    following = text[span.close + 1:span.close + 3].strip()
    ends_clause = not following or following[0] in CLAUSE_ENDS or span.close >= reader.article.paragraphs[span.last].end
    return subtype(frame, ends_clause, reader.language)


def reported(attributor: Attributor, content: Content) -> Found:
    speaker = attributor.speaker(content.paragraph, content.cue)
    attributor.note(content.paragraph.index, speaker.entity)
    return Found("indirect", "paraphrase", content.start, content.end, speaker,
                 (content.cue.start, content.cue.end), content.paragraph.index)


def finish(article: Article, found: list[Found]) -> tuple[Quotation, ...]:
    """Quotations with final canonical names, speakers numbered in order of
    their first quotation."""
    text = article.text
    numbers: dict[int, int] = {}
    out = []
    for item in found:
        entity, mention = item.speaker.entity, item.speaker.mention
        if entity is not None:
            numbers.setdefault(entity.index, len(numbers) + 1)
        out.append(Quotation(
            mode=item.mode,  # type: ignore[arg-type]
            subtype=item.subtype,
            text=text[item.start:item.end],
            start=item.start,
            end=item.end,
            speaker=entity.canonical if entity is not None else None,
            speaker_mention=mention.text if mention is not None else None,
            cue=text[item.cue[0]:item.cue[1]] if item.cue else None,
            paragraph=item.paragraph + 1,
            speaker_index=numbers.get(entity.index) if entity is not None else None,
            mention_span=(mention.start, mention.end) if mention is not None else None,
            cue_span=item.cue,
        ))
    return tuple(out)
