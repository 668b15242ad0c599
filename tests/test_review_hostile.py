"""Hostile and broken .review files: each refused with one line naming it, the library
unchanged, the other files merged, exit status 1."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

MAIN = "ngoai-giao-cong-chung-trong-ky-nguyen-so"


@pytest.fixture
def sent(cli, tmp_path, samples_dir):
    lib = tmp_path / "lib.sqlite"
    cli("--library", str(lib), "import", *map(str, sorted((samples_dir / "articles").glob("*.md"))), check_rc=0)
    out = cli("--library", str(lib), "review", "pack", "--out", str(tmp_path / "sent"), MAIN, check_rc=0)
    path = Path(out.stdout.strip())
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    return lib, parts


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def _variant(parts: dict, **changes) -> dict:
    out = dict(parts)
    for name, value in changes.items():
        name = name.replace("__", ".")
        if value is None:
            out.pop(name, None)
        else:
            out[name] = value if isinstance(value, bytes) else value.encode()
    return out


def hostile(tmp_path: Path, parts: dict) -> dict[str, str]:
    """file name -> words its reason must hold."""
    folder = tmp_path / "back"
    folder.mkdir()
    manifest = json.loads(parts["manifest.json"])
    unknown = dict(manifest, article_uuid="00000000-0000-0000-0000-000000000000")
    cases = {
        "unknown.review": (_variant(parts, manifest__json=json.dumps(unknown)), "does not have"),
        "dotdot.review": ({**parts, "../../evil.txt": b"x"}, "outside"),
        "absolute.review": ({**parts, "/etc/evil": b"x"}, "outside"),
        "asset-dotdot.review": ({**parts, "assets/../../x.png": b"x"}, "outside"),
        "big-json.review": (_variant(parts, review__json='{"summary": "' + os.urandom(3 * 1024 * 1024).hex() + '"}'),
                            "too large"),
        "bad-json.review": (_variant(parts, review__json='{"reviewer": '), "not valid JSON"),
        "deep-json.review": (_variant(parts, review__json="[" * 100_000 + "]" * 100_000), "JSON"),
        "list-json.review": (_variant(parts, review__json="[1, 2]"), "JSON object"),
        "bad-recommendation.review": (_variant(parts, review__json='{"recommendation": "publish now"}'),
                                      "unknown recommendation"),
        "comment-not-text.review": (_variant(parts, review__json='{"comments": [{"text": 5}]}'), "must be text"),
        "no-manifest.review": (_variant(parts, manifest__json=None), "no manifest.json"),
        "other-format.review": (_variant(parts, manifest__json='{"format": "x", "version": 1}'),
                                "not an editor-app review"),
        "version-9.review": (_variant(parts, manifest__json=json.dumps(dict(manifest, version=9))),
                             "version 9"),
        "latin1-md.review": (_variant(parts, article__md="---\ntitle: caf\xe9\n---\n".encode("latin-1")),
                             "not UTF-8"),
        "binary-md.review": (_variant(parts, article__md=b"\x00\x01\x02"), "not text"),
        "open-front-matter.review": (_variant(parts, article__md="---\ntitle: x\nno end\n"), "never closed"),
    }
    expected = {}
    for name, (content, words) in cases.items():
        _zip(folder / name, content)
        expected[name] = words
    (folder / "not-a-zip.review").write_text("plain text", "utf-8")
    expected["not-a-zip.review"] = "not a review file"
    bomb = folder / "bomb.review"
    _zip(bomb, parts)
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as out, out.open("assets/bomb.png", "w") as part:
        for _ in range(40):
            part.write(bytes(1024 * 1024))
    expected["bomb.review"] = "zip bomb"
    return expected


def test_hostile_review_files_are_refused_and_change_nothing(cli, sent, tmp_path):
    lib, parts = sent
    expected = hostile(tmp_path, parts)
    before = cli("--library", str(lib), "review", "show", MAIN, "--json", check_rc=0).stdout
    good_parts = dict(parts)
    md = good_parts["article.md"].decode()
    good_parts["article.md"] = md.replace("\n---\n\n", "\n---\n\n{>>Nhận xét chung.<<}", 1).encode()
    good = _zip(tmp_path / "back" / "good.review", good_parts)
    files = [str(tmp_path / "back" / n) for n in expected] + [str(good)]
    proc = cli("--library", str(lib), "review", "merge", *files)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == len(expected), proc.stderr
    for line in lines:
        name = Path(line.removeprefix("editor-app: ").split(": ", 1)[0]).name
        assert expected[name].lower() in line.lower(), line
    assert "good.review: merged" in proc.stdout
    after = json.loads(cli("--library", str(lib), "review", "show", MAIN, "--json", check_rc=0).stdout)
    assert [c["text"] for c in after["comments"]] == ["Nhận xét chung."]
    assert json.loads(before)["comments"] == []
    assert not (tmp_path / "evil.txt").exists() and not Path("/etc/evil").exists()


def test_unclosed_marks_stay_text_and_odd_marks_do_not_break(cli, sent, tmp_path):
    lib, parts = sent
    md = parts["article.md"].decode()
    front, body = md.split("\n---\n\n", 1)
    odd = "{++ không đóng {-- cũng không {~~ a ~> b {== x {>> y " + body + "{~~không mũi tên~~}{====}{>><<}"
    back = _zip(tmp_path / "odd.review", _variant(parts, article__md=front + "\n---\n\n" + odd))
    cli("--library", str(lib), "review", "merge", str(back), check_rc=0)
    shown = json.loads(cli("--library", str(lib), "review", "show", MAIN, "--json", check_rc=0).stdout)
    assert shown["body"] == body   # the article itself is never changed by a merge
