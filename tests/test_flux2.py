"""Regional attention on FLUX.2 [klein] and [dev], on tiny random-weight pipelines built in code.

The same invariants as on FLUX.1: stock when nothing is regional, the restated method computed by a
plain reference equals the generator, region j's text cannot reach region i's image tokens in a
masked block, and the CLI renders a saved model folder through the real loading path.
"""

import json

import pytest
import torch

from reference import (
    first_regional_forward,
    flux2_regional_transformer,
    spec_attention_mask,
    spec_token_masks,
    two_region_blocks,
)
from regionflux import Layout
from regionflux.cli import main
from regionflux.errors import GenerationError
from regionflux.generator.pipeline import RegionalFlux
from regionflux.outputs import PNG_KEY
from regionflux.testing import tiny_flux2_pipeline, tiny_klein_pipeline

#: model -> (tiny pipeline, text tokens per prompt: FLUX.2 [dev]'s system message takes about 50, a prompt 70)
MODELS = {"klein": (lambda: tiny_klein_pipeline(distilled=True), 24), "dev": (tiny_flux2_pipeline, 96)}
LAYOUT = Layout(
    prompt="a cat and a dog on the grass", width=64, height=64, seed=3,
    regions=[dict(description="a red cat", box=(0, 0, 32, 64)), dict(description="a blue dog", box=(16, 0, 64, 48))],
    settings=dict(num_inference_steps=2, mask_inject_steps=2, guidance_scale=3.0),
)


@pytest.fixture(scope="module", params=list(MODELS))
def model(request):
    """(pipeline, max_sequence_length); the Klein model is distilled (one pass per step); the guidance
    test below runs a base one."""
    build, msl = MODELS[request.param]
    return build(), msl


def stock(pipe, layout, msl, **kwargs):
    return pipe(prompt=layout.prompt, height=layout.height, width=layout.width,
                num_inference_steps=layout.settings.num_inference_steps, guidance_scale=layout.settings.guidance_scale,
                max_sequence_length=msl, generator=torch.Generator().manual_seed(layout.seed), output_type="pt",
                **kwargs).images


@pytest.mark.parametrize("attention", ["sdpa", "flex"])
def test_nothing_regional_is_stock_and_regional_is_not(model, attention):
    pipe, MSL = model
    expected = stock(pipe, LAYOUT, MSL)
    regional = RegionalFlux(pipe, attention=attention)
    try:
        off = regional.generate(LAYOUT, settings=LAYOUT.settings.model_copy(update={"mask_inject_steps": 0}),
                                max_sequence_length=MSL, output_type="pt")
        base_only = regional.generate(LAYOUT, settings=LAYOUT.settings.model_copy(update={"base_ratio": 1.0}),
                                      max_sequence_length=MSL, output_type="pt")
        on = regional.generate(LAYOUT, max_sequence_length=MSL, output_type="pt")
    finally:
        regional.remove()
    assert torch.equal(off, expected)
    assert (base_only - expected).abs().max().item() < 1e-5  # flex sums in another order than SDPA
    assert (on - expected).abs().max().item() > 1e-3
    assert torch.equal(stock(pipe, LAYOUT, MSL), expected)  # remove() gave the stock pipeline back


@pytest.mark.parametrize("attention, length", [("sdpa", "padded"), ("flex", "padded"), ("sdpa", "real")])
@torch.no_grad()
def test_generator_equals_the_plain_reference(model, attention, length):
    pipe, MSL = model
    settings = LAYOUT.settings.model_copy(update=dict(base_ratio=0.3, double_inject_blocks_interval=2,
                                                      single_inject_blocks_interval=2))
    kwargs, output = first_regional_forward(pipe, LAYOUT, settings, attention=attention, length=length,
                                            max_sequence_length=MSL)
    render = kwargs["joint_attention_kwargs"]["regional"]
    prompts, masks = spec_token_masks(LAYOUT)
    lengths = render.region_lengths
    if length == "real":
        assert all(n < MSL for n in lengths) and len(set(lengths)) > 1  # each prompt's own count
    else:
        assert lengths == [MSL] * len(prompts)
    per_region = [pipe.encode_prompt(prompt=[p], max_sequence_length=MSL)[0][:, :n] for p, n in zip(prompts, lengths)]
    base = pipe.encode_prompt(prompt=[LAYOUT.prompt], max_sequence_length=MSL)[0]
    img_ids = kwargs["img_ids"][0] if kwargs["img_ids"].ndim == 3 else kwargs["img_ids"]
    expected = flux2_regional_transformer(
        pipe.transformer, kwargs["hidden_states"], kwargs["timestep"], base, torch.cat(per_region, 1), lengths,
        img_ids, spec_attention_mask(masks, lengths), settings, guidance=kwargs.get("guidance"))
    assert (output - expected).abs().max().item() < 1e-5


@pytest.fixture(scope="module", params=["sdpa", "flex"])
def blocks(request):
    pipe = tiny_klein_pipeline(seed=1)
    regional = RegionalFlux(pipe, attention=request.param)
    setup = two_region_blocks(regional, 48, id_dims=4)
    yield {**setup, "mod": torch.randn(1, 6 * setup["tr"].inner_dim)}
    regional.remove()


@pytest.mark.parametrize("kind", ["double", "single"])
@torch.no_grad()
def test_region_j_text_reaches_only_region_j_in_a_masked_block(blocks, kind):
    b = blocks
    perturbed = b["words"].clone()
    perturbed[:, b["text"]: 2 * b["text"]] += torch.randn(1, b["text"], b["words"].shape[-1])  # region 1 ("right")

    def image_out(words):
        kwargs = dict(image_rotary_emb=b["rotary"], joint_attention_kwargs={"regional": b["render"]})
        if kind == "double":
            _, image = b["tr"].transformer_blocks[0](hidden_states=b["image"], encoder_hidden_states=words,
                                                     temb_mod_img=b["mod"], temb_mod_txt=b["mod"], **kwargs)
            return image
        out = b["tr"].single_transformer_blocks[0](hidden_states=torch.cat([words, b["image"]], 1),
                                                   encoder_hidden_states=None, temb_mod=b["mod"][:, :3 * b["tr"].inner_dim],
                                                   **kwargs)
        return out[:, -b["image"].shape[1]:]  # [T; X_base; X_regional]: the regional stream's image

    moved = (image_out(b["words"]) - image_out(perturbed)).abs().amax(-1)[0]
    assert moved[b["only_left"]].max().item() <= 1e-6
    assert moved[b["only_right"]].min().item() > 1e-4


def test_klein_base_runs_both_guidance_passes_and_takes_a_negative_prompt():
    MSL = MODELS["klein"][1]
    wrapped = RegionalFlux(tiny_klein_pipeline(distilled=False))
    passes = []
    wrapped.pipe.transformer.register_forward_pre_hook(lambda module, args: passes.append(1))
    plain = wrapped.generate(LAYOUT, max_sequence_length=MSL, output_type="pt")
    assert len(passes) == 2 * LAYOUT.settings.num_inference_steps  # positive (regional) and negative
    negative = wrapped.generate(LAYOUT, max_sequence_length=MSL, output_type="pt", negative_prompt="blurry")
    assert (plain - negative).abs().max().item() > 1e-4
    with pytest.raises(GenerationError, match="true_cfg_scale is FLUX.1's"):
        wrapped.generate(LAYOUT, max_sequence_length=MSL, true_cfg_scale=4.0)
    with pytest.raises(GenerationError, match="a negative prompt needs classifier-free guidance"):
        RegionalFlux(tiny_klein_pipeline(distilled=True)).generate(LAYOUT, negative_prompt="blurry")


def test_reference_images_and_kv_processors_are_refused(model):
    from diffusers.models.transformers.transformer_flux2 import Flux2KVAttnProcessor
    from PIL import Image

    pipe, msl = model
    regional = RegionalFlux(pipe)
    try:
        with pytest.raises(GenerationError, match="does not support FLUX.2 reference images"):
            regional.generate(LAYOUT, max_sequence_length=msl, image=Image.new("RGB", (64, 64)))
    finally:
        regional.remove()
    kv = tiny_klein_pipeline(distilled=True)
    kv.transformer.transformer_blocks[0].attn.set_processor(Flux2KVAttnProcessor())
    with pytest.raises(TypeError, match="cannot replace Flux2KVAttnProcessor"):
        RegionalFlux(kv)
    assert not any(type(p).__name__.startswith("Regional") for p in kv.transformer.attn_processors.values())


def test_an_unsupported_pipeline_class_is_named(tmp_path):
    (tmp_path / "model_index.json").write_text(json.dumps({"_class_name": "StableDiffusionPipeline"}))
    with pytest.raises(GenerationError, match=r"is a StableDiffusionPipeline; regionflux renders FluxPipeline, FluxFillPipeline, "
                                              r"Flux2Pipeline, Flux2KleinPipeline"):
        RegionalFlux.from_pretrained(str(tmp_path), device="cpu")


@pytest.mark.filterwarnings("ignore:.*tokens; only the first:UserWarning")  # tiny encoders: truncation expected
@pytest.mark.parametrize("name", list(MODELS))
def test_cli_renders_a_saved_model_folder(tmp_path, capsys, name):
    build, msl = MODELS[name]
    build().save_pretrained(tmp_path / name)
    out = tmp_path / "cocktail.png"
    code = main(["generate", "--model", str(tmp_path / name), "--layout", "examples/custom_cocktail.json",
                 "-o", str(out), "--device", "cpu", "--steps", "1", "--max-sequence-length", str(msl), "--seed", "4"])
    assert code == 0, capsys.readouterr().err
    from PIL import Image

    with Image.open(out) as image:
        assert image.size == (1280, 1280)
        assert json.loads(image.info[PNG_KEY])["seed"] == 4
    assert (tmp_path / "cocktail.layout.json").exists() and (tmp_path / "cocktail.preview.png").exists()
