"""The render core the CLI and the web page share: loads once, renders one at a time, cancels between steps."""

import pytest

from regionflux import Layout
from regionflux.errors import UsageError
from regionflux.renderer import RenderCancelled, Renderer, RenderOptions
from regionflux.testing import tiny_pipeline

LAYOUT = Layout(prompt="a cat and a dog", width=64, height=64, seed=1,
                regions=[dict(description="a cat", box=(0, 0, 32, 64)), dict(description="a dog", box=(32, 0, 64, 64))],
                settings=dict(num_inference_steps=3, mask_inject_steps=2))


@pytest.fixture(scope="module")
def renderer(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny-flux")
    tiny_pipeline().save_pretrained(folder)
    return Renderer(RenderOptions(model=str(folder), device="cpu", max_sequence_length=16))


def test_cancel_stops_between_steps_and_the_next_render_runs(renderer):
    steps = []

    def cancel_after_first(step, total):
        steps.append((step, total))
        renderer.cancel()

    with pytest.raises(RenderCancelled, match="cancelled after step 1 of 3"):
        renderer.render(LAYOUT, on_step=cancel_after_first)
    assert steps == [(1, 3)]
    loaded = renderer._loaded
    steps.clear()
    image = renderer.render(LAYOUT, on_step=lambda step, total: steps.append(step))[0]
    assert steps == [1, 2, 3] and image.size == (64, 64)
    assert renderer._loaded is loaded  # the model loaded once and stayed


def test_a_layout_without_a_seed_is_refused_before_loading():
    renderer = Renderer(RenderOptions(model="/nonexistent", device="cpu"))
    with pytest.raises(UsageError, match="no seed"):
        renderer.render(LAYOUT.model_copy(update={"seed": None}))
    assert not renderer.loaded


# -- a shared server: a failing layout never costs the next render its model ---------------------------------
@pytest.fixture(scope="module")
def parts(tmp_path_factory):
    """A good LoRA, a broken one and a Union ControlNet for the tiny model, saved as users give them."""
    import torch
    from diffusers import FluxControlNetModel, FluxPipeline
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict
    from PIL import Image

    folder = tmp_path_factory.mktemp("parts")
    pipe = tiny_pipeline()
    torch.manual_seed(3)
    pipe.transformer.add_adapter(LoraConfig(r=4, lora_alpha=4, init_lora_weights=False, target_modules=["to_q", "to_v"]))
    FluxPipeline.save_lora_weights(folder, transformer_lora_layers=get_peft_model_state_dict(pipe.transformer),
                                   weight_name="good.safetensors")
    (folder / "broken.safetensors").write_bytes(b"not a LoRA")
    torch.manual_seed(11)
    from regionflux.generator.pipeline import library_notices_dropped

    with library_notices_dropped():
        controlnet = FluxControlNetModel(patch_size=1, in_channels=16, num_layers=1, num_single_layers=1,
                                         attention_head_dim=16, num_attention_heads=2, joint_attention_dim=32,
                                         pooled_projection_dim=32, guidance_embeds=True, axes_dims_rope=(4, 6, 6),
                                         num_mode=4)
    with torch.no_grad():
        for param in controlnet.parameters():
            if not param.any():
                param.normal_(0, 0.3)
    controlnet.save_pretrained(folder / "controlnet")
    Image.new("RGB", (64, 64), (200, 30, 90)).save(folder / "control.png")
    return folder


def pixels(renderer, layout):
    return renderer.render(layout)[0].tobytes()


def test_failed_loras_and_controlnets_leave_the_loaded_model_and_switches_undo_cleanly(renderer, parts, monkeypatch):
    from regionflux.errors import GenerationError

    loads = []
    load = Renderer._load
    monkeypatch.setattr(Renderer, "_load", lambda self, layout: loads.append(1) or load(self, layout))
    renderer.close()
    plain = pixels(renderer, LAYOUT)
    base = renderer._loaded.base.pipe
    with pytest.raises(GenerationError, match="cannot load LoRA"):
        renderer.render(Layout.model_validate({**LAYOUT.model_dump(), "lora": [dict(path=str(parts / "broken.safetensors"))]}))
    with pytest.raises(GenerationError, match="cannot load"):
        renderer.render(Layout.model_validate({**LAYOUT.model_dump(), "control": dict(model=str(parts), image=str(parts / "control.png"))}))  # a folder, not a ControlNet
    assert pixels(renderer, LAYOUT) == plain and renderer._loaded.base.pipe is base

    with_lora = pixels(renderer, Layout.model_validate({**LAYOUT.model_dump(), "lora": [dict(path=str(parts / "good.safetensors"))]}))
    control = Layout.model_validate({**LAYOUT.model_dump(), "control": dict(model=str(parts / "controlnet"), image=str(parts / "control.png"), mode=1)})
    with_control = pixels(renderer, control)
    assert with_lora != plain and with_control != plain
    assert pixels(renderer, LAYOUT) == plain  # the LoRA unloaded and the ControlNet dropped: the same image again
    assert pixels(renderer, control) == with_control
    assert len(loads) == 1 and renderer._loaded.base.pipe is base  # FLUX itself loaded once


def test_a_render_past_the_operators_time_limit_stops_and_says_so(tmp_path):
    folder = tmp_path / "tiny"
    tiny_pipeline().save_pretrained(folder)
    limited = Renderer(RenderOptions(model=str(folder), device="cpu", max_sequence_length=16, max_seconds=1e-6))
    with pytest.raises(RenderCancelled, match=r"stopped after step 1 of 3: a render may take at most 1e-06 s"):
        limited.render(LAYOUT)
