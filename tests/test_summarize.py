"""brief summarize: real summaries of real articles, the CLI around them,
and brief's vectorized algorithms checked against sumy as the oracle."""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA, SEED, brief
from briefcli.load import load_article
from briefcli.model import Article, Paragraph, Sentence
from briefcli.options import LoadOptions
from briefcli.summarize.arabic import normalize_arabic
from briefcli.summarize.document import Document, prepare
from briefcli.summarize.length import Length, choose, ranking
from briefcli.summarize.methods import DEFAULT_METHOD, METHODS, rater
from briefcli.summarize.stemmers import document_stemmer
from test_architecture import HEAVY, loaded_after

EN = DATA / "en_article.txt"
FR = DATA / "fr_article.txt"
ARTICLES = [SEED, EN, FR]
EASC = DATA / "easc"


def summary_json(*args: str) -> dict:
    result = brief("summarize", *args, "--format", "json")
    assert result.status == 0, result.stderr
    return json.loads(result.stdout)


def article_json(path: Path) -> dict:
    return json.loads(brief("read", str(path), "--format", "json").stdout)


# --- what a user gets ------------------------------------------------------

@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
@pytest.mark.parametrize("method", list(METHODS))
def test_every_method_summarizes_every_language(path, method):
    summary = summary_json(str(path), "--method", method)
    article = article_json(path)
    sentences = [s for p in article["paragraphs"] for s in p["sentences"]]
    assert summary["method"] == method and summary["language"] == article["language"]
    assert len(summary["sentences"]) == 3
    indices = [s["index"] for s in summary["sentences"]]
    assert indices == sorted(set(indices)), "article order, no repeats"
    for chosen in summary["sentences"]:
        assert article["text"][chosen["start"]:chosen["end"]] == chosen["text"]
        original = sentences[chosen["index"] - 1]
        assert (original["start"], original["end"]) == (chosen["start"], chosen["end"])
        paragraph = article["paragraphs"][chosen["paragraph"] - 1]
        assert paragraph["start"] <= chosen["start"] < chosen["end"] <= paragraph["end"]
        assert isinstance(chosen["score"], float)


def test_json_schema_and_jsonl_for_several_articles():
    summary = summary_json(str(SEED))
    assert list(summary) == ["source", "language", "method", "sentences"]
    assert summary["method"] == DEFAULT_METHOD
    assert set(summary["sentences"][0]) == {"index", "paragraph", "start", "end", "text", "score"}
    result = brief("summarize", str(SEED), str(EN), str(FR), "-f", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["language"] for line in lines] == ["ar", "en", "fr"]


def test_lengths_are_respected():
    sentences = [s for p in article_json(EN)["paragraphs"] for s in p["sentences"]]
    total = sum(len(s["text"].split()) for s in sentences)
    assert len(sentences) == 10
    assert len(summary_json(str(EN), "-n", "5")["sentences"]) == 5
    assert len(summary_json(str(EN), "-n", "50")["sentences"]) == 10
    assert len(summary_json(str(EN), "--ratio", "0.4")["sentences"]) == 4
    assert len(summary_json(str(EN), "--ratio", "0.01")["sentences"]) == 1
    for budget in (1, 30, 60, 1000):
        chosen = summary_json(str(EN), "--words", str(budget))["sentences"]
        words = [len(s["text"].split()) for s in chosen]
        assert sum(words) >= min(budget, total)
        assert sum(words) - min(words) < budget or len(chosen) == 1, "stops once the budget is reached"


def test_text_output_is_the_sentences_and_scores_are_notes():
    summary = summary_json(str(SEED))
    plain = brief("summarize", str(SEED)).stdout
    assert plain == "\n\n".join(s["text"] for s in summary["sentences"]) + "\n"
    scored = brief("summarize", str(SEED), "--scores").stdout
    assert f"الدرجة {summary['sentences'][0]['score']:.4g} · الجملة 1، الفقرة 1" in scored
    assert summary["sentences"][0]["text"] in scored
    english = summary_json(str(EN))["sentences"][0]
    assert f"score {english['score']:.4g} · sentence {english['index']}" in brief(
        "summarize", str(EN), "--scores").stdout


def test_markdown_for_pasting():
    out = brief("summarize", str(EN), "-f", "markdown", "-m", "lead").stdout
    assert out.startswith("# City council approves new tram line after long debate\n\n")
    assert "The city council voted on Tuesday" in out


def test_lead_takes_the_first_sentences():
    chosen = summary_json(str(EN), "-m", "lead", "-n", "2")["sentences"]
    assert [s["index"] for s in chosen] == [1, 2]


@pytest.mark.parametrize(
    "args, status, message",
    [
        (["missing.txt"], 1, "no such file"),
        ([str(SEED), "--ratio", "0"], 2, "--ratio"),
        ([str(SEED), "--ratio", "1.5"], 2, "--ratio"),
        ([str(SEED), "--ratio", "0.5", "--words", "10"], 2, "give one of -n, --ratio and --words, not --ratio and --words"),
        ([str(SEED), "-n", "2", "--words", "50"], 2, "not -n and --words"),
        ([str(SEED), "-n", "5", "--ratio", "0.1"], 2, "not -n and --ratio"),
        ([str(SEED), "--words", "0"], 2, "--words"),
        ([str(SEED), "-n", "0"], 2, "-n"),
        ([str(SEED), "--method", "bogus"], 2, "--method"),
    ],
)
def test_bad_input_is_one_line(args, status, message):
    result = brief("summarize", *args)
    assert result.status == status and result.stdout == ""
    assert result.stderr.startswith("brief: ") and message in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("options", [("-n", "2"), ("--ratio", "0.5"), ("--words", "40"), ("-m", "lsa")])
def test_summary_options_without_summary_are_a_usage_error(options):
    result = brief("read", str(SEED), *options)
    assert result.status == 2 and result.stdout == ""
    assert "only with --summary" in result.stderr and result.stderr.count("\n") == 1
    assert brief("read", str(SEED), "--summary", *options).status == 0


def test_read_summary_highlights_the_summary_in_place(monkeypatch):
    from briefcli.commands import common

    pages = []
    monkeypatch.setattr(common, "write_page", lambda page, output, env: pages.append(page))
    assert brief("read", str(EN), "--summary", "-n", "2", "--bidi", "logical").status == 0
    chosen = summary_json(str(EN), "-n", "2")["sentences"]
    text = article_json(EN)["text"]
    highlighted = [
        block.text[h.start:h.end] for block in pages[0].blocks for h in block.highlights if h.style == "summary"
    ]
    assert highlighted == [s["text"] for s in chosen]
    assert all(s["text"] in text for s in chosen)
    pages.clear()
    brief("read", str(EN), "--bidi", "logical")
    assert not any(block.highlights for block in pages[0].blocks)


def test_read_summary_piped_is_the_plain_article():
    assert brief("read", str(SEED), "--summary").stdout == brief("read", str(SEED)).stdout


def test_read_summary_in_json_and_markdown():
    chosen = summary_json(str(EN), "-n", "2")
    data = json.loads(brief("read", str(EN), "--summary", "-n", "2", "-f", "json").stdout)
    assert data["summary"] == chosen and data["paragraphs"]
    assert "summary" not in json.loads(brief("read", str(EN), "-f", "json").stdout)
    markdown = brief("read", str(EN), "--summary", "-n", "2", "-f", "markdown").stdout
    assert [s["text"] for s in chosen["sentences"]] == re.findall(r"\*\*(.+?)\*\*", markdown)


# --- start-up and dependencies --------------------------------------------

def test_english_and_french_need_no_nltk_data(tmp_path):
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    code = (
        "import json, sys\n"
        "from briefcli.load import load_article\n"
        "from briefcli.summarize.methods import METHODS\n"
        "from briefcli.summarize.options import SummaryOptions\n"
        "from briefcli.summarize.summary import summarize\n"
        "for path in sys.argv[1:]:\n"
        "    article = load_article(path)\n"
        "    for method in METHODS:\n"
        "        print(article.language, method, len(summarize(article, SummaryOptions(method)).sentences))\n"
    )
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code, str(EN), str(FR)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 * len(METHODS) and all(line.endswith(" 3") for line in lines)


def summarize_loads(method: str) -> set[str]:
    code = (
        "from briefcli.cli import run\nfrom briefcli.environment import Environment\n"
        f"run(['summarize', {str(SEED)!r}, '--method', {method!r}], Environment())"
    )
    return loaded_after(code) & set(HEAVY)


def test_heavy_libraries_load_only_for_the_methods_that_need_them():
    assert summarize_loads("lead") == set()
    assert summarize_loads(DEFAULT_METHOD) == {"numpy"}
    assert summarize_loads("luhn") >= {"sumy", "nltk"}


# --- the algorithms against sumy ------------------------------------------

def article_from_texts(texts: list[str], language: str) -> Article:
    paragraphs, start = [], 0
    for text in texts:
        end = start + len(text)
        paragraphs.append(Paragraph(text, start, end, "ltr", (Sentence(text, start, end),)))
        start += len(text) + 1
    return Article("test", "\n".join(texts), None, None, language, "ltr", tuple(paragraphs))


def oracle_documents() -> list[Document]:
    documents = [prepare(load_article(str(path))) for path in ARTICLES]
    for path in sorted(EASC.glob("*.txt")):  # six whole EASC articles
        documents.append(prepare(load_article(str(path), LoadOptions(language="ar"))))
    return documents


def sumy_oracle(method: str):
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    return {
        "lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "lsa": LsaSummarizer,
        "reduction": ReductionSummarizer, "kl": KLSummarizer, "sumbasic": SumBasicSummarizer,
    }[method]()


@pytest.mark.parametrize("method", ["lexrank", "textrank", "lsa", "reduction"])
def test_vectorized_scores_equal_sumys_on_the_same_terms(method):
    from briefcli.summarize.sumy_adapter import sumy_ratings

    warnings.filterwarnings("ignore", module="sumy")
    for document in oracle_documents():
        ours = rater(method)(document)
        theirs = sumy_ratings(sumy_oracle(method), document)
        assert ours == pytest.approx(theirs, rel=1e-9, abs=1e-12)
        assert ranking(ours) == ranking(theirs)


def greedy_steps_agree(method: str, document: Document) -> None:
    """At every step, brief's pick has sumy's best value for that step
    (values equal up to rounding are one value: sumy picks the first)."""
    from briefcli.summarize import kl, sumbasic
    from briefcli.summarize.sumy_adapter import sumy_document

    summarizer = sumy_oracle(method)
    sentences = sumy_document(document).sentences
    words = [summarizer._get_content_words_in_sentence(s) for s in sentences]
    frequencies = summarizer.compute_tf(sentences) if method == "kl" else summarizer._compute_tf(sentences)
    left, summary = set(range(len(sentences))), []
    for pick in (kl if method == "kl" else sumbasic).picks(document):
        if method == "kl":
            joint = {i: summarizer._joint_freq(words[i], summary) for i in left}
            values = {i: -summarizer._kl_divergence(joint[i], frequencies) for i in left}
        else:
            values = {i: summarizer._compute_average_probability_of_words(frequencies, words[i]) for i in left}
        best = max(values.values())
        noise = 1e-12 if method == "kl" else 0  # a divergence sums terms of both signs
        assert values[pick] == pytest.approx(best, rel=1e-9, abs=noise)
        assert pick == min(i for i in left if values[i] == pytest.approx(best, rel=1e-9, abs=noise))
        left.remove(pick)
        summary += list(words[pick])
        if method == "sumbasic":
            summarizer._update_tf(frequencies, words[pick])


@pytest.mark.parametrize("method", ["kl", "sumbasic"])
def test_greedy_methods_pick_as_sumy_does(method):
    for document in oracle_documents():
        greedy_steps_agree(method, document)


WORDS = st.lists(st.sampled_from("alpha beta gamma delta epsilon zeta eta theta".split()), max_size=9)


@settings(max_examples=40, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12))
def test_random_documents_agree_with_sumy(sentences):
    from briefcli.summarize.sumy_adapter import sumy_ratings

    texts = [" ".join(words) + f" {number}." for number, words in enumerate(sentences)]  # sumy merges equal sentences
    document = prepare(article_from_texts(texts, "en"))
    for method in ("lexrank", "textrank", "lsa", "reduction"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = sumy_ratings(sumy_oracle(method), document)
        ours = rater(method)(document)
        if any(math.isnan(rating) for rating in theirs):  # sumy divides by zero when no term weighs anything
            assert not any(math.isnan(score) for score in ours), method
            continue
        assert ours == pytest.approx(theirs, rel=1e-9, abs=1e-12), method
    for method in ("kl", "sumbasic"):
        greedy_steps_agree(method, document)


# --- the pieces -------------------------------------------------------------

def test_choose_by_count_ratio_and_budget():
    scores = [0.1, 0.9, 0.5, 0.9, 0.2]
    lengths = (10, 20, 5, 30, 8)
    assert ranking(scores) == [1, 3, 2, 4, 0]
    assert choose(scores, lengths, Length(sentences=2)) == [1, 3]
    assert choose(scores, lengths, Length(ratio=0.6)) == [1, 2, 3]
    assert choose(scores, lengths, Length(words=20)) == [1]
    assert choose(scores, lengths, Length(words=21)) == [1, 3]


def test_arabic_normalisation_for_matching():
    assert normalize_arabic("إِلَى أحمدَ في المدرسةِ ـــ آخر ٱلكتاب") == "الي احمد في المدرسه  اخر الكتاب"
    assert normalize_arabic("Hello") == "Hello"


def test_stems_do_not_depend_on_the_word_before():
    words = "والمدينة بالمدينة المدن يكتبون الكتاب كتب المكتبات سيكتبونها".split()
    for name in ("snowball", "isri", "nltk-snowball"):
        forward = [document_stemmer("ar", name)(w) for w in words]
        backward = [document_stemmer("ar", name)(w) for w in reversed(words)][::-1]
        one_stemmer = document_stemmer("ar", name)
        assert [one_stemmer(w) for w in reversed(words)][::-1] == forward == backward, name


def test_greedy_methods_refuse_what_they_cannot_do_in_seconds():
    from briefcli.errors import UsageError
    from briefcli.summarize.methods import GREEDY_LIMIT
    from briefcli.summarize.options import SummaryOptions
    from briefcli.summarize.summary import summarize

    article = article_from_texts([f"Sentence number {word} is here." for word in range(GREEDY_LIMIT + 1)], "en")
    for method in ("kl", "sumbasic"):
        with pytest.raises(UsageError, match=f"at most {GREEDY_LIMIT} sentences"):
            summarize(article, SummaryOptions(method))
    assert len(summarize(article, SummaryOptions("textrank")).sentences) == 3


def test_graph_methods_refuse_an_article_too_long_for_memory(monkeypatch):
    import briefcli.summarize.matrices as matrices

    monkeypatch.setattr(matrices, "MOST_PAIRS", 10)
    result = brief("summarize", str(EN), "-m", "lexrank")
    assert result.status == 1 and "too long" in result.stderr and "--method lead" in result.stderr
    assert brief("summarize", str(EN), "-m", "lead").status == 0


# --- the default: the lead, close calls decided by centrality ---------------

def centrality_by_definition(document: Document) -> list[float]:
    """Each sentence's LexRank cosine (tf over the sentence's highest count,
    idf = log(n / (1 + df))) summed over the other sentences, pair by pair."""
    from collections import Counter

    n = len(document)
    counts = [Counter(terms) for terms in document.terms]
    frequency = Counter(term for count in counts for term in count)
    vectors = [
        {term: times / max(count.values()) * math.log(n / (1 + frequency[term])) for term, times in count.items()}
        for count in counts
    ]

    def cosine(a: dict, b: dict) -> float:
        norms = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
        return sum(value * b.get(term, 0.0) for term, value in a.items()) / norms if norms else 0.0

    return [sum(cosine(vectors[i], vectors[j]) for j in range(n) if j != i) for i in range(n)]


def test_default_centrality_is_the_summed_cosine_with_the_other_sentences():
    from briefcli.summarize import lead_centrality

    for document in oracle_documents():
        ours = lead_centrality.centrality(document).tolist()
        assert ours == pytest.approx(centrality_by_definition(document), rel=1e-9, abs=1e-12)


def test_default_without_centrality_is_position_and_title():
    from briefcli.summarize import lead_centrality
    from briefcli.summarize.lexrank_lead import title_share

    for document in oracle_documents():
        n = len(document)
        expected = [math.log1p(share) - math.log1p(index) for index, share in enumerate(title_share(document))]
        assert lead_centrality.rate(document, 0.0) == pytest.approx(expected)
        if not document.title:
            assert ranking(lead_centrality.rate(document, 0.0)) == list(range(n)), "LEAD, exactly"


ON_TOPIC = [
    "The council approved the new tram line on Tuesday.",
    "The tram will link the station to the harbour.",
    "The council argued about the cost of the tram for months.",
    "The mayor said the harbour residents were heard.",
    "A violinist played Bach in the cathedral.",  # the one sentence about something else
    "Opponents said the council ignored the cost to the harbour.",
    "The council will publish the route of the tram next week.",
    "Work starts at the station in spring.",
]


def test_default_lets_centrality_decide_a_close_call():
    from briefcli.summarize import lead_centrality

    document = prepare(article_from_texts(ON_TOPIC, "en"))
    assert ranking(lead_centrality.rate(document, 0.0)) == list(range(8))
    assert ranking(lead_centrality.rate(document)) == [0, 1, 2, 3, 5, 4, 6, 7]
    assert summary_json_of_texts(ON_TOPIC, "-n", "5") == [1, 2, 3, 4, 6]
    assert summary_json_of_texts(ON_TOPIC, "-n", "5", "-m", "lead") == [1, 2, 3, 4, 5]


def summary_json_of_texts(texts: list[str], *args: str) -> list[int]:
    result = brief("summarize", "-", *args, "--format", "json", stdin=("\n\n".join(texts) + "\n").encode())
    assert result.status == 0, result.stderr
    return [s["index"] for s in json.loads(result.stdout)["sentences"]]


def test_default_with_nothing_to_tell_sentences_apart_is_lead():
    from briefcli.summarize import lead_centrality

    assert lead_centrality.rate(prepare(article_from_texts([], "en"))) == []
    assert lead_centrality.rate(prepare(article_from_texts(["One sentence only."], "en"))) == [0.0]
    same = prepare(article_from_texts(["The same words again."] * 4, "en"))
    assert ranking(lead_centrality.rate(same)) == [0, 1, 2, 3]
