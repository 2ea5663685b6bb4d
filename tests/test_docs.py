"""The README shows every command and the two set-up commands; CI runs the README's test command."""

import re

from kg.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_shown_in_the_readme():
    commands = {command.name for command in app.registered_commands}
    assert commands == {"build", "query", "export", "render", "serve", "stats"}
    for name in commands:
        assert re.search(rf"^kg {name}\b", README, re.MULTILINE), name


def test_the_two_setup_commands():
    blocks = re.findall(r"```bash\n(.*?)```", README.split("## Use")[0], re.DOTALL)
    assert len(blocks) == 2
    assert "pip install" in blocks[0] and "kg build seeds/" in blocks[0]
    assert blocks[1].strip() == "bash scripts/test.sh"
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
