"""Changes a user asks for on top of a layout (command-line flags, web-page fields), applied one way.

Every front end builds a :class:`LayoutOverrides` and calls :func:`apply_overrides`; the merged
layout is validated as a whole, so a bad override is reported exactly like a bad layout file.
"""

from __future__ import annotations

from typing import Mapping, Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import LayoutError, UsageError, format_validation_error
from .layout import Layout, LoraSettings


class SettingsOverrides(BaseModel):
    """Fields of :class:`~regionflux.layout.RegionalSettings` to replace; None keeps the layout's."""

    model_config = ConfigDict(extra="forbid")

    num_inference_steps: Optional[int] = None
    guidance_scale: Optional[float] = None
    base_ratio: Optional[float] = None
    mask_inject_steps: Optional[int] = None
    double_inject_blocks_interval: Optional[int] = None
    single_inject_blocks_interval: Optional[int] = None


class ControlOverrides(BaseModel):
    """Fields of :class:`~regionflux.layout.ControlSettings` to replace; None keeps the layout's.

    ``image`` should already be absolute (or relative to the layout's folder): a path typed on the
    command line is relative to where the user typed it, which only the front end knows.
    """

    model_config = ConfigDict(extra="forbid")

    model: Optional[str] = None
    image: Optional[str] = None
    mode: Optional[int] = None
    conditioning_scale: Optional[float] = None
    guidance_start: Optional[float] = None
    guidance_end: Optional[float] = None


class LayoutOverrides(BaseModel):
    """Everything a front end may change on a layout before rendering it."""

    model_config = ConfigDict(extra="forbid")

    settings: SettingsOverrides = SettingsOverrides()
    seed: Optional[int] = None
    lora: Optional[list[LoraSettings]] = None  # replaces the layout's LoRAs when given
    control: ControlOverrides = ControlOverrides()


def apply_overrides(layout: Layout, overrides: LayoutOverrides, *, names: Optional[Mapping[str, str]] = None) -> Layout:
    """A new, validated layout: ``layout`` with ``overrides`` applied. Pure: reads no files or clocks.

    ``names`` maps layout fields to what the front end calls them (``settings.guidance_scale`` ->
    ``--guidance``), so an invalid value is reported by the name the user typed.
    """
    data = layout.model_dump(mode="json")
    data["settings"].update(overrides.settings.model_dump(exclude_none=True))
    if overrides.seed is not None:
        data["seed"] = overrides.seed
    if overrides.lora is not None:
        data["lora"] = [lora.model_dump(mode="json") for lora in overrides.lora]
    control = overrides.control.model_dump(exclude_none=True)
    if control:
        merged = {**(data.get("control") or {}), **control}
        if "model" not in merged or "image" not in merged:
            raise UsageError(
                "ControlNet needs both --controlnet MODEL and --control-image PATH (or a layout 'control')"
            )
        data["control"] = merged
    try:
        return Layout.model_validate(data, context={"base_dir": layout.base_dir})
    except ValidationError as exc:
        raise LayoutError(format_validation_error(exc, "options", names)) from None
