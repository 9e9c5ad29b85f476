"""Repainting in latent space: the original image's latents kept outside the area, at every step.

The pipeline is the family's own text-to-image pipeline with regional attention on the edited layout.
It starts from the original's latents noised to the starting step that ``strength`` gives (the tail of
the same sigma schedule a full render uses), and after each step a callback puts back, outside the
repaint tokens, the original's latents noised to the next step (at the last step, the original's own),
as diffusers' inpainting pipelines blend. FLUX.1, Chroma and FLUX.2 differ only in how latents are
encoded and packed, which each pipeline's own helpers do. A FLUX.1 Fill model is an inpainting model:
its pipeline takes the image and the repaint tokens' mask itself (they join the latents as input channels).
"""

from __future__ import annotations

import copy
from typing import Callable, Optional

import numpy as np
import torch

from .defaults import FILL_PIPELINES


def _encode(pipe, family: str, image, generator: torch.Generator) -> torch.Tensor:
    """The image's latents in the form the pipeline's ``latents=`` takes (FLUX.1/Chroma: packed tokens;
    FLUX.2: patchified, normalised 4-D latents)."""
    vae = pipe.vae
    pixels = pipe.image_processor.preprocess(image, height=image.height, width=image.width)
    pixels = pixels.to(device=vae.device, dtype=vae.dtype)
    with torch.no_grad():
        if family == "flux2":
            return pipe._encode_vae_image(pixels, generator)
        latents = vae.encode(pixels).latent_dist.mode()
        latents = (latents - vae.config.shift_factor) * vae.config.scaling_factor
    _, channels, height, width = latents.shape
    return pipe._pack_latents(latents, 1, channels, height, width)


def _packed(pipe, family: str, latents: torch.Tensor) -> torch.Tensor:
    return pipe._pack_latents(latents) if family == "flux2" else latents


def _first_sigma(pipe, family: str, sigmas: list[float], image_tokens: int, steps: int) -> float:
    """The first sigma the pipeline will use for ``sigmas`` (its scheduler shifts them by the image size),
    worked out on a copy of its scheduler the way the pipeline sets it."""
    scheduler = copy.deepcopy(pipe.scheduler)
    config = scheduler.config
    if family == "flux2":
        from diffusers.pipelines.flux2.pipeline_flux2_klein import compute_empirical_mu

        mu = compute_empirical_mu(image_seq_len=image_tokens, num_steps=steps)
    else:
        from diffusers.pipelines.flux.pipeline_flux import calculate_shift

        mu = calculate_shift(image_tokens, config.get("base_image_seq_len", 256), config.get("max_image_seq_len", 4096),
                             config.get("base_shift", 0.5), config.get("max_shift", 1.15))
    scheduler.set_timesteps(sigmas=sigmas, mu=mu)
    return float(scheduler.sigmas[0])


def start_sigmas(steps: int, strength: float) -> list[float]:
    """The tail of a full ``steps``-step schedule that ``strength`` runs (as diffusers' img2img counts it)."""
    from ..repaint import strength_steps

    run = strength_steps(steps, strength)
    return list(np.linspace(1.0, 1 / steps, steps)[steps - run:])


def repaint_latents(regional, layout, image, tokens: np.ndarray, *, seed: int, strength: float,
                    callback_on_step_end: Optional[Callable] = None, **generate_kwargs):
    """Denoise ``layout`` regionally, keeping the latents of ``image`` outside ``tokens`` (a bool per latent
    token, row by row); returns the decoded image (PIL), not yet composited."""
    pipe, family = regional.pipe, regional.family
    steps = layout.settings.num_inference_steps
    if type(pipe).__name__ in FILL_PIPELINES:  # an inpainting model: it takes the image and the mask itself
        import warnings

        from PIL import Image

        if layout.settings.guidance_scale < 10:
            warnings.warn(f"FLUX.1 Fill models are made for a guidance of about 30; this layout has "
                          f"{layout.settings.guidance_scale:g}, which gives weak repaints (--guidance 30)",
                          UserWarning, stacklevel=3)

        grid = tokens.reshape(image.height // 16, image.width // 16).astype(np.uint8) * 255
        mask = Image.fromarray(grid).resize(image.size, Image.NEAREST)
        return regional.generate(layout, seed=seed, image=image, mask_image=mask, strength=strength,
                                 callback_on_step_end=callback_on_step_end, **generate_kwargs)
    sigmas = start_sigmas(steps, strength)
    generator = torch.Generator("cpu").manual_seed(seed)
    original = _encode(pipe, family, image, generator)
    noise = torch.randn(original.shape, generator=generator, dtype=torch.float32).to(original.device, original.dtype)
    clean, noisy = _packed(pipe, family, original), _packed(pipe, family, noise)
    keep = torch.from_numpy(~tokens).to(clean.device)[None, :, None]
    sigma = _first_sigma(pipe, family, sigmas, clean.shape[1], steps)
    start = sigma * noise + (1.0 - sigma) * original

    def blend(pipeline, step, timestep, tensors):
        latents = tensors["latents"]
        following = float(pipeline.scheduler.sigmas[step + 1])
        reference = clean if following == 0 else following * noisy + (1.0 - following) * clean
        tensors["latents"] = torch.where(keep, reference.to(latents.dtype), latents)
        if callback_on_step_end is not None:
            tensors = callback_on_step_end(pipeline, step, timestep, tensors) or tensors
        return tensors

    return regional.generate(layout, seed=seed, latents=start, sigmas=sigmas, callback_on_step_end=blend,
                             callback_on_step_end_tensor_inputs=["latents"], **generate_kwargs)
