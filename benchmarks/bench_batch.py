"""Items per hour of `regionflux batch`, the speed-up of 2 processes over 1, and the time to the first
image of a batch against one `regionflux generate` per item, measured in one run.

    python benchmarks/bench_batch.py                # the CPU config of bench_regional.py, 6 items
    python benchmarks/bench_batch.py --items 12 --steps 24

The model is bench_regional.py's CPU config (FLUX scaled down, random weights, saved to a temporary
folder and loaded as a user loads a model); every item is a 512x512 layout with 2 regions. Each
configuration runs as the user runs it: a fresh process (or two, for --processes 2), from start to end.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_regional import CONFIGS, grid_layout  # noqa: E402

from regionflux.testing import random_pipeline  # noqa: E402


def timed(command: list[str], manifest: Path | None = None, env: dict | None = None) -> tuple[float, float]:
    """Wall seconds of ``command``, and seconds until ``manifest`` got its first line (or nan)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, **(env or {})})
    first = float("nan")
    while process.poll() is None:
        if manifest is not None and first != first and manifest.exists() and manifest.stat().st_size:
            first = time.perf_counter() - start
        time.sleep(0.02)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:6])} ... failed ({process.returncode})")
    return time.perf_counter() - start, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=6)
    parser.add_argument("--steps", type=int, default=8)
    args = parser.parse_args()
    cfg = CONFIGS["cpu"]
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        random_pipeline(cfg["transformer"], dtype=cfg["dtype"]).save_pretrained(tmp / "model")
        items = tmp / "items.jsonl"
        layouts = []
        for i in range(args.items):
            layout = grid_layout(2, cfg["size"]).model_copy(update={"seed": i})
            layout.settings.num_inference_steps = args.steps
            layout.settings.mask_inject_steps = min(args.steps, 4)
            layouts.append(layout)
        items.write_text("\n".join(json.dumps({"id": f"item{i}", "layout": l.model_dump(mode="json")})
                                   for i, l in enumerate(layouts)) + "\n")
        common = ["--model", str(tmp / "model"), "--device", "cpu", "--max-sequence-length", str(cfg["text_len"])]
        batch = [sys.executable, "-m", "regionflux", "batch", str(items), "--no-progress", *common]
        one, first_one = timed([*batch, "-o", str(tmp / "one")], tmp / "one" / "manifest.jsonl")
        two, first_two = timed([*batch, "-o", str(tmp / "two"), "--processes", "2"], tmp / "two" / "manifest.jsonl")
        (tmp / "single.json").write_text(layouts[0].to_json())
        single, _ = timed([sys.executable, "-m", "regionflux", "generate", "--layout", str(tmp / "single.json"), "-o",
                           str(tmp / "single.png"), *common])
        # torchrun gives each process one thread; one process with one thread computes in the same order
        timed([*batch, "-o", str(tmp / "one-thread")], env={"OMP_NUM_THREADS": "1"})

        def same(a: str, b: str) -> bool:
            return all((tmp / a / f"item{i}.png").read_bytes() == (tmp / b / f"item{i}.png").read_bytes()
                       for i in range(args.items))

        def largest_difference(a: str, b: str) -> int:
            import numpy as np
            from PIL import Image

            return max(int(np.abs(np.asarray(Image.open(tmp / a / f"item{i}.png"), dtype=np.int16)
                                  - np.asarray(Image.open(tmp / b / f"item{i}.png"), dtype=np.int16)).max())
                       for i in range(args.items))

        identity = (same("one-thread", "two"), same("one", "two"), largest_difference("one", "two"))
    n = args.items
    print(f"CPU config ({cfg['size']}x{cfg['size']}, 2 regions, {args.steps} steps), {n} items, torch threads default")
    print("| run | wall s | items per hour | time to first image s |")
    print("| --- | --- | --- | --- |")
    print(f"| batch, 1 process | {one:.1f} | {3600 * n / one:.0f} | {first_one:.1f} |")
    print(f"| batch, --processes 2 | {two:.1f} | {3600 * n / two:.0f} | {first_two:.1f} |")
    print(f"| one `generate` per item (estimated: {n} x one run) | {n * single:.1f} | {3600 / single:.0f} | {single:.1f} |")
    print(f"speed-up of 2 processes over 1: {one / two:.2f}; batch over one generate per item: {n * single / one:.2f}")
    print(f"same PNGs, 2 processes vs 1 process on one thread: {identity[0]}; vs 1 process on the default threads: "
          f"{identity[1]} (largest pixel difference {identity[2]}: float32 sums in another order)")


if __name__ == "__main__":
    main()
