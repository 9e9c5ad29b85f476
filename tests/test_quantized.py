"""Regional attention on quantized weights (torchao int8 weight-only, GGUF Q8_0), group offloading and
compiled blocks, on tiny random-weight models saved to folders and loaded the way a user loads them.

bitsandbytes refuses to load on a CPU, so here its options are checked up to that refusal; torchao and
GGUF run for real. Quantized modules are what the method runs on: the regional forward must equal the
plain reference computed from the same quantized modules.
"""

import pytest
import torch

from reference import (
    first_regional_forward,
    flux2_regional_transformer,
    regional_transformer,
    spec_attention_mask,
    spec_token_masks,
)
from regionflux import Layout
from regionflux.errors import UsageError
from regionflux.generator.pipeline import RegionalFlux
from regionflux.testing import tiny_chroma_pipeline, tiny_klein_pipeline, tiny_pipeline, write_gguf

LAYOUT = Layout(
    prompt="a cat and a dog on the grass", width=64, height=64, seed=3,
    regions=[dict(description="a red cat", box=(0, 0, 32, 64)), dict(description="a blue dog", box=(16, 0, 64, 48))],
    settings=dict(num_inference_steps=2, mask_inject_steps=2, guidance_scale=1.0, base_ratio=0.3,
                  double_inject_blocks_interval=2, single_inject_blocks_interval=2),
)
BUILDERS = {"flux": tiny_pipeline, "klein": lambda: tiny_klein_pipeline(distilled=True), "chroma": tiny_chroma_pipeline}
MSL = {"flux": 16, "klein": 24, "chroma": 16}


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    root = tmp_path_factory.mktemp("quantized")
    made = {}
    for name, build in BUILDERS.items():
        pipe = build()
        pipe.save_pretrained(root / name)
        made[name] = root / name
        write_gguf(pipe.transformer, root / f"{name}-Q8_0.gguf")
        made[f"{name}-gguf"] = root / f"{name}-Q8_0.gguf"
    made["gguf"] = made["flux-gguf"]
    return made


#: (family, how its transformer is quantized)
CASES = [("flux", "int8wo"), ("klein", "int8wo"), ("chroma", "int8wo"), ("flux", "gguf"), ("klein", "gguf"),
         ("chroma", "gguf")]


@pytest.fixture(scope="module", params=CASES, ids=[f"{f}-{q}" for f, q in CASES])
def quantized(request, folders):
    family, how = request.param
    if how == "gguf":
        regional = RegionalFlux.from_pretrained(str(folders[family]), device="cpu",
                                                transformer=str(folders[f"{family}-gguf"]), quantize_text_encoder="int8wo")
    else:
        regional = RegionalFlux.from_pretrained(str(folders[family]), device="cpu", quantize=how, quantize_text_encoder=how)
    regional.remove()  # each test wraps the loaded pipeline itself
    return family, how, regional.pipe


def stock(pipe, msl, layout=LAYOUT):
    return pipe(prompt=layout.prompt, height=layout.height, width=layout.width,
                num_inference_steps=layout.settings.num_inference_steps, guidance_scale=layout.settings.guidance_scale,
                max_sequence_length=msl, generator=torch.Generator().manual_seed(layout.seed), output_type="pt").images


@pytest.mark.filterwarnings("ignore:.*were truncated:UserWarning")
def test_weights_are_quantized_and_nothing_regional_is_the_quantized_stock_pipeline(quantized):
    family, how, pipe = quantized
    weight = pipe.transformer.transformer_blocks[0].attn.to_q.weight
    assert type(weight).__name__ == ("GGUFParameter" if how == "gguf" else "Int8Tensor")
    encoder = pipe.text_encoder_2 if family == "flux" else pipe.text_encoder
    assert any(type(p).__name__ == "Int8Tensor" for p in encoder.parameters())
    msl = MSL[family]
    expected = stock(pipe, msl)
    regional = RegionalFlux(pipe)
    try:
        off = regional.generate(LAYOUT, settings=LAYOUT.settings.model_copy(update={"mask_inject_steps": 0}),
                                max_sequence_length=msl, output_type="pt")
        on = regional.generate(LAYOUT, max_sequence_length=msl, output_type="pt")
    finally:
        regional.remove()
    assert torch.equal(off, expected)
    assert (on - expected).abs().max().item() > 1e-3


@torch.no_grad()
def test_the_regional_forward_on_quantized_modules_equals_the_plain_reference(quantized):
    family, how, pipe = quantized
    msl, settings = MSL[family], LAYOUT.settings
    kwargs, output = first_regional_forward(pipe, LAYOUT, settings, attention="sdpa", length="padded",
                                            max_sequence_length=msl)
    prompts, masks = spec_token_masks(LAYOUT)
    lengths = kwargs["joint_attention_kwargs"]["regional"].region_lengths
    allowed = spec_attention_mask(masks, lengths)
    if family == "klein":
        per_region = [pipe.encode_prompt(prompt=[p], max_sequence_length=msl)[0][:, :n] for p, n in zip(prompts, lengths)]
        base = pipe.encode_prompt(prompt=[LAYOUT.prompt], max_sequence_length=msl)[0]
        img_ids = kwargs["img_ids"][0] if kwargs["img_ids"].ndim == 3 else kwargs["img_ids"]
        expected = flux2_regional_transformer(pipe.transformer, kwargs["hidden_states"], kwargs["timestep"], base,
                                              torch.cat(per_region, 1), lengths, img_ids, allowed, settings,
                                              guidance=kwargs.get("guidance"))
    elif family == "chroma":
        encoded = [pipe.encode_prompt(prompt=[p], do_classifier_free_guidance=False, max_sequence_length=msl) for p in prompts]
        base, _, base_mask, *_ = pipe.encode_prompt(prompt=[LAYOUT.prompt], do_classifier_free_guidance=False,
                                                    max_sequence_length=msl)
        expected = regional_transformer(
            pipe.transformer, kwargs["hidden_states"], kwargs["timestep"], None, None, base,
            torch.cat([e[0][:, :n] for e, n in zip(encoded, lengths)], 1), kwargs["img_ids"], allowed, settings,
            region_keys=torch.cat([e[2][0, :n] for e, n in zip(encoded, lengths)]).bool(), base_tokens=base_mask[0])
    else:
        base, pooled, _ = pipe.encode_prompt(prompt=[LAYOUT.prompt], prompt_2=None, max_sequence_length=msl)
        per_region = [pipe.encode_prompt(prompt=[p], prompt_2=None, max_sequence_length=msl)[0] for p in prompts]
        expected = regional_transformer(pipe.transformer, kwargs["hidden_states"], kwargs["timestep"],
                                        kwargs["guidance"], pooled, base, torch.cat(per_region, 1), kwargs["img_ids"],
                                        allowed, settings)
    assert (output - expected).abs().max().item() < 1e-5


def test_group_offloading_stays_regional_and_remove_leaves_its_hooks():
    """diffusers' group offloading puts its hooks in the same registries as regional attention's."""
    from diffusers.hooks import HookRegistry

    from regionflux.generator.pipeline import place

    layout = LAYOUT.model_copy(update={"settings": LAYOUT.settings.model_copy(update={"num_inference_steps": 3})})
    plain = RegionalFlux(tiny_pipeline())
    expected = plain.generate(layout, max_sequence_length=16, output_type="latent")
    pipe = tiny_pipeline()
    regional = RegionalFlux(pipe)
    place(pipe, "cpu", offload="group")
    first_single = HookRegistry.check_if_exists_or_initialize(pipe.transformer.single_transformer_blocks[0])
    assert {"group_offloading", "regionflux_single_stream"} <= set(first_single.hooks)
    assert torch.equal(regional.generate(layout, max_sequence_length=16, output_type="latent"), expected)
    regional.remove()
    assert set(first_single.hooks) == {"group_offloading"}
    assert "group_offloading" in HookRegistry.check_if_exists_or_initialize(pipe.transformer).hooks
    stock_latents = pipe(prompt=layout.prompt, height=64, width=64, num_inference_steps=3, max_sequence_length=16,
                         generator=torch.Generator().manual_seed(3), output_type="latent").images
    unhooked = tiny_pipeline()(prompt=layout.prompt, height=64, width=64, num_inference_steps=3, max_sequence_length=16,
                               generator=torch.Generator().manual_seed(3), output_type="latent").images
    assert torch.equal(stock_latents, unhooked)


def test_compiled_blocks_compile_once_per_canvas_and_region_count():
    """Regional compilation (diffusers' compile_repeated_blocks) of a transformer with 4+4 blocks: the
    regional and plain paths compile a bounded number of graphs, no graph breaks, and a second layout
    of the same canvas and region count (other words, other boxes) compiles nothing new."""
    import torch._dynamo
    from torch._dynamo.testing import CompileCounter
    from torch._dynamo.utils import counters

    from regionflux.testing import TINY_TRANSFORMER, random_pipeline

    torch._dynamo.reset()
    counters.clear()
    counter = CompileCounter()
    pipe = random_pipeline({**TINY_TRANSFORMER, "num_layers": 4, "num_single_layers": 4})
    regional = RegionalFlux(pipe)
    regional.compile(backend=counter)
    settings = dict(num_inference_steps=3, mask_inject_steps=2)  # regional steps, then plain ones
    first = Layout(prompt="a cat and a dog", width=64, height=64, seed=1, settings=settings, regions=[
        dict(description="a red cat", box=(0, 0, 32, 64)), dict(description="a blue dog", box=(32, 0, 64, 64))])
    plain = RegionalFlux(random_pipeline({**TINY_TRANSFORMER, "num_layers": 4, "num_single_layers": 4}))
    assert torch.equal(regional.generate(first, max_sequence_length=16, output_type="latent"),
                       plain.generate(first, max_sequence_length=16, output_type="latent"))
    compiled = counter.frame_count
    assert 0 < compiled <= 10  # per block it would be 16 and more (torch's limit is 8 per code)
    second = Layout(**{**first.model_dump(), "regions": [  # the canvas still covered: no background prompt joins
        dict(description="a green tree", box=(0, 0, 48, 64)), dict(description="yellow sand", box=(16, 0, 64, 64))]})
    regional.generate(second, max_sequence_length=16, output_type="latent")
    assert counter.frame_count == compiled
    assert sum(counters["graph_break"].values()) == 0
    torch._dynamo.reset()


# -- what is refused before anything loads ----------------------------------------------------------
def test_bitsandbytes_is_refused_off_cuda_and_a_missing_backend_names_the_extra(folders, monkeypatch):
    import sys

    with pytest.raises(UsageError, match=r"--quantize nf4 \(bitsandbytes\) runs on a CUDA GPU only"):
        RegionalFlux.from_pretrained(str(folders["flux"]), device="cpu", quantize="nf4")
    with pytest.raises(UsageError, match=r"--quantize-text-encoder int8 \(bitsandbytes\) runs on a CUDA GPU only"):
        RegionalFlux.from_pretrained(str(folders["flux"]), device="cpu", quantize_text_encoder="int8")
    monkeypatch.setitem(sys.modules, "torchao", None)  # as if it were not installed
    with pytest.raises(UsageError, match=r"needs torchao, which is not installed: pip install 'regionflux\[quant\]'"):
        RegionalFlux.from_pretrained(str(folders["flux"]), device="cpu", quantize="int8wo")


def test_a_transformer_file_of_another_family_or_kind_is_refused(folders, tmp_path):
    from regionflux.generator.quantize import check_transformer_file, transformer_file_family

    assert transformer_file_family(folders["gguf"]) == "flux"
    klein = tmp_path / "klein.gguf"
    write_gguf(tiny_klein_pipeline().transformer, klein)
    assert transformer_file_family(klein) == "flux2"
    with pytest.raises(UsageError, match=r"holds a FLUX.2 transformer, but --model is a FLUX.1 model"):
        RegionalFlux.from_pretrained(str(folders["flux"]), device="cpu", transformer=str(klein))
    # published files carry the original key names, some with the "model.diffusion_model." prefix
    assert transformer_file_family(_names_only(tmp_path / "a.gguf", ["double_blocks.0.img_attn.norm.key_norm.scale"])) == "flux"
    assert transformer_file_family(_names_only(tmp_path / "b.gguf", [
        "model.diffusion_model.double_blocks.0.img_attn.norm.key_norm.scale",
        "model.diffusion_model.distilled_guidance_layer.in_proj.bias"])) == "chroma"
    assert transformer_file_family(_names_only(tmp_path / "c.gguf", ["single_stream_modulation.lin.weight"])) == "flux2"
    sd = _names_only(tmp_path / "unet.gguf", ["input_blocks.0.0.weight"])
    with pytest.raises(UsageError, match=r"holds no FLUX.1, FLUX.2 or Chroma transformer"):
        check_transformer_file(str(sd), "flux")
    not_model = tmp_path / "notes.gguf"
    not_model.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(UsageError, match=r"notes.gguf: not a readable GGUF file"):
        check_transformer_file(str(not_model), "flux")
    with pytest.raises(UsageError, match=r"give a .gguf or .safetensors file"):
        check_transformer_file(str(tmp_path), "flux")
    with pytest.raises(UsageError, match=r"the file is quantized already"):
        RegionalFlux.from_pretrained(str(folders["flux"]), device="cpu", transformer=str(folders["gguf"]), quantize="int8wo")


def _names_only(path, names):
    import gguf
    import numpy as np

    writer = gguf.GGUFWriter(str(path), arch="flux")
    for name in names:
        writer.add_tensor(name, np.zeros(4, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


# -- the command line, end to end -------------------------------------------------------------------
def test_cli_renders_with_a_gguf_transformer_and_int8_text_encoder_quietly(folders, tmp_path):
    """As a user runs it: a saved model folder plus a GGUF transformer file; no library notices on stderr."""
    import json
    import subprocess
    import sys

    from PIL import Image

    from regionflux.outputs import PNG_KEY

    layout = tmp_path / "layout.json"
    layout.write_text(LAYOUT.model_dump_json())
    out = tmp_path / "gguf.png"
    result = subprocess.run(
        [sys.executable, "-m", "regionflux", "generate", "--layout", str(layout), "-o", str(out), "--model",
         str(folders["flux"]), "--transformer", str(folders["gguf"]), "--quantize-text-encoder", "int8wo",
         "--offload", "group", "--device", "cpu", "--max-sequence-length", "16"],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stdout
    lines = [line for line in result.stderr.replace("\r", "\n").splitlines() if line.strip()]
    notices = [line for line in lines if not any(mark in line for mark in ("it/s]", "s/it]", "Loading"))]
    assert notices == [], notices  # no "Failed to load ...", "Unable to import torchao ...", pytree warnings
    assert json.loads(Image.open(out).text[PNG_KEY])["regions"][0]["description"] == "a red cat"


@pytest.mark.parametrize("flags, message", [
    (["--quantize", "nf4"], "error: --quantize nf4 (bitsandbytes) runs on a CUDA GPU only, not on cpu; on this device "
                            "use --quantize int8wo (torchao) or a GGUF transformer (--transformer FILE.gguf)"),
    (["--transformer", "KLEIN"], "error: --transformer klein.gguf holds a FLUX.2 transformer, but --model is a FLUX.1 "
                                 "model; give a FLUX.1 transformer file or another --model"),
    (["--transformer", "GGUF", "--quantize", "int8wo"], "error: --quantize int8wo with a GGUF transformer: the file is "
                                                        "quantized already; leave --quantize out "
                                                        "(--quantize-text-encoder still applies)"),
    (["--offload", "group", "--cpu-offload"], "argument --cpu-offload: not allowed with argument --offload"),
    (["--quantize", "int8wo", "--offload", "group", "--compile"], "error: --compile with --offload group cannot move "
                                                                  "torchao (int8wo) weights"),
])
def test_cli_refuses_before_loading(folders, tmp_path, capsys, flags, message):
    from regionflux.cli import main

    klein = tmp_path / "klein.gguf"
    if "KLEIN" in flags:
        write_gguf(tiny_klein_pipeline().transformer, klein)
    flags = [str(klein) if f == "KLEIN" else str(folders["gguf"]) if f == "GGUF" else f for f in flags]
    layout = tmp_path / "layout.json"
    layout.write_text(LAYOUT.model_dump_json())
    with pytest.raises(SystemExit) if "not allowed" in message else _no_exit():
        code = main(["generate", "--layout", str(layout), "-o", str(tmp_path / "x.png"), "--model", str(folders["flux"]),
                     "--device", "cpu", *flags])
        assert code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not list(tmp_path.glob("x*"))  # nothing written


class _no_exit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_cli_renders_a_gguf_file_in_the_original_key_names_like_the_model_itself(folders, tmp_path):
    """Published GGUF files carry BFL's key names (fused q/k/v, .scale norms, lin modulations); diffusers'
    single-file loader converts them. A FLUX.2 [klein] file written that way renders the same image,
    byte for byte, as the same weights under diffusers' names. (FLUX.1's converter in diffusers assumes
    the full 3072 width, so a tiny FLUX.1 cannot take this path; the detection tests above cover its names.)"""
    from PIL import Image

    from regionflux.cli import main
    from regionflux.testing import flux2_original_names

    pipe = tiny_klein_pipeline(distilled=True)  # the same weights as the saved folder (seed 0)
    original = tmp_path / "flux-2-klein-Q8_0.gguf"
    write_gguf(pipe.transformer, original, state=flux2_original_names(pipe.transformer))
    layout = tmp_path / "layout.json"
    layout.write_text(LAYOUT.model_dump_json())
    common = ["generate", "--layout", str(layout), "--model", str(folders["klein"]), "--device", "cpu",
              "--max-sequence-length", "24"]
    assert main([*common, "-o", str(tmp_path / "bfl.png"), "--transformer", str(original)]) == 0
    assert main([*common, "-o", str(tmp_path / "diffusers.png"), "--transformer", str(folders["klein-gguf"])]) == 0
    assert Image.open(tmp_path / "bfl.png").tobytes() == Image.open(tmp_path / "diffusers.png").tobytes()


def test_a_safetensors_transformer_file_loads_and_an_unsupported_family_is_refused(folders, tmp_path, monkeypatch):
    """A single .safetensors transformer (as fine-tunes are shared) replaces the folder's own; a family this
    diffusers cannot load from one file is refused before anything loads."""
    from safetensors.torch import save_file

    from regionflux.generator import quantize

    pipe = tiny_pipeline(seed=7)  # other weights than the folder's
    save_file(pipe.transformer.state_dict(), tmp_path / "finetune.safetensors")
    regional = RegionalFlux.from_pretrained(str(folders["flux"]), device="cpu", transformer=str(tmp_path / "finetune.safetensors"))
    loaded = regional.pipe.transformer.state_dict()
    assert all(torch.equal(loaded[k], v) for k, v in pipe.transformer.state_dict().items())
    quantized = RegionalFlux.from_pretrained(str(folders["flux"]), device="cpu", quantize="int8wo",
                                             transformer=str(tmp_path / "finetune.safetensors"))
    assert type(quantized.pipe.transformer.transformer_blocks[0].attn.to_q.weight).__name__ == "Int8Tensor"
    monkeypatch.setattr(quantize, "single_file_loadable", lambda family: False)
    with pytest.raises(UsageError, match=r"cannot load a FLUX.1 transformer from a single file"):
        quantize.check_transformer_file(str(tmp_path / "finetune.safetensors"), "flux")
