"""The generator's choices and defaults, in one torch-free place the CLI and web page read too."""

#: The model `regionflux generate` loads unless told otherwise.
DEFAULT_MODEL = "black-forest-labs/FLUX.1-dev"
#: Regional attention kernels: dense-mask SDPA, block-sparse FlexAttention (same result), or "auto":
#: chosen per render by :func:`regionflux.generator.kernels.choose_kernel`.
ATTENTION_KERNELS = ("auto", "sdpa", "flex")
DEFAULT_ATTENTION = "auto"
#: "padded": every regional prompt takes max_sequence_length T5 tokens (the paper); "real": its own.
PROMPT_LENGTHS = ("padded", "real")
DEFAULT_PROMPT_LENGTH = "padded"
#: T5 tokens per prompt: FLUX.1's text encoder takes at most this many, and it is the default.
MAX_SEQUENCE_LENGTH = 512
DEFAULT_MAX_SEQUENCE_LENGTH = MAX_SEQUENCE_LENGTH
DTYPES = ("bfloat16", "float16", "float32")
#: Pipelines `from_pretrained` loads, by the class a model's model_index.json names.
LOADABLE_PIPELINES = ("FluxPipeline", "FluxFillPipeline", "Flux2Pipeline", "Flux2KleinPipeline", "ChromaPipeline")
#: Pipelines RegionalFlux wraps.
PIPELINES = ("FluxPipeline", "FluxControlNetPipeline", "FluxFillPipeline", "Flux2Pipeline", "Flux2KleinPipeline",
             "ChromaPipeline")
#: Pipelines of inpainting models (FLUX.1 Fill: the masked image and the mask join the latents as input
#: channels, the token layout stays), which only repaint
FILL_PIPELINES = ("FluxFillPipeline",)


def family_of(class_name: str) -> str:
    """The model family a diffusers class name belongs to (a pipeline or a transformer): "flux2" for
    FLUX.2 ([dev], [klein]), "chroma" for Chroma, else "flux" (FLUX.1 and its derivatives)."""
    return "flux2" if class_name.startswith("Flux2") else "chroma" if class_name.startswith("Chroma") else "flux"
#: --quantize: the transformer's weights as bitsandbytes NF4 / 8-bit, torchao int8 / float8 weight-only
QUANTIZE_MODES = ("none", "nf4", "int8", "int8wo", "fp8")
#: --offload: none, diffusers' model CPU offload, block-level group offload, layer-by-layer offload
OFFLOAD_MODES = ("none", "model", "group", "sequential")
#: --memory: auto chooses quantization and offloading the user left unset from the free GPU memory
MEMORY_MODES = ("auto", "off")
#: the package each --quantize format needs (bitsandbytes runs on CUDA only)
BACKEND_PACKAGES = {"nf4": "bitsandbytes", "int8": "bitsandbytes", "int8wo": "torchao", "fp8": "torchao", "gguf": "gguf"}
#: the pipeline folder holding the large text encoder, by family (T5; Qwen3 or Mistral on FLUX.2)
TEXT_ENCODER_FOLDER = {"flux": "text_encoder_2", "chroma": "text_encoder", "flux2": "text_encoder"}
