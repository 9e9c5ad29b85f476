"""`regionflux plan | edit | generate | preview | ui`: the command-line front of the package.

One module per command (``plan``, ``edit``, ``generate``, ``preview``, ``ui``), each with ``register(subparsers)`` and
``run(args)``; ``options`` holds the option groups they share and turns them into the core's types
(:class:`~regionflux.planner.config.PlannerConfig`, :class:`~regionflux.overrides.LayoutOverrides`).
Commands import heavy libraries only when they run, so ``--help`` and ``plan`` answer at once.
"""

from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

from .. import __version__
from ..errors import RegionfluxError, first_line
from . import edit, generate, plan, preview, ui

COMMANDS = (plan, edit, generate, preview, ui)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regionflux", description="Plan a composition from one prompt and render it with regional FLUX."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run one command; user errors end in one ``error: ...`` line and exit code 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except RegionfluxError as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line, and the traceback on request
        if args.debug:
            raise
        print(f"error: unexpected {type(exc).__name__}: {first_line(exc)} (run with --debug for the traceback)",
              file=sys.stderr)
        return 1
