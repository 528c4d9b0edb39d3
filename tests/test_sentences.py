"""The sentence splitter: cases in each language, and properties for any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.segment.quotemarks import pair_quotes
from briefcli.segment.sentences import split_sentences


def sentences(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


CASES = [
    ("ar", "قال الرئيس إن الزيارة ناجحة، وأضاف أنها مهمة؛ ثم غادر. وصل الوفد أمس!",
     ["قال الرئيس إن الزيارة ناجحة، وأضاف أنها مهمة؛ ثم غادر.", "وصل الوفد أمس!"]),
    ("ar", "هل هذا صحيح؟ نعم… بالتأكيد.", ["هل هذا صحيح؟", "نعم…", "بالتأكيد."]),
    ("ar", "قال: “نحن مستعدون. سننتصر”. ثم غادر.", ["قال: “نحن مستعدون.", "سننتصر”.", "ثم غادر."]),
    ("ar", "“نحن مستعدون. سننتصر”، قال الوزير أمس.", ["“نحن مستعدون. سننتصر”، قال الوزير أمس."]),
    ("ar", "أكد «الأمر خطير. جدا» المتحدث. انتهى.", ["أكد «الأمر خطير. جدا» المتحدث.", "انتهى."]),
    ("ar", "حضر د. أحمد الاجتماع.وقال كلاما.", ["حضر د. أحمد الاجتماع.", "وقال كلاما."]),
    ("ar", "ارتفع المؤشر 3.5 في المئة. وانخفض الدولار.", ["ارتفع المؤشر 3.5 في المئة.", "وانخفض الدولار."]),
    ("en", "Mr. Smith met Dr. J. K. Rowling at 3.30 p.m. on Monday. They talked.",
     ["Mr. Smith met Dr. J. K. Rowling at 3.30 p.m. on Monday.", "They talked."]),
    ("en", "The U.S. Senate voted. Prices rose 3.5% on example.com. Really? Yes!",
     ["The U.S. Senate voted.", "Prices rose 3.5% on example.com.", "Really?", "Yes!"]),
    ("en", 'He said: "We are ready. We will win." Then he left.',
     ['He said: "We are ready.', 'We will win."', "Then he left."]),
    ("en", '"We are ready. We will win," he said. Then he left.',
     ['"We are ready. We will win," he said.', "Then he left."]),
    ("en", "See No. 5 and p. 12 of the report at https://example.org/a.b. It is long.",
     ["See No. 5 and p. 12 of the report at https://example.org/a.b.", "It is long."]),
    ("en", "Apple Inc. said sales grew. Shares rose.", ["Apple Inc. said sales grew.", "Shares rose."]),
    ("fr", "M. Macron a déclaré « nous sommes prêts. Nous allons gagner » selon l’AFP. Puis il est parti.",
     ["M. Macron a déclaré « nous sommes prêts. Nous allons gagner » selon l’AFP.", "Puis il est parti."]),
    ("fr", "Il est 10 h 30. Mme Dupont arrive… et repart. Quoi ? Rien !",
     ["Il est 10 h 30.", "Mme Dupont arrive… et repart.", "Quoi ?", "Rien !"]),
    ("fr", "Le taux est de 2,5 %. L'an 52 av. J.-C. est loin.",
     ["Le taux est de 2,5 %.", "L'an 52 av. J.-C. est loin."]),
]


@pytest.mark.parametrize("language, text, expected", CASES)
def test_cases(language, text, expected):
    assert sentences(text, language) == expected


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
