"""What the quotation benches share: offsets mapped between texts, span
overlap, one-to-one matching, precision/recall/F1."""

from __future__ import annotations


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
