#!/usr/bin/env python3
"""Writes the ECB+ `*ecbplus.xml` files of some topics as plain-text reports, one sentence per
paragraph, the way a saved web page reads: the URL line first (its tokens joined without
spaces), then the headline, dateline and article. Used to measure what `sourcebook add` reads
from a text's own lines (README, "Metadata from the text itself").

usage: scripts/ecbplus-to-text.py OUT_DIR [TOPIC...]   (default: every topic)
"""
import html
import pathlib
import re
import sys

EVAL = pathlib.Path(__file__).resolve().parent.parent.parent / "shared/eval/ecbplus/topics"
TOKEN = re.compile(r'<token [^>]*sentence="(\d+)"[^>]*>([^<]*)</token>')
CLOSING = {".", ",", ";", ":", "!", "?", ")", "%", "n't"}


def detokenize(tokens):
    out = ""
    quotes_open = False
    for i, token in enumerate(tokens):
        token = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(token, token)
        previous = tokens[i - 1] if i else ""
        digits_around = (token in {":", "/"} and previous.isdigit()) or (
            previous in {":", "/"} and token[:1].isdigit() and i > 1 and tokens[i - 2].isdigit())
        glue = (not out or token in CLOSING or token.startswith("'") or previous in {"(", "$"}
                or (token == '"' and quotes_open) or (previous == '"' and quotes_open)
                or digits_around)
        if token == '"':
            quotes_open = not quotes_open
        out += token if glue else " " + token
    return out


def main():
    out = pathlib.Path(sys.argv[1])
    topics = sys.argv[2:] or sorted(p.name for p in EVAL.iterdir())
    out.mkdir(parents=True, exist_ok=True)
    for topic in topics:
        for path in sorted((EVAL / topic).glob("*ecbplus.xml")):
            sentences = {}
            for number, token in TOKEN.findall(path.read_text()):
                sentences.setdefault(int(number), []).append(html.unescape(token))
            lines = []
            for number in sorted(sentences):
                tokens = sentences[number]
                lines.append("".join(tokens) if number == 0 else detokenize(tokens))
            (out / (path.stem + ".txt")).write_text("\n\n".join(lines) + "\n")


main()
