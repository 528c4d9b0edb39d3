"""Where the speaker is in a French or English clause.

Before the verb: the last comma segment ("Smith said"), or the one before it
when the last is an apposition ("Smith, a Democrat, said"); right after a
quotation, the first segment when it opens with a name ('," Scott Pruitt,
the attorney general, said'). At the start of a sentence: the person it
opens with, past a title or an opening phrase ("Président de
l'association, Marc Le Goff ne décolère pas"). After the verb: past whom
the words were said to (à l'AFP, to reporters).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from briefcli.quotes.language import CueEntry
from briefcli.quotes.language.latin.names import agent_noun, capitalised, complement_start, full_name_inside, name_word
from briefcli.quotes.mentions import Mention, analyse
from briefcli.quotes.window import Window
from briefcli.quotes.words import Token

if TYPE_CHECKING:
    from briefcli.quotes.language.latin import LatinScript

MAX_PHRASE = 10
MAX_LEADING_SEGMENTS = 3  # a sentence may open with an apposition before the name
MAX_INTRODUCED = 6  # words of an indefinite description that introduces someone
MAX_SUBJECT_HEAD = 4  # a determiner, adjectives and the role noun: "le nouveau ministre"
MAX_APPOSED = 5  # words of a name in apposition
LOWER_BEFORE_NAME = 2  # lower-case words between a name's affiliation and the name (Beach Boys veteran Brian Wilson)
NO_ENTRY = CueEntry("", "verb")
MAX_APPOSITION_HEAD = 3  # words of an apposition before its role noun (group managing director)


def sentence_subject(window: Window, start: int, end: int) -> Mention | None:
    """The subject that opens a sentence, for a participle with no cue before
    it ("Trump attacked Clinton on Friday, saying ...")."""
    parts = window.segments(start, end)
    while len(parts) > 1 and opener(parts[0], window.language):
        parts = parts[1:]  # "Concernant les opérations de vote, le Conseil scientifique préconise ..., demandant"
    if not parts:
        return None
    names = capital_prefix(parts[0], window.language)
    return analyse(window.text, names, window.language) if names else None


def leading_subject(window: Window, start: int, end: int) -> Mention | None:
    """The person a sentence opens with, for a pronoun or a quotation with no
    cue after it: "Son avocate, Me Isabelle Roux, a plaidé", "M. Albert,
    lui, a arraché", "Le prévenu, qui ..., a contesté"; None when the
    sentence opens otherwise ("Pour la chercheuse, la situation")."""
    language: LatinScript = window.language  # type: ignore[assignment]
    parts = window.segments(start, end)
    while parts and parts[0][0].folded in language.starters - language.prepositions and len(parts[0]) > 1:
        parts[0] = parts[0][1:]  # "Now Wilson believes ...", "But Julie Howell, ..., expressed"
    while len(parts) > 1 and opener(parts[0], language):
        parts = parts[1:]  # "Dans le cortège parisien, Karim Haddad ...", "Interrogée par franceinfo, la ministre"
        while len(parts) > 1 and parts[0][0].folded in language.relatives | language.apposition_openers:
            parts = parts[1:]  # "Dans la foule à Rome, qui comptait beaucoup d'immigrants, Michael Taylor, ..."
    if not parts or language.is_preposition(parts[0][0]) or parts[0][0].folded in language.starters:
        return None
    titles: tuple[str, ...] = ()
    for part in parts[:MAX_LEADING_SEGMENTS]:
        names = capital_prefix(part, language)
        if len([t for t in names if name_word(t, language)]) >= 2:
            mention = analyse(window.text, names, language)  # "Président de l'association, Marc Le Goff ne"
            return replace(mention, descriptors=mention.descriptors + titles) if mention is not None else None
        heads = [t.folded for t in part[:MAX_SUBJECT_HEAD] if t.folded in language.roles]
        if not heads:
            break  # not a title before the name: the sentence has begun ("she joined Moore & Van Allen")
        titles += tuple(heads)
    return described_subject(window, parts, language)


def described_subject(window: Window, parts: list[list[Token]], language: LatinScript) -> Mention | None:
    """The subject a sentence opens with when no title precedes a name: its
    capitalised words, an indefinite description ("Une commerçante du
    quartier Pirmil, qui ..."), or a role ("Le prévenu", "Le réalisateur"), with the name in
    apposition after it."""
    first = parts[0]
    names = capital_prefix(first, language)
    if names:
        return analyse(window.text, names, language)
    named = analyse(window.text, capital_prefix(parts[1], language), language) if len(parts) > 1 else None
    if named is not None and named.kind == "name" and first[0].folded in language.determiners | language.possessives:
        return named  # "One woman, Victoria Lapete, found", "His wife, Sharon, ..."
    if first[0].folded in language.indefinite and len(first) <= MAX_INTRODUCED:
        mention = analyse(window.text, first, language)
        return replace(mention, kind="description", name=(), head=first[1].folded) if mention is not None else None
    roles = [k for k, t in enumerate(first[:MAX_SUBJECT_HEAD]) if language.person_noun(t.folded)]
    if not roles or first[0].folded not in language.determiners | language.possessives:
        return None
    mention = analyse(window.text, first[:roles[0] + 1], language)
    if mention is not None and len(parts) > 1:
        name = capital_prefix(parts[1], language)
        named = analyse(window.text, name, language) if name else None
        if named is not None and named.kind == "name":
            return replace(named, descriptors=named.descriptors + mention.descriptors)
    return mention


def opener(words: list[Token], language: LatinScript) -> bool:
    """A segment that opens a sentence before its subject: a prepositional
    phrase or a participle (Dans le cortège, Interrogée par franceinfo,
    Contactée, Revenant sur)."""
    first = words[0]
    if language.is_preposition(first) or first.folded in language.starters:
        return True
    participle = language.needs_auxiliary(first.text, NO_ENTRY) or first.folded.endswith(language.gerund_endings)
    return participle and (len(words) == 1 or (  # (Revenant sur le prix, Speaking to reporters)
        language.is_preposition(words[1]) or words[1].folded in language.determiners))


def titled(window: Window, index: int) -> bool:
    """Whether a determiner and a role open a name in apposition (le
    chef du gouvernement, le général Walter Braga Netto)."""
    tokens, language = window.tokens, window.language
    return index + 2 < len(tokens) and tokens[index].folded in language.determiners \
        and tokens[index + 1].folded in language.roles and not capitalised(tokens[index + 1]) \
        and capitalised(tokens[index + 2]) and not window.breaks_before(index + 1) and not window.breaks_before(index + 2)


def capital_prefix(tokens: list[Token], language: LatinScript) -> list[Token]:
    """The capitalised words (and titles) a segment opens with."""
    out: list[Token] = []
    while tokens and tokens[0].folded in language.starters:
        tokens = tokens[1:]
    for index, token in enumerate(tokens):
        if capitalised(token) or token.folded in language.roles or token.folded in language.determiners and not out:
            out.append(token)
        elif out and given_name_ahead(tokens, index, language):
            out.append(token)  # "Beach Boys veteran Brian Wilson", "rap act Raw T"
        else:
            break
    articles = language.determiners | language.possessives
    return out if any(capitalised(t) and t.folded not in articles for t in out) else []


def given_name_ahead(tokens: list[Token], index: int, language: LatinScript) -> bool:
    """Whether a capitalised given name follows the lower-case word at
    `index` within a few words (acronyms passed over), with a surname after
    it."""
    for k in range(index + 1, min(index + LOWER_BEFORE_NAME + 2, len(tokens) - 1)):
        if capitalised(tokens[k]) and not tokens[k].text.isupper():  # past an acronym: député européen EELV
            return tokens[k].folded in language.given_names and capitalised(tokens[k + 1])
    return False


def subject_before(window: Window, start: int, end: int, after_quote: bool) -> Mention | None:
    """The subject right before a verb: the last comma segment, or the one
    before it when the last is an apposition ("Smith, a Democrat, said");
    right after a quotation, the first segment when it opens with a name
    ('," Scott Pruitt, the attorney general, said'); the sentence's subject
    for a second verb ("X bemoaned Y and said")."""
    language: LatinScript = window.language  # type: ignore[assignment]
    if window.tokens[end - 1].folded in language.conjunctions and not after_quote:
        return sentence_subject(window, start, end)
    parts = window.segments(start, end)
    while len(parts) > 1 and opener(parts[0], language):
        parts = parts[1:]  # "Contactée, la chambre de commerce ... salue"
    if not parts:
        return None
    if after_quote and len(parts) > 1 and capital_prefix(parts[0], language):
        mention = analyse(window.text, noun_phrase(parts[0], language), language)
        if mention is not None:
            return mention
    while len(parts) > 1 and aside(parts[-1], language):
        parts = parts[:-1]  # "M. Benjelloun a, de son côté, salué"
    last = parts[-1]
    if last[0].folded in language.apposition_openers and not window.breaks_before(end) and len(last) > 1:
        last = last[1:]  # "à Lausanne, où des pancartes proclamaient": the relative clause's own subject
        parts = parts[:-1] + [last]
    opened = last[0].folded in language.apposition_openers | language.relatives  # "dont ...", "qui est aussi ..."
    named_before = len(parts) > 1 and (opened or any(capitalised(t) for t in parts[-2][1:] or parts[-2]))
    if apposition(last, language) and named_before:
        while len(parts) > 2 and apposition(parts[-2], language) and not capitalised(parts[-2][0]):
            parts = parts[:-1]  # "Angelique Brunner, a developer and spokeswoman for the EB-5 Coalition, which ..."
        mention = analyse(window.text, noun_phrase(parts[-2], language), language)
        if mention is not None:
            heads = tuple(t.folded for t in last if t.folded in language.roles)
            return replace(mention, descriptors=mention.descriptors + heads)
    mention = analyse(window.text, noun_phrase(last, language), language)
    if mention is not None and mention.kind == "name" and len(parts) > 1:
        title = analyse(window.text, noun_phrase(parts[-2], language), language)
        if title is not None and title.kind == "description" and title.descriptors:
            # "Le ministre de l'Economie, Antoine Vasseur,": the title is the name's
            return replace(mention, descriptors=mention.descriptors + title.descriptors)
    return mention


def apposition(words: list[Token], language: LatinScript) -> bool:
    """A segment that describes the name before it: "a Democrat", "professeure
    à Sciences Po", "dont France Nature Environnement"."""
    first = words[0]
    if first.folded in language.apposition_openers | language.relatives:
        return True
    if capitalised(first) and not first.text.isupper() or ends_with_name(words, language):
        return False  # "le politologue marocain Mehdi Alaoui" names someone itself (but "PTC president" does not)
    if first.folded in language.determiners:
        return True
    for token in words[:MAX_APPOSITION_HEAD]:  # co-fondateur des "Gilets jaunes citoyens", group managing director
        if language.is_preposition(token):
            return False  # "called on President Obama": a clause, not an apposition
        if token.folded in language.roles or agent_noun(token.folded, language):
            return True
    return False


def ends_with_name(words: list[Token], language: LatinScript) -> bool:
    """Whether a segment ends with a first name and a surname (not "à
    Sciences Po", "the Senate Majority Leader", "the Charlotte-Mecklenburg
    police chief")."""
    run = 0
    while run < len(words) and capitalised(words[-1 - run]):
        run += 1
    if run < 2 or words[-1].folded in language.roles:
        return False
    before = words[-1 - run] if run < len(words) else None  # "the venue's Promotions Coordinator": a title
    return before is None or not (language.is_preposition(before) or before.folded == "s")


def aside(words: list[Token], language: LatinScript) -> bool:
    """"de son côté", "pour sa part", "in a statement": a segment that a
    preposition opens, between the subject and its verb."""
    first = words[0]
    return (language.is_preposition(first) or first.folded in language.complement_markers) and not capitalised(first)


def noun_phrase(tokens: list[Token], language: LatinScript) -> list[Token]:
    """The subject at the end of a segment: from its last capitalised name
    (with the titles before it), or from its first determiner that follows no
    preposition ("In a statement Monday the senator" -> "the senator")."""
    if not tokens:
        return []
    if tokens[-1].folded in language.pronouns:
        return tokens[-1:]
    openers = language.determiners | language.function_words | language.starters
    capitals = [i for i, t in enumerate(tokens) if capitalised(t) and (i or len(tokens) == 1 or t.folded not in openers)]
    if capitals and capitals[-1] >= len(tokens) - 1:
        first = titled_start(tokens, capitals[-1], language)
        while affiliation_before(tokens, first, language):  # "Anne Thompson of the Hollywood Reporter"
            first = titled_start(tokens, first - 2 - (tokens[first - 1].folded in language.determiners), language)
        if not complement_start(tokens, first, language):
            if first > 1 and tokens[first - 2].folded in language.determiners and not capitalised(tokens[first - 1]):
                first -= 1  # an adjective before the title: L'ancien chef de l'Etat, the former president
            if first > 0 and tokens[first - 1].folded in language.determiners:
                first -= 1
            return tokens[max(first, len(tokens) - MAX_PHRASE):]
    for index, token in enumerate(tokens):
        if token.folded in language.determiners and (index == 0 or not language.is_preposition(tokens[index - 1])):
            return tokens[index:][:MAX_PHRASE]
    return tokens[-3:]


def titled_start(tokens: list[Token], index: int, language: LatinScript) -> int:
    """Where the name that ends at `index` starts, with the titles before it."""
    while index > 0 and (capitalised(tokens[index - 1]) or tokens[index - 1].folded in language.roles
                         or tokens[index - 1].folded in language.honorifics):
        index -= 1
    return index


def affiliation_before(tokens: list[Token], first: int, language: LatinScript) -> bool:
    """Whether the name starting at `first` is the complement of a name or a
    title before it ("of the Hollywood Reporter", "de la Brookings Institution")."""
    k = first - 1 - (first > 0 and tokens[first - 1].folded in language.determiners)
    if k < 1 or tokens[k].folded not in language.complement_markers:
        return False
    before = tokens[k - 1]
    return capitalised(before) or before.folded in language.roles


def skip_circumstances(window: Window, index: int) -> int:
    """Past what may stand between a reporting verb and its subject: time
    phrases (jeudi, ce mardi matin 8 janvier, on Monday), adverbs (encore,
    also), and the phrases that say where or to whom the words were said
    (à l'AFP, sur Twitter, dans un rapport, au micro de Franceinfo, to
    reporters) when a subject still follows them."""
    while index < len(window.tokens) and not window.breaks_before(index):
        end = time_end(window, index) or adverb_end(window, index) or circumstance_end(window, index)
        if end is None:
            break
        index = end
    return index


def time_end(window: Window, index: int) -> int | None:
    """The end of a time phrase at `index` (jeudi, ce mardi matin 8 janvier,
    last week), None when none starts there."""
    tokens, language = window.tokens, window.language
    k = index
    if tokens[k].folded in language.time_determiners and k + 1 < len(tokens) and tokens[k + 1].folded in \
            language.time_words:
        k += 1
    if tokens[k].folded not in language.time_words:
        return None
    while k < len(tokens) and (k == index or not window.breaks_before(k)) and (
            tokens[k].folded in language.time_words | language.time_determiners | language.time_modifiers
            or tokens[k].folded.isdigit()):
        k += 1
    return k


def adverb_end(window: Window, index: int) -> int | None:
    return index + 1 if window.tokens[index].folded in window.language.adverbs else None


def circumstance_end(window: Window, index: int) -> int | None:
    """The end of "à l'AFP", "auprès de l'AFP", "au micro de Franceinfo",
    "dans un rapport", "to reporters": the preposition, its determiner and a
    noun or a name, with one complement (de Franceinfo), when a subject
    still follows."""
    tokens, language = window.tokens, window.language
    if tokens[index].folded not in language.circumstance_prepositions:
        return None
    k = noun_end(window, index + 1)
    if k is not None and k < len(tokens) and tokens[k].folded in language.genitive_links \
            and not window.breaks_before(k):
        k = noun_end(window, k + 1)
    if k is None or k >= len(tokens) or window.breaks_before(k) or not language.opens_subject(tokens[k]):
        return None
    return k


def noun_end(window: Window, k: int) -> int | None:
    """After the determiners at `k`, one noun or a run of capitalised words
    (Franceinfo, le micro, un rapport) that stops before a given name after
    an acronym; None at a break."""
    tokens, language = window.tokens, window.language
    while k < len(tokens) and tokens[k].folded in language.determiners | language.genitive_links \
            and not window.breaks_before(k):
        k += 1
    if k >= len(tokens) or window.breaks_before(k):
        return None
    first = k
    k += 1
    while k < len(tokens) and capitalised(tokens[k]) and capitalised(tokens[k - 1]) and not window.breaks_before(k) \
            and not (tokens[k - 1].text.isupper() and tokens[k].folded in language.given_names):
        k += 1  # (but "à l'AFP Jimmy Ray": a name after the acronym)
    if k < len(tokens) and not window.breaks_before(k) and language.opens_subject(tokens[k]):
        return k  # à la Fondation Jean Jaurès son directeur: the subject follows the run
    person = full_name_inside(window.text, tokens[first:k], language)
    return first + (person if person is not None else k - first)


def joins_complement(window: Window, index: int, phrase: list[Token]) -> bool:
    """"et" inside an institution's lower-case complement ("Bureau de
    recherches géologiques et minières"), not between two speakers."""
    tokens, language = window.tokens, window.language
    if tokens[index].folded not in language.conjunctions or not phrase or index + 1 >= len(tokens):
        return False
    before, after = phrase[-1], tokens[index + 1]
    return before.text[:1].islower() and after.text[:1].islower() and after.folded not in language.determiners \
        and any(capitalised(t) for t in phrase) and not window.breaks_before(index + 1)


def apposed_name(window: Window, mention: Mention, after: int) -> Mention | None:
    """The name set off by a comma after a description ("le président de la
    République, Emmanuel Macron,"); not another person ("la magistrate, le
    prévenu, Gérard Manin")."""
    language: LatinScript = window.language  # type: ignore[assignment]
    first = window.tokens[after]
    if mention.kind != "description" or not (capitalised(first) and first.folded not in language.determiners
                                             or first.folded in language.honorifics or titled(window, after)):
        return None
    end = after + 1
    while end < min(after + MAX_APPOSED, len(window.tokens)) and not window.breaks_before(end):
        end += 1
    name = capital_prefix(window.tokens[after:end], language)  # not across "Peter Schoonen. Other accounts"
    return analyse(window.text, name, language) if name else None
