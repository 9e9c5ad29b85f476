import json

import pytest

from conftest import EXAMPLES
from regionflux import Layout

DEMOS = sorted(EXAMPLES.glob("*.json"))


def test_all_eight_seed_demos_are_shipped():
    names = {p.stem for p in DEMOS}
    assert len([n for n in names if n.startswith("custom_")]) == 4
    assert len([n for n in names if n.startswith("lora_")]) == 2
    assert len([n for n in names if n.startswith("controlnet_")]) == 2


@pytest.mark.parametrize("path", DEMOS, ids=lambda p: p.stem)
def test_example_validates_and_round_trips(path):
    layout = Layout.load(path)
    assert json.loads(layout.to_json()) == json.loads(path.read_text())
    if layout.control is not None:
        assert layout.resolve(layout.control.image).is_file()


def test_transcribed_values():
    cocktail = Layout.load(EXAMPLES / "custom_cocktail.json")
    assert (cocktail.width, cocktail.height, cocktail.seed) == (1280, 1280, 124)
    assert [r.box for r in cocktail.regions] == [(450, 560, 960, 900), (320, 900, 1280, 1280)]
    assert cocktail.settings.single_inject_blocks_interval == 2 and cocktail.settings.base_ratio == 0.1
    dino = Layout.load(EXAMPLES / "lora_dinosaur_sketch.json")
    assert dino.lora[0].path == "Shakker-Labs/FLUX.1-dev-LoRA-Children-Simple-Sketch" and dino.lora[0].scale == 1.5
    cars = Layout.load(EXAMPLES / "controlnet_cars.json")
    assert cars.control.mode == 2 and cars.control.conditioning_scale == 0.7 and len(cars.regions) == 3
