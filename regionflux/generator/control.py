"""ControlNet and LoRA settings of a layout, turned into what diffusers' pipelines take.

The ControlNet model itself never sees the regional attention (diffusers does not pass
``joint_attention_kwargs`` to it): it runs on the base prompt, and its residuals are added to the
image tokens, in the single-stream blocks to the regional stream only, as in the seed.
"""

from __future__ import annotations

import warnings
from typing import Any, Optional

from ..errors import GenerationError, LayoutError, first_line
from ..files import ImageReadError, read_image
from ..layout import ControlSettings, Layout, LoraSettings


def control_kwargs(pipe, layout: Layout) -> dict[str, Any]:
    """Pipeline keyword arguments for ``layout.control``; clear errors for what diffusers would choke on."""
    control = layout.control
    controlnet = getattr(pipe, "controlnet", None)
    if control is None:
        if controlnet is not None:
            raise GenerationError(
                "the pipeline has a ControlNet but the layout has no 'control' settings; add them "
                "(or --control-image) or use a pipeline without ControlNet"
            )
        return {}
    if controlnet is None:
        raise GenerationError(
            f"the layout asks for ControlNet {control.model!r} but the pipeline has none; load it with "
            "RegionalFlux.from_pretrained(..., controlnet=...) or pass --controlnet"
        )
    check_control_mode(controlnet, control.mode)
    return dict(
        control_image=load_control_image(layout, control),
        control_mode=control.mode,
        controlnet_conditioning_scale=control.conditioning_scale,
        control_guidance_start=control.guidance_start,
        control_guidance_end=control.guidance_end,
    )


def check_control_mode(controlnet, mode: Optional[int]) -> None:
    """A Union ControlNet needs a mode within its range; any other ControlNet takes none."""
    num_mode = getattr(controlnet.config, "num_mode", None)
    if num_mode is not None:
        if mode is None:
            raise LayoutError(
                f"control.mode: this is a Union ControlNet with {num_mode} control modes; give one "
                f"(0-{num_mode - 1}, e.g. --control-mode 2 for depth on Union-Pro)"
            )
        if mode >= num_mode:
            raise LayoutError(f"control.mode: {mode} is out of range; this ControlNet has modes 0-{num_mode - 1}")
    elif mode is not None:
        raise LayoutError("control.mode: this ControlNet has no control modes; remove the mode (--control-mode)")


def load_control_image(layout: Layout, control: ControlSettings):
    """The control image as RGB at the canvas size, warning when its aspect ratio differs."""
    from PIL import Image

    path = layout.resolve(control.image)
    try:
        image = read_image(path).convert("RGB")
    except ImageReadError as exc:
        raise LayoutError(f"control.image: cannot read {exc}; give an image file") from None
    width, height = image.size
    if abs(width / height - layout.width / layout.height) > 0.01:
        warnings.warn(
            f"control image {path.name} is {width}x{height} but the canvas is {layout.width}x{layout.height}; "
            "it is stretched to the canvas (crop it to the same aspect ratio to avoid distortion)",
            UserWarning,
            stacklevel=3,
        )
    if image.size != (layout.width, layout.height):
        image = image.resize((layout.width, layout.height), Image.BICUBIC)
    return image


def load_loras(pipe, loras: list[LoraSettings]) -> list[str]:
    """Load LoRAs through diffusers (peft) and activate them with their scales; returns adapter names."""
    if not loras:
        return []
    if not hasattr(pipe, "load_lora_weights"):
        raise GenerationError("this pipeline cannot load LoRA weights")
    names = []
    for i, lora in enumerate(loras):
        name = f"regionflux_{i}"
        kwargs = {"weight_name": lora.weight_name} if lora.weight_name else {}
        try:
            pipe.load_lora_weights(lora.path, adapter_name=name, **kwargs)
        except Exception as exc:  # hub, file and format errors all get the same advice
            if names:  # never leave half of a list loaded
                pipe.delete_adapters(names)
            raise GenerationError(
                f"cannot load LoRA {lora.path!r} ({type(exc).__name__}: {first_line(exc)}); give a FLUX LoRA repo id, "
                "folder or .safetensors file (and --weight-name when a repo holds several files)"
            ) from exc
        names.append(name)
    pipe.set_adapters(names, adapter_weights=[lora.scale for lora in loras])
    return names
