"""What a speaker phrase is: a name, a description, a document, an
organisation, an anaphor or a pronoun; and which of its words are the name.

The steps common to every language are here (pronouns, anaphors, documents,
trimming); which words of a phrase are a name is the language's grammar
(`Language.analyse_words`): Arabic finds names by elimination and clitics,
French and English by capitals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefcli.quotes.words import Token

if TYPE_CHECKING:
    from briefcli.quotes.language import Language

MAX_NAME = 4


@dataclass(frozen=True)
class Mention:
    """A speaker phrase: `kind` is name, description, document,
    organisation, anaphor or pronoun; `name` the words that are a proper
    name (for a name), `head` the role or anaphoric noun (for descriptions)."""

    text: str
    start: int
    end: int
    kind: str
    name: tuple[Token, ...] = ()
    head: str = ""
    definite: bool = False
    descriptors: tuple[str, ...] = ()


class Maker:
    """Makes the Mention of one phrase (its text and offsets fixed)."""

    def __init__(self, text: str, tokens: list[Token]):
        self.phrase = text[tokens[0].start:tokens[-1].end]
        self.start, self.end = tokens[0].start, tokens[-1].end

    def __call__(self, kind: str, **more) -> Mention:
        return Mention(self.phrase, self.start, self.end, kind, **more)


def analyse(text: str, tokens: list[Token], language: Language) -> Mention | None:
    """The Mention the words `tokens` make, or None when they name no one."""
    tokens = language.before_clause(trim(tokens, language))
    if not tokens:
        return None
    make = Maker(text, tokens)
    folded = [t.folded for t in tokens]
    if folded[0] in language.pronouns:  # "she still", "it further": a pronoun is the whole subject
        return Maker(text, tokens[:1])("pronoun")
    anaphor = language.anaphor_head(folded)
    if anaphor:
        return make("anaphor", head=anaphor, definite=True)
    first = language.head_word(folded)
    if first in language.documents or folded[0] in language.documents:
        return make("document", head=first, definite=language.is_definite(folded), descriptors=(first,))
    return language.analyse_words(tokens, make, text)


def trim(tokens: list[Token], language: Language) -> list[Token]:
    """Without what can neither open nor close a mention: conjunctions,
    prepositions, complementizers, cue words, time words, adverbs, numbers
    (and trailing function words), so that no speaker is a fragment of the
    sentence around it ("سلمى قائلة", "مصادر مطلعة فإن", "ce jour")."""
    start, end = 0, len(tokens)
    while start < end and (tokens[start].folded in language.conjunctions or language.edge_word(tokens[start])):
        start += 1
    while end > start and (language.function_word(tokens[end - 1]) or language.edge_word(tokens[end - 1])):
        end -= 1
    return tokens[start:end]
