"""Draw a layout: each region's box or mask in its own colour with its label, like the seed's figures."""

from __future__ import annotations

from typing import Optional

from PIL import Image, ImageDraw, ImageFont

from .generator.masks import pixel_masks
from .layout import Layout

#: Region colours in order (the seed's figures use red, green, blue, yellow, ...).
COLOURS = [
    (230, 25, 75), (60, 180, 75), (0, 130, 200), (255, 225, 25), (145, 30, 180), (245, 130, 48),
    (70, 240, 240), (240, 50, 230), (128, 128, 0), (0, 128, 128), (170, 110, 40), (128, 0, 0),
    (0, 0, 128), (128, 128, 128), (210, 245, 60), (250, 190, 212), (170, 255, 195),
]
BACKGROUND = (236, 236, 236)


def render_preview(layout: Layout, image: Optional[Image.Image] = None, *, boxes: bool = True) -> Image.Image:
    """The layout drawn over ``image`` (the generated picture) or over a plain canvas.

    ``boxes=False`` draws only the mask regions (with their indices), for a page that draws the
    boxes itself so they can be dragged."""
    if image is None:
        base = Image.new("RGB", (layout.width, layout.height), BACKGROUND)
    else:
        base = image.convert("RGB").resize((layout.width, layout.height))
    overlay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    font = _font(max(12, min(layout.width, layout.height) // 40))
    line = max(2, min(layout.width, layout.height) // 256)
    fill_alpha = 40 if image is not None else 90
    masks = pixel_masks(layout)
    labels = []
    for i, (region, mask) in enumerate(zip(layout.regions, masks)):
        colour = COLOURS[i % len(COLOURS)]
        if region.box is not None and not boxes:
            continue
        if region.box is not None:
            x0, y0, x1, y1 = region.box
            draw.rectangle([x0, y0, x1 - 1, y1 - 1], fill=colour + (fill_alpha,), outline=colour + (255,), width=line)
            anchor = (x0 + line, y0 + line)
        else:
            tint = Image.new("RGBA", base.size, colour + (fill_alpha * 2,))
            alpha = Image.fromarray(mask.astype("uint8") * 255)
            overlay.paste(tint, (0, 0), alpha)
            ys, xs = mask.nonzero()
            anchor = (int(xs.min()) + line, int(ys.min()) + line) if len(xs) else (line, line)
        labels.append((f"{i}: {region.name}", anchor, colour))
    for text, (x, y), colour in labels:
        left, top, right, bottom = draw.textbbox((x, y), text, font=font)
        draw.rectangle([left - 2, top - 2, right + 2, bottom + 2], fill=(0, 0, 0, 170))
        draw.text((x, y), text, fill=colour + (255,), font=font)
    if layout.background_prompt is not None and image is None:
        text = f"background: {layout.background_prompt}"
        y = layout.height - font.size - 2 * line - 4
        left, top, right, bottom = draw.textbbox((line + 2, y), text, font=font)
        draw.rectangle([left - 2, top - 2, right + 2, bottom + 2], fill=(255, 255, 255, 200))
        draw.text((line + 2, y), text, fill=(40, 40, 40, 255), font=font)
    return Image.alpha_composite(base.convert("RGBA"), overlay).convert("RGB")


def _font(size: int) -> ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has no sized default font
        return ImageFont.load_default()
