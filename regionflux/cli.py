"""`regionflux plan | generate | preview`: the command-line front of the package."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from .layout import MAX_REGIONS, Layout, LayoutError, check_canvas_size, ensure_writable
from .generator import GenerationError
from .planner.base import PlanningError

LLM_HINT = (
    "note: no LLM configured, using the offline rule-based planner; for an LLM pass --model gpt-4o-mini "
    "(OPENAI_API_KEY) or --base-url http://localhost:11434/v1 --model <name> (any OpenAI-compatible server)"
)


class UsageError(ValueError):
    """A bad combination of command-line options."""


# -- planner options (shared by plan and generate) ----------------------------------------------------
def _add_planner_options(parser: argparse.ArgumentParser, model_flag: str = "--model", seed_flag: str = "--seed") -> None:
    group = parser.add_argument_group("planner")
    group.add_argument("--planner", choices=("auto", "mock", "llm"), default="auto",
                       help=f"auto: the LLM when {model_flag} (or REGIONFLUX_MODEL) is set, else the offline planner")
    group.add_argument(model_flag, dest="llm_model", default=os.environ.get("REGIONFLUX_MODEL"),
                       help="chat model for planning, e.g. gpt-4o-mini (env REGIONFLUX_MODEL)")
    group.add_argument("--base-url", default=None,
                       help="OpenAI-compatible server, e.g. http://localhost:8000/v1 (env OPENAI_BASE_URL)")
    group.add_argument("--api-key", default=None, help="API key (default: env OPENAI_API_KEY)")
    group.add_argument("--temperature", type=float, default=0.2)
    group.add_argument(seed_flag, dest="plan_seed", type=int, default=None,
                       help="seed recorded in the layout and sent to LLM servers that support sampling seeds")
    group.add_argument("--max-regions", type=int, default=8, help=f"at most this many regions (<= {MAX_REGIONS})")
    group.add_argument("--max-rounds", type=int, default=3, help="requests allowed to return an invalid layout")
    group.add_argument("--timeout", type=float, default=60.0, help="seconds per LLM request")


def _add_canvas_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--width", type=int, default=1024, help="canvas width in px, a multiple of 16")
    parser.add_argument("--height", type=int, default=1024, help="canvas height in px, a multiple of 16")


def make_planner(args: argparse.Namespace):
    """The planner the options ask for; the offline one (with a one-line hint) when none is configured."""
    from .planner import LLMPlanner, MockPlanner

    if not 1 <= args.max_regions <= MAX_REGIONS:
        raise UsageError(f"--max-regions must be between 1 and {MAX_REGIONS}")
    use_llm = args.planner == "llm" or (args.planner == "auto" and bool(args.llm_model))
    if not use_llm:
        if args.planner == "auto":
            if args.base_url:
                raise UsageError("--base-url needs the name of the chat model to ask on that server (--model NAME)")
            print(LLM_HINT, file=sys.stderr)
        return MockPlanner(max_regions=args.max_regions, seed=args.plan_seed)
    return LLMPlanner(
        model=args.llm_model or "gpt-4o-mini",
        base_url=args.base_url,
        api_key=args.api_key,
        temperature=args.temperature,
        seed=args.plan_seed,
        max_regions=args.max_regions,
        max_rounds=args.max_rounds,
        timeout=args.timeout,
    )


def check_canvas_options(args: argparse.Namespace) -> None:
    """--width/--height for planning, checked before any planner runs."""
    for name in ("width", "height"):
        try:
            check_canvas_size(f"--{name}", getattr(args, name))
        except ValueError as exc:
            raise UsageError(str(exc)) from None


# -- commands -------------------------------------------------------------------------------------------
def cmd_plan(args: argparse.Namespace) -> int:
    from .preview import render_preview

    check_canvas_options(args)
    out = Path(args.output)
    ensure_writable(out, args.overwrite)
    if args.preview:
        ensure_writable(Path(args.preview), args.overwrite)
    layout = make_planner(args).plan(args.prompt, width=args.width, height=args.height)
    layout.save(out, overwrite=args.overwrite)
    print(f"wrote {out} ({len(layout.regions)} regions)")
    if args.preview:
        render_preview(layout).save(args.preview)
        print(f"wrote {args.preview}")
    return 0


def load_layout_or_png(source: str):
    """A layout from a JSON file, or the one embedded in a PNG that regionflux wrote (with that image)."""
    from .outputs import layout_from_png

    path = Path(source)
    if path.suffix.lower() == ".png":
        return layout_from_png(path)
    return Layout.load(path), None


def cmd_preview(args: argparse.Namespace) -> int:
    from .preview import render_preview

    out = Path(args.output)
    ensure_writable(out, args.overwrite)
    layout, image = load_layout_or_png(args.layout)
    render_preview(layout, image).save(out)
    print(f"wrote {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regionflux", description="Plan a composition from one prompt and render it with regional FLUX."
    )
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)

    plan = sub.add_parser("plan", help="prompt -> layout JSON (and a preview picture)")
    plan.add_argument("prompt")
    plan.add_argument("-o", "--output", required=True, help="layout JSON to write")
    plan.add_argument("--preview", help="also draw the layout to this PNG")
    plan.add_argument("--overwrite", action="store_true", help="replace existing output files")
    _add_canvas_options(plan)
    _add_planner_options(plan)
    plan.set_defaults(func=cmd_plan)

    preview = sub.add_parser("preview", help="draw a layout file (or the layout inside a generated PNG)")
    preview.add_argument("layout", help="layout JSON, or a PNG written by `regionflux generate`")
    preview.add_argument("-o", "--output", required=True)
    preview.add_argument("--overwrite", action="store_true")
    preview.set_defaults(func=cmd_preview)

    from .generator.cli import add_generate_parser

    add_generate_parser(sub, _add_canvas_options, _add_planner_options)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (LayoutError, PlanningError, UsageError, FileExistsError, GenerationError) as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
