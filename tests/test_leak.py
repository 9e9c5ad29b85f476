"""In a masked layer, region j's prompt cannot reach image tokens that are only in region i."""

import pytest
import torch

from regionflux import Layout
from regionflux.generator import attention
from regionflux.generator.kernels import FlexKernel, SdpaKernel
from regionflux.generator.masks import token_masks
from regionflux.testing import tiny_pipeline

TEXT = 4  # tokens per regional prompt
pytestmark = pytest.mark.filterwarnings("ignore:flex_attention called without torch.compile:UserWarning")  # eager on purpose


def transformer_with(weights: str, folder):
    """The tiny transformer with plain, torchao int8 weight-only or GGUF Q8_0 weights (regional attention
    works after the projections, so the guarantee must hold whatever they are)."""
    pipe = tiny_pipeline()
    if weights == "int8wo":
        from torchao.quantization import Int8WeightOnlyConfig, quantize_

        quantize_(pipe.transformer, Int8WeightOnlyConfig())
    elif weights == "gguf":
        from diffusers import FluxTransformer2DModel, GGUFQuantizationConfig

        from regionflux.testing import write_gguf

        pipe.transformer.save_config(folder / "transformer")
        write_gguf(pipe.transformer, folder / "tiny.gguf")
        pipe.transformer = FluxTransformer2DModel.from_single_file(
            str(folder / "tiny.gguf"), config=str(folder), subfolder="transformer",
            quantization_config=GGUFQuantizationConfig(compute_dtype=torch.float32))
    return pipe


@pytest.fixture(scope="module", params=[("sdpa", "plain"), ("flex", "plain"), ("sdpa", "int8wo"), ("sdpa", "gguf")],
                ids=["sdpa", "flex", "sdpa-int8wo", "sdpa-gguf"])
def setup(request, tmp_path_factory):
    kernel_kind, weights = request.param
    pipe = transformer_with(weights, tmp_path_factory.mktemp("leak"))
    installed = attention.install(pipe.transformer)
    lay = Layout(prompt="p", width=128, height=64, background_prompt=None, regions=[
        dict(description="left", box=(0, 0, 64, 64)), dict(description="right", box=(48, 0, 128, 64))])
    tokens = token_masks(lay)
    tr = pipe.transformer
    torch.manual_seed(1)
    dim = tr.inner_dim
    regional = torch.randn(1, 2 * TEXT, 32)
    base = torch.randn(1, 6, 32)
    kernel = (SdpaKernel(tokens.masks, [TEXT, TEXT], 6, "cpu") if kernel_kind == "sdpa"
              else FlexKernel(tokens.masks, [TEXT, TEXT], 6, "cpu"))
    render = attention.RegionalRender(
        regional_embeds=regional, base_embeds=base, kernel=kernel, base_ratio=0.3, mask_inject_steps=1,
    )
    n = tokens.masks.shape[1]
    ids = torch.cat([torch.zeros(2 * TEXT + 6, 3), torch.stack(torch.meshgrid(torch.zeros(1), torch.arange(4.0), torch.arange(8.0), indexing="ij"), -1).reshape(-1, 3)])
    inputs = dict(
        hidden_states=torch.randn(1, n, dim),
        temb=torch.randn(1, dim),
        image_rotary_emb=tr.pos_embed(ids),
        joint_attention_kwargs={"regional": render},
    )
    only_left = tokens.masks[0] & ~tokens.masks[1]
    only_right = tokens.masks[1] & ~tokens.masks[0]
    yield tr, inputs, tr.context_embedder(torch.cat([regional, base], 1)).detach(), only_left, only_right
    attention.uninstall(tr, installed)


@pytest.mark.parametrize("kind", ["double", "single"])
@torch.no_grad()
def test_perturbing_region_j_text_moves_only_region_j(setup, kind):
    tr, inputs, text, only_left, only_right = setup
    block = tr.transformer_blocks[0] if kind == "double" else tr.single_transformer_blocks[0]
    perturbed = text.clone()
    perturbed[:, TEXT : 2 * TEXT] += torch.randn_like(perturbed[:, TEXT : 2 * TEXT])  # region 1 ("right")
    _, image = block(encoder_hidden_states=text, **inputs)
    _, image_p = block(encoder_hidden_states=perturbed, **inputs)
    moved = (image - image_p).abs().amax(-1)[0]
    assert moved[only_left].max().item() <= 1e-6
    assert moved[only_right].min().item() > 1e-4


@torch.no_grad()
def test_unmasked_layer_lets_it_through(setup):
    tr, inputs, text, only_left, _ = setup
    from regionflux.generator.attention import set_masked_blocks

    set_masked_blocks(tr, double_interval=2, single_interval=1)
    try:
        block = tr.transformer_blocks[1]  # index 1 is not a multiple of 2: unmasked
        perturbed = text.clone()
        perturbed[:, TEXT : 2 * TEXT] += torch.randn_like(perturbed[:, TEXT : 2 * TEXT])  # (a constant would vanish in LayerNorm)
        _, image = block(encoder_hidden_states=text, **inputs)
        _, image_p = block(encoder_hidden_states=perturbed, **inputs)
        assert (image - image_p).abs().amax(-1)[0][only_left].max().item() > 1e-4
    finally:
        set_masked_blocks(tr, double_interval=1, single_interval=1)
