"""The ROUGE used by bench/rouge.py: checked by hand, against a plain
dynamic-programming LCS, and against Google's rouge-score when installed."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from rouge_metric import Scores, cut_to_budget, lcs_length, rouge_l, rouge_n, rouge_tokens, score  # noqa: E402


def lcs_by_table(a: list[str], b: list[str]) -> int:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1]


@given(st.lists(st.sampled_from("abcde"), max_size=40), st.lists(st.sampled_from("abcde"), max_size=40))
def test_bit_parallel_lcs_equals_the_table(a, b):
    assert lcs_length(a, b) == lcs_by_table(a, b)


def test_tokens_are_unicode_and_arabic_is_normalised():
    assert rouge_tokens("Le Président, 2024!") == ["le", "président", "2024"]
    assert rouge_tokens("أَحْمَدُ إلى مدرسةٍ") == rouge_tokens("احمد الي مدرسه")


def test_scores_by_hand():
    candidate = "the cat sat on the mat".split()
    reference = "the cat is on the mat".split()
    # unigrams: the×2, cat, on, mat shared = 5 of 6 each way
    assert rouge_n(candidate, reference, 1) == pytest.approx(5 / 6)
    # bigrams: the-cat, on-the, the-mat shared = 3 of 5
    assert rouge_n(candidate, reference, 2) == pytest.approx(3 / 5)
    assert rouge_l(candidate, reference) == pytest.approx(5 / 6)
    assert rouge_n([], reference, 1) == 0.0


def test_score_averages_over_references():
    result = score("a b", ("a b", "c d"))
    assert result == Scores(0.5, 0.5, 0.5)


def test_cut_to_budget():
    assert cut_to_budget("one two\nthree four", 3) == "one two three"


def test_agrees_with_google_rouge_score_given_a_unicode_tokenizer():
    from rouge_score import rouge_scorer

    class Unicode:
        def tokenize(self, text):
            return rouge_tokens(text)

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=Unicode())
    candidate = "قال الرئيس إن الاقتصاد ينمو بسرعة كبيرة هذا العام"
    reference = "الرئيس قال ان الاقتصاد ينمو هذا العام بسرعه"
    theirs = scorer.score(reference, candidate)
    ours = score(candidate, (reference,))
    assert ours.r1 == pytest.approx(theirs["rouge1"].fmeasure)
    assert ours.r2 == pytest.approx(theirs["rouge2"].fmeasure)
    assert ours.rl == pytest.approx(theirs["rougeL"].fmeasure)
