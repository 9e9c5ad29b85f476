"""Changes a user asks for on top of a layout (command-line flags, web-page fields), applied one way.

Every front end builds a :class:`LayoutOverrides` and calls :func:`apply_overrides`; the merged
layout is validated as a whole, so a bad override is reported exactly like a bad layout file.
"""

from __future__ import annotations

from typing import Mapping, Optional

from pydantic import BaseModel, ConfigDict, ValidationError, create_model

from .errors import LayoutError, UsageError, format_validation_error
from .layout import ControlSettings, Layout, LoraSettings, RegionalSettings


def _every_field_optional(model: type[BaseModel], name: str, doc: str) -> type[BaseModel]:
    """A model with ``model``'s fields, each optional and unchecked (None keeps the layout's value): the
    merged layout is what gets validated, so the two can never drift apart."""
    fields = {field: (Optional[info.annotation], None) for field, info in model.model_fields.items()}
    return create_model(name, __config__=ConfigDict(extra="forbid"), __doc__=doc, **fields)


SettingsOverrides = _every_field_optional(
    RegionalSettings, "SettingsOverrides",
    "Fields of :class:`~regionflux.layout.RegionalSettings` to replace; None keeps the layout's.")
ControlOverrides = _every_field_optional(
    ControlSettings, "ControlOverrides",
    "Fields of :class:`~regionflux.layout.ControlSettings` to replace; None keeps the layout's. ``image`` "
    "should already be absolute (or relative to the layout's folder): a path typed on the command line is "
    "relative to where the user typed it, which only the front end knows.")


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
