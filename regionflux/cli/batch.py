"""`regionflux batch INPUT -o OUTDIR`: many prompts or layouts, one pipeline per process, resumable."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from ..errors import UsageError
from ..generator.defaults import FILL_PIPELINES
from .options import (
    add_canvas_options,
    add_model_options,
    add_planner_options,
    add_render_options,
    canvas,
    layout_overrides,
    planner_config,
    render_options,
)


def register(sub) -> None:
    parser = sub.add_parser(
        "batch", allow_abbrev=False,  # --processes must be spelled out: it is removed from the command it relaunches
        help="a file of prompts or layouts -> OUTDIR/<id>.png, .layout.json, .preview.png and manifest.jsonl",
        description="Plan and render every item of INPUT (a text file, one prompt a line, or JSONL: "
        '{"prompt": ...}, {"layout": {...}} or {"layout_file": ...}, with optional id, seed, num_images, width, '
        "height and settings) with one pipeline per process. OUTDIR/manifest.jsonl records each finished or "
        "failed item, so running the same command again renders only what is left. Several GPUs: "
        "--processes N (accelerate); a Ray cluster: --engine ray.",
    )
    parser.add_argument("input", help="prompts (.txt, one a line) or items (.jsonl)")
    parser.add_argument("-o", "--output", required=True, help="folder for the images, their layouts and the manifest")
    parser.add_argument("--retry-failed", action="store_true", help="render again the items the manifest says failed")
    parser.add_argument("--processes", type=int, default=None,
                        help="run N processes on this machine with accelerate (one GPU each; --device cpu: CPU ones)")
    parser.add_argument("--engine", choices=("local", "ray"), default="local",
                        help="local (this process, or accelerate's) or ray (a Ray Data pipeline; regionflux[ray])")
    parser.add_argument("--address", help="Ray cluster address (ray://host:10001, or auto); default: a local Ray")
    parser.add_argument("--workers", type=int, default=None,
                        help="Ray: rendering actors, one GPU each (default: the cluster's GPUs, or 2 CPU actors)")
    parser.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar over items")
    add_model_options(parser)
    add_render_options(parser)
    add_canvas_options(parser)
    add_planner_options(parser, model_flag="--llm-model", seed_flag="--plan-seed")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .. import batch

    if args.processes is not None:
        return launch(args)
    options = render_options(args)
    cpu = (options.device or "").startswith("cpu")
    if batch.world_size() > 1 and not cpu:  # one GPU per process
        options = options.model_copy(update={"device": f"cuda:{os.environ.get('LOCAL_RANK', '0')}"})
    options.check()
    if options.known_pipeline() in FILL_PIPELINES:
        raise UsageError(f"--model {args.model}: a FLUX.1 Fill model paints inside a mask of an image; batches render "
                         "with a FLUX.1 model (repaint with `regionflux repaint`)")
    config = planner_config(args, local_by_default=False)
    entries = batch.read_input(args.input)
    if not entries:
        raise UsageError(f"{args.input!r} holds no items (no prompt lines, or no JSONL objects)")
    width, height = canvas(args)
    outdir = Path(args.output)
    if outdir.exists() and not outdir.is_dir():
        raise UsageError(f"-o {args.output!r} is a file; give a folder for the batch's images")
    overrides = layout_overrides(args)
    settings = batch.Settings(outdir=outdir, base_dir=Path(args.input).resolve().parent, canvas=(width, height),
                              base_seed=overrides.seed or 0, overrides=overrides.model_copy(update={"seed": None}))
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers {args.workers}: give 1 or more rendering actors")
    if args.engine == "ray":
        from ..batch.on_ray import run_ray

        summary = run_ray(entries, settings, options, config, retry_failed=args.retry_failed, address=args.address,
                          workers=args.workers, progress=args.progress)
    else:
        summary = batch.run_local(entries, settings, lambda: _renderer(options, args.progress), lambda: _planner(config),
                                  retry_failed=args.retry_failed, progress=args.progress, cpu=cpu)
    code = report(summary, outdir)
    # under a launcher an item's failure is in the manifest and the summary; the launcher itself would
    # answer a non-zero exit with a traceback, so only --processes (which reads the manifest) says it
    return 0 if batch.world_size() > 1 else code


def _renderer(options, items_bar: bool = True):
    from ..jobs import reporter
    from ..renderer import Renderer

    return Renderer(options, notify=reporter(), step_bar=not items_bar)


def _planner(config):
    from ..planner.config import make_planner

    return make_planner(config)


def report(summary, outdir: Path) -> int:
    rank = os.environ.get("RANK")
    who = f"process {rank}: " if rank is not None and os.environ.get("WORLD_SIZE", "1") != "1" else ""
    for item, error in summary.errors[:10]:
        print(f"{who}failed {item}: {error}", file=sys.stderr)
    if len(summary.errors) > 10:
        print(f"{who}... and {len(summary.errors) - 10} more failures (see {outdir / 'manifest.jsonl'})", file=sys.stderr)
    before = f", {summary.failed_before} failed before (--retry-failed tries them again)" if summary.failed_before else ""
    print(f"{who}{summary.done} rendered, {summary.failed} failed, {summary.skipped} already done{before} "
          f"(manifest: {outdir / 'manifest.jsonl'})")
    return 1 if summary.failed or summary.failed_before else 0


def launch(args: argparse.Namespace) -> int:
    """``--processes N``: the same command under ``accelerate launch`` with N processes."""
    from .. import batch

    if batch.world_size() > 1:
        raise UsageError("--processes inside a launched process: run `regionflux batch ... --processes N` alone, or "
                         "`accelerate launch ... -m regionflux batch ...` without --processes")
    if args.processes < 1:
        raise UsageError(f"--processes {args.processes}: give 1 or more")
    if args.engine == "ray":
        raise UsageError("--processes is for one machine (accelerate); with --engine ray use --workers")
    import importlib.util

    if importlib.util.find_spec("accelerate") is None:
        raise UsageError("--processes needs accelerate: pip install accelerate")
    command = _without_processes(list(args.argv))
    # --multi_gpu starts the N processes (torchrun); on --device cpu they join over gloo instead of NCCL
    launcher = [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes",
                str(args.processes), "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
                "-m", "regionflux", *command]
    code = subprocess.call(launcher)
    if code != 0:
        return code
    entries = batch.read_input(args.input)
    from ..batch.core import finished

    records = batch.Manifest(Path(args.output)).records()
    settings = batch.Settings(outdir=Path(args.output))
    failed = [e.id for e in entries if records.get(e.id, {}).get("status") != "done" and not finished(settings, e)]
    print(f"all processes: {len(entries) - len(failed)} of {len(entries)} items done"
          + (f", {len(failed)} failed: {', '.join(failed[:10])}{' ...' if len(failed) > 10 else ''}" if failed else ""))
    return 1 if failed else 0


def _without_processes(argv: list[str]) -> list[str]:
    out, skip = [], False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--processes":
            skip = True
            continue
        if arg.startswith("--processes="):
            continue
        out.append(arg)
    return out
