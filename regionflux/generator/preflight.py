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
from .defaults import MAX_SEQUENCE_LENGTH
from .masks import token_grids

_REPO_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")


def looks_local(source: str) -> bool:
    """Whether a model/LoRA name is meant as a path rather than a hub repo id."""
    return (source.startswith((".", "/", "~")) or "\\" in source or source.endswith(".safetensors")
            or Path(source).expanduser().exists())


def check_source(source: str, field: str, what: str) -> None:
    """A local path must exist; anything else must have the shape of a hub repo id (owner/name)."""
    if looks_local(source):
        if not Path(source).expanduser().exists():
            raise LayoutError(f"{field}: {source!r} does not exist; give an existing {what} or a hub repo id (owner/name)")
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
