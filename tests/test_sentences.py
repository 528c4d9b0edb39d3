"""The sentence splitter: cases in each language, and properties for any text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.segment.quotemarks import pair_quotes
from briefcli.segment.sentences import split_sentences


def sentences(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


CASES_FILE = Path(__file__).parent / "data" / "sentences.json"
CASES = json.loads(CASES_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{c['language']}-{i}" for i, c in enumerate(CASES)]
)
def test_cases(case):
    """The shared cases (tests/data/sentences.json, also read by
    bench/sentence_splitters.py): exact sentence lists."""
    assert sentences(case["text"], case["language"]) == case["expected"]


def test_sample_paragraphs_are_one_sentence_each(seed_text):
    for paragraph in seed_text.split("\n")[2:]:
        assert sentences(paragraph, "ar") == [paragraph]


def test_unbalanced_quotes_do_not_block_splitting():
    text = "He said “this never closes. Then another sentence. And a third."
    assert len(sentences(text, "en")) == 3


def test_quote_pairs_tolerate_odd_marks():
    assert [(p.open, p.close) for p in pair_quotes("“a «b» c”")] == [(0, 8), (3, 5)]
    assert [(p.open, p.close) for p in pair_quotes("„Hallo“ sagte er")] == [(0, 6)]
    assert pair_quotes('a " b') == []
    assert [(p.open, p.close) for p in pair_quotes("l’État “ok”")] == [(7, 10)]


def test_quote_reopened_after_a_sentence_leaves_the_first_opener_unpaired():
    text = '"If a. "The b. "Either c." The d.'
    assert [(p.open, p.close) for p in pair_quotes(text)] == [(15, 25)]
    assert [(p.open, p.close, p.depth) for p in pair_quotes("“a “b” c”")] == [(0, 8, 0), (3, 5, 1)]
    assert [(p.open, p.close) for p in pair_quotes('"He said "no" to me"')] == [(0, 19), (9, 12)]


PIECES = list("ab AB.!?؟…،؛\"“”«»„'’()\n0123") + ["قال", "د", " ", "Mr", "etc", "U.S."]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(["ar", "fr", "en"]))
def test_sentence_spans_are_exact_ordered_and_inside(text, language):
    spans = split_sentences(text, language)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        previous_end = end
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())
