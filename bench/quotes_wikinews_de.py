#!/usr/bin/env python3
"""The language-independent part of brief quotes on German news: how well
quotation marks are paired (German „…“ where “ closes, multi-span quotations
split around their cue) on the dev split of the German Wikinews quotation
corpus (../shared/corpus/quotes-de-wikinews/dev.tar.gz, read in place).

usage: python bench/quotes_wikinews_de.py

Gold: each marked span of every Direct quotation (a quotation split around its
cue has two), without its marks. brief: every quotation span it pairs
(quotes/spans.py), before cues and classification, which need a German
lexicon brief does not have. Recall is the figure that matters; precision
counts titles and scare quotes, which are not Direct quotations, as errors.
"""

from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefcli.load.layout import lay_out  # noqa: E402
from briefcli.normalize import clean_text  # noqa: E402
from briefcli.quotes.spans import marked_spans  # noqa: E402
from briefcli.segment import segment  # noqa: E402
from quote_scoring import alignment, match, prf, to_raw  # noqa: E402

ARCHIVE = ROOT.parent / "shared" / "corpus" / "quotes-de-wikinews" / "dev.tar.gz"
MARKS = "\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2018\u2019\u201a "


def gold_spans(document: dict) -> list[dict]:
    text = document["originalText"]
    out = []
    for annotation in document["annotations"]:
        if annotation.get("type") != "Direct":
            continue
        for span in annotation["quote"]["spans"]:
            start, end = span["charBegin"], span["charEnd"]
            while start < end and text[start] in MARKS:
                start += 1
            while end > start and text[end - 1] in MARKS:
                end -= 1
            if start < end:
                out.append({"span": (start, end)})
    return out


def main() -> None:
    totals = {"gold": 0, "pred": 0, "matched": 0, "exact": 0, "documents": 0}
    with tarfile.open(ARCHIVE) as archive:
        for member in archive:
            if not member.name.endswith(".json"):
                continue
            document = json.load(archive.extractfile(member))
            raw = document["originalText"]
            article = segment("-", lay_out(clean_text(raw)), "en")
            table = alignment(article.text, raw)
            preds = [{"span": to_raw((s.start, s.end), table)} for s in marked_spans(article)]
            golds = gold_spans(document)
            pairs = match(preds, golds)
            totals["documents"] += 1
            totals["gold"] += len(golds)
            totals["pred"] += len(preds)
            totals["matched"] += len(pairs)
            totals["exact"] += sum(preds[i]["span"] == golds[j]["span"] for i, j in pairs)
    p, r, f = prf(totals["matched"], totals["pred"], totals["gold"])
    print(f"German Wikinews dev: {totals['documents']} articles, {totals['gold']} marked spans of Direct "
          f"quotations, brief pairs {totals['pred']} quotation spans")
    print(f"recall (overlap >= 0.5) {r:.3f}   exact {totals['exact'] / max(1, totals['gold']):.3f}   "
          f"precision {p:.3f} (titles and scare quotes count against it)")


if __name__ == "__main__":
    main()
