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

Text padding (Chroma, whose T5 prompts come with an attention mask): ``key_valid`` marks the regional
text tokens that may be attended; the others are blocked as keys in the regional stream, masked
block or not. ``base_mask`` is the base prompt's mask as the pipeline hands it to the transformer
(1 = token, 0 = padding); the base stream applies it exactly as stock diffusers does, so a render
with ``base_ratio=1`` is the stock image.
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


#: ``auto`` picks flex when the regional text is at least this many times the image tokens (see choose_kernel).
FLEX_TEXT_RATIO = 2.0


def choose_kernel(text_tokens: int, image_tokens: int, *, compiled: bool, dense_fits: bool = True) -> str:
    """The kernel ``attention="auto"`` uses for one render, from the benchmark (README, "Kernels").

    Side by side on the CPU config (``bench_regional.py --kernels``: 1024 image tokens, 128-token
    prompts, flex compiled), flex / sdpa time per step was 0.94, 1.16, 0.96 and 0.76 at 2, 4, 8 and
    16 regions, i.e. 0.25x, 0.5x, 1x and 2x as many regional text tokens as image tokens: flex pays
    off once the regional text is long next to the image, where the dense mask is mostly blocked.
    Uncompiled (the default off CUDA: the device enters here) flex materialises every score and is
    never the faster one. Where sdpa's dense mask would not fit in memory (``dense_fits``), compiled
    flex, which keeps none, is the one that runs at all.
    """
    if not compiled:
        return "sdpa"
    if not dense_fits:
        return "flex"
    return "flex" if text_tokens >= FLEX_TEXT_RATIO * image_tokens else "sdpa"


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


def _key_bits(bits: torch.Tensor, key_valid: Optional[torch.Tensor]) -> torch.Tensor:
    """``bits`` as keys: text tokens that are not ``key_valid`` (padding) meet no query."""
    if key_valid is None:
        return bits
    bits = bits.clone()
    bits[: len(key_valid)] = torch.where(key_valid.to(bits.device), bits[: len(key_valid)], 0)
    return bits


class SdpaKernel:
    """Two SDPA calls per block; one dense ``(Lr + N)^2`` mask per render, shared by all blocks.

    The mask is kept additive (0 / -inf) in the attention dtype, built on first use from one bit
    vector per token, so SDPA does not convert a bool mask again in every block and no second copy
    of the mask is kept.
    """

    def __init__(self, masks: torch.Tensor, text_lengths: list[int], base_len: int, device, *,
                 key_valid: Optional[torch.Tensor] = None, base_mask: Optional[torch.Tensor] = None):
        self.bits = torch.cat([text_bits(text_lengths), membership_bits(masks)]).to(device)
        self.key_bits = _key_bits(self.bits, key_valid)
        self.region_len, self.base_len = sum(text_lengths), base_len
        self.padded = key_valid is not None and not bool(key_valid.all())
        self.base_mask = None if base_mask is None else base_mask.to(device)
        self._mask: Optional[torch.Tensor] = None
        self._open: Optional[torch.Tensor] = None
        self._base: Optional[torch.Tensor] = None

    def mask(self, dtype: torch.dtype) -> torch.Tensor:
        """The additive mask ``(1, 1, L, L)``: 0 where attention is allowed, -inf where it is blocked."""
        if self._mask is None or self._mask.dtype != dtype:
            self._mask = None  # free the old one first
            blocked = (self.bits[:, None] & self.key_bits[None, :]) == 0
            self._mask = torch.zeros(blocked.shape, dtype=dtype, device=blocked.device).masked_fill_(
                blocked, float("-inf"))[None, None]
        return self._mask

    def open_mask(self, dtype: torch.dtype) -> Optional[torch.Tensor]:
        """The regional stream's mask in blocks that are not masked: only padding keys are blocked."""
        if not self.padded:
            return None
        if self._open is None or self._open.dtype != dtype:
            blocked = self.key_bits == 0
            self._open = torch.zeros(blocked.shape, dtype=dtype, device=blocked.device).masked_fill_(
                blocked, float("-inf"))[None, None, None]
        return self._open

    def base_bias(self, dtype: torch.dtype, num_image: int) -> Optional[torch.Tensor]:
        """The base stream's mask as stock diffusers builds it from the pipeline's (outer product of the
        0/1 token mask; on diffusers 0.42 SDPA adds it to the scores)."""
        if self.base_mask is None:
            return None
        if self._base is None or self._base.dtype != dtype or self._base.shape[-1] != self.base_len + num_image:
            tokens = torch.cat([self.base_mask.to(dtype), torch.ones(num_image, dtype=dtype, device=self.base_mask.device)])
            self._base = (tokens[None, :] * tokens[:, None])[None, None]
        return self._base

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

        mask = self.mask(q.dtype) if masked else self.open_mask(q.dtype)
        reg = self._attend(*(gather(x, slice(0, r), x_regional) for x in (q, k, v)), mask, backend)
        base_mask = self.base_bias(q.dtype, x_base.stop - x_base.start)
        base = self._attend(*(gather(x, slice(r, t), x_base) for x in (q, k, v)), base_mask, backend)
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
def _flex(backend: CompileBackend, dynamic: bool = True):
    """flex_attention, compiled once per process and backend.

    diffusers' flex backend calls flex_attention eagerly (an unfused reference path) unless the whole
    model is compiled, so the kernel compiles it here. With dynamic shapes, so that new canvas sizes
    and region counts reuse the compiled kernel: compiled per exact shape, the 9th new shape would pass
    torch's recompile limit and silently fall back to the slow eager path. The one exception is
    inductor on the CPU, which (torch 2.13) emits C++ that does not compile for the dynamic kernel
    ("'cur_kvSplitSize6' was not declared"); there it compiles per shape.
    """
    from torch.nn.attention.flex_attention import flex_attention

    return flex_attention if backend is None else torch.compile(flex_attention, dynamic=dynamic, backend=backend)


class FlexKernel:
    """Both streams in one FlexAttention call per block, over block masks built once per render."""

    def __init__(self, masks: torch.Tensor, text_lengths: list[int], base_len: int, device, *,
                 compile_backend: CompileBackend = None, block_size: int = 128,
                 key_valid: Optional[torch.Tensor] = None, base_mask: Optional[torch.Tensor] = None):
        from torch.nn.attention.flex_attention import create_block_mask

        n_regions, num_image = masks.shape
        self.region_len, self.base_len, self.num_image = sum(text_lengths), base_len, num_image
        self.compile_backend = compile_backend
        self.dynamic = not (compile_backend == "inductor" and torch.device(device).type == "cpu")
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
        valid = torch.ones(r, dtype=torch.bool) if key_valid is None else key_valid.cpu()

        def keys(bits):  # regional text padding is no key for anyone
            return torch.cat([torch.where(valid, bits[:r], 0), bits[r:]])

        # double blocks: queries [R; P; X (regional); X (base)], keys [R; P; X]
        double_masked = (
            torch.cat([region_text, full(p, base_bit), members, full(n, base_bit)]),
            keys(torch.cat([region_text, full(p, base_bit), members | base_bit])),
        )
        double_open = (
            torch.cat([full(r, stream_bit), full(p, base_bit), full(n, stream_bit), full(n, base_bit)]),
            keys(torch.cat([full(r, stream_bit), full(p, base_bit), full(n, stream_bit | base_bit)])),
        )
        # single blocks: queries and keys [R; P; X_base; X_regional]
        single_masked = torch.cat([region_text, full(p, base_bit), full(n, base_bit), members])
        single_open = torch.cat([full(r, stream_bit), full(p, base_bit), full(n, base_bit), full(n, stream_bit)])
        # the base stream's stock mask (see the module notes): + m_q * m_k on base-stream pairs
        if base_mask is not None:
            m = base_mask.cpu().float()
            zeros, ones = torch.zeros(r), torch.ones(n)
            bias = {
                "double": (torch.cat([zeros, m, torch.zeros(n), ones]), torch.cat([zeros, m, ones])),
                "single": (torch.cat([zeros, m, ones, torch.zeros(n)]), torch.cat([zeros, m, ones, torch.zeros(n)])),
            }
            self.bias = {kind: (qb.to(device), kb.to(device)) for kind, (qb, kb) in bias.items()}

        def block_mask(q_bits, k_bits):
            q_bits, k_bits = q_bits.to(device), k_bits.to(device)

            def mask_mod(batch, head, q_idx, kv_idx):
                return (q_bits[q_idx] & k_bits[kv_idx]) != 0

            return create_block_mask(mask_mod, None, None, len(q_bits), len(k_bits), device=device,
                                     BLOCK_SIZE=block_size)

        self.masks = {
            ("double", True): block_mask(*double_masked),
            ("double", False): block_mask(*double_open),
            ("single", True): block_mask(single_masked, keys(single_masked)),
            ("single", False): block_mask(single_open, keys(single_open)),
        }
        self.base_mask = base_mask

    def _score_mod(self, kind: BlockKind):
        if self.base_mask is None:
            return None
        q_bias, k_bias = self.bias[kind]

        def score_mod(score, batch, head, q_idx, kv_idx):
            return score + (q_bias[q_idx] * k_bias[kv_idx]).to(score.dtype)

        return score_mod

    def _attend(self, q, k, v, kind: BlockKind, masked: bool) -> torch.Tensor:
        out = _flex(self.compile_backend, self.dynamic)(q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2),
                                   block_mask=self.masks[(kind, masked)], score_mod=self._score_mod(kind))
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
