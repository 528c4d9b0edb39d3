"""How fast each summarization method is on long Arabic documents.

    python bench/summarize_speed.py            # 2000 sentences vs sumy, then every method on 1000
    python bench/summarize_speed.py --quick    # 500 sentences vs sumy

1. brief's LexRank and TextRank against sumy's LexRankSummarizer and
   TextRankSummarizer on a 2000-sentence document (EASC's articles one after
   another), on the same terms (brief's, fed to sumy through the adapter):
   the time of each, the ratio, and whether both chose the same sentences.
2. Every method `brief summarize` offers on a 1000-sentence document, from
   the Article to the chosen sentences (terms, scores, choice), timed after
   a warm-up run so that import time is not counted.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpora import long_arabic_article  # noqa: E402

from briefcli.summarize.document import prepare  # noqa: E402
from briefcli.summarize.length import Length, choose, ranking  # noqa: E402
from briefcli.summarize.methods import METHODS, rater  # noqa: E402
from briefcli.summarize.options import SummaryOptions  # noqa: E402
from briefcli.summarize.summary import summarize  # noqa: E402
from briefcli.summarize.sumy_adapter import sumy_ratings  # noqa: E402


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def against_sumy(sentences: int) -> None:
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    article = long_arabic_article(sentences)
    document = prepare(article)
    words = sum(document.lengths)
    print(f"{len(document)} Arabic sentences ({words} words), same terms for both; 10 sentences chosen")
    print(f"{'method':<10}{'sumy':>10}{'brief':>10}{'ratio':>9}  same sentences")
    for name, summarizer in (("lexrank", LexRankSummarizer()), ("textrank", TextRankSummarizer())):
        rater(name)(document)  # warm up: imports
        theirs, sumy_time = timed(sumy_ratings, summarizer, document)
        ours, brief_time = timed(rater(name), document)
        same = choose(ours, document.lengths, Length(10)) == choose(theirs, document.lengths, Length(10))
        whole = ranking(ours) == ranking(theirs)
        print(f"{name:<10}{sumy_time:>9.2f}s{brief_time:>9.3f}s{sumy_time / brief_time:>8.0f}x  "
              f"{'yes' if same else 'NO'} (whole ranking {'identical' if whole else 'differs'})")


def every_method(sentences: int) -> None:
    article = long_arabic_article(sentences)
    print(f"\nevery method on {len(article.sentences)} Arabic sentences, whole summarize() (-n 3)")
    for name in METHODS:
        options = SummaryOptions(name)
        summarize(article, options)  # warm up: imports
        _, seconds = timed(summarize, article, options)
        print(f"{name:<16}{seconds:>8.3f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="500 sentences against sumy, 1000 for every method")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    against_sumy(500 if args.quick else 2000)
    every_method(1000)


if __name__ == "__main__":
    main()
