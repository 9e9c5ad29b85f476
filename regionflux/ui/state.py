"""What the web page holds and how it becomes a Layout again: pure functions, no Gradio.

The page shows a :class:`~regionflux.layout.Layout` as boxes on a canvas and as form fields; every
change the user makes comes back through one of these functions, which build a new layout and
validate it exactly as a layout file or a command-line flag is validated. A change that does not
validate raises :class:`~regionflux.errors.LayoutError` and the page keeps the last valid layout.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any, Optional, get_args, get_origin

from pydantic import ValidationError

from ..errors import LayoutError, UsageError, format_validation_error
from ..files import ImageReadError, ReadError, image_size, read_image, read_limited
from ..layout import MAX_CANVAS, TOKEN_PX, Layout, Region, RegionalSettings, check_canvas_size, read_json
from ..outputs import PNG_KEY
from ..overrides import LayoutOverrides, SettingsOverrides, apply_overrides
from ..preview import hex_colour, region_colours, render_preview
from .access import PageAccess

#: Page field -> the name the page shows, so an error names what the user sees.
FIELD_NAMES = {
    "prompt": "Global prompt",
    "background_prompt": "Background prompt",
    "width": "Width",
    "height": "Height",
    "seed": "Seed",
    "settings.base_ratio": "Base ratio",
    "settings.mask_inject_steps": "Mask inject steps",
    "settings.double_inject_blocks_interval": "Double-block interval",
    "settings.single_inject_blocks_interval": "Single-block interval",
    "settings.num_inference_steps": "Steps",
    "settings.guidance_scale": "Guidance",
}
#: Command-line words in messages the page shows, in the page's own words.
PAGE_WORDS = {
    "--base-url": "Server URL", "--llm-model": "Model", "--model": "Model", "--output-dir": "the page's folder",
    "--out-dir": "the page's folder", "--weight-name": "the LoRA's weight_name", "--max-regions": "the region limit",
    "--deadline": "the planner's time limit", "--timeout": "the planner's time limit", "--width": "Width",
    "--height": "Height", "--steps": "Steps", "--seed": "Seed", "--guidance": "Guidance", "--overwrite": "a new name",
    "--allow-model": "the operator's list of models", "--planner mock": "the offline planner",
    "--max-rounds": "the planner's rounds", "--no-review": "the planner's check", "--layout": "the layout",
}
_FLAG = re.compile(r"--[a-z][a-z-]*(?: mock)?")


def page_words(text: str, markdown: bool = True) -> str:
    """A message as the page says it: command-line flags named as the page's fields, and (for a
    Markdown view) nothing it would take for a tag, so ``<colour>`` stays visible."""
    text = _FLAG.sub(lambda m: PAGE_WORDS.get(m.group(0), PAGE_WORDS.get(m.group(0).split()[0], m.group(0))), text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") if markdown else text


#: Description a box drawn on the canvas starts with, until the user writes one.
NEW_REGION = "describe this region"
#: Largest upload the page reads (a layout JSON or a PNG that carries one).
MAX_UPLOAD_BYTES = 32 * 2**20


# -- layout <-> the canvas component ---------------------------------------------------------------
def box_label(index: int, region: Region) -> str:
    """The label a region's box carries on the canvas; its leading index ties the box to the region."""
    return f"{index}: {region.name}"


def canvas_value(layout: Optional[Layout], selected: Optional[int], seq: int = 0) -> Optional[str]:
    """What the canvas draws (JSON): the canvas size, each region's box, label and colour (the
    preview's rule), the selected region, the background prompt, and a picture of any mask regions."""
    if layout is None:
        return None
    colours = region_colours(layout)
    image = None
    if any(r.box is None for r in layout.regions):  # masks are drawn by the server, boxes by the page
        import base64
        import io

        picture = render_preview(layout, boxes=False)
        picture.thumbnail((768, 768))
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
        image = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
    return json.dumps({
        "seq": seq, "width": layout.width, "height": layout.height, "background": layout.background_prompt,
        "selected": selected if selected is not None and 0 <= selected < len(layout.regions) else None,
        "image": image,
        "regions": [{"label": box_label(i, r), "box": list(r.box) if r.box is not None else None,
                     "colour": hex_colour(colours[i])} for i, r in enumerate(layout.regions)],
    })


def move_region(layout: Layout, index: int, box: Any) -> Layout:
    """``layout`` with region ``index``'s box moved or resized to ``box`` (clamped to the canvas)."""
    _check_index(layout, index)
    if layout.regions[index].box is None:
        raise LayoutError(f"region {index} is a mask; open its mask image to change it")
    x0, y0, x1, y1 = _on_canvas(layout, box, f"the box of region {index}")
    regions = [r.model_dump(mode="json") for r in layout.regions]
    regions[index]["box"] = [x0, y0, x1, y1]
    return _validated(layout, {"regions": regions})


def _on_canvas(layout: Layout, box: Any, what: str) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = clamp_box(box, layout.width, layout.height)
    if x1 - x0 < TOKEN_PX or y1 - y0 < TOKEN_PX:
        raise LayoutError(f"{what} would be {max(0, x1 - x0)}x{max(0, y1 - y0)} px on the canvas, smaller than one "
                          f"{TOKEN_PX}x{TOKEN_PX} px token; draw it larger")
    return x0, y0, x1, y1


def clamp_box(box: Any, width: int, height: int) -> tuple[int, int, int, int]:
    """A box from the canvas, ``[x0, y0, x1, y1]`` in any corner order, as pixels clamped to the canvas."""
    x0, x1 = sorted((int(round(box[0])), int(round(box[2]))))
    y0, y1 = sorted((int(round(box[1])), int(round(box[3]))))
    return max(0, x0), max(0, y0), min(width, x1), min(height, y1)


# -- form fields -------------------------------------------------------------------------------------
def _model_field(field: str):
    """The pydantic field behind a page field (a key of :data:`FIELD_NAMES`)."""
    if field.startswith("settings."):
        return RegionalSettings.model_fields[field.split(".", 1)[1]]
    return Layout.model_fields[field]


def is_integer(field: str) -> bool:
    """Whether a page field holds whole numbers (the seed is optional, so its type is ``int | None``)."""
    annotation = _model_field(field).annotation
    kinds = [get_args(a)[0] if get_origin(a) is Annotated else a for a in (annotation, *get_args(annotation))]
    return int in kinds


def field_value(layout: Layout, field: str) -> Any:
    """The value a page field shows for ``layout``."""
    owner = layout.settings if field.startswith("settings.") else layout
    return getattr(owner, field.split(".")[-1])


def set_field(layout: Layout, field: str, value: Any) -> Layout:
    """``layout`` with one page field changed (a key of :data:`FIELD_NAMES`), validated.

    Settings and the seed go through :func:`~regionflux.overrides.apply_overrides`, as the CLI's flags
    do; a new canvas size scales the boxes with it.
    """
    name = FIELD_NAMES.get(field)
    if name is None:
        raise UsageError(f"the page has no field {field!r}")
    if value is None or (isinstance(value, str) and not value.strip() and field != "background_prompt"):
        raise LayoutError(f"{name}: give a value")
    if field.startswith("settings."):
        overrides = LayoutOverrides(settings=SettingsOverrides(**{field.split(".", 1)[1]: value}))
        return apply_overrides(layout, overrides, names=FIELD_NAMES)
    if field == "seed":
        return apply_overrides(layout, LayoutOverrides(seed=value), names=FIELD_NAMES)
    if field == "background_prompt":
        return _validated(layout, {field: value if value.strip() else None})
    if field in ("width", "height"):
        return resize_canvas(layout, **{"width": layout.width, "height": layout.height, field: value})
    return _validated(layout, {field: value})


def resize_canvas(layout: Layout, width: Any, height: Any) -> Layout:
    """``layout`` on a canvas of another size, its boxes scaled with it (kept on the 16-px grid's scale)."""
    for field, value in (("width", width), ("height", height)):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not 0 < value <= MAX_CANVAS:
            raise LayoutError(f"{FIELD_NAMES[field]}: give a whole number of pixels from {TOKEN_PX} to {MAX_CANVAS}, "
                              f"a multiple of {TOKEN_PX}")  # never a 300-digit echo of 1e308
        if not isinstance(value, int) or isinstance(value, bool):
            raise LayoutError(f"{FIELD_NAMES[field]}: give a whole number of pixels")
        try:
            check_canvas_size(FIELD_NAMES[field], value)
        except ValueError as exc:
            raise LayoutError(str(exc)) from None
    sx, sy = width / layout.width, height / layout.height
    regions = []
    for region in layout.regions:
        data = region.model_dump(mode="json")
        if region.box is not None:
            x0, y0, x1, y1 = region.box
            data["box"] = [round(x0 * sx), round(y0 * sy), round(x1 * sx), round(y1 * sy)]
        regions.append(data)
    return _validated(layout, {"width": int(width), "height": int(height), "regions": regions})


def set_region(layout: Layout, index: int, *, label: Optional[str] = None, description: Optional[str] = None) -> Layout:
    """``layout`` with region ``index``'s label and/or description replaced (an empty label: none)."""
    _check_index(layout, index)
    data = layout.regions[index].model_dump(mode="json")
    if label is not None:
        data["label"] = label.strip() or None
    if description is not None:
        data["description"] = description
    regions = [r.model_dump(mode="json") for r in layout.regions]
    regions[index] = data
    try:
        return _validated(layout, {"regions": regions})
    except LayoutError as exc:
        raise LayoutError(str(exc).replace(f"regions.{index}.", "").replace(f"regions[{index}].", "")) from None


def remove_region(layout: Layout, index: int) -> Layout:
    _check_index(layout, index)
    return _validated(layout, {"regions": [r.model_dump(mode="json") for i, r in enumerate(layout.regions) if i != index]})


def add_region(layout: Layout, box: Any = None) -> Layout:
    """``layout`` with a new box region: where it was drawn, else in the middle of the canvas, half
    its size, for the user to move."""
    w, h = layout.width, layout.height
    if box is not None:
        box = _on_canvas(layout, box, "the new box")
    else:
        box = (w // 4 // TOKEN_PX * TOKEN_PX, h // 4 // TOKEN_PX * TOKEN_PX)
        box = (*box, w - box[0], h - box[1])
    region = Region(description=NEW_REGION, label=f"region {len(layout.regions)}", box=box)
    return _validated(layout, {"regions": [r.model_dump(mode="json") for r in layout.regions] + [region.model_dump(mode="json")]})


def _check_index(layout: Layout, index: Any) -> None:
    if not isinstance(index, int) or not 0 <= index < len(layout.regions):
        raise LayoutError("choose a region first (the layout has none with that number)")


def _validated(layout: Layout, changes: dict[str, Any]) -> Layout:
    data = {**layout.model_dump(mode="json"), **changes}
    try:
        return Layout.model_validate(data, context={"base_dir": layout.base_dir})
    except ValidationError as exc:
        raise LayoutError(format_validation_error(exc, "layout", FIELD_NAMES)) from None


# -- history -----------------------------------------------------------------------------------------
#: Layouts of a tab's history the browser keeps, so a reload brings them back.
KEPT_IN_BROWSER = 30


class History:
    """The layouts a page session has had, for undo and redo; an unchanged layout is not a new step."""

    def __init__(self, limit: int = 200):
        self.limit = limit
        self._layouts: list[Layout] = []
        self._at = -1

    @property
    def current(self) -> Optional[Layout]:
        return self._layouts[self._at] if self._layouts else None

    def push(self, layout: Layout) -> bool:
        """Make ``layout`` current (dropping any redo steps); False when it equals the current one."""
        if self.current is not None and layout == self.current and layout.base_dir == self.current.base_dir:
            return False
        del self._layouts[self._at + 1:]
        self._layouts.append(layout)
        if len(self._layouts) > self.limit:
            del self._layouts[0]
        self._at = len(self._layouts) - 1
        return True

    @property
    def can_undo(self) -> bool:
        return self._at > 0

    @property
    def can_redo(self) -> bool:
        return self._at < len(self._layouts) - 1

    def undo(self) -> Optional[Layout]:
        if self.can_undo:
            self._at -= 1
        return self.current

    def redo(self) -> Optional[Layout]:
        if self.can_redo:
            self._at += 1
        return self.current

    def dump(self, keep: int = KEPT_IN_BROWSER) -> dict:
        """The last ``keep`` layouts and where undo stands, as JSON data for the browser to keep."""
        start = max(0, len(self._layouts) - keep)
        return {"layouts": [layout.model_dump(mode="json") for layout in self._layouts[start:]],
                "at": max(0, self._at - start)}

    @classmethod
    def load(cls, data: Any, validate) -> "History":
        """A history from :meth:`dump`'s data as a browser sent it back: each layout through ``validate``
        (the page's own checks, as for an upload); anything malformed is dropped, never trusted."""
        history = cls()
        if not isinstance(data, dict) or not isinstance(data.get("layouts"), list):
            return history
        for item in data["layouts"][-KEPT_IN_BROWSER:]:
            try:
                history.push(validate(item))
            except Exception:  # a layout the page would not take now: left out
                continue
        at = data.get("at")
        if isinstance(at, int) and not isinstance(at, bool) and 0 <= at < len(history._layouts):
            history._at = at
        return history


# -- uploads -----------------------------------------------------------------------------------------
def load_upload(path: str | Path, access: PageAccess, *, name: Optional[str] = None) -> tuple[Layout, Any]:
    """The layout in an uploaded layout JSON or regionflux PNG (with the PNG's image, else None).

    Every file and model the layout names goes through ``access`` (inside the page's folder, or a
    model the operator allowed) before anything opens it; relative files resolve in the page's folder.
    Messages name the upload and the field, never the file's contents or a server path.
    """
    path = Path(path)
    shown = name or path.name
    try:
        size = path.stat().st_size
    except OSError:
        raise LayoutError(f"{shown}: the upload did not arrive whole; try again") from None
    if size > MAX_UPLOAD_BYTES:
        raise LayoutError(f"{shown} is {size / 2**20:.1f} MB; uploads are limited to {MAX_UPLOAD_BYTES // 2**20} MB")
    suffix = Path(shown).suffix.lower()
    image = None
    if suffix == ".png":
        try:  # its size first: a render is at most the largest canvas, and a bigger picture is never decoded
            width, height = image_size(path)
            if max(width, height) > MAX_CANVAS:
                raise LayoutError(f"{shown} is {width}x{height} pixels, larger than any render ({MAX_CANVAS} px a side)")
            image = read_image(path)
        except ImageReadError:
            raise LayoutError(f"{shown} is not a PNG that can be read") from None
        text = image.info.get(PNG_KEY)
        if not isinstance(text, str):
            raise LayoutError(f"{shown} carries no regionflux layout (only PNGs written by regionflux do)")
    elif suffix == ".json":
        try:
            text = read_limited(path, MAX_UPLOAD_BYTES).decode("utf-8-sig")
        except ReadError:
            raise LayoutError(f"{shown}: the upload did not arrive whole; try again") from None
        except UnicodeDecodeError:
            raise LayoutError(f"{shown} is not UTF-8 text; save the layout as UTF-8 JSON") from None
    else:
        raise LayoutError(f"{shown}: upload a layout .json or a .png written by regionflux")
    data = read_json(text, shown)
    if not isinstance(data, dict):
        raise LayoutError(f"{shown} holds JSON but not a layout object")
    try:
        data = access.confine(data)
    except LayoutError as exc:
        raise LayoutError(f"{shown}: {exc}") from None
    return checked_layout(data, access, shown), image


def checked_layout(data: dict, access: PageAccess, shown: str = "layout") -> Layout:
    """``data`` (a layout as JSON, its files already confined) as a Layout whose files resolve in the
    page's folder; validation messages name the field."""
    try:
        return Layout.model_validate(data, context={"base_dir": access.folder})
    except ValidationError as exc:
        raise LayoutError(access.shown(format_validation_error(exc, shown))) from None
