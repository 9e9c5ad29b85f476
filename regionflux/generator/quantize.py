"""Quantized weights through diffusers' own quantizers: bitsandbytes, torchao and GGUF files.

Regional attention works on q/k/v after the projections, so it composes with any weight format: the
quantizers replace the linear layers' weights and leave the attention processors alone. This module
turns the user's choices into diffusers/transformers quantization configs, checks what can be checked
before anything loads (the backend installed, the device able to run it, a GGUF file holding a
transformer of the chosen family), and loads a single-file transformer.
"""

from __future__ import annotations

import importlib
import json
import struct
from pathlib import Path
from typing import Optional

from ..errors import GenerationError, UsageError, first_line
from .defaults import BACKEND_PACKAGES, TEXT_ENCODER_FOLDER

EXTRA = "pip install 'regionflux[quant]'"
#: the original (BFL) and diffusers names of a tensor only each family's transformer has
_FAMILY_KEYS = {
    "chroma": ("distilled_guidance_layer.in_proj.bias",),
    "flux2": ("single_stream_modulation.lin.weight", "single_stream_modulation.linear.weight"),
    "flux": ("double_blocks.0.img_attn.norm.key_norm.scale", "time_text_embed.timestep_embedder.linear_1.weight"),
}
_FAMILY_NAMES = {"flux": "FLUX.1", "flux2": "FLUX.2", "chroma": "Chroma"}
_TRANSFORMER_CLASSES = {"flux": "FluxTransformer2DModel", "flux2": "Flux2Transformer2DModel",
                        "chroma": "ChromaTransformer2DModel"}
MAX_GGUF_HEADER = 64 * 2**20


def has_backend(package: str) -> bool:
    try:
        importlib.import_module(package)
    except ImportError:
        return False
    return True


def installed_backends() -> frozenset:
    return frozenset(p for p in ("bitsandbytes", "torchao", "gguf") if has_backend(p))


def check_quantize(quantize: Optional[str], device: str, flag: str = "--quantize") -> None:
    """Refuse, before anything loads, a format whose library is missing or that the device cannot run."""
    if quantize in (None, "none"):
        return
    package = BACKEND_PACKAGES[quantize]
    if not has_backend(package):
        raise UsageError(f"{flag} {quantize} needs {package}, which is not installed: {EXTRA}")
    if package == "bitsandbytes" and not device.startswith("cuda"):
        raise UsageError(f"{flag} {quantize} (bitsandbytes) runs on a CUDA GPU only, not on {device}; "
                         "on this device use --quantize int8wo (torchao) or a GGUF transformer (--transformer FILE.gguf)")
    if quantize == "fp8" and device.startswith("mps"):
        raise UsageError(f"{flag} fp8: Apple GPUs have no float8; use --quantize int8wo")


def check_combination(quantize: Optional[str], offload: Optional[str], compile: bool) -> None:
    """Combinations that load but fail at the first step, refused before loading."""
    if compile and offload == "group" and quantize in ("int8wo", "fp8"):
        # group offloading moves each block's weights by swapping tensors, which torch refuses for torchao's
        # weight tensors once a compiled graph holds a reference to them
        raise UsageError(f"--compile with --offload group cannot move torchao ({quantize}) weights; leave out --compile, "
                         "or use --offload model, or another --quantize")


def diffusers_config(quantize: str, compute_dtype):
    """The diffusers quantization config of a transformer for ``quantize``."""
    import diffusers

    return _library_config(diffusers, quantize, compute_dtype)


def transformers_config(quantize: str, compute_dtype):
    """The transformers quantization config of a text encoder for ``quantize``."""
    import transformers

    return _library_config(transformers, quantize, compute_dtype)


def _library_config(library, quantize: str, compute_dtype):
    # diffusers and transformers name their bitsandbytes and torchao configs alike and take the same arguments
    if quantize == "nf4":
        return library.BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=compute_dtype)
    if quantize == "int8":
        return library.BitsAndBytesConfig(load_in_8bit=True)
    return library.TorchAoConfig(_torchao_config(quantize))


def _torchao_config(quantize: str):
    # torchao 0.18 takes config objects (its old string names such as "int8wo" are refused)
    from torchao.quantization import Float8WeightOnlyConfig, Int8WeightOnlyConfig

    return Int8WeightOnlyConfig() if quantize == "int8wo" else Float8WeightOnlyConfig()


def pipeline_quantization(family: str, quantize: Optional[str], quantize_text_encoder: Optional[str], compute_dtype,
                          *, transformer_file: bool = False):
    """A ``PipelineQuantizationConfig`` for the components asked for, or None when nothing is quantized.

    The large text encoder is T5 on FLUX.1 (``text_encoder_2``) and Chroma, the Qwen3/Mistral model on
    FLUX.2 (``text_encoder``); a transformer given as a file is quantized as that file says, not here.
    """
    from diffusers import PipelineQuantizationConfig

    mapping = {}
    if quantize not in (None, "none") and not transformer_file:
        mapping["transformer"] = diffusers_config(quantize, compute_dtype)
    if quantize_text_encoder not in (None, "none"):
        mapping[TEXT_ENCODER_FOLDER[family]] = transformers_config(quantize_text_encoder, compute_dtype)
    return PipelineQuantizationConfig(quant_mapping=mapping) if mapping else None


# -- a transformer from one file (GGUF or .safetensors) ---------------------------------------------
def tensor_names(path: Path) -> list[str]:
    """The tensor names in a GGUF or .safetensors file, read from its header only."""
    with open(path, "rb") as handle:
        magic = handle.read(4)
        if magic == b"GGUF":
            return _gguf_names(path)
        handle.seek(0)
        head = handle.read(8)
        if len(head) == 8:
            (length,) = struct.unpack("<Q", head)
            if 2 <= length <= MAX_GGUF_HEADER:
                try:
                    return [k for k in json.loads(handle.read(length)) if k != "__metadata__"]
                except ValueError:
                    pass
    raise UsageError(f"--transformer {path.name}: not a GGUF or .safetensors file")


def _gguf_names(path: Path) -> list[str]:
    if not has_backend("gguf"):
        raise UsageError(f"--transformer {path.name} is a GGUF file, which needs the gguf package: {EXTRA}")
    from gguf import GGUFReader

    try:
        return [tensor.name for tensor in GGUFReader(str(path)).tensors]
    except Exception as exc:  # a truncated or foreign file: gguf raises many kinds
        raise UsageError(f"--transformer {path.name}: not a readable GGUF file ({type(exc).__name__})") from None


def transformer_file_family(path: Path) -> Optional[str]:
    """The family whose transformer the file holds ("flux", "flux2", "chroma"), or None."""
    names = {n.removeprefix("model.diffusion_model.") for n in tensor_names(path)}
    for family, keys in _FAMILY_KEYS.items():  # Chroma and FLUX.2 first: FLUX.1's key names are in Chroma too
        if any(key in names for key in keys):
            return family
    return None


def check_transformer_file(source: str, family: str) -> Path:
    """A ``--transformer`` file: exists, is GGUF or .safetensors, and holds a transformer of ``family``."""
    if source.startswith(("http://", "https://")):
        raise UsageError(f"--transformer {source!r}: download the file first (hf download ... / a browser) and give its path")
    path = Path(source).expanduser()
    if path.suffix.lower() not in (".gguf", ".safetensors"):
        raise UsageError(f"--transformer {path.name}: give a .gguf or .safetensors file holding a transformer")
    if not path.is_file():
        raise UsageError(f"--transformer {source!r} does not exist or is not a regular file")
    if not single_file_loadable(family):
        raise UsageError(f"--transformer: diffusers {_installed_diffusers()} cannot load a {_FAMILY_NAMES[family]} "
                         "transformer from a single file; use the model's own folder, or a newer diffusers")
    found = transformer_file_family(path)
    if found is None:
        raise UsageError(f"--transformer {path.name} holds no FLUX.1, FLUX.2 or Chroma transformer "
                         "(none of their tensor names); give the transformer file of the model --model names")
    if found != family:
        raise UsageError(f"--transformer {path.name} holds a {_FAMILY_NAMES[found]} transformer, but --model is a "
                         f"{_FAMILY_NAMES[family]} model; give a {_FAMILY_NAMES[family]} transformer file or another --model")
    return path


def single_file_loadable(family: str) -> bool:
    """Whether this diffusers loads the family's transformer with ``from_single_file``."""
    try:
        from diffusers.loaders.single_file_model import SINGLE_FILE_LOADABLE_CLASSES
    except ImportError:
        return False
    return _TRANSFORMER_CLASSES[family] in SINGLE_FILE_LOADABLE_CLASSES


def _installed_diffusers() -> str:
    from importlib.metadata import version

    return version("diffusers")


def load_transformer_file(path: Path, model: str, family: str, compute_dtype, quantize: Optional[str] = None):
    """A transformer from ``path`` (GGUF: kept quantized, computing in ``compute_dtype``; .safetensors:
    quantized as ``quantize`` says), configured by ``model``'s own transformer config, as diffusers'
    ``from_single_file`` loads them."""
    import diffusers

    cls = getattr(diffusers, _TRANSFORMER_CLASSES[family])
    kwargs = dict(config=model, subfolder="transformer", dtype=compute_dtype)
    if path.suffix.lower() == ".gguf":
        kwargs["quantization_config"] = diffusers.GGUFQuantizationConfig(compute_dtype=compute_dtype)
    elif BACKEND_PACKAGES.get(quantize) == "bitsandbytes":  # diffusers quantizes a single file with bitsandbytes
        kwargs["quantization_config"] = diffusers_config(quantize, compute_dtype)
    from .notices import library_notices_dropped

    try:
        with library_notices_dropped():
            transformer = cls.from_single_file(str(path), **kwargs)
    except Exception as exc:
        raise GenerationError(f"cannot load --transformer {path.name} with {model!r}'s transformer config "
                              f"({type(exc).__name__}: {first_line(exc)}); is it this model's transformer?") from exc
    if BACKEND_PACKAGES.get(quantize) == "torchao":
        # diffusers applies torchao only when loading from a folder; from one file the weights are quantized
        # here, with the same torchao call its quantizer makes
        from torchao.quantization import quantize_

        quantize_(transformer, _torchao_config(quantize))
    return transformer

