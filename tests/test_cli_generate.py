"""`regionflux generate` end to end on a tiny FLUX saved to a local folder (the real loading path)."""

import json
import subprocess
import sys

import numpy as np
import pytest
import torch
from PIL import Image

from regionflux import Layout
from regionflux.cli import main
from regionflux.outputs import PNG_KEY

LAYOUT = {
    "prompt": "a cat and a dog on the grass",
    "width": 128,
    "height": 64,
    "regions": [
        {"description": "a red cat", "box": [0, 0, 64, 64], "label": "cat"},
        {"description": "a blue dog", "box": [64, 0, 112, 64], "label": "dog"},
    ],
    "settings": {"num_inference_steps": 2, "mask_inject_steps": 1},
    "seed": 5,
}
FAST = ["--device", "cpu", "--max-sequence-length", "16"]


@pytest.fixture(scope="module")
def model_dir(tiny_flux_folder):
    return tiny_flux_folder


@pytest.fixture
def layout_file(tmp_path):
    path = tmp_path / "layout.json"
    path.write_text(json.dumps(LAYOUT))
    return path


def test_generate_from_layout_writes_image_layout_and_preview(tmp_path, model_dir, layout_file, capsys):
    out = tmp_path / "out" / "render.png"
    args = ["generate", "--layout", str(layout_file), "-o", str(out), "--model", str(model_dir), "--base-ratio", "0.3",
            *FAST]
    # one run as its own process: exit code, progress bar and messages as a user sees them
    result = subprocess.run([sys.executable, "-m", "regionflux", *args], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "100%" in result.stderr  # the denoising progress bar
    assert "Traceback" not in result.stderr and f"wrote {out}" in result.stdout
    saved = Layout.load(out.with_name("render.layout.json"))
    assert saved.settings.base_ratio == 0.3 and saved.seed == 5 and len(saved.regions) == 2
    image = Image.open(out)
    assert image.size == (128, 64)
    embedded = Layout.model_validate_json(image.text[PNG_KEY])
    assert embedded == saved
    assert Image.open(out.with_name("render.preview.png")).size == (128, 64)
    # the PNG alone is enough to recover and draw the layout
    assert main(["preview", str(out), "-o", str(tmp_path / "again.png")]) == 0
    # nothing is overwritten without --overwrite, and the refusal comes before the model loads
    before = {p.name: p.read_bytes() for p in out.parent.iterdir()}
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--overwrite" in err
    assert {p.name: p.read_bytes() for p in out.parent.iterdir()} == before
    assert sorted(before) == ["render.layout.json", "render.png", "render.preview.png"]  # no temp files left


def test_generate_same_seed_same_image_and_batch_seeds(tmp_path, model_dir, layout_file):
    args = ["generate", "--layout", str(layout_file), "--model", str(model_dir), *FAST]
    assert main([*args, "-o", str(tmp_path / "a.png")]) == 0
    assert main([*args, "-o", str(tmp_path / "b.png")]) == 0
    assert Image.open(tmp_path / "a.png").tobytes() == Image.open(tmp_path / "b.png").tobytes()
    assert main([*args, "-o", str(tmp_path / "batch.png"), "--num-images", "2", "--seed", "5"]) == 0
    assert Layout.load(tmp_path / "batch-1.layout.json").seed == 6
    first = torch.from_numpy(np.asarray(Image.open(tmp_path / "batch-0.png"), dtype=np.float32))
    single = torch.from_numpy(np.asarray(Image.open(tmp_path / "a.png"), dtype=np.float32))
    assert (first - single).abs().max() <= 1  # image 0 of the batch is the seed-5 image


def test_generate_kernel_and_prompt_length_flags(tmp_path, model_dir, layout_file):
    args = ["generate", "--layout", str(layout_file), "--model", str(model_dir), *FAST]
    assert main([*args, "-o", str(tmp_path / "sdpa.png")]) == 0
    assert main([*args, "-o", str(tmp_path / "flex.png"), "--attention", "flex"]) == 0
    assert main([*args, "-o", str(tmp_path / "real.png"), "--regional-prompt-length", "real"]) == 0
    pixels = {name: np.asarray(Image.open(tmp_path / f"{name}.png"), dtype=np.float32) for name in ("sdpa", "flex", "real")}
    assert np.abs(pixels["sdpa"] - pixels["flex"]).max() <= 1  # same method, another kernel
    assert np.abs(pixels["sdpa"] - pixels["real"]).max() > 1  # fewer text tokens: another image


def test_generate_plans_from_a_prompt(tmp_path, model_dir, capsys):
    assert main(["generate", "a cat and a dog", "-o", str(tmp_path / "p.png"), "--model", str(model_dir),
                 "--width", "64", "--height", "64", "--steps", "1", "--seed", "1", *FAST]) == 0
    assert [r.label for r in Layout.load(tmp_path / "p.layout.json").regions] == ["cat", "dog"]
    assert "no LLM configured" in capsys.readouterr().err


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--model", "/nonexistent/flux"], "--model: '/nonexistent/flux' does not exist"),
        (["--base-ratio", "1.5"], "--base-ratio 1.5: Input should be less than or equal to 1"),
        (["--negative-prompt", "blurry"], "--true-cfg > 1"),
    ],
)
def test_generate_errors_are_clear(tmp_path, layout_file, capsys, extra, message):
    code = main(["generate", "--layout", str(layout_file), "-o", str(tmp_path / "x.png"), "--device", "cpu", *extra])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_generate_from_prompt_checks_the_canvas(tmp_path, capsys):
    assert main(["generate", "a cat", "-o", str(tmp_path / "x.png"), "--width", "1000", "--device", "cpu"]) == 2
    err = capsys.readouterr().err
    assert "--width 1000 is not a positive multiple of 16" in err and "Traceback" not in err


def test_plan_is_kept_when_loading_fails(tmp_path, capsys):
    (tmp_path / "not-a-model").mkdir()
    code = main(["generate", "a cat and a dog", "-o", str(tmp_path / "x.png"), "--model", str(tmp_path / "not-a-model"),
                 "--device", "cpu", "--width", "64", "--height", "64"])
    assert code == 2 and "cannot load" in capsys.readouterr().err
    kept = Layout.load(tmp_path / "x.layout.json")
    assert [r.label for r in kept.regions] == ["cat", "dog"] and not (tmp_path / "x.png").exists()


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the no-GPU message")
def test_no_cuda_and_no_device_is_a_clear_error(tmp_path, layout_file, capsys):
    assert main(["generate", "--layout", str(layout_file), "-o", str(tmp_path / "x.png")]) == 2
    assert "no CUDA device found" in capsys.readouterr().err


def test_lora_flags_pair_with_the_lora_before_them():
    from regionflux.cli import build_parser

    args = build_parser().parse_args(["generate", "x", "-o", "o.png", "--lora", "a/b", "--lora-scale", "0.5",
                                      "--lora", "c.safetensors", "--lora", "d/e", "--weight-name", "w.safetensors"])
    assert args.lora == [{"path": "a/b", "scale": 0.5}, {"path": "c.safetensors"},
                         {"path": "d/e", "weight_name": "w.safetensors"}]
    with pytest.raises(SystemExit):
        build_parser().parse_args(["generate", "x", "-o", "o.png", "--lora-scale", "0.5"])


def test_gated_model_message_hints_login():
    from regionflux.generator.pipeline import load_error_message

    class GatedRepoError(OSError):
        pass

    message = load_error_message("black-forest-labs/FLUX.1-dev", GatedRepoError("401 Client Error: access restricted"))
    assert "gated" in message and "hf auth login" in message and "black-forest-labs/FLUX.1-dev" in message
