"""The model's compact shapes (paragraphs and sentences kept as offsets,
sentence terms as numbers) behave as the tuples they stand for: equal,
sliced, pickled for --jobs; and the line-at-a-time readers they are made
from give what splitting the whole text gives."""

from __future__ import annotations

import pickle
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.load.layout import lay_out
from briefcli.model import Paragraph, Paragraphs, Sentence, offsets
from briefcli.normalize import BLOCK, LINES_A_BLOCK, Joined, clean_text, lines_of
from briefcli.segment import segment
from briefcli.segment.sentences import split_sentences

TEXT = (
    "عنوان الخبر\n\nقال الوزير إن الخطة جاهزة. وأضاف أنها ستنفذ غدا!\n\n"
    "Le ministre a parlé. Il a dit « oui ».\n\nThe plan is ready.\n\nسطر واحد\n"
)


def article_of(text: str):
    return segment("-", lay_out(text), None)


def paragraphs_made_one_by_one(article) -> tuple[Paragraph, ...]:
    """The paragraphs as objects, each from its span of the text: what Paragraphs stands for."""
    made = []
    for paragraph in article.paragraphs:
        text = article.text[paragraph.start:paragraph.end]
        sentences = tuple(
            Sentence(text[a:b], paragraph.start + a, paragraph.start + b) for a, b in split_sentences(text, article.language)
        )
        made.append(Paragraph(text, paragraph.start, paragraph.end, paragraph.direction, sentences))
    return tuple(made)


def test_paragraphs_are_the_tuple_they_stand_for():
    article = article_of(TEXT)
    paragraphs = article.paragraphs
    assert isinstance(paragraphs, Paragraphs) and len(paragraphs) == 4
    expected = paragraphs_made_one_by_one(article)
    assert paragraphs == expected and expected == tuple(paragraphs)
    assert [p.text for p in paragraphs] == list(paragraphs.texts()) == [
        "قال الوزير إن الخطة جاهزة. وأضاف أنها ستنفذ غدا!", "Le ministre a parlé. Il a dit « oui ».",
        "The plan is ready.", "سطر واحد"]
    assert [p.direction for p in paragraphs] == ["rtl", "ltr", "ltr", "rtl"]
    assert hash(paragraphs) == hash(expected)
    assert paragraphs != expected[:3] and paragraphs != "not paragraphs"


def test_paragraphs_and_sentences_slice_and_index_as_tuples():
    article = article_of(TEXT)
    paragraphs, expected = article.paragraphs, paragraphs_made_one_by_one(article)
    for cut in (slice(1, 3), slice(None, None, -1), slice(-2, None), slice(5, 9), slice(None, None, 2)):
        assert paragraphs[cut] == expected[cut]
    assert paragraphs[-1] == expected[-1] and paragraphs[0] == expected[0]
    with pytest.raises(IndexError):
        paragraphs[4]
    sentences = article.sentences
    every = tuple(s for p in expected for s in p.sentences)
    assert len(sentences) == len(every) == 6 and tuple(sentences) == every
    assert sentences[1:4] == every[1:4] and sentences[-1] == every[-1] and sentences == every
    assert [s.text for s in sentences[:2]] == ["قال الوزير إن الخطة جاهزة.", "وأضاف أنها ستنفذ غدا!"]
    assert all(article.text[s.start:s.end] == s.text for s in sentences)


def test_an_article_pickles_whole_for_another_process():
    article = article_of(TEXT)
    again = pickle.loads(pickle.dumps(article))
    assert again == article and isinstance(again.paragraphs, Paragraphs)
    assert tuple(again.paragraphs) == tuple(article.paragraphs) and tuple(again.sentences) == tuple(article.sentences)
    assert again.to_dict() == article.to_dict()


def test_an_article_given_as_a_tuple_of_paragraphs_equals_the_one_segmented():
    import dataclasses

    article = article_of(TEXT)
    as_tuple = dataclasses.replace(article, paragraphs=tuple(article.paragraphs))
    assert as_tuple == article and tuple(as_tuple.sentences) == tuple(article.sentences)
    assert as_tuple.word_count == article.word_count == 9 + 10 + 4 + 2


def test_offsets_take_four_bytes_while_they_fit():
    assert offsets(10).itemsize == 4 and offsets((1 << 32) - 1).itemsize == 4
    assert offsets(1 << 32).itemsize == 8


def long_text(lines: int) -> str:
    """Lines of every length, some blank, one longer than a block, more than LINES_A_BLOCK of them."""
    words = ["قال", "le", "", "ministre", "  ", "plan\u00a0b"]
    text = [words[n % len(words)] * (1 + n % 5) for n in range(lines)]
    text[lines // 2] = "x" * (BLOCK + 10)
    return "\n".join(text)


@pytest.mark.parametrize("text", ["", "\n", "a", "a\n", "\n\na\n\n", long_text(3 * LINES_A_BLOCK),
                                  long_text(3 * LINES_A_BLOCK) + "\n"])
def test_lines_of_is_split_and_joined_is_join(text):
    assert list(lines_of(text)) == text.split("\n")
    joined = Joined()
    for line in text.split("\n"):
        joined.add(line)
    assert joined.text() == text
    assert joined.has_text == bool(text.strip())


def test_clean_text_normalizes_across_blocks():
    decomposed = ("e\u0301te\u0301 \u0627\u0654\n" * (BLOCK // 4))
    assert clean_text(decomposed) == "\u00e9t\u00e9 \u0623\n" * (BLOCK // 4)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["قال الوزير.", "le plan", "", "  ", "Titre", "- item", "Il a dit: oui."]),
                max_size=40))
def test_a_file_laid_out_line_by_line_is_the_file(lines):
    text = "\n".join(lines)
    layout = lay_out(text)
    paragraphs = list(layout.paragraphs)
    head = ([layout.title] if layout.title else []) + list(layout.byline)
    words = " ".join(head + paragraphs).split()
    assert words == text.split()
    assert all(p and p == p.strip() for p in paragraphs)


def test_sentence_terms_are_kept_as_numbers_and_read_back_as_words():
    from briefcli.summarize.document import content_terms, prepare
    from briefcli.summarize.matrices import term_triples
    from briefcli.summarize.stemmers import document_stemmer
    from briefcli.summarize.stopwords import stop_words

    article = article_of("Title here\n\n" + "The plan is ready and the plan is good. The minister said so.\n\n" * 3)
    document = prepare(article)
    stem, stops = document_stemmer("en", None), stop_words("en")
    expected = tuple(content_terms(s.text, "en", stops, stem) for s in article.sentences)
    assert tuple(document.terms) == expected and document.terms[1:3] == expected[1:3]
    assert document.terms == expected and len(document.terms) == 6
    triples = term_triples(document)
    ids: dict[str, int] = {}
    cells = [(row, ids.setdefault(term, len(ids)), count)
             for row, terms in enumerate(expected) for term, count in Counter(terms).items()]
    assert list(zip(triples.rows.tolist(), triples.cols.tolist(), triples.counts.tolist())) == cells
