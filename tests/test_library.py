"""`import briefcli` as a library: the model objects it returns, their
to_dict() against the command line's JSON, and the README's examples."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

import briefcli
from briefcli.errors import InputError, UsageError
from briefcli.model import Article, ArticleQuotes, Summary
from conftest import DATA, ROOT, SEED, brief

EN, FR = DATA / "en_article.txt", DATA / "fr_article.txt"
README = (ROOT / "README.md").read_text(encoding="utf-8")


def cli_json(*args: str) -> dict:
    result = brief(*args, "-f", "json")
    assert result.status == 0, result.stderr
    return json.loads(result.stdout)


def test_to_dict_is_what_the_command_line_prints():
    article = briefcli.read_article(str(SEED))
    assert isinstance(article, Article) and article.to_dict() == cli_json("read", str(SEED))
    summary = briefcli.summarize_article(article, sentences=2, method="textrank")
    assert isinstance(summary, Summary)
    assert summary.to_dict() == cli_json("summarize", str(SEED), "-n", "2", "-m", "textrank")
    quotes = briefcli.find_quotes(article, indirect=False)
    assert isinstance(quotes, ArticleQuotes)
    assert quotes.to_dict() == cli_json("quotes", str(SEED), "--no-indirect")


def test_articles_from_bytes_and_from_text():
    from_bytes = briefcli.article_from_bytes(SEED.read_text().encode("cp1256"), "seed")
    assert from_bytes.text == SEED.read_text() and from_bytes.source == "seed"
    html = briefcli.article_from_bytes((ROOT / "seeds" / "000_290846f659525b14.html").read_bytes())
    assert html.language == "ar" and html.paragraphs
    body = "Le conseil a voté mardi.\nLa ligne ouvrira en 2027, a-t-il précisé."
    article = briefcli.article_from_text(body, "wire-7", title="Un tramway", id="7")
    assert (article.title, article.id, article.language) == ("Un tramway", "7", "fr")
    assert [p.text for p in article.paragraphs] == body.split("\n")
    assert article.to_dict()["id"] == "7" and briefcli.summarize_article(article).to_dict()["id"] == "7"


def test_errors_are_brief_s_own():
    with pytest.raises(InputError, match="no such file"):
        briefcli.read_article(str(DATA / "missing.txt"))
    with pytest.raises(UsageError):
        briefcli.article_from_text("Some text.", language="de")


def test_render_for_a_terminal_and_as_plain_text():
    article = briefcli.read_article(str(EN))
    plain = briefcli.render_article(article, bidi="off")
    assert plain == brief("read", str(EN)).stdout
    summary = briefcli.summarize_article(article, sentences=1)
    coloured = briefcli.render_article(article, summary, width=40, bidi="logical")
    assert "\x1b[" in coloured and max(len(line) for line in re.sub("\x1b\\[[0-9;]*m", "", coloured).splitlines()) <= 40


def test_the_library_loads_neither_typer_nor_rich():
    script = (
        "import sys, briefcli\n"
        f"a = briefcli.read_article({str(EN)!r})\n"
        "briefcli.summarize_article(a); briefcli.find_quotes(a); briefcli.render_article(a, bidi='off')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'rich', 'click'}))"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"


def test_import_briefcli_is_light():
    script = "import sys; before = set(sys.modules); import briefcli; print(sorted(set(sys.modules) - before))"
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "['__future__', 'briefcli']"


def test_library_names_are_not_shadowed_by_subpackages():
    import briefcli.quotes  # noqa: F401
    import briefcli.render  # noqa: F401
    import briefcli.summarize  # noqa: F401

    for name in briefcli.__all__:
        assert callable(getattr(briefcli, name)), name


def readme_examples() -> list[str]:
    section = README[README.index("### As a library"):README.index("### Throughput")]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_readme_examples_run_and_agree_with_the_command_line(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    loop, bag = readme_examples()
    script = tmp_path / "loop.py"
    script.write_text(loop)
    printed = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, cwd=ROOT)
    expected = brief("summarize", "tests/data/en_article.txt", "tests/data/fr_article.txt", "-n", "2",
                     "-f", "jsonl").stdout
    assert [json.loads(line) for line in printed.stdout.splitlines()] == [
        json.loads(line) for line in expected.splitlines()]
    script.write_text(bag)
    printed = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, cwd=ROOT,
                             timeout=300)
    counts = [len(cli_json("quotes", path)["quotes"]) for path in
              ("seeds/000_290846f659525b14.txt", "tests/data/fr_article.txt", "tests/data/en_article.txt")]
    assert printed.stdout.strip() == repr(list(zip(
        ["seeds/000_290846f659525b14.txt", "tests/data/fr_article.txt", "tests/data/en_article.txt"], counts)))
