"""What a speaker phrase is: a name, a description, a document, an anaphor
or a pronoun; and which of its words are the name.

Arabic has no capitals, so the name is found by elimination: role nouns
(وزير، الخبير), words with the article, prepositions and their objects, and
the adjective after an indefinite role noun (مصدر أمني) describe; the first
other word starts the name, which runs until a role noun or a function word
(وزير الخارجية ناصر بوريطة: the name is ناصر بوريطة). French and English names
are runs of capitalised words that are not titles.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.quotes.lexicon import Lexicon
from briefcli.quotes.words import Token

ARTICLE = "\u0627\u0644"  # ال
PREFIXED_ARTICLES = ("\u0627\u0644", "\u0644\u0644", "\u0628\u0627\u0644", "\u0648\u0627\u0644",
                     "\u0643\u0627\u0644", "\u0641\u0627\u0644")  # ال لل بال وال كال فال
# بال لل كال فال: a preposition glued to the article
PREPOSITION_ARTICLES = ("\u0628\u0627\u0644", "\u0644\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644")
LATIN_DETERMINERS = frozenset("the a an le la les l un une des du de d".split())
POSSESSIVES = frozenset("son sa ses leur leurs his her their its".split())
MAX_NAME = 4
INSTITUTION_LINKS = frozenset("de du des d of for".split())
MAX_COMPLEMENT = 4  # words between an institution noun and the name it takes: chambre de commerce de
LATIN_DEFINITE = frozenset("the le la l les this that ce cette".split())


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


def bare(folded: str) -> str:
    """An Arabic word without its article or attached preposition+article."""
    for prefix in PREFIXED_ARTICLES:
        if folded.startswith(prefix) and len(folded) > len(prefix) + 1:
            return folded[len(prefix):]
    return folded


def has_article(folded: str) -> bool:
    return folded.startswith(PREFIXED_ARTICLES) and len(folded) > 3


def strip_conjunction(folded: str, known: frozenset[str] = frozenset()) -> str:
    """Without a glued و (والوزير -> الوزير), unless the word is known with it
    (وزير) or would be too short."""
    if folded[:1] != "\u0648" or len(folded) <= 3 or folded in known or bare(folded) in known:
        return folded
    rest = folded[1:]
    return rest if rest.startswith("\u0627\u0644") or bare(rest) in known or rest in known else folded


def analyse(text: str, tokens: list[Token], lexicon: Lexicon) -> Mention | None:
    """The Mention the words `tokens` make, or None when they name no one."""
    tokens = trim(tokens, lexicon)
    if not tokens:
        return None
    phrase = text[tokens[0].start:tokens[-1].end]
    make = lambda kind, **more: Mention(phrase, tokens[0].start, tokens[-1].end, kind, **more)  # noqa: E731
    folded = [t.folded for t in tokens]
    if len(tokens) == 1 and folded[0] in lexicon.pronouns:
        return make("pronoun")
    anaphor = anaphor_head(folded, lexicon)
    if anaphor:
        return make("anaphor", head=anaphor, definite=True)
    known = lexicon.roles | lexicon.documents | lexicon.organisations
    first = bare(strip_conjunction(folded[0], known))
    if lexicon.language != "ar" and len(folded) > 1 and folded[0] in LATIN_DETERMINERS:
        first = folded[1]  # un communiqué du ministère
    if first in lexicon.documents or folded[0] in lexicon.documents:
        definite = has_article(strip_conjunction(folded[0], known)) or folded[0] in LATIN_DEFINITE
        return make("document", head=first, definite=definite, descriptors=(first,))
    if lexicon.language == "ar":
        return analyse_arabic(tokens, lexicon, make)
    return analyse_latin(tokens, lexicon, make, text)


def trim(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """Without leading conjunctions and trailing function words."""
    start, end = 0, len(tokens)
    while start < end and tokens[start].folded in ("and", "but", "et", "mais", "\u0648"):
        start += 1
    while end > start and tokens[end - 1].folded in lexicon.function_words:
        end -= 1
    return tokens[start:end]


def anaphor_head(folded: list[str], lexicon: Lexicon) -> str:
    """The noun of "المتحدث ذاته", "ذات المصدر", "the same source", "ce dernier"."""
    if len(folded) >= 2 and folded[-1] in lexicon.anaphor_markers and lexicon.language == "ar":
        return bare(folded[-2])
    if len(folded) >= 2 and folded[0] in lexicon.anaphor_markers and lexicon.language == "ar":
        return bare(folded[1])
    if lexicon.language != "ar" and len(folded) <= 4 and any(f in lexicon.anaphor_markers for f in folded):
        return folded[-1]
    return ""


def analyse_arabic(tokens: list[Token], lexicon: Lexicon, make) -> Mention | None:
    known = lexicon.roles | lexicon.documents | lexicon.organisations
    first = bare(strip_conjunction(tokens[0].folded, known))
    if first in lexicon.organisations:  # مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية: all of it names it
        return make("organisation", head=first, definite=has_article(strip_conjunction(tokens[0].folded, known)))
    name_start = None
    after_preposition = after_indefinite_role = False
    descriptors = []
    for index, token in enumerate(tokens):
        word = strip_conjunction(token.folded, known) if index == 0 else token.folded
        core = bare(word)
        if core in lexicon.roles or word in lexicon.roles:
            descriptors.append(core)
            after_indefinite_role = not has_article(word)
            after_preposition = False
            continue
        after_organisation = index > 0 and organisation_noun(tokens[index - 1].folded, lexicon)
        describing = (has_article(word) or word in lexicon.function_words or after_preposition
                      or after_indefinite_role or core in lexicon.organisations or prepositional(word, known)
                      or after_organisation)  # لشركة طيران الخليج: the company's name, not the speaker's
        after_preposition = word in lexicon.function_words
        after_indefinite_role = after_indefinite_role and adjective_like(word)
        if not describing:
            name_start = index
            break
    if name_start is None:
        return arabic_description(tokens, lexicon, make, descriptors)
    name = []
    for token in tokens[name_start:name_start + MAX_NAME]:
        word = token.folded
        if bare(word) in lexicon.roles and word not in lexicon.name_like_roles or word in lexicon.function_words \
                or word.startswith(PREPOSITION_ARTICLES):
            break
        name.append(token)
    return make("name", name=tuple(name), descriptors=tuple(descriptors))


def adjective_like(word: str) -> bool:
    """حكومية، أمني، مطلع: an indefinite adjective (a nisba in ي/ية, a
    participle in م), which may follow another after an indefinite role
    (مصادر حكومية مطلعة)."""
    nisba = word.endswith(("\u064a", "\u064a\u0647"))  # ي، ية
    return not has_article(word) and (nisba or word[:1] == "\u0645" and len(word) >= 4)


def organisation_noun(word: str, lexicon: Lexicon) -> bool:
    """شركة، لشركة، بوزارة: an organisation noun without the article, which
    the organisation's own name follows."""
    if has_article(word):
        return False
    return word in lexicon.organisations or word[:1] in "\u0628\u0644\u0643" and word[1:] in lexicon.organisations


def prepositional(word: str, known: frozenset[str]) -> bool:
    """بوزارة، لوزارة، كمدير: a preposition glued to a known noun, the
    complement of a title (وزير الدولة بوزارة الخارجية), not a name."""
    return word[:1] in "\u0628\u0644\u0643" and len(word) > 3 and (word[1:] in known or bare(word[1:]) in known)


def arabic_description(tokens: list[Token], lexicon: Lexicon, make, descriptors: list[str]) -> Mention:
    first = strip_conjunction(tokens[0].folded, lexicon.roles | lexicon.documents | lexicon.organisations)
    if len(tokens) == 1 and has_article(first) and bare(first) not in lexicon.organisations and not descriptors:
        return make("name", name=tuple(tokens))  # الحافظي: a family name alone
    if bare(first) in lexicon.organisations:
        return make("organisation", head=bare(first), definite=has_article(first))
    head = descriptors[0] if descriptors else bare(first)
    return make("description", head=head, definite=has_article(first), descriptors=tuple(descriptors))


COMPLEMENT_MARKERS = frozenset("de du des d of for at".split())


def complement_start(tokens: list[Token], index: int) -> bool:
    """Whether a capitalised word starts the complement of a title ("ministre
    de l'Intérieur", "Secretary of State") rather than a name."""
    before = [t.folded for t in tokens[max(0, index - 2):index]]
    return bool(before) and (before[-1] in COMPLEMENT_MARKERS or (
        len(before) == 2 and before[-1] in LATIN_DETERMINERS and before[0] in COMPLEMENT_MARKERS))


def capitalized_runs(tokens: list[Token], lexicon: Lexicon, named: frozenset[int] = frozenset()) -> list[list[Token]]:
    """The runs of capitalised words that may be names; a capitalised
    determiner counts when its index is in `named` (Le Parisien mid-sentence)."""
    runs: list[list[Token]] = [[]]
    complement = False  # inside "président de Nantes Métropole": a title's complement
    for index, token in enumerate(tokens):
        title = token.folded in lexicon.roles or token.folded in lexicon.honorifics
        determiner = token.folded in LATIN_DETERMINERS | POSSESSIVES and index not in named
        if token.text[:1].isupper() and not title and not determiner:
            if complement or not runs[-1] and complement_start(tokens, index) and any(
                    t.folded in lexicon.roles for t in tokens[:index]):
                complement = True
                continue
            runs[-1].append(token)
        elif token.folded in ("de", "du", "van", "von", "bin", "al", "el", "da", "di", "le") and runs[-1]:
            runs[-1].append(token)
        else:
            complement = False
            if runs[-1]:
                runs.append([])
    return [run[:MAX_NAME] if len(run) <= MAX_NAME else run[-MAX_NAME:] for run in runs if run]


def analyse_latin(tokens: list[Token], lexicon: Lexicon, make, text: str = "") -> Mention | None:
    runs = capitalized_runs(tokens, lexicon, mid_sentence_articles(text, tokens))
    descriptors = tuple(t.folded for t in tokens if t.folded in lexicon.roles)
    if runs:
        name = runs[-1]
        while name and name[-1].folded in ("de", "du", "le", "al", "el"):
            name = name[:-1]
        while len(name) > 2 and name[0].text.isupper() and len(name[0].text) > 1:
            name = name[1:]  # "le député LFI François Ruffin": the party's acronym is not his name
        if name:
            organisation = institution(tokens, name, lexicon)
            if organisation:
                return make("organisation", name=tuple(organisation), descriptors=descriptors)
            kind = "organisation" if any(t.folded in lexicon.organisations for t in tokens) else "name"
            return make(kind, name=tuple(name), descriptors=descriptors)
    head = descriptors[-1] if descriptors else tokens[-1].folded
    definite = tokens[0].folded in LATIN_DEFINITE
    return make("description", head=head, definite=definite, descriptors=descriptors)


def mid_sentence_articles(text: str, tokens: list[Token]) -> frozenset[int]:
    """Indices of capitalised articles that do not open a sentence: part of a
    name (selon Le Parisien, a déclaré Le Pen)."""
    found = set()
    for index, token in enumerate(tokens):
        if token.folded in ("le", "la", "les", "l") and token.text[:1].isupper() and token.start > 0:
            before = text[:token.start].rstrip()[-1:]
            if before and before not in ".!?:;\"\u00bb\u201d\n" and before.isalpha():
                found.add(index)
    return frozenset(found)


def institution(tokens: list[Token], name: list[Token], lexicon: Lexicon) -> list[Token]:
    """The whole name of an institution around a capitalised run: its
    lower-case complement ("Haut Conseil des finances publiques", "Bureau de
    recherches géologiques et minières") or the institution noun it
    completes ("parquet de Lyon", "ministère marocain des Affaires
    étrangères"); [] when the run names a person."""
    first = tokens.index(name[0])
    last = tokens.index(name[-1]) + 1
    start = first
    for k in range(first - 1, max(-1, first - 1 - MAX_COMPLEMENT), -1):
        word = tokens[k].folded
        if word in lexicon.organisations and not tokens[k].text[:1].isupper():
            start = k
            break
        if not (word in INSTITUTION_LINKS or tokens[k].text[:1].islower() and word not in LATIN_DETERMINERS):
            break
    organisation = start < first or any(t.folded in lexicon.organisations for t in name)
    if not organisation:
        return []
    end = last
    if last < len(tokens) and tokens[last].folded in INSTITUTION_LINKS:
        end = len(tokens)  # the complement runs to the end of the phrase
        while end > last and tokens[end - 1].folded in lexicon.function_words:
            end -= 1
    elif last < len(tokens) and tokens[last].text[:1].islower() and tokens[last].folded not in lexicon.function_words:
        end = last + 1  # one adjective: Affaires étrangères
    return tokens[start:end]
