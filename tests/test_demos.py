"""Each of the seed's demos runs with its one documented command, on tiny models.

The hub ids the example files name (FLUX.1-dev, the Shakker-Labs LoRAs and ControlNet) are laid
out as local folders holding tiny random-weight models; diffusers loads a local folder before it
looks at the hub, so the real loading path runs, offline. What is checked is that each documented
command runs end to end, not the size: each demo is rendered from a copy scaled to a 128-px-wide
canvas (boxes and mask images scaled with it; everything else as in the file).
"""

import json

import pytest
import torch
from PIL import Image

from conftest import EXAMPLES
from regionflux import Layout
from regionflux.cli import main
from test_lora_controlnet import tiny_controlnet_pipeline
from regionflux.testing import tiny_pipeline

DEMOS = sorted(EXAMPLES.glob("*.json"))


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    from diffusers import FluxPipeline
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict

    root = tmp_path_factory.mktemp("hub")
    tiny_pipeline().save_pretrained(root / "black-forest-labs" / "FLUX.1-dev")
    tiny_controlnet_pipeline().controlnet.save_pretrained(root / "Shakker-Labs" / "FLUX.1-dev-ControlNet-Union-Pro")
    for name in ("FLUX.1-dev-LoRA-Children-Simple-Sketch", "FLUX.1-dev-LoRA-Vector-Journey"):
        pipe = tiny_pipeline()
        torch.manual_seed(len(name))
        pipe.transformer.add_adapter(LoraConfig(r=2, init_lora_weights=False, target_modules=["to_q", "to_v"]))
        FluxPipeline.save_lora_weights(root / "Shakker-Labs" / name,
                                       transformer_lora_layers=get_peft_model_state_dict(pipe.transformer))
    return root


WIDTH = 128


def scaled_copy(path, folder):
    """The demo layout at WIDTH px wide (height to the nearest multiple of 16), written into ``folder``."""
    demo = Layout.load(path)
    width, height = WIDTH, max(16, round(demo.height * WIDTH / demo.width / 16) * 16)
    sx, sy = width / demo.width, height / demo.height
    data = json.loads(demo.to_json())
    data["width"], data["height"] = width, height
    for i, region in enumerate(data["regions"]):
        if region.get("box"):
            x0, y0, x1, y1 = region["box"]
            region["box"] = [round(x0 * sx), round(y0 * sy), round(x1 * sx), round(y1 * sy)]
        else:
            with Image.open(demo.resolve(region["mask"])) as mask:
                mask.resize((width, height), Image.NEAREST).save(folder / f"mask_{i}.png")
            region["mask"] = f"mask_{i}.png"
    if data.get("control"):
        data["control"]["image"] = str(demo.resolve(data["control"]["image"]).resolve())
    copy = folder / path.name
    copy.write_text(json.dumps(data))
    return copy


@pytest.mark.filterwarnings("ignore:.*tokens; only the first:UserWarning")  # tiny encoders: truncation expected
@pytest.mark.parametrize("path", DEMOS, ids=lambda p: p.stem)
def test_demo_command_runs(path, hub, tmp_path, monkeypatch):
    monkeypatch.chdir(hub)
    (tmp_path / "demo").mkdir()
    path = scaled_copy(path, tmp_path / "demo")
    out = tmp_path / "out" / f"{path.stem}.png"
    # the README's command plus what a CPU-only test needs: the CPU, 1 step, short T5 sequences
    code = main(["generate", "--layout", str(path), "-o", str(out),
                 "--device", "cpu", "--steps", "1", "--max-sequence-length", "8"])
    assert code == 0
    used = Layout.load(out.with_name(f"{path.stem}.layout.json"))
    demo = Layout.load(path)
    assert [(r.description, r.box) for r in used.regions] == [(r.description, r.box) for r in demo.regions]
    assert [used.resolve(r.mask).resolve() for r in used.regions if r.mask] == \
        [demo.resolve(r.mask).resolve() for r in demo.regions if r.mask]  # mask paths rebased, same files
    assert used.lora == demo.lora and used.seed == demo.seed
    assert (used.control is None) == (demo.control is None)
    if used.control is not None:
        assert used.resolve(used.control.image).is_file()  # paths stay valid next to the output
