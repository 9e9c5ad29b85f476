"""What can be checked before a model loads, so a mistake costs a second, not minutes of loading.

Every front end calls :func:`check_render` with the layout and the render options; it needs no
torch except to parse a device string. :func:`resolve_device` is also what ``from_pretrained`` uses.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from ..errors import GenerationError, LayoutError, UsageError
from ..files import ImageReadError, read_image
from ..layout import MAX_GUIDANCE, MAX_IMAGES, MAX_SEED, Layout
from .defaults import MAX_SEQUENCE_LENGTH, OFFLOAD_MODES
from .masks import token_grids

_REPO_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")


def looks_local(source: str) -> bool:
    """Whether a model/LoRA name is meant as a path rather than a hub repo id."""
    return (source.startswith((".", "/", "~")) or "\\" in source or source.endswith(".safetensors")
            or Path(source).expanduser().exists())


def check_source(source: str, field: str, what: str) -> None:
    """A local path must exist; anything else must have the shape of a hub repo id (owner/name)."""
    if looks_local(source):
        path = Path(source).expanduser()
        if not path.exists():
            raise LayoutError(f"{field}: {source!r} does not exist; give an existing {what} or a hub repo id (owner/name)")
        if not (path.is_dir() or path.is_file()):  # a FIFO or a device would hang or feed a loader garbage
            raise LayoutError(f"{field}: {source!r} is not a regular file or folder; give an existing {what}")
    elif not _REPO_ID.fullmatch(source):
        raise LayoutError(f"{field}: {source!r} is neither an existing file or folder nor a hub repo id like owner/name")


def check_render(layout: Layout, *, num_images: int = 1, max_sequence_length: int = MAX_SEQUENCE_LENGTH,
                 true_cfg_scale: float = 1.0, masks: bool = True) -> None:
    """Everything about a render that can be known without the model; raises a clear error.

    ``masks=False`` skips reading the mask images, for a caller that builds the token masks (and so
    makes the same check) right after.
    """
    if not 1 <= num_images <= MAX_IMAGES:
        raise UsageError(f"--num-images {num_images}: give 1 to {MAX_IMAGES} images per render "
                         "(run again with another --seed for more)")
    if not 1 <= max_sequence_length <= MAX_SEQUENCE_LENGTH:
        raise UsageError(
            f"--max-sequence-length {max_sequence_length} is out of range; FLUX.1's T5 takes 1 to {MAX_SEQUENCE_LENGTH}"
        )
    if not (true_cfg_scale == true_cfg_scale and 1 <= true_cfg_scale <= MAX_GUIDANCE):
        raise UsageError(f"--true-cfg {true_cfg_scale:.4g}: give a number from 1 (off) to {MAX_GUIDANCE:g}")
    if layout.seed is not None and layout.seed + num_images - 1 > MAX_SEED:
        raise UsageError(f"--seed {layout.seed} with {num_images} images passes the largest seed, {MAX_SEED}")
    if masks:
        token_grids(layout)  # every mask readable and holding at least one token centre
    check_control_image(layout)


def check_control_image(layout: Layout) -> None:
    """The control image, decoded whole, so a truncated one is caught here and not after the model loads."""
    if layout.control is not None:
        try:
            read_image(layout.resolve(layout.control.image))
        except ImageReadError as exc:
            raise LayoutError(f"control.image: cannot read {exc}; give an image file") from None


def check_files(layout: Layout) -> None:
    """Every file a render of ``layout`` would read: masks, the control image, local LoRAs and ControlNet."""
    token_grids(layout)
    check_control_image(layout)
    if layout.control is not None:
        check_source(layout.control.model, "control.model", "ControlNet folder")
    for i, lora in enumerate(layout.lora):
        check_source(lora.path, f"lora[{i}].path", "LoRA file or folder")


def check_sources(model: str, controlnet: Optional[str] = None, loras=()) -> None:
    """The model, ControlNet and LoRA names: existing local paths, or hub repo ids."""
    check_source(model, "--model", "model folder")
    if controlnet is not None:
        check_source(controlnet, "control.model", "ControlNet folder")
    for i, lora in enumerate(loras):
        check_source(lora.path, f"lora[{i}].path", "LoRA file or folder")


def resolve_device(device: Optional[str], flag: str = "--device") -> str:
    """The device to render on: the one asked for, checked, or CUDA (refusing to start without it).
    ``flag`` is the option that named it, for messages."""
    import torch

    if device is None:
        if torch.cuda.is_available():
            return "cuda"
        raise GenerationError(
            "no CUDA device found; FLUX needs a GPU to run in reasonable time. Pass --device cpu "
            "(device='cpu') to run on the CPU anyway, or use `regionflux plan` to make a layout here"
        )
    try:
        parsed = torch.device(device)
    except (RuntimeError, ValueError):
        raise UsageError(f"{flag} {device!r} is not a device torch knows; use cpu, cuda, cuda:1 or mps") from None
    if parsed.type == "cuda":
        if not torch.cuda.is_available():
            raise GenerationError(f"device {device!r} asked for, but torch sees no CUDA device on this machine")
        if parsed.index is not None and parsed.index >= torch.cuda.device_count():
            raise GenerationError(f"device {device!r} asked for, but torch sees {torch.cuda.device_count()} CUDA device(s)")
    elif parsed.type == "mps" and not torch.backends.mps.is_available():
        raise GenerationError(f"device {device!r} asked for, but this machine has no MPS (Apple GPU) device")
    elif parsed.type not in ("cpu", "cuda", "mps", "xpu"):
        raise UsageError(f"{flag} {device!r}: regionflux runs on cpu, cuda or mps")
    return device


def free_memory(device: str) -> Optional[int]:
    """Bytes free on ``device`` now (CUDA: the driver's count; CPU: the kernel's MemAvailable), or None."""
    if device.startswith("cuda"):
        import torch

        try:
            return torch.cuda.mem_get_info(torch.device(device))[0]
        except (RuntimeError, AssertionError):
            return None
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            for line in info:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return None


def dense_mask_bytes(layout: Layout, *, max_sequence_length: int, regional_prompt_length: str,
                     element_bytes: int) -> int:
    """Bytes of the sdpa kernel's dense (text + image)^2 mask for ``layout`` (an upper bound: the
    background counted as a region; with real prompt lengths, about one token per 2 characters)."""
    prompts = [r.description for r in layout.regions] + ([layout.background_prompt] if layout.background_prompt else [])
    if regional_prompt_length == "real":
        text = sum(min(max_sequence_length, len(p) // 2 + 8) for p in prompts)
    else:
        text = len(prompts) * max_sequence_length
    image = (layout.width // 16) * (layout.height // 16)
    return (text + image) ** 2 * element_bytes


def check_attention_memory(layout: Layout, *, device: str, attention: str, dtype: Optional[str],
                           max_sequence_length: int, regional_prompt_length: str) -> None:
    """Before any model loads: refuse a render whose regional attention cannot fit, saying what would.

    The sdpa kernel keeps one dense (text + image)^2 mask; it must fit in half the free memory. Where it
    does not, the block-sparse flex kernel needs no such mask, on CUDA (``auto`` picks it there, see
    :func:`~regionflux.generator.kernels.choose_kernel`); uncompiled on a CPU it is no smaller.
    """
    if not layout.regions or layout.settings.mask_inject_steps == 0 or attention == "flex" and device.startswith("cuda"):
        return
    element = 4 if (dtype or ("bfloat16" if device.startswith("cuda") else "float32")) == "float32" else 2
    need = dense_mask_bytes(layout, max_sequence_length=max_sequence_length,
                            regional_prompt_length=regional_prompt_length, element_bytes=element)
    free = free_memory(device)
    if free is None or need <= free / 2 or device.startswith("cuda") and attention == "auto":
        return
    text = int(need ** 0.5 / element ** 0.5) - (layout.width // 16) * (layout.height // 16)
    side = int(16 * max(0.0, (free / 2 / element) ** 0.5 - text) ** 0.5) // 16 * 16
    fits = f"a canvas of about {side}x{side}" if side >= 256 else "a much smaller canvas"
    flex = ", or --attention flex on a GPU (block-sparse, no dense mask)" if not device.startswith("cuda") else \
        ", or --attention flex (block-sparse, no dense mask)"
    raise GenerationError(
        f"a {layout.width}x{layout.height} canvas with {len(layout.regions)} regions needs about {need / 2**30:.1f} GB "
        f"for the regional attention mask, more than half of the {free / 2**30:.1f} GB free on {device}; {fits} "
        f"fits, or fewer regions, or --regional-prompt-length real{flex}")


def offload_mode(offload: Optional[str], *, cpu_offload: bool = False, sequential_offload: bool = False) -> str:
    """One offloading mode from ``offload`` and the older flags that name one (--cpu-offload is "model",
    --sequential-offload "sequential"); they must agree."""
    named = [mode for mode, on in (("model", cpu_offload), ("sequential", sequential_offload)) if on]
    if offload is not None and offload not in OFFLOAD_MODES:
        raise UsageError(f"--offload {offload!r}: choose one of {', '.join(OFFLOAD_MODES)}")
    if offload is not None:
        named.append(offload)
    if len(set(named)) > 1:
        raise UsageError(f"offloading asked for twice ({' and '.join(named)}); give one --offload")
    return named[0] if named else "none"
