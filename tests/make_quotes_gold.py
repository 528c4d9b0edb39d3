#!/usr/bin/env python3
"""Build the gold annotations of tests/data/quotes/ from their specs.

usage: python tests/make_quotes_gold.py [--data DIR] [NAME ...]

Each article NAME.txt has a hand-written NAME.spec.json that names its
speakers, quotations, indirect speech and quoted terms by their text; this
script finds every one of them in the article and writes NAME.gold.json in
the format of shared/gold/seed-quotes.json (code-point offsets into the file
as decoded, end exclusive; a quotation's start/end without its marks,
outer_start/outer_end with them), so the shared scorer reads it. Texts are
matched with any run of white space standing for any other (a quotation may
cross a hard line wrap or a paragraph break). A quotation's text must occur
once in the article, or once after its "after" anchor; the speaker mention
and the cue of an item are the occurrences nearest to it, unless given as
[text, anchor]: the first occurrence after the anchor.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "quotes"
MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a"
NEAR = 700  # a mention or cue lies at most this far from its quotation


class SpecError(Exception):
    pass


def pattern(text: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in text.split()) + r"(?!\w)")


def occurrences(doc: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern(text).finditer(doc)]


def find_once(doc: str, text: str, after: str | None = None) -> tuple[int, int]:
    found = occurrences(doc, text)
    if after is not None:
        anchor = find_once(doc, after)[0]
        found = [span for span in found if span[0] >= anchor][:1]
    if len(found) != 1:
        raise SpecError(f"{text[:40]!r} occurs {len(found)} times" + (f" after {after!r}" if after else ""))
    return found[0]


def find_near(doc: str, text: str, span: tuple[int, int]) -> tuple[int, int]:
    def distance(other):
        return max(0, other[0] - span[1], span[0] - other[1])
    found = [o for o in occurrences(doc, text) if distance(o) <= NEAR and not (o[0] >= span[0] and o[1] <= span[1])]
    if not found:
        raise SpecError(f"{text!r} not found near {doc[span[0]:span[0] + 30]!r}")
    return min(found, key=lambda o: (distance(o), o[0]))


def paragraph_starts(doc: str) -> list[int]:
    """Where each paragraph starts: after a blank line, at an indented line
    when some lines are indented (the first line of a paragraph is), and at
    every line when no line is blank or indented."""
    lines, offset = [], 0
    for line in doc.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    indents = any(line[:1].isspace() and line.strip() for _, line in lines)
    blanks = any(not line.strip() for _, line in lines[:-1])
    starts, previous_blank = [], True
    for start, line in lines:
        if line.strip() and (previous_blank or (indents and line[:1].isspace()) or not (indents or blanks)):
            starts.append(start)
        previous_blank = not line.strip()
    return starts


def position(doc: str, starts: list[int], offset: int) -> dict:
    paragraph = sum(1 for s in starts if s <= offset)
    return {"line": doc.count("\n", 0, offset) + 1, "paragraph": paragraph}


def outer(doc: str, start: int, end: int, split: str | None = None) -> tuple[int, int]:
    """The span with its marks. A quotation split by an incise (« A, a-t-il
    dit, B ») has a mark on one side only: `split` is "first" for A (opening
    mark only) and "last" for B (closing mark only)."""
    left = start - 1
    while left >= 0 and doc[left].isspace():
        left -= 1
    right = end
    while right < len(doc) and doc[right].isspace():
        right += 1
    if split != "last" and (left < 0 or doc[left] not in MARKS):
        raise SpecError(f"no opening mark before {doc[start:start + 40]!r}")
    if split != "first" and (right >= len(doc) or doc[right] not in MARKS):
        raise SpecError(f"no closing mark after {doc[start:start + 40]!r}")
    return (start if split == "last" else left), (end if split == "first" else right + 1)


def mention_of(doc, entity, text, span, positions):
    if text is None:
        return None
    start, end = find_once(doc, *text) if isinstance(text, list) else find_near(doc, text, span)
    return {"entity": entity, "text": doc[start:end], "start": start, "end": end}


def cue_of(doc, item, span):
    if item.get("cue") is None:
        return None
    cue = item["cue"]
    start, end = find_once(doc, *cue) if isinstance(cue, list) else find_near(doc, cue, span)
    lemma = item.get("lemma", doc[start:end])
    return {"text": doc[start:end], "start": start, "end": end, "lemma": lemma, "lemma_key": lemma,
            "kind": item.get("cue_kind", "verb")}


def build(name: str, data: Path = DATA) -> dict:
    doc = (data / f"{name}.txt").read_text(encoding="utf-8")
    spec = json.loads((data / f"{name}.spec.json").read_text(encoding="utf-8"))
    starts = paragraph_starts(doc)
    entities, canonical = [], {}
    for entity in spec["entities"]:
        mentions = []
        for kind, text, *anchor in entity["mentions"]:
            start, end = find_once(doc, text, anchor[0] if anchor else None)
            mentions.append({"text": doc[start:end], "start": start, "end": end, "kind": kind,
                             **position(doc, starts, start)})
        canonical[entity["id"]] = entity["canonical"]
        entities.append({"id": entity["id"], "canonical": entity["canonical"], "type": entity["type"],
                         "mentions": mentions})
    quotes = []
    for item in spec["quotes"]:
        start, end = find_once(doc, item["text"], item.get("after"))
        outer_start, outer_end = outer(doc, start, end, item.get("split"))
        span = (outer_start, outer_end)
        quotes.append({
            "id": item["id"], "mode": "direct", "text": doc[start:end], "start": start, "end": end,
            "outer_start": outer_start, "outer_end": outer_end,
            "open_mark": doc[outer_start], "close_mark": doc[outer_end - 1],
            **position(doc, starts, start),
            "speaker": item["speaker"], "canonical_speaker": canonical[item["speaker"]],
            "speaker_mention": mention_of(doc, item["speaker"], item.get("mention"), span, starts),
            "cue": cue_of(doc, item, span), "cue_position": item["position"], "subtype": item["subtype"],
            **({"note": item["note"]} if "note" in item else {}),
        })
    indirect = []
    for item in spec.get("indirect", []):
        start, end = find_once(doc, item["text"], item.get("after"))
        indirect.append({
            "id": item["id"], "mode": "indirect", "content": {"text": doc[start:end], "start": start, "end": end},
            **position(doc, starts, start),
            "speaker": item["speaker"], "canonical_speaker": canonical[item["speaker"]],
            "speaker_mention": mention_of(doc, item["speaker"], item.get("mention"), (start, end), starts),
            "cue": cue_of(doc, item, (start, end)), "cue_position": item["position"],
            "optional": item.get("optional", False),
            **({"note": item["note"]} if "note" in item else {}),
        })
    ignore = []
    for item in spec.get("ignore", []):
        start, end = find_once(doc, item["text"], item.get("after"))
        outer(doc, start, end)
        ignore.append({"id": item["id"], "text": doc[start:end], "start": start, "end": end,
                       **position(doc, starts, start), "reason": item["reason"]})
    return {
        "schema_version": 1,
        "doc": {
            "path": f"{name}.txt", "language": spec["language"], "source_hint": spec["source_hint"],
            "n_chars": len(doc), "sha256": hashlib.sha256(doc.encode("utf-8")).hexdigest(),
            "trailing_newline": doc.endswith("\n"),
            "offsets": "Python str indices (code points) into the UTF-8-decoded file, end exclusive; "
                       "quote start/end exclude the quotation marks, outer_start/outer_end include them",
            "paragraph": "1-based paragraph of the file, the title included",
        },
        "entities": entities, "quotes": quotes, "indirect": indirect, "ignore": ignore,
        "summary": {"direct_quotes": len(quotes),
                    "indirect_required": sum(1 for i in indirect if not i["optional"]),
                    "indirect_optional": sum(1 for i in indirect if i["optional"]),
                    "ignored": len(ignore)},
    }


def main(names: list[str]) -> None:
    data = DATA
    if names[:1] == ["--data"]:
        data, names = Path(names[1]), names[2:]
    names = names or sorted(p.name[:-len(".spec.json")] for p in data.glob("*.spec.json"))
    for name in names:
        gold = build(name, data)
        path = data / f"{name}.gold.json"
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.name}: {gold['summary']}")


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except SpecError as error:
        sys.exit(f"make_quotes_gold: {error}")
