"""apply_overrides: the one way front ends change a layout before rendering."""

import pytest

from regionflux import ControlSettings, Layout, LayoutError, LoraSettings
from regionflux.errors import UsageError
from regionflux.overrides import ControlOverrides, LayoutOverrides, SettingsOverrides, apply_overrides

LAYOUT = Layout(prompt="a cat", width=128, height=64, seed=3,
                regions=[dict(description="a cat", box=(0, 0, 64, 64))],
                lora=[LoraSettings(path="a/b", scale=0.5)],
                control=ControlSettings(model="cn", image="depth.png", mode=2))


def test_nothing_given_keeps_the_layout():
    assert apply_overrides(LAYOUT, LayoutOverrides()) == LAYOUT


def test_given_fields_replace_and_the_rest_stay():
    before = LAYOUT.model_dump_json()
    new = apply_overrides(LAYOUT, LayoutOverrides(
        settings=SettingsOverrides(base_ratio=0.4, num_inference_steps=8), seed=9,
        lora=[LoraSettings(path="c.safetensors")], control=ControlOverrides(conditioning_scale=0.3)))
    assert new.settings.base_ratio == 0.4 and new.settings.num_inference_steps == 8
    assert new.settings.mask_inject_steps == LAYOUT.settings.mask_inject_steps
    assert new.seed == 9 and [lora.path for lora in new.lora] == ["c.safetensors"]
    assert new.control == LAYOUT.control.model_copy(update={"conditioning_scale": 0.3})
    assert LAYOUT.model_dump_json() == before  # the input is not changed


def test_invalid_result_names_the_field():
    with pytest.raises(LayoutError, match=r"options: settings\.base_ratio"):
        apply_overrides(LAYOUT, LayoutOverrides(settings=SettingsOverrides(base_ratio=1.5)))
    with pytest.raises(LayoutError, match=r"control: guidance_start \(0\.9\) must not exceed guidance_end"):
        apply_overrides(LAYOUT, LayoutOverrides(control=ControlOverrides(guidance_start=0.9, guidance_end=0.5)))


def test_control_needs_a_model_and_an_image():
    no_control = LAYOUT.model_copy(update={"control": None})
    with pytest.raises(UsageError, match="needs both --controlnet MODEL and --control-image PATH"):
        apply_overrides(no_control, LayoutOverrides(control=ControlOverrides(model="cn")))
    both = apply_overrides(no_control, LayoutOverrides(control=ControlOverrides(model="cn", image="/x/d.png")))
    assert both.control.model == "cn" and both.control.image == "/x/d.png" and both.control.conditioning_scale == 0.7
