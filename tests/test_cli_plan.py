"""`regionflux plan` and `regionflux preview` end to end, as a user runs them."""

import json
import os
import subprocess
import sys

import pytest
from PIL import Image

from fake_openai import FakeOpenAI, reply


def run(*args, env=None, cwd=None):
    full_env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "REGIONFLUX_MODEL")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "regionflux.cli", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd, timeout=120)


def test_plan_offline_writes_layout_and_preview(tmp_path):
    out, png = tmp_path / "layout.json", tmp_path / "layout.png"
    result = run("plan", "A tropical cocktail on a wooden table at a beach during sunset", "-o", str(out), "--preview", str(png))
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\n") == 1 and "--model" in result.stderr  # one line on how to use an LLM
    layout = json.loads(out.read_text())
    assert (layout["width"], layout["height"]) == (1024, 1024) and len(layout["regions"]) == 2
    image = Image.open(png)
    assert image.size == (1024, 1024)
    # each region's box is drawn in its own colour: red-ish inside the first, green-ish inside the second
    first, second = (r["box"] for r in layout["regions"])
    r, g, b = image.getpixel(((first[0] + first[2]) // 2, (first[1] + first[3]) // 2))
    assert r > g and r > b
    r, g, b = image.getpixel(((second[0] + second[2]) // 2, (second[1] + second[3]) // 2))
    assert g > r and g > b


def test_plan_refuses_to_overwrite(tmp_path):
    out = tmp_path / "layout.json"
    out.write_text("my precious layout")
    result = run("plan", "a cat", "-o", str(out))
    assert result.returncode == 2 and "already exists" in result.stderr and "--overwrite" in result.stderr
    assert out.read_text() == "my precious layout"
    assert run("plan", "a cat", "-o", str(out), "--overwrite").returncode == 0
    assert json.loads(out.read_text())["regions"][0]["label"] == "cat"


def test_plan_with_llm_server(tmp_path):
    plan = {"prompt": "A cat.", "background_prompt": "a garden",
            "regions": [{"label": "cat", "description": "a black cat", "box": [100, 100, 600, 900]}]}
    with FakeOpenAI([reply(json.dumps(plan))]) as server:
        result = run("plan", "a cat in a garden", "-o", str(tmp_path / "l.json"), "--width", "1280", "--height", "768",
                     "--model", "local-model", "--temperature", "0.5", env={"OPENAI_BASE_URL": server.base_url})
    assert result.returncode == 0, result.stderr
    assert "no LLM configured" not in result.stderr
    request = server.chat_requests()[0]
    assert request["model"] == "local-model" and request["temperature"] == 0.5
    layout = json.loads((tmp_path / "l.json").read_text())
    assert layout["regions"][0]["box"] == [128, 77, 768, 691]


def test_preview_of_edited_layout(tmp_path):
    layout = {"prompt": "x", "width": 256, "height": 128,
              "regions": [{"description": "left", "box": [0, 0, 128, 128]}]}
    (tmp_path / "l.json").write_text(json.dumps(layout))
    result = run("preview", str(tmp_path / "l.json"), "-o", str(tmp_path / "p.png"))
    assert result.returncode == 0, result.stderr
    assert Image.open(tmp_path / "p.png").size == (256, 128)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('{"prompt": "x", "width": 256, "height": 128, "regions": [{"description": "a", "box": [0, 0, 300, 64]}]}',
         "regions[0].box [0, 0, 300, 64] lies outside the 256x128 canvas"),
        ('{"prompt": "x", "width": 250}', "width: width 250 is not a positive multiple of 16"),
        ('{"prompt": "x",\n "width": 256,,\n}', "line 2 column"),
        ('{"prompt": "x", "regions": [{"box": [0, 0, 64, 64]}]}', "regions[0].description: field required"),
    ],
)
def test_preview_of_invalid_file_names_the_problem(tmp_path, text, expected):
    (tmp_path / "bad.json").write_text(text)
    result = run("preview", str(tmp_path / "bad.json"), "-o", str(tmp_path / "p.png"))
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "p.png").exists()


def test_bad_canvas_option_is_a_clear_error(tmp_path):
    result = run("plan", "a cat", "-o", str(tmp_path / "l.json"), "--width", "1000")
    assert result.returncode == 2 and "--width 1000 is not a positive multiple of 16 (FLUX works on 16x16-pixel tokens); use 992 or 1008" in result.stderr


def test_plan_seed_is_recorded(tmp_path):
    assert run("plan", "a cat", "-o", str(tmp_path / "l.json"), "--seed", "7").returncode == 0
    assert json.loads((tmp_path / "l.json").read_text())["seed"] == 7
