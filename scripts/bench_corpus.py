#!/usr/bin/env python3
"""Writes N unique, news-like HTML articles for the benchmark (scripts/bench.sh), and the same
texts as Hugo pages with two taxonomies when --hugo DIR is given.

Everything here is invented: the places, people, organisations and happenings come from the
pools below and are combined by a seeded generator, so the same N always gives the same files
(byte for byte) and every article is different. Articles report on shared stories, as a
desk's corpus does: several outlets tell the same happening, with dates, figures and quotes
that sometimes disagree, so event grouping and discrepancies have real work to do.

usage: bench_corpus.py N OUT_DIR [--hugo HUGO_CONTENT_DIR] [--first K]
       bench_corpus.py --huge MB OUT_FILE      (one plain-text source of about MB megabytes:
                                                the articles' paragraphs, one after another)
"""

import argparse
import html
import os
import random

GIVEN = """Amira Bastian Celine Dorian Elena Farid Greta Hamid Ingrid Jonas Katya Lionel Marisol
Nadim Odile Pavel Quentin Rosalind Samir Tamsin Ulrich Valeria Wendell Yasmin Zoltan Alba Bruno
Clara Desmond Esther Felix Gloria Hector Irene Julian Kira Leopold Mirela Nikolai Orla Pietro
Renata Silvio Teodora Viktor Wilma Anton Beatrix Cosmin Dalia""".split()

SURNAMES = """Ardelean Brakova Castellan Dremmel Estrada Falkenrath Gorvath Halloran Istrati
Jandorf Kestrel Lindqvist Morvane Navarre Okonkwo Pellucci Quarrier Rostova Solberg Tavernier
Ulvang Varga Whitcombe Yardley Zelenko Abernathy Belcourt Corvino Delacroix Ekwueme Ferrante
Grunwald Hadley Ivanescu Jessop Karalis Lemaitre Marchetti Norgaard Oyelaran""".split()

# Invented countries and cities: the generator must not lean on any real corpus.
COUNTRIES = [("Velmora", "Velmoran", "Astrell"), ("Karsova", "Karsovan", "Dunmere"),
             ("Ostrelia", "Ostrelian", "Peligrad"), ("Tamburia", "Tamburian", "Sarnova"),
             ("Quellis", "Quellish", "Marrowfield"), ("Brevania", "Brevanian", "Lucerne Vale"),
             ("Isvaro", "Isvaran", "Corbel"), ("Nordhaven", "Nordhavener", "Eskerby")]

ORG_HEADS = ["Ministry of Water", "Ministry of Transport", "Harbour Authority",
             "Grain Exchange", "Miners' Union", "Electoral Commission", "Supreme Court",
             "Central Bank", "Forestry Agency", "Red Lantern Relief", "National Railway",
             "Coastal Guard", "Teachers' Federation", "Chamber of Commerce"]

ROLES = ["minister", "spokeswoman", "spokesman", "governor", "mayor", "chief executive",
         "union leader", "judge", "senior official", "deputy director", "analyst"]

OUTLETS = ["The Harbour Ledger", "Morning Courier", "Valley Post", "The Lantern Review",
           "Northern Wire", "The Daily Compass", "Riverside Herald", "Capital Dispatch",
           "The Evening Meridian", "Open Road Press", "Granite Times", "The Signal Desk"]

ACTIONS = [("flooded", "flood", "people were evacuated"),
           ("closed", "closure", "workers were sent home"),
           ("signed", "agreement", "jobs were promised"),
           ("struck", "strike", "workers walked out"),
           ("collapsed", "collapse", "people were injured"),
           ("opened", "opening", "passengers used it on the first day"),
           ("raised", "rate rise", "households were affected"),
           ("burned", "fire", "hectares were destroyed"),
           ("arrested", "arrests", "protesters were detained"),
           ("approved", "approval", "families will be resettled")]

THINGS = ["bridge", "port", "dam", "rail line", "grain silo", "power station", "court ruling",
          "budget", "mine", "ferry service", "water plant", "border crossing"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

FILLER = [
    "Residents said they had heard little from officials in the days before.",
    "The decision followed months of negotiation behind closed doors.",
    "Critics said the plan had been rushed and poorly explained.",
    "Local businesses reported a sharp fall in trade over the following week.",
    "Opposition lawmakers demanded a full inquiry into what had happened.",
    "Independent engineers had warned of the risk in a report published last year.",
    "Aid groups said supplies were running low in the outlying villages.",
    "The figures could not be independently verified.",
    "Several families said they would not return until repairs were complete.",
    "Observers expect the matter to come before parliament again next session.",
    "It was not immediately clear who would bear the cost.",
    "Markets in the capital were calm, traders said.",
]


def person(rng):
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def story(rng, index):
    country, demonym, capital = rng.choice(COUNTRIES)
    verb, noun, outcome = rng.choice(ACTIONS)
    return {
        "id": index,
        "country": country,
        "demonym": demonym,
        "capital": capital,
        "org": f"{country} {rng.choice(ORG_HEADS)}",
        "people": [(person(rng), rng.choice(ROLES)) for _ in range(3)],
        "verb": verb,
        "noun": noun,
        "outcome": outcome,
        "thing": rng.choice(THINGS),
        "year": rng.choice([2023, 2024, 2025]),
        "month": rng.randrange(12),
        "day": rng.randrange(1, 28),
        "count": rng.randrange(12, 4000),
    }


def date_text(s, shift=0):
    return f"{s['day'] + shift} {MONTHS[s['month']]} {s['year']}"


def story_sentences(rng, s, outlet):
    """Sentences about one story, as one outlet tells it: the figure differs now and then."""
    name, role = rng.choice(s["people"])
    other, other_role = rng.choice(s["people"])
    count = s["count"] if rng.random() < 0.8 else s["count"] + rng.randrange(5, 300)
    place = rng.choice([s["capital"], s["country"]])
    sentences = [
        f"On {date_text(s)}, the {s['org']} {s['verb']} the {s['thing']} near {place}.",
        f"At least {count} {s['outcome']}, according to {name}, the {role}.",
        f"\u201cWe acted as soon as we could,\u201d {name} told reporters in {s['capital']}.",
        f"{other}, a {other_role}, said the {s['noun']} had been expected for weeks.",
        f"The {s['demonym']} government said on {date_text(s, 1)} that it would review the "
        f"{s['noun']}.",
        f"{name} met {other} in {s['capital']} to discuss the {s['thing']}.",
        f"The {s['noun']} in {s['country']} drew criticism from {other}, the {other_role}.",
        f"{outlet} could not reach the {s['org']} for comment on the {s['noun']}.",
    ]
    rng.shuffle(sentences)
    return sentences[: rng.randrange(5, len(sentences) + 1)]


def article(rng, index, stories):
    main = stories[index % len(stories)]
    outlet = rng.choice(OUTLETS)
    byline = person(rng)
    published = f"{main['year']}-{main['month'] + 1:02d}-{min(main['day'] + rng.randrange(1, 3), 28):02d}"
    title = (f"{main['org']} {main['verb']} the {main['thing']}: "
             f"{outlet} report {index + 1}")
    paragraphs = []
    size = 0
    target = rng.randrange(4000, 6000)
    others = [stories[rng.randrange(len(stories))] for _ in range(3)]
    while size < target:
        topic = main if rng.random() < 0.7 else rng.choice(others)
        sentences = story_sentences(rng, topic, outlet)
        sentences.insert(rng.randrange(len(sentences)), rng.choice(FILLER))
        # The paragraph number keeps every article unique even where phrases repeat.
        sentences.append(f"This is part {len(paragraphs) + 1} of report {index + 1} "
                         f"by {byline} for {outlet}.")
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return {"title": title, "outlet": outlet, "byline": byline, "published": published,
            "paragraphs": paragraphs, "people": [p for p, _ in main["people"]],
            "slug": f"report-{index + 1:05d}"}


def html_page(a):
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in a["paragraphs"])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(a['title'])}</title>
<meta property="og:title" content="{html.escape(a['title'])}">
<meta property="og:site_name" content="{html.escape(a['outlet'])}">
<meta property="article:published_time" content="{a['published']}">
</head><body><article>
<h1>{html.escape(a['title'])}</h1>
<p class="byline">By {html.escape(a['byline'])}</p>
{body}
</article></body></html>
"""


def hugo_page(a):
    people = ", ".join(f'"{p}"' for p in a["people"])
    body = "\n\n".join(a["paragraphs"])
    return f"""---
title: "{a['title']}"
date: {a['published']}
people: [{people}]
outlets: ["{a['outlet']}"]
---

{body}
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=0)
    parser.add_argument("out")
    parser.add_argument("--hugo")
    parser.add_argument("--first", type=int, default=0,
                        help="number the articles from this index (to make extra ones)")
    parser.add_argument("--huge", type=float, metavar="MB",
                        help="write one plain-text source of about MB megabytes to OUT")
    args = parser.parse_args()
    if args.huge:
        huge_source(args.out, int(args.huge * 1e6))
        return
    # One story per ten articles, from a generator seeded apart from the articles'.
    story_rng = random.Random(14)
    stories = [story(story_rng, i) for i in range(max(1, (args.n + args.first) // 10))]
    os.makedirs(args.out, exist_ok=True)
    if args.hugo:
        os.makedirs(args.hugo, exist_ok=True)
    for index in range(args.first, args.first + args.n):
        a = article(random.Random(index), index, stories)
        with open(os.path.join(args.out, a["slug"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html_page(a))
        if args.hugo:
            with open(os.path.join(args.hugo, a["slug"] + ".md"), "w", encoding="utf-8") as f:
                f.write(hugo_page(a))


def huge_source(path, size):
    """One long plain-text source: the paragraphs of as many articles as it takes, in order,
    blank lines between them, as a very long report or transcript would be."""
    story_rng = random.Random(14)
    stories = [story(story_rng, i) for i in range(max(1, size // 50_000))]
    written = 0
    index = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < size:
            for paragraph in article(random.Random(index), index, stories)["paragraphs"]:
                f.write(paragraph + "\n\n")
                written += len(paragraph.encode("utf-8")) + 2
            index += 1


if __name__ == "__main__":
    main()
