"""`RegionalFlux`: render a Layout with regional attention on a stock diffusers FLUX pipeline."""

from __future__ import annotations

import warnings
from typing import Any, Callable, Optional, Union

import torch

from ..errors import GenerationError, LayoutError, UsageError, first_line
from ..layout import MAX_REGIONS, TOKEN_PX, Layout, LoraSettings, RegionalSettings
from .attention import RegionalRender, install, is_installed, model_family, set_masked_blocks, uninstall
from .control import check_control_mode, control_kwargs, load_loras
from .defaults import (
    ATTENTION_KERNELS,
    DEFAULT_ATTENTION,
    DEFAULT_MAX_SEQUENCE_LENGTH,
    DEFAULT_MODEL,
    DEFAULT_PROMPT_LENGTH,
    FILL_PIPELINES,
    LOADABLE_PIPELINES,
    PIPELINES,
    PROMPT_LENGTHS,
    family_of,
)
from .kernels import AttentionKernel, FlexKernel, SdpaKernel, choose_kernel
from .masks import token_masks
from .notices import library_notices_dropped
from .preflight import check_render, check_sources, free_memory, offload_mode, resolve_device


class RegionalFlux:
    """Wraps a loaded ``FluxPipeline`` (or ``FluxControlNetPipeline``) and renders layouts regionally.

    The pipeline stays the user's: LoRA, offloading and dtype work as usual, and a render with no
    regional step (``mask_inject_steps=0``) is exactly the stock pipeline. ``remove()`` restores it.

    ``attention``: ``"sdpa"`` (dense mask, two SDPA calls per block), ``"flex"`` (one block-sparse
    FlexAttention call per block, no dense mask), or ``"auto"`` (default: per render, by
    :func:`~regionflux.generator.kernels.choose_kernel`); all give the method's exact result.
    ``compile_flex`` compiles the flex kernel: True (torch.compile's default backend), a backend name
    or callable, False; default: compiled on CUDA only.
    """

    def __init__(self, pipe, *, max_regions: int = MAX_REGIONS, attention: str = DEFAULT_ATTENTION,
                 compile_flex: Union[bool, str, Callable, None] = None):
        if not hasattr(pipe, "transformer") or not hasattr(pipe.transformer, "single_transformer_blocks"):
            raise TypeError(f"RegionalFlux needs a FLUX pipeline ({', '.join(PIPELINES)})")
        if type(pipe).__name__ not in PIPELINES:  # e.g. Kontext or inpainting add image tokens of their own
            raise TypeError(f"RegionalFlux supports {', '.join(PIPELINES)}, not {type(pipe).__name__}")
        if attention not in ATTENTION_KERNELS:
            raise ValueError(f"attention must be one of {ATTENTION_KERNELS}, not {attention!r}")
        if is_installed(pipe.transformer):
            raise GenerationError(
                "this pipeline is already wrapped by a RegionalFlux; reuse that one, or call its remove() first"
            )
        self.pipe = pipe
        self.max_regions = max_regions
        self.attention = attention
        self.compile_flex = compile_flex
        self.last_kernel: Optional[str] = None  # the kernel the latest regional render used
        self.family = model_family(pipe.transformer)
        self._installed = install(pipe.transformer)

    # -- loading ----------------------------------------------------------------------------------
    @classmethod
    def from_pretrained(
        cls,
        model: str = DEFAULT_MODEL,
        *,
        torch_dtype: Optional[torch.dtype] = None,
        device: Optional[str] = None,
        offload: Optional[str] = None,
        cpu_offload: bool = False,
        sequential_offload: bool = False,
        quantize: Optional[str] = None,
        quantize_text_encoder: Optional[str] = None,
        transformer: Optional[str] = None,
        vae_tiling: bool = False,
        compile: bool = False,
        controlnet: Optional[str] = None,
        control_mode: Optional[int] = None,
        lora: Optional[list[LoraSettings]] = None,
        attention: str = DEFAULT_ATTENTION,
        **kwargs: Any,
    ) -> "RegionalFlux":
        """Load a FLUX pipeline (repo id or local folder; its ``model_index.json`` names the family) and wrap it.

        Without ``device`` it uses CUDA and refuses to start when there is none, since FLUX on a CPU
        takes hours; pass ``device="cpu"`` to run there anyway. ``offload``: "none", "model" (diffusers'
        model CPU offload; ``cpu_offload=True`` says the same), "group" (block by block, CUDA streams
        where there are some) or "sequential" (layer by layer; ``sequential_offload=True``).
        ``quantize`` ("nf4", "int8": bitsandbytes; "int8wo", "fp8": torchao) quantizes the transformer,
        ``quantize_text_encoder`` the large text encoder, through diffusers' quantizers; ``transformer``
        is a .gguf or .safetensors file of the transformer (its original key names), loaded with
        ``model``'s config. ``vae_tiling`` decodes large canvases tile by tile. ``compile`` compiles the
        transformer's repeated blocks (see :meth:`compile`).
        ``controlnet`` (repo id or folder) gives a ``FluxControlNetPipeline``, and ``control_mode`` is
        checked against it before FLUX loads; ``lora`` entries are loaded through diffusers.
        """
        from .quantize import (
            check_combination,
            check_quantize,
            check_transformer_file,
            load_transformer_file,
            pipeline_quantization,
        )

        device = resolve_device(device)
        offload = offload_mode(offload, cpu_offload=cpu_offload, sequential_offload=sequential_offload)
        check_sources(model, controlnet, lora or [])
        check_quantize(quantize, device)
        check_quantize(quantize_text_encoder, device, "--quantize-text-encoder")
        check_combination(quantize, offload, compile)
        import diffusers

        if torch_dtype is None:
            torch_dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
        # the ControlNet is small and its mode is checked against it: before FLUX's index is even read
        control = load_controlnet(controlnet, torch_dtype, control_mode) if controlnet is not None else None
        pipeline_class = pipeline_class_of(model)
        family = family_of(pipeline_class)
        if controlnet is not None and pipeline_class != "FluxPipeline":
            raise GenerationError(f"ControlNet works with FLUX.1 models; {model!r} is a {pipeline_class}")
        transformer_file = None
        if transformer is not None:
            transformer_file = check_transformer_file(transformer, family)
            if quantize not in (None, "none") and transformer_file.suffix.lower() == ".gguf":
                raise UsageError(f"--quantize {quantize} with a GGUF transformer: the file is quantized already; "
                                 "leave --quantize out (--quantize-text-encoder still applies)")
        kwargs[_dtype_keyword()] = torch_dtype
        quantization = pipeline_quantization(family, quantize, quantize_text_encoder, torch_dtype,
                                             transformer_file=transformer_file is not None)
        if quantization is not None:
            kwargs["quantization_config"] = quantization
        if transformer_file is not None:
            kwargs["transformer"] = load_transformer_file(transformer_file, model, family, torch_dtype, quantize)
        try:
            with library_notices_dropped():
                if control is not None:
                    pipe = diffusers.FluxControlNetPipeline.from_pretrained(model, controlnet=control, **kwargs)
                else:
                    pipe = getattr(diffusers, pipeline_class).from_pretrained(model, **kwargs)
        except Exception as exc:
            raise GenerationError(load_error_message(model, exc)) from exc
        load_loras(pipe, lora or [])
        if vae_tiling:
            pipe.vae.enable_tiling()
        place(pipe, device, offload=offload)
        regional = cls(pipe, attention=attention)
        if compile:
            regional.compile()
        return regional

    def compile(self, **compile_kwargs: Any) -> None:
        """``torch.compile`` the transformer's repeated blocks, regional processors included (diffusers'
        regional compilation: one compiled block serves all of its kind). A regional render compiles the
        blocks' regional path once per canvas and region count, the plain steps after
        ``mask_inject_steps`` their plain path once; keyword arguments go to ``torch.compile``."""
        self.pipe.transformer.compile_repeated_blocks(**compile_kwargs)

    def switched_to(self, pipe) -> "RegionalFlux":
        """The same regional settings over ``pipe``, another pipeline around this one's transformer (the
        same FLUX with or without a ControlNet); this wrapper is removed first, since a transformer
        carries one at a time."""
        self.remove()
        return RegionalFlux(pipe, max_regions=self.max_regions, attention=self.attention, compile_flex=self.compile_flex)

    def load_loras(self, loras: list[LoraSettings]) -> list[str]:
        """Load LoRAs the usual diffusers way (``load_lora_weights`` + ``set_adapters``)."""
        return load_loras(self.pipe, loras)

    def remove(self) -> None:
        """Give the pipeline back as it was (stock processors, no hooks)."""
        if self._installed is not None:
            uninstall(self.pipe.transformer, self._installed)
            self._installed = None

    # -- rendering --------------------------------------------------------------------------------
    def generate(
        self,
        layout: Layout,
        *,
        settings: Optional[RegionalSettings] = None,
        num_images: int = 1,
        seed: Optional[int] = None,
        generator: Optional[torch.Generator] = None,
        negative_prompt: Optional[str] = None,
        true_cfg_scale: float = 1.0,
        max_sequence_length: int = DEFAULT_MAX_SEQUENCE_LENGTH,
        regional_prompt_length: str = DEFAULT_PROMPT_LENGTH,
        output_type: str = "pil",
        callback_on_step_end: Optional[Callable] = None,
        **pipe_kwargs: Any,
    ):
        """Render ``layout``; returns what the pipeline returns in ``.images`` (PIL images by default).

        ``settings`` overrides the layout's; ``seed`` overrides ``layout.seed`` and image ``i`` of a batch
        uses ``seed + i``. ``regional_prompt_length="real"`` keeps only each regional prompt's own T5
        tokens instead of all ``max_sequence_length`` (faster, slightly different images; the
        default ``"padded"`` is the paper's method). Extra keyword arguments go to the pipeline
        call. On a ControlNet pipeline, ``layout.control`` supplies the control image, mode, scale
        and guidance window.
        """
        if self._installed is None:
            raise GenerationError("this RegionalFlux was removed; wrap the pipeline again")
        if regional_prompt_length not in PROMPT_LENGTHS:
            raise ValueError(f"regional_prompt_length must be one of {PROMPT_LENGTHS}, not {regional_prompt_length!r}")
        settings = settings or layout.settings
        self.check_layout(layout)
        check_render(layout, num_images=num_images, max_sequence_length=max_sequence_length,
                     true_cfg_scale=max(true_cfg_scale, 1.0), masks=False)  # token_masks below checks them
        pipe = self.pipe
        pipe_kwargs = {**control_kwargs(pipe, layout), **pipe_kwargs}
        device = pipe._execution_device
        tokens = token_masks(layout)

        if self.family == "flux" and negative_prompt is not None and true_cfg_scale <= 1:
            raise GenerationError("on FLUX.1 a negative prompt only takes effect with true_cfg_scale > 1 "
                                  "(--true-cfg 4, say)")
        flux1 = self.family == "flux"  # FLUX.2 and Chroma have no pooled vector and no true_cfg_scale
        fill = type(pipe).__name__ in FILL_PIPELINES
        if fill and (pipe_kwargs.get("image") is None or pipe_kwargs.get("mask_image") is None):
            raise GenerationError("a FLUX.1 Fill model paints inside a mask of an image it is given: use it with "
                                  "`regionflux repaint` (or RegionalFlux.repaint), and a FLUX.1 model to render")
        if fill and (true_cfg_scale > 1 or negative_prompt is not None):
            raise GenerationError("FLUX.1 Fill pipelines take no negative prompt and no true_cfg_scale")
        if self.family == "flux2" and pipe_kwargs.get("image") is not None:
            raise GenerationError("regional attention does not support FLUX.2 reference images (image editing): "
                                  "their tokens join the image sequence; render without image=")
        if not flux1 and true_cfg_scale > 1:
            raise GenerationError("true_cfg_scale is FLUX.1's; FLUX.2 [klein] base models and Chroma run "
                                  "classifier-free guidance at the layout's guidance_scale, with negative_prompt")
        prompt_embeds, extra, _ = self._encode([layout.prompt], num_images, max_sequence_length, "prompt")
        negative = {}
        if negative_prompt is not None and (true_cfg_scale > 1 or not flux1):
            if not flux1 and not self._runs_cfg(settings.guidance_scale):
                raise GenerationError("a negative prompt needs classifier-free guidance: a FLUX.2 [klein] base "
                                      "(not distilled) or Chroma model with guidance_scale > 1")
            neg_embeds, neg_extra, _ = self._encode([negative_prompt], num_images, max_sequence_length, "negative prompt")
            negative = dict(negative_prompt_embeds=neg_embeds, **self._extra_kwargs(neg_extra, "negative_"))

        render = None
        if tokens.prompts and settings.mask_inject_steps > 0:
            regional, region_masks, own_lengths = self._encode(tokens.prompts, 1, max_sequence_length, "region")
            if regional_prompt_length == "real":
                if None in own_lengths:
                    raise GenerationError(f"regional_prompt_length='real' needs the prompts' own token counts, "
                                          f"which regionflux cannot read from {type(pipe).__name__}; use 'padded'")
                lengths = own_lengths
            else:
                lengths = [regional.shape[1]] * len(tokens.prompts)
            render = RegionalRender(
                regional_embeds=torch.cat([r[:n] for r, n in zip(regional, lengths)])[None],
                base_embeds=prompt_embeds,
                kernel=self._kernel(tokens.masks, lengths, prompt_embeds.shape[1], device,
                                    **self._padding(region_masks, lengths, extra)),
                base_ratio=settings.base_ratio,
                mask_inject_steps=settings.mask_inject_steps,
                region_lengths=list(lengths),
            )
            set_masked_blocks(pipe.transformer, settings.double_inject_blocks_interval, settings.single_inject_blocks_interval)
        if generator is None:
            # image i gets seed + i, so each image alone is reproducible from its saved layout
            first = seed if seed is not None else (layout.seed if layout.seed is not None else 0)
            generator = [torch.Generator("cpu").manual_seed(first + i) for i in range(num_images)]

        self._installed.hook.render = render
        try:
            result = pipe(
                prompt_embeds=prompt_embeds,
                **self._extra_kwargs(extra),
                **({"true_cfg_scale": true_cfg_scale} if flux1 and not fill else {}),
                height=layout.height,
                width=layout.width,
                num_inference_steps=settings.num_inference_steps,
                guidance_scale=settings.guidance_scale,
                generator=generator,
                max_sequence_length=max_sequence_length,
                output_type=output_type,
                callback_on_step_end=callback_on_step_end,
                **negative,
                **pipe_kwargs,
            )
        finally:
            self._installed.hook.render = None
            self._installed.hook.active = None
        if render is not None:
            if not flux1:
                two_passes = self._runs_cfg(settings.guidance_scale)
            else:
                negatives = bool(negative) or any(pipe_kwargs.get(k) is not None for k in ("negative_prompt", "negative_prompt_embeds"))
                two_passes = negatives and true_cfg_scale > 1
            self._check_regional_steps(render, two_passes=two_passes)
        return result.images

    def repaint(self, image, layout: Layout, *, regions: list[int], seed: Optional[int] = None, strength: float = 1.0,
                margin: Optional[int] = None, previous: Optional[Layout] = None, removed: list[int] = (),
                callback_on_step_end: Optional[Callable] = None, **kwargs: Any):
        """Paint ``regions`` of ``image`` (a PIL image of ``layout``'s canvas) again as ``layout`` describes
        them, and keep every other pixel: returns the new PIL image.

        The area is those regions' pixels in ``layout`` and, when ``previous`` (the layout ``image`` was
        rendered from) is given, in ``previous`` too, plus ``removed`` regions of ``previous``; grown by
        ``margin`` pixels and feathered. ``strength`` 1 paints the area from noise; lower keeps more of
        the old pixels. Pixels outside the grown area are the original's, byte for byte.
        """
        from ..repaint import DEFAULT_MARGIN, check_margin, check_regions, check_strength, composite, feathered
        from ..repaint import repaint_area, token_area
        from .repaint import repaint_latents

        margin = DEFAULT_MARGIN if margin is None else margin
        check_strength(strength, layout.settings.num_inference_steps)
        check_margin(margin)
        check_regions(layout, regions)
        if image.size != (layout.width, layout.height):
            raise LayoutError(f"the image is {image.size[0]}x{image.size[1]} but the layout's canvas is "
                              f"{layout.width}x{layout.height}; repaint the image the layout was rendered for")
        image = image.convert("RGB")
        grown, weight = feathered(repaint_area(layout, regions, previous, list(removed)), margin)
        seed = seed if seed is not None else (layout.seed if layout.seed is not None else 0)
        painted = repaint_latents(self, layout, image, token_area(grown), seed=seed, strength=strength,
                                  callback_on_step_end=callback_on_step_end, output_type="pil", **kwargs)[0]
        return composite(image, painted, weight)

    def _extra_kwargs(self, extra, prefix: str = "") -> dict:
        """The pipeline keyword that takes what :meth:`_encode` returns beside the text states."""
        name = {"flux": "pooled_prompt_embeds", "chroma": "prompt_attention_mask"}.get(self.family)
        return {prefix + name: extra} if name else {}

    def _runs_cfg(self, guidance_scale: float) -> bool:
        """Whether the pipeline runs a second (negative) pass per step: FLUX.2 [klein] base models and
        Chroma do when guidance_scale > 1."""
        if self.family == "chroma":
            return guidance_scale > 1
        config = getattr(self.pipe, "config", {})
        return type(self.pipe).__name__.startswith("Flux2Klein") and guidance_scale > 1 and not config.get("is_distilled", False)

    def _padding(self, region_masks, lengths: list[int], base_mask) -> dict:
        """Chroma's text padding for the kernel: which regional text tokens are keys, and the base
        prompt's mask as the pipeline passes it (see kernels.py)."""
        if self.family != "chroma":
            return {}
        key_valid = torch.cat([m[:n] for m, n in zip(region_masks, lengths)]).bool()
        return dict(key_valid=key_valid, base_mask=base_mask[0])

    @staticmethod
    def _check_regional_steps(render: RegionalRender, two_passes: bool) -> None:
        """Refuse to hand back a plain-FLUX image as a regional one (e.g. when the positive pass could
        not be recognised): the regional steps must be exactly what the settings ask for."""
        steps_run = render.forwards // (2 if two_passes else 1)
        expected = min(render.mask_inject_steps, steps_run)
        if render.regional_steps != expected:
            raise GenerationError(
                f"regional attention ran in {render.regional_steps} of the {expected} steps the settings ask for "
                "(mask_inject_steps), so the image would not follow the layout; something between the pipeline "
                "and the transformer hid the positive pass. Wrap the pipeline with RegionalFlux after setting it "
                "up, and report this with the pipeline's setup"
            )

    def check_layout(self, layout: Layout) -> None:
        """Problems the pipeline would otherwise hit deep inside torch, as clear messages."""
        multiple = getattr(self.pipe, "vae_scale_factor", 8) * 2
        if multiple != TOKEN_PX:
            raise GenerationError(f"this pipeline packs {multiple}-px tokens; regionflux supports FLUX.1's {TOKEN_PX}-px tokens")
        if len(layout.regions) > self.max_regions:
            raise LayoutError(
                f"regions: {len(layout.regions)} regions, more than the {self.max_regions} this generator supports"
            )

    def _kernel(self, masks, lengths, base_len, device, **padding) -> AttentionKernel:
        compile_flex = self.compile_flex if self.compile_flex is not None else torch.device(device).type == "cuda"
        kind = self.attention
        if kind == "auto":  # a backend name other than inductor (e.g. "eager") does not fuse flex
            fused = compile_flex is True or compile_flex == "inductor" or callable(compile_flex)
            dense = (sum(lengths) + masks.shape[1]) ** 2 * torch.finfo(self.pipe.transformer.dtype).bits // 8
            free = free_memory(str(device))
            kind = choose_kernel(sum(lengths), masks.shape[1], compiled=fused, dense_fits=free is None or dense <= free / 2)
        self.last_kernel = kind
        if kind == "flex":
            backend = "inductor" if compile_flex is True else (compile_flex or None)
            return FlexKernel(masks, lengths, base_len, device, compile_backend=backend, **padding)
        return SdpaKernel(masks, lengths, base_len, device, **padding)

    def _encode(self, prompts: list[str], repeat: int, max_sequence_length: int, what: str):
        """Text encoding through the pipeline's own encode_prompt, warning about truncated prompts.

        Returns ``(states, extra, lengths)``: ``extra`` is FLUX.1's pooled CLIP vector, Chroma's text
        attention mask, None on FLUX.2; ``lengths`` are each prompt's own token counts (T5's end token,
        or the chat template's tokens, included; on Chroma also the one padding token it keeps),
        capped at ``max_sequence_length``, or None where the tokenizer cannot tell.
        """
        counts = [self._token_count(text) for text in prompts]
        encoder = "T5" if self.family == "flux" else "text-encoder"
        for i, count in enumerate(counts):
            if count is not None and count > max_sequence_length:
                name = what if len(prompts) == 1 else f"{what} {i}"
                warnings.warn(
                    f"{name} is {count} {encoder} tokens; only the first {max_sequence_length} are used. "
                    f"Shorten it or raise max_sequence_length (at most {DEFAULT_MAX_SEQUENCE_LENGTH}).",
                    UserWarning,
                    stacklevel=3,
                )
        kept = 1 if self.family == "chroma" else 0  # Chroma's mask keeps the first padding token too
        lengths = [None if c is None else min(c + kept, max_sequence_length) for c in counts]
        with torch.no_grad():
            if self.family == "chroma":  # "extra" is Chroma's text attention mask
                embeds, _, mask, *_ = self.pipe.encode_prompt(
                    prompt=prompts, num_images_per_prompt=repeat, do_classifier_free_guidance=False,
                    max_sequence_length=max_sequence_length)
                return embeds, mask, lengths
            if self.family == "flux2":
                embeds, _ = self.pipe.encode_prompt(prompt=prompts, num_images_per_prompt=repeat,
                                                    max_sequence_length=max_sequence_length)
                return embeds, None, lengths
            embeds, pooled, _ = self.pipe.encode_prompt(
                prompt=prompts, prompt_2=None, num_images_per_prompt=repeat, max_sequence_length=max_sequence_length
            )
        return embeds, pooled, lengths

    def _token_count(self, text: str) -> Optional[int]:
        """How many tokens the pipeline's text encoder reads for ``text`` before padding, or None when
        the tokenizer is not one regionflux knows how to ask."""
        pipe = self.pipe
        if self.family == "flux":
            tokenizer = getattr(pipe, "tokenizer_2", None)
            return None if tokenizer is None else len(tokenizer(text, add_special_tokens=True).input_ids)
        if self.family == "chroma":
            tokenizer = getattr(pipe, "tokenizer", None)
            return None if tokenizer is None else len(tokenizer(text, add_special_tokens=True).input_ids)
        tokenizer = getattr(pipe, "tokenizer", None)
        if tokenizer is None or getattr(tokenizer, "padding_side", "right") != "right":
            return None  # a prompt's own tokens are its first ones only when padding comes after them
        if type(pipe).__name__.startswith("Flux2Klein"):
            chat = tokenizer.apply_chat_template([{"role": "user", "content": text}], tokenize=False,
                                                 add_generation_prompt=True, enable_thinking=False)
            return len(tokenizer(chat).input_ids)
        if type(pipe).__name__ == "Flux2Pipeline":  # the system message and chat markup count too
            from diffusers.pipelines.flux2.pipeline_flux2 import format_input

            messages = format_input(prompts=[text], system_message=pipe.system_message)
            ids = tokenizer.apply_chat_template(messages, add_generation_prompt=False, tokenize=True, return_dict=True)
            return len(ids["input_ids"][0])
        return None


def load_controlnet(source: str, torch_dtype: torch.dtype, mode: Optional[int] = None):
    """A FLUX ControlNet model, its control ``mode`` checked against it (before any big model loads)."""
    import diffusers

    try:
        with library_notices_dropped():
            controlnet = diffusers.FluxControlNetModel.from_pretrained(source, **{_dtype_keyword(): torch_dtype})
    except Exception as exc:  # hub/IO errors come in many types; all get the same advice
        raise GenerationError(load_error_message(source, exc)) from exc
    check_control_mode(controlnet, mode)
    return controlnet


def with_controlnet(pipe, controlnet):
    """A ``FluxControlNetPipeline`` sharing ``pipe``'s modules (nothing is loaded or copied twice)."""
    import diffusers

    if type(pipe).__name__ not in ("FluxPipeline", "FluxControlNetPipeline"):
        raise GenerationError(f"ControlNet works with FLUX.1 models; this model is a {type(pipe).__name__}")
    return diffusers.FluxControlNetPipeline.from_pipe(pipe, controlnet=controlnet)


def place(pipe, device: str, *, offload: str = "none") -> None:
    """Put a pipeline on its device, or set up diffusers' offloading for it (see :func:`offload_mode`)."""
    if offload == "sequential":
        pipe.enable_sequential_cpu_offload(device=device)
    elif offload == "model":
        pipe.enable_model_cpu_offload(device=device)
    elif offload == "group":
        # block by block: each group of one transformer block (or text-encoder layer) comes onto the device
        # just before it runs; on CUDA the next one is copied on a side stream while this one computes
        pipe.enable_group_offload(onload_device=torch.device(device), offload_device=torch.device("cpu"),
                                  offload_type="block_level", num_blocks_per_group=1,
                                  use_stream=device.startswith("cuda"))
    else:
        pipe.to(device)


def pipeline_class_of(model: str) -> str:
    """The pipeline class a model's ``model_index.json`` names, if regionflux can render with it."""
    from diffusers import DiffusionPipeline

    try:
        name = DiffusionPipeline.load_config(model).get("_class_name")
    except Exception as exc:
        raise GenerationError(load_error_message(model, exc)) from exc
    if name not in LOADABLE_PIPELINES:
        raise GenerationError(
            f"{model!r} is a {name or 'model without a pipeline class'}; regionflux renders "
            f"{', '.join(LOADABLE_PIPELINES)} models (FLUX.1 dev/schnell/Krea and fine-tunes, FLUX.2 [dev], FLUX.2 [klein], Chroma)"
        )
    return name


def _dtype_keyword() -> str:
    """diffusers renamed `torch_dtype` to `dtype` (the old name still works but warns)."""
    from diffusers.utils import deprecation_utils

    return "dtype" if hasattr(deprecation_utils, "_resolve_dtype") else "torch_dtype"


def load_error_message(model: str, exc: Exception) -> str:
    name = type(exc).__name__
    text = first_line(exc)
    if "Gated" in name or "401" in text or "403" in text or "gated" in text.lower():
        return (
            f"cannot load {model!r}: the repository is gated ({text}). Accept its licence on the model's hub "
            "page, then log in with `hf auth login` (or set HF_TOKEN)"
        )
    return (
        f"cannot load {model!r} ({name}: {text}). Check the repo id or local folder; for a hub repo you need "
        "network access and, for gated models like FLUX.1-dev, `hf auth login` (or HF_TOKEN)"
    )
