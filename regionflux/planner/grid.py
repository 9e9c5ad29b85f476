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


def box_to_pixels(box: list[int] | tuple[int, ...], width: int, height: int) -> tuple[int, int, int, int]:
    """``[x0, y0, x1, y1]`` on the 0-1000 grid -> canvas pixels (nearest pixel, halves up)."""
    x0, y0, x1, y1 = box
    return (_to_pixels(x0, width), _to_pixels(y0, height), _to_pixels(x1, width), _to_pixels(y1, height))


def box_to_grid(box: tuple[int, int, int, int], width: int, height: int) -> list[int]:
    """Canvas pixels -> the 0-1000 grid (for few-shot examples and editing)."""
    x0, y0, x1, y1 = box
    return [_to_grid(x0, width), _to_grid(y0, height), _to_grid(x1, width), _to_grid(y1, height)]


class PlannedRegion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str = Field(description="Short noun naming the object, e.g. 'cat'.")
    description: str = Field(description="Detailed prompt for this region alone: subject, look, pose, style.")
    box: list[int] = Field(
        min_length=4,
        max_length=4,
        description=f"[x0, y0, x1, y1] on a 0-{GRID} grid: 0 = left/top edge, {GRID} = right/bottom edge.",
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

    prompt: str = Field(description="The whole scene in one sentence (the global prompt).")
    background_prompt: Optional[str] = Field(
        description="What fills the space no region covers, e.g. 'a sunny beach'; null if regions cover all."
    )
    regions: list[PlannedRegion]

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
