// Small SVG charts: a histogram and horizontal bars. Axis labels in plain text for screen readers.
const SVG = "http://www.w3.org/2000/svg";
const el = (name, attrs = {}, text) => {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};
const fmt = (v, digits = 1) => Number(v).toLocaleString("en", { maximumFractionDigits: digits });

// bins: [{from, to, count}]; marks: [{value, label}] drawn as vertical lines (percentiles).
export function histogram(bins, { unit = "days", marks = [], title = "Histogram" } = {}) {
  const W = 640, H = 260, L = 50, B = 40, T = 16, R = 12;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart histogram", role: "img", "aria-label": title });
  svg.append(el("title", {}, title));
  const max = Math.max(...bins.map((b) => b.count), 1);
  const lo = bins[0].from, hi = bins[bins.length - 1].to;
  const sx = (v) => L + ((v - lo) / (hi - lo || 1)) * (W - L - R);
  const sy = (c) => H - B - (c / max) * (H - B - T);
  for (const b of bins) {
    const r = el("rect", { x: sx(b.from) + 0.5, y: sy(b.count), width: Math.max(sx(b.to) - sx(b.from) - 1, 0.5), height: H - B - sy(b.count), class: "bar" });
    r.append(el("title", {}, `${fmt(b.from)}–${fmt(b.to)} ${unit}: ${b.count}`));
    svg.append(r);
  }
  svg.append(el("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }), el("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
  for (let i = 0; i <= 4; i++) {
    const v = lo + ((hi - lo) * i) / 4;
    svg.append(el("text", { x: sx(v), y: H - B + 16, "text-anchor": "middle", class: "tick" }, fmt(v)));
  }
  svg.append(el("text", { x: (L + W - R) / 2, y: H - 6, "text-anchor": "middle", class: "label" }, `lead time, ${unit}`));
  svg.append(el("text", { x: 12, y: (H - B) / 2, transform: `rotate(-90 12 ${(H - B) / 2})`, "text-anchor": "middle", class: "label" }, "shipments"));
  svg.append(el("text", { x: L - 6, y: T + 4, "text-anchor": "end", class: "tick" }, String(max)));
  for (const m of marks) {
    svg.append(el("line", { x1: sx(m.value), y1: T, x2: sx(m.value), y2: H - B, class: "mark" }));
    svg.append(el("text", { x: sx(m.value) + 3, y: T + 10, class: "tick" }, m.label));
  }
  return svg;
}

// items: [{label, value, note}] as horizontal bars, longest = full width.
export function bars(items, { unit = "", title = "Bars" } = {}) {
  const W = 640, row = 24, L = 180, R = 90;
  const H = items.length * row + 10;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart bars", role: "img", "aria-label": title });
  svg.append(el("title", {}, title));
  const max = Math.max(...items.map((i) => i.value), 1e-9);
  items.forEach((item, i) => {
    const yy = 5 + i * row;
    svg.append(el("text", { x: L - 6, y: yy + 15, "text-anchor": "end", class: "tick" }, item.label));
    svg.append(el("rect", { x: L, y: yy + 3, width: ((W - L - R) * item.value) / max, height: row - 8, class: "bar" }));
    svg.append(el("text", { x: L + ((W - L - R) * item.value) / max + 4, y: yy + 15, class: "tick" }, `${fmt(item.value, 2)}${unit}`));
  });
  return svg;
}

// The cumulative share of values at or below each bin's upper edge, as a step line over the same
// bins as the histogram; marks: [{value, label}] as vertical lines.
export function cdf(bins, { unit = "days", marks = [], title = "Cumulative distribution" } = {}) {
  const W = 640, H = 220, L = 50, B = 40, T = 16, R = 12;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart cdf", role: "img", "aria-label": title });
  svg.append(el("title", {}, title));
  const total = bins.reduce((s, b) => s + b.count, 0) || 1;
  const lo = bins[0].from, hi = bins[bins.length - 1].to;
  const sx = (v) => L + ((v - lo) / (hi - lo || 1)) * (W - L - R);
  const sy = (share) => H - B - share * (H - B - T);
  let run = 0;
  const points = [`${sx(lo)},${sy(0)}`];
  for (const b of bins) {
    points.push(`${sx(b.from)},${sy(run / total)}`);
    run += b.count;
    points.push(`${sx(b.to)},${sy(run / total)}`);
  }
  const line = el("polyline", { points: points.join(" "), class: "cdf-line", fill: "none" });
  line.append(el("title", {}, title));
  svg.append(line);
  svg.append(el("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }), el("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
  for (let i = 0; i <= 4; i++) {
    const v = lo + ((hi - lo) * i) / 4;
    svg.append(el("text", { x: sx(v), y: H - B + 16, "text-anchor": "middle", class: "tick" }, fmt(v)));
    svg.append(el("text", { x: L - 6, y: sy(i / 4) + 4, "text-anchor": "end", class: "tick" }, `${i * 25} %`));
  }
  svg.append(el("text", { x: (L + W - R) / 2, y: H - 6, "text-anchor": "middle", class: "label" }, `lead time, ${unit}`));
  for (const m of marks) {
    svg.append(el("line", { x1: sx(m.value), y1: T, x2: sx(m.value), y2: H - B, class: "mark" }));
    svg.append(el("text", { x: sx(m.value) + 3, y: T + 10, class: "tick" }, m.label));
  }
  return svg;
}
