"""`attention="auto"`: the kernel is chosen per render by the rule the benchmark supports."""

import torch

from regionflux import Layout
from regionflux.generator.kernels import choose_kernel
from regionflux.generator.pipeline import RegionalFlux
from regionflux.testing import tiny_pipeline

LAYOUT = Layout(prompt="a cat and a dog", width=64, height=64, seed=2,
                regions=[dict(description="a red cat", box=(0, 0, 32, 64)), dict(description="a blue dog", box=(32, 0, 64, 64))],
                settings=dict(num_inference_steps=2, mask_inject_steps=2))


def test_the_rule():
    assert choose_kernel(2048, 1024, compiled=True) == "flex"  # 16 regions x 128 tokens: flex 0.76x
    assert choose_kernel(1024, 1024, compiled=True) == "sdpa"  # 8 regions: a wash, keep dense
    assert choose_kernel(256, 1024, compiled=True) == "sdpa"
    assert choose_kernel(8192, 1024, compiled=False) == "sdpa"  # eager flex materialises every score


def test_auto_is_the_default_and_picks_per_render():
    pipe = tiny_pipeline()
    eager = RegionalFlux(pipe)  # CPU: flex is not compiled here, so auto keeps sdpa
    assert eager.attention == "auto"
    expected = eager.generate(LAYOUT, max_sequence_length=16, output_type="latent")
    assert eager.last_kernel == "sdpa"
    eager.remove()
    # a backend name that does not fuse (e.g. "eager") counts as uncompiled
    unfused = RegionalFlux(pipe, compile_flex="eager")
    unfused.generate(LAYOUT, max_sequence_length=16, output_type="latent")
    assert unfused.last_kernel == "sdpa"
    unfused.remove()
    # with flex compiled (a backend of the user's own counts as fusing; here a plain one stands in for
    # inductor, which takes minutes to compile on a CPU), 2 x 16 text tokens over 16 image tokens -> flex
    compiled = RegionalFlux(pipe, compile_flex=lambda graph, inputs: graph.forward)
    chosen = compiled.generate(LAYOUT, max_sequence_length=16, output_type="latent")
    assert compiled.last_kernel == "flex"
    assert (chosen - expected).abs().max().item() < 1e-5
    compiled.generate(Layout(**{**LAYOUT.model_dump(), "width": 256, "height": 256,
                                "regions": [dict(description="a cat", box=(0, 0, 128, 256))]}),
                      max_sequence_length=16, output_type="latent")
    assert compiled.last_kernel == "sdpa"  # 2 x 16 text tokens (region + background) over 256 image tokens
    compiled.remove()
    torch._dynamo.reset()
