"""Names in a Latin script: runs of capitalised words that are not titles,
determiners or sentence openers; an institution's whole name around them;
and the names an article gives before a point (the cast), for the surname
or the role that refers back to them later."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefcli.quotes.mentions import MAX_NAME, Mention
from briefcli.segment.quotemarks import outermost, pair_quotes
from briefcli.quotes.words import Token, tokenize

if TYPE_CHECKING:
    from briefcli.quotes.language.latin import LatinScript

MAX_COMPLEMENT = 4  # words between an institution noun and the name it takes: chambre de commerce de
MIN_AGENT = 6  # letters of a word its ending makes an agent noun
MAX_GAP = 20  # characters looked at before a capitalised article
HEAD_REACH = 4  # words from a description's start to its head: "une trentaine d'associations"
LOOK_BACK = 4000  # characters of text read before a point for the names it gives
SEGMENT_BREAKS = ",;:.!?()\u2014\u2013\"\u201c\u201d\u00ab\u00bb"
SENTENCE_ENDS = ".!?:\n\"\u00bb\u201d"
NAMING_BREAKS = ".;:!?()\"\u00ab\u00bb\u201c\u201d"


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def complement_start(tokens: list[Token], index: int, language: LatinScript) -> bool:
    """Whether a capitalised word starts the complement of a title ("ministre
    de l'Intérieur", "Secretary of State") rather than a name."""
    before = [t.folded for t in tokens[max(0, index - 2):index]]
    markers = language.complement_markers
    return bool(before) and (before[-1] in markers or (
        len(before) == 2 and before[-1] in language.determiners and before[0] in markers))


@dataclass(frozen=True)
class Run:
    """A run of capitalised words in a phrase: `introduced` when a
    preposition or a complement marker introduces it ("de la Brookings
    Institution", "à Sciences Po": an affiliation or a place), `modifier`
    when a title or a possessive follows it ("Labour MP Jane Roe",
    "Microsoft's Bill Gates"): neither is the name of who speaks."""

    words: tuple[Token, ...]
    first: int  # index of its first word in the phrase
    introduced: bool
    modifier: bool


def name_runs(tokens: list[Token], text: str, language: LatinScript, named: frozenset[int] = frozenset()) -> list[Run]:
    """The runs of capitalised words that may be names; a capitalised
    determiner counts when its index is in `named` (Le Parisien
    mid-sentence). A run is cut where a given name starts a full name after
    words that are no given names ("Singer Sam Endicott", "Intérieur Gérald
    Darmanin"); the runs after a name and a complement marker are its
    affiliation ("Rafael Marques of the pro-democracy George Soros
    Foundation")."""
    runs: list[list[int]] = [[]]
    for index, token in enumerate(tokens):
        title = token.folded in language.roles or token.folded in language.honorifics
        determiner = token.folded in language.determiners | language.possessives and index not in named
        closed = token.folded in language.function_words | language.starters | language.pronouns \
            or len(token.text) < 2 and not initial(text, token) or prefixed(text, token, language)
        if capitalised(token) and not title and not determiner and (not closed or index in named):
            runs[-1].append(index)
        elif token.folded in language.name_joiners and runs[-1]:
            runs[-1].append(index)
        elif runs[-1]:
            runs.append([])
    out: list[Run] = []
    for run in (part for indices in runs if indices for part in at_given_name(indices, tokens, text, language)):
        while run and tokens[run[-1]].folded in language.name_joiners:
            run = run[:-1]
        if run:
            affiliated = bool(out) and not out[0].introduced and any(
                t.folded in language.complement_markers for t in tokens[out[0].first:run[0]])
            out.append(Run(tuple(tokens[k] for k in run[-MAX_NAME:]), run[0],
                           affiliated or introduced(tokens, run[0], language), modifier(tokens, run[-1], language)))
    return out


def prefixed(text: str, token: Token, language: LatinScript) -> bool:
    """pro-Pékin, anti-Trump, ex-Premier: a capitalised word a lower-case
    prefix joins, part of an adjective, not of a name (but al-Khatib,
    el-Sisi: a name's particle)."""
    if text[token.start - 1:token.start] != "-":
        return False
    before = re.search(r"(\w+)-$", text[max(0, token.start - MAX_GAP):token.start])
    return before is not None and before.group(1)[:1].islower() and before.group(1) not in language.name_joiners


def initial(text: str, token: Token) -> bool:
    """Whether a one-letter word is part of a name: an initial (J. R.) or
    O' and D' before a capital (O'Neil, D'Angelo; not J'ai)."""
    following = text[token.end:token.end + 2]
    return following[:1] == "." or following[:1] in "'\u2019" and following[1:].isupper()


def at_given_name(run: list[int], tokens: list[Token], text: str, language: LatinScript) -> list[list[int]]:
    """`run` cut before its first given name when a surname follows it and
    the words before it are common nouns capitalised (Singer, Broadcaster,
    Intérieur: an agent noun, or a word the article writes in lower case),
    not part of a name (New York City)."""
    for position, index in enumerate(run):
        if tokens[index].folded in language.given_names and not hyphenated(text, tokens[index]):
            before = [tokens[k] for k in run[:position]]
            if 0 < position < len(run) - 1 and (introduced(tokens, run[0], language)
                                                or all(common_noun(text, t, language) for t in before)):
                return [run[:position], run[position:]]
            break
    return [run]


def common_noun(text: str, token: Token, language: LatinScript) -> bool:
    """Whether a capitalised word is a common noun: an agent noun by its
    ending, or one the article also writes in lower case."""
    return agent_noun(token.folded, language) or re.search(rf"\b{re.escape(token.text.lower())}\b", text) is not None


def sentence_case(text: str, run: Run, language: LatinScript) -> bool:
    """Whether a one-word run is capitalised only because it opens a
    sentence: an adverb or a gerund by its ending (Concrètement, Clearly,
    Charriant, Speaking) or a word the article writes in lower case
    elsewhere ("Réponse de la ministre :")."""
    word = run.words[0]
    if len(run.words) > 1 or word.text.isupper() or word.folded in language.given_names | language.family_names:
        return False
    before = text[:word.start].rstrip()[-1:]
    if before and before not in SENTENCE_ENDS:
        return False
    return word.folded.endswith(language.adverb_endings + language.gerund_endings) \
        or re.search(rf"\b{re.escape(word.text.lower())}\b", text) is not None


def hyphenated(text: str, token: Token) -> bool:
    """Whether `token` is joined to a neighbour by a hyphen (Saint-Nazaire:
    a place, not Saint the given name)."""
    return text[token.start - 1:token.start] == "-" or text[token.end:token.end + 1] == "-"


def introduced(tokens: list[Token], index: int, language: LatinScript) -> bool:
    """Whether a preposition or a complement marker (with its determiner)
    introduces the word at `index`."""
    k = index
    if k > 0 and tokens[k - 1].folded in language.determiners and tokens[k - 1].folded not in language.complement_markers:
        k -= 1
    return k > 0 and (language.is_preposition(tokens[k - 1]) or tokens[k - 1].folded in language.complement_markers)


def modifier(tokens: list[Token], last: int, language: LatinScript) -> bool:
    """Whether a title or a possessive follows the word at `last`."""
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return following is not None and (following.folded in language.roles or following.folded == "s"
                                      and following.start == tokens[last].end + 1)


def analyse_words(tokens: list[Token], make, text: str, language: LatinScript) -> Mention | None:
    """A name (the last capitalised run that is neither an affiliation nor a
    modifier: "Daniel Byman de la Brookings Institution", "le directeur
    général de l'agence onusienne Tedros Adhanom Ghebreyesus"), an
    organisation (an institution noun with its name: "le parquet de Lyon")
    or a description (a role noun: "le leader de la France insoumise")."""
    runs = name_runs(tokens, text, language, mid_sentence_articles(text, tokens, language))
    descriptors = tuple(t.folded for t in tokens if t.folded in language.roles)
    heads = [run for run in runs if not run.introduced and not run.modifier and not sentence_case(text, run, language)]
    for run in heads[-1:] + [run for run in runs if run.introduced][:1]:
        name = list(run.words)
        while len(name) > 2 and name[0].text.isupper() and len(name[0].text) > 1:
            name = name[1:]  # "le député LFI François Ruffin": the party's acronym is not his name
        organisation = institution(tokens, name, language, linked_only=run.introduced)
        if organisation and role_before(tokens[:tokens.index(organisation[0])], language):
            break  # "le chef du gouvernement du Brésil": the person, described
        if organisation:
            return make("organisation", name=tuple(organisation), descriptors=descriptors)
        if run.introduced:
            break
        kind = "organisation" if any(t.folded in language.organisations for t in name) else "name"
        return make(kind, name=tuple(name), descriptors=descriptors)
    owned = [k + 1 for k, t in enumerate(tokens) if t.folded == "s" and k and t.start == tokens[k - 1].end + 1]
    heads = tokens[owned[-1]:] if owned and owned[-1] < len(tokens) else tokens  # "the governor's office": office
    head = speaking_head(heads, language)
    if head is None:
        return None  # "la situation épidémique", "l'hypothèse de jouer à huis clos": no one who speaks
    definite = tokens[0].folded in language.definite
    kind = "organisation" if head in language.organisations else "description"
    return make(kind, head=head, definite=definite, descriptors=descriptors)


def role_before(words: list[Token], language: LatinScript) -> bool:
    """Whether a role of a person opens the words before an institution (le
    chef du, la présidente de la; not the capitalised word of a name: The Parents
    Television Council)."""
    return any(t.folded in language.roles and t.folded not in language.organisations and not capitalised(t)
               for t in words)


def speaking_head(words: list[Token], language: LatinScript) -> str | None:
    """The noun a description is about when it can speak (a role, an
    organisation, a document, a medium, a group of people), among its first
    words after the determiners: "le porte-parole", "une trentaine
    d'associations", "the company"; None for any other phrase."""
    k = 0
    while k < len(words) and words[k].folded in language.determiners | language.possessives:
        k += 1
    speaking = language.speaking_nouns | language.media
    heads = words[k:k + HEAD_REACH]
    known = [t.folded for t in heads if t.folded in speaking]  # "L'ancien chef de l'Etat": chef, not ancien
    agents = [t.folded for t in heads if agent_noun(t.folded, language)]
    return (known or agents or [None])[0]


def agent_noun(word: str, language: LatinScript) -> bool:
    """A noun of someone who does something, by its ending (l'arboriculteur,
    the farmer, l'économiste)."""
    return len(word) >= MIN_AGENT and word.endswith(language.agent_endings) and word not in language.function_words


def mid_sentence_articles(text: str, tokens: list[Token], language: LatinScript) -> frozenset[int]:
    """Indices of capitalised articles that do not open a sentence: part of a
    name (selon Le Parisien, a déclaré Le Pen)."""
    found = set()
    for index, token in enumerate(tokens):
        if token.folded in language.definite_articles and capitalised(token) and token.start > 0:
            gap = text[max(0, token.start - MAX_GAP):token.start]
            before = gap.rstrip()[-1:]
            if before.isalpha() and "\n" not in gap[len(gap.rstrip()):]:
                found.add(index)
    return frozenset(found)


def institution(tokens: list[Token], name: list[Token], language: LatinScript, linked_only: bool = False) -> list[Token]:
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
        if word in language.organisations and not capitalised(tokens[k]):
            start = k
            break
        if not (word in language.complement_markers or tokens[k].text[:1].islower()
                and word not in language.determiners):
            break
    linked = start < first and introduced(tokens, first, language)  # not "l'agence onusienne Tedros ..."
    linked = linked or start == first - 1 and not any(t.folded in language.given_names for t in name)  # région Occitanie
    if not linked and (linked_only or not any(t.folded in language.organisations for t in name)):
        return []
    start = start if linked else first
    end = last
    if end < len(tokens) and tokens[end].text[:1].islower() and tokens[end].folded not in language.function_words:
        end += 1  # one adjective: Affaires étrangères, Organisation mondiale
    if end < len(tokens) and tokens[end].folded in language.complement_markers:
        end = len(tokens)  # the complement runs to the end of the phrase: ... de la santé
        while end > last and tokens[end - 1].folded in language.function_words:
            end -= 1
    return tokens[start:end]


def names_before(text: str, position: int, language: LatinScript) -> list[tuple[Token, ...]]:
    """The runs of two or more capitalised words (a first name and a
    surname) before `position`, nearest last, without those a preposition
    introduces (à Sciences Po, des Pyrénées-Orientales: places)."""
    tokens = tokenize(text, max(0, position - LOOK_BACK), position)
    runs, current = [], []
    for index, token in enumerate(tokens):
        gap = text[tokens[index - 1].end:token.start] if index else ""
        if current and any(c in SEGMENT_BREAKS or c == "\n" for c in gap):  # (a title's words end at its line)
            runs.append(current)
            current = []
        capital = capitalised(token) and token.folded not in language.determiners | language.possessives \
            and token.folded not in language.roles and token.folded not in language.honorifics
        if capital or (current and token.folded in language.name_joiners):
            previous = tokens[index - 1] if index else None
            if not current and previous and token.folded not in language.given_names and (
                    language.is_preposition(previous) or previous.folded in language.organisations
                    or common_word(previous, language) and not gap.strip()):
                continue  # à Sciences Po, in Ohio, la rue Saint-Augustin: a place (but according to Carly Fiorina)
            current.append(token)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [tuple(run[:MAX_NAME]) for run in runs
            if 2 <= len(run) and run[-1].folded not in language.name_joiners and run[0].folded not in language.starters]


def common_word(token: Token, language: LatinScript) -> bool:
    """A lower-case noun or adjective that is no title, role, agent noun or
    function word (rue, avenue, river): the name after it is a place's or a
    thing's, not a person's."""
    word = token.folded
    return token.text[:1].islower() and word not in language.roles | language.function_words | language.honorifics \
        | language.determiners | language.conjunctions and not agent_noun(word, language) \
        and (word,) not in language.cues and word not in language.auxiliaries


def nearest_name(text: str, position: int, language: LatinScript, reach: int) -> tuple[Token, ...] | None:
    """The last name within `reach` characters before `position`, outside
    quotations, that is no person's (its first word is no given name), with
    its article when the article is part of it: an organisation's, a
    medium's (Facebook, Le Parisien)."""
    start = max(0, position - reach)
    tokens = unquoted(tokenize(text, start, position), text[start:position], start)
    named = mid_sentence_articles(text, tokens, language)
    found: tuple[Token, ...] = ()
    run: list[Token] = []
    for index, token in enumerate(tokens):
        gap = text[tokens[index - 1].end:token.start] if index else ""
        if run and (not capitalised(token) or any(c in SEGMENT_BREAKS for c in gap)):
            found = tuple(run) if run[0].folded not in language.given_names else found
            run = []
        part = index in named or name_word(token, language)
        if part and (run or not introduced(tokens, index, language)):
            run.append(token)
    if run and run[0].folded not in language.given_names:
        found = tuple(run)
    return found[:MAX_NAME] or None


def name_word(token: Token, language: LatinScript) -> bool:
    """A capitalised word that may be part of a name (not "Le", "Au", "Son",
    "Mais", a title)."""
    return capitalised(token) and len(token.text) > 1 and token.folded not in language.roles | language.pronouns | language.function_words \
        | language.determiners | language.possessives | language.starters | language.honorifics \
        | language.prepositions | language.articles


def unquoted(tokens: list[Token], stretch: str, offset: int) -> list[Token]:
    """`tokens` without those inside quotation marks (`stretch` is the text
    they come from, starting at `offset`)."""
    quoted = [(pair.open + offset, pair.close + offset) for pair in outermost(pair_quotes(stretch))]
    return [t for t in tokens if not any(o < t.start < c for o, c in quoted)]


def named_organisation(text: str, head: str, position: int, language: LatinScript) -> tuple[Token, ...] | None:
    """The full name an institution was given before `position` whose noun
    `head` (folded) a later "le ministère" repeats: "ministère des
    Transports", the noun and its capitalised complement."""
    tokens = tokenize(text, max(0, position - LOOK_BACK), position)
    for index in range(len(tokens) - 2, -1, -1):
        if tokens[index].folded != head:
            continue
        if capitalised(tokens[index]):
            named = capitalised_institution(text, tokens, index, language)
            if named:
                return named
            continue
        runs = [run for run in name_runs(tokens[index:index + MAX_NAME + 3], text, language) if run.introduced]
        if runs and runs[0].first <= 3:
            named = institution(tokens[index:index + MAX_NAME + 3], list(runs[0].words), language, linked_only=True)
            if named:
                return tuple(named)
    return None


def capitalised_institution(text: str, tokens: list[Token], index: int, language: LatinScript) -> tuple[Token, ...]:
    """The name a capitalised institution noun opens mid-sentence, with its
    lower-case adjective and complement (Centre national des ouragans, Garde
    nationale, Conseil scientifique); () at a sentence's start."""
    if opens_sentence(text, tokens[index].start):
        return ()
    end = index + 1
    while end < len(tokens) and end - index <= MAX_NAME and not any(
            c in SEGMENT_BREAKS for c in text[tokens[end - 1].end:tokens[end].start]):
        joining = language.complement_markers | language.determiners
        adjective = end == index + 1  # national, scientifique
        complement = tokens[end - 1].folded in joining  # des ouragans
        if not (capitalised(tokens[end]) or tokens[end].folded in joining or adjective or complement):
            break
        end += 1
    while end > index + 1 and tokens[end - 1].folded in language.complement_markers | language.determiners:
        end -= 1
    return tuple(tokens[index:end]) if end > index + 1 else ()


def expanded(text: str, acronym: str, position: int, language: LatinScript) -> tuple[Token, ...] | None:
    """The name an acronym stands for, written before its first use in
    parentheses: "le Centre national des ouragans (NHC)" for "le NHC", "The
    Parents Television Council (PTC)" for "the PTC"."""
    found = re.search(rf"\(\s*{re.escape(acronym)}\s*\)", text[max(0, position - LOOK_BACK):position])
    if found is None:
        return None
    opening = max(0, position - LOOK_BACK) + found.start()
    tokens = tokenize(text, max(0, opening - MAX_GAP * 6), opening)
    joining = language.complement_markers | language.determiners | language.name_joiners
    first = len(tokens)
    while first > 0 and len(tokens) - first <= MAX_NAME + 2 and (first == len(tokens) or not any(
            c in SEGMENT_BREAKS + "\n" for c in text[tokens[first - 1].end:tokens[first].start])) \
            and (capitalised(tokens[first - 1]) or tokens[first - 1].folded in joining or first > 1 and (
                capitalised(tokens[first - 2]) or tokens[first - 2].folded in joining)):  # Centre national des ouragans
        first -= 1
    while first < len(tokens) and not (capitalised(tokens[first]) and tokens[first].folded not in language.determiners):
        first += 1  # not "le", "The"
    return tuple(tokens[first:]) if first < len(tokens) else None


def opens_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()[-1:]
    return not before or before in SENTENCE_ENDS


def full_name(text: str, surname: str, position: int, language: LatinScript) -> tuple[Token, ...] | None:
    """The nearest full name before `position` that ends with `surname`
    (folded): "Youssef Benjelloun" for "M. Benjelloun"."""
    runs = names_before(text, position, language)
    for run in reversed(runs):
        if run[-1].folded == surname:
            return run
    for run in reversed(runs):  # "Sarah said" after "Sarah Smith": the name a given name opens
        if run[0].folded == surname and surname in language.given_names:
            return run
    return None


def named_by_role(text: str, role: str, position: int, language: LatinScript) -> tuple[Token, ...] | None:
    """The name the article gave the bearer of `role` (folded) last before
    `position`: "le prévenu, Gérard Manin", "Gérard Manin, le prévenu,", "la
    procureure Nathalie Ferrand"."""
    tokens = tokenize(text, max(0, position - LOOK_BACK), position)
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].folded != role:
            continue
        named = capitalised_after(text, tokens, index + 1, language) or capitalised_before(text, tokens, index, language)
        if named:
            return named
    return None


def capitalised_after(text: str, tokens: list[Token], index: int, language: LatinScript) -> tuple[Token, ...]:
    """A name within a few words after a role, across at most one comma."""
    commas = 0
    for k in range(index, min(index + MAX_NAME + 2, len(tokens))):
        gap = text[tokens[k - 1].end:tokens[k].start]
        commas += gap.count(",")
        if commas > 1 or any(c in NAMING_BREAKS for c in gap):
            return ()
        token = tokens[k]
        if capitalised(token) and token.folded not in language.determiners | language.honorifics:
            if commas == 0 and follows_preposition(tokens, k, language):
                continue  # la ministre de l'Education, Valérie Marchand: past the complement
            run = [token]
            while k + len(run) < len(tokens) and len(run) < MAX_NAME:
                following = tokens[k + len(run)]
                if not (capitalised(following) or following.folded in language.name_joiners) or any(
                        c in SEGMENT_BREAKS for c in text[run[-1].end:following.start]):
                    break
                run.append(following)
            person = full_name_inside(text, run, language)  # du Figaro Magazine Judith Waintraub
            run = run[person:] if person is not None else run
            return tuple(run) if len(run) >= 2 else ()
    return ()


def full_name_inside(text: str, run: list[Token], language: LatinScript) -> int | None:
    """Where a person's full name at the end of a run of capitals starts (sur
    Twitter Ivan Jdanov, à Radio France Jean Dupont, sur BFMTV Jean-Pierre
    Raffarin: at the last given name with a word after it, with the given
    name hyphened before it), else None (Jean Pierre Raffarin: all his)."""
    for j in range(len(run) - 2, 0, -1):
        if run[j].folded in language.given_names and text[run[j - 1].end:run[j].start] != "-":  # (Seine-Saint-Denis)
            while j > 0 and run[j - 1].folded in language.given_names \
                    and (j == 1 or text[run[j - 1].end:run[j].start] == "-"):
                j -= 1
            return j or None
    return None


def follows_preposition(tokens: list[Token], k: int, language: LatinScript) -> bool:
    """Whether the capitalised word at `k` follows a preposition (de
    l'Education, du Monde): a title's complement, not a name."""
    before = tokens[max(0, k - 2):k]
    return bool(before) and (language.is_preposition(before[-1]) or len(before) == 2
                             and before[-1].folded in language.determiners and language.is_preposition(before[0]))


def capitalised_before(text: str, tokens: list[Token], index: int, language: LatinScript) -> tuple[Token, ...]:
    """"Gérard Manin, le prévenu": a name right before the comma that opens
    the role's apposition."""
    k = index
    while k > 0 and tokens[k - 1].folded in language.determiners and not any(
            c in SEGMENT_BREAKS for c in text[tokens[k - 1].end:tokens[k].start]):
        k -= 1
    if k == 0 or "," not in text[tokens[k - 1].end:tokens[k].start]:
        return ()
    run: list[Token] = []
    while k > 0 and capitalised(tokens[k - 1]) and len(run) < MAX_NAME:
        run.insert(0, tokens[k - 1])
        k -= 1
        if k and any(c in SEGMENT_BREAKS for c in text[tokens[k - 1].end:tokens[k].start]):
            break
    return tuple(run) if len(run) >= 2 else ()


def nearest_person(text: str, position: int, language: LatinScript, reach: int,
                   gender: str | None = None) -> tuple[Token, ...] | None:
    """The last full name, opening with a given name, within `reach`
    characters before `position`, of `gender` when its given name says (a
    pronoun after a quotation that names someone else: "... que j'ai avec
    Judith Waintraub ...", a-t-il réagi)."""
    runs = [run if run[0].folded in language.organisations else run[full_name_inside(text, list(run), language) or 0:]
            for run in names_before(text, position, language)]  # l'Intérieur Gérald Darmanin; Fondation Jean Jaurès
    runs = [run for run in runs if run[0].folded in language.given_names
            and (gender is None or language.word_gender(run[0].folded) in (None, gender))]
    if runs and position - runs[-1][-1].end <= reach:
        return runs[-1]
    return None
