"""Where an article's text breaks into blocks that the parser reads one at a time.

News text comes as blank-line paragraphs, or as one paragraph a line, and usually opens with a headline that has no
final punctuation. Parsed as one stream, spaCy glues such a headline to the sentence after it and loses both
parses. So a block ends at a blank line, at a line break after a sentence's final punctuation, and after the
headline; a line break inside a sentence (hard-wrapped text) is read as a space.
"""

import re
from collections.abc import Iterator

from .lang import news_agencies

_BLOCK = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*\Z)", re.DOTALL)
#: a line whose last character ends a sentence (closing quotes and brackets after the mark included)
_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"'»”’)\]]*\s*\Z|[»”]\s*\Z")
#: the most words a headline has; a longer first line without final punctuation is wrapped body text
HEADLINE_WORDS = 25
_OPENS_SENTENCE = re.compile(r"[\"«“'(\[]?[^\W\d_a-zà-ÿ]|[\"«“]|\d")


def headline(text: str, start: int = 0) -> tuple[int, int] | None:
    """(start, end) of the headline opening `text` at `start`: a first line of at most HEADLINE_WORDS words, without
    the punctuation that ends a sentence, followed by a line that opens one (`Acme rachète Bolt\\nLe groupe …`)."""
    match = re.compile(r"[ \t]*(\S[^\n]*?)[ \t\r]*\n\s*(\S)").match(text, start)
    if match is None:
        return None
    line = match.group(1)
    if _ENDS_SENTENCE.search(line) or line.rstrip().endswith((",", "-", "–")) or \
            len(line.split()) > HEADLINE_WORDS or not _OPENS_SENTENCE.match(match.group(2)):
        return None
    return match.start(1), match.end(1)


#: a place (maybe with a date) and a credit in brackets, then a dash: `PARIS, March 3 (Reuters) - `, `Paris (AFP) – `
_DATELINE = re.compile(r"(?:[^\W\d_][^\n()]{0,60}?\s*)?\(([^()\n]{1,40})\)\s*[-–—]+\s+")


def dateline(text: str) -> int:
    """The length of the wire dateline `text` opens with (`PARIS (Reuters) - `), 0 if none: the credit in brackets
    must be news agencies' (`news_agencies`), so that `Jean Roy (PS) - …` in a list is no dateline."""
    match = _DATELINE.match(text)
    credits = re.split(r"\s*[/,-]\s*", match.group(1).strip().lower()) if match else []
    return match.end() if credits and all(credit in news_agencies() for credit in credits) else 0


def blocks(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(offset, text) of each block of `text` from `start`, line breaks inside a block turned into spaces (same
    length, so offsets stay those of the document)."""
    title = headline(text, start)
    for match in _BLOCK.finditer(text, start):
        offset = match.start()
        for line in _LINE.finditer(text, match.start(), match.end()):
            last = line.end() >= match.end()
            heads = title is not None and line.start() <= title[0] < line.end()
            if last or heads or _ENDS_SENTENCE.search(line.group(0).rstrip()):
                piece = text[offset:line.end()].replace("\r", " ").replace("\n", " ")
                stripped = piece.lstrip()
                stripped = stripped[dateline(stripped):]  # (the dateline's words are no part of the sentence)
                if stripped.strip():
                    yield offset + len(piece) - len(stripped), stripped.rstrip()
                offset = line.end()
            if last:
                break


_LINE = re.compile(r"[^\n]*(?:\n|\Z)")
