#!/usr/bin/env python3
"""brief quotes on every article with a gold annotation, scored by the shared
scorer (../shared/gold/score_quotes.py): the sample article and our own
Arabic and French articles (tests/data/quotes/*.gold.json).

usage: python bench/quotes_gold.py [--errors] [--data DIR] [--only NAME ...]

Per article and overall (per language, and for our articles without the
sample): direct quotations' span F1 (exact text), attribution F1 at the
strict level (the canonical name), cue accuracy on matched quotations, and
indirect speech's span F1 (overlap, Jaccard >= 0.3). Overall figures pool
the counts of the articles (micro-average). brief's offsets index the
article's normalized text; they are mapped back to the file by aligning the
non-space characters, as the gold offsets index the file. --errors prints
what was missed, what is spurious and the wrong speakers; --only scores the
named articles alone (a batch); --data DIR scores the gold files of DIR
instead of tests/data/quotes (without the sample).
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
from quote_scoring import alignment, to_raw  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold"
OURS = ROOT / "tests" / "data" / "quotes"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", GOLD / "score_quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_files(data: Path | None = None) -> list[Path]:
    if data is not None:
        return sorted(data.glob("*.gold.json"))
    sample = [GOLD / "seed-quotes.json"] if (GOLD / "seed-quotes.json").exists() else []
    return sample + sorted(OURS.glob("*.gold.json"))


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


def score_article(scorer, gold_path: Path) -> dict:
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


def main(errors: bool, only: list[str], data: Path | None = None) -> None:
    scorer = load_scorer()
    reports = {}
    print(f"{'article':34}{'gold':>5}{'span':>8}{'strict':>8}{'cue':>8}{'ind.':>6}{'ind.F1':>13}")
    for gold_path in gold_files(data):
        name = gold_path.name.removesuffix(".gold.json").removesuffix(".json")
        if only and name not in only:
            continue
        report = reports[name] = score_article(scorer, gold_path)
        print(row(name, pooled([report])))
        if errors:
            show_errors(name, report)
    ours = [r for name, r in reports.items() if name != "seed-quotes"]
    print()
    for label, group in (("all ours, Arabic", [r for r in ours if r["language"] == "ar"]),
                         ("all ours, French", [r for r in ours if r["language"] == "fr"]),
                         ("all ours, English", [r for r in ours if r["language"] == "en"]),
                         ("all ours", ours),
                         ("all, with the sample", list(reports.values()))):
        if group:
            print(row(label, pooled(group)))
    print("\nspan: direct span F1 (exact); strict: attribution F1 (canonical name); cue: cue accuracy on"
          "\nmatched quotations; ind.: indirect gold items, ind.F1: their span F1 (overlap), or how many brief"
          "\nlists where the gold has none; micro-averaged.")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    names = arguments[arguments.index("--only") + 1:] if "--only" in arguments else []
    data = Path(arguments[arguments.index("--data") + 1]) if "--data" in arguments else None
    main("--errors" in arguments, [n for n in names if not n.startswith("--")], data)
