"""Speed and memory of regional FLUX vs plain FLUX and an RPG-style baseline, measured in one run.

    python benchmarks/bench_regional.py --config cpu   # scaled-down random model; minutes on 2 cores
    python benchmarks/bench_regional.py --config gpu   # full FLUX.1-dev architecture, bf16, 1024x1024
    python benchmarks/bench_regional.py --family flux2 # FLUX.2 [klein] (gpu: the 4B architecture); or chroma
    python benchmarks/bench_regional.py --kernels      # dense SDPA vs block-sparse flex, side by side
    python benchmarks/bench_regional.py --quantize int8wo  # the same on quantized weights (int8wo, fp8, gguf;
                                                           # nf4, int8 need CUDA), loaded as a user loads them

Weights are random (speed does not depend on them) and the text encoders are small stand-ins, so
the figures are the denoising transformer's. Each configuration renders through RegionalFlux's real
path; per-step times are medians of per-step callbacks. Per image = ``inject`` regional steps plus
``steps - inject`` plain steps (the method is plain FLUX after ``mask_inject_steps``); on the GPU
config it is also timed whole. RPG-style = one transformer pass per region per step, noise blended
by the token masks (the slow approach the paper compares against).

The CPU config keeps FLUX's text:image token proportion (1:8): 512x512 canvas (1024 image tokens)
with 128-token prompts, 2 double + 4 single blocks of width 256.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

import torch

from regionflux import Layout, RegionalFlux, RegionalSettings
from regionflux.generator.masks import token_masks
from regionflux.testing import CHROMA_TRANSFORMER, FLUX2_KLEIN_4B_TRANSFORMER, FLUX_DEV_TRANSFORMER, random_pipeline

#: The CPU config's transformer shape per family (the GPU config uses the real architecture).
CPU_TRANSFORMERS = {
    "flux2": dict(patch_size=1, in_channels=64, num_layers=2, num_single_layers=4, attention_head_dim=64,
                  num_attention_heads=4, joint_attention_dim=192, axes_dims_rope=(16, 16, 16, 16), guidance_embeds=False),
    "chroma": dict(patch_size=1, in_channels=64, num_layers=2, num_single_layers=4, attention_head_dim=64,
                   num_attention_heads=4, joint_attention_dim=256, axes_dims_rope=(16, 24, 24),
                   approximator_hidden_dim=256, approximator_layers=2),
}
GPU_TRANSFORMERS = {"flux2": FLUX2_KLEIN_4B_TRANSFORMER, "chroma": CHROMA_TRANSFORMER}

CONFIGS = {
    "cpu": dict(
        transformer=dict(
            patch_size=1, in_channels=64, num_layers=2, num_single_layers=4, attention_head_dim=64,
            num_attention_heads=4, joint_attention_dim=256, pooled_projection_dim=64, guidance_embeds=True,
            axes_dims_rope=(16, 24, 24),
        ),
        size=512, text_len=128, dtype=torch.float32, device="cpu", measure_steps=3,
    ),
    "gpu": dict(transformer=FLUX_DEV_TRANSFORMER, size=1024, text_len=512, dtype=torch.bfloat16, device="cuda",
                measure_steps=4),
}
from regionflux.testing import WORDS  # one T5 token per word with the stand-in tokenizer


def grid_layout(n: int, size: int) -> Layout:
    """n boxes tiling the canvas (2: halves, 3: thirds, 4: 2x2, 8: 4x2, 16: 4x4), each with its own prompt."""
    cols = {0: 1, 1: 1, 2: 2, 3: 3, 4: 2, 8: 4, 16: 4}[n]
    rows = max(1, n // cols)
    # ~25 T5 tokens per prompt, a typical regional description
    regions = [
        dict(description=" ".join(WORDS[(7 * i + j) % len(WORDS)] for j in range(24)),
             box=(size * (i % cols) // cols, size * (i // cols) // rows,
                  size * (i % cols + 1) // cols, size * (i // cols + 1) // rows))
        for i in range(n)
    ]
    return Layout(prompt=" ".join(WORDS[:30]), width=size, height=size, regions=regions, seed=0)


class StepTimer:
    """callback_on_step_end that records when each denoising step ends."""

    def __init__(self, device: str):
        self.device, self.marks = device, []

    def __call__(self, pipe, step, timestep, kwargs):
        if self.device.startswith("cuda"):
            torch.cuda.synchronize()
        self.marks.append(time.perf_counter())
        return kwargs

    def per_step(self) -> float:
        gaps = [b - a for a, b in zip(self.marks, self.marks[1:])]
        return statistics.median(gaps)


def run_regional(regional: RegionalFlux, layout: Layout, cfg: dict, steps: int, inject: int, **options) -> StepTimer:
    """Render ``layout``; the timer it returns also holds the final latents (``timer.latents``)."""
    timer = StepTimer(cfg["device"])
    settings = RegionalSettings(num_inference_steps=steps, mask_inject_steps=inject)
    timer.latents = regional.generate(layout, settings=settings, max_sequence_length=cfg["text_len"],
                                      output_type="latent", callback_on_step_end=timer, **options)
    return timer


@torch.no_grad()
def run_rpg(regional: RegionalFlux, layout: Layout, cfg: dict, steps: int) -> float:
    """Per-step seconds of the RPG-style baseline: one plain pass per region prompt, blended by mask."""
    pipe = regional.pipe
    tokens = token_masks(layout)
    device, dtype = cfg["device"], cfg["dtype"]
    embeds = [pipe.encode_prompt(prompt=[p], prompt_2=None, max_sequence_length=cfg["text_len"]) for p in tokens.prompts]
    latents, img_ids = pipe.prepare_latents(1, pipe.transformer.config.in_channels // 4, layout.height, layout.width,
                                            dtype, device, torch.Generator("cpu").manual_seed(0))
    weights = tokens.masks.to(device=device, dtype=dtype).T[None]  # (1, N, n)
    weights = weights / weights.sum(-1, keepdim=True).clamp(min=1)
    guidance = torch.full([1], 3.5, device=device)
    marks = []
    for step in range(steps):
        t = torch.full([1], 1.0 - step / steps, device=device, dtype=dtype)
        noise = torch.zeros_like(latents)
        for i, (text, pooled, text_ids) in enumerate(embeds):
            out = pipe.transformer(hidden_states=latents, timestep=t, guidance=guidance, pooled_projections=pooled,
                                   encoder_hidden_states=text, txt_ids=text_ids, img_ids=img_ids, return_dict=False)[0]
            noise += weights[..., i : i + 1] * out
        latents = latents - noise / steps
        if device.startswith("cuda"):
            torch.cuda.synchronize()
        marks.append(time.perf_counter())
    return statistics.median(b - a for a, b in zip(marks, marks[1:]))


def peak_memory(fn) -> float:
    """Peak bytes above the starting point while fn runs (CUDA allocator; CPU: max RSS, see --child)."""
    torch.cuda.synchronize()
    torch.cuda.reset_peak_memory_stats()
    start = torch.cuda.memory_allocated()
    fn()
    torch.cuda.synchronize()
    return torch.cuda.max_memory_allocated() - start


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


def child_memory(args) -> None:
    """One configuration in a fresh process: peak RSS above the warmed-up model while it renders (CPU)."""
    import threading

    cfg = family_config(args.config, args.family)
    regional = build(cfg, args.attention, args.family, args.quantize)
    layout = grid_layout(max(args.child, 2), cfg["size"])
    inject = 2 if args.child else 0
    run_regional(regional, layout, cfg, 1, inject, **options(args))  # warm-up: compile, first allocations
    baseline, peak, done = _rss(), [0], threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], _rss())
            time.sleep(0.002)

    sampler = threading.Thread(target=sample)
    sampler.start()
    run_regional(regional, layout, cfg, 2, inject, **options(args))
    done.set()
    sampler.join()
    print(json.dumps({"peak_bytes": peak[0] - baseline}))


def options(args) -> dict:
    return {"regional_prompt_length": args.text_length} if args.text_length else {}


def family_config(config: str, family: str) -> dict:
    cfg = dict(CONFIGS[config])
    if family != "flux":
        cfg["transformer"] = (CPU_TRANSFORMERS if config == "cpu" else GPU_TRANSFORMERS)[family]
    return cfg


def build(cfg: dict, attention: str, family: str = "flux", quantize: str | None = None) -> RegionalFlux:
    pipe = random_pipeline(cfg["transformer"], family=family, dtype=cfg["dtype"], device=cfg["device"])
    if quantize:
        pipe = quantized(pipe, cfg, quantize)
    pipe.set_progress_bar_config(disable=True)
    if attention == "flex":
        return RegionalFlux(pipe, attention="flex", compile_flex=True)  # compiled on the CPU too
    return RegionalFlux(pipe, attention=attention) if attention else RegionalFlux(pipe)


def quantized(pipe, cfg: dict, quantize: str):
    """``pipe`` saved and loaded again the way a user loads a quantized model: through diffusers' quantizers
    (``--quantize``), or its transformer written as a Q8_0 GGUF file and loaded with ``--transformer``."""
    import tempfile

    from regionflux.testing import write_gguf

    folder = tempfile.mkdtemp(prefix="bench-quantized-")
    pipe.save_pretrained(folder)
    options = dict(device=cfg["device"], torch_dtype=cfg["dtype"])
    if quantize == "gguf":
        write_gguf(pipe.transformer, os.path.join(folder, "transformer.gguf"))
        options["transformer"] = os.path.join(folder, "transformer.gguf")
    else:
        options["quantize"] = quantize
    del pipe
    loaded = RegionalFlux.from_pretrained(folder, **options)
    loaded.remove()
    return loaded.pipe


def compare_kernels(args) -> None:
    """Per-step seconds of the two kernels on the same model and layouts, interleaved, and their ratio."""
    cfg = family_config(args.config, args.family)
    counts = [int(n) for n in args.regions.split(",")]
    regional = build(cfg, "sdpa", args.family)  # one pipeline carries one RegionalFlux: each kernel wraps it in turn
    pipe, steps = regional.pipe, cfg["measure_steps"]
    layouts = {n: grid_layout(n, cfg["size"]) for n in counts}
    print(f"family {args.family}, config {args.config}: {cfg['size']}x{cfg['size']}, {cfg['text_len']}-token prompts, "
          f"{cfg['dtype']}, device {cfg['device']}; torch {torch.__version__}", flush=True)
    if cfg["device"].startswith("cuda"):
        print(f"card: {torch.cuda.get_device_name()}", flush=True)
    times: dict[tuple[str, int], list[float]] = {}
    outputs = {}
    for repeat in range(args.repeats + 1):  # the first round warms up (and compiles flex)
        for kernel in ("sdpa", "flex"):
            regional.remove()
            regional = RegionalFlux(pipe, attention=kernel, compile_flex=True)
            for n in counts:
                timer = run_regional(regional, layouts[n], cfg, steps, steps, **options(args))
                outputs[(kernel, n)] = timer.latents.float().cpu()
                if repeat:
                    times.setdefault((kernel, n), []).append(timer.per_step())
    print("\n| regions | image tokens | text tokens | sdpa s/step | flex s/step | flex / sdpa | max abs difference |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for n in counts:
        a, b = statistics.median(times[("sdpa", n)]), statistics.median(times[("flex", n)])
        diff = (outputs[("sdpa", n)] - outputs[("flex", n)]).abs().max().item()
        tokens = (cfg["size"] // 16) ** 2
        print(f"| {n} | {tokens} | {n * cfg['text_len']} | {a:.3f} | {b:.3f} | {b / a:.2f} | {diff:.1e} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", choices=CONFIGS, default="cpu")
    parser.add_argument("--family", choices=("flux", "flux2", "chroma"), default="flux",
                        help="flux: FLUX.1; flux2: FLUX.2 [klein]; chroma")
    parser.add_argument("--kernels", action="store_true",
                        help="time the sdpa and flex kernels side by side (same run) instead of the main table")
    parser.add_argument("--regions", default="2,4,8,16")
    parser.add_argument("--steps", type=int, default=24)
    parser.add_argument("--inject", type=int, default=10, help="mask_inject_steps")
    parser.add_argument("--repeats", type=int, default=2, help="interleaved repeats; medians are reported")
    parser.add_argument("--attention", default=None, help="regional attention implementation (default: the library's)")
    parser.add_argument("--text-length", choices=("padded", "real"), default=None, help="regional prompt length")
    parser.add_argument("--no-rpg", action="store_true", help="skip the RPG-style baseline")
    parser.add_argument("--quantize", choices=("int8wo", "fp8", "gguf", "nf4", "int8"), default=None,
                        help="the transformer's weights quantized (regionflux[quant]; nf4/int8 need CUDA)")
    parser.add_argument("--memory", action="store_true", help="CPU: measure peak RSS, one process per configuration")
    parser.add_argument("--full-image", action="store_true", help="also time whole images (GPU)")
    parser.add_argument("--memory-only", action="store_true", help="CPU: only the memory column")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return child_memory(args)
    if args.kernels:
        return compare_kernels(args)

    cfg = family_config(args.config, args.family)
    counts = [int(n) for n in args.regions.split(",")]
    regional = build(cfg, args.attention, args.family, args.quantize)
    args.no_rpg = args.no_rpg or args.family != "flux" or bool(args.quantize)  # RPG speaks FLUX.1's plain encoder
    print(f"family {args.family}, config {args.config}: {cfg['size']}x{cfg['size']}, {cfg['text_len']}-token prompts, "
          f"{cfg['dtype']}, device {cfg['device']}, attention {args.attention or 'default'}, "
          f"regional prompts {args.text_length or 'default'}, weights {args.quantize or 'as built'}; "
          f"torch {torch.__version__}", flush=True)
    if cfg["device"].startswith("cuda"):
        print(f"card: {torch.cuda.get_device_name()}", flush=True)

    layouts = {n: grid_layout(n, cfg["size"]) for n in counts}
    measure = cfg["measure_steps"]
    run_regional(regional, layouts[counts[0]], cfg, 2, 2, **options(args))  # warm-up (and compile, if any)
    plain, reg, rpg = [], {n: [] for n in counts}, {n: [] for n in counts}
    for _ in range(0 if args.memory_only else args.repeats):
        plain.append(run_regional(regional, layouts[counts[0]], cfg, measure, 0).per_step())
        for n in counts:
            reg[n].append(run_regional(regional, layouts[n], cfg, measure, measure, **options(args)).per_step())
            if not args.no_rpg:
                rpg[n].append(run_rpg(regional, layouts[n], cfg, measure))
    plain_step = statistics.median(plain) if plain else float("nan")
    plain_image = args.steps * plain_step

    mem = {}
    if (args.memory or args.memory_only) and cfg["device"] == "cpu":
        for n in [0] + counts:
            cmd = [sys.executable, __file__, "--config", args.config, "--family", args.family, "--child", str(n)]
            cmd += ["--attention", args.attention] if args.attention else []
            cmd += ["--text-length", args.text_length] if args.text_length else []
            cmd += ["--quantize", args.quantize] if args.quantize else []
            # large allocations straight from mmap, so RSS falls when tensors are freed and peaks are visible
            env = {**os.environ, "MALLOC_MMAP_THRESHOLD_": "65536", "MALLOC_TRIM_THRESHOLD_": "0"}
            out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout.strip().splitlines()[-1]
            mem[n] = json.loads(out)["peak_bytes"] / 2**20
    elif cfg["device"].startswith("cuda"):
        mem[0] = peak_memory(lambda: run_regional(regional, layouts[counts[0]], cfg, 2, 0)) / 2**20
        for n in counts:
            mem[n] = peak_memory(lambda n=n: run_regional(regional, layouts[n], cfg, 2, 2, **options(args))) / 2**20

    print("\n| regions | s/step regional | s/image (24 steps, 10 regional) | ratio to plain | RPG-style s/step | RPG s/image | RPG ratio | peak extra MiB |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    print(f"| 0 (plain FLUX) | {plain_step:.3f} | {plain_image:.2f} | 1.00 | - | - | - | {mem.get(0, float('nan')):.0f} |")
    for n in counts:
        step = statistics.median(reg[n]) if reg[n] else float("nan")
        image = args.inject * step + (args.steps - args.inject) * plain_step
        rpg_step = statistics.median(rpg[n]) if rpg[n] else float("nan")
        print(f"| {n} | {step:.3f} | {image:.2f} | {image / plain_image:.2f} | {rpg_step:.3f} | "
              f"{args.steps * rpg_step:.2f} | {args.steps * rpg_step / plain_image:.2f} | {mem.get(n, float('nan')):.0f} |")

    if args.full_image:
        for n in [0] + counts:
            layout = layouts[n] if n else layouts[counts[0]]
            start = time.perf_counter()
            run_regional(regional, layout, cfg, args.steps, args.inject if n else 0, **options(args))
            if cfg["device"].startswith("cuda"):
                torch.cuda.synchronize()
            print(f"whole image, {n} regions: {time.perf_counter() - start:.2f} s", flush=True)


if __name__ == "__main__":
    main()
