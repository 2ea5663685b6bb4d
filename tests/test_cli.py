"""The real `kg` command in a subprocess: exit codes, `Error:` lines, output formats, locking."""

import json
import subprocess
import sys
import time

import pytest

from .conftest import SEEDS, write

KG = [sys.executable, "-m", "kg"]


def run(*args, input=None, cwd=None):
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, input=input, cwd=cwd,
                          timeout=300)


def test_build_prints_a_summary(tmp_path):
    result = run("build", SEEDS, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    summary = " ".join(result.stderr.split())
    assert "Built 1 document(s)" in summary and "facts" in summary and "entities" in summary
    assert (tmp_path / "out" / "graph.html").exists() and (tmp_path / "out" / "graph.ttl").exists()


def test_query_formats(seed_out):
    sparql = "SELECT ?s ?o WHERE { ?s kg:uses ?o } ORDER BY ?s"
    table = run("query", sparql, "--out", seed_out)
    assert table.returncode == 0 and "row(s)" in table.stdout
    as_json = json.loads(run("query", sparql, "--format", "json", "--out", seed_out).stdout)
    assert as_json["head"]["vars"] == ["s", "o"] and as_json["results"]["bindings"]
    as_csv = run("query", sparql, "--format", "csv", "--out", seed_out).stdout.splitlines()
    assert as_csv[0] == "s,o" and len(as_csv) == len(as_json["results"]["bindings"]) + 1
    as_tsv = run("query", sparql, "--format", "tsv", "--out", seed_out).stdout.splitlines()
    assert as_tsv[0] == "?s\t?o" and as_tsv[1].startswith("<https://")
    ask = run("query", "ASK { ?s kg:uses ?o }", "--format", "json", "--out", seed_out)
    assert json.loads(ask.stdout) == {"head": {}, "boolean": True}
    construct = run("query", "CONSTRUCT { ?s kg:uses ?o } WHERE { ?s kg:uses ?o }", "--out", seed_out)
    assert "kg:uses" in construct.stdout


def test_query_from_file(seed_out, tmp_path):
    query = write(tmp_path / "q.rq", "SELECT (COUNT(*) AS ?n) WHERE { ?s a rdf:Statement }")
    result = run("query", "-f", query, "--format", "csv", "--out", seed_out)
    assert result.returncode == 0 and int(result.stdout.splitlines()[1]) > 5


def test_commands_that_read_the_graph_load_no_parser():
    """`kg query`, `export` and `stats` start in well under a second: spaCy (seconds to import, with its language
    data) and pyvis (IPython) load only for the commands that parse or draw."""
    loaded = subprocess.run([sys.executable, "-c", "import sys, kg.cli; print(' '.join(sorted(m for m in sys.modules "
                             "if m.split('.')[0] in ('spacy', 'pyvis', 'IPython'))))"],
                            capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == ""


def test_malformed_query_shows_position_and_exits_2(seed_out):
    result = run("query", "SELECT ?s WHERE { ?s ?p }", "--out", seed_out)
    assert result.returncode == 2
    assert result.stderr.startswith("Error: SPARQL syntax error: error at 1:")


def test_update_is_refused_without_flag(seed_copy):
    result = run("query", "DELETE WHERE { ?s ?p ?o }", "--out", seed_copy)
    assert result.returncode == 2 and "--update" in result.stderr
    count = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv", "--out", seed_copy)
    assert int(count.stdout.splitlines()[1]) > 100
    allowed = run("query", "DELETE WHERE { GRAPH ?g { ?s kg:uses ?o } }", "--update", "--out", seed_copy)
    assert allowed.returncode == 0
    ask = run("query", "ASK { ?s kg:uses ?o }", "--format", "json", "--out", seed_copy)
    assert json.loads(ask.stdout)["boolean"] is False


def test_missing_store_says_what_to_do(tmp_path):
    result = run("query", "ASK {}", "--out", tmp_path / "nothing")
    assert result.returncode == 1 and "run `kg build" in result.stderr


def test_export_to_file_and_stdout(seed_out, tmp_path):
    target = tmp_path / "facts.jsonl"
    assert run("export", "--format", "jsonl", "-o", target, "--out", seed_out).returncode == 0
    stdout = run("export", "--format", "jsonl", "--out", seed_out).stdout
    assert target.read_text(encoding="utf-8") == stdout and stdout.count("\n") > 5


def test_export_unknown_format(seed_out):
    result = run("export", "--format", "xlsx", "--out", seed_out)
    assert result.returncode == 1 and result.stderr.startswith("Error: unknown format 'xlsx'; choose one of: ttl")


def test_render_rewrites_the_page(seed_copy):
    (seed_copy / "graph.html").unlink()
    result = run("render", "--out", seed_copy)
    assert result.returncode == 0 and (seed_copy / "graph.html").stat().st_size > 1000


def test_build_of_empty_input_is_a_clear_error(tmp_path):
    write(tmp_path / "empty.txt", "")
    result = run("build", tmp_path / "empty.txt", "--out", tmp_path / "out")
    assert result.returncode == 1
    assert "Error: no readable document" in result.stderr and "empty" in result.stderr


def test_a_held_store_gives_a_clear_message(seed_copy):
    holder = subprocess.Popen([sys.executable, "-c", "import sys, kg; g = kg.open(sys.argv[1]); print('ready', "
                               "flush=True); sys.stdin.read()", str(seed_copy)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = run("query", "ASK {}", "--out", seed_copy)
        assert result.returncode == 3
        assert "in use by another process" in result.stderr and "Traceback" not in result.stderr
    finally:
        holder.communicate("", timeout=30)
    assert run("query", "ASK {}", "--out", seed_copy).returncode == 0


@pytest.mark.parametrize("command", ["build", "query", "export", "render", "stats"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.returncode == 0 and "Example:" in result.stdout


def test_two_builds_at_once_one_waits_or_fails_clearly(tmp_path):
    out = tmp_path / "out"
    first = subprocess.Popen([*KG, "build", str(SEEDS), "--out", str(out)], stderr=subprocess.PIPE, text=True)
    time.sleep(0.5)
    second = run("build", SEEDS, "--out", out)
    first_err = first.communicate(timeout=300)[1]
    outcomes = sorted([first.returncode, second.returncode])
    assert outcomes in ([0, 0], [0, 3])
    if second.returncode == 3:
        assert "in use by another process" in second.stderr
    assert "Traceback" not in first_err + second.stderr


def test_render_focus_hops_query_and_max_nodes(seed_out, tmp_path):
    import re

    def page_data(path):  # (entities and relations as columns: kg.html.page_payload)
        text = path.read_text(encoding="utf-8")
        return json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text,
                                    re.S).group(1))

    one, two = tmp_path / "one.html", tmp_path / "two.html"
    assert run("render", "--focus", "oracle", "--hops", "1", "-o", one, "--out", seed_out).returncode == 0
    assert run("render", "--focus", "Oracle", "--hops", "2", "-o", two, "--out", seed_out).returncode == 0
    first, second = page_data(one), page_data(two)
    assert "Oracle" in first["nodes"]["label"] and len(first["nodes"]["id"]) < len(second["nodes"]["id"])
    query = write(tmp_path / "uses.rq", "CONSTRUCT { ?s kg:uses ?o } WHERE { ?s kg:uses ?o }")
    uses = tmp_path / "uses.html"
    assert run("render", "--query", query, "-o", uses, "--out", seed_out).returncode == 0
    shown = page_data(uses)
    assert {shown["names"][relation] for relation in shown["edges"]["relation"]} == {"uses"}
    top = tmp_path / "top.html"
    result = run("render", "--max-nodes", "4", "-o", top, "--out", seed_out)
    assert len(page_data(top)["nodes"]["id"]) == 4 and "showing 4 of " in " ".join(result.stderr.split())
    missing = run("render", "--focus", "Nobody", "-o", tmp_path / "x.html", "--out", seed_out)
    assert missing.returncode == 1 and missing.stderr.startswith("Error: no entity named 'Nobody'")
