"""brief quotes on our annotated Arabic and French articles
(tests/data/quotes/*.gold.json, written before brief was run on them), scored
by the shared scorer the way bench/quotes_gold.py scores them. The floors sit a
little below the figures reached, so a change that loses ground fails here."""

from __future__ import annotations

import importlib.util
import json

import pytest

from briefcli.load import load_article
from briefcli.quotes import find_quotations
from conftest import ROOT, SHARED

DATA = ROOT / "tests" / "data" / "quotes"
SCORER = SHARED / "gold" / "score_quotes.py"
ARTICLES = sorted(p.name.removesuffix(".gold.json") for p in DATA.glob("*.gold.json"))
# strict attribution floors below the default for the articles that do not reach 1.0
STRICT_FLOOR = {"ar-hardwrapped-court": 0.6, "ar-asharq-sources": 0.85, "ar-gulf-economy": 0.8,
                "fr-proces-lyon": 0.85}
needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="shared/gold is not there")


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def reports() -> dict[str, dict]:
    bench = load_module(ROOT / "bench" / "quotes_gold.py", "quotes_gold_bench")
    scorer = load_module(SCORER, "score_quotes")
    return {name: bench.score_article(scorer, DATA / f"{name}.gold.json") for name in ARTICLES}


def test_there_are_enough_articles():
    languages = [json.loads((DATA / f"{name}.gold.json").read_text("utf-8"))["doc"]["language"] for name in ARTICLES]
    assert languages.count("ar") >= 6 and languages.count("fr") >= 4


@needs_scorer
@pytest.mark.parametrize("name", ARTICLES)
def test_article_scored_by_the_shared_scorer(reports, name):
    direct = reports[name]["direct"]
    assert direct["span_exact"]["F1"] >= 0.95, direct["missed"] + direct["spurious"]
    assert direct["attribution_strict"]["F1"] >= STRICT_FLOOR.get(name, 0.9), direct["speaker_errors"]
    assert direct["cue_accuracy_on_matched"] >= 0.85


@needs_scorer
def test_all_articles_together(reports):
    bench = load_module(ROOT / "bench" / "quotes_gold.py", "quotes_gold_bench")
    figures = bench.pooled(list(reports.values()))
    assert figures["span"] >= 0.98
    assert figures["strict"] >= 0.93
    assert figures["cue"] >= 0.95
    assert figures["indirect"] >= 0.9


def test_gold_offsets_hold_their_text():
    for name in ARTICLES:
        gold = json.loads((DATA / f"{name}.gold.json").read_text("utf-8"))
        text = (DATA / gold["doc"]["path"]).read_text("utf-8")
        for quote in gold["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
        for item in gold["indirect"]:
            assert text[item["content"]["start"]:item["content"]["end"]] == item["content"]["text"]


def quotations(text: str, language: str):
    from briefcli.load.layout import lay_out
    from briefcli.segment import segment

    article = segment("-", lay_out(text.split("\n")), language)
    return [(q.text, q.speaker, q.cue) for q in find_quotations(article, indirect=False)]


def test_incise_splits_a_quotation():
    text = ("Titre\n\nLe ministre de l'Economie, Paul Durand, était à Lyon. « Chacun doit payer sa part, "
            "a-t-il ajouté, l'Etat le premier. »\n")
    assert quotations(text, "fr") == [("Chacun doit payer sa part", "Paul Durand", "a-t-il ajouté"),
                                      ("l'Etat le premier.", "Paul Durand", "a-t-il ajouté")]


def test_arabic_addressee_and_relay_are_not_speakers():
    text = ("عنوان\n\nقالت مصادر حكومية مطلعة لـ«الشرق الأوسط» إن الخطة «باتت شبه جاهزة للعرض على الحكومة».\n"
            "ونقلت «وكالة الأنباء» عن مصدر في وزارة المالية قوله إن «العجز سيتراجع خلال السنة المقبلة».\n")
    found = quotations(text, "ar")
    assert [(speaker, cue) for _, speaker, cue in found] == [("مصادر حكومية مطلعة", "قالت"),
                                                              ("مصدر في وزارة المالية", "ونقلت")]


def test_surname_takes_the_full_name_the_article_gave(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text("Titre\n\nLe ministre a reçu son homologue, Youssef Benali, lundi.\n\n"
                    "M. Benali a salué « une dynamique positive ».\n", encoding="utf-8")
    found = find_quotations(load_article(str(path)), indirect=False)
    assert [(q.speaker, q.speaker_mention) for q in found] == [("Youssef Benali", "M. Benali")]
