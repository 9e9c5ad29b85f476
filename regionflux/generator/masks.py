"""Layout -> token masks on FLUX's latent grid -> the regional attention mask.

FLUX packs latents into one token per 16x16 pixels (VAE factor 8 times patch 2), row-major. A token
belongs to a region when the pixel at the token's centre does (``nearest-exact`` sampling; plain
``nearest`` samples the top-left pixel and misplaces any edge off the 16-px grid).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from ..layout import TOKEN_PX, Layout, LayoutError


@dataclass(frozen=True)
class RegionTokens:
    """Per-region token masks plus the prompts they pair with (background last, when present)."""

    prompts: list[str]
    masks: torch.Tensor  # (n_regions, h * w) bool
    grid: tuple[int, int]  # (h, w) tokens


def token_masks(layout: Layout) -> RegionTokens:
    """Token masks for every region, and for the background when pixels are left uncovered."""
    h, w = layout.height // TOKEN_PX, layout.width // TOKEN_PX
    pixel = layout.pixel_masks()
    prompts = [region.description for region in layout.regions]
    if layout.needs_background(pixel):
        pixel.append(layout.background_pixel_mask(pixel))
        prompts.append(layout.background_prompt)
    if not pixel:
        return RegionTokens(prompts, torch.zeros(0, h * w, dtype=torch.bool), (h, w))
    stacked = torch.stack(pixel).to(torch.float32)[None]  # (1, n, H, W)
    tokens = F.interpolate(stacked, size=(h, w), mode="nearest-exact")[0] > 0.5
    masks = tokens.flatten(1)
    for i, region in enumerate(layout.regions):
        if not masks[i].any():
            raise LayoutError(
                f"regions[{i}] ({region.name}) covers no 16x16 token centre; make its mask larger"
            )
    return RegionTokens(prompts, masks, (h, w))


def membership_bits(masks: torch.Tensor) -> torch.Tensor:
    """One int64 per image token: bit i set when region i holds it; bit n when no region does.

    With text token bits ``1 << region``, the whole rule set becomes one test, ``q_bits & k_bits != 0``:
    text meets its own text and its region's image; image meets image that shares a region, and
    uncovered image meets uncovered image (the shared bit n, which no text carries).
    """
    n, _ = masks.shape
    weights = (1 << torch.arange(n, dtype=torch.int64))[:, None]
    bits = (masks.to(torch.int64) * weights).sum(0)
    return torch.where(bits == 0, torch.tensor(1 << n, dtype=torch.int64), bits)


def text_bits(text_lengths: list[int]) -> torch.Tensor:
    """Bit ``1 << i`` for every text token of region i, regions concatenated in order."""
    owner = torch.repeat_interleave(torch.arange(len(text_lengths)), torch.tensor(text_lengths, dtype=torch.long))
    return 1 << owner


def regional_attention_mask(masks: torch.Tensor, text_lengths: list[int]) -> torch.Tensor:
    """Dense bool mask over ``[R_1; ...; R_n; image]`` (True = may attend), exactly the method's rules.

    text i <-> text i; text i <-> image p iff p in M_i; image p <-> image q iff some region holds
    both, or neither is in any region.
    """
    if len(text_lengths) != masks.shape[0]:
        raise ValueError("one text length per region mask")
    bits = torch.cat([text_bits(text_lengths), membership_bits(masks)])
    return (bits[:, None] & bits[None, :]) != 0
