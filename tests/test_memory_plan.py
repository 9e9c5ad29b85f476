"""The memory plan: a pure function of free memory, model sizes and canvas, checked on a table."""

import pytest

from regionflux.errors import GenerationError
from regionflux.generator.memory import GIB, KNOWN_SIZES, model_sizes, plan_memory

FLUX = KNOWN_SIZES["flux"]
ALL = frozenset({"bitsandbytes", "torchao", "gguf"})


def plan(gb, sizes=FLUX, size=1024, backends=ALL, **kwargs):
    chosen = plan_memory(int(gb * GIB), sizes, size, size, backends=backends, **kwargs)
    assert chosen.need <= gb * GIB
    return chosen.quantize, chosen.quantize_text_encoder, chosen.offload, chosen.vae_tiling


@pytest.mark.parametrize("gb, kwargs, expected", [
    (80, {}, ("none", "none", "none", False)),  # everything in bf16 on the GPU
    (30, {}, ("none", "none", "model", False)),  # bf16, one model at a time
    (24, {"fp8": True}, ("fp8", "int8wo", "none", False)),  # an Ada/Hopper GPU runs float8
    (24, {}, ("int8wo", "int8wo", "none", False)),  # older GPUs: int8 weight-only
    (24, {"backends": frozenset({"bitsandbytes"})}, ("int8", "int8", "none", False)),  # no torchao: bitsandbytes 8-bit
    (12, {}, ("nf4", "int8wo", "model", False)),
    (16, {"backends": frozenset({"torchao"})}, ("int8wo", "int8wo", "model", False)),  # no bitsandbytes: torchao
    (8, {}, ("none", "none", "group", False)),  # streamed block by block
    (80, {"quantize": "int8wo"}, ("int8wo", "none", "none", False)),  # what the user chose stays
    (12, {"offload": "sequential"}, ("none", "none", "sequential", False)),
])
def test_the_cheapest_plan_that_fits(gb, kwargs, expected):
    assert plan(gb, **kwargs) == expected


def test_a_large_canvas_tiles_the_vae_and_a_gguf_file_counts_its_own_size():
    assert plan(40, size=2048) == ("none", "none", "none", True)
    assert plan(40, size=1024) == ("none", "none", "none", False)
    q4 = FLUX.with_gguf(int(6.8 * 10**9))  # flux1-dev-Q4_K_S.gguf
    assert plan(12, sizes=q4, gguf=True) == ("gguf", "none", "model", False)
    assert plan(40, sizes=q4, gguf=True) == ("gguf", "none", "none", False)


def test_what_does_not_fit_says_the_smallest_plan_and_the_missing_extra():
    with pytest.raises(GenerationError, match=r"does not fit 2.0 GB free for a 1024x1024 render: the smallest plan, .*"
                                              r"needs about \d+\.\d GB"):
        plan(2)
    with pytest.raises(GenerationError, match=r"fits 2.8 GB only quantized .* bitsandbytes is not installed: "
                                              r"pip install 'regionflux\[quant\]'"):
        plan(2.8, backends=frozenset())


def test_the_line_printed_before_loading():
    chosen = plan_memory(24 * GIB, FLUX, 1024, 1024, backends=ALL, fp8=True)
    assert chosen.describe(24 * GIB).startswith("24 GB free: transformer in fp8, text encoder int8, all on the GPU (about ")


def test_sizes_are_read_from_the_safetensors_headers_of_a_folder(tmp_path):
    from regionflux.testing import tiny_pipeline

    pipe = tiny_pipeline()
    pipe.save_pretrained(tmp_path)
    sizes = model_sizes(str(tmp_path), "flux")
    count = lambda module: sum(p.numel() for p in module.parameters())  # noqa: E731
    assert sizes.transformer == count(pipe.transformer)
    assert sizes.text_encoder == count(pipe.text_encoder_2)
    assert sizes.rest == count(pipe.text_encoder) + count(pipe.vae)
    assert sizes.blocks == 4
    assert model_sizes("black-forest-labs/FLUX.1-dev", "flux") == FLUX
    with pytest.raises(Exception, match=r"cannot tell how large 'someone/unknown-model' is without downloading it"):
        model_sizes("someone/unknown-model", "flux")


def test_on_cuda_the_renderer_says_its_plan_before_loading(monkeypatch, tmp_path):
    """The plan reaches from_pretrained and the user, in one line, before any weight loads."""
    import torch

    from regionflux import Layout
    from regionflux.generator import pipeline, preflight
    from regionflux.renderer import Renderer, RenderOptions

    seen = {}

    def fake_load(model, **kwargs):
        seen.update(kwargs)
        raise GenerationError("stopped before loading")

    monkeypatch.setattr(Renderer, "device", lambda self: "cuda")
    monkeypatch.setattr(preflight, "free_memory", lambda device: 12 * GIB)
    monkeypatch.setattr(torch.cuda, "get_device_capability", lambda device=None: (8, 6))
    monkeypatch.setattr(pipeline.RegionalFlux, "from_pretrained", staticmethod(fake_load))
    monkeypatch.setattr("regionflux.generator.quantize.installed_backends", lambda: ALL)
    lines = []
    renderer = Renderer(RenderOptions(device="cpu"), notify=lines.append)
    layout = Layout(prompt="a cat", width=1024, height=1024, seed=1)
    with pytest.raises(GenerationError, match="stopped before loading"):
        renderer._load(layout)
    assert lines == ["memory: 12 GB free: transformer in NF4, text encoder int8, model offload (about 8.5 GB); choose "
                     "yourself with --quantize, --quantize-text-encoder and --offload, or --memory off"]
    assert (seen["quantize"], seen["quantize_text_encoder"], seen["offload"]) == ("nf4", "int8wo", "model")
    # every choice made: the plan keeps them and only adds VAE tiling where the canvas needs it
    chosen = Renderer(RenderOptions(device="cpu", quantize="int8wo", quantize_text_encoder="int8wo", offload="group"))
    big = Layout(prompt="a cat", width=2048, height=2048, seed=1)
    plan, _ = chosen.memory_plan(big)
    assert (plan.quantize, plan.quantize_text_encoder, plan.offload, plan.vae_tiling) == ("int8wo", "int8wo", "group", True)
    # a model whose size cannot be read without downloading it loads as the options say, saying so
    lines.clear()
    unknown = Renderer(RenderOptions(model="someone/flux-finetune", device="cpu", quantize="int8wo"), notify=lines.append)
    plan, free = unknown.memory_plan(layout)
    assert (plan.quantize, plan.quantize_text_encoder, plan.offload, free) == ("int8wo", "none", "none", None)
    assert "cannot tell how large 'someone/flux-finetune' is" in lines[0] and lines[0].endswith("loading as the options say")
