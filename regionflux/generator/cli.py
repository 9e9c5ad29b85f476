"""`regionflux generate`: plan (or load) a layout, render it, and keep every output together."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from ..layout import Layout

DTYPES = ("bfloat16", "float16", "float32")


def add_generate_parser(sub, add_canvas_options, add_planner_options) -> None:
    gen = sub.add_parser(
        "generate",
        help="prompt (or --layout file) -> image, its layout JSON and a preview",
        description="Render a layout with regional FLUX. Writes OUT, OUT.layout.json and OUT.preview.png "
        "(OUT-<i>.* for several images); the PNG also carries the layout in its metadata.",
    )
    gen.add_argument("prompt", nargs="?", help="what to draw (planned like `regionflux plan`)")
    gen.add_argument("--layout", help="render this layout file instead of planning (manual override)")
    gen.add_argument("-o", "--output", required=True, help="image to write (.png keeps the layout inside)")
    gen.add_argument("--overwrite", action="store_true", help="replace existing output files")
    gen.add_argument("--model", default="black-forest-labs/FLUX.1-dev",
                     help="FLUX.1-architecture repo id or local folder (dev, schnell, Krea, fine-tunes)")
    gen.add_argument("--device", default=None, help="cuda (default), cuda:1, cpu (very slow) ...")
    gen.add_argument("--dtype", choices=DTYPES, default=None, help="default bfloat16 on CUDA, float32 on CPU")
    offload = gen.add_mutually_exclusive_group()
    offload.add_argument("--cpu-offload", action="store_true", help="keep idle models on the CPU (less VRAM)")
    offload.add_argument("--sequential-offload", action="store_true", help="offload layer by layer (least VRAM, slow)")
    gen.add_argument("--steps", type=int, help="denoising steps (layout: settings.num_inference_steps)")
    gen.add_argument("--guidance", type=float, help="FLUX guidance (layout: settings.guidance_scale)")
    gen.add_argument("--seed", type=int, help="seed of the first image; image i uses seed + i")
    gen.add_argument("--negative-prompt", help="negative prompt (needs --true-cfg > 1)")
    gen.add_argument("--true-cfg", type=float, default=1.0, help="true classifier-free guidance scale (> 1 enables)")
    gen.add_argument("--num-images", type=int, default=1)
    gen.add_argument("--max-sequence-length", type=int, default=512, help="T5 tokens per prompt (FLUX.1-dev: 512)")
    gen.add_argument("--attention", choices=("sdpa", "flex"), default="sdpa",
                     help="regional attention kernel: sdpa (dense mask) or flex (block-sparse FlexAttention, "
                     "compiled on CUDA); both give the same image")
    gen.add_argument("--regional-prompt-length", choices=("padded", "real"), default="padded",
                     help="padded: each regional prompt takes max-sequence-length T5 tokens (the paper); "
                     "real: only its own tokens (faster, slightly different image)")
    regional = gen.add_argument_group("regional settings (override the layout's)")
    regional.add_argument("--base-ratio", type=float)
    regional.add_argument("--mask-inject-steps", type=int)
    regional.add_argument("--double-interval", type=int, help="mask every n-th double-stream block")
    regional.add_argument("--single-interval", type=int, help="mask every n-th single-stream block")
    lora = gen.add_argument_group("LoRA (repeat --lora for several; scale and weight name apply to the last --lora)")
    lora.add_argument("--lora", action=_LoraAction, dest="lora", metavar="PATH",
                      help="LoRA repo id, folder or .safetensors file (replaces the layout's LoRAs)")
    lora.add_argument("--lora-scale", action=_LoraAction, dest="lora", metavar="SCALE", type=float)
    lora.add_argument("--weight-name", action=_LoraAction, dest="lora", metavar="FILE",
                      help="which .safetensors file of a repo holding several")
    control = gen.add_argument_group("ControlNet (override the layout's 'control')")
    control.add_argument("--controlnet", help="ControlNet repo id or folder, e.g. a FLUX Union ControlNet")
    control.add_argument("--control-image", help="condition image; resized to the canvas")
    control.add_argument("--control-mode", type=int, help="Union ControlNet mode (e.g. 2 depth, 4 pose on Union-Pro)")
    control.add_argument("--controlnet-scale", type=float, help="conditioning scale (default 0.7)")
    control.add_argument("--control-start", type=float, help="fraction of steps where control starts (0)")
    control.add_argument("--control-end", type=float, help="fraction of steps where control ends (1)")
    add_canvas_options(gen)
    add_planner_options(gen, model_flag="--llm-model", seed_flag="--plan-seed")
    gen.set_defaults(func=cmd_generate)


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


def _control_overrides(args: argparse.Namespace, current: dict | None) -> dict | None:
    flags = {
        "model": args.controlnet,
        "image": args.control_image,
        "mode": args.control_mode,
        "conditioning_scale": args.controlnet_scale,
        "guidance_start": args.control_start,
        "guidance_end": args.control_end,
    }
    given = {k: v for k, v in flags.items() if v is not None}
    if not given:
        return current
    if args.control_image is not None:
        given["image"] = str(Path(args.control_image).resolve())  # relative to where the user typed it
    merged = {**(current or {}), **given}
    from ..cli import UsageError

    if "model" not in merged or "image" not in merged:
        raise UsageError("ControlNet needs both --controlnet MODEL and --control-image PATH (or a layout 'control')")
    return merged


def resolve_layout(args: argparse.Namespace) -> Layout:
    """The layout to render: the file given, or a fresh plan; command-line settings applied on top."""
    from ..cli import UsageError, check_canvas_options, make_planner

    if args.layout and args.prompt:
        raise UsageError("give a prompt or --layout, not both")
    if args.layout:
        layout = Layout.load(args.layout)
    elif args.prompt:
        check_canvas_options(args)
        layout = make_planner(args).plan(args.prompt, width=args.width, height=args.height)
    else:
        raise UsageError("give a prompt to plan, or --layout FILE to render a layout")
    overrides = {
        "num_inference_steps": args.steps,
        "guidance_scale": args.guidance,
        "base_ratio": args.base_ratio,
        "mask_inject_steps": args.mask_inject_steps,
        "double_inject_blocks_interval": args.double_interval,
        "single_inject_blocks_interval": args.single_interval,
    }
    data = layout.model_dump(mode="json")
    data["settings"].update({k: v for k, v in overrides.items() if v is not None})
    if args.lora:
        data["lora"] = args.lora
    data["control"] = _control_overrides(args, data.get("control"))
    seed = args.seed if args.seed is not None else layout.seed
    data["seed"] = seed if seed is not None else random.randrange(2**31)
    # validate the merged result so a bad override is reported like a bad file
    return Layout.parse(json.dumps(data), source="options", base_dir=layout.base_dir)


def cmd_generate(args: argparse.Namespace) -> int:
    import torch

    from ..cli import UsageError
    from ..outputs import OutputPaths, save_image
    from ..preview import render_preview
    from . import GenerationError
    from .pipeline import RegionalFlux

    if args.num_images < 1:
        raise UsageError("--num-images must be at least 1")
    if args.negative_prompt and args.true_cfg <= 1:
        raise UsageError("--negative-prompt only takes effect with --true-cfg > 1 (e.g. --true-cfg 4)")
    many = args.num_images > 1
    paths = [OutputPaths.for_image(args.output, i if many else None) for i in range(args.num_images)]
    for path in paths:
        path.check(args.overwrite)

    layout = resolve_layout(args)
    if args.prompt:
        # keep the plan even if loading or rendering fails: it can be rendered later with --layout
        layout.rebased(paths[0].layout.parent).save(paths[0].layout, overwrite=args.overwrite)
        print(f"wrote {paths[0].layout} (the plan; render it again with --layout)", flush=True)
    dtype = getattr(torch, args.dtype) if args.dtype else None
    regional = RegionalFlux.from_pretrained(
        args.model, torch_dtype=dtype, device=args.device,
        cpu_offload=args.cpu_offload, sequential_offload=args.sequential_offload,
        controlnet=layout.control.model if layout.control else None, lora=layout.lora, attention=args.attention,
    )
    try:
        images = regional.generate(
            layout, num_images=args.num_images, seed=layout.seed, negative_prompt=args.negative_prompt,
            true_cfg_scale=args.true_cfg, max_sequence_length=args.max_sequence_length,
            regional_prompt_length=args.regional_prompt_length,
        )
    except torch.OutOfMemoryError as exc:
        raise GenerationError(
            "out of GPU memory while rendering; try --cpu-offload (or --sequential-offload), fewer "
            "--num-images, a smaller canvas, or --regional-prompt-length real"
        ) from exc
    for i, (image, path) in enumerate(zip(images, paths)):
        used = layout.model_copy(update={"seed": layout.seed + i}).rebased(path.image.parent)
        save_image(image, used, path.image, overwrite=args.overwrite)
        used.save(path.layout, overwrite=args.overwrite or (args.prompt is not None and i == 0))
        render_preview(used, image).save(path.preview)
        print(f"wrote {path.image}, {path.layout.name}, {path.preview.name} (seed {used.seed})")
    return 0

