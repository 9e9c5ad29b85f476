"""Draw docs/repaint.png: a render, the same image with one region repainted, and the repaint's preview.

Made with the tiny random-weight FLUX of ``regionflux.testing`` (no weights can be downloaded where this
project is built), so the pictures are noise; what they show is which pixels a repaint changes. Run
``python docs/make_repaint_picture.py`` to redraw it (a few seconds on a CPU).
"""

import json
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from regionflux.cli import main
from regionflux.testing import tiny_pipeline

HERE = Path(__file__).resolve().parent
LAYOUT = {
    "prompt": "a cat and a dog on the grass", "width": 256, "height": 128, "seed": 3,
    "regions": [{"description": "a red cat", "box": [16, 16, 112, 128], "label": "cat"},
                {"description": "a blue dog", "box": [144, 16, 240, 128], "label": "dog"}],
    "settings": {"num_inference_steps": 8, "mask_inject_steps": 4},
}


def main_picture() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        tiny_pipeline().save_pretrained(tmp / "model")
        (tmp / "layout.json").write_text(json.dumps(LAYOUT))
        common = ["--model", str(tmp / "model"), "--device", "cpu", "--max-sequence-length", "16"]
        assert main(["generate", "--layout", str(tmp / "layout.json"), "-o", str(tmp / "before.png"), *common]) == 0
        edited = json.loads((tmp / "before.layout.json").read_text())
        edited["regions"][1].update(description="a green tree", label="tree")
        (tmp / "edited.json").write_text(json.dumps(edited))
        assert main(["repaint", str(tmp / "before.png"), "--layout", str(tmp / "edited.json"), "-o",
                     str(tmp / "after.png"), *common]) == 0
        panels = [("render", tmp / "before.png"), ("dog -> 'a green tree', repainted", tmp / "after.png"),
                  ("repaint preview (dashed: the area)", tmp / "after.preview.png")]
        scale, pad, top = 2, 12, 28
        width = sum(Image.open(p).width * scale + pad for _, p in panels) + pad
        sheet = Image.new("RGB", (width, 128 * scale + top + 34), "white")
        draw = ImageDraw.Draw(sheet)
        font = ImageFont.load_default(size=15)
        x = pad
        for title, path in panels:
            image = Image.open(path).convert("RGB")
            sheet.paste(image.resize((image.width * scale, image.height * scale), Image.NEAREST), (x, top))
            draw.text((x, 6), title, fill="black", font=font)
            x += image.width * scale + pad
        draw.text((pad, top + 128 * scale + 8), "tiny random-weight FLUX (noise by design): every pixel is the "
                  "render's outside the dashed area, byte for byte", fill=(90, 90, 90), font=font)
        sheet.save(HERE / "repaint.png")


if __name__ == "__main__":
    main_picture()
