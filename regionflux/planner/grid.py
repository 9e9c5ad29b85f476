"""The LLM-facing layout: boxes on a 0-1000 grid, which models place better than raw pixels.

:class:`LayoutPlan` is the JSON schema the model is held to; :meth:`LayoutPlan.to_layout` converts
it to a pixel :class:`~regionflux.layout.Layout` with exact integer arithmetic.
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..layout import TOKEN_PX, Layout, RegionalSettings

#: Grid size of LLM-facing box coordinates: 0 is the left/top edge, GRID the right/bottom edge.
GRID = 1000


def _to_pixels(value: int, size: int) -> int:
    # round(value * size / GRID) with halves rounded up, in integers so nothing drifts
    return (2 * value * size + GRID) // (2 * GRID)


def _to_grid(value: int, size: int) -> int:
    return (2 * value * GRID + size) // (2 * size)


def min_box_grid(width: int, height: int) -> int:
    """Fewest grid units a box side may span so that, once rounded to pixels, it is at least one
    16-px token on this canvas (17 px before rounding leaves 16 after)."""
    return max(-(-(TOKEN_PX + 1) * GRID // width), -(-(TOKEN_PX + 1) * GRID // height))


def small_boxes(plan: "LayoutPlan", width: int, height: int) -> list[str]:
    """Feedback, in the grid units the model used, for every box too small for this canvas."""
    smallest = min_box_grid(width, height)
    problems = []
    for i, region in enumerate(plan.regions):
        x0, y0, x1, y1 = region.box
        if x1 - x0 < smallest or y1 - y0 < smallest:
            problems.append(f"regions[{i}].box {region.box} is {x1 - x0}x{y1 - y0} grid units; "
                            f"make it at least {smallest} grid units wide and high")
    return problems


def schema(max_regions: int) -> dict:
    """The JSON schema a reply is held to, with at most ``max_regions`` regions."""
    result = LayoutPlan.model_json_schema()
    result["properties"]["regions"]["maxItems"] = max_regions
    return result


def reply_token_bound(max_regions: int) -> int:
    """A max_tokens for a reply: the longest valid compact reply at about three characters a token.

    Servers that decode under the schema cannot exceed it by much; without it a small model can run on
    to its context limit and past the timeout.
    """
    box = len(f"[{GRID}, {GRID}, {GRID}, {GRID}]")
    region = len('{"label": "", "description": "", "box": }, ') + MAX_LABEL + MAX_DESCRIPTION + box
    chars = len('{"prompt": "", "background_prompt": "", "regions": []}') + MAX_PROMPT + MAX_BACKGROUND
    return (chars + max_regions * region) // 3 + 64


def convert_boxes(data, width: int, height: int) -> tuple[object, str]:
    """Boxes in another convention, converted to the grid where the reply is unambiguous.

    Fractions (every value in 0-1, some not whole) are scaled by 1000; canvas pixels (some value well
    past 1000, where a grid reply cannot reach even by overshooting, every x within the width and every
    y within the height) are mapped to the grid; whole floats
    are rounded. Returns the data and a note of what was done ('' when nothing).
    """
    try:
        boxes = [region["box"] for region in data["regions"]]
        values = [v for box in boxes for v in box]
        if not values or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values) \
                or not all(len(box) == 4 for box in boxes):
            return data, ""
    except (TypeError, KeyError):
        return data, ""
    if all(0 <= v <= 1 for v in values) and any(v != int(v) for v in values):
        converted, note = [[round(v * GRID) for v in box] for box in boxes], "fractions of the canvas"
    elif any(v > GRID * 1.05 for v in values) and all(box[0] <= width and box[2] <= width and box[1] <= height
                                                 and box[3] <= height for box in boxes) and min(values) >= 0:
        converted = [box_to_grid(tuple(round(v) for v in box), width, height) for box in boxes]
        note = "canvas pixels"
    elif any(isinstance(v, float) for v in values) and all(v == int(v) for v in values):
        converted, note = [[int(v) for v in box] for box in boxes], ""
    else:
        return data, ""
    data = {**data, "regions": [{**region, "box": box} for region, box in zip(data["regions"], converted)]}
    return data, note


def fill_from_request(data, request: str) -> tuple[object, list[str]]:
    """The last round's repair of a reply's frame, from what the planner knows without the model: a single region
    given as the whole reply ({"label", "description", "box"}) is the layout's one region, and a missing global
    prompt is the user's own request (a missing background prompt is null: the regions' own)."""
    if not isinstance(data, dict):
        return data, []
    notes = []
    if "regions" not in data and "box" in data:
        region = {key: data[key] for key in ("label", "description", "box") if key in data}
        data = {**{key: data[key] for key in ("prompt", "background_prompt") if key in data}, "regions": [region]}
        notes.append("read a lone region given as the whole reply as the layout's one region")
    if not isinstance(data.get("prompt"), str) or not data["prompt"].strip():
        data = {**data, "prompt": request}
        notes.append("used the request as the missing global prompt")
    if "background_prompt" not in data:
        data = {**data, "background_prompt": None}
    return data, notes


def repair_geometry(data, width: int, height: int, *, lenient: bool = False) -> tuple[object, list[str]]:
    """Box problems fixed where the intent is plain, with a note for each kind of fix.

    Always: values just past the grid edge (within 5%) are clamped to it. With ``lenient`` (the last
    repair round, for a model that cannot fix its own reply): two corners given in the other order are
    sorted (earlier rounds ask, since [x, y, w, h] looks the same), every box is cut to the grid and
    grown to the smallest renderable size around its centre, a missing label or description is filled
    from the other, and over-long text is cut.
    """
    if not isinstance(data, dict) or not isinstance(data.get("regions"), list):
        return data, []
    smallest = min_box_grid(width, height)
    notes: set[str] = set()
    regions = []
    for region in data["regions"]:
        if not isinstance(region, dict):
            regions.append(region)
            continue
        region = dict(region)
        box = region.get("box")
        if isinstance(box, list) and len(box) == 4 and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in box):
            region["box"] = fix_box(box, smallest, notes, lenient=lenient)
        if lenient:
            label, description = region.get("label"), region.get("description")
            if not (isinstance(description, str) and description.strip()) and isinstance(label, str) and label.strip():
                region["description"], _ = label, notes.add("used labels as missing descriptions")
            elif not (isinstance(label, str) and label.strip()) and isinstance(description, str) and description.strip():
                region["label"], _ = " ".join(description.split()[:2]), notes.add("made missing labels from descriptions")
            for key, limit in (("label", MAX_LABEL), ("description", MAX_DESCRIPTION)):
                if isinstance(region.get(key), str) and len(region[key]) > limit:
                    region[key] = region[key][:limit].rsplit(" ", 1)[0]
                    notes.add("cut over-long text")
        regions.append(region)
    data = {**data, "regions": regions}
    if lenient:
        for key, limit in (("prompt", MAX_PROMPT), ("background_prompt", MAX_BACKGROUND)):
            if isinstance(data.get(key), str) and len(data[key]) > limit:
                data[key] = data[key][:limit].rsplit(" ", 1)[0]
                notes.add("cut over-long text")
    return data, sorted(notes)


def fix_box(box: list, smallest: int, notes: set[str], *, lenient: bool) -> list[int]:
    """One grid box with what :func:`repair_geometry` fixes fixed; each kind of fix noted in ``notes``."""
    x0, y0, x1, y1 = (round(v) for v in box)
    if lenient and (x0 > x1 or y0 > y1):  # could be [x, y, w, h]: asked about first, sorted last
        x0, x1, y0, y1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        notes.add("sorted box corners given in the other order")
    slack = GRID // 20
    outside = [v for v in (x0, y0, x1, y1) if not 0 <= v <= GRID]
    if lenient or (outside and all(-slack <= v <= GRID + slack for v in outside)):
        clamped = [min(max(v, 0), GRID) for v in (x0, y0, x1, y1)]
        if clamped != [x0, y0, x1, y1]:
            notes.add("cut boxes that ran past the canvas edge")
        x0, y0, x1, y1 = clamped
    if lenient and (x1 - x0 < smallest or y1 - y0 < smallest):
        x0, x1 = _grow(x0, x1, smallest)
        y0, y1 = _grow(y0, y1, smallest)
        notes.add(f"grew boxes smaller than one token to {smallest} grid units")
    return [x0, y0, x1, y1]


def _grow(low: int, high: int, size: int) -> tuple[int, int]:
    if high - low >= size:
        return low, high
    centre = (low + high) / 2
    low = int(min(max(round(centre - size / 2), 0), GRID - size))
    return low, low + size


def box_to_pixels(box: list[int] | tuple[int, ...], width: int, height: int) -> tuple[int, int, int, int]:
    """``[x0, y0, x1, y1]`` on the 0-1000 grid -> canvas pixels (nearest pixel, halves up)."""
    x0, y0, x1, y1 = box
    return (_to_pixels(x0, width), _to_pixels(y0, height), _to_pixels(x1, width), _to_pixels(y1, height))


def box_to_grid(box: tuple[int, int, int, int], width: int, height: int) -> list[int]:
    """Canvas pixels -> the 0-1000 grid (for few-shot examples and editing)."""
    x0, y0, x1, y1 = box
    return [_to_grid(x0, width), _to_grid(y0, height), _to_grid(x1, width), _to_grid(y1, height)]


#: Longest strings a reply may hold: they bound the reply (and so max_tokens) for servers that decode
#: under the schema, and keep prompts within what T5 reads.
MAX_LABEL, MAX_DESCRIPTION, MAX_PROMPT, MAX_BACKGROUND = 40, 300, 300, 200
#: Text that is not blank (a grammar holds a constrained decoder to it; validation checks it).
TEXT = r"^\S.*$"


class PlannedRegion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str = Field(max_length=MAX_LABEL, pattern=TEXT, description="Short noun naming the object, e.g. 'cat'.")
    description: str = Field(max_length=MAX_DESCRIPTION, pattern=TEXT,
                             description="Detailed prompt for this region alone: subject, look, pose, style.")
    box: list[int] = Field(
        min_length=4,
        max_length=4,
        description=f"[x0, y0, x1, y1] on a 0-{GRID} grid: 0 = left/top edge, {GRID} = right/bottom edge.",
        json_schema_extra={"items": {"type": "integer", "minimum": 0, "maximum": GRID}},
    )

    @field_validator("box")
    @classmethod
    def _box_on_grid(cls, box: list[int]) -> list[int]:
        outside = [v for v in box if not 0 <= v <= GRID]
        if outside:
            raise ValueError(f"box {box} has values outside 0-{GRID} ({outside}); every value must be in 0-{GRID}")
        if box[0] >= box[2] or box[1] >= box[3]:
            raise ValueError(f"box {box} needs x0 < x1 and y0 < y1 (format [x0, y0, x1, y1])")
        return box


class LayoutPlan(BaseModel):
    """What the LLM returns. Every field is required so strict structured output accepts it."""

    model_config = ConfigDict(extra="forbid")

    prompt: str = Field(max_length=MAX_PROMPT, pattern=TEXT, description="The whole scene in one sentence (the global prompt).")
    background_prompt: Optional[str] = Field(
        max_length=MAX_BACKGROUND,
        description="What fills the space no region covers, e.g. 'a sunny beach'; null if regions cover all.",
    )
    regions: list[PlannedRegion] = Field(min_length=1)

    def to_layout(
        self, *, width: int, height: int, settings: RegionalSettings | None = None, seed: int | None = None
    ) -> Layout:
        """Convert to a validated pixel layout (raises pydantic's ValidationError when it is not valid)."""
        return Layout.model_validate(
            {
                "prompt": self.prompt,
                "background_prompt": self.background_prompt,
                "width": width,
                "height": height,
                "regions": [
                    {"label": r.label, "description": r.description, "box": box_to_pixels(r.box, width, height)}
                    for r in self.regions
                ],
                "settings": (settings or RegionalSettings()).model_dump(),
                "seed": seed,
            }
        )
