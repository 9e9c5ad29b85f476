"""Option groups the commands share, and their translation into the core's types.

Each ``add_*`` adds one group to a command's parser; :func:`planner_config` and
:func:`layout_overrides` turn parsed options into the same objects the web page builds, so every
front end plans and overrides a layout the same way. Nothing here imports torch.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

from pydantic import ValidationError

from ..errors import UsageError, format_validation_error
from ..generator.defaults import (
    ATTENTION_KERNELS,
    DEFAULT_ATTENTION,
    DEFAULT_MAX_SEQUENCE_LENGTH,
    DEFAULT_MODEL,
    DEFAULT_PROMPT_LENGTH,
    DTYPES,
    MEMORY_MODES,
    OFFLOAD_MODES,
    PROMPT_LENGTHS,
    QUANTIZE_MODES,
)
from ..layout import DEFAULT_CANVAS, MAX_REGIONS, Layout, check_canvas_size
from ..overrides import ControlOverrides, LayoutOverrides, SettingsOverrides
from ..planner.base import (
    DEFAULT_MAX_REGIONS,
    DEFAULT_MAX_ROUNDS,
    DEFAULT_TEMPERATURE,
    DEFAULT_DEADLINE,
    DEFAULT_LOCAL_MODEL,
    DEFAULT_TIMEOUT,
)
from ..renderer import RenderOptions
from ..planner.config import LOCAL_NOTE, PLANNER_KINDS, PlannerConfig, make_planner, resolve_kind, unused_fields

LLM_HINT = (
    "note: no LLM configured, using the offline rule-based planner; for an LLM pass --model gpt-4o-mini "
    "(OPENAI_API_KEY) or --base-url http://localhost:11434/v1 --model <name> (any OpenAI-compatible server)"
)


# -- outputs ---------------------------------------------------------------------------------------
def file_name(value: str) -> str:
    """An output file's name as typed; one that ends in a slash names a folder, not a file."""
    if value.endswith(("/", os.sep)) and value != "-":
        raise argparse.ArgumentTypeError(f"{value!r} ends with '/', so it names a folder; give the name of a file "
                                         "inside it")
    return value


def add_output_options(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("-o", "--output", required=True, type=file_name, help=what)
    parser.add_argument("--overwrite", action="store_true", help="replace existing output files")


# -- canvas ----------------------------------------------------------------------------------------
def add_canvas_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("canvas (for planning)")
    group.add_argument("--width", type=int, help=f"canvas width in px, a multiple of 16 (default {DEFAULT_CANVAS})")
    group.add_argument("--height", type=int, help=f"canvas height in px, a multiple of 16 (default {DEFAULT_CANVAS})")


def canvas(args: argparse.Namespace) -> tuple[int, int]:
    """``(width, height)`` from --width/--height, checked before any planner runs."""
    size = {}
    for name in ("width", "height"):
        value = getattr(args, name)
        size[name] = DEFAULT_CANVAS if value is None else value
        try:
            check_canvas_size(f"--{name}", size[name])
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    return size["width"], size["height"]


# -- planner ---------------------------------------------------------------------------------------
def add_planner_options(parser: argparse.ArgumentParser, model_flag: str = "--model", seed_flag: str = "--seed") -> None:
    """Planner options; `generate` renames --model and --seed, which there name the FLUX model and seed.

    Defaults live in PlannerConfig; a flag left out stays None here, so a command can tell what the
    user typed (and refuse planner options where nothing is planned)."""
    group = parser.add_argument_group("planner")
    group.add_argument("--planner", choices=PLANNER_KINDS,
                       help=f"auto (default): the LLM when {model_flag} (or REGIONFLUX_MODEL) is set, else the "
                       "offline planner")
    group.add_argument(model_flag, dest="llm_model", help="chat model for planning, e.g. gpt-4o-mini (env REGIONFLUX_MODEL)")
    group.add_argument("--base-url", help="OpenAI-compatible server, e.g. http://localhost:8000/v1 (env OPENAI_BASE_URL)")
    group.add_argument("--api-key", help="API key (default: env OPENAI_API_KEY)")
    group.add_argument("--temperature", type=float, help=f"sampling temperature (default {DEFAULT_TEMPERATURE})")
    group.add_argument(seed_flag, dest="plan_seed", type=int,
                       help="seed recorded in the layout and sent to LLM servers that support sampling seeds")
    group.add_argument("--max-regions", type=int,
                       help=f"at most this many regions (default: {MAX_REGIONS} for the offline planner, {DEFAULT_MAX_REGIONS} "
                       f"for LLM planners; at most {MAX_REGIONS})")
    group.add_argument("--max-rounds", type=int,
                       help=f"requests allowed to return an invalid layout (default {DEFAULT_MAX_ROUNDS})")
    group.add_argument("--timeout", type=float,
                       help=f"seconds one LLM request may take, connect to last byte (default {DEFAULT_TIMEOUT:g})")
    group.add_argument("--deadline", type=float,
                       help=f"seconds planning may take in all, retries and repair rounds included "
                       f"(default {DEFAULT_DEADLINE:g})")
    group.add_argument("--no-review", dest="review", action="store_const", const=False,
                       help="take the model's layout as it is, without checking it against the offline reading of "
                       "the prompt (by default a layout that misses things, counts, stated places or puts style "
                       "words in regions is sent back, then replaced by the offline boxes with a note)")
    group.add_argument("--llm-device", help="local planner (--planner local): cuda, cpu ... (default: CUDA when present)")
    group.add_argument("--llm-dtype", choices=DTYPES, help="local planner's dtype (default bfloat16 on CUDA, float32 on CPU)")
    parser.set_defaults(planner_flags={"llm_model": model_flag, "plan_seed": seed_flag})


#: PlannerConfig field -> the argparse dest that sets it; the flag is the dest's, or the renamed one
#: a command registered (--model/--llm-model, --seed/--plan-seed).
_PLANNER_FIELDS = {"kind": "planner", "model": "llm_model", "base_url": "base_url", "api_key": "api_key",
                   "temperature": "temperature", "seed": "plan_seed", "max_regions": "max_regions",
                   "max_rounds": "max_rounds", "timeout": "timeout", "deadline": "deadline", "device": "llm_device",
                   "dtype": "llm_dtype", "review": "review"}


def _planner_flag(args: argparse.Namespace, dest: str) -> str:
    return args.planner_flags.get(dest) or "--" + dest.replace("_", "-")


def given_planner_options(args: argparse.Namespace) -> list[str]:
    """The planner flags the user typed."""
    return [_planner_flag(args, dest) for dest in _PLANNER_FIELDS.values() if getattr(args, dest) is not None]


def planner_config(args: argparse.Namespace, *, local_by_default: bool = False) -> PlannerConfig:
    """The planner options as the :class:`PlannerConfig` every front end builds; options the chosen
    planner does not use are refused, naming them."""
    values = {field: getattr(args, dest) for field, dest in _PLANNER_FIELDS.items()}
    given = {field for field, value in values.items() if value is not None}
    values["model"] = values["model"] or os.environ.get("REGIONFLUX_MODEL") or None
    flags = {field: _planner_flag(args, dest) for field, dest in _PLANNER_FIELDS.items()}
    try:
        config = PlannerConfig(**{k: v for k, v in values.items() if v is not None})
    except ValidationError as exc:
        raise UsageError(format_validation_error(exc, "options", flags)) from None
    unused = unused_fields(config, given, local_by_default=local_by_default)
    if unused:
        kind = resolve_kind(config, local_by_default=local_by_default)
        names = {"mock": "the offline planner", "llm": "a server's model", "local": "the local model"}
        listed = ", ".join(flags[name] for name in unused)
        raise UsageError(f"{listed} {'does' if len(unused) == 1 else 'do'} not apply to {names[kind]} "
                         f"(--planner {kind}); leave {'it' if len(unused) == 1 else 'them'} out or choose another --planner")
    return config


def planner_for_edit(args: argparse.Namespace, layout: Layout, instruction: str) -> Layout:
    """Edit ``layout`` as ``instruction`` says, with the planner the options ask for (as for planning)."""
    return _with_planner(args, lambda planner: planner.edit(layout, instruction))


def plan_from_options(args: argparse.Namespace, prompt: str, width: int, height: int, *,
                      local_by_default: bool = False) -> Layout:
    """Plan ``prompt`` with the planner the options ask for, showing progress on stderr.

    The offline planner gets a one-line hint on how to use an LLM; a model prints one line per
    request, retry and repair round, and on a terminal the seconds spent waiting. A local model is
    freed as soon as the plan is made (before FLUX loads).
    """
    return _with_planner(args, lambda planner: planner.plan(prompt, width=width, height=height),
                         local_by_default=local_by_default)


def _with_planner(args: argparse.Namespace, task, *, local_by_default: bool = False):
    config = planner_config(args, local_by_default=local_by_default)
    kind = resolve_kind(config, local_by_default=local_by_default)
    if kind == "mock":
        planner = make_planner(config)
        if config.kind == "auto":
            print(LLM_HINT, file=sys.stderr)
        result = task(planner)
    else:
        if kind == "local" and config.kind == "auto":
            print(f"note: {LOCAL_NOTE.format(model=DEFAULT_LOCAL_MODEL)}", file=sys.stderr)
        with StderrProgress() as progress:
            planner = make_planner(config, progress=progress, local_by_default=local_by_default)
            try:
                result = task(planner)
            finally:
                if hasattr(planner, "close"):
                    planner.close()
    for note in getattr(planner, "notes", []):
        print(f"note: {note}", file=sys.stderr)
    return result


class StderrProgress:
    """Progress lines on stderr; on a terminal, a ticking "waiting Ns" after the latest line."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._since = time.monotonic()
        self._lock = threading.Lock()
        self._done = threading.Event()

    def __call__(self, line: str) -> None:
        with self._lock:
            self.stream.write(("\r\033[K" if self.tty else "") + line + "\n")
            self.stream.flush()
            self._since = time.monotonic()

    def _tick(self) -> None:
        while not self._done.wait(0.5):
            with self._lock:
                self.stream.write(f"\r\033[K  waiting {time.monotonic() - self._since:.0f} s")
                self.stream.flush()

    def __enter__(self) -> "StderrProgress":
        if self.tty:
            threading.Thread(target=self._tick, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        if self.tty:
            with self._lock:
                self.stream.write("\r\033[K")
                self.stream.flush()


# -- model loading and the render call ---------------------------------------------------------------
def add_model_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("model")
    group.add_argument("--model", default=DEFAULT_MODEL,
                       help="FLUX.1-architecture repo id or local folder (dev, schnell, Krea, fine-tunes)")
    group.add_argument("--device", default=None, help="cuda (default), cuda:1, cpu (very slow) ...")
    group.add_argument("--dtype", choices=DTYPES, default=None, help="default bfloat16 on CUDA, float32 on CPU")
    offload = group.add_mutually_exclusive_group()
    offload.add_argument("--offload", choices=OFFLOAD_MODES,
                         help="keep weights on the CPU until needed: model (one model at a time), group (transformer "
                         "block by block), sequential (layer by layer: least VRAM, slowest); default: as --memory plans")
    offload.add_argument("--cpu-offload", action="store_true", help="the same as --offload model")
    offload.add_argument("--sequential-offload", action="store_true", help="the same as --offload sequential")
    group.add_argument("--quantize", choices=QUANTIZE_MODES,
                       help="the transformer's weights: nf4 or int8 (bitsandbytes, CUDA), int8wo or fp8 (torchao "
                       "weight-only); needs regionflux[quant]; default: as --memory plans")
    group.add_argument("--quantize-text-encoder", choices=QUANTIZE_MODES,
                       help="the same for the large text encoder (T5 on FLUX.1 and Chroma, Qwen3/Mistral on FLUX.2)")
    group.add_argument("--transformer", metavar="FILE",
                       help="a .gguf (e.g. city96's flux1-dev-Q4_K_S.gguf) or .safetensors transformer file for "
                       "--model, which gives the rest of the pipeline")
    group.add_argument("--memory", choices=MEMORY_MODES, default="auto",
                       help="auto (default): on CUDA, choose what --quantize/--offload leave unset from the free GPU "
                       "memory and the model's size, and say so before loading; off: load as the options say")
    group.add_argument("--compile", action="store_true",
                       help="torch.compile the transformer's blocks (slow first render, faster after)")
    group.add_argument("--attention", choices=ATTENTION_KERNELS, default=DEFAULT_ATTENTION,
                       help="regional attention kernel: auto (default: block-sparse flex where it measured faster, "
                       "i.e. compiled on CUDA with regional text at least twice the image tokens; else sdpa), sdpa "
                       "(dense mask) or flex (block-sparse FlexAttention); all give the same image")
    group.add_argument("--regional-prompt-length", choices=PROMPT_LENGTHS, default=DEFAULT_PROMPT_LENGTH,
                       help="padded: each regional prompt takes max-sequence-length T5 tokens (the paper); "
                       "real: only its own tokens (faster, slightly different image)")
    group.add_argument("--max-sequence-length", type=int, default=DEFAULT_MAX_SEQUENCE_LENGTH,
                       help=f"T5 tokens per prompt (FLUX.1-dev: {DEFAULT_MAX_SEQUENCE_LENGTH})")
    group.add_argument("--negative-prompt", help="negative prompt (FLUX.1: needs --true-cfg > 1; FLUX.2 [klein] base "
                       "and Chroma: guidance_scale > 1 in the layout)")
    group.add_argument("--true-cfg", type=float, default=1.0, help="true classifier-free guidance scale (> 1 enables)")


def render_options(args: argparse.Namespace) -> RenderOptions:
    """The model options as the :class:`RenderOptions` every front end builds."""
    fields = ("model", "device", "dtype", "offload", "cpu_offload", "sequential_offload", "quantize",
              "quantize_text_encoder", "transformer", "memory", "compile", "attention", "max_sequence_length",
              "regional_prompt_length", "negative_prompt", "true_cfg")
    try:
        return RenderOptions(**{field: getattr(args, field) for field in fields})
    except ValidationError as exc:
        names = {field: "--" + field.replace("_", "-") for field in fields}
        raise UsageError(format_validation_error(exc, "options", names)) from None


# -- layout overrides -------------------------------------------------------------------------------
def add_render_options(parser: argparse.ArgumentParser) -> None:
    """Flags that override the layout's settings, seed, LoRAs and ControlNet."""
    group = parser.add_argument_group("render settings (override the layout's)")
    group.add_argument("--steps", type=int, help="denoising steps (layout: settings.num_inference_steps)")
    group.add_argument("--guidance", type=float, help="FLUX guidance (layout: settings.guidance_scale)")
    group.add_argument("--seed", type=int, help="seed of the first image; image i uses seed + i")
    group.add_argument("--base-ratio", type=float)
    group.add_argument("--mask-inject-steps", type=int)
    group.add_argument("--double-interval", type=int, help="mask every n-th double-stream block")
    group.add_argument("--single-interval", type=int, help="mask every n-th single-stream block")
    lora = parser.add_argument_group("LoRA (repeat --lora for several; scale and weight name apply to the last --lora)")
    lora.add_argument("--lora", action=_LoraAction, dest="lora", metavar="PATH",
                      help="LoRA repo id, folder or .safetensors file (replaces the layout's LoRAs)")
    lora.add_argument("--lora-scale", action=_LoraAction, dest="lora", metavar="SCALE", type=float)
    lora.add_argument("--weight-name", action=_LoraAction, dest="lora", metavar="FILE",
                      help="which .safetensors file of a repo holding several")
    control = parser.add_argument_group("ControlNet (override the layout's 'control')")
    control.add_argument("--controlnet", help="ControlNet repo id or folder, e.g. a FLUX Union ControlNet")
    control.add_argument("--control-image", help="condition image; resized to the canvas")
    control.add_argument("--control-mode", type=int, help="Union ControlNet mode (e.g. 2 depth, 4 pose on Union-Pro)")
    control.add_argument("--controlnet-scale", type=float, help="conditioning scale (default 0.7)")
    control.add_argument("--control-start", type=float, help="fraction of steps where control starts (0)")
    control.add_argument("--control-end", type=float, help="fraction of steps where control ends (1)")


class _LoraAction(argparse.Action):
    """--lora starts an entry; --lora-scale and --weight-name fill in the latest one."""

    def __call__(self, parser, namespace, value, option_string=None):
        entries = getattr(namespace, self.dest) or []
        if option_string == "--lora":
            entries.append({"path": value})
        elif not entries:
            parser.error(f"{option_string} must follow the --lora it belongs to")
        else:
            entries[-1]["scale" if option_string == "--lora-scale" else "weight_name"] = value
        setattr(namespace, self.dest, entries)


#: Layout field -> the flag that overrides it, so errors name what the user typed.
OVERRIDE_FLAGS = {
    "settings.num_inference_steps": "--steps", "settings.guidance_scale": "--guidance",
    "settings.base_ratio": "--base-ratio", "settings.mask_inject_steps": "--mask-inject-steps",
    "settings.double_inject_blocks_interval": "--double-interval",
    "settings.single_inject_blocks_interval": "--single-interval", "seed": "--seed",
    "lora.path": "--lora", "lora.scale": "--lora-scale", "lora.weight_name": "--weight-name",
    "control.model": "--controlnet", "control.image": "--control-image", "control.mode": "--control-mode",
    "control.conditioning_scale": "--controlnet-scale", "control.guidance_start": "--control-start",
    "control.guidance_end": "--control-end", "control": "--control-start/--control-end",
}


def layout_overrides(args: argparse.Namespace) -> LayoutOverrides:
    """The render-setting flags as :class:`LayoutOverrides`; a control image is made absolute here,
    since it is relative to where the user typed it."""
    control_image = str(Path(args.control_image).resolve()) if args.control_image is not None else None
    try:
        return _layout_overrides(args, control_image)
    except ValidationError as exc:
        raise UsageError(format_validation_error(exc, "options", OVERRIDE_FLAGS)) from None


def _layout_overrides(args: argparse.Namespace, control_image: str | None) -> LayoutOverrides:
    return LayoutOverrides(
        settings=SettingsOverrides(
            num_inference_steps=args.steps,
            guidance_scale=args.guidance,
            base_ratio=args.base_ratio,
            mask_inject_steps=args.mask_inject_steps,
            double_inject_blocks_interval=args.double_interval,
            single_inject_blocks_interval=args.single_interval,
        ),
        seed=args.seed,
        lora=args.lora,
        control=ControlOverrides(
            model=args.controlnet, image=control_image, mode=args.control_mode,
            conditioning_scale=args.controlnet_scale, guidance_start=args.control_start,
            guidance_end=args.control_end,
        ),
    )
