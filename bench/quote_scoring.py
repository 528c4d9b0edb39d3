"""What the quotation benches share: offsets mapped between texts, span
overlap, one-to-one matching, precision/recall/F1."""

from __future__ import annotations

import unicodedata


def alignment(normalized: str, raw: str) -> list[int]:
    """For each index of `normalized`, the index of the same character in
    `raw` (brief re-flows white space, so non-space characters are aligned)."""
    out, j = [], 0
    for char in normalized:
        if not char.isspace():
            while j < len(raw) and raw[j] != char:
                j += 1
        out.append(min(j, len(raw)))
        if not char.isspace() and j < len(raw):
            j += 1
    out.append(len(raw))
    return out


def to_raw(span, table):
    return (table[span[0]], table[span[1] - 1] + 1) if span else None


def jaccard(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(preds, golds, threshold=0.5):
    """One-to-one pairs (i, j) of predicted and gold spans, best overlap first."""
    pairs = sorted(((jaccard(p["span"], g["span"]), i, j) for i, p in enumerate(preds)
                    for j, g in enumerate(golds)), reverse=True)
    used_p, used_g, out = set(), set(), []
    for score, i, j in pairs:
        if score >= threshold and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def prf(tp, pred, gold):
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# The project's own scorer of gold quotation files (tests/data/quotes/*.gold.json,
# in the format of ../shared/gold/seed-quotes.json), with the shared scorer's
# figures: quotations matched one-to-one by span overlap (Jaccard >= 0.5 for
# direct speech, >= 0.3 for indirect), exact spans compared as normalised
# text, speakers at three levels (strict: the canonical name; name: the
# canonical name, full name or surname; mention: any mention of the entity),
# cue accuracy on matched quotations; predictions that match an ignored term
# or an optional indirect item count neither way.

QUOTE_CHARS = "\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2018\u2019"
TRIMMED = QUOTE_CHARS + " .,:;!?\u060c\u061b\u061f"
ALEFS = str.maketrans({"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
                       "\u0649": "\u064a", "\u0629": "\u0647"})
DIRECT_OVERLAP = 0.5
INDIRECT_OVERLAP = 0.3


def without_marks(text: str) -> tuple[str, list[int]]:
    """`text` without combining marks and tatweel, each run of white space
    one space; with the index in `text` of each character kept."""
    out, kept, space = [], [], False
    for index, char in enumerate(text):
        if unicodedata.category(char) == "Mn" or char == "\u0640":
            continue
        if char.isspace():
            if space:
                continue
            char, space = " ", True
        else:
            space = False
        out.append(char)
        kept.append(index)
    return "".join(out), kept


def normalised(text: str | None, drop_conjunction: bool = False) -> str:
    """The form speakers, cues and quotation texts are compared in: NFKC, no
    marks, Arabic letter variants merged, outer marks and punctuation off,
    lower case, one space between words (and, for cues, no leading و or ف)."""
    if not text:
        return ""
    text, _ = without_marks(unicodedata.normalize("NFKC", text))
    text = " ".join(text.translate(ALEFS).strip().strip(TRIMMED).lower().split())
    if drop_conjunction and len(text) > 3 and text[0] in "\u0648\u0641":
        text = text[1:]
    return text


def locate(text: str, doc: str, used: set) -> tuple[int, int] | None:
    """The offsets of `text` in `doc`, ignoring marks and how white space is
    laid out; the first occurrence not in `used`."""
    plain, kept = without_marks(doc)
    wanted, _ = without_marks((text or "").strip().strip(QUOTE_CHARS).strip())
    start = 0
    while wanted:
        found = plain.find(wanted, start)
        if found < 0:
            return None
        span = (kept[found], kept[found + len(wanted) - 1] + 1)
        if span not in used:
            return span
        start = found + 1
    return None


def figures(tp: int, predicted: int, gold: int) -> dict:
    p, r, f1 = prf(tp, predicted, gold)
    return {"tp": tp, "pred": predicted, "gold": gold, "P": round(p, 3), "R": round(r, 3), "F1": round(f1, 3)}


def speaker_levels(entity: dict, speaker: str | None) -> dict[str, bool]:
    said = normalised(speaker)
    names = {normalised(entity["canonical"])} | {normalised(m["text"]) for m in entity["mentions"]
                                                 if m["kind"] in ("full_name", "surname")}
    mentions = {normalised(m["text"]) for m in entity["mentions"]}
    return {"strict": bool(said) and said == normalised(entity["canonical"]),
            "name": bool(said) and said in names, "mention": bool(said) and (said in mentions or said in names)}


def cue_right(gold_cue: dict, predicted: str | None) -> bool:
    said = normalised(predicted, True)
    text, lemma = normalised(gold_cue.get("text"), True), normalised(gold_cue.get("lemma"), True)
    return bool(said) and (said in (text, lemma) or said in text or bool(lemma) and lemma in said)


def score(gold: dict, predictions: list[dict], doc: str) -> dict:
    """The report of `predictions` (brief's quotations as JSON objects, with
    offsets into `doc` or None) against `gold`, per mode."""
    entities = {e["id"]: e for e in gold["entities"]}
    used: set = set()
    predicted: dict[str, list[dict]] = {"direct": [], "indirect": []}
    for item in predictions:
        if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
            span = (item["start"], item["end"])
        else:
            span = locate(item.get("text", ""), doc, used) or (-1, -1)
        used.add(span)
        predicted.setdefault(item.get("mode", "direct"), []).append(dict(item, span=span))
    direct = [dict(q, span=(q["start"], q["end"]), said=q["text"]) for q in gold["quotes"]]
    indirect = [dict(q, span=(q["content"]["start"], q["content"]["end"]), said=q["content"]["text"])
                for q in gold["indirect"] if not q.get("optional")]
    neutral = [{"span": (x["start"], x["end"])} for x in gold.get("ignore", [])] + \
        [{"span": (q["content"]["start"], q["content"]["end"])} for q in gold["indirect"] if q.get("optional")]
    return {mode: mode_report(predicted.get(mode, []), items, neutral, entities, threshold)
            for mode, items, threshold in (("direct", direct, DIRECT_OVERLAP), ("indirect", indirect, INDIRECT_OVERLAP))}


def mode_report(predictions: list[dict], golds: list[dict], neutral: list[dict], entities: dict,
                threshold: float) -> dict:
    pairs = match(predictions, golds, threshold)
    matched = {i for i, _ in pairs}
    rest = [(i, p) for i, p in enumerate(predictions) if i not in matched]
    ignored = {rest[k][0] for k, _ in match([p for _, p in rest], neutral, threshold)}
    counted = len(predictions) - len(ignored)
    exact = sum(1 for i, j in pairs if normalised(predictions[i].get("text")) == normalised(golds[j]["said"]))
    levels = {"strict": 0, "name": 0, "mention": 0}
    cues = cues_right = 0
    errors = []
    for i, j in pairs:
        right = speaker_levels(entities[golds[j]["speaker"]], predictions[i].get("speaker"))
        for level in levels:
            levels[level] += right[level]
        if golds[j].get("cue"):
            cues += 1
            cues_right += cue_right(golds[j]["cue"], predictions[i].get("cue"))
        if not right["name"]:
            errors.append({"gold": golds[j]["id"], "pred_speaker": predictions[i].get("speaker"),
                           "gold_speaker": golds[j]["canonical_speaker"]})
    hit = {j for _, j in pairs}
    return {
        "span_overlap": figures(len(pairs), counted, len(golds)),
        "span_exact": figures(exact, counted, len(golds)),
        **{f"attribution_{level}": figures(levels[level], counted, len(golds)) for level in levels},
        "cue_accuracy_on_matched": round(cues_right / cues, 3) if cues else None,
        "neutral_predictions_ignored": len(ignored),
        "missed": [g["id"] for j, g in enumerate(golds) if j not in hit],
        "spurious": [p.get("text", "")[:40] for i, p in rest if i not in ignored],
        "speaker_errors": errors,
    }
