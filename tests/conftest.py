import sys
from pathlib import Path

import pytest

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
