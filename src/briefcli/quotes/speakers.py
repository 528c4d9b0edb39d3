"""Where the speaker phrase of a cue is, in the words around it.

After the cue: the subject of a verb-first clause (قال إحسان الحافظي إن,
"», a déclaré le ministre", '," said Smith') and the noun phrase after an
"according to" phrase (حسب إفادة الحافظي، selon lui). Before the cue: the
antecedent of a relative pronoun (الحافظي الذي شدد), an anaphor in the clause
(ولم تفت المتحدث ذاته الإشارة), the clause's subject (بلاغ ...، الخميس، أفاد;
"Smith, a Democrat, said"). Nothing found means an implicit subject:
participles (مشيرا) and pro-drop verbs take the speaker of the clause before.

The order of these steps is the same in every language; what a subject
looks like, and where it ends, is the language's (`Language`).
"""

from __future__ import annotations

from dataclasses import replace

from briefcli.quotes.cues import Cue, cue_word
from briefcli.quotes.mentions import Maker, Mention, analyse
from briefcli.quotes.window import Window
from briefcli.quotes.words import Token

REPORTING_DASHES = "\u2014\u2013"
CLOSING_MARKS = "\"\u201d\u00bb\u2019"
COMMAS = ",\u060c"
MAX_PHRASE = 14
MAX_PHRASE_TAIL = 8  # words after a description's phrase before the comma of its apposition
MAX_RELAYED = 12  # words between a relaying verb and the عن its source follows
MAX_ANTECEDENT = 10  # words of the noun phrase a relative pronoun refers to, with an apposition
MAX_APPOSED_COMMAS = 2  # "Clémentine Autain, députée La France insoumise, qui dit"
APPOSED_ROLES = 2  # words after a name's comma that may be its role
MAX_MARKED_TAIL = 2  # words after a name in marks before the apposition's comma (المعارض)


def speaker_phrase(window: Window, cue: Cue, clause_start: int, after_quote: bool = False) -> Mention | None:
    """The speaker phrase of `cue`, whose clause starts at token
    `clause_start` (right after a quotation when `after_quote`)."""
    language = window.language
    if cue.pronoun is not None:  # a-t-il dit; على حد تعبيرها
        return Maker(window.text, [cue.pronoun])("pronoun")
    if cue.kind == "according":
        return with_apposition(window, phrase_after(window, cue, according=True))
    if cue.kind == "verb" and cue.first > clause_start and window.tokens[cue.first - 1].folded in language.perfective:
        mention = phrase_before(window, cue, clause_start, after_quote)  # وكان رئيس الحكومة قد وصف
        if mention is not None:
            return mention
    if cue.kind == "verb" and verb_first(window, cue):
        found = phrase_after(window, cue)
        mention = with_apposition(window, found) or language.subject_description(window.text, found[0])
        if mention is not None:
            return mention
    if cue.kind == "participle":
        return absolute_subject(window, cue, clause_start)
    return phrase_before(window, cue, clause_start, after_quote)


def absolute_subject(window: Window, cue: Cue, clause_start: int) -> Mention | None:
    """The name right before a participle with no comma between ("le
    ministre de l'Intérieur Gérald Darmanin estimant que"), in a language
    whose names have capitals; None otherwise: a participle's subject is
    implicit (مشيرا، ", adding")."""
    index = cue.group_start
    if not window.language.capitalises_names or index <= clause_start or window.breaks_before(index) \
            or not window.language.capitalised(window.tokens[index - 1]):
        return None
    mention = phrase_before(window, cue, clause_start)
    return mention if mention is not None and mention.kind == "name" else None


def verb_first(window: Window, cue: Cue) -> bool:
    """Whether the subject may follow the verb: always in a verb-first
    language; otherwise only in a reporting clause right after the
    quotation ('," said Smith', "», a déclaré le ministre"), not after the
    comma of an apposition ("Chris Hawkins, host of ..., said the band")."""
    if window.language.verb_first:
        return True
    start = cue.group_start
    if start == 0:
        return False
    gap_start = window.tokens[start - 1].end
    return bool(window.closes_between(gap_start, window.tokens[start].start)) or any(
        c in REPORTING_DASHES for c in window.gap(start)) or closing_clause(window, cue)


def closing_clause(window: Window, cue: Cue) -> bool:
    """Whether the cue opens an inverted reporting clause that closes the
    sentence after a comma: "..., says Mr Pearson.", "..., estime le
    ministre.", "..., a alerté le centre basé en Floride." (its subject, then
    no clause, quotation or colon of its own)."""
    subject = window.language.skip_addressee(window, cue.last) if cue.last < len(window.tokens) else cue.last
    if window.gap(cue.group_start).strip().lstrip(CLOSING_MARKS) not in tuple(COMMAS) or subject >= len(window.tokens) \
            or window.breaks_before(subject) or not window.language.opens_subject(window.tokens[subject]) \
            or window.tokens[cue.last - 1].folded in window.language.object_addressees:
        return False  # (", a déclaré mercredi le président"; "..., he told the BBC News website.": whom he told)
    end = phrase_after(window, cue)[1]
    while end < len(window.tokens) and not window.sentence_end(end):  # "le centre basé en Floride."
        word = window.tokens[end].folded
        if window.language.is_complementizer(word) or (word,) in window.language.cues or ":" in window.gap(end) \
                or window.quoted(end):
            return False
        end += 1
    return True


def phrase_after(window: Window, cue: Cue, according: bool = False) -> tuple[list[Token], int]:
    """The noun phrase after the cue, and the index of the token after it."""
    tokens, language = window.tokens, window.language
    index = cue.last
    if according:
        index = skip_speech_noun(window, index)
    elif cue.entry.relays:
        index = relayed_source(window, index)
    index = language.skip_addressee(window, index)
    out: list[Token] = []
    while index < len(tokens) and len(out) < MAX_PHRASE:
        if window.breaks_before(index) or window.quoted(index) or ends_before(window, index, out):
            break
        out.append(tokens[index])
        index += 1
    return out, index


def ends_before(window: Window, index: int, phrase: list[Token]) -> bool:
    """Whether the speaker phrase `phrase` ends before token `index`: at a
    complementizer, a stop word or a relative pronoun (unless the language
    reads on: "Bureau de recherches géologiques et minières"), at the place
    words were said (في تصريح، dans un communiqué), at a cue, or where the
    language says it ends."""
    tokens, language = window.tokens, window.language
    word = tokens[index].folded
    if word in language.complementizers | language.stops | language.relatives \
            and not language.continues_phrase(window, index, phrase):
        return True
    if word in language.event_prepositions and index + 1 < len(tokens) and language.bare(tokens[index + 1].folded) \
            in language.speech_events | language.documents | language.indefinite:
        return True
    if not phrase:
        return not language.starts_phrase(word)
    return language.ends_phrase(window, index, phrase) or cue_word(word, language)


def relayed_source(window: Window, index: int) -> int:
    """Past "وكالة الأنباء ... عن" in "نقلت وكالة ... عن مصدر قوله": the one
    who spoke is after عن; the agency only relays."""
    tokens = window.tokens
    for k in range(index, min(index + MAX_RELAYED, len(tokens))):
        if k > index and any(c in ",.;:!?\u060c\u061b\u061f" for c in window.gap(k)):
            break
        if tokens[k].folded in window.language.relay_prepositions and not window.quoted(k):
            return k + 1
    return index


def skip_speech_noun(window: Window, index: int) -> int:
    """Past "إفادة" in "حسب إفادة X", "ما أفاد" in "حسبما أفاد X", "les
    chiffres de" in "selon les chiffres de la métropole"."""
    tokens, language = window.tokens, window.language
    start = index
    if index + 1 < len(tokens) and tokens[index].folded in language.determiners | language.possessives:
        index += 1
    if index >= len(tokens) or tokens[index].folded not in language.speech_nouns or window.breaks_before(index):
        return start
    index += 1
    if index < len(tokens) and cue_word(tokens[index].folded, language):
        index += 1  # حسبما أفاد، وفقا لما قاله
    if index < len(tokens) and tokens[index].folded in language.genitive_links:
        index += 1
    return index


def with_apposition(window: Window, found: tuple[list[Token], int]) -> Mention | None:
    """The mention, with the role nouns of an apposition that follows it
    ("قال X، باحث في ...، إن") among its descriptors; or the name in
    apposition when the mention only describes ("le président de la
    République, Emmanuel Macron,", "قال ممثل النيابة العامة، القاضي منير الحداد،")."""
    tokens, after = found
    language = window.language
    mention = analyse(window.text, tokens, language)
    if mention is None:
        return None
    cut = next_break(window, after) if mention.kind == "description" else after
    named = apposed_name(window, mention, after) or apposed_name(window, mention, past_marked_name(window, after)) \
        or apposed_name(window, mention, cut) or apposed_name(window, mention, window.past_parentheses(after))
    if named is not None:
        return named
    if mention.kind == "name" and comma_before(window, after):
        heads = tuple(language.bare(t.folded) for t in window.tokens[after:after + APPOSED_ROLES]
                      if language.bare(t.folded) in language.roles)
        if heads:
            mention = replace(mention, descriptors=mention.descriptors + heads)
    return mention


def next_break(window: Window, index: int) -> int:
    """The index of the first token after `index` that a mark comes before,
    within a few words: where a description whose reading stopped early ends
    ("Pour le directeur de la maîtrise des risques et de la performance à
    l'Unédic, Rémy Mazzocchi,")."""
    for k in range(index, min(index + MAX_PHRASE_TAIL, len(window.tokens))):
        if window.breaks_before(k):
            return k
    return index


def past_marked_name(window: Window, index: int) -> int:
    """Past a name in marks that completes a description and an adjective
    after it: "النائب عن حزب «الوفاق الديمقراطي» المعارض، أحمد سالم ولد بوبكر،"."""
    if not window.quoted(index):
        return index
    while window.quoted(index):
        index += 1
    for _ in range(MAX_MARKED_TAIL):
        if index >= len(window.tokens) or window.breaks_before(index) and not window.closes_between(
                window.tokens[index - 1].end, window.tokens[index].start):
            break
        index += 1
    return index


def comma_before(window: Window, index: int) -> bool:
    return index < len(window.tokens) and any(c in COMMAS for c in window.gap(index))


def apposed_name(window: Window, mention: Mention, after: int) -> Mention | None:
    """The name set off by commas after `mention` (which ends before token
    `after`), when `mention` describes its bearer."""
    if not comma_before(window, after):
        return None
    named = window.language.apposed_name(window, mention, after)
    if named is None or named.kind != "name":
        return None
    return replace(named, descriptors=named.descriptors + mention.descriptors)


def phrase_before(window: Window, cue: Cue, clause_start: int, after_quote: bool = False) -> Mention | None:
    """The subject before the verb: the antecedent of a relative pronoun, an
    anaphor in the clause, or the clause's subject."""
    tokens, language = window.tokens, window.language
    if cue.group_start <= clause_start:
        return None
    before = cue.group_start
    while before > clause_start and tokens[before - 1].folded in language.auxiliaries | language.perfective \
            | language.adverbs:
        before -= 1  # "Internet service providers have long claimed"
    if before > clause_start and tokens[before - 1].folded in language.relatives:
        return antecedent(window, before - 1, clause_start)
    anaphor = language.clause_anaphor(window, clause_start, before)
    if anaphor is not None:
        return anaphor
    if before <= clause_start:
        return None
    mention = language.subject_before(window, clause_start, before, after_quote)
    if mention is not None and window.quoted(window.token_at(mention.start)):
        return None  # par peur du "mécontentement populaire", explique: words quoted, no one who speaks
    return mention


def antecedent(window: Window, relative: int, clause_start: int) -> Mention | None:
    """The noun phrase a relative pronoun refers to: الحافظي in "حسب إفادة
    الحافظي الذي شدد"; across the comma that opens a relative clause too
    ("Paul Connolly, who said", "Le suspect de ce crime, qui se disait")."""
    tokens, language = window.tokens, window.language
    first, commas = relative, 0
    while first > max(clause_start - MAX_ANTECEDENT, 0) and relative - first < MAX_ANTECEDENT:
        comma = window.gap(first).strip() in COMMAS
        if window.breaks_before(first) and not (comma and commas < MAX_APPOSED_COMMAS):
            break
        commas += window.breaks_before(first) and comma
        word = tokens[first - 1].folded
        if word in language.speech_nouns or (word,) in language.cues \
                or word in language.function_words and word not in language.determiners:
            break
        first -= 1
    words = language.antecedent_words(window.segments(first, relative))
    return analyse(window.text, words, language) if words else None
