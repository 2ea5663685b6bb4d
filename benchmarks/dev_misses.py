"""Why reference facts of the real-news development set are missed, counted by heuristic cause, before and after.

    python3 ../shared/eval/dev.py -v > before.txt      # on the old commit
    python3 ../shared/eval/dev.py -v > after.txt       # on the new one
    python benchmarks/dev_misses.py before.txt after.txt [--eval-dir ../shared/eval]

Prints a Markdown table. The cause is a guess from the article text, not a diagnosis: `headline` when the fact's
two ends are both named in the first line; `cross-sentence reference` when no sentence names both (a pronoun, a
plural or a description stands for one); else, in the sentence naming both, `speech` (quotation marks or a verb of
saying), `role form` (a role, employer, type, nationality or membership fact), `negation`, or `no rule or lexicon
entry / parse` for the rest.
"""

import argparse
import collections
import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEECH = re.compile(r'[«»"“”]|\b(selon|d\'après|a déclaré|a dit|a affirmé|a ajouté|a indiqué|estime|said|says|told|'
                    r'according to|added|stated)\b', re.IGNORECASE)
NEGATION = re.compile(r"\b(ne|n'|pas|aucun|aucune|jamais|not|no|never|n't)\b", re.IGNORECASE)
ROLE_RELATIONS = frozenset({"role", "works_for", "type", "nationality", "member_of", "leads", "heads"})
SENTENCE = re.compile(r'(?<=[.!?»"])\s+|\n')


def scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def missed(report: Path) -> dict[tuple[str, str], set[str]]:
    """(language, article number) -> ids of the reference facts `dev.py -v` lists as missed."""
    found: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    article = None
    for line in report.read_text(encoding="utf-8").splitlines():
        header = re.match(r"(fr|en)/(\d\d)\S*", line)
        if header:
            article = header.groups()
            continue
        fact = re.match(r"\s+missed\s+\*?(F\d+) ", line)
        if fact and article:
            found[article].add(fact.group(1))
    return found


def cause(sc, gold: dict, fact: dict, text: str) -> str:
    def names(folded: str, key: str) -> bool:
        aliases = gold["entities"].get(key, [])
        return any(re.search(r"(^| )" + re.escape(sc.fold(a)) + r"( |$)", folded) for a in aliases)

    headline = sc.fold(text.splitlines()[0])
    sentences = [(s, sc.fold(s)) for s in SENTENCE.split(text) if s.strip()]
    both = None
    for subject, _, obj in fact["any"]:
        if names(headline, subject) and names(headline, obj):
            return "headline"
        both = both or next((s for s, folded in sentences if names(folded, subject) and names(folded, obj)), None)
    if both is None:
        return "cross-sentence reference (pronoun, plural, description)"
    if SPEECH.search(both):
        return "speech"
    if {r for _, r, _ in fact["any"]} & ROLE_RELATIONS:
        return "role form"
    if NEGATION.search(both):
        return "negation"
    return "no rule or lexicon entry / parse"


def causes(sc, eval_dir: Path, report: Path) -> dict[str, collections.Counter]:
    counts = {"fr": collections.Counter(), "en": collections.Counter()}
    misses = missed(report)
    for gold_path in sorted((eval_dir / "dev").glob("*/*.gold.json")):
        lang, number = gold_path.parent.name, gold_path.name[:2]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        for fact in gold["facts"]:
            if fact["id"] in misses[(lang, number)]:
                counts[lang][cause(sc, gold, fact, text)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    args = parser.parse_args()
    sc = scorer(args.eval_dir)
    before, after = causes(sc, args.eval_dir, args.before), causes(sc, args.eval_dir, args.after)
    print("| cause (heuristic) | fr before | fr after | en before | en after |")
    print("|---|---|---|---|---|")
    for name in sorted({c for counts in (before, after) for lang in counts for c in counts[lang]}):
        print(f"| {name} | {before['fr'][name]} | {after['fr'][name]} | {before['en'][name]} | {after['en'][name]} |")
    print(f"| total missed | {sum(before['fr'].values())} | {sum(after['fr'].values())} | "
          f"{sum(before['en'].values())} | {sum(after['en'].values())} |")


if __name__ == "__main__":
    main()
