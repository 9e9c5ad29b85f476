"""How the regional and base streams' attention is computed, given q/k/v of one block.

Both kernels take the joint sequence of a block, ``[R; P; X]`` in double-stream blocks or
``[R; P; X_base; X_regional]`` in single-stream blocks, and return attention outputs for every
row, the regional image rows already blended with ``base_ratio``:

* :class:`SdpaKernel` runs the regional attention (dense bool mask when the block is masked) and the
  base attention as two SDPA calls. Masked calls use native SDPA (flash/sage reject masks and
  varlen backends drop them); the unmasked base call uses the backend the user chose.
* :class:`FlexKernel` runs both streams as one FlexAttention call with a ``BlockMask`` built once
  per render. Image tokens are sorted by region membership inside the call, so whole blocks of
  cross-region (and cross-stream) pairs are skipped; no dense L x L mask exists.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Literal, Optional, Protocol, Union

import torch
from diffusers.models.attention_dispatch import AttentionBackendName, dispatch_attention_fn

#: Which of FLUX's two block kinds an attention call belongs to.
BlockKind = Literal["double", "single"]


class AttentionKernel(Protocol):
    """Computes one block's regional and base attention from its q/k/v, ``(batch, seq, heads, dim)``.

    ``double`` takes ``[R; P; X]``, ``single`` takes ``[R; P; X_base; X_regional]``; both return
    outputs for every row, the regional image rows blended with the base stream's by ``base_ratio``.
    ``masked`` says whether this block applies the region mask.
    """

    region_len: int
    base_len: int

    def double(self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, *, masked: bool, base_ratio: float,
               backend: Optional[AttentionBackendName] = None) -> torch.Tensor: ...

    def single(self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, *, masked: bool, base_ratio: float,
               backend: Optional[AttentionBackendName] = None) -> torch.Tensor: ...


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


def _blend(regional: torch.Tensor, base: torch.Tensor, base_ratio: float) -> torch.Tensor:
    return (1 - base_ratio) * regional + base_ratio * base


class SdpaKernel:
    """Two SDPA calls per block; one dense ``(Lr + N)^2`` mask per render, shared by all blocks.

    The mask is kept additive (0 / -inf) in the attention dtype, built on first use from one bit
    vector per token, so SDPA does not convert a bool mask again in every block and no second copy
    of the mask is kept.
    """

    def __init__(self, masks: torch.Tensor, text_lengths: list[int], base_len: int, device):
        self.bits = torch.cat([text_bits(text_lengths), membership_bits(masks)]).to(device)
        self.region_len, self.base_len = sum(text_lengths), base_len
        self._mask: Optional[torch.Tensor] = None

    def mask(self, dtype: torch.dtype) -> torch.Tensor:
        """The additive mask ``(1, 1, L, L)``: 0 where attention is allowed, -inf where it is blocked."""
        if self._mask is None or self._mask.dtype != dtype:
            self._mask = None  # free the old one first
            blocked = (self.bits[:, None] & self.bits[None, :]) == 0
            self._mask = torch.zeros(blocked.shape, dtype=dtype, device=blocked.device).masked_fill_(
                blocked, float("-inf"))[None, None]
        return self._mask

    def _attend(self, q, k, v, mask, backend):
        if mask is None:
            return dispatch_attention_fn(q, k, v, backend=backend)
        return dispatch_attention_fn(q, k, v, attn_mask=mask, backend=AttentionBackendName.NATIVE)

    def _streams(self, q, k, v, x_regional: slice, x_base: slice, masked: bool, backend):
        r, t = self.region_len, self.region_len + self.base_len

        def gather(x, text, image):
            if text.stop == image.start:  # the base stream [P; X] is contiguous: a view, no copy
                return x[:, text.start : image.stop]
            return torch.cat([x[:, text], x[:, image]], dim=1)

        mask = self.mask(q.dtype) if masked else None
        reg = self._attend(*(gather(x, slice(0, r), x_regional) for x in (q, k, v)), mask, backend)
        base = self._attend(*(gather(x, slice(r, t), x_base) for x in (q, k, v)), None, backend)
        return reg, base

    def double(self, q, k, v, *, masked: bool, base_ratio: float, backend=None) -> torch.Tensor:
        t = self.region_len + self.base_len
        x = slice(t, q.shape[1])
        reg, base = self._streams(q, k, v, x, x, masked, backend)
        r, p = self.region_len, self.base_len
        return torch.cat([reg[:, :r], base[:, :p], _blend(reg[:, r:], base[:, p:], base_ratio)], dim=1)

    def single(self, q, k, v, *, masked: bool, base_ratio: float, backend=None) -> torch.Tensor:
        t = self.region_len + self.base_len
        n = (q.shape[1] - t) // 2
        reg, base = self._streams(q, k, v, slice(t + n, t + 2 * n), slice(t, t + n), masked, backend)
        r, p = self.region_len, self.base_len
        return torch.cat([reg[:, :r], base[:, :p], base[:, p:], _blend(reg[:, r:], base[:, p:], base_ratio)], dim=1)


#: What compiles FlexAttention: a torch.compile backend name or callable; None runs it eagerly.
CompileBackend = Union[str, Callable, None]


@lru_cache(maxsize=None)
def _flex(backend: CompileBackend):
    """flex_attention, compiled once per process and backend.

    diffusers' flex backend calls flex_attention eagerly (an unfused reference path) unless the whole
    model is compiled, so the kernel compiles it here. With dynamic shapes, so that new canvas sizes
    and region counts reuse the compiled kernel: compiled per exact shape, the 9th new shape would pass
    torch's recompile limit and silently fall back to the slow eager path.
    """
    from torch.nn.attention.flex_attention import flex_attention

    return flex_attention if backend is None else torch.compile(flex_attention, dynamic=True, backend=backend)


class FlexKernel:
    """Both streams in one FlexAttention call per block, over block masks built once per render."""

    def __init__(self, masks: torch.Tensor, text_lengths: list[int], base_len: int, device, *,
                 compile_backend: CompileBackend = None, block_size: int = 128):
        from torch.nn.attention.flex_attention import create_block_mask

        n_regions, num_image = masks.shape
        self.region_len, self.base_len, self.num_image = sum(text_lengths), base_len, num_image
        self.compile_backend = compile_backend
        base_bit, stream_bit = 1 << (n_regions + 1), 1 << (n_regions + 2)
        members = membership_bits(masks)
        # sort image tokens by membership so tokens of one region sit in the same blocks
        order = torch.argsort(members, stable=True)
        self.order = order.to(device)
        self.inverse = torch.argsort(order).to(device)
        members = members[order]
        r, p, n = self.region_len, base_len, num_image

        def full(length, bit):
            return torch.full((length,), bit, dtype=torch.int64)

        region_text = text_bits(text_lengths)
        # double blocks: queries [R; P; X (regional); X (base)], keys [R; P; X]
        double_masked = (
            torch.cat([region_text, full(p, base_bit), members, full(n, base_bit)]),
            torch.cat([region_text, full(p, base_bit), members | base_bit]),
        )
        double_open = (
            torch.cat([full(r, stream_bit), full(p, base_bit), full(n, stream_bit), full(n, base_bit)]),
            torch.cat([full(r, stream_bit), full(p, base_bit), full(n, stream_bit | base_bit)]),
        )
        # single blocks: queries and keys [R; P; X_base; X_regional]
        single_masked = torch.cat([region_text, full(p, base_bit), full(n, base_bit), members])
        single_open = torch.cat([full(r, stream_bit), full(p, base_bit), full(n, base_bit), full(n, stream_bit)])

        def block_mask(q_bits, k_bits):
            q_bits, k_bits = q_bits.to(device), k_bits.to(device)

            def mask_mod(batch, head, q_idx, kv_idx):
                return (q_bits[q_idx] & k_bits[kv_idx]) != 0

            return create_block_mask(mask_mod, None, None, len(q_bits), len(k_bits), device=device,
                                     BLOCK_SIZE=block_size)

        self.masks = {
            ("double", True): block_mask(*double_masked),
            ("double", False): block_mask(*double_open),
            ("single", True): block_mask(single_masked, single_masked),
            ("single", False): block_mask(single_open, single_open),
        }

    def _attend(self, q, k, v, kind: BlockKind, masked: bool) -> torch.Tensor:
        out = _flex(self.compile_backend)(q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2),
                                   block_mask=self.masks[(kind, masked)])
        return out.transpose(1, 2)

    def double(self, q, k, v, *, masked: bool, base_ratio: float, backend=None) -> torch.Tensor:
        t, n = self.region_len + self.base_len, self.num_image
        q, k, v = (torch.cat([x[:, :t], x[:, t:][:, self.order]], dim=1) for x in (q, k, v))
        out = self._attend(torch.cat([q, q[:, t:]], dim=1), k, v, "double", masked)
        image = _blend(out[:, t : t + n], out[:, t + n :], base_ratio)[:, self.inverse]
        return torch.cat([out[:, :t], image], dim=1)

    def single(self, q, k, v, *, masked: bool, base_ratio: float, backend=None) -> torch.Tensor:
        t, n = self.region_len + self.base_len, self.num_image
        q, k, v = (
            torch.cat([x[:, :t], x[:, t : t + n][:, self.order], x[:, t + n :][:, self.order]], dim=1)
            for x in (q, k, v)
        )
        out = self._attend(q, k, v, "single", masked)
        x_base, x_regional = out[:, t : t + n], out[:, t + n :]
        blended = _blend(x_regional, x_base, base_ratio)
        return torch.cat([out[:, :t], x_base[:, self.inverse], blended[:, self.inverse]], dim=1)
