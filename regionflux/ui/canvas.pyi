"""The layout canvas: regions drawn, selected, moved and resized with the mouse and the keyboard.

A Gradio HTML component of the project's own (``gr.HTML`` with a template, CSS and a script, which
is how Gradio's own docs build custom components without a frontend build). The server sends what
to draw as JSON (:func:`regionflux.ui.state.canvas_value`); the page answers each gesture with one
small event (``{"kind": "draw", "box": [...]}``), which the server checks and applies to the layout
through the same functions as every other edit. The page never sends a layout, only what the
user did, so nothing on the canvas can change a field the server did not validate.
"""

from __future__ import annotations

import json
from typing import Any, Optional

import gradio as gr

#: Longest event the page may send (an event is a kind, an index and four numbers).
MAX_EVENT_CHARS = 2000
#: What a gesture on the canvas can ask for.
EVENT_KINDS = ("select", "draw", "move", "delete")

_TEMPLATE = '<div class="rf-canvas" tabindex="0" role="application" aria-label="layout canvas"></div>'

_CSS = """
.rf-canvas { outline: none; border-radius: 8px; }
.rf-canvas:focus-visible { box-shadow: 0 0 0 2px var(--color-accent, #f97316); }
.rf-canvas svg { display: block; width: 100%; height: auto; max-height: 68vh; touch-action: none;
                 user-select: none; -webkit-user-select: none; cursor: crosshair; background: #ececec; }
.rf-canvas .rf-box { cursor: move; }
.rf-canvas .rf-handle { cursor: nwse-resize; }
.rf-canvas .rf-handle.ne, .rf-canvas .rf-handle.sw { cursor: nesw-resize; }
.rf-canvas text { font-family: ui-sans-serif, system-ui, sans-serif; font-weight: 600; paint-order: stroke;
                  stroke: #ffffff; stroke-linejoin: round; pointer-events: none; }
.rf-canvas .rf-empty { padding: 48px 16px; text-align: center; color: #6b7280; background: #f3f4f6;
                       border-radius: 8px; }
.rf-canvas .rf-hint { min-height: 1.4em; font-size: 13px; color: #92400e; padding: 2px 4px; }
"""

_SCRIPT = r"""
const NS = 'http://www.w3.org/2000/svg';
const root = element.querySelector('.rf-canvas');
let model = null, sel = null, drag = null, sent = 0, hint = '';

function parse() {
  let value = null;
  try { value = props.value ? JSON.parse(props.value) : null; } catch (e) { value = null; }
  if (value && Array.isArray(value.regions)) { model = value; sel = value.selected; hint = ''; draw(); }
  else if (value === null) { model = null; draw(); }
}
function send(event) {
  sent += 1;
  props.value = JSON.stringify({event: event, n: sent});
  trigger('input');
}
function el(name, attrs, parent) {
  const node = document.createElementNS(NS, name);
  for (const k in attrs) node.setAttribute(k, attrs[k]);
  if (parent) parent.appendChild(node);
  return node;
}
function unit() { return Math.max(model.width, model.height); }
function fontSize() { return Math.max(14, Math.round(Math.min(model.width, model.height) / 30)); }
function draw() {
  root.innerHTML = '';
  if (!model) {
    const empty = document.createElement('div');
    empty.className = 'rf-empty';
    empty.textContent = 'Plan or open a layout; then drag on the canvas to draw a region.';
    root.appendChild(empty);
    return;
  }
  const W = model.width, H = model.height, line = Math.max(2, unit() / 300);
  const svg = el('svg', {viewBox: `0 0 ${W} ${H}`, 'data-width': W, 'data-height': H});
  el('rect', {x: 0, y: 0, width: W, height: H, fill: '#ececec', class: 'rf-bg'}, svg);
  if (model.image) el('image', {href: model.image, x: 0, y: 0, width: W, height: H, class: 'rf-bg',
                                preserveAspectRatio: 'none'}, svg);
  const order = model.regions.map((r, i) => i).filter(i => model.regions[i].box);
  if (sel !== null && order.includes(sel)) { order.splice(order.indexOf(sel), 1); order.push(sel); }
  for (const i of order) {
    const r = model.regions[i], b = (drag && drag.index === i) ? drag.box : r.box;
    el('rect', {x: b[0], y: b[1], width: b[2] - b[0], height: b[3] - b[1], fill: r.colour,
                'fill-opacity': i === sel ? 0.32 : 0.2, stroke: r.colour,
                'stroke-width': i === sel ? 2.5 * line : line, class: 'rf-box' + (i === sel ? ' rf-selected' : ''),
                'data-index': i}, svg);
  }
  if (drag && drag.kind === 'draw') {
    const b = drag.box;
    el('rect', {x: b[0], y: b[1], width: b[2] - b[0], height: b[3] - b[1], fill: '#2563eb', 'fill-opacity': 0.15,
                stroke: '#2563eb', 'stroke-width': line, 'stroke-dasharray': `${4 * line} ${3 * line}`,
                class: 'rf-drawing'}, svg);
  }
  const size = fontSize();
  for (const i of order) {  // labels above every box, inside their own box, with a halo
    const r = model.regions[i], b = (drag && drag.index === i) ? drag.box : r.box;
    const t = el('text', {x: b[0] + size * 0.3, y: b[1] + size * 1.05, 'font-size': size, fill: '#111827',
                          'stroke-width': size / 5, class: 'rf-label', 'data-index': i}, svg);
    t.textContent = r.label;
  }
  if (sel !== null && model.regions[sel] && model.regions[sel].box) {
    const b = (drag && drag.index === sel) ? drag.box : model.regions[sel].box, h = unit() / 70;
    for (const [cx, cy, c] of [[b[0], b[1], 'nw'], [b[2], b[1], 'ne'], [b[0], b[3], 'sw'], [b[2], b[3], 'se']])
      el('rect', {x: cx - h, y: cy - h, width: 2 * h, height: 2 * h, fill: '#ffffff', stroke: '#111827',
                  'stroke-width': line / 2, class: 'rf-handle ' + c, 'data-corner': c}, svg);
  }
  if (model.background) {
    const t = el('text', {x: size * 0.4, y: H - size * 0.5, 'font-size': Math.round(size * 0.8), fill: '#111827',
                          'stroke-width': size / 4, class: 'rf-caption'}, svg);
    t.textContent = 'background: ' + model.background;
  }
  root.appendChild(svg);
  const note = document.createElement('div');
  note.className = 'rf-hint';
  note.textContent = hint;
  root.appendChild(note);
}
function point(evt) {
  const svg = root.querySelector('svg');
  const p = svg.createSVGPoint();
  p.x = evt.clientX; p.y = evt.clientY;
  const q = p.matrixTransform(svg.getScreenCTM().inverse());
  return [Math.max(0, Math.min(model.width, q.x)), Math.max(0, Math.min(model.height, q.y))];
}
function hit(p) {
  if (sel !== null && model.regions[sel] && model.regions[sel].box) {
    const b = model.regions[sel].box, h = unit() / 45;
    for (const [cx, cy, c] of [[b[0], b[1], 'nw'], [b[2], b[1], 'ne'], [b[0], b[3], 'sw'], [b[2], b[3], 'se']])
      if (Math.abs(p[0] - cx) <= h && Math.abs(p[1] - cy) <= h) return {index: sel, corner: c};
  }
  const inside = i => { const b = model.regions[i].box; return b && p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3]; };
  if (sel !== null && model.regions[sel] && inside(sel)) return {index: sel, corner: null};
  for (let i = model.regions.length - 1; i >= 0; i--) if (inside(i)) return {index: i, corner: null};
  return null;
}
function clampBox(b) {
  const W = model.width, H = model.height;
  let [x0, y0, x1, y1] = b.map(Math.round);
  if (x1 < x0) [x0, x1] = [x1, x0];
  if (y1 < y0) [y0, y1] = [y1, y0];
  return [Math.max(0, x0), Math.max(0, y0), Math.min(W, x1), Math.min(H, y1)];
}
root.addEventListener('pointerdown', evt => {
  if (!model || evt.button !== 0 || !root.querySelector('svg')) return;
  root.focus({preventScroll: true});
  const p = point(evt), found = hit(p);
  if (found) {
    const b = model.regions[found.index].box.slice();
    drag = {kind: found.corner ? 'resize' : 'move', index: found.index, corner: found.corner, start: p, from: b, box: b,
            moved: false};
    if (sel !== found.index) { sel = found.index; drag.selected = true; }
  } else {
    drag = {kind: 'draw', start: p, box: [p[0], p[1], p[0], p[1]], moved: false};
  }
  root.setPointerCapture(evt.pointerId);
  evt.preventDefault();
  draw();
});
root.addEventListener('pointermove', evt => {
  if (!drag) return;
  const p = point(evt), dx = p[0] - drag.start[0], dy = p[1] - drag.start[1];
  if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
  if (drag.kind === 'draw') drag.box = [drag.start[0], drag.start[1], p[0], p[1]];
  else if (drag.kind === 'move') {
    const [x0, y0, x1, y1] = drag.from, w = x1 - x0, h = y1 - y0;
    const nx = Math.max(0, Math.min(model.width - w, x0 + dx)), ny = Math.max(0, Math.min(model.height - h, y0 + dy));
    drag.box = [nx, ny, nx + w, ny + h];
  } else {
    const b = drag.from.slice();
    if (drag.corner.includes('w')) b[0] = p[0]; else b[2] = p[0];
    if (drag.corner.includes('n')) b[1] = p[1]; else b[3] = p[1];
    drag.box = b;
  }
  draw();
});
function finish(evt) {
  if (!drag) return;
  const d = drag;
  drag = null;
  const box = clampBox(d.box);
  if (d.kind === 'draw') {
    if (!d.moved) { hint = model.regions.length ? '' : 'Drag on the canvas to draw a region.'; sel = null; draw(); return; }
    if (box[2] - box[0] < 16 || box[3] - box[1] < 16) {
      hint = 'A region is at least 16 x 16 px: drag a larger box.'; draw(); return;
    }
    hint = ''; draw();
    send({kind: 'draw', box: box});
  } else if (d.moved) {
    if (box[2] - box[0] < 16 || box[3] - box[1] < 16) {
      hint = 'A region is at least 16 x 16 px; the box is kept as it was.'; draw(); return;
    }
    model.regions[d.index].box = box; hint = ''; draw();
    send({kind: 'move', index: d.index, box: box});
  } else {
    draw();
    if (d.selected) send({kind: 'select', index: d.index});
  }
}
root.addEventListener('pointerup', finish);
root.addEventListener('pointercancel', () => { drag = null; draw(); });
root.addEventListener('keydown', evt => {
  if (!model || sel === null || !model.regions[sel]) return;
  if (evt.key === 'Delete' || evt.key === 'Backspace') {
    evt.preventDefault();
    const index = sel;
    sel = null;
    send({kind: 'delete', index: index});
    return;
  }
  const steps = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1]}[evt.key];
  if (!steps || !model.regions[sel].box) return;
  evt.preventDefault();
  const b = model.regions[sel].box.slice(), step = 16;
  if (evt.shiftKey) { b[2] += steps[0] * step; b[3] += steps[1] * step; }  // Shift: resize
  else {
    const w = b[2] - b[0], h = b[3] - b[1];
    b[0] = Math.max(0, Math.min(model.width - w, b[0] + steps[0] * step));
    b[1] = Math.max(0, Math.min(model.height - h, b[1] + steps[1] * step));
    b[2] = b[0] + w; b[3] = b[1] + h;
  }
  const box = clampBox(b);
  if (box[2] - box[0] < 16 || box[3] - box[1] < 16) return;
  model.regions[sel].box = box;
  draw();
  send({kind: 'move', index: sel, box: box});
});
watch('value', parse);
parse();

if (!window.__regionfluxKeys) {  // the page's shortcuts, once per page
  window.__regionfluxKeys = true;
  const typing = t => t && (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT' || t.isContentEditable);
  const press = id => { const b = document.getElementById(id); if (b && !b.disabled) b.click(); };
  document.addEventListener('keydown', evt => {
    const t = evt.target;
    if (evt.key === 'Enter' && !evt.shiftKey && t && t.tagName === 'TEXTAREA' && t.closest('#prompt')) {
      evt.preventDefault();  // Enter plans; Shift+Enter is a new line
      press('plan');
      return;
    }
    if (typing(t) || !(evt.ctrlKey || evt.metaKey)) return;
    const key = evt.key.toLowerCase();
    if (key === 'z' && !evt.shiftKey) { evt.preventDefault(); press('undo'); }
    else if ((key === 'z' && evt.shiftKey) || key === 'y') { evt.preventDefault(); press('redo'); }
  }, true);
}
"""

from gradio.events import Dependency

class RegionCanvas(gr.HTML):
    """The layout's regions on a canvas: drag on an empty spot to draw one, click to select, drag or
    use the arrow keys to move (Shift+arrows to resize), drag a corner to resize, Delete to remove.

    Its value is what to draw (JSON from :func:`regionflux.ui.state.canvas_value`); what it sends
    back is one gesture, read by :func:`read_event`."""

    def __init__(self, value: Optional[str] = None, **kwargs: Any):
        super().__init__(value, html_template=_TEMPLATE, css_template=_CSS, js_on_load=_SCRIPT,
                         apply_default_css=False, **kwargs)
    from typing import Callable, Literal, Sequence, Any, TYPE_CHECKING
    from gradio.blocks import Block
    if TYPE_CHECKING:
        from gradio.components import Timer
        from gradio.components.base import Component


def read_event(payload: Any) -> Optional[dict]:
    """The gesture a canvas sent, checked field by field, or None for anything else (the canvas's own
    value coming back, a stale or malformed message). The page is not trusted: sizes and types are
    bounded here, and the layout functions validate what the gesture does."""
    if not isinstance(payload, str) or len(payload) > MAX_EVENT_CHARS:
        return None
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    event = data.get("event") if isinstance(data, dict) else None
    if not isinstance(event, dict) or event.get("kind") not in EVENT_KINDS:
        return None
    index = event.get("index")
    if event["kind"] != "draw" and (not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < 10_000):
        return None
    box = event.get("box")
    if event["kind"] in ("draw", "move"):
        if not (isinstance(box, list) and len(box) == 4 and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                                                  and abs(v) < 1e6 for v in box)):
            return None
        box = [int(round(v)) for v in box]
    return {"kind": event["kind"], "index": index, "box": box}