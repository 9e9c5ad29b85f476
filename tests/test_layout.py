import json

import pytest
from PIL import Image

from regionflux import Layout, LayoutError, Region, RegionalSettings
from regionflux.generator.masks import pixel_masks
from regionflux.layout import MAX_REGIONS


def layout_dict(**overrides):
    data = {
        "prompt": "a cat and a dog",
        "width": 512,
        "height": 256,
        "regions": [
            {"description": "a grey cat", "box": [0, 0, 256, 256], "label": "cat"},
            {"description": "a brown dog", "box": [256, 0, 512, 256], "label": "dog"},
        ],
    }
    data.update(overrides)
    return data


def parse(data, **kwargs):
    return Layout.parse(json.dumps(data), **kwargs)


def test_defaults_follow_the_seed():
    layout = parse(layout_dict())
    assert layout.background_prompt == "a photo"
    assert layout.settings == RegionalSettings(
        mask_inject_steps=10, double_inject_blocks_interval=1, single_inject_blocks_interval=1,
        base_ratio=0.2, num_inference_steps=24, guidance_scale=3.5,
    )


def test_round_trip_is_byte_stable():
    layout = parse(layout_dict(seed=124, background_prompt=None))
    text = layout.model_dump_json()
    again = Layout.model_validate_json(text)
    assert again == layout
    assert again.model_dump_json() == text
    assert Layout.parse(layout.to_json()).to_json() == layout.to_json()


@pytest.mark.parametrize(
    "box, field, words",
    [
        ([0, 0, 600, 256], "regions[0].box", "outside the 512x256 canvas"),
        ([-16, 0, 100, 100], "regions[0].box", "outside"),
        ([100, 0, 100, 200], "box", "x0 < x1"),
        ([0, 200, 100, 100], "box", "y0 < y1"),
        ([0, 0, 10, 100], "box", "smaller than one latent token"),
    ],
)
def test_bad_boxes_are_named(box, field, words):
    data = layout_dict()
    data["regions"][0]["box"] = box
    with pytest.raises(LayoutError) as info:
        parse(data)
    message = str(info.value)
    assert field in message and words in message


def test_empty_description_is_rejected():
    data = layout_dict()
    data["regions"][1]["description"] = "   "
    with pytest.raises(LayoutError, match=r"regions\[1\]\.description: description is empty"):
        parse(data)


@pytest.mark.parametrize("field", ["width", "height"])
def test_size_must_be_multiple_of_16(field):
    with pytest.raises(LayoutError, match=rf"{field}: {field} 1000 is not a positive multiple of 16 .*; use 992 or 1008"):
        parse(layout_dict(**{field: 1000, "regions": []}))


@pytest.mark.parametrize("ratio", [-0.1, 1.5])
def test_base_ratio_range(ratio):
    with pytest.raises(LayoutError, match=r"settings\.base_ratio"):
        parse(layout_dict(settings={"base_ratio": ratio}))


def test_too_many_regions():
    regions = [{"description": f"thing {i}", "box": [0, 0, 32, 32]} for i in range(MAX_REGIONS + 1)]
    with pytest.raises(LayoutError, match=f"more than the maximum of {MAX_REGIONS}"):
        parse(layout_dict(regions=regions))
    with pytest.raises(LayoutError, match="more than the maximum of 2"):
        parse(layout_dict(regions=regions[:3]), max_regions=2)


def test_box_xor_mask():
    data = layout_dict()
    data["regions"][0]["mask"] = "m.png"
    with pytest.raises(LayoutError, match="exactly one of 'box'"):
        parse(data)
    del data["regions"][0]["mask"], data["regions"][0]["box"]
    with pytest.raises(LayoutError, match="exactly one of 'box'"):
        parse(data)


def test_unreadable_and_wrong_size_mask(tmp_path):
    data = layout_dict()
    data["regions"][0] = {"description": "a cat", "mask": "missing.png"}
    with pytest.raises(LayoutError, match=r"regions\[0\]\.mask: cannot read mask image"):
        parse(data, base_dir=tmp_path)
    (tmp_path / "notimage.png").write_text("hello")
    data["regions"][0]["mask"] = "notimage.png"
    with pytest.raises(LayoutError, match="cannot read mask image"):
        parse(data, base_dir=tmp_path)
    Image.new("L", (100, 100), 255).save(tmp_path / "small.png")
    data["regions"][0]["mask"] = "small.png"
    with pytest.raises(LayoutError, match="is 100x100 but the canvas is 512x256"):
        parse(data, base_dir=tmp_path)


def test_mask_resolves_against_layout_file(tmp_path):
    mask = Image.new("L", (512, 256), 0)
    mask.paste(255, (0, 0, 128, 128))
    mask.save(tmp_path / "m.png")
    data = layout_dict(regions=[{"description": "a cat", "mask": "m.png"}])
    (tmp_path / "layout.json").write_text(json.dumps(data))
    layout = Layout.load(tmp_path / "layout.json")
    assert layout.resolve(layout.regions[0].mask) == tmp_path / "m.png"
    (pixels,) = pixel_masks(layout)  # read from beside the layout file, wherever the process runs
    assert pixels.sum() == 128 * 128


def test_unknown_field_and_bad_json():
    with pytest.raises(LayoutError, match=r"regions\[0\]\.colour: unknown field"):
        data = layout_dict()
        data["regions"][0]["colour"] = "red"
        parse(data)
    with pytest.raises(LayoutError, match=r"not valid JSON: .*\(line 1, column 16\)"):
        Layout.parse('{"prompt": "x",,}')


def test_save_refuses_to_overwrite(tmp_path):
    layout = parse(layout_dict())
    path = layout.save(tmp_path / "l.json")
    with pytest.raises(FileExistsError, match="--overwrite"):
        layout.save(path)
    layout.save(path, overwrite=True)


def test_equality_is_by_content(tmp_path):
    text = json.dumps(layout_dict())
    assert Layout.parse(text, base_dir=tmp_path) == Layout.parse(text, base_dir=".")
    assert Layout.parse(text) != Layout.parse(json.dumps(layout_dict(seed=1)))


def test_python_api_constructs_directly():
    layout = Layout(prompt="x", width=64, height=64, regions=[Region(description="y", box=(0, 0, 32, 64))])
    assert Layout.model_validate_json(layout.model_dump_json()) == layout
    assert "properties" in Layout.model_json_schema()
