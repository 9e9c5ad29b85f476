"""LoRA (through diffusers/peft) and Union ControlNet together with regional attention, on tiny models."""

import json

import pytest
import torch
from PIL import Image

from regionflux import ControlSettings, Layout, LayoutError, LoraSettings, RegionalFlux, RegionalSettings
from regionflux.cli import main
from regionflux.testing import tiny_components, tiny_pipeline

MSL = 16


def make_layout(**kwargs):
    return Layout(prompt="a cat and a dog on the grass", width=128, height=64, seed=2,
                  regions=[dict(description="a red cat", box=(0, 0, 64, 64)), dict(description="a blue dog", box=(64, 0, 128, 64))],
                  settings=RegionalSettings(num_inference_steps=2, mask_inject_steps=2), **kwargs)


def render(regional, layout, **kwargs):
    return regional.generate(layout, max_sequence_length=MSL, output_type="latent", **kwargs)


@pytest.fixture(scope="module")
def lora_file(tmp_path_factory):
    """A tiny LoRA for the tiny transformer, saved the way diffusers' training scripts save one."""
    from diffusers import FluxPipeline
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict

    pipe = tiny_pipeline()
    torch.manual_seed(7)
    pipe.transformer.add_adapter(LoraConfig(r=4, lora_alpha=4, init_lora_weights=False,
                                            target_modules=["to_q", "to_k", "to_v", "to_out.0", "proj_out"]))
    folder = tmp_path_factory.mktemp("lora")
    FluxPipeline.save_lora_weights(folder, transformer_lora_layers=get_peft_model_state_dict(pipe.transformer),
                                   weight_name="tiny_lora.safetensors")
    return folder / "tiny_lora.safetensors"


def test_lora_scale_changes_output_and_zero_equals_none(lora_file):
    regional = RegionalFlux(tiny_pipeline())
    layout = make_layout()
    without = render(regional, layout)
    names = regional.load_loras([LoraSettings(path=str(lora_file), scale=1.0)])
    one = render(regional, layout)
    regional.pipe.set_adapters(names, adapter_weights=[1.5])
    one_and_half = render(regional, layout)
    regional.pipe.set_adapters(names, adapter_weights=[0.0])
    zero = render(regional, layout)
    assert (one - without).abs().max() > 1e-3 and (one_and_half - one).abs().max() > 1e-3
    assert (zero - without).abs().max() <= 1e-6
    regional.pipe.set_adapters(names, adapter_weights=[1.0])
    # the regional method is still active with the LoRA: it differs from plain FLUX with the same LoRA
    plain = render(regional, make_layout().model_copy(update={"settings": RegionalSettings(num_inference_steps=2, mask_inject_steps=0)}))
    assert (one - plain).abs().max() > 1e-3
    regional.pipe.unload_lora_weights()
    assert (render(regional, layout) - without).abs().max() <= 1e-6


def test_lora_loaded_before_wrapping_works_the_same(lora_file):
    after = RegionalFlux(tiny_pipeline())
    after.load_loras([LoraSettings(path=str(lora_file), scale=1.5)])
    pipe = tiny_pipeline()
    pipe.load_lora_weights(str(lora_file), adapter_name="mine")
    pipe.set_adapters(["mine"], adapter_weights=[1.5])
    before = RegionalFlux(pipe)
    assert (render(before, make_layout()) - render(after, make_layout())).abs().max() <= 1e-6


def test_bad_lora_is_a_clear_error(tmp_path):
    from regionflux.generator import GenerationError

    (tmp_path / "bad.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(GenerationError, match="cannot load LoRA .*bad.safetensors"):
        RegionalFlux(tiny_pipeline()).load_loras([LoraSettings(path=str(tmp_path / "bad.safetensors"))])


def tiny_controlnet_pipeline():
    from diffusers import FluxControlNetModel, FluxControlNetPipeline

    components = tiny_components()
    torch.manual_seed(11)
    from regionflux.generator.pipeline import library_notices_dropped

    with library_notices_dropped():
        controlnet = FluxControlNetModel(
            patch_size=1, in_channels=16, num_layers=1, num_single_layers=1, attention_head_dim=16,
            num_attention_heads=2, joint_attention_dim=32, pooled_projection_dim=32, guidance_embeds=True,
            axes_dims_rope=(4, 6, 6), num_mode=10,
        ).eval()
    with torch.no_grad():  # ControlNet output layers start at zero; give them weights so control shows
        for param in controlnet.parameters():
            if not param.any():
                param.normal_(0, 0.3)
    return FluxControlNetPipeline(**components, controlnet=controlnet)


@pytest.fixture
def control_image(tmp_path):
    image = Image.new("RGB", (128, 64))
    image.putdata([(x * 2, y * 4, 128) for y in range(64) for x in range(128)])
    image.save(tmp_path / "depth.png")
    return tmp_path / "depth.png"


def control_layout(image, **control):
    settings = dict(model="tiny", image=str(image), mode=2, conditioning_scale=0.7)
    settings.update(control)
    return make_layout(control=ControlSettings(**settings))


def test_regional_with_controlnet(control_image):
    regional = RegionalFlux(tiny_controlnet_pipeline())
    latents = torch.randn(1, 32, 16, generator=torch.Generator().manual_seed(0))
    with_cn = render(regional, control_layout(control_image), latents=latents)
    assert torch.isfinite(with_cn).all()
    assert (with_cn - render(regional, control_layout(control_image, mode=5), latents=latents)).abs().max() > 1e-4
    # conditioning scale 0 equals regional rendering without any ControlNet
    zero = render(regional, control_layout(control_image, conditioning_scale=0.0), latents=latents)
    plain = RegionalFlux(tiny_pipeline())
    assert (zero - render(plain, make_layout(), latents=latents)).abs().max() <= 1e-5
    assert (with_cn - zero).abs().max() > 1e-4


def test_controlnet_errors(control_image, tmp_path):
    regional = RegionalFlux(tiny_controlnet_pipeline())
    with pytest.raises(LayoutError, match=r"control.mode: 12 is out of range; this ControlNet has modes 0-9"):
        render(regional, control_layout(control_image, mode=12))
    with pytest.raises(LayoutError, match="Union ControlNet with 10 control modes"):
        render(regional, control_layout(control_image, mode=None))
    (tmp_path / "broken.png").write_text("nope")
    with pytest.raises(LayoutError, match="control.image: cannot read"):
        render(regional, control_layout(tmp_path / "broken.png"))
    Image.new("RGB", (64, 64)).save(tmp_path / "square.png")
    with pytest.warns(UserWarning, match="is 64x64 but the canvas is 128x64; it is stretched"):
        render(regional, control_layout(tmp_path / "square.png"))


def test_cli_lora_flags(tmp_path, lora_file):
    folder = tmp_path / "model"
    tiny_pipeline().save_pretrained(folder)
    layout = make_layout().model_dump(mode="json")
    (tmp_path / "l.json").write_text(json.dumps(layout))
    common = ["generate", "--layout", str(tmp_path / "l.json"), "--model", str(folder), "--device", "cpu",
              "--max-sequence-length", str(MSL)]
    assert main([*common, "-o", str(tmp_path / "plain.png")]) == 0
    assert main([*common, "-o", str(tmp_path / "lora.png"), "--lora", str(lora_file), "--lora-scale", "1.5"]) == 0
    saved = Layout.load(tmp_path / "lora.layout.json")
    assert saved.lora == [LoraSettings(path=str(lora_file), scale=1.5)]
    assert Image.open(tmp_path / "plain.png").tobytes() != Image.open(tmp_path / "lora.png").tobytes()
