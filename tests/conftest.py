import os
import sys
from pathlib import Path

import pytest

# torch's OpenMP threads wait for the next parallel region by spinning (libgomp spins ~300k times before
# sleeping when it has a core per thread). On this 2-core machine anything else that runs beside the suite
# (a page server, Chromium, a CLI child, another user's job) takes one of those cores, and the spinning
# thread then steals it from the thread doing the work: the tiny models' forwards took 5-10x longer
# (the local planner's two random-weight plans 37 s instead of 3 s). Waiting passively changes only how an
# idle thread waits, not the thread count or how work is split, so every result is the same. Set before
# torch is imported here, and inherited by every process the tests start; a value the user set is kept.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def tiny_flux_folder(tmp_path_factory):
    """The tiny FLUX.1 of regionflux.testing saved as a model folder, for tests that load a model the way a
    user does (read only: a test that changes it makes its own)."""
    from regionflux.testing import tiny_pipeline

    folder = tmp_path_factory.mktemp("tiny-flux")
    tiny_pipeline().save_pretrained(folder)
    return folder
