"""Render layouts with one model kept loaded: the core that `generate`, the web page and scripts share.

A :class:`Renderer` knows how to load the model (which repo, device, dtype, offloading, kernel) but
loads it only on the first render, and keeps it for every render after: the ControlNet or LoRAs a
layout asks for are loaded beside it and switched in only once they have loaded, so a layout whose
LoRA or ControlNet fails leaves the model as it was for the next render (on a shared web page, the
next user's). Renders run one at a time; each reports its denoising steps, can be cancelled between
steps, and stops after ``max_seconds`` when the operator set a limit. torch and diffusers are
imported on the first render, never on import.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from .errors import GenerationError, RegionfluxError, UsageError
from .generator.defaults import (
    DEFAULT_ATTENTION,
    DEFAULT_MAX_SEQUENCE_LENGTH,
    DEFAULT_MODEL,
    DEFAULT_PROMPT_LENGTH,
    family_of,
)
from .layout import Layout

#: ``on_step(step, total)``: called after each denoising step, from the rendering thread.
StepCallback = Callable[[int, int], None]


class RenderCancelled(RegionfluxError):
    """The render was cancelled between two denoising steps."""


class RenderOptions(BaseModel):
    """How to load the model and run it; everything about the picture itself is in the Layout."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = DEFAULT_MODEL
    device: Optional[str] = None
    dtype: Optional[str] = None
    offload: Optional[Literal["none", "model", "group", "sequential"]] = Field(
        None, description="None: as --memory plans it (none off CUDA).")
    cpu_offload: bool = False  # the same as offload="model"
    sequential_offload: bool = False  # the same as offload="sequential"
    quantize: Optional[Literal["none", "nf4", "int8", "int8wo", "fp8"]] = None
    quantize_text_encoder: Optional[Literal["none", "nf4", "int8", "int8wo", "fp8"]] = None
    transformer: Optional[str] = Field(None, max_length=4096, description="A .gguf or .safetensors transformer file.")
    memory: Literal["auto", "off"] = "auto"
    compile: bool = False
    attention: str = DEFAULT_ATTENTION
    max_sequence_length: int = DEFAULT_MAX_SEQUENCE_LENGTH
    regional_prompt_length: str = DEFAULT_PROMPT_LENGTH
    negative_prompt: Optional[str] = None
    true_cfg: float = Field(1.0, allow_inf_nan=False)
    max_seconds: Optional[float] = Field(None, gt=0, allow_inf_nan=False,
                                         description="Stop a render (between two steps) once it has run this long.")

    def check(self) -> None:
        """Refuse what cannot work before anything loads (what depends on the model's family, such as a
        negative prompt needing --true-cfg on FLUX.1, is checked once it is loaded)."""
        if self.negative_prompt is not None and not self.negative_prompt.strip():
            raise UsageError("--negative-prompt is empty; leave it out or say what to avoid")
        if self.negative_prompt and self.true_cfg <= 1 and self.known_family() == "flux":
            raise UsageError("--negative-prompt only takes effect with --true-cfg > 1 on FLUX.1 (e.g. --true-cfg 4)")
        from .generator.preflight import offload_mode
        from .generator.quantize import check_combination, check_quantize, check_transformer_file

        offload = offload_mode(self.offload, cpu_offload=self.cpu_offload, sequential_offload=self.sequential_offload)
        check_combination(self.quantize, offload, self.compile)
        device = self.device or "cuda"
        check_quantize(self.quantize, device)
        check_quantize(self.quantize_text_encoder, device, "--quantize-text-encoder")
        if self.transformer is not None:
            family = self.known_family()
            if family is not None:  # a hub model's family is known once its index is read, at loading
                check_transformer_file(self.transformer, family)
            if self.quantize not in (None, "none") and self.transformer.lower().endswith(".gguf"):
                raise UsageError(f"--quantize {self.quantize} with a GGUF transformer: the file is quantized already; "
                                 "leave --quantize out (--quantize-text-encoder still applies)")

    def offload_mode(self) -> Optional[str]:
        """The offloading asked for (``offload`` or the older flags), or None when left to --memory."""
        from .generator.preflight import offload_mode

        if self.offload is None and not (self.cpu_offload or self.sequential_offload):
            return None
        return offload_mode(self.offload, cpu_offload=self.cpu_offload, sequential_offload=self.sequential_offload)

    def known_family(self) -> Optional[str]:
        """The model's family when it can be told without loading or downloading anything: the default
        model, or the model_index.json of a local folder or the hub cache; else None."""
        if self.model == DEFAULT_MODEL:
            return "flux"
        name = self.known_pipeline()
        return family_of(name) if name else None

    def known_pipeline(self) -> Optional[str]:
        """The pipeline class the model's model_index.json names, when it is here to read; else None."""
        index = Path(self.model).expanduser() / "model_index.json"
        if not index.exists():  # a hub id already downloaded: its index is in the cache
            try:
                from huggingface_hub import try_to_load_from_cache

                cached = try_to_load_from_cache(self.model, "model_index.json")
                index = Path(cached) if isinstance(cached, str) else index
            except Exception:  # not a repo id, or no cache: the class is read when the model loads
                pass
        try:
            name = json.loads(index.read_text(encoding="utf-8")).get("_class_name")
        except (OSError, ValueError, AttributeError):
            return None
        return name if isinstance(name, str) else None


@dataclass
class _Loaded:
    base: object  # RegionalFlux over the pipeline as loaded, without ControlNet or LoRAs
    regional: object  # the RegionalFlux renders use: ``base``, or one over a ControlNet pipeline sharing its modules
    control: Optional[tuple] = None  # (model, mode) of the ControlNet in use
    loras: tuple = ()  # the LoraSettings loaded


class Renderer:
    """Loads the FLUX pipeline on the first render and keeps it; one render at a time."""

    def __init__(self, options: RenderOptions = RenderOptions(), *, notify: Optional[Callable[[str], None]] = None,
                 step_bar: bool = True):
        options.check()
        self.options = options
        self.notify = notify  # told the memory plan, in one line, before the model loads
        self.step_bar = step_bar  # diffusers' bar over denoising steps (a batch shows one over items instead)
        self.plan = None  # the MemoryPlan the model was loaded with, once loaded
        self._loaded: Optional[_Loaded] = None
        self._lock = threading.Lock()
        self._cancel = threading.Event()

    @property
    def loaded(self) -> bool:
        return self._loaded is not None

    def device(self) -> str:
        """The device renders will use; raises the reason when there is none (e.g. no GPU)."""
        from .generator.preflight import resolve_device

        return resolve_device(self.options.device)

    def prepare(self) -> None:
        """Import what a render needs (diffusers, the pipeline classes) without loading any weights, so a
        server that calls this while idle answers its first render sooner."""
        import importlib

        import diffusers

        importlib.import_module("regionflux.generator.pipeline")
        for name in ("FluxPipeline", "Flux2KleinPipeline", "ChromaPipeline"):
            getattr(diffusers, name, None)  # diffusers imports each pipeline module on first access

    def cancel(self) -> None:
        """Ask the render in progress to stop after its current step."""
        self._cancel.set()

    def render(self, layout: Layout, *, num_images: int = 1, on_step: Optional[StepCallback] = None) -> list:
        """Render ``layout`` (its seed must be set) and return PIL images; image ``i`` uses ``seed + i``."""
        return self._checked_run(layout, on_step, lambda regional, **call: regional.generate(
            layout, num_images=num_images, seed=layout.seed, **call), num_images=num_images)

    def repaint(self, image, layout: Layout, *, regions: list[int], previous: Optional[Layout] = None,
                removed: list[int] = (), strength: float = 1.0, margin: Optional[int] = None,
                on_step: Optional[StepCallback] = None):
        """Paint ``regions`` of ``image`` again as ``layout`` describes them (its seed), keeping every other
        pixel (see :meth:`~regionflux.generator.pipeline.RegionalFlux.repaint`); returns the PIL image."""
        from .repaint import DEFAULT_MARGIN, check_margin, check_regions, check_strength, strength_steps

        check_strength(strength, layout.settings.num_inference_steps)
        check_margin(DEFAULT_MARGIN if margin is None else margin)
        check_regions(layout, regions)
        return self._checked_run(layout, on_step, lambda regional, **call: regional.repaint(
            image, layout, regions=regions, previous=previous, removed=removed, seed=layout.seed,
            strength=strength, margin=margin, **call), steps=strength_steps(layout.settings.num_inference_steps, strength),
            what="repaint")

    def _checked_run(self, layout: Layout, on_step: Optional[StepCallback], call, *, num_images: int = 1,
                     steps: Optional[int] = None, what: str = "render"):
        """What a render or a repaint checks before loading (seed, bounds, sources, the attention mask's
        memory), then the model loaded or switched and ``call`` run, one at a time."""
        from .generator.preflight import check_attention_memory, check_render, check_sources

        if layout.seed is None:
            raise UsageError(f"the layout has no seed; set one so the {what} can be repeated")
        opts = self.options
        check_render(layout, num_images=num_images, max_sequence_length=opts.max_sequence_length,
                     true_cfg_scale=opts.true_cfg)
        check_sources(opts.model, layout.control.model if layout.control else None, layout.lora)  # before loading
        check_attention_memory(layout, device=self.device(), attention=opts.attention, dtype=opts.dtype,
                               max_sequence_length=opts.max_sequence_length,
                               regional_prompt_length=opts.regional_prompt_length)
        with self._lock:
            self._cancel.clear()
            regional = self._pipeline(layout)
            return self._run(regional, layout, on_step, call, steps=steps)

    def memory_plan(self, layout: Layout):
        """How the model will be loaded for ``layout``'s canvas: the options as given, with what they leave
        unset chosen by :func:`~regionflux.generator.memory.plan_memory` from the free memory of a CUDA
        device (``memory="auto"``); elsewhere, or with ``memory="off"``, what is unset stays off.
        Returns ``(plan, free bytes or None)``."""
        from .generator.memory import MemoryPlan, model_sizes, plan_memory
        from .generator.preflight import free_memory
        from .generator.quantize import installed_backends

        opts = self.options
        offload = opts.offload_mode()
        gguf = bool(opts.transformer and opts.transformer.lower().endswith(".gguf"))
        device = self.device()
        as_given = MemoryPlan(quantize="gguf" if gguf else opts.quantize or "none",
                              quantize_text_encoder=opts.quantize_text_encoder or "none", offload=offload or "none")
        chosen_all = opts.quantize is not None and opts.quantize_text_encoder is not None and offload is not None
        free = free_memory(device) if device.startswith("cuda") else None
        if opts.memory == "off" or free is None:
            return as_given, None
        import torch

        try:
            sizes = model_sizes(opts.model, opts.known_family() or "flux")
        except UsageError as exc:  # a model whose size cannot be read without downloading it: load as given
            if self.notify is not None:
                self.notify(f"memory: {exc}; loading as the options say")
            return as_given, None
        if gguf:
            gguf_file = Path(opts.transformer).expanduser()
            if not gguf_file.is_file():
                raise UsageError(f"--transformer {opts.transformer!r} does not exist or is not a regular file")
            sizes = sizes.with_gguf(gguf_file.stat().st_size)
        fp8 = torch.cuda.get_device_capability(torch.device(device)) >= (8, 9)
        try:
            plan = plan_memory(free, sizes, layout.width, layout.height, backends=installed_backends(), fp8=fp8,
                               gguf=gguf, quantize=opts.quantize, quantize_text_encoder=opts.quantize_text_encoder,
                               offload=offload)
        except GenerationError as exc:
            if not chosen_all:
                raise
            # every choice was the user's: load as they say (the plan would only have added VAE tiling)
            if self.notify is not None:
                self.notify(f"memory: {exc}; loading as the options say")
            return as_given, None
        return plan, free

    def load(self, layout: Layout) -> None:
        """Load the model now (as the first render of ``layout`` would), so that a model that cannot load is
        reported before any work depends on it."""
        from .generator.preflight import check_sources

        check_sources(self.options.model)
        with self._lock:  # the model only: the layout's LoRAs or ControlNet are its own render's business
            if self._loaded is None:
                base = self._load(layout)
                self._loaded = _Loaded(base=base, regional=base)

    def close(self) -> None:
        """Drop the loaded model (and its GPU memory)."""
        with self._lock:
            self._drop()

    # -- internals --------------------------------------------------------------------------------
    def _pipeline(self, layout: Layout):
        if self._loaded is None:
            base = self._load(layout)
            self._loaded = _Loaded(base=base, regional=base)
        loaded = self._loaded
        control = (layout.control.model, layout.control.mode) if layout.control else None
        if control != loaded.control:
            self._switch_control(loaded, control)
        if tuple(layout.lora) != loaded.loras:
            self._switch_loras(loaded, layout.lora)
        return loaded.regional

    def _load(self, layout: Layout):
        import torch

        from .generator.pipeline import RegionalFlux

        opts = self.options
        plan, free = self.memory_plan(layout)
        if self.notify is not None and free is not None:
            self.notify(f"memory: {plan.describe(free)}; choose yourself with --quantize, --quantize-text-encoder "
                        "and --offload, or --memory off")
        regional = RegionalFlux.from_pretrained(
            opts.model, torch_dtype=getattr(torch, opts.dtype) if opts.dtype else None, device=opts.device,
            offload=plan.offload, quantize=None if plan.quantize == "gguf" else plan.quantize,
            quantize_text_encoder=plan.quantize_text_encoder, transformer=opts.transformer,
            vae_tiling=plan.vae_tiling, compile=opts.compile, attention=opts.attention,
        )
        self.plan = plan
        if not self.step_bar:
            regional.pipe.set_progress_bar_config(disable=True)
        return regional

    def _switch_control(self, loaded: _Loaded, control: Optional[tuple]) -> None:
        """Use the ControlNet ``control`` names (None: none). It is loaded and checked beside the pipeline
        in use, which is switched only once it has loaded."""
        from .generator.pipeline import load_controlnet, place, with_controlnet

        device = self.device()
        pipe = loaded.base.pipe
        if control is not None:
            controlnet = load_controlnet(control[0], loaded.base.pipe.transformer.dtype, control[1])
            pipe = with_controlnet(pipe, controlnet)
        place(pipe, device, offload=self.plan.offload)
        loaded.regional = loaded.regional.switched_to(pipe)
        if pipe is loaded.base.pipe:
            loaded.base = loaded.regional
        loaded.control = control

    def _switch_loras(self, loaded: _Loaded, loras: list) -> None:
        """Load ``loras`` in place of those loaded; when one fails, the pipeline is left with none."""
        from .generator.control import load_loras

        pipe = loaded.regional.pipe
        if loaded.loras:
            pipe.unload_lora_weights()
            loaded.loras = ()
        load_loras(pipe, list(loras))
        loaded.loras = tuple(loras)

    def _drop(self) -> None:
        if self._loaded is not None:
            self._loaded = None
            import gc

            import torch

            gc.collect()
            if torch.cuda.is_available():
                torch.cuda.empty_cache()

    def _run(self, regional, layout: Layout, on_step: Optional[StepCallback], call, steps: Optional[int] = None):
        import torch

        opts = self.options
        total = steps or layout.settings.num_inference_steps
        start = time.monotonic()

        def step_end(pipe, step, timestep, tensors):
            if on_step is not None:
                on_step(step + 1, total)
            if self._cancel.is_set():
                raise RenderCancelled(f"cancelled after step {step + 1} of {total}")
            spent = time.monotonic() - start
            # stop when the next step would pass the limit (steps take about equally long), not after it
            if opts.max_seconds is not None and step + 1 < total and spent * (step + 2) / (step + 1) > opts.max_seconds:
                raise RenderCancelled(f"stopped after step {step + 1} of {total}: a render may take at most "
                                      f"{opts.max_seconds:g} s on this server; use fewer steps or a smaller canvas")
            return tensors

        try:
            return call(regional, negative_prompt=opts.negative_prompt, true_cfg_scale=opts.true_cfg,
                        max_sequence_length=opts.max_sequence_length, regional_prompt_length=opts.regional_prompt_length,
                        callback_on_step_end=step_end)
        except torch.OutOfMemoryError as exc:
            raise GenerationError(
                "out of GPU memory while rendering; try --offload model (or group), --quantize int8wo or nf4, "
                "fewer images, a smaller canvas, or --regional-prompt-length real"
            ) from exc
