"""The grammar of mentions shared by the languages written in the Latin
script (French, English): names are capitalised, determiners open noun
phrases, the subject mostly comes before its verb, and no clitic hides in a
word. A language of this family is a subclass with its own word lists."""

from __future__ import annotations

from briefcli.quotes.language import Language
from briefcli.quotes.language.latin import names, subjects
from briefcli.quotes.mentions import Maker, Mention, trim
from briefcli.quotes.window import Window
from briefcli.quotes.words import Token, fold


class LatinScript(Language):
    NAME_JOINERS = "de du van von bin al el da di le den der ter ten del della dos das"
    given_name_files = ("latin-given-names.txt",)
    ACCENTED_PREPOSITIONS = ""  # prepositions as written whose folded form is another word's (à is a)

    def __init__(self) -> None:
        super().__init__()
        self.accented_prepositions = frozenset(self.ACCENTED_PREPOSITIONS.split())

    # words

    def bare(self, folded: str) -> str:
        return folded

    def strip_conjunction(self, folded: str, known: frozenset[str] = frozenset()) -> str:
        return folded

    def without_pronoun(self, written: str) -> str:
        return fold(written)

    def pronoun_of(self, written: str) -> str:
        return fold(written)

    def is_preposition(self, token: Token) -> bool:
        return token.folded in self.prepositions or token.text in self.accented_prepositions

    def plural(self, noun: str) -> bool:
        """Whether a noun (folded) is a plural: people, or ends in s or x
        (not -ss, -us)."""
        return noun in self.plurals or noun.endswith(("s", "x")) and not noun.endswith(("ss", "us"))

    def capitalised(self, token: Token) -> bool:
        return names.capitalised(token)

    def describes(self, token: Token) -> bool:
        """Whether a word opens a description of the person just named
        (hydrologue au BRGM, a Democrat, 45 ans)."""
        word = token.folded
        return word in self.roles or word in self.determiners | self.possessives \
            or word.endswith(self.agent_endings) or word.isdigit()

    def opens_subject(self, token: Token) -> bool:
        """Whether a word after a verb can start its subject: a name, a
        title, a determiner (explique Sophie Lartigue, dit le ministre)."""
        return names.capitalised(token) or token.folded in self.determiners | self.possessives | self.honorifics \
            or token.folded in self.roles

    def starts_phrase(self, word: str) -> bool:
        if word in self.determiners | self.possessives:
            return True
        return word not in self.function_words and word not in self.complementizers

    # mentions

    def head_word(self, folded: list[str]) -> str:
        """The noun a phrase is about, past its determiner (un communiqué du ministère)."""
        return folded[1] if len(folded) > 1 and folded[0] in self.determiners else folded[0]

    def is_definite(self, folded: list[str]) -> bool:
        return folded[0] in self.definite

    def anaphor_head(self, folded: list[str]) -> str:
        """"ce dernier", "the same source": a short phrase with an anaphoric word."""
        if len(folded) <= 4 and any(f in self.anaphor_markers for f in folded):
            return folded[-1]
        return ""

    def analyse_words(self, tokens: list[Token], make, text: str) -> Mention | None:
        return names.analyse_words(tokens, make, text, self)

    def document_name(self, phrase: str) -> str:
        """A document as the article names it (un communiqué du ministère)."""
        return phrase

    def possessive(self, phrase: str) -> bool:
        """Whether a description opens with a possessive (son entourage, his aides)."""
        return fold(phrase.split(maxsplit=1)[0]) in self.possessives if phrase.split() else False

    def possessed(self, phrase: str, owner: str) -> str:
        """A possessive description with its owner named: "son entourage" ->
        "l'entourage de X" (French), "his aides" -> "X's aides" (English)."""
        possessive, _, rest = phrase.partition(" ")
        return self.possession.format(owner=owner, rest=rest, article=self.article_for(fold(possessive), rest))

    def article_for(self, possessive: str, noun: str) -> str:
        return ""

    def description_name(self, phrase: str, organisation: bool = False) -> str:
        """An organisation without its article ("la préfecture" ->
        "préfecture"); a person or a group described as the article words
        it, determiner kept ("une source proche du dossier")."""
        words = phrase.split(maxsplit=1)
        if not organisation:  # "Une source" opening a sentence is "une source"
            return phrase[:1].lower() + phrase[1:] if words and fold(words[0]) in self.determiners else phrase
        if len(words) == 2 and fold(words[0]) in self.articles:
            return words[1]
        if phrase[:2].lower() in ("l'", "l\u2019") and len(phrase) > 3:
            return phrase[2:]
        return phrase

    # where the speaker is

    def skip_addressee(self, window: Window, index: int) -> int:
        return subjects.skip_circumstances(window, index)

    def continues_phrase(self, window: Window, index: int, phrase: list[Token]) -> bool:
        return subjects.joins_complement(window, index, phrase)

    def ends_phrase(self, window: Window, index: int, phrase: list[Token]) -> bool:
        """At a time phrase or an adverb (a déclaré Marlène Schiappa jeudi)."""
        return subjects.time_end(window, index) is not None or window.tokens[index].folded in self.adverbs

    def antecedent_words(self, segments: list[list[Token]]) -> list[Token]:
        """The noun phrase a relative pronoun refers to, among the comma
        segments before it: the last one, or the one before it when the
        last is an apposition ("Clémentine Autain, députée La France
        insoumise, qui")."""
        if len(segments) > 1 and subjects.apposition(segments[-1], self):
            return subjects.noun_phrase(segments[-2], self)
        return subjects.noun_phrase(segments[-1], self) if segments else []

    def subject_before(self, window: Window, start: int, end: int, after_quote: bool) -> Mention | None:
        return subjects.subject_before(window, start, end, after_quote)

    def clause_anaphor(self, window: Window, start: int, end: int) -> Mention | None:
        return None

    def sentence_subject(self, window: Window, start: int, end: int) -> Mention | None:
        return subjects.sentence_subject(window, start, end)

    def opening_subject(self, window: Window, start: int, end: int) -> Mention | None:
        return subjects.leading_subject(window, start, end)

    def colon_subject(self, window: Window, start: int, end: int) -> Mention | None:
        return subjects.leading_subject(window, start, end)

    def apposed_name(self, window: Window, mention: Mention, after: int) -> Mention | None:
        return subjects.apposed_name(window, mention, after)

    # the cast: names the article gives before a point

    def full_name(self, text: str, surname: str, position: int) -> tuple[Token, ...] | None:
        return names.full_name(text, surname, position, self)

    def role_phrase(self, text: str, role: str, position: int) -> tuple[Token, ...] | None:
        return names.named_by_role(text, role, position, self)

    def expanded(self, text: str, acronym: str, position: int) -> tuple[Token, ...] | None:
        return names.expanded(text, acronym, position, self)

    def named_by_role(self, text: str, role: str, position: int) -> tuple[Token, ...] | None:
        return names.named_by_role(text, role, position, self)

    def nearest_person(self, text: str, position: int, reach: int, gender: str | None = None) -> tuple[Token, ...] | None:
        return names.nearest_person(text, position, self, reach, gender)

    def nearest_name(self, text: str, position: int, reach: int) -> tuple[Token, ...] | None:
        return names.nearest_name(text, position, self, reach)

    def named_organisation(self, text: str, head: str, position: int) -> tuple[Token, ...] | None:
        return names.named_organisation(text, head, position, self)

    def before_clause(self, tokens: list[Token]) -> list[Token]:
        """Up to a lower-case gerund that takes an object (soignant l'opposant)."""
        for k in range(1, len(tokens) - 1):
            if tokens[k].text[:1].islower() and tokens[k].folded.endswith(self.gerund_endings) \
                    and tokens[k + 1].folded in self.determiners:
                return tokens[:k]
        return tokens

    def subject_description(self, text: str, tokens: list[Token]) -> Mention | None:
        """A determiner and a noun (ce boulanger de 26 ans, the 23-year-old):
        a person described, whatever the noun."""
        trimmed = trim(tokens, self)
        if len(trimmed) < 2 or trimmed[0].folded not in self.determiners or names.capitalised(trimmed[1]):
            return None
        return Maker(text, trimmed)("description", head=trimmed[1].folded, definite=trimmed[0].folded in self.definite)

    def affiliated(self, mention: Mention, text: str) -> bool:
        """A complement marker and a capitalised word after it that the
        article had not written before (du Mouvement national ..., first
        met; not "le chef de file de La France insoumise" after "Jean-Luc
        Mélenchon (La France insoumise)")."""
        words = mention.text.replace("'", " ").replace("\u2019", " ").split()
        return any(fold(word) in self.complement_markers and following[:1].isupper()
                   and following not in text[:mention.start] for word, following in zip(words, words[1:]))

    def person_name(self, mention: Mention) -> bool:
        """Whether a name is a person's: a given name opens it, a title or a
        person's role comes with it, or it has several words and no article
        (not Facebook, Le Parisien)."""
        first = mention.name[0].folded
        if first in self.given_names or any(d in self.roles for d in mention.descriptors):
            return True
        return len(mention.name) > 1 and first not in self.determiners

