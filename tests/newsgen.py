"""A generated news archive for the audit tests and benchmark (sentences written for this
file; no corpus text). Deterministic: the same seed gives the same archive.

Each article is a row (id, url, date, section, title, body, format); about three in
ten paragraphs carry something lintnews flags (an unattributed claim, a loaded word,
an advertorial appeal), the rest is plain reporting.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterator
from pathlib import Path

SECTIONS = ("city", "business", "sport", "culture", "politics")
PLACES = ("Eastbrook", "the harbour district", "Millford", "the northern ring road", "Cedar Vale",
          "the old tram depot", "Kingsmere", "the riverside market")
PEOPLE = ("Anita Brenner, the council's finance chief", "Tomasz Wilk, who runs a bakery nearby",
          "Dr Hana Sato, a transport planner", "Councillor Ruth Obi", "Marcus Feld, the club's coach",
          "Priya Nair, a tenant on the estate", "Inspector Lars Hovde")
PLAIN = (
    "The committee met on {day} and voted to delay the decision on {place} until spring.",
    "Work on {place} is due to finish in {month}, according to the contractor's schedule.",
    "{person} said the figures would be published before the next meeting.",
    "About {n} residents attended the consultation evening in {place}.",
    "The budget for the scheme rose from {n} to {m} thousand after the survey.",
    "Tickets for the event go on sale on {day} at the library in {place}.",
    "The report lists {n} recommendations, most of them about maintenance.",
    "\"We will look at every objection,\" said {person}.",
    "Buses will run every {n} minutes while the bridge in {place} is closed.",
    "The club finished the season in {n}th place after a draw on {day}.",
)
FLAGGED = (
    "It is widely believed that the plans for {place} were agreed months ago.",
    "Critics say the consultation in {place} was a formality.",
    "The council's disastrous handling of {place} has angered shop owners.",
    "Officials are thought to have known about the cracks in {place} since {month}.",
    "The scheme is reportedly running {n} weeks behind.",
    "Many people believe the depot in {place} should never have closed.",
    "The shocking decision left {n} families without a bus route.",
    "Support local journalism: subscribe today for just {n} pounds a month.",
    "Sign up for our newsletter to get the best stories from {place} every morning.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("March", "June", "September", "November")


def _sentence(rng: random.Random, flagged: bool) -> str:
    template = rng.choice(FLAGGED if flagged else PLAIN)
    return template.format(day=rng.choice(DAYS), place=rng.choice(PLACES), month=rng.choice(MONTHS),
                           person=rng.choice(PEOPLE), n=rng.randint(2, 90), m=rng.randint(100, 900))


def article(i: int, rng: random.Random, paragraphs: int = 8) -> dict:
    body = []
    for _ in range(paragraphs):
        sentences = [_sentence(rng, rng.random() < 0.12) for _ in range(rng.randint(2, 4))]
        body.append(" ".join(sentences))
    markdown = rng.random() < 0.25
    if markdown:
        body.insert(0, f"# {rng.choice(PLACES).capitalize()} update")
    year = 2015 + rng.randint(0, 8)
    return {
        "id": i,
        "url": f"https://news.example/{year}/{i}",
        "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T09:{rng.randint(0, 59):02d}:00Z",
        "section": rng.choice(SECTIONS),
        "title": f"Update on {rng.choice(PLACES)}",
        "body": "\n\n".join(body) + "\n",
        "format": "markdown" if markdown else "text",
    }


def articles(n: int, seed: int = 7, paragraphs: int = 8, shuffle: bool = True) -> Iterator[dict]:
    """``n`` articles; with ``shuffle`` their ids are not in archive order (as in a crawl),
    so that sorting by id is really tested."""
    rng = random.Random(seed)
    ids = list(range(1, n + 1))
    if shuffle:
        rng.shuffle(ids)
    for i in ids:
        yield article(i, rng, paragraphs)


def write_jsonl(path: Path, rows: Iterator[dict]) -> Path:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def write_parquet(path: Path, rows: Iterator[dict], row_group: int = 500) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    batch: list[dict] = []

    def flush() -> None:
        nonlocal writer
        table = pa.Table.from_pylist(batch)
        if writer is None:
            writer = pq.ParquetWriter(path, table.schema)
        writer.write_table(table)
        batch.clear()

    for row in rows:
        batch.append(row)
        if len(batch) >= row_group:
            flush()
    if batch:
        flush()
    if writer is not None:
        writer.close()
    return path
