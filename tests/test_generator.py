"""The generator against the plain reference, the stock pipeline, and the method's invariants."""

import pytest
import torch

from reference import reference_latents
from regionflux import Layout, LayoutError, RegionalFlux, RegionalSettings
from regionflux.testing import tiny_pipeline

MSL = 16  # T5 tokens per prompt in the tiny tests


def make_layout(regions, width=128, height=128, **settings):
    base = dict(mask_inject_steps=2, num_inference_steps=3, base_ratio=0.2)
    base.update(settings)
    return Layout(prompt="a cat and a dog on the grass", width=width, height=height, regions=regions,
                  settings=RegionalSettings(**base), seed=3)


TWO_SIDE_BY_SIDE = [dict(description="a red cat", box=(0, 0, 64, 128)), dict(description="a blue dog", box=(64, 0, 128, 128))]
ONE_PLUS_BACKGROUND = [dict(description="a green tree", box=(24, 8, 88, 72))]
THREE_OVERLAPPING = [
    dict(description="a red car", box=(0, 0, 80, 64)),
    dict(description="a blue sky", box=(48, 0, 128, 96)),
    dict(description="yellow sand", box=(0, 56, 128, 128)),
]


@pytest.fixture(scope="module", params=["sdpa", "flex"])
def each_kernel(request):
    """The reference-equality tests run with both attention kernels (flex eagerly on the CPU)."""
    return RegionalFlux(tiny_pipeline(), attention=request.param)


@pytest.fixture(scope="module")
def regional():
    """Every other test runs on the default kernel; the kernels agree by the tests above."""
    return RegionalFlux(tiny_pipeline())


@pytest.fixture(scope="module")
def stock():
    return tiny_pipeline()  # same seed -> same weights, diffusers' own processors


def render(regional, layout, **kwargs):
    return regional.generate(layout, max_sequence_length=MSL, output_type="latent", **kwargs)


@pytest.mark.parametrize(
    "regions, size, settings",
    [
        (TWO_SIDE_BY_SIDE, (128, 128), {}),
        (ONE_PLUS_BACKGROUND, (128, 128), {}),
        (THREE_OVERLAPPING, (128, 128), {}),
        (TWO_SIDE_BY_SIDE, (128, 128), dict(double_inject_blocks_interval=2, single_inject_blocks_interval=2)),
        ([dict(description="a red cat", box=(8, 8, 72, 40))], (128, 64), dict(base_ratio=0.5)),
    ],
    ids=["two-boxes", "box+background", "three-overlap", "interval-2", "non-square"],
)
def test_matches_plain_reference(each_kernel, stock, regions, size, settings):
    layout = make_layout(regions, width=size[0], height=size[1], **settings)
    ours = render(each_kernel, layout)
    ref = reference_latents(stock, layout, max_sequence_length=MSL, seed=3)
    assert ours.shape == ref.shape
    assert (ours - ref).abs().max().item() <= 1e-5


@pytest.mark.parametrize("regions", [TWO_SIDE_BY_SIDE, ONE_PLUS_BACKGROUND], ids=["two-boxes", "box+background"])
def test_real_prompt_length_matches_reference(each_kernel, stock, regions):
    layout = make_layout(regions)
    ours = render(each_kernel, layout, regional_prompt_length="real")
    ref = reference_latents(stock, layout, max_sequence_length=MSL, seed=3, real_length=True)
    assert (ours - ref).abs().max().item() <= 1e-5
    assert (ours - render(each_kernel, layout)).abs().max().item() > 1e-4  # fewer text tokens: a different image


def test_mask_image_region_matches_reference(each_kernel, stock, tmp_path):
    from PIL import Image, ImageDraw

    mask = Image.new("L", (128, 128), 0)
    ImageDraw.Draw(mask).ellipse((10, 20, 90, 110), fill=255)
    mask.save(tmp_path / "m.png")
    layout = make_layout([dict(description="a red cat", mask=str(tmp_path / "m.png")),
                          dict(description="a blue dog", box=(80, 0, 128, 64))])
    ours = render(each_kernel, layout)
    ref = reference_latents(stock, layout, max_sequence_length=MSL, seed=3)
    assert (ours - ref).abs().max().item() <= 1e-5


def _stock_latents(stock, layout, prompt=None, **kwargs):
    return stock(prompt or layout.prompt, height=layout.height, width=layout.width,
                 num_inference_steps=layout.settings.num_inference_steps, guidance_scale=layout.settings.guidance_scale,
                 max_sequence_length=MSL, generator=torch.Generator("cpu").manual_seed(layout.seed),
                 output_type="latent", **kwargs).images


def test_base_ratio_one_is_the_stock_pipeline(regional, stock):
    layout = make_layout(TWO_SIDE_BY_SIDE, base_ratio=1.0)
    assert (render(regional, layout) - _stock_latents(stock, layout)).abs().max().item() <= 1e-5


def test_no_inject_steps_is_exactly_stock(regional, stock):
    layout = make_layout(THREE_OVERLAPPING, mask_inject_steps=0)
    assert torch.equal(render(regional, layout), _stock_latents(stock, layout))


def test_same_seed_same_image_and_regional_differs(regional, stock):
    layout = make_layout(TWO_SIDE_BY_SIDE)
    first, again = render(regional, layout), render(regional, layout)
    assert torch.equal(first, again)
    assert (first - _stock_latents(stock, layout)).abs().max().item() > 1e-3
    assert not torch.equal(first, render(regional, layout, seed=4))


def test_wrapped_pipeline_without_render_is_stock(regional, stock):
    layout = make_layout(TWO_SIDE_BY_SIDE)
    assert torch.equal(_stock_latents(regional.pipe, layout), _stock_latents(stock, layout))


def test_batch_and_true_cfg(regional, stock):
    layout = make_layout(TWO_SIDE_BY_SIDE)
    batch = render(regional, layout, num_images=2)
    assert batch.shape[0] == 2 and not torch.equal(batch[0], batch[1])
    cfg = render(regional, layout, negative_prompt="a blurry photo", true_cfg_scale=2.0)
    assert cfg.shape[0] == 1 and not torch.equal(cfg, render(regional, layout))
    # with no regional steps, true CFG is exactly the stock pipeline's true CFG
    plain = make_layout(TWO_SIDE_BY_SIDE, mask_inject_steps=0)
    ours = render(regional, plain, negative_prompt="a blurry photo", true_cfg_scale=2.0)
    theirs = _stock_latents(stock, plain, negative_prompt="a blurry photo", true_cfg_scale=2.0)
    assert torch.equal(ours, theirs)


def test_sixteen_regions(regional):
    regions = [dict(description=f"a red cat number {i}", box=(32 * (i % 4), 32 * (i // 4), 32 * (i % 4) + 32, 32 * (i // 4) + 32)) for i in range(16)]
    out = render(regional, make_layout(regions))
    assert torch.isfinite(out).all()


def test_remove_restores_stock_pipeline(stock):
    wrapped = RegionalFlux(tiny_pipeline())
    layout = make_layout(TWO_SIDE_BY_SIDE)
    wrapped.remove()
    assert torch.equal(_stock_latents(wrapped.pipe, layout), _stock_latents(stock, layout))
    assert not hasattr(wrapped.pipe.transformer, "_diffusers_hook") or not wrapped.pipe.transformer._diffusers_hook.hooks


def test_more_regions_than_supported(stock):
    small = RegionalFlux(tiny_pipeline(), max_regions=2)
    with pytest.raises(LayoutError, match="more than the 2 this generator supports"):
        render(small, make_layout(THREE_OVERLAPPING))
    small.remove()


def test_prompt_past_t5_limit_is_reported(regional):
    long_text = " ".join(["a red cat"] * 12)
    layout = make_layout([dict(description="a blue dog", box=(0, 0, 64, 128)), dict(description=long_text, box=(64, 0, 128, 128))])
    with pytest.warns(UserWarning, match=r"region 1 is \d+ T5 tokens; only the first 16 are used"):
        render(regional, layout)


def test_batch_image_equals_its_single_seed(regional):
    layout = make_layout(TWO_SIDE_BY_SIDE)
    batch = render(regional, layout, num_images=2, seed=10)
    assert (batch[1] - render(regional, layout, seed=11)[0]).abs().max().item() <= 1e-5


def test_true_cfg_negative_pass_stays_plain(regional):
    """With true CFG only the positive pass of the first mask_inject_steps steps is regional."""
    text_lengths = []
    block = regional.pipe.transformer.transformer_blocks[0]
    handle = block.register_forward_pre_hook(
        lambda module, args, kwargs: text_lengths.append(kwargs["encoder_hidden_states"].shape[1]), with_kwargs=True)
    try:
        render(regional, make_layout(TWO_SIDE_BY_SIDE, mask_inject_steps=2, num_inference_steps=3),
               negative_prompt="a blurry photo", true_cfg_scale=2.0)
    finally:
        handle.remove()
    regional_len = 2 * MSL + MSL  # two regions + the base prompt
    assert text_lengths == [regional_len, MSL, regional_len, MSL, MSL, MSL]  # (positive, negative) x 3 steps


# -- the method never silently switches off ------------------------------------------------------------
def test_offload_after_wrapping_stays_regional(regional):
    """accelerate's offload hook goes on after RegionalFlux's; the render is still the regional one."""
    layout = make_layout(TWO_SIDE_BY_SIDE)
    expected = render(regional, layout)
    wrapped = RegionalFlux(tiny_pipeline())
    wrapped.pipe.enable_model_cpu_offload(device="cpu")
    assert hasattr(wrapped.pipe.transformer, "_hf_hook")  # accelerate's hook is in place
    assert (render(wrapped, layout) - expected).abs().max().item() <= 1e-6


def test_a_copy_of_the_prompt_on_the_way_in_stays_regional(regional, monkeypatch):
    """Offloading on a GPU hands the transformer a copy of prompt_embeds; the pass is still recognised,
    by the name the pipeline gives it or, where a pipeline names none, by its values."""
    layout = make_layout(TWO_SIDE_BY_SIDE)
    expected = render(regional, layout)
    cfg = dict(negative_prompt="a blurry photo", true_cfg_scale=2.0)
    expected_cfg = render(regional, layout, **cfg)
    tr = regional.pipe.transformer

    def copy_text(module, args, kwargs):
        return args, {**kwargs, "encoder_hidden_states": kwargs["encoder_hidden_states"].clone()}

    handle = tr.register_forward_pre_hook(copy_text, with_kwargs=True, prepend=True)
    try:
        assert torch.equal(render(regional, layout), expected)
        monkeypatch.setattr(regional._installed.hook.context, "set_context", lambda context: None)
        assert regional._installed.hook.context.name is None  # as on a pipeline that names no pass
        assert torch.equal(render(regional, layout), expected)
        assert torch.equal(render(regional, layout, **cfg), expected_cfg)
    finally:
        handle.remove()


def test_unrecognised_positive_pass_is_an_error_not_a_plain_image(monkeypatch):
    from regionflux.generator import GenerationError

    wrapped = RegionalFlux(tiny_pipeline())
    monkeypatch.setattr(wrapped._installed.hook, "is_cond", lambda text: False)
    with pytest.raises(GenerationError, match=r"regional attention ran in 0 of the 2 steps"):
        render(wrapped, make_layout(TWO_SIDE_BY_SIDE, mask_inject_steps=2, num_inference_steps=3))


def test_remove_after_offload_keeps_the_offload_hook(stock):
    layout = make_layout(TWO_SIDE_BY_SIDE)
    pipe = tiny_pipeline()
    wrapped = RegionalFlux(pipe)
    pipe.enable_model_cpu_offload(device="cpu")
    offload_forward = pipe.transformer.forward
    wrapped.remove()
    assert pipe.transformer.forward is offload_forward and hasattr(pipe.transformer, "_hf_hook")
    assert not pipe.transformer._forward_pre_hooks and not pipe.transformer._forward_hooks
    assert torch.equal(_stock_latents(pipe, layout), _stock_latents(stock, layout))


def test_wrapping_twice_is_refused_before_anything_changes():
    from regionflux.generator import GenerationError

    pipe = tiny_pipeline()
    first = RegionalFlux(pipe)
    processors = dict(pipe.transformer.attn_processors)
    with pytest.raises(GenerationError, match="already wrapped"):
        RegionalFlux(pipe)
    assert pipe.transformer.attn_processors == processors
    assert len(pipe.transformer._forward_pre_hooks) == 1
    first.remove()
    RegionalFlux(pipe).remove()  # after remove() it can be wrapped again


def test_no_regions_is_exactly_stock(regional, stock):
    layout = make_layout([], mask_inject_steps=2)
    assert torch.equal(render(regional, layout), _stock_latents(stock, layout))


def test_compiled_flex_kernel_does_not_recompile_per_layout():
    """Ten canvases and region counts share the compiled kernel (dynamo counted, run eagerly on the CPU):
    compiled per exact shape, torch's recompile limit (8) would be passed and it would fall back to eager."""
    from torch._dynamo.testing import CompileCounter

    counter = CompileCounter()
    wrapped = RegionalFlux(tiny_pipeline(), attention="flex", compile_flex=counter)
    for i in range(10):
        size = 32 + 16 * i
        regions = [dict(description="a red cat", box=(0, 0, 16 * (1 + i // 2), 48))]
        regions += [dict(description="a blue dog", box=(size // 2, 0, size, 16))] * (i % 3)
        out = render(wrapped, make_layout(regions, width=size, height=48, num_inference_steps=1, mask_inject_steps=1))
        assert torch.isfinite(out).all()
    assert 1 <= counter.frame_count <= 4  # per exact shape it would be 8 (the limit) by the 7th layout


def test_a_negative_prompt_passed_through_to_the_pipeline_counts_as_a_second_pass(regional):
    """More inject steps than steps, true CFG with negative embeddings given as pipeline kwargs: no false alarm."""
    neg, neg_pooled, _ = regional._encode(["a blurry photo"], 1, MSL, "negative prompt")
    layout = make_layout(TWO_SIDE_BY_SIDE, mask_inject_steps=5, num_inference_steps=3)
    out = render(regional, layout, true_cfg_scale=2.0, negative_prompt_embeds=neg, negative_pooled_prompt_embeds=neg_pooled)
    assert torch.equal(out, render(regional, layout, negative_prompt="a blurry photo", true_cfg_scale=2.0))
