"""Option groups the commands share, and their translation into the core's types.

Each ``add_*`` adds one group to a command's parser; :func:`planner_config` and
:func:`layout_overrides` turn parsed options into the same objects the web page builds, so every
front end plans and overrides a layout the same way. Nothing here imports torch.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from ..errors import UsageError
from ..generator.defaults import (
    ATTENTION_KERNELS,
    DEFAULT_ATTENTION,
    DEFAULT_MAX_SEQUENCE_LENGTH,
    DEFAULT_MODEL,
    DEFAULT_PROMPT_LENGTH,
    DTYPES,
    PROMPT_LENGTHS,
)
from ..layout import MAX_REGIONS, check_canvas_size
from ..overrides import ControlOverrides, LayoutOverrides, SettingsOverrides
from ..planner.base import (
    DEFAULT_MAX_REGIONS,
    DEFAULT_MAX_ROUNDS,
    DEFAULT_TEMPERATURE,
    DEFAULT_TIMEOUT,
    Planner,
)
from ..planner.config import PLANNER_KINDS, PlannerConfig, make_planner

LLM_HINT = (
    "note: no LLM configured, using the offline rule-based planner; for an LLM pass --model gpt-4o-mini "
    "(OPENAI_API_KEY) or --base-url http://localhost:11434/v1 --model <name> (any OpenAI-compatible server)"
)


# -- outputs ---------------------------------------------------------------------------------------
def add_output_options(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("-o", "--output", required=True, help=what)
    parser.add_argument("--overwrite", action="store_true", help="replace existing output files")


# -- canvas ----------------------------------------------------------------------------------------
def add_canvas_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("canvas (for planning)")
    group.add_argument("--width", type=int, default=1024, help="canvas width in px, a multiple of 16")
    group.add_argument("--height", type=int, default=1024, help="canvas height in px, a multiple of 16")


def canvas(args: argparse.Namespace) -> tuple[int, int]:
    """``(width, height)`` from --width/--height, checked before any planner runs."""
    for name in ("width", "height"):
        try:
            check_canvas_size(f"--{name}", getattr(args, name))
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    return args.width, args.height


# -- planner ---------------------------------------------------------------------------------------
# PlannerConfig field -> the flag that sets it, for error messages
_PLANNER_FLAGS = {"temperature": "--temperature", "max_regions": "--max-regions", "max_rounds": "--max-rounds",
                  "timeout": "--timeout", "seed": "--seed", "model": "--model", "base_url": "--base-url"}


def add_planner_options(parser: argparse.ArgumentParser, model_flag: str = "--model", seed_flag: str = "--seed") -> None:
    """Planner options; `generate` renames --model and --seed, which there name the FLUX model and seed."""
    group = parser.add_argument_group("planner")
    group.add_argument("--planner", choices=PLANNER_KINDS, default="auto",
                       help=f"auto: the LLM when {model_flag} (or REGIONFLUX_MODEL) is set, else the offline planner")
    group.add_argument(model_flag, dest="llm_model", default=os.environ.get("REGIONFLUX_MODEL"),
                       help="chat model for planning, e.g. gpt-4o-mini (env REGIONFLUX_MODEL)")
    group.add_argument("--base-url", default=None,
                       help="OpenAI-compatible server, e.g. http://localhost:8000/v1 (env OPENAI_BASE_URL)")
    group.add_argument("--api-key", default=None, help="API key (default: env OPENAI_API_KEY)")
    group.add_argument("--temperature", type=float, default=DEFAULT_TEMPERATURE)
    group.add_argument(seed_flag, dest="plan_seed", type=int, default=None,
                       help="seed recorded in the layout and sent to LLM servers that support sampling seeds")
    group.add_argument("--max-regions", type=int, default=DEFAULT_MAX_REGIONS,
                       help=f"at most this many regions (<= {MAX_REGIONS})")
    group.add_argument("--max-rounds", type=int, default=DEFAULT_MAX_ROUNDS,
                       help="requests allowed to return an invalid layout")
    group.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per LLM request")


def planner_config(args: argparse.Namespace) -> PlannerConfig:
    """The planner options as the :class:`PlannerConfig` every front end builds."""
    values = dict(kind=args.planner, model=args.llm_model, base_url=args.base_url, api_key=args.api_key,
                  temperature=args.temperature, seed=args.plan_seed, max_regions=args.max_regions,
                  max_rounds=args.max_rounds, timeout=args.timeout)
    try:
        return PlannerConfig(**values)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            field = str(error["loc"][0]) if error.get("loc") else ""
            problems.append(f"{_PLANNER_FLAGS.get(field, field)} {error.get('input')!r}: {error['msg'].lower()}")
        raise UsageError("; ".join(problems)) from None


def planner_from_options(args: argparse.Namespace) -> Planner:
    """The planner the options ask for; a one-line hint on stderr when it falls to the offline one."""
    config = planner_config(args)
    planner = make_planner(config)
    if not config.uses_llm and config.kind == "auto":
        print(LLM_HINT, file=sys.stderr)
    return planner


# -- model loading and the render call ---------------------------------------------------------------
def add_model_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("model")
    group.add_argument("--model", default=DEFAULT_MODEL,
                       help="FLUX.1-architecture repo id or local folder (dev, schnell, Krea, fine-tunes)")
    group.add_argument("--device", default=None, help="cuda (default), cuda:1, cpu (very slow) ...")
    group.add_argument("--dtype", choices=DTYPES, default=None, help="default bfloat16 on CUDA, float32 on CPU")
    offload = group.add_mutually_exclusive_group()
    offload.add_argument("--cpu-offload", action="store_true", help="keep idle models on the CPU (less VRAM)")
    offload.add_argument("--sequential-offload", action="store_true", help="offload layer by layer (least VRAM, slow)")
    group.add_argument("--attention", choices=ATTENTION_KERNELS, default=DEFAULT_ATTENTION,
                       help="regional attention kernel: sdpa (dense mask) or flex (block-sparse FlexAttention, "
                       "compiled on CUDA); both give the same image")
    group.add_argument("--regional-prompt-length", choices=PROMPT_LENGTHS, default=DEFAULT_PROMPT_LENGTH,
                       help="padded: each regional prompt takes max-sequence-length T5 tokens (the paper); "
                       "real: only its own tokens (faster, slightly different image)")
    group.add_argument("--max-sequence-length", type=int, default=DEFAULT_MAX_SEQUENCE_LENGTH,
                       help=f"T5 tokens per prompt (FLUX.1-dev: {DEFAULT_MAX_SEQUENCE_LENGTH})")
    group.add_argument("--negative-prompt", help="negative prompt (needs --true-cfg > 1)")
    group.add_argument("--true-cfg", type=float, default=1.0, help="true classifier-free guidance scale (> 1 enables)")


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


def layout_overrides(args: argparse.Namespace) -> LayoutOverrides:
    """The render-setting flags as :class:`LayoutOverrides`; a control image is made absolute here,
    since it is relative to where the user typed it."""
    control_image = str(Path(args.control_image).resolve()) if args.control_image is not None else None
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
