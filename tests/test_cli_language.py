"""The command line speaks the system's language through the window's translations
(resources/translations/editor_app_vi.ts): its own messages, the core's, argparse's."""

from __future__ import annotations

import json
import pickle
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from editor_app.core.errors import N_, InputError, Text, message_of

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "editor_app_vi.ts"
VI = {"LC_ALL": "vi_VN.UTF-8"}


@pytest.fixture(scope="module")
def vietnamese() -> dict[str, str]:
    """English template -> its Vietnamese translation, from the project's .ts (context "")."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if (context.findtext("name") or "") in ("", "validate"):
            for message in context.iter("message"):
                found.setdefault(message.findtext("source"), message.findtext("translation"))
    return found


def said(vietnamese, template: str, **values) -> str:
    """What the CLI must print for ``N_(template, **values)`` in Vietnamese."""
    return N_(template, **values).translated(lambda t: vietnamese.get(t) or t)


def test_a_core_message_is_english_text_that_keeps_its_template():
    message = N_("{path}: the file is empty ({size:,} bytes)", path=Path("a/b.md"), size=12345)
    assert message == "a/b.md: the file is empty (12,345 bytes)" and isinstance(message, str)
    exc = InputError(message)
    assert str(exc) == message and message_of(exc).template.startswith("{path}:")
    again = pickle.loads(pickle.dumps(exc))   # the import workers send their errors back
    assert message_of(again).values == {"path": "a/b.md", "size": 12345}
    nested = N_("{path}: {reason}", path="x.md", reason=N_("the file is empty"))
    back = Text.from_json(json.loads(json.dumps(nested.as_json())))
    assert back == nested and isinstance(back.values["reason"], Text)
    words = {"{path}: {reason}": "{path} — {reason}", "the file is empty": "tệp trống"}
    assert back.translated(lambda t: words.get(t, t)) == "x.md — tệp trống"


def test_the_cli_own_messages_follow_a_vietnamese_system(cli, tmp_path, vietnamese):
    lib = str(tmp_path / "l.sqlite")
    out = cli("list", "--status", "nonsense", "--library", lib, env=VI)
    assert out.returncode == 2
    allowed = "draft, in_review, changes_requested, approved, published, archived"
    expected = said(vietnamese, "unknown status '{status}' (use one of: {allowed})", status="nonsense",
                    allowed=allowed)
    assert expected != f"unknown status 'nonsense' (use one of: {allowed})"   # it is translated
    assert out.stderr == f"editor-app: {expected}\n"
    english = cli("list", "--status", "nonsense", "--library", lib)   # C locale: English
    assert english.stderr == f"editor-app: unknown status 'nonsense' (use one of: {allowed})\n"
    assert cli("list", "--status", "nonsense", "--library", lib, env={"LC_ALL": "en_GB.UTF-8"}).stderr \
        == english.stderr


def test_core_errors_reach_the_user_in_vietnamese(cli, tmp_path, vietnamese):
    lib = str(tmp_path / "l.sqlite")
    empty, binary = tmp_path / "trống.md", tmp_path / "ảnh.txt"
    empty.write_text("\n\n")
    binary.write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    out = cli("import", "--library", lib, str(empty), str(binary), env=VI)
    assert out.returncode == 1
    lines = out.stderr.splitlines()
    assert lines[0] == "editor-app: " + said(vietnamese, "{path}: {reason}", path=empty,
                                             reason=N_("the file is empty"))
    assert lines[1] == "editor-app: " + said(vietnamese, "{path}: {reason}", path=binary,
                                             reason=N_("this is a binary file, not text"))
    assert "the file is empty" not in out.stderr and "binary" not in out.stderr

    notlib = tmp_path / "x.sqlite"
    notlib.write_text("plain text, not a database")
    out = cli("list", "--library", str(notlib), env=VI)
    assert out.returncode == 2
    assert out.stderr == "editor-app: " + said(
        vietnamese, "{path}: this file is not an article library (not an SQLite database)", path=notlib) + "\n"


def test_argparse_speaks_vietnamese_too(cli, vietnamese):
    out = cli("export", env=VI)   # --out is missing
    assert out.returncode == 2
    required = vietnamese["the following arguments are required: %s"] % "--out"
    assert out.stderr.strip().endswith(required), out.stderr
    assert vietnamese["%(prog)s: error: %(message)s\n"].split("%(message)s")[0].replace(
        "%(prog)s", "editor-app export") in out.stderr
    helped = cli("--help", env=VI, check_rc=0).stdout
    assert helped.startswith(vietnamese["usage: "])
    for english in ("list articles", "write publish-ready HTML pages", "show this help message and exit"):
        assert vietnamese[english] in helped and english not in helped
    sub = cli("list", "--help", env=VI, check_rc=0).stdout
    assert vietnamese["with --json: each article's text too"] in sub


def test_check_reports_in_vietnamese_and_its_json_stays_english(cli, tmp_path, vietnamese):
    lib = str(tmp_path / "l.sqlite")
    draft = tmp_path / "bai.md"
    draft.write_text("---\ntitle: Bài thử\nlanguage: vi\n---\n\nMột đoạn văn có chữ bockchain.\n")
    cli("import", "--library", lib, str(draft), check_rc=0)
    out = cli("check", "--library", lib, env=VI)
    rows = [line.split("\t") for line in out.stdout.splitlines()]
    spelling = next(r for r in rows if r[2] == "spelling")
    assert spelling[0] == "warning" and spelling[3] == said(vietnamese, "Misspelled word: '{word}'", word="bockchain")
    summary = next(r for r in rows if r[2] == "summary")
    assert summary[3] == vietnamese["The article has no summary."]
    data = json.loads(cli("check", "--library", lib, "--json", env=VI).stdout)   # data for tools: English
    assert {"message": "The article has no summary.", "kind": "summary"}.items() <= \
        next(p for p in data if p["kind"] == "summary").items()


def test_every_marked_message_has_a_translation_with_its_placeholders(vietnamese):
    sources = [s for s in vietnamese if s is not None]
    assert len(sources) > 200
    fields = re.compile(r"\{\w*(?:![rsa])?(?::[^{}]*)?\}|%\(\w+\)[rsd]|%[rsd]")
    for source in sources:
        translation = vietnamese[source]
        assert translation, source
        assert sorted(fields.findall(source)) == sorted(fields.findall(translation)), source


def test_a_wrong_library_url_is_explained_in_vietnamese(cli, vietnamese):
    out = cli("list", "--library", "postgresql://lan@may-chu:abc/tapchi", env=VI)
    assert out.returncode == 2
    reason = said(vietnamese, "the port in {url!r} is not a number", url="postgresql://lan@may-chu:abc/tapchi")
    assert out.stderr.strip().endswith(vietnamese["argument %(argument_name)s: %(message)s"] % {
        "argument_name": "--library", "message": reason}), out.stderr
