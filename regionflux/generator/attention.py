"""Regional attention for FLUX on stock diffusers: one attention processor and two model hooks.

While a render is regional, the transformer's text stream is ``[R; P]`` (regional prompts, then the
base prompt) and, from the first single-stream block on, the base stream's image tokens ride along in
the text part, so one block call carries both streams: ``[R; P; X_base; X_regional]``. Every other
operation in a FLUX block is per token, so only attention needs to know; the processor splits the
sequence into the regional and base attentions, applies the region mask and blends the image rows
with ``base_ratio``. With no regional data the processor is exactly diffusers' FluxAttnProcessor.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any, Optional

import torch
from diffusers.hooks import HookRegistry, ModelHook
from diffusers.hooks.hooks import BaseState, StateManager
from diffusers.models.embeddings import apply_rotary_emb
from diffusers.models.transformers.transformer_flux import FluxAttnProcessor, _get_qkv_projections

from .defaults import family_of
from .kernels import AttentionKernel, BlockKind

SINGLE_STREAM_HOOK = "regionflux_single_stream"


@dataclass
class RegionalRender:
    """What one regional render needs at every regional forward; built once per `generate` call."""

    regional_embeds: torch.Tensor  # (1, Lr, joint_attention_dim): T5 states of all regions, concatenated
    base_embeds: torch.Tensor  # the positive prompt_embeds handed to the pipeline: identifies the cond pass
    kernel: AttentionKernel  # built for [R; P; image] of this render
    base_ratio: float
    mask_inject_steps: int  # (which blocks are masked is each processor's own flag: set_masked_blocks)
    region_lengths: list[int] = field(default_factory=list)  # text tokens of each region, in order
    step: int = 0  # positive passes seen
    regional_steps: int = 0  # positive passes that ran regionally
    forwards: int = 0  # transformer calls of any pass (a step is one, or two with true CFG)

    @property
    def region_len(self) -> int:
        return self.regional_embeds.shape[1]

    @property
    def base_len(self) -> int:
        return self.base_embeds.shape[1]

    def is_cond(self, encoder_hidden_states: torch.Tensor) -> bool:
        """Whether this text is the positive prompt's (true CFG runs a negative pass through the same
        model; only the positive one is regional). A fallback for pipelines that do not name their
        passes: the same tensor, or one with the same values (a copy made on the way in)."""
        base = self.base_embeds
        if encoder_hidden_states is base:
            return True
        if encoder_hidden_states.shape != base.shape:
            return False
        return bool(torch.equal(encoder_hidden_states, base.to(encoder_hidden_states.device, encoder_hidden_states.dtype)))


class RegionalFluxAttnProcessor(FluxAttnProcessor):
    """FLUX attention that runs the regional and base streams while a regional render is active.

    ``kind`` ("double" or "single") and ``index`` place the processor; ``masked`` (set per render by
    :func:`set_masked_blocks`) says whether its block applies the region mask. It is a flag of its own, not
    read from the render, so a compiled block sees one of two values rather than one index per block
    (which would compile each of FLUX's 57 blocks apart and pass torch.compile's recompile limit).
    """

    def __init__(self, kind: BlockKind, index: int):
        super().__init__()
        if kind not in ("double", "single"):
            raise ValueError("kind must be 'double' or 'single'")
        self.kind = kind
        self.index = index
        self.masked = True

    def __call__(
        self,
        attn,
        hidden_states: torch.Tensor,
        encoder_hidden_states: Optional[torch.Tensor] = None,
        attention_mask: Optional[torch.Tensor] = None,
        image_rotary_emb=None,
        regional: Optional[RegionalRender] = None,
    ):
        if regional is None:
            return super().__call__(attn, hidden_states, encoder_hidden_states, attention_mask, image_rotary_emb)
        query, key, value, e_query, e_key, e_value = _get_qkv_projections(attn, hidden_states, encoder_hidden_states)
        query, key, value = (t.unflatten(-1, (-1, attn.head_dim)) for t in (query, key, value))
        query, key = attn.norm_q(query), attn.norm_k(key)
        if self.kind == "double":
            e_query, e_key, e_value = (t.unflatten(-1, (-1, attn.head_dim)) for t in (e_query, e_key, e_value))
            e_query, e_key = attn.norm_added_q(e_query), attn.norm_added_k(e_key)
            query, key, value = (torch.cat(pair, dim=1) for pair in ((e_query, query), (e_key, key), (e_value, value)))
            rotary = image_rotary_emb
        else:
            # [R; P; X_base; X_regional]: both image copies take the image positions
            text_len = regional.region_len + regional.base_len
            rotary = tuple(torch.cat([t, t[text_len:]], dim=0) for t in image_rotary_emb)
        query = apply_rotary_emb(query, rotary, sequence_dim=1)
        key = apply_rotary_emb(key, rotary, sequence_dim=1)

        attend = regional.kernel.double if self.kind == "double" else regional.kernel.single
        out = attend(query, key, value, masked=self.masked,
                     base_ratio=regional.base_ratio, backend=self._attention_backend)
        out = out.flatten(2, 3).to(query.dtype)
        if self.kind == "single":
            return out
        text_len = encoder_hidden_states.shape[1]
        context, image = out[:, :text_len], out[:, text_len:]
        image = attn.to_out[1](attn.to_out[0](image.contiguous()))
        return image, attn.to_add_out(context.contiguous())


def _bind(module: torch.nn.Module, args: tuple, kwargs: dict) -> dict:
    """Positional arguments to keywords, so hooks can read and replace them by name."""
    if not args:
        return kwargs
    names = list(inspect.signature(type(module).forward).parameters)[1:]
    return {**dict(zip(names, args)), **kwargs}


class _NoState(BaseState):
    def reset(self, *args, **kwargs) -> None:
        pass


class PassContext(StateManager):
    """Receives the name of the denoising pass ("cond" or "uncond") that diffusers' pipelines announce
    with ``transformer.cache_context(name)`` to every stateful hook; None when a pipeline announces none."""

    def __init__(self):
        super().__init__(_NoState)
        self.name: Optional[str] = None

    def set_context(self, context) -> None:
        super().set_context(context)
        self.name = getattr(context, "name", context)  # a CacheContext on diffusers 0.42, a str before


class SingleStreamSplitHook(ModelHook):
    """On the first single-stream block: start the base stream as a copy of the image tokens.

    It is stateful only to hear which pass the pipeline runs (see :class:`PassContext`).
    """

    _is_stateful = True

    def __init__(self):
        super().__init__()
        self.context = PassContext()

    def pre_forward(self, module, *args, **kwargs):
        kwargs = _bind(module, args, kwargs)
        render = (kwargs.get("joint_attention_kwargs") or {}).get("regional")
        if render is not None:
            if kwargs.get("encoder_hidden_states") is not None:  # FLUX.1: text and image come apart
                kwargs["encoder_hidden_states"] = torch.cat([kwargs["encoder_hidden_states"], kwargs["hidden_states"]], dim=1)
            else:  # FLUX.2: one sequence [T; X] -> [T; X_base; X_regional]
                hidden = kwargs["hidden_states"]
                kwargs["hidden_states"] = torch.cat([hidden, hidden[:, render.region_len + render.base_len:]], dim=1)
        return (), kwargs

    def reset_state(self, module):
        return module


class RegionalTransformerHook:
    """On the transformer: during the first steps of the positive pass, feed ``[R; P]`` as text.

    It is a pair of plain torch forward hooks (pre and post), not a wrapper of ``forward``, so hooks
    that other libraries add later (accelerate's offloading wraps ``forward``) stay intact when it
    is removed, and it sees the pipeline's own tensors before any such wrapper copies them.
    """

    def __init__(self, context: PassContext, family: str = "flux"):
        self.context = context
        self.family = family
        self.render: Optional[RegionalRender] = None
        self.active: Optional[RegionalRender] = None  # the render, during a forward that runs regionally
        self._cond = False

    def is_cond(self, text: torch.Tensor) -> bool:
        """The positive pass: named "cond" by the pipeline, or, where it names none, its prompt_embeds."""
        if self.context.name is not None:
            return self.context.name == "cond"
        return self.render.is_cond(text)

    def pre_forward(self, module, args, kwargs):
        render = self.render
        self._cond = False
        self.active = None  # a forward that raised never reached post_forward
        if render is None:
            return None
        render.forwards += 1
        kwargs = _bind(module, args, kwargs)
        text = kwargs["encoder_hidden_states"]
        self._cond = self.is_cond(text)
        if not self._cond or render.step >= render.mask_inject_steps:
            return (), kwargs
        regional = render.regional_embeds.to(device=text.device, dtype=text.dtype).expand(text.shape[0], -1, -1)
        kwargs["encoder_hidden_states"] = torch.cat([regional, text], dim=1)
        kwargs["txt_ids"] = self.text_ids(render, kwargs["txt_ids"])
        if self.family == "chroma":  # the kernel carries the text padding of both streams (kernels.py)
            kwargs["attention_mask"] = None
        kwargs["joint_attention_kwargs"] = {**(kwargs.get("joint_attention_kwargs") or {}), "regional": render}
        render.regional_steps += 1
        self.active = render
        return (), kwargs

    def text_ids(self, render: RegionalRender, txt_ids: torch.Tensor) -> torch.Tensor:
        """Positions of ``[R; P]``: zeros on FLUX.1 (as for P); on FLUX.2 each prompt counts from 0."""
        if self.family == "flux2":
            from .flux2 import text_ids

            return text_ids(render.region_lengths, render.base_len, txt_ids[0] if txt_ids.ndim == 3 else txt_ids)
        return txt_ids.new_zeros(render.region_len + render.base_len, txt_ids.shape[-1])

    def post_forward(self, module, args, output):
        if self.render is not None and self._cond:
            self.render.step += 1
        self.active = None
        return None

    def drop_base_stream(self, module, args, output):
        """FLUX.2 and Chroma, after the last single-stream block: ``[T; X_base; X_regional]`` -> ``[T; X_regional]``,
        the sequence the transformer expects back (it then keeps the part after T)."""
        render = self.active
        if render is None or not isinstance(output, torch.Tensor):
            return None
        text_len = render.region_len + render.base_len
        image_len = (output.shape[1] - text_len) // 2
        return torch.cat([output[:, :text_len], output[:, text_len + image_len:]], dim=1)


@dataclass
class Installed:
    """What `install` changed, so `uninstall` can put back exactly that."""

    hook: RegionalTransformerHook
    processors: dict[str, Any] = field(default_factory=dict)
    handles: list[Any] = field(default_factory=list)


def is_installed(transformer) -> bool:
    return any(isinstance(p, RegionalFluxAttnProcessor) or type(p).__name__.startswith("RegionalFlux2")
               for p in transformer.attn_processors.values())


def _regional_processor(old, kind: BlockKind, index: int):
    """The regional processor that stands in for ``old`` (diffusers' processor of one attention)."""
    if isinstance(old, FluxAttnProcessor):
        return RegionalFluxAttnProcessor(kind, index)
    from .flux2 import (
        Flux2AttnProcessor,
        Flux2ParallelSelfAttnProcessor,
        RegionalFlux2AttnProcessor,
        RegionalFlux2ParallelAttnProcessor,
    )

    if type(old) is Flux2AttnProcessor or isinstance(old, RegionalFlux2AttnProcessor):
        return RegionalFlux2AttnProcessor(kind, index)
    if type(old) is Flux2ParallelSelfAttnProcessor or isinstance(old, RegionalFlux2ParallelAttnProcessor):
        return RegionalFlux2ParallelAttnProcessor(kind, index)
    raise TypeError(
        f"regional attention cannot replace {type(old).__name__} (at {kind} block {index}); regionflux supports "
        "the FLUX.1 and FLUX.2 attention processors diffusers sets by default (reset custom ones with "
        "transformer.set_default_attn_processor() or load the pipeline afresh)"
    )


def model_family(transformer) -> str:
    """The family of a transformer (see :func:`~regionflux.generator.defaults.family_of`)."""
    return family_of(type(transformer).__name__)


def install(transformer) -> Installed:
    """Set regional processors on every FLUX attention and register the hooks."""
    original = transformer.attn_processors
    processors = {}
    for name, old in original.items():
        kind: BlockKind = "double" if name.startswith("transformer_blocks.") else "single"
        new = _regional_processor(old, kind, int(name.split(".")[1]))
        # set_attn_processor resets the backend; keep the one the user chose
        new._attention_backend = getattr(old, "_attention_backend", None)
        new._parallel_config = getattr(old, "_parallel_config", None)
        processors[name] = new
    transformer.set_attn_processor(processors)
    split = SingleStreamSplitHook()
    HookRegistry.check_if_exists_or_initialize(transformer.single_transformer_blocks[0]).register_hook(
        split, SINGLE_STREAM_HOOK
    )
    _forget_child_registries(transformer)
    family = model_family(transformer)
    hook = RegionalTransformerHook(split.context, family)
    handles = [
        transformer.register_forward_pre_hook(hook.pre_forward, with_kwargs=True),
        transformer.register_forward_hook(hook.post_forward),
    ]
    if family in ("flux2", "chroma"):  # their transformers join text and image before the single blocks
        handles.append(transformer.single_transformer_blocks[-1].register_forward_hook(hook.drop_base_stream))
    return Installed(hook=hook, processors=original, handles=handles)


def set_masked_blocks(transformer, double_interval: int, single_interval: int) -> None:
    """Which blocks apply the region mask in the next render: every ``double_interval``-th double-stream
    block and every ``single_interval``-th single-stream block, counting from 0."""
    for processor in transformer.attn_processors.values():
        if hasattr(processor, "masked"):
            interval = double_interval if processor.kind == "double" else single_interval
            processor.masked = processor.index % interval == 0


def uninstall(transformer, installed: Installed) -> None:
    """Remove the hooks and restore the processors the transformer had before."""
    for handle in installed.handles:
        handle.remove()
    HookRegistry.check_if_exists_or_initialize(transformer.single_transformer_blocks[0]).remove_hook(
        SINGLE_STREAM_HOOK, recurse=False
    )
    _forget_child_registries(transformer)
    transformer.set_attn_processor(installed.processors)


def _forget_child_registries(transformer) -> None:
    """diffusers (0.42) caches which blocks carry hooks when it announces a pass; a new or removed
    block hook must be seen, or the pass name would not reach it."""
    registry = HookRegistry.check_if_exists_or_initialize(transformer)
    if hasattr(registry, "invalidate_child_registries_cache"):
        registry.invalidate_child_registries_cache()
