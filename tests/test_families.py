"""What every model family shares: LoRA through diffusers, batches (image i = seed + i), and remove()."""

import pytest
import torch

from regionflux import Layout
from regionflux.generator.pipeline import RegionalFlux
from regionflux.layout import LoraSettings
from regionflux.testing import tiny_chroma_pipeline, tiny_klein_pipeline

LAYOUT = Layout(
    prompt="a cat and a dog", width=64, height=64, seed=5,
    regions=[dict(description="a red cat", box=(0, 0, 32, 64)), dict(description="a blue dog", box=(32, 0, 64, 64))],
    settings=dict(num_inference_steps=2, mask_inject_steps=2, guidance_scale=1.0),
)
FAMILIES = {"klein": lambda: tiny_klein_pipeline(distilled=True), "chroma": tiny_chroma_pipeline}
TARGETS = {"klein": ["to_q", "to_k", "to_v", "to_qkv_mlp_proj"], "chroma": ["to_q", "to_k", "to_v", "proj_out"]}


@pytest.fixture(params=list(FAMILIES))
def family(request):
    return request.param


def lora_for(family, folder):
    """A random LoRA for the family's tiny transformer, saved the diffusers way."""
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict

    pipe = FAMILIES[family]()
    torch.manual_seed(7)
    pipe.transformer.add_adapter(LoraConfig(r=4, lora_alpha=4, init_lora_weights=False, target_modules=TARGETS[family]))
    type(pipe).save_lora_weights(folder, transformer_lora_layers=get_peft_model_state_dict(pipe.transformer),
                                 weight_name="lora.safetensors")
    return folder / "lora.safetensors"


def test_lora_batches_and_remove(family, tmp_path):
    pipe = FAMILIES[family]()
    regional = RegionalFlux(pipe)
    kwargs = dict(max_sequence_length=16, output_type="pt")
    one, two = regional.generate(LAYOUT, num_images=2, **kwargs)
    assert torch.allclose(one, regional.generate(LAYOUT, **kwargs)[0], atol=1e-5)  # batched matmuls round differently
    assert torch.allclose(two, regional.generate(LAYOUT, seed=6, **kwargs)[0], atol=1e-5)  # batched matmuls round differently
    assert (one - two).abs().max() > 1e-3

    regional.load_loras([LoraSettings(path=str(lora_for(family, tmp_path)), scale=1.0)])
    with_lora = regional.generate(LAYOUT, **kwargs)[0]
    assert (with_lora - one).abs().max() > 1e-3
    pipe.unload_lora_weights()

    regional.remove()
    stock = pipe(prompt=LAYOUT.prompt, height=64, width=64, num_inference_steps=2, guidance_scale=1.0,
                 max_sequence_length=16, generator=torch.Generator().manual_seed(5), output_type="pt").images[0]
    assert (stock - one).abs().max() > 1e-3  # the regional image was not the stock one...
    again = RegionalFlux(pipe)  # ...and after remove() the pipeline can be wrapped again
    assert torch.allclose(again.generate(LAYOUT, **kwargs)[0], one, atol=1e-5)  # batched matmuls round differently


def test_a_forward_that_fails_leaves_no_regional_state_behind(family):
    """An error mid-render (out of memory, Ctrl-C) must not leave the base-stream bookkeeping set: the next
    render, regional or not, works."""
    pipe = FAMILIES[family]()
    regional = RegionalFlux(pipe)

    def fail(module, args):
        raise RuntimeError("out of memory (simulated)")

    handle = pipe.transformer.single_transformer_blocks[0].register_forward_pre_hook(fail)
    with pytest.raises(RuntimeError, match="simulated"):
        regional.generate(LAYOUT, max_sequence_length=16, output_type="latent")
    handle.remove()
    bigger = LAYOUT.model_copy(update={"width": 256, "height": 256,
                                       "settings": LAYOUT.settings.model_copy(update={"mask_inject_steps": 0})})
    assert regional.generate(bigger, max_sequence_length=16, output_type="pt")[0].shape[-1] == 256
    assert regional.generate(LAYOUT, max_sequence_length=16, output_type="pt")[0].shape[-1] == 64


def test_negative_prompts_follow_each_family(tmp_path):
    from regionflux.errors import GenerationError, UsageError
    from regionflux.renderer import RenderOptions
    from regionflux.testing import tiny_pipeline

    with pytest.raises(GenerationError, match="on FLUX.1 a negative prompt only takes effect with true_cfg_scale > 1"):
        RegionalFlux(tiny_pipeline()).generate(LAYOUT, negative_prompt="blurry", max_sequence_length=16)
    # the CLI refuses it before loading when the folder's model_index.json says FLUX.1, and lets Chroma
    # (real CFG) through
    for name, pipeline in (("flux", "FluxPipeline"), ("chroma", "ChromaPipeline")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "model_index.json").write_text(f'{{"_class_name": "{pipeline}"}}')
    with pytest.raises(UsageError, match="--true-cfg > 1 on FLUX.1"):
        RenderOptions(model=str(tmp_path / "flux"), negative_prompt="blurry").check()
    RenderOptions(model=str(tmp_path / "chroma"), negative_prompt="blurry").check()


def test_only_the_supported_pipelines_are_wrapped():
    from diffusers import FluxKontextPipeline
    from regionflux.testing import tiny_components

    with pytest.raises(TypeError, match="RegionalFlux supports FluxPipeline, .* not FluxKontextPipeline"):
        RegionalFlux(FluxKontextPipeline(**tiny_components()))
