"""Layout -> pixel masks -> token masks on FLUX's latent grid: the one place the mask rules live.

A box covers the pixels ``x0 <= x < x1, y0 <= y < y1``; a mask image covers its pixels of grey level
128 or more. If pixels stay uncovered and the layout has a background prompt, the background becomes
one more region, last, whose mask is those pixels. FLUX packs latents into one token per 16x16
pixels (VAE factor 8 times patch 2), row-major; a token belongs to a region when the pixel at the
token's centre does (``nearest-exact`` sampling; plain ``nearest`` samples the top-left pixel and
misplaces any edge off the 16-px grid).

Pixel masks are numpy arrays so the preview can draw them without torch; only :func:`token_masks`
needs torch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

import numpy as np

from ..errors import LayoutError
from ..layout import TOKEN_PX, Layout, Region

if TYPE_CHECKING:  # pragma: no cover
    import torch

#: Grey level from which a mask image's pixel is inside its region.
MASK_THRESHOLD = 128


def pixel_mask(layout: Layout, region: Region) -> np.ndarray:
    """One region's bool ``(height, width)`` mask in canvas pixels."""
    if region.box is not None:
        x0, y0, x1, y1 = region.box
        mask = np.zeros((layout.height, layout.width), dtype=bool)
        mask[y0:y1, x0:x1] = True
        return mask
    from PIL import Image

    with Image.open(layout.resolve(region.mask)) as image:
        return np.asarray(image.convert("L")) >= MASK_THRESHOLD


def pixel_masks(layout: Layout) -> list[np.ndarray]:
    """Every region's pixel mask, in region order."""
    return [pixel_mask(layout, region) for region in layout.regions]


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


def token_masks(layout: Layout) -> RegionTokens:
    """Token masks for every region, and for the background when pixels are left uncovered."""
    import torch
    import torch.nn.functional as F

    h, w = layout.height // TOKEN_PX, layout.width // TOKEN_PX
    prompts, pixel = region_masks(layout)
    if not pixel:
        return RegionTokens(prompts, torch.zeros(0, h * w, dtype=torch.bool), (h, w))
    stacked = torch.from_numpy(np.stack(pixel)).to(torch.float32)[None]  # (1, n, H, W)
    masks = (F.interpolate(stacked, size=(h, w), mode="nearest-exact")[0] > 0.5).flatten(1)
    for i, region in enumerate(layout.regions):
        if not masks[i].any():
            raise LayoutError(
                f"regions[{i}] ({region.name}) covers no 16x16 token centre; make its mask larger"
            )
    return RegionTokens(prompts, masks, (h, w))
