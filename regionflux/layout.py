"""The contract between planner and generator: one validated, JSON-serialisable layout.

Everything downstream (preview, generator, CLI, web page) takes a :class:`Layout`; a planner's only
job is to produce one. Validation messages name the field and say how to fix it, because layouts are
written by LLMs and edited by hand. This module needs no torch: pixel and token masks are the
generator's business (``generator/masks.py``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    Strict,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .errors import LayoutError, format_validation_error
from .files import MAX_LAYOUT_BYTES, ImageReadError, ReadError, image_size, read_limited, write_text

#: Numbers as numbers: a layout's ``"width": "128"``, ``128.0`` or ``true`` is a mistake to point out, not
#: something to guess at (floats still take whole numbers: ``"base_ratio": 1``).
Int = Annotated[int, Strict()]
Float = Annotated[float, Strict()]

#: Pixels per latent token side on FLUX: VAE factor 8 times patch size 2.
TOKEN_PX = 16
#: Default cap on regions; override with validation context ``{"max_regions": n}``.
MAX_REGIONS = 16
#: Canvas side in pixels when none is given.
DEFAULT_CANVAS = 1024
#: Largest canvas side in pixels: past it FLUX's memory need grows beyond any GPU (and PIL's limits).
MAX_CANVAS = 4096
#: Largest seed: fits a torch generator and survives JSON in a browser (integers exact up to 2**53).
MAX_SEED = 2**53 - 1
#: Most denoising steps a render may take. Every step costs one full transformer pass, so steps are
#: the number that buys machine time most directly; FLUX.1 [dev] is made for 28-50 and flow-matching
#: samplers stop changing the picture well before 100, so 200 (8x the default) leaves room to try.
MAX_STEPS = 200
#: Largest guidance (FLUX's distilled guidance, or true CFG): useful values lie between 1 and 10.
MAX_GUIDANCE = 100.0
#: Most images one render may make (each costs a full render's time and its latents' memory).
MAX_IMAGES = 16
#: Most LoRAs a layout may load at once (each is loaded into the model before the render).
MAX_LORAS = 8
#: Longest prompt or description in characters: T5 reads at most 512 tokens (about 2,000 characters),
#: so more is never seen by the model, only carried through every message and file.
MAX_PROMPT_CHARS = 4000
#: Longest label, and longest path or model id, in characters.
MAX_LABEL_CHARS = 200
MAX_PATH_CHARS = 1024


class RegionalSettings(BaseModel):
    """Strength of the regional control; names and defaults follow the seed."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    mask_inject_steps: Int = Field(10, ge=0, le=MAX_STEPS, description="Denoising steps that use the regional mask.")
    double_inject_blocks_interval: Int = Field(1, ge=1, le=1000, description="Mask every n-th double-stream block.")
    single_inject_blocks_interval: Int = Field(1, ge=1, le=1000, description="Mask every n-th single-stream block.")
    base_ratio: Float = Field(0.2, ge=0.0, le=1.0, description="Weight of the base prompt's attention.")
    num_inference_steps: Int = Field(24, ge=1, le=MAX_STEPS)
    guidance_scale: Float = Field(3.5, ge=0.0, le=MAX_GUIDANCE)


class ControlSettings(BaseModel):
    """A ControlNet condition carried by a layout, so a demo is one file."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    model: str = Field(max_length=MAX_PATH_CHARS,
                       description="ControlNet repo id or local folder (e.g. a FLUX Union ControlNet).")
    image: str = Field(max_length=MAX_PATH_CHARS, description="Control image path, relative to the layout file.")
    mode: Optional[Int] = Field(None, ge=0, le=100, description="Union ControlNet control mode (e.g. 2 = depth).")
    conditioning_scale: Float = Field(0.7, ge=0.0, le=10.0)
    guidance_start: Float = Field(0.0, ge=0.0, le=1.0)
    guidance_end: Float = Field(1.0, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _start_before_end(self) -> "ControlSettings":
        if self.guidance_start > self.guidance_end:
            raise ValueError(
                f"guidance_start ({self.guidance_start}) must not exceed guidance_end ({self.guidance_end})"
            )
        return self


class LoraSettings(BaseModel):
    """A LoRA to load through diffusers before rendering."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    path: str = Field(max_length=MAX_PATH_CHARS, description="Repo id, local folder or .safetensors file.")
    scale: Float = Field(1.0, ge=-100.0, le=100.0)
    weight_name: Optional[str] = Field(None, max_length=255, description="File inside `path` (a name, not a path).")

    @field_validator("weight_name")
    @classmethod
    def _plain_file_name(cls, value: Optional[str]) -> Optional[str]:
        # a name inside `path`, never a second path: otherwise it could point anywhere on the machine
        if value is not None and (not value.strip() or value in (".", "..") or "/" in value or "\\" in value
                                  or "\x00" in value):
            raise ValueError(f"{value[:40]!r} must be the name of a file inside 'path' (no folders); "
                             "put the folder in 'path'")
        return value


class Region(BaseModel):
    """One area of the canvas and what it shows: a pixel box ``[x0, y0, x1, y1]`` or a mask image."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    description: str = Field(max_length=MAX_PROMPT_CHARS, description="The regional prompt: what this area shows, in detail.")
    box: Optional[tuple[Int, Int, Int, Int]] = Field(
        None, description="[x0, y0, x1, y1] in canvas pixels, x1/y1 exclusive (the seed's xyxy)."
    )
    mask: Optional[str] = Field(
        None, max_length=MAX_PATH_CHARS, description="Path to a greyscale image of the canvas size; white = inside."
    )
    label: Optional[str] = Field(None, max_length=MAX_LABEL_CHARS, description="Short noun for previews.")

    @field_validator("description")
    @classmethod
    def _description_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("description is empty; describe what this region shows")
        return value

    @model_validator(mode="after")
    def _box_or_mask(self) -> "Region":
        if (self.box is None) == (self.mask is None):
            raise ValueError("give exactly one of 'box' ([x0, y0, x1, y1] in pixels) or 'mask' (image path)")
        if self.box is not None:
            x0, y0, x1, y1 = self.box
            if x0 >= x1 or y0 >= y1:
                raise ValueError(
                    f"box {list(self.box)} needs x0 < x1 and y0 < y1 (format [x0, y0, x1, y1], pixels)"
                )
            if x1 - x0 < TOKEN_PX or y1 - y0 < TOKEN_PX:
                raise ValueError(
                    f"box {list(self.box)} is {x1 - x0}x{y1 - y0} px, smaller than one latent token "
                    f"({TOKEN_PX}x{TOKEN_PX} px); make it at least {TOKEN_PX} px wide and high"
                )
        return self

    @property
    def name(self) -> str:
        """A short name for messages and previews."""
        return self.label or " ".join(self.description.split()[:4])


class RepaintRecord(BaseModel):
    """Where a repainted image came from, so a chain of repaints can be followed back to the first render."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    parent_sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the image file repainted.")
    seed: Int = Field(ge=0, le=MAX_SEED)
    strength: Float = Field(gt=0.0, le=1.0, description="1: the area from noise; lower keeps more of the old pixels.")
    margin: Int = Field(ge=0, le=256, description="Pixels past the regions the repaint blends into.")
    # bounded by the largest canvas, not this layout's: the record describes the repaint that was made, and a
    # layout edited after it (a region removed, the canvas resized) still carries it
    area: tuple[Int, Int, Int, Int] = Field(description="Bounding box of the repainted pixels: x0, y0, x1, y1.")
    regions: list[Int] = Field(max_length=MAX_REGIONS, description="The regions repainted (indices in this layout).")

    @field_validator("area")
    @classmethod
    def _area_on_a_canvas(cls, value):
        x0, y0, x1, y1 = value
        if not (0 <= x0 <= x1 <= MAX_CANVAS and 0 <= y0 <= y1 <= MAX_CANVAS):
            raise ValueError(f"{list(value)} is not a box x0 <= x1, y0 <= y1 within 0..{MAX_CANVAS}")
        return value

    @field_validator("regions")
    @classmethod
    def _region_numbers(cls, value):
        if any(not 0 <= i < MAX_REGIONS for i in value):
            raise ValueError(f"{value}: region numbers run from 0 to {MAX_REGIONS - 1}")
        return value


class Layout(BaseModel):
    """A whole composition: global prompt, optional background prompt, regions, canvas and settings."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    prompt: str = Field(max_length=MAX_PROMPT_CHARS, description="The global (base) prompt for the whole image.")
    background_prompt: Optional[str] = Field(
        "a photo", max_length=MAX_PROMPT_CHARS, description="Prompt for pixels no region covers; null for none."
    )
    width: Int = Field(DEFAULT_CANVAS, description="Canvas width in pixels, a multiple of 16.")
    height: Int = Field(DEFAULT_CANVAS, description="Canvas height in pixels, a multiple of 16.")
    regions: list[Region] = Field(default_factory=list)
    settings: RegionalSettings = Field(default_factory=RegionalSettings)
    seed: Optional[Int] = Field(None, ge=0, le=MAX_SEED, description="Seed of the render (image i of a batch: seed + i).")
    lora: list[LoraSettings] = Field(default_factory=list, max_length=MAX_LORAS)
    control: Optional[ControlSettings] = None
    repaint: Optional[RepaintRecord] = Field(None, description="Set on a repainted image's layout: what it came from.")

    _base_dir: Path = PrivateAttr(default_factory=Path)

    @field_validator("prompt")
    @classmethod
    def _prompt_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("prompt is empty; give the global prompt for the whole image")
        return value

    @field_validator("width", "height")
    @classmethod
    def _multiple_of_token(cls, value: int, info: ValidationInfo) -> int:
        check_canvas_size(info.field_name, value)
        return value

    @field_validator("regions", mode="before")
    @classmethod
    def _not_too_many(cls, value, info: ValidationInfo):
        # counted before any region is validated: a list of 20,000 costs nothing to refuse
        limit = (info.context or {}).get("max_regions", MAX_REGIONS)
        if isinstance(value, (list, tuple)) and len(value) > limit:
            raise ValueError(f"{len(value)} regions, more than the maximum of {limit}; merge or drop some")
        return value

    @model_validator(mode="after")
    def _regions_fit(self, info: ValidationInfo) -> "Layout":
        context = info.context or {}
        if "base_dir" in context:
            self._base_dir = Path(context["base_dir"])
        errors = []
        for i, region in enumerate(self.regions):
            if region.box is not None:
                x0, y0, x1, y1 = region.box
                if x0 < 0 or y0 < 0 or x1 > self.width or y1 > self.height:
                    errors.append(
                        f"regions[{i}].box {list(region.box)} lies outside the {self.width}x{self.height} "
                        f"canvas; keep 0 <= x0 < x1 <= {self.width} and 0 <= y0 < y1 <= {self.height}"
                    )
            else:
                problem = self._check_mask(region.mask)
                if problem:
                    errors.append(f"regions[{i}].mask: {problem}")
        if errors:
            raise ValueError("; ".join(errors))
        return self

    def _check_mask(self, mask: str) -> Optional[str]:
        path = self.resolve(mask)
        try:
            size = image_size(path)
        except ImageReadError as exc:  # named as the layout names it: a resolved path may be the server's
            return f"cannot read mask image {mask!r} ({exc.why}); give a greyscale PNG path"
        if size != (self.width, self.height):
            return (
                f"mask image {mask!r} is {size[0]}x{size[1]} but the canvas is "
                f"{self.width}x{self.height}; resize the mask to the canvas"
            )
        return None

    def __eq__(self, other: object) -> bool:
        # equal content is an equal layout, wherever the files it was read from live
        if not isinstance(other, Layout):
            return NotImplemented
        return self.model_dump() == other.model_dump()

    __hash__ = None  # mutable, like every pydantic model

    # -- paths ------------------------------------------------------------------------------------
    @property
    def base_dir(self) -> Path:
        """Folder that relative mask and control-image paths are resolved against."""
        return self._base_dir

    def resolve(self, path: str) -> Path:
        """A path from the layout, relative to the layout file's folder."""
        candidate = Path(path).expanduser()
        return candidate if candidate.is_absolute() else self._base_dir / candidate

    # -- I/O --------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path, *, max_regions: int = MAX_REGIONS) -> "Layout":
        """Read and validate a layout file; mask paths resolve against its folder."""
        path = Path(path)
        try:
            data = read_limited(path, MAX_LAYOUT_BYTES)  # a regular file, and not endless
        except ReadError as exc:
            raise LayoutError(f"cannot read layout file {str(path)!r}: {exc}") from None
        if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"BM")):
            raise LayoutError(f"{str(path)!r} is an image, not a layout JSON file")
        try:
            text = data.decode("utf-8-sig")  # a byte-order mark, as some editors write, is fine
        except UnicodeDecodeError as exc:
            raise LayoutError(
                f"{str(path)!r} is not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start}); "
                "save the layout as UTF-8 JSON"
            ) from None
        return cls.parse(text, source=str(path), base_dir=path.parent, max_regions=max_regions)

    @classmethod
    def parse(
        cls,
        text: str,
        *,
        source: str = "<layout>",
        base_dir: str | Path = ".",
        max_regions: int = MAX_REGIONS,
    ) -> "Layout":
        """Validate JSON text; errors become one :class:`LayoutError` that names each field."""
        return cls.from_data(read_json(text, source), source=source, base_dir=base_dir, max_regions=max_regions)

    @classmethod
    def from_data(cls, data: Any, *, source: str = "<layout>", base_dir: str | Path = ".",
                  max_regions: int = MAX_REGIONS) -> "Layout":
        """Validate parsed JSON (see :func:`read_json`); errors become one :class:`LayoutError`."""
        try:
            return cls.model_validate(data, context={"base_dir": Path(base_dir), "max_regions": max_regions})
        except ValidationError as exc:
            raise LayoutError(format_validation_error(exc, source)) from None

    def save(self, path: str | Path, *, overwrite: bool = False) -> Path:
        """Write the layout as indented JSON, atomically; refuses to replace an existing file unless asked."""
        return write_text(Path(path), self.to_json() + "\n", overwrite=overwrite)

    def to_json(self, indent: Optional[int] = 2) -> str:
        # "repaint" only where there was one: layouts people write and plan never carry it
        return self.model_dump_json(indent=indent, exclude={"repaint"} if self.repaint is None else None)

    def rebased(self, new_dir: str | Path) -> "Layout":
        """A copy for saving in ``new_dir``: relative mask/control paths are rewritten to stay valid."""
        new_dir = Path(new_dir).resolve()

        def _rel(path: str) -> str:
            resolved = self.resolve(path).resolve()
            try:
                return str(resolved.relative_to(new_dir))
            except ValueError:
                return str(resolved)

        copy = self.model_copy(deep=True)
        for region in copy.regions:
            if region.mask is not None and not Path(region.mask).is_absolute():
                region.mask = _rel(region.mask)
        if copy.control is not None and not Path(copy.control.image).is_absolute():
            copy.control.image = _rel(copy.control.image)
        copy._base_dir = new_dir
        return copy


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    keys = [key for key, _ in pairs]
    for key in keys:
        if keys.count(key) > 1:
            raise _DuplicateKey(key)
    return dict(pairs)


def read_json(text: str, source: str = "<layout>") -> Any:
    """JSON text as data, strictly: a key given twice (JSON would silently keep the last), numbers too long
    to be numbers and nesting deeper than a layout's are refused, each as one line. (NaN and Infinity
    are left to the Layout model, which names the field.)"""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise LayoutError(f"{source}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except _DuplicateKey as exc:
        raise LayoutError(f"{source}: the key {str(exc)[:40]!r} appears twice in one object; keep one") from None
    except RecursionError:
        raise LayoutError(f"{source}: the JSON is nested too deeply to be a layout") from None
    except ValueError:  # an integer with thousands of digits (past Python's int-from-text limit)
        raise LayoutError(f"{source}: a number has thousands of digits; give numbers of usual size") from None


def check_canvas_size(name: str, value: int) -> None:
    """Raise ValueError naming ``name`` unless ``value`` is a multiple of the token size within limits."""
    if value > MAX_CANVAS:
        raise ValueError(f"{name} {value} is larger than the {MAX_CANVAS} px a side regionflux renders; use at most {MAX_CANVAS}")
    if value < TOKEN_PX or value % TOKEN_PX:
        lower = max(TOKEN_PX, value // TOKEN_PX * TOKEN_PX)
        raise ValueError(
            f"{name} {value} is not a positive multiple of {TOKEN_PX} "
            f"(FLUX works on 16x16-pixel tokens); use {lower} or {lower + TOKEN_PX}"
        )
