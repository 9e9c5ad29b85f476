"""Regional attention on Chroma (FLUX.1-schnell's architecture, T5 with an attention mask, no CLIP).

Chroma's text padding: the regional stream blocks padding keys in every block; the base stream gets
the base prompt's mask exactly as stock diffusers applies it, so ``base_ratio=1`` is the stock image.
"""

import json

import pytest
import torch

from reference import (
    first_regional_forward,
    regional_transformer,
    spec_attention_mask,
    spec_token_masks,
    two_region_blocks,
)
from regionflux import Layout
from regionflux.cli import main
from regionflux.generator.pipeline import RegionalFlux
from regionflux.outputs import PNG_KEY
from regionflux.testing import tiny_chroma_pipeline

MSL = 16
LAYOUT = Layout(
    prompt="a cat and a dog on the grass", width=64, height=64, seed=3,
    regions=[dict(description="a red cat", box=(0, 0, 32, 64)), dict(description="a blue dog", box=(16, 0, 64, 48))],
    settings=dict(num_inference_steps=2, mask_inject_steps=2, guidance_scale=1.0),  # one pass per step
)


@pytest.fixture(scope="module")
def pipe():
    return tiny_chroma_pipeline()


def render(pipe, attention="sdpa", layout=LAYOUT, **kwargs):
    regional = RegionalFlux(pipe, attention=attention)
    try:
        return regional.generate(layout, max_sequence_length=MSL, output_type="pt", **kwargs)
    finally:
        regional.remove()


@pytest.mark.filterwarnings("ignore:flex_attention called without torch.compile:UserWarning")  # eager on purpose
@pytest.mark.parametrize("attention", ["sdpa", "flex"])
def test_nothing_regional_is_stock_and_padding_never_counts(pipe, attention):
    expected = pipe(prompt=LAYOUT.prompt, height=64, width=64, num_inference_steps=2, guidance_scale=1.0,
                    max_sequence_length=MSL, generator=torch.Generator().manual_seed(3), output_type="pt").images
    off = render(pipe, attention, settings=LAYOUT.settings.model_copy(update={"mask_inject_steps": 0}))
    base_only = render(pipe, attention, settings=LAYOUT.settings.model_copy(update={"base_ratio": 1.0}))
    padded, real = render(pipe, attention), render(pipe, attention, regional_prompt_length="real")
    assert torch.equal(off, expected)
    assert (base_only - expected).abs().max().item() < 1e-5
    assert (padded - expected).abs().max().item() > 1e-3
    # padding is no key in the regional stream, so dropping it ("real") changes nothing
    assert (padded - real).abs().max().item() < 1e-5


@pytest.mark.parametrize("attention, length", [("sdpa", "padded"), ("flex", "padded"), ("sdpa", "real")])
@torch.no_grad()
def test_generator_equals_the_plain_reference(pipe, attention, length):
    settings = LAYOUT.settings.model_copy(update=dict(base_ratio=0.3, double_inject_blocks_interval=2,
                                                      single_inject_blocks_interval=2))
    kwargs, output = first_regional_forward(pipe, LAYOUT, settings, attention=attention, length=length,
                                            max_sequence_length=MSL)
    lengths = kwargs["joint_attention_kwargs"]["regional"].region_lengths
    prompts, masks = spec_token_masks(LAYOUT)
    encoded = [pipe.encode_prompt(prompt=[p], do_classifier_free_guidance=False, max_sequence_length=MSL) for p in prompts]
    base, _, base_mask, *_ = pipe.encode_prompt(prompt=[LAYOUT.prompt], do_classifier_free_guidance=False,
                                                max_sequence_length=MSL)
    regional_text = torch.cat([e[0][:, :n] for e, n in zip(encoded, lengths)], 1)
    region_keys = torch.cat([e[2][0, :n] for e, n in zip(encoded, lengths)]).bool()
    assert region_keys.all() == (length == "real")  # padded prompts: padding is in play
    expected = regional_transformer(
        pipe.transformer, kwargs["hidden_states"], kwargs["timestep"], None, None, base, regional_text,
        kwargs["img_ids"], spec_attention_mask(masks, lengths), settings, region_keys=region_keys,
        base_tokens=base_mask[0])
    assert (output - expected).abs().max().item() < 1e-5


@pytest.fixture(scope="module", params=["sdpa", "flex"])
def blocks(request):
    pipe = tiny_chroma_pipeline(seed=1)
    regional = RegionalFlux(pipe, attention=request.param)
    valid = torch.tensor([True, True, True, False] * 2)  # one padding token per region
    setup = two_region_blocks(regional, 32, id_dims=3, key_valid=valid, base_mask=torch.ones(6))
    yield {**setup, "temb": torch.randn(1, 12, setup["tr"].inner_dim)}
    regional.remove()


@pytest.mark.parametrize("kind", ["double", "single"])
@torch.no_grad()
def test_region_j_text_reaches_only_region_j_and_padding_reaches_nothing(blocks, kind):
    b = blocks

    def image_out(words):
        kwargs = dict(image_rotary_emb=b["rotary"], joint_attention_kwargs={"regional": b["render"]})
        if kind == "double":
            return b["tr"].transformer_blocks[0](hidden_states=b["image"], encoder_hidden_states=words,
                                                 temb=b["temb"], **kwargs)[1]
        out = b["tr"].single_transformer_blocks[0](hidden_states=torch.cat([words, b["image"]], 1),
                                                   temb=b["temb"][:, :3], **kwargs)
        return out[:, -b["image"].shape[1]:]  # [T; X_base; X_regional]: the regional stream's image

    text, width = b["text"], b["words"].shape[-1]
    right = b["words"].clone()
    right[:, text: 2 * text - 1] += torch.randn(1, text - 1, width)  # region 1's real tokens
    moved = (image_out(b["words"]) - image_out(right)).abs().amax(-1)[0]
    assert moved[b["only_left"]].max().item() <= 1e-6
    assert moved[b["only_right"]].min().item() > 1e-4
    padding = b["words"].clone()
    padding[:, text - 1] += 5 * torch.randn(width)  # region 0's padding token
    padding[:, 2 * text - 1] += 5 * torch.randn(width)  # region 1's
    if kind == "double":  # (in single blocks padding text rows still feed their own MLP; no image row reads them)
        assert (image_out(b["words"]) - image_out(padding)).abs().max().item() <= 1e-6


def test_guidance_runs_a_negative_pass_and_takes_a_negative_prompt(pipe):
    layout = LAYOUT.model_copy(update={"settings": LAYOUT.settings.model_copy(update={"guidance_scale": 3.0})})
    passes = []
    handle = pipe.transformer.register_forward_pre_hook(lambda module, args: passes.append(1))
    try:
        plain = render(pipe, layout=layout)
        negative = render(pipe, layout=layout, negative_prompt="blurry")
    finally:
        handle.remove()
    assert len(passes) == 2 * 2 * layout.settings.num_inference_steps  # two renders, two passes per step
    assert (plain - negative).abs().max().item() > 1e-4


@pytest.mark.filterwarnings("ignore:.*tokens; only the first:UserWarning")  # tiny encoders: truncation expected
def test_cli_renders_a_saved_chroma_folder(tmp_path, capsys):
    tiny_chroma_pipeline().save_pretrained(tmp_path / "chroma")
    out = tmp_path / "cocktail.png"
    code = main(["generate", "--model", str(tmp_path / "chroma"), "--layout", "examples/custom_cocktail.json",
                 "-o", str(out), "--device", "cpu", "--steps", "1", "--max-sequence-length", str(MSL), "--seed", "4"])
    assert code == 0, capsys.readouterr().err
    from PIL import Image

    with Image.open(out) as image:
        assert image.size == (1280, 1280) and json.loads(image.info[PNG_KEY])["seed"] == 4
