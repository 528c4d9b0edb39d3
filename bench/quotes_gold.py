#!/usr/bin/env python3
"""brief quotes on every article with a gold annotation
(tests/data/quotes/*.gold.json: the sample article, our own Arabic and French
articles, and real articles annotated blind), scored by the project's scorer
(bench/quote_scoring.score), which computes the figures of the shared one
(../shared/gold/score_quotes.py); --check-scorer runs both on every article
and says where they differ.

usage: python bench/quotes_gold.py [--errors] [--data DIR] [--batch NAME] [--only NAME ...] [--check-scorer]

Per article and overall (per language, and for our articles without the
sample): direct quotations' span F1 (exact text), attribution F1 at the
strict level (the canonical name), cue accuracy on matched quotations, and
indirect speech's span F1 (overlap, Jaccard >= 0.3). Overall figures pool
the counts of the articles (micro-average). brief's offsets index the
article's normalized text; they are mapped back to the file by aligning the
non-space characters, as the gold offsets index the file. --errors prints
what was missed, what is spurious and the wrong speakers; --only scores the
named articles alone; --batch NAME the articles of one batch of
tests/data/quotes/batches.json (written: our own articles; batch1: real
articles annotated blind); --data DIR scores the gold files of DIR instead
of tests/data/quotes (without the sample). Overall rows pool each batch per
language.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefcli.load import load_article  # noqa: E402
from briefcli.quotes import find_quotations  # noqa: E402
import quote_scoring  # noqa: E402
from quote_scoring import alignment, to_raw  # noqa: E402

SHARED_SCORER = ROOT.parent / "shared" / "gold" / "score_quotes.py"
OURS = ROOT / "tests" / "data" / "quotes"
BATCHES = json.loads((OURS / "batches.json").read_text(encoding="utf-8"))
LANGUAGES = {"ar": "Arabic", "fr": "French", "en": "English"}


def shared_scorer():
    """The shared scorer (../shared/gold/score_quotes.py), to check ours against."""
    spec = importlib.util.spec_from_file_location("score_quotes", SHARED_SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_files(data: Path | None = None) -> list[Path]:
    return sorted((data or OURS).glob("*.gold.json"))


def article_path(gold_path: Path, gold: dict) -> Path:
    return (gold_path.parent / gold["doc"]["path"]).resolve()


def predictions(path: Path, raw: str) -> list[dict]:
    """brief's quotations with offsets into the file `raw`; a quotation whose
    mapped span does not hold its text is left to the scorer to locate."""
    article = load_article(str(path))
    table = alignment(article.text, raw)
    out = []
    for quotation in find_quotations(article):
        item = quotation.to_dict()
        start, end = to_raw((quotation.start, quotation.end), table)
        if raw[start:end].split() == quotation.text.split():
            item["start"], item["end"] = start, end
        else:
            item["start"] = item["end"] = None
        out.append(item)
    return out


def score_article(gold_path: Path, scorer=quote_scoring) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    path = article_path(gold_path, gold)
    raw = path.read_text(encoding="utf-8")
    report = scorer.score(gold, predictions(path, raw), raw)
    missed = set(report["direct"]["missed"])
    report["cue_counted"] = sum(1 for q in gold["quotes"] if q.get("cue") and q["id"] not in missed)
    report["language"] = gold["doc"]["language"]
    return report


def pooled(reports: list[dict]) -> dict:
    def total(mode, figure, key):
        return sum(r[mode][figure][key] for r in reports)

    def f1(mode, figure):
        tp, pred, gold = (total(mode, figure, k) for k in ("tp", "pred", "gold"))
        p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        return 2 * p * r / (p + r) if p + r else 0.0

    counted = sum(r["cue_counted"] for r in reports)
    right = sum(round((r["direct"]["cue_accuracy_on_matched"] or 0) * r["cue_counted"]) for r in reports)
    return {
        "gold": total("direct", "span_exact", "gold"),
        "span": f1("direct", "span_exact"),
        "strict": f1("direct", "attribution_strict"),
        "cue": right / counted if counted else None,
        "indirect_gold": total("indirect", "span_overlap", "gold"),
        "indirect_pred": total("indirect", "span_overlap", "pred"),
        "indirect": f1("indirect", "span_overlap"),
    }


def row(name: str, figures: dict) -> str:
    cue = "-" if figures["cue"] is None else f"{figures['cue']:.3f}"
    indirect = f"{figures['indirect']:.3f}" if figures["indirect_gold"] else f"({figures['indirect_pred']} pred.)"
    return (f"{name:34}{figures['gold']:>5}{figures['span']:>8.3f}{figures['strict']:>8.3f}{cue:>8}"
            f"{figures['indirect_gold']:>6}{indirect:>13}")


def show_errors(name: str, report: dict) -> None:
    for mode in ("direct", "indirect"):
        part = report[mode]
        for item in part["missed"]:
            print(f"  {name} {mode} MISSED {item}")
        for item in part["spurious"]:
            print(f"  {name} {mode} SPURIOUS {item}")
        for error in part["speaker_errors"]:
            print(f"  {name} {mode} SPEAKER {error['gold']}: {error['pred_speaker']!r} for {error['gold_speaker']!r}")


def check_scorer() -> None:
    """Score every gold file with ours and with the shared scorer; print the
    articles where a figure differs."""
    shared = shared_scorer()
    differ = 0
    for gold_path in gold_files():
        ours, theirs = score_article(gold_path), score_article(gold_path, shared)
        for mode in ("direct", "indirect"):
            for key, value in ours[mode].items():
                if value != theirs[mode][key]:
                    differ += 1
                    print(f"{gold_path.name} {mode} {key}: ours {value} shared {theirs[mode][key]}")
    print(f"{len(gold_files())} gold files, {differ} figures differ between the two scorers")


def main(errors: bool, only: list[str], data: Path | None = None) -> None:
    reports = {}
    print(f"{'article':34}{'gold':>5}{'span':>8}{'strict':>8}{'cue':>8}{'ind.':>6}{'ind.F1':>13}")
    for gold_path in gold_files(data):
        name = gold_path.name.removesuffix(".gold.json").removesuffix(".json")
        if only and name not in only:
            continue
        report = reports[name] = score_article(gold_path)
        print(row(name, pooled([report])))
        if errors:
            show_errors(name, report)
    ours = [r for name, r in reports.items() if name != "seed"]
    print()
    for batch, members in BATCHES.items():
        if batch.startswith("_"):
            continue
        for code, language in LANGUAGES.items():
            group = [reports[n] for n in members if n in reports and reports[n]["language"] == code]
            if group:
                print(row(f"{batch}, {language}", pooled(group)))
    for code, language in LANGUAGES.items():
        group = [r for r in ours if r["language"] == code]
        if group:
            print(row(f"all ours, {language}", pooled(group)))
    for label, group in (("all ours", ours), ("all, with the sample", list(reports.values()))):
        if group:
            print(row(label, pooled(group)))
    print("\nspan: direct span F1 (exact); strict: attribution F1 (canonical name); cue: cue accuracy on"
          "\nmatched quotations; ind.: indirect gold items, ind.F1: their span F1 (overlap), or how many brief"
          "\nlists where the gold has none; micro-averaged.")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if "--check-scorer" in arguments:
        check_scorer()
        sys.exit()
    names = arguments[arguments.index("--only") + 1:] if "--only" in arguments else []
    if "--batch" in arguments:
        names = BATCHES[arguments[arguments.index("--batch") + 1]]
    data = Path(arguments[arguments.index("--data") + 1]) if "--data" in arguments else None
    main("--errors" in arguments, [n for n in names if not n.startswith("--")], data)
