"""A deliberately plain implementation of the method, written from DESIGN.md for the tests.

It walks the transformer's blocks by hand, calls their sub-modules directly, builds the attention
mask with Python loops and computes attention as an explicit softmax. It shares no code with
regionflux's generator, so agreement between the two means the generator follows the spec.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from diffusers.models.embeddings import apply_rotary_emb
from diffusers.pipelines.flux.pipeline_flux import calculate_shift, retrieve_timesteps


def spec_pixel_masks(layout):
    """A box covers x0 <= x < x1, y0 <= y < y1; a mask image covers its pixels of grey level >= 128."""
    from PIL import Image

    masks = []
    for region in layout.regions:
        if region.box is not None:
            x0, y0, x1, y1 = region.box
            mask = torch.zeros(layout.height, layout.width, dtype=torch.bool)
            mask[y0:y1, x0:x1] = True
        else:
            with Image.open(layout.resolve(region.mask)) as image:
                mask = torch.from_numpy(np.array(image.convert("L")) >= 128)
        masks.append(mask)
    return masks


def spec_token_masks(layout):
    """Token (r, c) is in a region iff pixel (16r+8, 16c+8) is; background = uncovered, appended last."""
    h, w = layout.height // 16, layout.width // 16
    pixel = spec_pixel_masks(layout)
    prompts = [r.description for r in layout.regions]
    if layout.background_prompt is not None:
        covered = torch.zeros(layout.height, layout.width, dtype=torch.bool)
        for m in pixel:
            covered |= m
        if (~covered).any():
            pixel.append(~covered)
            prompts.append(layout.background_prompt)
    masks = []
    for m in pixel:
        tokens = torch.zeros(h * w, dtype=torch.bool)
        for r in range(h):
            for c in range(w):
                tokens[r * w + c] = bool(m[16 * r + 8, 16 * c + 8])
        masks.append(tokens)
    return prompts, masks


def spec_attention_mask(masks, text_len):
    """Entry by entry from the rules, over [R_1; ...; R_n; image]; text_len: one int or one per region."""
    n, num_image = len(masks), masks[0].numel() if masks else 0
    lengths = text_len if isinstance(text_len, list) else [text_len] * n
    owner = [i for i, length in enumerate(lengths) for _ in range(length)]
    n_text = len(owner)
    total = n_text + num_image
    allowed = torch.zeros(total, total, dtype=torch.bool)

    def region_of_text(i):
        return owner[i]

    for a in range(total):
        for b in range(total):
            a_text, b_text = a < n_text, b < n_text
            if a_text and b_text:
                allowed[a, b] = region_of_text(a) == region_of_text(b)
            elif a_text:
                allowed[a, b] = bool(masks[region_of_text(a)][b - n_text])
            elif b_text:
                allowed[a, b] = bool(masks[region_of_text(b)][a - n_text])
            else:
                p, q = a - n_text, b - n_text
                in_p = [bool(m[p]) for m in masks]
                in_q = [bool(m[q]) for m in masks]
                allowed[a, b] = any(x and y for x, y in zip(in_p, in_q)) or (not any(in_p) and not any(in_q))
    return allowed


def plain_attention(q, k, v, allowed=None, bias=None):
    """q, k, v: (B, L, H, D). Explicit softmax attention; ``bias`` is added to the scores first."""
    scores = torch.einsum("blhd,bmhd->bhlm", q, k) / math.sqrt(q.shape[-1])
    if bias is not None:
        scores = scores + bias
    if allowed is not None:
        scores = scores.masked_fill(~allowed, float("-inf"))
    return torch.einsum("bhlm,bmhd->blhd", scores.softmax(-1), v)


def _heads(attn, x):
    return x.unflatten(-1, (attn.heads, attn.head_dim))


def _rotary(transformer, text_len, img_ids):
    ids = torch.cat([torch.zeros(text_len, 3, dtype=img_ids.dtype), img_ids], dim=0)
    return transformer.pos_embed(ids)


def _attend_joint(attn, text_q, text_k, text_v, img_q, img_k, img_v, rotary, allowed=None, bias=None):
    q = apply_rotary_emb(torch.cat([text_q, img_q], 1), rotary, sequence_dim=1)
    k = apply_rotary_emb(torch.cat([text_k, img_k], 1), rotary, sequence_dim=1)
    out = plain_attention(q, k, torch.cat([text_v, img_v], 1), allowed, bias)
    return out.flatten(2, 3)


def regional_transformer(transformer, latents, timestep, guidance, pooled, base, regional, img_ids, allowed, settings,
                         *, region_keys=None, base_tokens=None):
    """One regional forward of the FLUX.1 (or Chroma) transformer, from the spec.

    Chroma (a transformer with ``distilled_guidance_layer``): each block takes its own slice of the
    modulation vectors; ``region_keys`` (bool per regional text token) says which regional text
    tokens are keys in the regional stream (padding is not, masked block or not); ``base_tokens``
    (0/1 per base text token) gives the base stream the additive mask stock Chroma applies.
    """
    tr, b = transformer, settings.base_ratio
    x = tr.x_embedder(latents)
    chroma = hasattr(tr, "distilled_guidance_layer")
    if chroma:
        mods = tr.distilled_guidance_layer(tr.time_text_embed(timestep * 1000))
        singles, doubles = len(tr.single_transformer_blocks), len(tr.transformer_blocks)

        def temb_double(i, stream):
            start = 3 * singles + (6 * doubles if stream == "text" else 0) + 6 * i
            return mods[:, start: start + 6]
    else:
        temb = tr.time_text_embed(timestep * 1000, guidance * 1000, pooled)
    R, P = tr.context_embedder(regional), tr.context_embedder(base)
    lr, lp = R.shape[1], P.shape[1]
    rot_r, rot_p = _rotary(tr, lr, img_ids), _rotary(tr, lp, img_ids)
    n = latents.shape[1]
    keys_r = None if region_keys is None else torch.cat([region_keys, torch.ones(n, dtype=torch.bool)])
    bias_p = None
    if base_tokens is not None:
        tokens = torch.cat([base_tokens.float(), torch.ones(n)])
        bias_p = tokens[:, None] * tokens[None, :]

    def regional_mask(masked, length):
        mask = allowed if masked else torch.ones(length, length, dtype=torch.bool)
        return mask if keys_r is None else mask & keys_r[None, :]

    for index, block in enumerate(tr.transformer_blocks):
        attn = block.attn
        mask = regional_mask(index % settings.double_inject_blocks_interval == 0, lr + n)
        emb_x, emb_t = (temb_double(index, "image"), temb_double(index, "text")) if chroma else (temb, temb)
        nx, gate_msa, shift_mlp, scale_mlp, gate_mlp = block.norm1(x, emb=emb_x)
        iq, ik, iv = attn.norm_q(_heads(attn, attn.to_q(nx))), attn.norm_k(_heads(attn, attn.to_k(nx))), _heads(attn, attn.to_v(nx))
        text_out = []
        streams = []
        for T, rot, m, bias in ((R, rot_r, mask, None), (P, rot_p, None, bias_p)):
            nt, c_gate_msa, c_shift, c_scale, c_gate_mlp = block.norm1_context(T, emb=emb_t)
            tq = attn.norm_added_q(_heads(attn, attn.add_q_proj(nt)))
            tk = attn.norm_added_k(_heads(attn, attn.add_k_proj(nt)))
            tv = _heads(attn, attn.add_v_proj(nt))
            out = _attend_joint(attn, tq, tk, tv, iq, ik, iv, rot, m, bias)
            streams.append(out[:, T.shape[1]:])
            context = attn.to_add_out(out[:, : T.shape[1]])
            T = T + c_gate_msa.unsqueeze(1) * context
            nT = block.norm2_context(T) * (1 + c_scale[:, None]) + c_shift[:, None]
            T = T + c_gate_mlp.unsqueeze(1) * block.ff_context(nT)
            text_out.append(T)
        R, P = text_out
        image_attn = (1 - b) * streams[0] + b * streams[1]
        x = x + gate_msa.unsqueeze(1) * attn.to_out[0](image_attn)
        nx2 = block.norm2(x) * (1 + scale_mlp[:, None]) + shift_mlp[:, None]
        x = x + gate_mlp.unsqueeze(1) * block.ff(nx2)

    xr, xb = x, x
    for index, block in enumerate(tr.single_transformer_blocks):
        attn = block.attn
        mask = regional_mask(index % settings.single_inject_blocks_interval == 0, lr + n)
        emb = mods[:, 3 * index: 3 * index + 3] if chroma else temb
        results = []
        for T, X, rot, m, bias in ((R, xr, rot_r, mask, None), (P, xb, rot_p, None, bias_p)):
            seq = torch.cat([T, X], 1)
            nseq, gate = block.norm(seq, emb=emb)
            mlp = block.act_mlp(block.proj_mlp(nseq))
            q = apply_rotary_emb(attn.norm_q(_heads(attn, attn.to_q(nseq))), rot, sequence_dim=1)
            k = apply_rotary_emb(attn.norm_k(_heads(attn, attn.to_k(nseq))), rot, sequence_dim=1)
            v = _heads(attn, attn.to_v(nseq))
            results.append((seq, gate, mlp, plain_attention(q, k, v, m, bias).flatten(2, 3), T.shape[1]))
        (seq_r, gate_r, mlp_r, att_r, lt_r), (seq_b, gate_b, mlp_b, att_b, lt_b) = results
        att_r = torch.cat([att_r[:, :lt_r], (1 - b) * att_r[:, lt_r:] + b * att_b[:, lt_b:]], 1)
        seq_r = seq_r + gate_r.unsqueeze(1) * block.proj_out(torch.cat([att_r, mlp_r], 2))
        seq_b = seq_b + gate_b.unsqueeze(1) * block.proj_out(torch.cat([att_b, mlp_b], 2))
        R, xr = seq_r[:, :lt_r], seq_r[:, lt_r:]
        P, xb = seq_b[:, :lt_b], seq_b[:, lt_b:]
    return tr.proj_out(tr.norm_out(xr, mods[:, -2:] if chroma else temb))


@torch.no_grad()
def reference_latents(pipe, layout, *, max_sequence_length, seed, settings=None, real_length=False):
    """The whole denoising loop from the spec; ``pipe`` must carry diffusers' stock processors.

    ``real_length``: keep only each regional prompt's own T5 tokens (the generator's option).
    """
    settings = settings or layout.settings
    prompts, masks = spec_token_masks(layout)
    base, pooled, _ = pipe.encode_prompt(prompt=[layout.prompt], prompt_2=None, max_sequence_length=max_sequence_length)
    regional = None
    if prompts:
        per_region = [pipe.encode_prompt(prompt=[p], prompt_2=None, max_sequence_length=max_sequence_length)[0] for p in prompts]
        lengths = [max_sequence_length] * len(prompts)
        if real_length:
            lengths = [min(len(pipe.tokenizer_2(p).input_ids), max_sequence_length) for p in prompts]
            per_region = [r[:, :n] for r, n in zip(per_region, lengths)]
        regional = torch.cat(per_region, dim=1)
        allowed = spec_attention_mask(masks, lengths)
    generator = torch.Generator("cpu").manual_seed(seed)
    latents, img_ids = pipe.prepare_latents(
        1, pipe.transformer.config.in_channels // 4, layout.height, layout.width, base.dtype, "cpu", generator
    )
    steps = settings.num_inference_steps
    sigmas = np.linspace(1.0, 1 / steps, steps)
    mu = calculate_shift(latents.shape[1], pipe.scheduler.config.get("base_image_seq_len", 256),
                         pipe.scheduler.config.get("max_image_seq_len", 4096),
                         pipe.scheduler.config.get("base_shift", 0.5), pipe.scheduler.config.get("max_shift", 1.15))
    timesteps, _ = retrieve_timesteps(pipe.scheduler, steps, "cpu", sigmas=sigmas, mu=mu)
    pipe.scheduler.set_begin_index(0)
    guidance = torch.full([1], settings.guidance_scale, dtype=torch.float32)
    text_ids = torch.zeros(base.shape[1], 3)
    for i, t in enumerate(timesteps):
        timestep = t.expand(1).to(latents.dtype) / 1000
        if regional is not None and i < settings.mask_inject_steps:
            noise = regional_transformer(pipe.transformer, latents, timestep, guidance, pooled, base, regional,
                                         img_ids, allowed, settings)
        else:
            noise = pipe.transformer(hidden_states=latents, timestep=timestep, guidance=guidance,
                                     pooled_projections=pooled, encoder_hidden_states=base, txt_ids=text_ids,
                                     img_ids=img_ids, return_dict=False)[0]
        latents = pipe.scheduler.step(noise, t, latents, return_dict=False)[0]
    return latents


# -- FLUX.2 ----------------------------------------------------------------------------------------------
def _flux2_text_positions(lengths):
    """Text token l of a prompt sits at (0, 0, 0, l); each regional prompt counts from 0 on its own."""
    ids = torch.zeros(sum(lengths), 4)
    ids[:, 3] = torch.cat([torch.arange(n) for n in lengths]).float()
    return ids


def _split_mod(mod, sets):
    mod = mod.unsqueeze(1) if mod.ndim == 2 else mod
    parts = torch.chunk(mod, 3 * sets, dim=-1)
    return [parts[3 * i: 3 * i + 3] for i in range(sets)]


def flux2_regional_transformer(transformer, latents, timestep, base, regional, lengths, img_ids, allowed, settings,
                               guidance=None):
    """One regional forward of the FLUX.2 transformer, from the restated spec (DESIGN.md, FLUX.2)."""
    tr, b = transformer, settings.base_ratio
    temb = tr.time_guidance_embed(timestep * 1000, None if guidance is None else guidance * 1000)
    mod_img, mod_txt = tr.double_stream_modulation_img(temb), tr.double_stream_modulation_txt(temb)
    mod_single = tr.single_stream_modulation(temb)
    x = tr.x_embedder(latents)
    R, P = tr.context_embedder(regional), tr.context_embedder(base)
    image_rot = tr.pos_embed(img_ids)

    def rotary(text_lengths):
        text = tr.pos_embed(_flux2_text_positions(text_lengths))
        return tuple(torch.cat([t, i], 0) for t, i in zip(text, image_rot))

    rot_r, rot_p = rotary(lengths), rotary([P.shape[1]])
    (sh, sc, g), (sh2, sc2, g2) = _split_mod(mod_img, 2)
    (csh, csc, cg), (csh2, csc2, cg2) = _split_mod(mod_txt, 2)
    for index, block in enumerate(tr.transformer_blocks):
        attn = block.attn
        mask = allowed if index % settings.double_inject_blocks_interval == 0 else None
        nx = (1 + sc) * block.norm1(x) + sh
        iq, ik, iv = attn.norm_q(_heads(attn, attn.to_q(nx))), attn.norm_k(_heads(attn, attn.to_k(nx))), _heads(attn, attn.to_v(nx))
        texts, streams = [], []
        for T, rot, m in ((R, rot_r, mask), (P, rot_p, None)):
            nt = (1 + csc) * block.norm1_context(T) + csh
            tq = attn.norm_added_q(_heads(attn, attn.add_q_proj(nt)))
            tk = attn.norm_added_k(_heads(attn, attn.add_k_proj(nt)))
            tv = _heads(attn, attn.add_v_proj(nt))
            out = _attend_joint(attn, tq, tk, tv, iq, ik, iv, rot, m)
            streams.append(out[:, T.shape[1]:])
            T = T + cg * attn.to_add_out(out[:, :T.shape[1]])
            T = T + cg2 * block.ff_context(block.norm2_context(T) * (1 + csc2) + csh2)
            texts.append(T)
        R, P = texts
        x = x + g * attn.to_out[0]((1 - b) * streams[0] + b * streams[1])
        x = x + g2 * block.ff(block.norm2(x) * (1 + sc2) + sh2)

    (ssh, ssc, sg), = _split_mod(mod_single, 1)
    xr, xb = x, x
    for index, block in enumerate(tr.single_transformer_blocks):
        attn = block.attn
        mask = allowed if index % settings.single_inject_blocks_interval == 0 else None
        results = []
        for T, X, rot, m in ((R, xr, rot_r, mask), (P, xb, rot_p, None)):
            seq = torch.cat([T, X], 1)
            fused = attn.to_qkv_mlp_proj((1 + ssc) * block.norm(seq) + ssh)
            qkv, mlp = fused[..., : 3 * attn.inner_dim], fused[..., 3 * attn.inner_dim:]
            q, k, v = (_heads(attn, t) for t in qkv.chunk(3, dim=-1))
            q = apply_rotary_emb(attn.norm_q(q), rot, sequence_dim=1)
            k = apply_rotary_emb(attn.norm_k(k), rot, sequence_dim=1)
            results.append((seq, plain_attention(q, k, v, m).flatten(2, 3), attn.mlp_act_fn(mlp), T.shape[1]))
        (seq_r, att_r, mlp_r, lt_r), (seq_b, att_b, mlp_b, lt_b) = results
        att_r = torch.cat([att_r[:, :lt_r], (1 - b) * att_r[:, lt_r:] + b * att_b[:, lt_b:]], 1)
        seq_r = seq_r + sg * attn.to_out(torch.cat([att_r, mlp_r], 2))
        seq_b = seq_b + sg * attn.to_out(torch.cat([att_b, mlp_b], 2))
        R, xr = seq_r[:, :lt_r], seq_r[:, lt_r:]
        P, xb = seq_b[:, :lt_b], seq_b[:, lt_b:]
    return tr.proj_out(tr.norm_out(xr, temb))


# -- shared set-ups for the per-family tests ----------------------------------------------------------
LEAK_TEXT = 4  # tokens per regional prompt in the per-block leak tests


def two_region_blocks(regional, text_dim, id_dims, **padding):
    """Inputs for calling one block of ``regional``'s transformer by hand: a render over a 128x64 canvas
    split into overlapping left and right regions (``padding`` goes to its kernel), random text and
    image states, the rotary embedding of ``[R; P; image]`` with ``id_dims`` position axes, and the
    image tokens only the left or only the right region holds."""
    from regionflux import Layout
    from regionflux.generator.attention import RegionalRender
    from regionflux.generator.masks import token_masks

    layout = Layout(prompt="p", width=128, height=64, background_prompt=None, regions=[
        dict(description="left", box=(0, 0, 64, 64)), dict(description="right", box=(48, 0, 128, 64))])
    tokens = token_masks(layout)
    lengths = [LEAK_TEXT, LEAK_TEXT]
    render = RegionalRender(
        regional_embeds=torch.randn(1, 2 * LEAK_TEXT, text_dim), base_embeds=torch.randn(1, 6, text_dim),
        kernel=regional._kernel(tokens.masks, lengths, 6, "cpu", **padding), base_ratio=0.3, mask_inject_steps=1,
        region_lengths=lengths)
    grid = torch.stack(torch.meshgrid(torch.arange(4.0), torch.arange(8.0), indexing="ij"), -1).reshape(-1, 2)
    image_ids = torch.zeros(len(grid), id_dims)
    image_ids[:, 1:3] = grid  # (0, row, column[, 0])
    tr = regional.pipe.transformer
    return dict(tr=tr, render=render, text=LEAK_TEXT,
                rotary=tr.pos_embed(torch.cat([torch.zeros(2 * LEAK_TEXT + 6, id_dims), image_ids])),
                image=torch.randn(1, tokens.masks.shape[1], tr.inner_dim),
                words=torch.randn(1, 2 * LEAK_TEXT + 6, tr.inner_dim),
                only_left=tokens.masks[0] & ~tokens.masks[1], only_right=tokens.masks[1] & ~tokens.masks[0])


def capture_first_regional_forward(transformer):
    """Records the transformer's inputs and output on the first regional forward; returns (seen, handle)."""
    seen = []

    def hook(module, args, kwargs, output):
        if not seen and (kwargs.get("joint_attention_kwargs") or {}).get("regional") is not None:
            seen.append((kwargs, output[0] if isinstance(output, tuple) else output.sample))

    return seen, transformer.register_forward_hook(hook, with_kwargs=True)


def first_regional_forward(pipe, layout, settings, *, attention, length, max_sequence_length):
    """Render ``layout`` through RegionalFlux and return the transformer's inputs and output on its
    first regional forward, for comparing with a reference computed from the same inputs."""
    from regionflux.generator.pipeline import RegionalFlux

    regional = RegionalFlux(pipe, attention=attention)
    seen, handle = capture_first_regional_forward(pipe.transformer)
    try:
        regional.generate(layout, settings=settings, max_sequence_length=max_sequence_length,
                          regional_prompt_length=length, output_type="latent")
    finally:
        handle.remove()
        regional.remove()
    return seen[0]
