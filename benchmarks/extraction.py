"""Extraction quality, side by side: kg against a plain subject–verb–object baseline over the same spaCy parse.

    python benchmarks/extraction.py [--eval-dir ../shared/eval]

For the seed article (score.py: recall / precision against the hand-annotated reference) and the French and
English RELX and CrossRE sets (pairs.py: entity-pair recall), it prints kg's figures and the baseline's. For the
real-news development articles (`dev/fr`, `dev/en`) it prints the share of kg's facts that use a property declared
in the ontology rather than one minted from an unknown verb. The
baseline is what a plain dependency extractor does: for each verb, its `nsubj` and direct object subtrees, the verb
lemma as the relation (textacy's `subject_verb_object_triples` finds nothing in French, whose labels it does not
know; in English it does the same as this baseline).
"""

import argparse
import json
import subprocess
import sys
import tempfile
from itertools import groupby
from pathlib import Path

import kg
from kg.documents import read_documents, with_language
from kg.extract.labels import OBJECTS
from kg.nlp import parse, pipeline_for
from kg.ontology import property_labels
from kg.settings import Settings
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent


def baseline_facts(inputs: list[Path], lang: str) -> list[dict]:
    """Plain SVO triples (nsubj / direct object subtrees), in the JSON Lines shape the scorers read."""
    settings = Settings()
    documents = [with_language(d, lang) for d in read_documents(inputs, [])]
    facts = []
    for _, paragraphs in groupby(parse(documents, pipeline_for(lang, settings), settings), key=lambda p: p.document.id):
        for paragraph in paragraphs:
            for verb in paragraph.doc:
                subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                objects = [c for c in verb.children if c.dep_ in OBJECTS]
                for s in subjects:
                    for o in objects:
                        sentence = verb.sent
                        facts.append({
                            "subject": {"iri": None, "label": " ".join(t.text for t in s.subtree)},
                            "predicate": {"iri": None, "label": verb.lemma_},
                            "object": {"iri": None, "label": " ".join(t.text for t in o.subtree)},
                            "qualifiers": [],
                            "evidence": [{"document": paragraph.document.id, "sentence": sentence.text,
                                          "start": paragraph.offset + sentence.start_char,
                                          "end": paragraph.offset + sentence.end_char}],
                            "confidence": 0.5})
    return facts


def kg_facts(inputs: list[Path], out: Path, lang: str) -> list[dict]:
    kg.build(inputs, out=out, write_outputs=False, lang=lang)
    return [json.loads(line) for line in kg.export("jsonl", out=out).decode("utf-8").splitlines()]


def declared_share(facts: list[dict]) -> float:
    """Share of facts whose property the ontology declares (a minted one is labelled with its verb's lemma)."""
    declared = {str(KG[name]) for name in property_labels()}
    return sum(1 for f in facts if f["predicate"]["iri"] in declared) / len(facts) if facts else 0.0


def last_line(script: Path, gold: Path, facts: list[dict], folder: Path, name: str) -> str:
    pred = folder / (name.replace("/", "-") + ".jsonl")
    pred.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), "--gold", str(gold), "--pred", str(pred), "--name", name],
                            capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    args = parser.parse_args()
    eval_dir = args.eval_dir
    datasets = eval_dir / "datasets"
    cases = [("seed", eval_dir / "score.py", eval_dir / "seed.gold.json", [ROOT / "seeds"], "fr")]
    cases += [(f"{name}-{lang}", eval_dir / "pairs.py", datasets / name / f"gold_{lang}.jsonl",
               [datasets / name / f"gold_{lang}.jsonl"], lang) for lang in ("fr", "en") for name in ("relx", "crossre")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, script, gold, inputs, lang in cases:
            print(last_line(script, gold, kg_facts(inputs, folder / name, lang), folder, f"kg/{name}"))
            print(last_line(script, gold, baseline_facts(inputs, lang), folder, f"baseline/{name}"))
            sys.stdout.flush()
        for lang in ("fr", "en"):
            facts = kg_facts([eval_dir / "dev" / lang], folder / f"dev-{lang}", lang)
            print(f"kg/dev-{lang}: ontology properties {declared_share(facts):.2f} of {len(facts)} facts")


if __name__ == "__main__":
    main()
