"""How fast the command line answers, and which heavy modules each entry point pulls in.

    python benchmarks/bench_startup.py [--repeat 5]

Each case runs in a fresh interpreter (what a user's shell does) and is timed from process start
to exit; the figure is the median of ``--repeat`` runs, all measured in this one run, next to a bare
``python -c pass`` so the interpreter's own start can be subtracted by eye. The heavy modules listed
are those in ``sys.modules`` when the case finishes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("torch", "diffusers", "transformers", "openai", "jinja2", "numpy", "PIL", "pydantic", "huggingface_hub")

# each case runs as `python -c <code>`; the last line reports the heavy modules loaded
REPORT = "import sys, json; print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))"
CASES = {
    "python -c pass": "pass",
    "import regionflux": "import regionflux",
    "regionflux --help": (
        "import sys\nfrom regionflux.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    ),
    "regionflux plan 'a cat and a dog' -o x.json": (
        "from regionflux.cli import main\n"
        "main(['plan', 'a cat and a dog', '-o', {out!r}, '--overwrite'])"
    ),
    "regionflux plan 'a cat and a dog' -o x.json --preview x.png": (
        "from regionflux.cli import main\n"
        "main(['plan', 'a cat and a dog', '-o', {out!r}, '--preview', {png!r}, '--overwrite'])"
    ),
}


def run_case(code: str, out: str, png: str) -> tuple[float, list[str]]:
    source = code.format(out=out, png=png) + "\n" + REPORT.format(heavy=HEAVY)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    return elapsed, json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out, png = str(Path(folder) / "x.json"), str(Path(folder) / "x.png")
        rows = []
        for name, code in CASES.items():
            run_case(code, out, png)  # warm the file cache
            times, loaded = [], []
            for _ in range(args.repeat):
                elapsed, loaded = run_case(code, out, png)
                times.append(elapsed)
            rows.append((name, statistics.median(times), loaded))
    bare = rows[0][1]
    print(f"{'case':62} {'median s':>9} {'minus bare':>10}  heavy modules loaded")
    for name, seconds, loaded in rows:
        print(f"{name:62} {seconds:9.3f} {seconds - bare:10.3f}  {', '.join(loaded) or '-'}")


if __name__ == "__main__":
    main()
