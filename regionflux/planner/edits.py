"""Edits to a layout as a list of operations, so what an instruction does not touch cannot change.

A planner answers "move the cat to the right and make the car red" with operations (move, resize,
describe, add, remove, restyle) naming regions by label or number; :func:`apply_edits` carries them
out on a copy of the layout. Regions no operation names keep their boxes and descriptions exactly, and
the layout's size, settings, seed, LoRAs and control are never touched. Boxes are on the planner's
0-1000 grid, like the boxes of a plan.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import PlanningError, format_validation_error
from ..layout import TOKEN_PX, Layout
from .grid import GRID, MAX_DESCRIPTION, MAX_LABEL, MAX_PROMPT, box_to_grid, box_to_pixels

_BOX = dict(min_length=4, max_length=4, json_schema_extra={"items": {"type": "integer", "minimum": 0, "maximum": GRID}},
            description=f"[x0, y0, x1, y1] on the 0-{GRID} grid")
_REGION = dict(max_length=MAX_LABEL, description="the region's label, or its number like '#2'")


class _Op(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Move(_Op):
    """Give a region a new box (moving or resizing it)."""

    op: Literal["move"]
    region: str = Field(**_REGION)
    box: list[int] = Field(**_BOX)


class Describe(_Op):
    """Give a region a new description (and label)."""

    op: Literal["describe"]
    region: str = Field(**_REGION)
    description: str = Field(max_length=MAX_DESCRIPTION)
    label: Optional[str] = Field(None, max_length=MAX_LABEL)


class Add(_Op):
    op: Literal["add"]
    label: str = Field(max_length=MAX_LABEL)
    description: str = Field(max_length=MAX_DESCRIPTION)
    box: list[int] = Field(**_BOX)


class Remove(_Op):
    op: Literal["remove"]
    region: str = Field(**_REGION)


class Restyle(_Op):
    """Change the whole scene's prompt and/or the background prompt."""

    op: Literal["restyle"]
    prompt: Optional[str] = Field(None, max_length=MAX_PROMPT)
    background_prompt: Optional[str] = Field(None, max_length=MAX_PROMPT)


EditOp = Annotated[Union[Move, Describe, Add, Remove, Restyle], Field(discriminator="op")]


class EditPlan(BaseModel):
    """What a planner returns for an instruction: the operations, in order."""

    model_config = ConfigDict(extra="forbid")

    edits: list[EditOp] = Field(max_length=32)


def find_region(layout: Layout, name: str, removed: set[int]) -> int:
    """The index of the region ``name`` means: '#2' (counting from 1), or a label or description word."""
    text = name.strip().lower().removeprefix("the ")
    if text.startswith("#") and text[1:].isdigit() and len(text) < 8:
        index = int(text[1:]) - 1
        if 0 <= index < len(layout.regions) and index not in removed:
            return index
        if 0 <= index < len(layout.regions):
            raise PlanningError(f"region {name!r} was removed by an earlier step of this instruction; it cannot change")
        span = f"regions #1 to #{len(layout.regions)}" if len(layout.regions) > 1 else (
            "one region, #1" if layout.regions else "no regions")
        raise PlanningError(f"there is no region {name!r}; the layout has {span}")
    live = [i for i in range(len(layout.regions)) if i not in removed]
    last = text.split()[-1] if text.split() else text
    for matches in (
        [i for i in live if (layout.regions[i].label or "").lower() == text],
        [i for i in live if text in (layout.regions[i].label or "").lower().split()],
        [i for i in live if text in layout.regions[i].description.lower()],
        [i for i in live if (layout.regions[i].label or "").lower() == last],  # "the red car" -> car
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            numbers = ", ".join(f"#{i + 1}" for i in matches)
            raise PlanningError(f"{len(matches)} regions are {name!r} ({numbers}); name one by its number")
    names = ", ".join(f"#{i + 1} {layout.regions[i].name}" for i in live) or "none"
    raise PlanningError(f"no region is {name!r}; the regions are: {names}")


def _pixels(box: list[int], layout: Layout) -> list[int]:
    """A grid box in canvas pixels, snapped to the 16-px tokens the generator works on."""
    x0, y0, x1, y1 = box_to_pixels(box, layout.width, layout.height)

    def snap(value: int, size: int) -> int:
        return min(max(round(value / TOKEN_PX) * TOKEN_PX, 0), size)

    x0, x1 = snap(x0, layout.width), max(snap(x1, layout.width), snap(x0, layout.width) + TOKEN_PX)
    y0, y1 = snap(y0, layout.height), max(snap(y1, layout.height), snap(y0, layout.height) + TOKEN_PX)
    if x1 > layout.width:
        x0, x1 = x0 - (x1 - layout.width), layout.width
    if y1 > layout.height:
        y0, y1 = y0 - (y1 - layout.height), layout.height
    return [x0, y0, x1, y1]


def apply_edits(layout: Layout, plan: EditPlan) -> Layout:
    """A new layout with the operations carried out; raises PlanningError naming what cannot be done.

    Boxes an operation sets are snapped to 16-px tokens; every other box stays exactly as it was.
    """
    data = layout.model_dump(mode="json")
    regions = data["regions"]
    removed: set[int] = set()
    added: list[dict] = []
    for op in plan.edits:
        if isinstance(op, Restyle):
            if op.prompt is not None:
                data["prompt"] = op.prompt
            if op.background_prompt is not None:
                data["background_prompt"] = op.background_prompt
        elif isinstance(op, Add):
            added.append({"description": op.description, "label": op.label, "box": _pixels(op.box, layout)})
        else:
            index = find_region(layout, op.region, removed)
            if isinstance(op, Remove):
                removed.add(index)
            elif isinstance(op, Move):
                regions[index]["box"] = _pixels(op.box, layout)
                regions[index]["mask"] = None
            elif isinstance(op, Describe):
                regions[index]["description"] = op.description
                if op.label:
                    regions[index]["label"] = op.label
    data["regions"] = [r for i, r in enumerate(regions) if i not in removed] + added
    try:
        return Layout.model_validate(data, context={"base_dir": layout.base_dir})
    except ValidationError as exc:
        raise PlanningError(format_validation_error(exc, "edit")) from None


def edit_schema(layout: Layout) -> dict:
    """EditPlan's schema for this layout: a region can only be named by a number it has, so a
    constrained decoder cannot name one that does not exist."""
    result = EditPlan.model_json_schema()
    names = [f"#{i + 1}" for i in range(len(layout.regions))]
    for definition in result.get("$defs", {}).values():
        region = definition.get("properties", {}).get("region")
        if region is not None:
            region.clear()
            region.update({"enum": names} if names else {"type": "string", "maxLength": 0})
    return result


def repair_edit(data, layout: Layout, *, lenient: bool) -> tuple[object, list[str]]:
    """The boxes of move and add operations fixed as a plan's boxes are (see ``repair_geometry``)."""
    from .grid import fix_box, min_box_grid

    if not isinstance(data, dict) or not isinstance(data.get("edits"), list):
        return data, []
    smallest = min_box_grid(layout.width, layout.height)
    notes: set[str] = set()
    edits = []
    for op in data["edits"]:
        box = op.get("box") if isinstance(op, dict) else None
        if isinstance(box, list) and len(box) == 4 and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                                            for v in box):
            op = {**op, "box": fix_box(box, smallest, notes, lenient=lenient)}
        edits.append(op)
    return {**data, "edits": edits}, sorted(notes)


def grid_view(layout: Layout) -> dict:
    """The layout as a planner sees it: numbered regions with boxes on the grid."""
    return {
        "prompt": layout.prompt,
        "background_prompt": layout.background_prompt,
        "regions": [
            {"number": f"#{i + 1}", "label": region.name, "description": region.description,
             "box": box_to_grid(region.box, layout.width, layout.height) if region.box else "mask"}
            for i, region in enumerate(layout.regions)
        ],
    }
