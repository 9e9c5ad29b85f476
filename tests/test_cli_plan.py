"""`regionflux plan` and `regionflux preview` as a user runs them.

Most tests call the entry point in-process; the ones where the process is the point (exit code,
stderr, what a fresh interpreter imports) start `python -m regionflux`.
"""

import json
import os
import subprocess
import sys

import pytest
from PIL import Image

from fake_openai import FakeOpenAI, reply
from regionflux.cli import main

LLM_ENV = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "REGIONFLUX_MODEL")


@pytest.fixture(autouse=True)
def no_llm_env(monkeypatch):
    for name in LLM_ENV:
        monkeypatch.delenv(name, raising=False)


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in LLM_ENV}
    return subprocess.run([sys.executable, "-m", "regionflux", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_plan_offline_end_to_end_imports_nothing_heavy(tmp_path):
    out, png = tmp_path / "layout.json", tmp_path / "layout.png"
    code = (
        "import sys\nfrom regionflux.cli import main\n"
        f"code = main(['plan', 'A tropical cocktail on a wooden table at a beach during sunset', '-o', {str(out)!r}, "
        f"'--preview', {str(png)!r}])\n"
        "print(sorted(m for m in ('diffusers', 'transformers', 'openai') if m in sys.modules))\n"
        "sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if k not in LLM_ENV}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"  # no diffusers, transformers or openai (spaCy brings torch)
    assert result.stderr.count("\n") == 1 and "--model" in result.stderr  # one line on how to use an LLM
    layout = json.loads(out.read_text())
    assert (layout["width"], layout["height"]) == (1024, 1024) and len(layout["regions"]) == 2
    image = Image.open(png)
    assert image.size == (1024, 1024)
    # each region's box is tinted with its own colour (the rule the page shares): nearer its own than the other's
    from regionflux import Layout
    from regionflux.preview import region_colours

    colours = region_colours(Layout.model_validate(layout))
    assert colours[0] != colours[1]
    for box, own, other in zip((r["box"] for r in layout["regions"]), colours, colours[::-1]):
        pixel = image.getpixel(((box[0] + box[2]) // 2, (box[1] + box[3]) // 2))
        distance = lambda c: sum((p - q) ** 2 for p, q in zip(pixel, c))  # noqa: E731
        assert distance(own) < distance(other)


def test_version_and_help():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("regionflux ")
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0


def test_plan_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "layout.json"
    out.write_text("my precious layout")
    assert main(["plan", "a cat", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--overwrite" in err
    assert out.read_text() == "my precious layout"
    assert main(["plan", "a cat", "-o", str(out), "--overwrite"]) == 0
    assert json.loads(out.read_text())["regions"][0]["label"] == "cat"


def test_plan_with_llm_server(tmp_path, capsys, monkeypatch):
    plan = {"prompt": "A cat.", "background_prompt": "a garden",
            "regions": [{"label": "cat", "description": "a black cat", "box": [100, 100, 600, 900]}]}
    with FakeOpenAI([reply(json.dumps(plan))]) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        code = main(["plan", "a cat in a garden", "-o", str(tmp_path / "l.json"), "--width", "1280", "--height", "768",
                     "--model", "local-model", "--temperature", "0.5"])
    assert code == 0, capsys.readouterr().err
    assert "no LLM configured" not in capsys.readouterr().err
    request = server.chat_requests()[0]
    assert request["model"] == "local-model" and request["temperature"] == 0.5
    layout = json.loads((tmp_path / "l.json").read_text())
    assert layout["regions"][0]["box"] == [128, 77, 768, 691]


def test_preview_of_edited_layout(tmp_path):
    layout = {"prompt": "x", "width": 256, "height": 128,
              "regions": [{"description": "left", "box": [0, 0, 128, 128]}]}
    (tmp_path / "l.json").write_text(json.dumps(layout))
    assert main(["preview", str(tmp_path / "l.json"), "-o", str(tmp_path / "p.png")]) == 0
    assert Image.open(tmp_path / "p.png").size == (256, 128)


def test_preview_end_to_end_of_an_invalid_file(tmp_path):
    (tmp_path / "bad.json").write_text('{"prompt": "x", "width": 250}')
    result = run("preview", str(tmp_path / "bad.json"), "-o", str(tmp_path / "p.png"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'bad.json'}: width: width 250 is not a positive multiple of 16 "
        "(FLUX works on 16x16-pixel tokens); use 240 or 256"
    ]
    assert not (tmp_path / "p.png").exists()


@pytest.mark.parametrize(
    "text, expected",
    [
        ('{"prompt": "x", "width": 256, "height": 128, "regions": [{"description": "a", "box": [0, 0, 300, 64]}]}',
         "regions[0].box [0, 0, 300, 64] lies outside the 256x128 canvas"),
        ('{"prompt": "x", "width": 250}', "width: width 250 is not a positive multiple of 16"),
        ('{"prompt": "x",\n "width": 256,,\n}', "(line 2, column 15)"),
        ('{"prompt": "x", "regions": [{"box": [0, 0, 64, 64]}]}', "regions[0].description: field required"),
    ],
)
def test_preview_of_invalid_file_names_the_problem(tmp_path, capsys, text, expected):
    (tmp_path / "bad.json").write_text(text)
    assert main(["preview", str(tmp_path / "bad.json"), "-o", str(tmp_path / "p.png")]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.startswith("error: ") and "Traceback" not in err
    assert not (tmp_path / "p.png").exists()


def test_bad_canvas_option_is_a_clear_error(tmp_path, capsys):
    assert main(["plan", "a cat", "-o", str(tmp_path / "l.json"), "--width", "1000"]) == 2
    assert ("--width 1000 is not a positive multiple of 16 (FLUX works on 16x16-pixel tokens); use 992 or 1008"
            in capsys.readouterr().err)


@pytest.mark.parametrize("flag, value", [("--max-regions", "0"), ("--max-regions", "17"), ("--temperature", "nan"),
                                         ("--timeout", "0")])
def test_bad_planner_option_is_named(tmp_path, capsys, flag, value):
    assert main(["plan", "a cat", "-o", str(tmp_path / "l.json"), flag, value]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {flag} ") and not (tmp_path / "l.json").exists()


def test_planner_notes_are_shown(tmp_path, capsys):
    assert main(["plan", "ten cats", "-o", str(tmp_path / "l.json"), "--planner", "mock", "--max-regions", "8"]) == 0
    assert "note: ten cats drawn as one region (at most 8 regions; raise --max-regions" in capsys.readouterr().err


def test_plan_seed_is_recorded(tmp_path):
    assert main(["plan", "a cat", "-o", str(tmp_path / "l.json"), "--seed", "7"]) == 0
    assert json.loads((tmp_path / "l.json").read_text())["seed"] == 7
