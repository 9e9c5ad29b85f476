"""Random-weight FLUX pipelines built in code (no hub, no weights) for tests and benchmarks.

`tiny_pipeline()` runs a step in a fraction of a second on a CPU; `random_pipeline()` builds any
FLUX.1 transformer shape (up to the full FLUX.1-dev architecture) with small text encoders, since
speed does not depend on the weights.
"""

from __future__ import annotations

import json

import torch

from .generator import notices  # noqa: F401  (quiet library notices, as for a render)

# enough of a vocabulary that different words map to different tokens
WORDS = (
    "a an the of and on in at with to left right above below photo cat dog car red blue green yellow "
    "grass table cocktail beach sunset sky tree house city ship rainbow fish treasure woman torch bird "
    "lake apple bicycle sketched style dinosaur ufo sports street sea flower dress wave sand glass"
).split()


def _clip_tokenizer():
    from transformers import CLIPTokenizer

    letters = sorted(set("".join(WORDS)))
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1, "!": 2}
    for ch in letters:
        vocab.setdefault(ch, len(vocab))
        vocab.setdefault(ch + "</w>", len(vocab))
    for word in WORDS:
        vocab.setdefault(word + "</w>", len(vocab))
    merges = []
    for word in WORDS:
        # left-to-right merges that build each whole word
        pieces = list(word[:-1]) + [word[-1] + "</w>"]
        while len(pieces) > 1:
            a, b = pieces[0], pieces[1]
            merges.append((a, b))
            vocab.setdefault(a + b, len(vocab))
            pieces = [a + b] + pieces[2:]
    merges = list(dict.fromkeys(merges))
    return CLIPTokenizer(vocab=vocab, merges=merges, unk_token="<|endoftext|>", pad_token="!", model_max_length=77)


def _t5_tokenizer():
    from transformers import T5Tokenizer

    vocab = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0)]
    vocab += [("▁" + w, -1.0) for w in WORDS]
    vocab += [(ch, -5.0) for ch in sorted(set("".join(WORDS)))]
    return T5Tokenizer(vocab=vocab, extra_ids=0)


TINY_TRANSFORMER = dict(
    patch_size=1, in_channels=16, num_layers=2, num_single_layers=2, attention_head_dim=16,
    num_attention_heads=2, joint_attention_dim=32, pooled_projection_dim=32, guidance_embeds=True,
    axes_dims_rope=(4, 6, 6),
)
#: The FLUX.1-dev transformer's architecture (about 12B parameters).
FLUX_DEV_TRANSFORMER = dict(
    patch_size=1, in_channels=64, num_layers=19, num_single_layers=38, attention_head_dim=128,
    num_attention_heads=24, joint_attention_dim=4096, pooled_projection_dim=768, guidance_embeds=True,
    axes_dims_rope=(16, 56, 56),
)


def tiny_components(seed: int = 0, transformer: dict | None = None, dtype: torch.dtype = torch.float32,
                    device: str = "cpu") -> dict:
    """Pipeline components with random weights; ``transformer`` overrides the tiny transformer config."""
    from diffusers import FlowMatchEulerDiscreteScheduler, FluxTransformer2DModel
    from transformers import CLIPTextConfig, CLIPTextModel

    config = transformer or TINY_TRANSFORMER
    torch.manual_seed(seed)
    transformer = _built(FluxTransformer2DModel, config, dtype, device)  # big ones straight in their dtype
    vae = _tiny_vae(config.get("out_channels", config["in_channels"]) // 4)  # a Fill model takes more in than out
    clip_tokenizer = _clip_tokenizer()
    text_encoder = CLIPTextModel(CLIPTextConfig(
        vocab_size=len(clip_tokenizer), hidden_size=32, intermediate_size=37, num_attention_heads=4,
        num_hidden_layers=2, projection_dim=32, max_position_embeddings=77, bos_token_id=0, eos_token_id=1, pad_token_id=2,
    ) if config["pooled_projection_dim"] == 32 else CLIPTextConfig(
        vocab_size=len(clip_tokenizer), hidden_size=config["pooled_projection_dim"], intermediate_size=37,
        num_attention_heads=4, num_hidden_layers=1, max_position_embeddings=77, bos_token_id=0, eos_token_id=1,
        pad_token_id=2,
    )).eval()
    t5_tokenizer, text_encoder_2 = _tiny_t5(config["joint_attention_dim"])
    return dict(
        transformer=transformer, vae=vae, text_encoder=text_encoder, tokenizer=clip_tokenizer,
        text_encoder_2=text_encoder_2, tokenizer_2=t5_tokenizer, scheduler=FlowMatchEulerDiscreteScheduler(),
    )


def _tiny_vae(latent_channels: int):
    """FLUX.1's VAE shape (factor 8) with 4 channels a level: decoding even 1280 px takes a moment."""
    from diffusers import AutoencoderKL

    return AutoencoderKL(
        in_channels=3, out_channels=3, latent_channels=latent_channels, block_out_channels=(4, 4, 4, 4),
        down_block_types=("DownEncoderBlock2D",) * 4, up_block_types=("UpDecoderBlock2D",) * 4,
        layers_per_block=1, norm_num_groups=4, sample_size=32, use_quant_conv=False, use_post_quant_conv=False,
        shift_factor=0.0609, scaling_factor=1.5035,
    ).eval()


def _tiny_flux2_vae(latent_channels: int):
    """FLUX.2's VAE class at the same tiny size."""
    from diffusers import AutoencoderKLFlux2

    return AutoencoderKLFlux2(block_out_channels=(4, 4, 4, 4), layers_per_block=1, norm_num_groups=4,
                              latent_channels=latent_channels, sample_size=32).eval()


def _tiny_t5(d_model: int):
    """A T5 tokenizer built in memory and a small T5 encoder of width ``d_model``."""
    from transformers import T5Config, T5EncoderModel

    tokenizer = _t5_tokenizer()
    encoder = T5EncoderModel(T5Config(
        vocab_size=len(tokenizer), d_model=d_model, d_ff=37, d_kv=8, num_heads=4,
        num_layers=2 if d_model == 32 else 1, relative_attention_num_buckets=8, pad_token_id=0, eos_token_id=1,
    ))
    return tokenizer, encoder.eval()


def tiny_pipeline(seed: int = 0):
    """The tiny FLUX of DESIGN.md: 2 + 2 blocks, 2 heads of 16; two 64x64 steps take well under a second."""
    from diffusers import FluxPipeline

    return FluxPipeline(**tiny_components(seed))


def tiny_fill_pipeline(seed: int = 0):
    """A tiny FLUX.1 Fill (inpainting) model: the transformer also takes the masked image's latents (16
    packed channels) and the mask (8x8 pixels a latent pixel, 256 packed channels) as input."""
    from diffusers import FluxFillPipeline

    return FluxFillPipeline(**tiny_components(seed, transformer={**TINY_TRANSFORMER, "in_channels": 16 + 16 + 256,
                                                                 "out_channels": 16}))


#: Full-size transformer architectures (random weights for speed and memory benchmarks).
FLUX2_KLEIN_4B_TRANSFORMER = dict(
    patch_size=1, in_channels=128, num_layers=5, num_single_layers=20, attention_head_dim=128, num_attention_heads=24,
    joint_attention_dim=7680, axes_dims_rope=(32, 32, 32, 32), guidance_embeds=False,
)
CHROMA_TRANSFORMER = dict(
    patch_size=1, in_channels=64, num_layers=19, num_single_layers=38, attention_head_dim=128, num_attention_heads=24,
    joint_attention_dim=4096, axes_dims_rope=(16, 56, 56),
)


def random_pipeline(transformer: dict, *, family: str = "flux", dtype: torch.dtype = torch.float32,
                    device: str = "cpu", seed: int = 0):
    """A pipeline of ``family`` ("flux", "flux2" = [klein], "chroma") around a random-weight transformer of
    any shape, with small text encoders (for benchmarks: speed does not depend on the weights)."""
    if family == "flux2":
        return tiny_klein_pipeline(seed, distilled=True, transformer=transformer, dtype=dtype, device=device)
    if family == "chroma":
        return tiny_chroma_pipeline(seed, transformer=transformer, dtype=dtype, device=device)
    from diffusers import FluxPipeline

    components = tiny_components(seed, transformer=transformer, dtype=dtype, device=device)
    for name in ("vae", "text_encoder", "text_encoder_2"):
        components[name].to(device=device, dtype=dtype)
    return FluxPipeline(**components)


def _qwen_tokenizer():
    """A word-level tokenizer with a Qwen-style chat template, built in memory (FLUX.2 [klein] asks its
    tokenizer for ``apply_chat_template``, then pads to max_sequence_length)."""
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<unk>"]
    vocab = {token: i for i, token in enumerate(specials + ["user", "assistant", "\n", " ", *dict.fromkeys(WORDS)])}
    backend = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    backend.pre_tokenizer = pre_tokenizers.Split(Regex(r"\s|[^\s<]+|<[^>]*>"), behavior="isolated")
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|im_end|>", pad_token="<|endoftext|>",
                                        unk_token="<unk>", additional_special_tokens=["<|im_start|>"])
    tokenizer.chat_template = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
                               "{% endfor %}<|im_start|>assistant\n")
    return tokenizer


TINY_FLUX2_TRANSFORMER = dict(
    patch_size=1, in_channels=16, num_layers=2, num_single_layers=2, attention_head_dim=16, num_attention_heads=2,
    joint_attention_dim=48, timestep_guidance_channels=32, axes_dims_rope=(4, 4, 4, 4), guidance_embeds=False,
)


def _built(cls, config: dict, dtype: torch.dtype, device: str):
    """A module built straight in ``dtype`` on ``device`` (a full-size transformer never sits in float32)."""
    default = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        with torch.device(device):
            return cls(**config).eval()
    finally:
        torch.set_default_dtype(default)


def tiny_klein_pipeline(seed: int = 0, *, distilled: bool = False, transformer: dict | None = None,
                        dtype: torch.dtype = torch.float32, device: str = "cpu"):
    """A FLUX.2 [klein] pipeline with random weights: 2 + 2 blocks (or the ``transformer`` config given),
    and a narrow Qwen3 text encoder deep enough (28 layers) for the pipeline's hidden-state layers
    (9, 18, 27); its width is a third of the transformer's joint_attention_dim."""
    from diffusers import FlowMatchEulerDiscreteScheduler, Flux2KleinPipeline, Flux2Transformer2DModel
    from transformers import Qwen3Config, Qwen3ForCausalLM

    config = transformer or TINY_FLUX2_TRANSFORMER
    tokenizer = _qwen_tokenizer()
    torch.manual_seed(seed)
    text_encoder = Qwen3ForCausalLM(Qwen3Config(
        vocab_size=len(tokenizer), hidden_size=config["joint_attention_dim"] // 3, intermediate_size=32,
        num_hidden_layers=28, num_attention_heads=2, num_key_value_heads=1, head_dim=8, max_position_embeddings=1024,
        tie_word_embeddings=True,
    ))
    model = _built(Flux2Transformer2DModel, config, dtype, device)
    vae = _tiny_flux2_vae(config["in_channels"] // 4)
    for module in (text_encoder, vae):
        module.eval().to(device=device, dtype=dtype)
    return Flux2KleinPipeline(scheduler=FlowMatchEulerDiscreteScheduler(), vae=vae, text_encoder=text_encoder,
                              tokenizer=tokenizer, transformer=model, is_distilled=distilled)


def tiny_flux2_pipeline(seed: int = 0):
    """A FLUX.2 [dev] pipeline with random weights: the tiny FLUX.2 transformer with guidance embedding and
    a Mistral 3 text encoder 31 layers deep (the pipeline reads layers 10, 20, 30). Its tokenizer is a
    plain one with a chat template standing in for PixtralProcessor, which needs torchvision; the
    pipeline only asks it for ``apply_chat_template``."""
    from diffusers import FlowMatchEulerDiscreteScheduler, Flux2Pipeline, Flux2Transformer2DModel
    from transformers import Mistral3Config, Mistral3ForConditionalGeneration, MistralConfig, PixtralVisionConfig

    tokenizer = _qwen_tokenizer()
    tokenizer.chat_template = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{% for c in m['content'] %}"
                               "{{ c['text'] }}{% endfor %}<|im_end|>\n{% endfor %}")
    torch.manual_seed(seed)
    text_encoder = Mistral3ForConditionalGeneration(Mistral3Config(
        text_config=MistralConfig(vocab_size=len(tokenizer), hidden_size=16, intermediate_size=32, num_hidden_layers=31,
                                  num_attention_heads=2, num_key_value_heads=1, head_dim=8, max_position_embeddings=1024),
        vision_config=PixtralVisionConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                                          head_dim=8, image_size=32, patch_size=16),
        image_token_index=len(tokenizer) - 1,
    ))
    transformer = Flux2Transformer2DModel(**{**TINY_FLUX2_TRANSFORMER, "guidance_embeds": True}).eval()
    vae = _tiny_flux2_vae(TINY_FLUX2_TRANSFORMER["in_channels"] // 4)
    text_encoder.eval()
    return Flux2Pipeline(scheduler=FlowMatchEulerDiscreteScheduler(), vae=vae, text_encoder=text_encoder,
                         tokenizer=tokenizer, transformer=transformer)


TINY_CHROMA_TRANSFORMER = dict(
    patch_size=1, in_channels=16, num_layers=2, num_single_layers=2, attention_head_dim=16, num_attention_heads=2,
    joint_attention_dim=32, axes_dims_rope=(4, 6, 6), approximator_num_channels=8, approximator_hidden_dim=32,
    approximator_layers=1,
)


def tiny_chroma_pipeline(seed: int = 0, *, transformer: dict | None = None, dtype: torch.dtype = torch.float32,
                         device: str = "cpu"):
    """A Chroma pipeline with random weights: FLUX.1's tiny shapes (or the ``transformer`` config given),
    its T5 (with an attention mask), no CLIP."""
    from diffusers import ChromaPipeline, ChromaTransformer2DModel, FlowMatchEulerDiscreteScheduler

    config = transformer or TINY_CHROMA_TRANSFORMER
    torch.manual_seed(seed)
    from .generator.pipeline import library_notices_dropped

    with library_notices_dropped():
        model = _built(ChromaTransformer2DModel, config, dtype, device)
    vae = _tiny_vae(config["in_channels"] // 4).to(device=device, dtype=dtype)
    tokenizer, text_encoder = _tiny_t5(config["joint_attention_dim"])
    return ChromaPipeline(scheduler=FlowMatchEulerDiscreteScheduler(), vae=vae,
                          text_encoder=text_encoder.to(device=device, dtype=dtype), tokenizer=tokenizer,
                          transformer=model)


def tiny_chat_model(seed: int = 0):
    """A random-weight causal LM (about 40k parameters) with a byte-level BPE tokenizer and a chat
    template, built in code: for testing the local planner offline. Returns ``(model, tokenizer)``."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    backend = Tokenizer(models.BPE())
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    from . import prompts

    trainer = trainers.BpeTrainer(vocab_size=1500, special_tokens=["<|endoftext|>", "<|im_start|>", "<|im_end|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    # trained on the planner's own prompts, so they encode to few tokens and a test stays fast
    corpus = [prompts.render(name, grid=1000, max_regions=8, min_box=17, shape="square", prompt="a cat",
                             layout="{}", instruction="move the cat") for name in
              ("system.j2", "user.j2", "edit_system.j2", "edit_user.j2")]
    corpus += [json.dumps(example) for example in prompts.few_shot_examples()] + [" ".join(WORDS)]
    backend.train_from_iterator(corpus * 3, trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, eos_token="<|endoftext|>", pad_token="<|endoftext|>")
    tokenizer.chat_template = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n"
                               "{% endfor %}<|im_start|>assistant\n")
    torch.manual_seed(seed)
    model = LlamaForCausalLM(LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=2,
        num_key_value_heads=2, max_position_embeddings=16384, eos_token_id=tokenizer.eos_token_id,
        bos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.eos_token_id,
    )).eval()
    return model, tokenizer


def write_gguf(transformer, path, *, state: dict | None = None) -> None:
    """Write ``transformer``'s weights (or ``state``, e.g. under their original names) as a GGUF file the way
    published ones are made: 2-D weights whose rows split into 32-value blocks in Q8_0, the rest (biases,
    norms, small inputs) in F32. Needs the ``gguf`` package."""
    import gguf

    writer = gguf.GGUFWriter(str(path), arch="flux")
    for name, tensor in (state or transformer.state_dict()).items():
        array = tensor.detach().float().cpu().numpy()
        if array.ndim == 2 and array.shape[-1] % 32 == 0:
            packed = gguf.quants.quantize(array, gguf.GGMLQuantizationType.Q8_0)
            writer.add_tensor(name, packed, raw_shape=packed.shape, raw_dtype=gguf.GGMLQuantizationType.Q8_0)
        else:
            writer.add_tensor(name, array)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def flux2_original_names(transformer) -> dict:
    """A FLUX.2 transformer's weights under the original (BFL) key names that published single files and
    GGUF files carry: fused q/k/v, ``.scale`` norms, ``lin`` modulations, the final modulation's two
    halves in (shift, scale) order. diffusers' single-file loader converts them back."""
    renames = [("x_embedder", "img_in"), ("context_embedder", "txt_in"),
               ("time_guidance_embed.timestep_embedder.linear_1", "time_in.in_layer"),
               ("time_guidance_embed.timestep_embedder.linear_2", "time_in.out_layer"),
               ("time_guidance_embed.guidance_embedder.linear_1", "guidance_in.in_layer"),
               ("time_guidance_embed.guidance_embedder.linear_2", "guidance_in.out_layer"),
               ("double_stream_modulation_img.linear", "double_stream_modulation_img.lin"),
               ("double_stream_modulation_txt.linear", "double_stream_modulation_txt.lin"),
               ("single_stream_modulation.linear", "single_stream_modulation.lin"), ("proj_out", "final_layer.linear")]
    double = {"attn.norm_q.weight": "img_attn.norm.query_norm.scale", "attn.norm_k.weight": "img_attn.norm.key_norm.scale",
              "attn.to_out.0": "img_attn.proj", "ff.linear_in": "img_mlp.0", "ff.linear_out": "img_mlp.2",
              "attn.norm_added_q.weight": "txt_attn.norm.query_norm.scale",
              "attn.norm_added_k.weight": "txt_attn.norm.key_norm.scale", "attn.to_add_out": "txt_attn.proj",
              "ff_context.linear_in": "txt_mlp.0", "ff_context.linear_out": "txt_mlp.2"}
    single = {"attn.to_qkv_mlp_proj": "linear1", "attn.to_out": "linear2", "attn.norm_q.weight": "norm.query_norm.scale",
              "attn.norm_k.weight": "norm.key_norm.scale"}
    state = transformer.state_dict()
    out = {}
    for name, tensor in state.items():
        parts = name.split(".")
        if parts[0] == "transformer_blocks":
            rest = ".".join(parts[2:])
            if rest.startswith(("attn.to_q.", "attn.add_q_proj.")):
                kind = "img" if "to_q" in rest else "txt"
                names = ("to_q", "to_k", "to_v") if kind == "img" else ("add_q_proj", "add_k_proj", "add_v_proj")
                suffix = parts[-1]
                qkv = [state[f"transformer_blocks.{parts[1]}.attn.{n}.{suffix}"] for n in names]
                out[f"double_blocks.{parts[1]}.{kind}_attn.qkv.{suffix}"] = torch.cat(qkv)
                continue
            if rest.startswith(("attn.to_k.", "attn.to_v.", "attn.add_k_proj.", "attn.add_v_proj.")):
                continue
            key = double.get(rest) or next(f"{double[k]}.{rest[len(k) + 1:]}" for k in double if rest.startswith(k + "."))
            out[f"double_blocks.{parts[1]}.{key}"] = tensor
        elif parts[0] == "single_transformer_blocks":
            rest = ".".join(parts[2:])
            key = single.get(rest) or next(f"{single[k]}.{rest[len(k) + 1:]}" for k in single if rest.startswith(k + "."))
            out[f"single_blocks.{parts[1]}.{key}"] = tensor
        elif name.startswith("norm_out.linear."):
            scale, shift = tensor.chunk(2, dim=0)
            out["final_layer.adaLN_modulation.1." + parts[-1]] = torch.cat([shift, scale])
        else:
            for old, new in renames:
                if name.startswith(old + "."):
                    name = new + name[len(old):]
                    break
            out[name] = tensor
    return out
