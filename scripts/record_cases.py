"""Record rule test cases: parse sentences with the installed model and append them, with the facts kg reads in
them now, to `tests/extract/cases/<lang>.jsonl`.

    python scripts/record_cases.py fr "Les violences ont été imputées à la Karvex Ligue."
    python scripts/record_cases.py en --show "The attack was blamed on the Karvex Front."

Read the facts it prints before keeping a case: the file says what kg *should* read, so delete the facts that are
wrong and move them to "absent" if kg must not read them. `--show` prints without writing.
"""

import argparse
import json
import sys
from pathlib import Path

from kg.extract import language_rules
from kg.extract.matcher import PatternIndex
from kg.model import Document
from kg.nlp import parse, pipeline_for
from kg.pipeline import read_parsed
from kg.recorded import record_doc
from kg.settings import Settings

CASES = Path(__file__).resolve().parent.parent / "tests" / "extract" / "cases"


def triples(facts) -> list[list[str]]:
    return sorted({(f.subject.label, f.relation.local_name, getattr(f.object, "label", f.object)) for f in facts})


def record(text: str, lang: str) -> tuple[dict, list[str]]:
    """A case (the text, the facts kg reads in it now, its parse paragraph by paragraph) and the pattern lines that
    match in it."""
    settings = Settings()
    document = Document(id="case", text=text, source="case", lang=lang)
    paragraphs = list(parse([document], pipeline_for(lang, settings), settings))
    case = {"text": text, "facts": [list(t) for t in triples(read_parsed(paragraphs))], "absent": [],
            "paragraphs": [{"offset": p.offset, "tokens": record_doc(p.doc)} for p in paragraphs]}
    constructions = language_rules(lang).constructions
    matched = [c.where.rsplit("/", 1)[-1] for c in constructions
               if any(True for p in paragraphs for sentence in p.doc.sents
                      for _ in PatternIndex([c.pattern]).matches(sentence))]
    return case, matched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lang", help="language code: fr or en")
    parser.add_argument("texts", nargs="+", help="one text a case (usually one sentence)")
    parser.add_argument("--show", action="store_true", help="print the cases, do not append them")
    args = parser.parse_args()
    recorded = [record(text, args.lang) for text in args.texts]
    for case, matched in recorded:
        print(case["text"], *(f"  {s} —{p}→ {o}" for s, p, o in case["facts"]), f"  matches {', '.join(matched)}",
              sep="\n", file=sys.stderr)
    cases = [case for case, _ in recorded]
    if not args.show:
        with (CASES / f"{args.lang}.jsonl").open("a", encoding="utf-8") as out:
            for case in cases:
                out.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
