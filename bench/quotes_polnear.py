#!/usr/bin/env python3
"""brief quotes on English political news: the dev split of PolNeAR.

usage: python bench/quotes_polnear.py [--split dev] [--errors N]

Gold: every pair of double quotation marks (“…” or "…") that lies inside the
Content span of an attribution relation, with that relation's Source span
(one .ann per article: the lexicographically first annotator's). A quotation
in marks outside every Content span (a scare quote, a title) is not gold, so
brief listing it counts against precision.

brief: `find_quotations(article, indirect=False)`; its offsets index the
article's normalized text and are mapped back to the .txt by aligning the
non-space characters of both.

Spans match one-to-one when their Jaccard overlap is at least 0.5 (as
shared/gold/score_quotes.py does); "exact" also needs the same text.

Speaker accuracy, over matched quotations whose gold relation has a Source:
- mention: brief's speaker mention overlaps the gold Source span;
- relaxed: the mention overlaps, or brief's canonical speaker shares a
  capitalised word with the gold Source's name. A Source without a name (he,
  the senator, a spokesman) is first resolved, as a stand-in for the
  coreference PolNeAR does not annotate, to the nearest Source before it in
  the article that has one (that is how these pronouns mostly resolve in news).
Published figures beside it: F1 about 0.84 for English quotation spans and 86%
speaker accuracy (textacy / citron / Gender Gap Tracker style systems).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefcli.load import load_article  # noqa: E402
from briefcli.quotes import find_quotations  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quote_scoring import alignment, match, prf, to_raw  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "quotes-polnear" / "data"
QUOTE = re.compile(r"\u201c([^\u201c\u201d]*)\u201d|\"([^\"\n]*)\"")
PUBLISHED = {"span F1": 0.84, "speaker accuracy": 0.86}
NOT_NAMES = {"The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "This", "That"}


def read_ann(path: Path) -> list[dict]:
    spans, relations = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            ident, middle, text = line.split("\t", 2)
            label, offsets = middle.split(" ", 1)
            parts = [tuple(map(int, p.split())) for p in offsets.split(";")]
            spans[ident] = {"label": label, "parts": parts, "text": text}
        elif line.startswith("E"):
            args = dict(a.split(":") for a in line.split("\t")[1].split())
            relations.append({role: spans.get(ident) for role, ident in args.items()})
    return relations


def gold_quotes(text: str, relations: list[dict]) -> list[dict]:
    found = {}
    for relation in relations:
        content = relation.get("Content")
        if not content:
            continue
        for start, end in content["parts"]:
            for found_mark in QUOTE.finditer(text, max(0, start - 1), min(len(text), end + 1)):
                inner = (found_mark.start() + 1, found_mark.end() - 1)
                size = end - start
                if inner not in found or size < found[inner]["size"]:
                    found[inner] = {"span": inner, "source": relation.get("Source"), "size": size}
    return sorted(found.values(), key=lambda g: g["span"])


def name_words(text: str) -> set[str]:
    return {w.strip("’'s").lower() for w in re.findall(r"[A-Z][\w’'.-]+", text) if w not in NOT_NAMES}


def resolved_source_names(relations: list[dict]) -> dict[tuple, set[str]]:
    """Each Source span's name words, a nameless Source taking those of the
    nearest named Source before it."""
    sources = sorted({(s["parts"][0], s["text"]) for r in relations if (s := r.get("Source"))})
    out, last = {}, set()
    for (start, end), text in sources:
        words = name_words(text)
        if words:
            last = words
        out[(start, end)] = words or last
    return out


def overlaps(span, parts):
    return span is not None and any(span[0] < e and s < span[1] for s, e in parts)


def score(split: str, show_errors: int) -> None:
    totals = defaultdict(int)
    errors = []
    for text_path in sorted((CORPUS / split / "text").glob("*.txt")):
        anns = sorted((CORPUS / split / "attributions").glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        raw = text_path.read_text(encoding="utf-8")
        relations = read_ann(anns[0])
        golds = gold_quotes(raw, relations)
        article = load_article(str(text_path))
        table = alignment(article.text, raw)
        preds = [{"q": q, "span": to_raw((q.start, q.end), table), "mention": to_raw(q.mention_span, table)}
                 for q in find_quotations(article, indirect=False)]
        names = resolved_source_names(relations)
        pairs = match(preds, golds)
        totals["gold"] += len(golds)
        totals["pred"] += len(preds)
        totals["matched"] += len(pairs)
        for i, j in pairs:
            pred, gold = preds[i], golds[j]
            totals["exact"] += pred["span"] == gold["span"]
            source = gold["source"]
            if not source:
                continue
            totals["with_source"] += 1
            mention_ok = overlaps(pred["mention"], source["parts"])
            canonical = name_words(pred["q"].speaker or "")
            relaxed_ok = mention_ok or bool(canonical & names.get(source["parts"][0], set()))
            totals["mention_ok"] += mention_ok
            totals["relaxed_ok"] += relaxed_ok
            if not relaxed_ok:
                errors.append((text_path.name, raw[gold["span"][0]:gold["span"][1]][:50], source["text"],
                               pred["q"].speaker, pred["q"].speaker_mention, pred["q"].cue))
        matched_g = {j for _, j in pairs}
        matched_p = {i for i, _ in pairs}
        if show_errors < 0:
            for j, g in enumerate(golds):
                if j not in matched_g:
                    print("MISSED", text_path.name, raw[g["span"][0]:g["span"][1]][:60])
            for i, p in enumerate(preds):
                if i not in matched_p:
                    print("SPURIOUS", text_path.name, p["q"].text[:60])
    report(totals, split)
    for error in errors[:show_errors]:
        print("  speaker:", " | ".join(str(e) for e in error))


def report(totals, split):
    p, r, f = prf(totals["matched"], totals["pred"], totals["gold"])
    pe, re_, fe = prf(totals["exact"], totals["pred"], totals["gold"])
    n = totals["with_source"] or 1
    print(f"PolNeAR {split}: {totals['gold']} gold quotations in marks, brief lists {totals['pred']}")
    print(f"{'':28}{'brief':>8}{'published':>11}")
    print(f"{'span P (overlap)':28}{p:8.3f}")
    print(f"{'span R (overlap)':28}{r:8.3f}")
    print(f"{'span F1 (overlap)':28}{f:8.3f}{PUBLISHED['span F1']:11.2f}")
    print(f"{'span F1 (exact)':28}{fe:8.3f}")
    print(f"{'speaker accuracy (mention)':28}{totals['mention_ok'] / n:8.3f}")
    print(f"{'speaker accuracy (relaxed)':28}{totals['relaxed_ok'] / n:8.3f}{PUBLISHED['speaker accuracy']:11.2f}")
    print(f"(speaker accuracy over {totals['with_source']} matched quotations with a gold Source)")


if __name__ == "__main__":
    args = sys.argv[1:]
    split = args[args.index("--split") + 1] if "--split" in args else "dev"
    show = int(args[args.index("--errors") + 1]) if "--errors" in args else 0
    score(split, show)
