"""Regional attention on FLUX.2 ([dev] and [klein]): the two attention processors and the text positions.

FLUX.2 keeps FLUX.1's two block kinds but builds them differently, so each needs its own processor;
the sequences they see are the same as on FLUX.1 (``[R; P; X]`` in double blocks,
``[R; P; X_base; X_regional]`` in single ones), and so are the kernels and the blend.

- Double-stream blocks (``Flux2AttnProcessor``): as on FLUX.1.
- Single-stream blocks (``Flux2ParallelSelfAttnProcessor``): one fused projection gives Q, K, V and
  the MLP input, and one projection maps ``[attention; MLP]`` out. The regional stream's image rows
  of the attention output are blended with the base stream's before that output projection, the
  point where FLUX.1 blends (before its ``proj_out``).
- Text positions: FLUX.2 gives text token ``l`` the position ``(0, 0, 0, l)``. Each regional prompt
  keeps the positions it has when encoded alone (``0 .. len_i - 1``), and so does the base prompt.
- Modulation: FLUX.2 has no pooled text vector; modulation comes from the timestep (and guidance)
  only, so both streams share it, as on FLUX.1 where the pooled vector is always the base prompt's.
"""

from __future__ import annotations

from typing import Optional

import torch
from diffusers.models.embeddings import apply_rotary_emb
from diffusers.models.transformers.transformer_flux2 import (
    Flux2AttnProcessor,
    Flux2ParallelSelfAttnProcessor,
    _get_qkv_projections,
)

from .kernels import BlockKind


def text_ids(lengths: list[int], base_len: int, like: torch.Tensor) -> torch.Tensor:
    """``(sum(lengths) + base_len, 4)`` positions for ``[R_1; ...; R_n; P]``: each prompt counts from 0."""
    coords = [torch.arange(n) for n in (*lengths, base_len)]
    ids = like.new_zeros(sum(lengths) + base_len, like.shape[-1])
    ids[:, -1] = torch.cat(coords).to(like.dtype)
    return ids


class _Regional:
    def _setup(self, kind: BlockKind, index: int) -> None:
        if kind not in ("double", "single"):
            raise ValueError("kind must be 'double' or 'single'")
        self.kind, self.index = kind, index
        self.masked = True  # see RegionalFluxAttnProcessor

    def _attend(self, query, key, value, rotary, regional):
        query = apply_rotary_emb(query, rotary, sequence_dim=1)
        key = apply_rotary_emb(key, rotary, sequence_dim=1)
        attend = regional.kernel.double if self.kind == "double" else regional.kernel.single
        out = attend(query, key, value, masked=self.masked,
                     base_ratio=regional.base_ratio, backend=self._attention_backend)
        return out.flatten(2, 3).to(query.dtype)


class RegionalFlux2AttnProcessor(_Regional, Flux2AttnProcessor):
    """FLUX.2 double-stream attention with the regional and base streams (see the module notes)."""

    def __init__(self, kind: BlockKind, index: int):
        super().__init__()
        self._setup(kind, index)

    def __call__(self, attn, hidden_states, encoder_hidden_states=None, attention_mask=None,
                 image_rotary_emb=None, regional: Optional[object] = None):
        if regional is None:
            return super().__call__(attn, hidden_states, encoder_hidden_states, attention_mask, image_rotary_emb)
        query, key, value, e_query, e_key, e_value = _get_qkv_projections(attn, hidden_states, encoder_hidden_states)
        query, key, value, e_query, e_key, e_value = (
            t.unflatten(-1, (-1, attn.head_dim)) for t in (query, key, value, e_query, e_key, e_value))
        query, key = attn.norm_q(query), attn.norm_k(key)
        e_query, e_key = attn.norm_added_q(e_query), attn.norm_added_k(e_key)
        query, key, value = (torch.cat(pair, dim=1) for pair in ((e_query, query), (e_key, key), (e_value, value)))
        out = self._attend(query, key, value, image_rotary_emb, regional)
        text_len = encoder_hidden_states.shape[1]
        context, image = out[:, :text_len], out[:, text_len:]
        image = attn.to_out[1](attn.to_out[0](image.contiguous()))
        return image, attn.to_add_out(context.contiguous())


class RegionalFlux2ParallelAttnProcessor(_Regional, Flux2ParallelSelfAttnProcessor):
    """FLUX.2 single-stream ("parallel") attention over ``[R; P; X_base; X_regional]``."""

    def __init__(self, kind: BlockKind, index: int):
        super().__init__()
        self._setup(kind, index)

    def __call__(self, attn, hidden_states, attention_mask=None, image_rotary_emb=None,
                 regional: Optional[object] = None):
        if regional is None:
            return super().__call__(attn, hidden_states, attention_mask, image_rotary_emb)
        fused = attn.to_qkv_mlp_proj(hidden_states)
        qkv_dim = 3 * attn.inner_dim
        qkv, mlp = fused[..., :qkv_dim], fused[..., qkv_dim:]
        query, key, value = (t.unflatten(-1, (-1, attn.head_dim)) for t in qkv.chunk(3, dim=-1))
        query, key = attn.norm_q(query), attn.norm_k(key)
        text_len = regional.region_len + regional.base_len  # both image copies take the image positions
        rotary = tuple(torch.cat([t, t[text_len:]], dim=0) for t in image_rotary_emb)
        out = self._attend(query, key, value, rotary, regional)
        return attn.to_out(torch.cat([out, attn.mlp_act_fn(mlp)], dim=-1))
