"""Layout -> pixel masks -> token masks on FLUX's latent grid: the one place the mask rules live.

A box covers the pixels ``x0 <= x < x1, y0 <= y < y1``; a mask image covers its pixels of grey level
128 or more (and, in an image with transparency, of alpha 128 or more). If pixels stay uncovered and the layout has a background prompt, the background becomes
one more region, last, whose mask is those pixels. FLUX packs latents into one token per 16x16
pixels (VAE factor 8 times patch 2), row-major; a token belongs to a region when the pixel at the
token's centre does (what ``interpolate(mode="nearest-exact")`` samples; plain ``nearest`` samples the
top-left pixel and misplaces any edge off the 16-px grid).

Pixel masks are numpy arrays so the preview can draw them without torch; only :func:`token_masks`
needs torch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

import numpy as np

from ..errors import LayoutError
from ..files import ImageReadError, read_image
from ..layout import TOKEN_PX, Layout

if TYPE_CHECKING:  # pragma: no cover
    import torch

#: Grey level from which a mask image's pixel is inside its region.
MASK_THRESHOLD = 128


def pixel_mask(layout: Layout, index: int) -> np.ndarray:
    """Region ``index``'s bool ``(height, width)`` mask in canvas pixels."""
    region = layout.regions[index]
    if region.box is not None:
        x0, y0, x1, y1 = region.box
        mask = np.zeros((layout.height, layout.width), dtype=bool)
        mask[y0:y1, x0:x1] = True
        return mask
    try:
        image = read_image(layout.resolve(region.mask))
    except ImageReadError as exc:
        raise LayoutError(f"regions[{index}].mask: cannot read mask image {exc}") from None
    inside = np.asarray(image.convert("L")) >= MASK_THRESHOLD
    if "A" in image.getbands() or "transparency" in image.info:  # a transparent pixel is outside, whatever its grey
        inside &= np.asarray(image.convert("RGBA").getchannel("A")) >= MASK_THRESHOLD
    return inside


def pixel_masks(layout: Layout) -> list[np.ndarray]:
    """Every region's pixel mask, in region order."""
    return [pixel_mask(layout, i) for i in range(len(layout.regions))]


def background_mask(layout: Layout, masks: list[np.ndarray]) -> Optional[np.ndarray]:
    """The pixels no region covers, or None when the layout gets no background region."""
    if layout.background_prompt is None:
        return None
    covered = np.zeros((layout.height, layout.width), dtype=bool)
    for mask in masks:
        covered |= mask
    return None if covered.all() else ~covered


def region_masks(layout: Layout) -> tuple[list[str], list[np.ndarray]]:
    """The prompts and pixel masks the generator renders: the regions, then the background if any.

    A layout without regions has none at all: it renders as plain FLUX with its prompt.
    """
    if not layout.regions:
        return [], []
    masks = pixel_masks(layout)
    prompts = [region.description for region in layout.regions]
    background = background_mask(layout, masks)
    if background is not None:
        masks.append(background)
        prompts.append(layout.background_prompt)
    return prompts, masks


@dataclass(frozen=True)
class RegionTokens:
    """Per-region token masks plus the prompts they pair with (background last, when present)."""

    prompts: list[str]
    masks: "torch.Tensor"  # (n_regions, h * w) bool
    grid: tuple[int, int]  # (h, w) tokens


def token_grids(layout: Layout) -> tuple[list[str], list[np.ndarray]]:
    """Prompts and bool ``(h, w)`` token masks: token (r, c) is in when pixel (16r+8, 16c+8) is.

    Raises :class:`LayoutError` for a region that holds no token centre (it could not be drawn).
    Needs no torch, so front ends check a layout with it before any model loads.
    """
    prompts, pixel = region_masks(layout)
    centre = TOKEN_PX // 2
    grids = [mask[centre::TOKEN_PX, centre::TOKEN_PX] for mask in pixel]
    for i, region in enumerate(layout.regions):
        if not grids[i].any():
            raise LayoutError(
                f"regions[{i}] ({region.name}) covers no 16x16 token centre; make its mask larger"
            )
    return prompts, grids


def token_masks(layout: Layout) -> RegionTokens:
    """Token masks for every region, and for the background when pixels are left uncovered."""
    import torch

    h, w = layout.height // TOKEN_PX, layout.width // TOKEN_PX
    prompts, grids = token_grids(layout)
    if not grids:
        return RegionTokens(prompts, torch.zeros(0, h * w, dtype=torch.bool), (h, w))
    masks = torch.from_numpy(np.stack(grids).reshape(len(grids), h * w).copy())
    return RegionTokens(prompts, masks, (h, w))
