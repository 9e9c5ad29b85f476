"""`regionflux plan | edit | generate | preview | ui`: the command-line front of the package.

One module per command (``plan``, ``edit``, ``generate``, ``repaint``, ``preview``, ``ui``), each with ``register(subparsers)`` and
``run(args)``; ``options`` holds the option groups they share and turns them into the core's types
(:class:`~regionflux.planner.config.PlannerConfig`, :class:`~regionflux.overrides.LayoutOverrides`).
Commands import heavy libraries only when they run, so ``--help`` and ``plan`` answer at once.
"""

from __future__ import annotations

import argparse
import signal
import sys
from typing import Optional, Sequence

from .. import __version__
from ..errors import RegionfluxError, first_line
from ..files import defer, deferring
from . import batch, edit, generate, plan, preview, repaint, ui

COMMANDS = (plan, edit, generate, repaint, batch, preview, ui)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="regionflux", description="Plan a composition from one prompt and render it with regional FLUX."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


class Interrupted(KeyboardInterrupt):
    """A stop signal (SIGINT, SIGTERM, SIGHUP): unwinds like Ctrl+C, so temporary files are removed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


#: The signals a command stops on, and how each is named.
STOP_SIGNALS = {getattr(signal, name): name for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)}
_received: list[int] = []


def _on_signal(signum, frame) -> None:
    _received.append(signum)
    if deferring():  # a set of files is being published: it finishes first (files.signals_deferred)
        defer(signum)
        return
    if len(_received) > 1:
        return  # already stopping: a second Ctrl+C must not interrupt the clean-up of the first
    raise Interrupted(signum)


def _install_signal_handlers() -> dict:
    """Our handlers for the stop signals; returns the ones they replace (main() puts them back)."""
    previous = {}
    for signum in STOP_SIGNALS:
        try:
            previous[signum] = signal.signal(signum, _on_signal)
        except (ValueError, OSError):  # not the main thread (main() called from a thread)
            break
    return previous


def _stopped(signum: int) -> int:
    name = STOP_SIGNALS.get(signum, f"signal {signum}")
    print(f"interrupted ({name}); no file was left half-written", file=sys.stderr)
    return 128 + signum


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run one command; user errors end in one ``error: ...`` line and exit code 2; a stop signal ends in
    one line and 128 + its number, after temporary files are removed."""
    for stream in (sys.stdout, sys.stderr):  # a message that cannot be encoded must never lose a file
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    _received.clear()
    previous = _install_signal_handlers()  # before anything slow: a signal at any point ends in one line
    try:
        args = _parse(argv)
    except Interrupted as exc:
        _restore(previous)
        return _stopped(exc.signum)
    except BaseException:
        _restore(previous)
        raise
    try:
        code = args.func(args)
        return _stopped(_received[-1]) if _received else code
    except RegionfluxError as exc:
        if args.debug:
            raise
        for line in str(exc).splitlines() or [type(exc).__name__]:  # one line per problem, each marked
            print(f"error: {line}", file=sys.stderr)
        return 2
    except Interrupted as exc:
        return _stopped(exc.signum)
    except KeyboardInterrupt:
        return _stopped(signal.SIGINT)
    except BrokenPipeError:  # `regionflux plan ... -o - | head`: the reader left; nothing to say to it
        _quiet_stdout()
        return 1
    except Exception as exc:  # a bug: one line, and the traceback on request
        if args.debug:
            raise
        print(f"error: unexpected {type(exc).__name__}: {first_line(exc)} (run with --debug for the traceback)",
              file=sys.stderr)
        return 1
    finally:
        _restore(previous)


def _restore(previous: dict) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush raises nothing more."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


#: Options whose values are secrets: never echoed in a usage error.
SECRET_OPTIONS = ("--api-key", "--auth")


class _Parser(argparse.ArgumentParser):
    """argparse, except that a usage error never repeats a secret the user typed."""

    secrets: tuple[str, ...] = ()

    def error(self, message: str):
        for secret in self.secrets:
            if secret and len(secret) >= 4:
                message = message.replace(secret, "***")
        super().error(message)


def _parse(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    words = list(sys.argv[1:] if argv is None else argv)
    secrets = tuple(word.split("=", 1)[1] if "=" in word else (words[i + 1] if i + 1 < len(words) else "")
                    for i, word in enumerate(words) if word.split("=", 1)[0] in SECRET_OPTIONS)
    _Parser.secrets = secrets
    args = build_parser().parse_args(words)
    args.argv = words  # what was typed, for a command that starts itself again (batch --processes)
    return args
