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


def region_colours(layout: Layout) -> list[tuple[int, int, int]]:
    """Each region's colour, the one rule the page, the canvas and saved previews share: chosen by the
    region's name (the first free colour from its name's hash), so deleting or reordering other
    regions leaves a region its colour unless two names meet on the same one."""
    import zlib

    taken: set[int] = set()
    colours = []
    for region in layout.regions:
        start = zlib.crc32(region.name.strip().lower().encode("utf-8")) % len(COLOURS)
        index = next((start + k) % len(COLOURS) for k in range(len(COLOURS))
                     if (start + k) % len(COLOURS) not in taken or len(taken) >= len(COLOURS))
        taken.add(index)
        colours.append(COLOURS[index])
    return colours


def hex_colour(colour: tuple[int, int, int]) -> str:
    return "#%02x%02x%02x" % colour


def text_on(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    """Black or white, whichever reads better on ``colour``."""
    r, g, b = colour
    return (0, 0, 0) if 0.299 * r + 0.587 * g + 0.114 * b > 150 else (255, 255, 255)


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
    font = _font(max(14, min(layout.width, layout.height) // 22))
    line = max(2, min(layout.width, layout.height) // 256)
    fill_alpha = 40 if image is not None else 90
    masks = pixel_masks(layout)
    labels = []
    for i, (region, mask, colour) in enumerate(zip(layout.regions, masks, region_colours(layout))):
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
    for text, (x, y), colour in labels:  # a tag in the region's colour, its text black or white to read on it
        left, top, right, bottom = draw.textbbox((x + 3, y + 2), text, font=font)
        right = min(right, layout.width - 1)
        draw.rectangle([left - 3, top - 2, right + 3, bottom + 3], fill=colour + (235,))
        draw.text((x + 3, y + 2), text, fill=text_on(colour) + (255,), font=font)
    if layout.repaint is not None and layout.repaint.area[2] > layout.repaint.area[0]:
        _dashed_rectangle(draw, layout.repaint.area, line)
    if layout.background_prompt is not None and image is None:
        text = f"background: {layout.background_prompt}"
        small = _font(max(14, min(layout.width, layout.height) // 40))
        y = layout.height - small.size - 2 * line - 8
        left, top, right, bottom = draw.textbbox((line + 6, y), text, font=small)
        draw.rectangle([left - 4, top - 3, right + 4, bottom + 4], fill=(255, 255, 255, 230))
        draw.text((line + 6, y), text, fill=(20, 20, 20, 255), font=small)
    return Image.alpha_composite(base.convert("RGBA"), overlay).convert("RGB")


def _dashed_rectangle(draw: ImageDraw.ImageDraw, box, line: int) -> None:
    """The repainted area of a repaint: black and white dashes, visible on any picture."""
    width, height = draw.im.size
    x0, y0 = max(0, min(box[0], width - 1)), max(0, min(box[1], height - 1))
    x1, y1 = max(x0, min(box[2], width) - 1), max(y0, min(box[3], height) - 1)  # the canvas bounds the loop
    dash = 6 * line
    for start, end, fixed, horizontal in ((x0, x1, y0, True), (x0, x1, y1, True), (y0, y1, x0, False), (y0, y1, x1, False)):
        for i, a in enumerate(range(start, end + 1, dash)):
            b = min(a + dash - 1, end)
            colour = (0, 0, 0, 255) if i % 2 == 0 else (255, 255, 255, 255)
            segment = [a, fixed, b, fixed] if horizontal else [fixed, a, fixed, b]
            draw.line(segment, fill=colour, width=line)


def _font(size: int) -> ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has no sized default font
        return ImageFont.load_default()
