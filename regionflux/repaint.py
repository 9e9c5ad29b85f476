"""Repaint: which regions changed, the area to paint again, and the composite that keeps every other pixel.

A repaint paints the union of the old and new areas of the regions that changed (or were named),
grown by a margin so the new content can blend in; the denoiser keeps the original's latents outside
that area at every step, and the decoded result is laid over the original with a feathered mask that is
exactly 0 outside the grown area, so every pixel there stays the original's, byte for byte. Everything
here is numpy and PIL; the denoising itself is :meth:`regionflux.generator.pipeline.RegionalFlux.repaint`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

import numpy as np
from PIL import Image

from .errors import LayoutError, UsageError
from .layout import TOKEN_PX, Layout, RepaintRecord

#: pixels past the changed regions that a repaint may blend into: a token and a half
DEFAULT_MARGIN = 24
MAX_MARGIN = 256


def region_pixels(layout: Layout, index: int) -> np.ndarray:
    from .generator.masks import pixel_mask

    return pixel_mask(layout, index)


def changed_regions(old: Layout, new: Layout) -> tuple[list[int], list[int]]:
    """``(changed, removed)``: regions of ``new`` whose box, mask or description differ from ``old``'s
    region at the same place in the list (or that ``old`` lacks), and regions of ``old`` that ``new`` lacks."""
    changed = []
    for i, region in enumerate(new.regions):
        if i >= len(old.regions):
            changed.append(i)
            continue
        before = old.regions[i]
        same = before.description == region.description and before.box == region.box
        if same and (region.mask is not None or before.mask is not None):
            same = (region.mask is not None and before.mask is not None
                    and np.array_equal(region_pixels(old, i), region_pixels(new, i)))
        if not same:
            changed.append(i)
    removed = list(range(len(new.regions), len(old.regions)))
    return changed, removed


def repaint_area(new: Layout, regions: list[int], old: Optional[Layout] = None, removed: list[int] = ()) -> np.ndarray:
    """The pixels to paint again: the new areas of ``regions``, their old areas in ``old`` (where it has
    them), and the old areas of ``removed`` regions."""
    area = np.zeros((new.height, new.width), dtype=bool)
    for i in regions:
        area |= region_pixels(new, i)
        if old is not None and i < len(old.regions):
            area |= region_pixels(old, i)
    for i in removed:
        area |= region_pixels(old, i)
    return area


def _slide_any(mask: np.ndarray, radius: int, axis: int) -> np.ndarray:
    if radius == 0:
        return mask
    pad = [(0, 0), (0, 0)]
    pad[axis] = (radius, radius)
    counts = np.cumsum(np.pad(mask, pad).astype(np.int32), axis=axis)
    counts = np.concatenate([np.zeros_like(counts.take([0], axis=axis)), counts], axis=axis)
    size = mask.shape[axis]
    upper = counts.take(np.arange(2 * radius + 1, 2 * radius + 1 + size), axis=axis)
    lower = counts.take(np.arange(0, size), axis=axis)
    return (upper - lower) > 0


def grow(mask: np.ndarray, margin: int) -> np.ndarray:
    """``mask`` grown by ``margin`` pixels in every direction (a square neighbourhood)."""
    return _slide_any(_slide_any(mask, margin, 0), margin, 1)


def _box_blur(values: np.ndarray, radius: int) -> np.ndarray:
    for axis in (0, 1):
        pad = [(0, 0), (0, 0)]
        pad[axis] = (radius, radius)
        sums = np.cumsum(np.pad(values, pad, mode="edge"), axis=axis, dtype=np.float64)
        sums = np.concatenate([np.zeros_like(sums.take([0], axis=axis)), sums], axis=axis)
        size = values.shape[axis]
        values = (sums.take(np.arange(2 * radius + 1, 2 * radius + 1 + size), axis=axis)
                  - sums.take(np.arange(size), axis=axis)) / (2 * radius + 1)
    return values


def feathered(area: np.ndarray, margin: int) -> tuple[np.ndarray, np.ndarray]:
    """``(grown, weight)``: the area grown by ``margin``, and the blend weight of the repainted pixels:
    1 on the area, falling smoothly across the margin, exactly 0 outside the grown area."""
    grown = grow(area, margin)
    if margin < 2:
        return grown, grown.astype(np.float32)
    half = grow(area, margin // 2)
    weight = _box_blur(half.astype(np.float64), margin // 2)  # reaches 0 within margin // 2 past ``half``
    weight = np.where(grown, np.maximum(weight, area), 0.0)
    return grown, weight.astype(np.float32)


def token_area(grown: np.ndarray) -> np.ndarray:
    """The latent tokens (16x16-pixel cells, row by row) holding any pixel of ``grown``: what the
    denoiser repaints; every other token keeps the original's latents."""
    h, w = grown.shape[0] // TOKEN_PX, grown.shape[1] // TOKEN_PX
    return grown.reshape(h, TOKEN_PX, w, TOKEN_PX).any(axis=(1, 3)).reshape(-1)


def composite(original: Image.Image, painted: Image.Image, weight: np.ndarray) -> Image.Image:
    """``painted`` over ``original`` by ``weight``; where the weight is 0 the original's bytes are kept."""
    before = np.asarray(original.convert("RGB"))
    after = np.asarray(painted.convert("RGB").resize(original.size))
    w = weight[..., None]
    mixed = np.clip(np.rint(before * (1.0 - w) + after * w), 0, 255).astype(np.uint8)
    return Image.fromarray(np.where(w > 0, mixed, before))


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def strength_steps(steps: int, strength: float) -> int:
    """The denoising steps a repaint runs: the last part of a ``steps``-step schedule, counted as diffusers'
    img2img and inpainting pipelines count it."""
    start = int(max(steps - min(steps * strength, steps), 0))
    return steps - start


def check_strength(strength: float, steps: int) -> None:
    if not (strength == strength and 0 < strength <= 1):
        raise UsageError(f"--strength {strength:g}: give a number above 0 and at most 1 (1 paints the region from noise)")
    if strength_steps(steps, strength) < 1:
        raise UsageError(f"--strength {strength:g} of {steps} steps runs no step; raise --strength or --steps")


def check_margin(margin: int) -> None:
    if not 0 <= margin <= MAX_MARGIN:
        raise UsageError(f"--margin {margin}: give 0 to {MAX_MARGIN} pixels")


def check_regions(layout: Layout, regions: list[int]) -> None:
    for i in regions:
        if not 0 <= i < len(layout.regions):
            raise UsageError(f"--region {i}: the layout has {len(layout.regions)} regions, numbered 0 to "
                             f"{len(layout.regions) - 1}" if layout.regions else f"--region {i}: the layout has no regions")


def record(parent: str | Path, layout: Layout, regions: list[int], *, previous: Optional[Layout] = None,
           removed: list[int] = (), strength: float, margin: int) -> RepaintRecord:
    """Where a repaint of ``parent`` (the image file) with ``layout`` came from; the area is the one the
    repaint painted (the same area, grown by the same margin)."""
    grown, _ = feathered(repaint_area(layout, regions, previous, list(removed)), margin)
    ys, xs = np.nonzero(grown)
    area = (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1) if len(xs) else (0, 0, 0, 0)
    return RepaintRecord(parent_sha256=file_sha256(parent), regions=sorted(regions), seed=layout.seed,
                         strength=strength, margin=margin, area=area)


def nothing_to_repaint(image: str) -> LayoutError:
    return LayoutError(f"nothing to repaint: no region's box, mask or description differs from the layout inside "
                       f"{image}; edit a region, or name --region N to re-roll one as it is")
