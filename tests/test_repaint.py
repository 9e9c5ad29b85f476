"""Repaint: the changed regions painted again, every other pixel kept byte for byte (tiny random models)."""

import json

import numpy as np
import pytest
from PIL import Image

from fake_openai import FakeOpenAI, reply
from regionflux import Layout
from regionflux.cli import main
from regionflux.generator.pipeline import RegionalFlux
from regionflux.outputs import PNG_KEY
from regionflux.repaint import feathered, repaint_area
from regionflux.testing import tiny_chroma_pipeline, tiny_klein_pipeline, tiny_pipeline

LAYOUT = Layout(
    prompt="a cat and a dog on the grass", width=128, height=64, seed=3,
    regions=[dict(description="a red cat", box=(0, 0, 48, 64), label="cat"),
             dict(description="a blue dog", box=(80, 0, 128, 64), label="dog")],
    settings=dict(num_inference_steps=4, mask_inject_steps=2, guidance_scale=1.0),
)
FAMILIES = {"flux": (tiny_pipeline, 16), "klein": (lambda: tiny_klein_pipeline(distilled=True), 24),
            "chroma": (tiny_chroma_pipeline, 16)}


def edited(layout=LAYOUT, **changes):
    data = layout.model_dump()
    data["regions"][1].update(changes)
    return Layout(**data)


@pytest.fixture(scope="module", params=list(FAMILIES))
def family(request):
    build, msl = FAMILIES[request.param]
    regional = RegionalFlux(build())
    original = regional.generate(LAYOUT, max_sequence_length=msl)[0]
    return request.param, regional, msl, original


def regional_forwards(regional):
    """Counts the transformer calls that ran regionally."""
    seen = []

    def hook(module, args, kwargs):
        seen.append((kwargs.get("joint_attention_kwargs") or {}).get("regional") is not None)

    return seen, regional.pipe.transformer.register_forward_pre_hook(hook, with_kwargs=True)


def test_outside_the_grown_area_every_pixel_is_kept_and_inside_the_new_description_shows(family):
    name, regional, msl, original = family
    new = edited(description="a green tree")
    seen, handle = regional_forwards(regional)
    try:
        first = regional.repaint(original, new, regions=[1], previous=LAYOUT, margin=16, max_sequence_length=msl)
    finally:
        handle.remove()
    assert sum(seen) == 2 and len(seen) == 4  # mask_inject_steps regional steps, then plain ones
    again = regional.repaint(original, new, regions=[1], previous=LAYOUT, margin=16, max_sequence_length=msl)
    grown, _ = feathered(repaint_area(new, [1], LAYOUT), 16)
    before, after = np.asarray(original), np.asarray(first)
    assert np.array_equal(before[~grown], after[~grown])  # byte for byte outside
    assert (before[grown] != after[grown]).mean() > 0.5
    assert np.asarray(again).tobytes() == after.tobytes()  # the same call, the same image
    other_seed = regional.repaint(original, new, regions=[1], previous=LAYOUT, margin=16, seed=11,
                                  max_sequence_length=msl)
    assert not np.array_equal(np.asarray(other_seed)[grown], after[grown])
    other_words = regional.repaint(original, edited(description="yellow sand"), regions=[1], previous=LAYOUT,
                                   margin=16, max_sequence_length=msl)
    assert not np.array_equal(np.asarray(other_words)[grown], after[grown])
    # a repaint of the repaint (the cat this time) keeps what the first one painted outside its own area
    cat = new.model_copy(deep=True)
    cat.regions[0].description = "a sleeping cat"
    second = regional.repaint(first, cat, regions=[0], previous=new, margin=16, max_sequence_length=msl)
    cat_area, _ = feathered(repaint_area(cat, [0], new), 16)
    assert np.array_equal(np.asarray(second)[~cat_area], after[~cat_area])
    assert np.array_equal(np.asarray(second)[grown & ~cat_area], after[grown & ~cat_area])


def test_a_moved_box_repaints_its_old_and_new_place(family):
    name, regional, msl, original = family
    moved = edited(box=(64, 0, 112, 64))
    area = repaint_area(moved, [1], LAYOUT)
    assert area[:, 64:128].all() and not area[:, :64].any()  # old 80-128 and new 64-112
    out = regional.repaint(original, moved, regions=[1], previous=LAYOUT, margin=0, strength=0.5,
                           max_sequence_length=msl)
    assert np.array_equal(np.asarray(out)[:, :64], np.asarray(original)[:, :64])


def test_the_feathered_weight_is_one_inside_and_exactly_zero_outside():
    area = np.zeros((64, 128), dtype=bool)
    area[16:48, 40:80] = True
    grown, weight = feathered(area, 16)
    assert (weight[area] == 1).all() and (weight[~grown] == 0).all()
    ring = grown & ~area
    assert ((weight[ring] > 0) & (weight[ring] < 1)).any()  # a ramp, not a step
    assert grown[0:64, 24:96].all() and not grown[:, :24].any() and not grown[:, 96:].any()


# -- the command line -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """A saved tiny model and an image it rendered (with its layout inside)."""
    root = tmp_path_factory.mktemp("repaint")
    tiny_pipeline().save_pretrained(root / "model")
    (root / "layout.json").write_text(LAYOUT.to_json())
    assert main(["generate", "--layout", str(root / "layout.json"), "-o", str(root / "a.png"), "--model",
                 str(root / "model"), "--device", "cpu", "--max-sequence-length", "16"]) == 0
    return root


def run(rendered, tmp_path, *args):
    return main(["repaint", *args, "--model", str(rendered / "model"), "--device", "cpu",
                 "--max-sequence-length", "16"])


def test_cli_repaints_an_edited_layout_and_records_where_it_came_from(rendered, tmp_path, capsys):
    from regionflux.repaint import file_sha256

    layout = tmp_path / "edited.json"
    layout.write_text(edited(description="a green tree").to_json())
    out = tmp_path / "b.png"
    assert run(rendered, tmp_path, str(rendered / "a.png"), "--layout", str(layout), "-o", str(out), "--margin", "16") == 0
    assert "repainted region 1, seed 3" in capsys.readouterr().out
    saved = Layout.load(tmp_path / "b.layout.json")
    assert saved.repaint.parent_sha256 == file_sha256(rendered / "a.png")
    assert (saved.repaint.regions, saved.repaint.seed, saved.repaint.strength, saved.repaint.margin) == ([1], 3, 1.0, 16)
    assert saved.repaint.area == (64, 0, 128, 64) and saved.regions[1].description == "a green tree"
    assert json.loads(Image.open(out).text[PNG_KEY])["repaint"]["regions"] == [1]
    before, after = np.asarray(Image.open(rendered / "a.png")), np.asarray(Image.open(out))
    assert np.array_equal(before[:, :64], after[:, :64]) and not np.array_equal(before[:, 64:], after[:, 64:])
    # the preview marks the repainted area; `preview` redraws it from the image alone
    assert main(["preview", str(out), "-o", str(tmp_path / "again.png")]) == 0
    # re-roll the cat of the repaint with a seed: twice the same, and a chain back to the first image
    for name in ("c.png", "c2.png"):
        assert run(rendered, tmp_path, str(out), "--region", "0", "--seed", "21", "-o", str(tmp_path / name)) == 0
    assert Image.open(tmp_path / "c.png").tobytes() == Image.open(tmp_path / "c2.png").tobytes()
    chained = Layout.load(tmp_path / "c.layout.json")
    assert chained.repaint.parent_sha256 == file_sha256(out) and chained.repaint.regions == [0]
    assert np.array_equal(np.asarray(Image.open(tmp_path / "c.png"))[:, 72:], after[:, 72:])


def test_cli_instruction_through_the_offline_planner_and_a_served_model(rendered, tmp_path, capsys):
    assert run(rendered, tmp_path, str(rendered / "a.png"), "--instruction", "make the dog green", "--planner", "mock",
               "-o", str(tmp_path / "green.png")) == 0
    assert Layout.load(tmp_path / "green.layout.json").regions[1].description == "a green dog"
    ops = {"edits": [{"op": "describe", "region": "cat", "description": "a black cat", "label": None}]}
    with FakeOpenAI([reply(json.dumps(ops))]) as server:
        code = main(["repaint", str(rendered / "a.png"), "--instruction", "make the cat black", "--planner", "llm",
                     "--base-url", server.base_url, "--api-key", "k", "--llm-model", "m", "--model",
                     str(rendered / "model"), "--device", "cpu", "--max-sequence-length", "16", "-o",
                     str(tmp_path / "black.png")])
    assert code == 0, capsys.readouterr().err
    saved = Layout.load(tmp_path / "black.layout.json")
    assert saved.regions[0].description == "a black cat" and saved.repaint.regions == [0]


@pytest.mark.parametrize("make, args, message", [
    ("plain", ["--region", "0"], "carries no regionflux layout; give --layout FILE"),
    ("small", ["--layout", "LAYOUT", "--region", "0"], "is 64x64 but the layout's canvas is 128x64"),
    ("same", [], "nothing to repaint: no region's box, mask or description differs"),
    ("same", ["--region", "7"], "--region 7: the layout has 2 regions, numbered 0 to 1"),
    ("same", ["--region", "0", "--strength", "1.5"], "--strength 1.5: give a number above 0 and at most 1"),
    ("gif", ["--layout", "LAYOUT", "--region", "0"], "is a GIF image; repaint reads PNG, JPEG or WebP"),
])
def test_cli_refuses_before_any_model_loads(rendered, tmp_path, capsys, make, args, message):
    source = {"same": rendered / "a.png"}.get(make)
    if source is None:
        source = tmp_path / f"in.{'gif' if make == 'gif' else 'png'}"
        Image.new("RGB", (64, 64) if make == "small" else (128, 64)).save(source)
    (tmp_path / "layout.json").write_text(LAYOUT.to_json())
    args = [str(tmp_path / "layout.json") if a == "LAYOUT" else a for a in args]
    before = sorted(p.name for p in tmp_path.iterdir())
    code = main(["repaint", str(source), *args, "-o", str(tmp_path / "out.png"), "--model", "/nonexistent/model",
                 "--device", "cpu"])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_record_outside_the_canvas_is_refused_and_a_new_render_drops_the_record(rendered, tmp_path, capsys):
    from regionflux.preview import render_preview
    from regionflux.repaint import strength_steps

    record = dict(parent_sha256="0" * 64, regions=[1], seed=1, strength=1.0, margin=0)
    with pytest.raises(Exception, match=r"\[0, 0, 9000000000000000, 0\] is not a box x0 <= x1, y0 <= y1 within 0..4096"):
        Layout(**{**LAYOUT.model_dump(), "repaint": {**record, "area": (0, 0, 9 * 10**15, 0)}})
    # the record describes the repaint that was made: a layout edited after it (a region removed, a larger
    # record area than this canvas) still loads, and its preview stays on the canvas
    later = Layout(**{**LAYOUT.model_dump(), "regions": LAYOUT.model_dump()["regions"][:1],
                      "repaint": {**record, "area": (64, 0, 4096, 4096)}})
    assert render_preview(later).size == (128, 64)
    # strength counts steps as diffusers' img2img does (28 steps at 0.3: 9; 100 at 0.29: 29)
    assert [strength_steps(28, 0.3), strength_steps(100, 0.29), strength_steps(4, 1.0)] == [9, 29, 4]
    # a repaint is written as PNG only: JPEG or WebP would change the pixels it keeps
    code = run(rendered, tmp_path, str(rendered / "a.png"), "--region", "0", "-o", str(tmp_path / "x.jpg"))
    assert code == 2 and "a repaint is written as PNG" in capsys.readouterr().err
    # rendering a repaint's layout afresh is a new render: it claims no parent
    layout = tmp_path / "edited.json"
    layout.write_text(edited(description="a green tree").to_json())
    assert run(rendered, tmp_path, str(rendered / "a.png"), "--layout", str(layout), "-o", str(tmp_path / "b.png")) == 0
    assert main(["generate", "--layout", str(tmp_path / "b.layout.json"), "-o", str(tmp_path / "fresh.png"), "--model",
                 str(rendered / "model"), "--device", "cpu", "--max-sequence-length", "16"]) == 0
    assert Layout.load(tmp_path / "b.layout.json").repaint is not None
    assert Layout.load(tmp_path / "fresh.layout.json").repaint is None


def test_a_flux1_fill_model_repaints_and_only_repaints(rendered, tmp_path, capsys):
    """FLUX.1 Fill (an inpainting model: masked image and mask join the latents as input channels) repaints
    through its own pipeline with regional attention; `generate` refuses it before loading."""
    from regionflux.testing import tiny_fill_pipeline

    regional = RegionalFlux(tiny_fill_pipeline())
    original = Image.open(rendered / "a.png").convert("RGB")
    new = edited(description="a green tree")
    new = new.model_copy(update={"settings": new.settings.model_copy(update={"guidance_scale": 30.0})})  # Fill's
    seen, handle = regional_forwards(regional)
    try:
        out = regional.repaint(original, new, regions=[1], previous=LAYOUT, margin=16, max_sequence_length=16)
    finally:
        handle.remove()
    assert sum(seen) == 2 and len(seen) == 4
    grown, _ = feathered(repaint_area(new, [1], LAYOUT), 16)
    before, after = np.asarray(original), np.asarray(out)
    assert np.array_equal(before[~grown], after[~grown]) and (before[grown] != after[grown]).mean() > 0.5
    with pytest.raises(Exception, match="a FLUX.1 Fill model paints inside a mask"):
        regional.generate(LAYOUT, max_sequence_length=16)
    regional.remove()
    regional.pipe.save_pretrained(tmp_path / "fill")
    layout = tmp_path / "edited.json"
    layout.write_text(new.to_json())
    assert main(["repaint", str(rendered / "a.png"), "--layout", str(layout), "-o", str(tmp_path / "filled.png"),
                 "--model", str(tmp_path / "fill"), "--device", "cpu", "--max-sequence-length", "16"]) == 0
    with pytest.warns(UserWarning, match="FLUX.1 Fill models are made for a guidance of about 30; this layout has 1"):
        regional.__init__(regional.pipe)
        regional.repaint(original, edited(description="a green tree"), regions=[1], previous=LAYOUT,
                         max_sequence_length=16)
    code = main(["generate", "--layout", str(layout), "-o", str(tmp_path / "x.png"), "--model", str(tmp_path / "fill"),
                 "--device", "cpu"])
    assert code == 2 and "a FLUX.1 Fill model paints inside a mask of an image" in capsys.readouterr().err
