"""How a model fits the GPU memory there is: its sizes (read, never loaded) and the cheapest plan that fits.

:func:`plan_memory` is a pure function of the free bytes, the model's sizes and the canvas, so every
choice it makes is tested on a table. Plans are tried from the one that costs least (nothing: all in
bf16 on the GPU) to the one that costs most (NF4 weights streamed block by block): offloading costs
transfer time, 8-bit weights cost little quality, 4-bit weights more. Memory figures are estimates:
weights from their parameter counts, activations and the VAE's decode from the canvas (measured
figures, where a GPU was lent, are in the README).

Model sizes come from the safetensors headers of a local folder (or the hub cache), or from the
published sizes of the models regionflux knows; nothing is downloaded or loaded to find them.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

from ..errors import GenerationError, UsageError
from .defaults import BACKEND_PACKAGES, TEXT_ENCODER_FOLDER

GIB = 2**30
#: bytes per parameter of each weight format (NF4: 4 bits + one fp32 scale per 64 weights; 8-bit ones
#: carry a scale per row, negligible); a GGUF file's own size is used as it is
BYTES_PER_PARAM = {"none": 2.0, "int8": 1.0, "int8wo": 1.0, "fp8": 1.0, "nf4": 0.5625}
#: what a render needs beside the weights, per megapixel of canvas (transformer activations with the
#: regional streams, the sdpa kernel's dense mask at 4 regions), estimated
ACTIVATIONS_PER_MPIX = 1.5 * GIB
#: the VAE decoder's peak per megapixel when it decodes the whole latent at once; tiled it is bounded
VAE_DECODE_PER_MPIX = 3.0 * GIB
VAE_TILED = 1.0 * GIB
#: CUDA context, cuBLAS workspaces, allocator slack
OVERHEAD = 0.8 * GIB


@dataclass(frozen=True)
class ModelSizes:
    """Parameter counts of a pipeline's parts; ``transformer_bytes`` is set when the transformer is a
    GGUF file (its weights stay in that file's format)."""

    transformer: int
    text_encoder: int  # the large one: T5 (FLUX.1, Chroma), Qwen3 (FLUX.2 [klein]), Mistral (FLUX.2 [dev])
    rest: int  # CLIP, the VAE
    blocks: int = 57  # transformer blocks, for group offloading's one-block-at-a-time peak
    transformer_bytes: Optional[int] = None

    def with_gguf(self, file_bytes: int) -> "ModelSizes":
        return replace(self, transformer_bytes=file_bytes)


#: published sizes of the models regionflux knows (parameters), for hub ids not in the local cache
KNOWN_SIZES = {
    "flux": ModelSizes(transformer=11_901_408_320, text_encoder=4_762_310_656, rest=123_060_480 + 83_819_683, blocks=57),
    "chroma": ModelSizes(transformer=8_903_000_000, text_encoder=4_762_310_656, rest=83_819_683, blocks=57),
    "flux2-klein-4b": ModelSizes(transformer=3_880_000_000, text_encoder=4_022_000_000, rest=84_000_000, blocks=25),
    "flux2-klein-9b": ModelSizes(transformer=9_080_000_000, text_encoder=8_190_000_000, rest=84_000_000, blocks=32),
    "flux2-dev": ModelSizes(transformer=32_200_000_000, text_encoder=24_000_000_000, rest=84_000_000, blocks=56),
}
_KNOWN_REPOS = {
    "black-forest-labs/flux.1-dev": "flux", "black-forest-labs/flux.1-schnell": "flux",
    "black-forest-labs/flux.1-krea-dev": "flux", "lodestones/chroma1-hd": "chroma", "lodestones/chroma1-base": "chroma",
    "black-forest-labs/flux.2-klein-4b": "flux2-klein-4b", "black-forest-labs/flux.2-klein-base-4b": "flux2-klein-4b",
    "black-forest-labs/flux.2-klein-9b": "flux2-klein-9b", "black-forest-labs/flux.2-klein-base-9b": "flux2-klein-9b",
    "black-forest-labs/flux.2-dev": "flux2-dev",
}
#: folders every family counts as "rest"
_REST_FOLDERS = ("text_encoder", "vae")
MAX_HEADER = 100 * 2**20


@dataclass(frozen=True)
class MemoryPlan:
    """How to load and run a model: weight formats, offloading, VAE tiling, and the bytes it needs."""

    quantize: str = "none"  # the transformer's format (or "gguf" for a GGUF file)
    quantize_text_encoder: str = "none"
    offload: str = "none"
    vae_tiling: bool = False
    need: int = 0  # estimated peak bytes on the device
    notes: tuple = field(default_factory=tuple)

    def describe(self, free: Optional[int] = None) -> str:
        """One line, e.g. "24 GB free: transformer in NF4, T5 int8, model offload (about 14 GB)"."""
        parts = [f"transformer in {_format_name(self.quantize)}", f"text encoder {_format_name(self.quantize_text_encoder)}"]
        parts.append({"none": "all on the GPU", "model": "model offload", "group": "group offload (block by block)",
                      "sequential": "sequential offload"}[self.offload])
        if self.vae_tiling:
            parts.append("VAE tiling")
        head = f"{free / GIB:.0f} GB free: " if free is not None else ""
        return f"{head}{', '.join(parts)} (about {self.need / GIB:.1f} GB)"


def _format_name(quantize: str) -> str:
    return {"none": "bf16", "nf4": "NF4", "int8": "int8", "int8wo": "int8", "fp8": "fp8", "gguf": "GGUF"}[quantize]


def estimate(plan: MemoryPlan, sizes: ModelSizes, width: int, height: int) -> int:
    """Peak device bytes of ``plan`` for a ``width`` x ``height`` render (an estimate)."""
    mpix = width * height / 2**20
    if sizes.transformer_bytes is not None and plan.quantize == "gguf":
        transformer = sizes.transformer_bytes
    else:
        transformer = sizes.transformer * BYTES_PER_PARAM[plan.quantize]
    encoder = sizes.text_encoder * BYTES_PER_PARAM[plan.quantize_text_encoder]
    rest = sizes.rest * BYTES_PER_PARAM["none"]
    vae = VAE_TILED if plan.vae_tiling else VAE_DECODE_PER_MPIX * mpix
    work = ACTIVATIONS_PER_MPIX * mpix
    if plan.offload == "none":
        weights = transformer + encoder + rest
        peak = weights + max(work, vae)
    elif plan.offload == "model":  # one component on the device at a time
        peak = max(transformer + work, encoder, rest + vae)
    else:  # group/sequential: one block (or layer) of the largest part at a time, two in flight
        block = max(transformer / sizes.blocks, encoder / 40)
        peak = 2 * block + max(work, vae + rest)
    return int(peak + OVERHEAD)


#: candidate plans, cheapest first: (transformer, text encoder, offload)
_LADDER = (
    ("none", "none", "none"),
    ("none", "none", "model"),
    ("8bit", "int8", "none"),
    ("8bit", "int8", "model"),
    ("nf4", "int8", "model"),
    ("nf4", "nf4", "model"),
    ("none", "none", "group"),
    ("nf4", "nf4", "group"),
)


def plan_memory(free: int, sizes: ModelSizes, width: int, height: int, *, backends: frozenset = frozenset(),
                fp8: bool = False, gguf: bool = False, quantize: Optional[str] = None,
                quantize_text_encoder: Optional[str] = None, offload: Optional[str] = None) -> MemoryPlan:
    """The cheapest plan that fits ``free`` bytes for a ``width`` x ``height`` render.

    ``backends``: the quantization libraries installed ("bitsandbytes", "torchao"); ``fp8``: the GPU
    runs float8 (compute capability 8.9 or newer), so 8-bit transformers use fp8 there, int8 elsewhere;
    ``gguf``: the transformer is a GGUF file (``sizes.transformer_bytes``), which stays as it is.
    ``quantize``, ``quantize_text_encoder``, ``offload``: what the user chose; only the rest is planned.
    Raises :class:`GenerationError` naming the smallest plan and its size when none fits.
    """
    if free <= 0:
        raise GenerationError("no free memory on the device")
    tried = []
    for transformer, encoder, offload_rung in _LADDER:
        eight = "int8wo" if "torchao" in backends else "int8"  # torchao where installed: no CUDA-only kernels
        if gguf:
            transformer = "gguf"
        elif transformer == "8bit":
            transformer = "fp8" if fp8 and "torchao" in backends else eight
        if encoder == "int8":
            encoder = eight
        transformer = quantize or transformer
        encoder = quantize_text_encoder or encoder
        moved = offload or offload_rung
        usable = all(BACKEND_PACKAGES.get(q) is None or BACKEND_PACKAGES[q] in backends or q == "gguf"
                     for q in (transformer, encoder))
        for tiling in (False, True):
            plan = MemoryPlan(quantize=transformer, quantize_text_encoder=encoder, offload=moved, vae_tiling=tiling)
            plan = replace(plan, need=estimate(plan, sizes, width, height))
            if plan.need <= free:
                if usable:
                    return plan
                tried.append(plan)
    smallest = min((replace(p, need=estimate(p, sizes, width, height)) for p in _all_plans(gguf)), key=lambda p: p.need)
    if tried:
        missing = sorted({BACKEND_PACKAGES[q] for p in tried for q in (p.quantize, p.quantize_text_encoder)
                          if q in BACKEND_PACKAGES and BACKEND_PACKAGES[q] not in backends and q != "gguf"})
        raise GenerationError(
            f"this model fits {free / GIB:.1f} GB only quantized ({tried[0].describe()}), and {', '.join(missing)} "
            "is not installed: pip install 'regionflux[quant]' (bitsandbytes needs a CUDA GPU)")
    raise GenerationError(
        f"the model does not fit {free / GIB:.1f} GB free for a {width}x{height} render: the smallest plan, "
        f"{smallest.describe()}, needs about {smallest.need / GIB:.1f} GB. Free memory on the GPU, use a smaller "
        "canvas, a GGUF transformer (--transformer FILE.gguf), or --offload sequential (slowest); --memory off "
        "loads what you chose without this estimate")


def _all_plans(gguf: bool):
    for transformer, encoder, offload in _LADDER + (("nf4", "nf4", "sequential"),):
        transformer = "gguf" if gguf else ("int8wo" if transformer == "8bit" else transformer)
        yield MemoryPlan(quantize=transformer, quantize_text_encoder=encoder, offload=offload, vae_tiling=True)


# -- model sizes, without loading -------------------------------------------------------------------
def safetensors_params(path: Path) -> int:
    """Parameters in one .safetensors file, from its header (the first bytes of the file)."""
    with open(path, "rb") as handle:
        head = handle.read(8)
        if len(head) < 8:
            raise ValueError(f"{path.name} is too short to be a .safetensors file")
        (length,) = struct.unpack("<Q", head)
        if length > MAX_HEADER:
            raise ValueError(f"{path.name}: header of {length} bytes is not a .safetensors header")
        header = json.loads(handle.read(length))
    total = 0
    for name, entry in header.items():
        if name != "__metadata__":
            count = 1
            for dim in entry["shape"]:
                count *= int(dim)
            total += count
    return total


def folder_params(folder: Path) -> int:
    return sum(safetensors_params(p) for p in sorted(folder.glob("*.safetensors")))


def model_sizes(model: str, family: str) -> ModelSizes:
    """The sizes of ``model`` (a local folder, a hub id in the local cache, or one regionflux knows)."""
    folder = _local_folder(model)
    if folder is not None:
        transformer = folder_params(folder / "transformer")
        if transformer:
            encoder_folder = TEXT_ENCODER_FOLDER.get(family, "text_encoder")
            encoder = folder_params(folder / encoder_folder)
            rest = sum(folder_params(folder / name) for name in _REST_FOLDERS if name != encoder_folder)
            blocks = _block_count(folder / "transformer" / "config.json")
            return ModelSizes(transformer=transformer, text_encoder=encoder, rest=rest, blocks=blocks)
    key = _KNOWN_REPOS.get(model.lower())
    if key is None:
        raise UsageError(
            f"--memory auto cannot tell how large {model!r} is without downloading it; pass --memory off, or "
            "choose --quantize and --offload yourself")
    return KNOWN_SIZES[key]


def _block_count(config: Path) -> int:
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
        return max(1, int(data.get("num_layers", 19)) + int(data.get("num_single_layers", 38)))
    except (OSError, ValueError, TypeError):
        return 57


def _local_folder(model: str) -> Optional[Path]:
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(model, local_files_only=True, allow_patterns=["*.json", "*.safetensors"]))
    except Exception:  # not in the cache (or not a repo id): the known sizes decide
        return None
