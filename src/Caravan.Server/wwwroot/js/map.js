// The network map: Natural Earth country outlines as SVG (equirectangular projection, degrees
// scaled by SCALE), the network on top (links coloured by mode, width by capacity; nodes by kind),
// routes drawn over it. Sea links follow plausible lanes (sealanes.js) instead of crossing land.
// Pan by dragging or the arrow keys, zoom with the wheel, +/- keys or buttons.
import { SeaLanes } from "./sealanes.js";

const SVG = "http://www.w3.org/2000/svg";
const SCALE = 4; // SVG units per degree
const ALIASES = { "Türkiye": "Turkey", "United States": "United States of America", "Viet Nam": "Vietnam" };
export const MODE_COLOURS = { rail: "#8c3b0c", road: "#555555", sea: "#1f5fa8", ferry: "#007a78", air: "#7b3fa0" };
export const KIND_COLOURS = { mine: "#7a4b00", plant: "#b3004c", border: "#c43c00", port: "#1f5fa8", airport: "#7b3fa0", hub: "#2d6a2d", customer: "#000000", rail_terminal: "#8c3b0c" };
export const ROUTE_COLOURS = ["#d40000", "#e07b00", "#0a7d32", "#5b2a86", "#00648f"];

// Equirectangular with standard parallel 40°N: east-west distances are true at the corridors' latitude.
const X_STRETCH = Math.cos((40 * Math.PI) / 180);
const x = (lon) => (lon + 180) * SCALE * X_STRETCH;
const y = (lat) => (90 - lat) * SCALE;
// An SVG path through [lat, lon] points; a step across the antimeridian leaves the map on one
// side and comes back on the other instead of crossing the whole map.
function pathData(points) {
  let d = "";
  points.forEach(([lat, lon], i) => {
    if (i > 0) {
      const [plat, plon] = points[i - 1];
      if (Math.abs(lon - plon) > 180) {
        const edge = plon > 0 ? 180 : -180;
        const t = (edge - plon) / ((lon + (plon > 0 ? 360 : -360)) - plon);
        const cross = plat + t * (lat - plat);
        d += `L${x(edge).toFixed(1)},${y(cross).toFixed(1)}M${x(-edge).toFixed(1)},${y(cross).toFixed(1)}`;
      }
    }
    d += `${i === 0 ? "M" : "L"}${x(lon).toFixed(1)},${y(lat).toFixed(1)}`;
  });
  return d;
}

// A ring that crosses the antimeridian (Chukotka, Fiji) is drawn on past 180° instead of jumping
// back across the whole map: each step of more than 180° of longitude is undone by ±360°.
function unwrap(ring) {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const step = lon + shift - (ring[i - 1][0] + shift);
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    return [lon + shift, lat];
  });
}

const el = (name, attrs = {}) => {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

export class NetworkMap {
  constructor(container, catalog) {
    this.catalog = catalog;
    this.lanes = new SeaLanes(catalog);
    this.linkById = new Map(catalog.links.map((l) => [l.id, l]));
    this.svg = el("svg", { class: "map", role: "img", "aria-label": "Map of the transport network", tabindex: "0", preserveAspectRatio: "xMidYMid meet" });
    const title = el("title");
    title.textContent = "Transport network map: drag or use arrow keys to pan, wheel or +/- to zoom";
    this.svg.append(title);
    this.countries = el("g", { class: "countries" });
    this.links = el("g", { class: "links" });
    this.flows = el("g", { class: "flows" });
    this.routes = el("g", { class: "routes" });
    this.nodes = el("g", { class: "nodes" });
    this.svg.append(this.countries, this.links, this.flows, this.routes, this.nodes);
    container.append(this.svg, this.controls(), this.legend());
    // Start on Eurasia: 0°E to 150°E, 72°N to 0°.
    this.view = { x: x(-5), y: y(72), w: 160 * SCALE * X_STRETCH, h: 75 * SCALE };
    this.apply();
    this.enablePanZoom();
    this.drawNetwork();
  }

  async drawCountries() {
    const geo = await (await fetch("/data/countries-110m.geojson")).json();
    for (const f of geo.features) {
      const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      const d = polygons.map((rings) => rings.map((ring) => "M" + unwrap(ring).map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join("L") + "Z").join("")).join("");
      const path = el("path", { d, class: "country", "data-name": f.properties.name });
      const t = el("title");
      t.textContent = f.properties.name;
      path.append(t);
      this.countries.append(path);
    }
    this.svg.dataset.countries = String(geo.features.length);
  }

  drawNetwork() {
    const { links, nodeById, nodes } = this.catalog;
    const widest = Math.max(...links.map((l) => l.capacityTonnesPerDay ?? 0), 1);
    for (const l of links) {
      const a = nodeById.get(l.from), b = nodeById.get(l.to);
      // Width grows with the log of capacity (t/day); unlimited links are drawn thin.
      const width = l.capacityTonnesPerDay ? 0.8 + 2.5 * Math.log1p(l.capacityTonnesPerDay) / Math.log1p(widest) : 0.8;
      const line = el("path", {
        d: pathData(this.geometry(l, l.from)), class: `link mode-${l.mode}`, fill: "none",
        stroke: MODE_COLOURS[l.mode] ?? "#333", "stroke-width": width.toFixed(2), "data-id": l.id,
      });
      const t = el("title");
      t.textContent = `${l.id} (${l.mode}) ${a.name} – ${b.name}: ${l.capacityPerDay ? `${l.capacityPerDay.toLocaleString("en")} ${l.capacityUnit}/day` : "capacity not limited"}`;
      line.append(t);
      this.links.append(line);
    }
    for (const n of nodes) {
      const c = el("circle", { cx: x(n.lon), cy: y(n.lat), r: n.kind === "border" ? 2.2 : 2.8, class: `node kind-${n.kind}`, fill: KIND_COLOURS[n.kind] ?? "#000", "data-id": n.id });
      const t = el("title");
      t.textContent = `${n.name} (${n.id}, ${n.kind.replace("_", " ")}, ${n.country})`;
      c.append(t);
      this.nodes.append(c);
    }
  }

  // The [lat, lon] points of a link travelled from node `start`: its sea lane, or its two ends.
  geometry(link, start) {
    const a = this.catalog.nodeById.get(link.from), b = this.catalog.nodeById.get(link.to);
    const points = this.lanes.path(link) ?? [[a.lat, a.lon], [b.lat, b.lon]];
    return start === link.from ? points : [...points].reverse();
  }

  // Draws routes (best first, best on top) and marks avoided countries.
  showRoutes(routes, avoidedCountryNames = []) {
    this.routes.replaceChildren();
    const { nodeById } = this.catalog;
    [...routes].reverse().forEach((route) => {
      const i = route.rank - 1;
      const points = route.legs.flatMap((leg, j) => {
        const link = this.linkById.get(leg.link);
        const a = nodeById.get(leg.from), b = nodeById.get(leg.to);
        const along = link && a && b ? this.geometry(link, leg.from) : [[a.lat, a.lon], [b.lat, b.lon]];
        return j === 0 ? along : along.slice(1);
      });
      const line = el("path", { d: pathData(points), class: "route-line", "data-rank": route.rank, stroke: ROUTE_COLOURS[i % ROUTE_COLOURS.length], "stroke-width": i === 0 ? 4 : 2.5, fill: "none" });
      const t = el("title");
      t.textContent = `Route ${route.rank} (${route.family}): ${route.days} days, US$${route.costUsd.toLocaleString("en")}`;
      line.append(t);
      this.routes.append(line);
    });
    const avoided = new Set(avoidedCountryNames.map((n) => ALIASES[n] ?? n));
    for (const p of this.countries.children) p.classList.toggle("avoided", avoided.has(p.dataset.name));
    if (routes.length > 0) this.zoomTo(this.routes.getBBox());
  }

  // Shows a box (SVG units) with a margin of a fifth on each side, never closer than about 8° across.
  zoomTo(box) {
    const w = Math.max(box.width * 1.4, 8 * SCALE), h = Math.max(box.height * 1.4, 5 * SCALE);
    this.view = { x: box.x + box.width / 2 - w / 2, y: box.y + box.height / 2 - h / 2, w, h };
    this.apply();
  }

  // Draws flows (from /api/flows results) per link and direction: width grows with tonnes, colour
  // with utilisation (green under 50 %, orange under 90 %, red at capacity, blue when not limited).
  showFlows(flows) {
    this.flows.replaceChildren();
    const { nodeById } = this.catalog;
    const byArc = new Map();
    for (const f of flows) {
      const key = `${f.link}|${f.direction}`;
      const seen = byArc.get(key);
      if (seen) seen.tonnes += f.tonnes; else byArc.set(key, { ...f });
    }
    const most = Math.max(...[...byArc.values()].map((f) => f.tonnes), 1);
    this.svg.classList.toggle("has-flows", byArc.size > 0);
    for (const f of byArc.values()) {
      const a = nodeById.get(f.from), b = nodeById.get(f.to);
      if (!a || !b) continue; // a node a scenario added: not on the base map
      const u = f.utilisation;
      const colour = u === null || u === undefined ? "#1f5fa8" : u >= 0.9 ? "#c40000" : u >= 0.5 ? "#d97a00" : "#0a7d32";
      const link = this.linkById.get(f.link);
      const line = el("path", {
        d: pathData(link ? this.geometry(link, f.from) : [[a.lat, a.lon], [b.lat, b.lon]]), class: "flow-line", stroke: colour, fill: "none",
        "stroke-width": (1.5 + 5 * Math.log1p(f.tonnes) / Math.log1p(most)).toFixed(2), "data-id": f.link,
      });
      const t = el("title");
      t.textContent = `${f.link} ${a.name} → ${b.name}: ${Math.round(f.tonnes).toLocaleString("en")} t` + (u === null || u === undefined ? " (capacity not limited)" : `, ${Math.round(u * 100)} % of capacity`);
      line.append(t);
      this.flows.append(line);
    }
  }

  // Draws the corridors' background load (from /api/traffic elements) into the flows layer. Layer
  // "load": width grows with the volume (t-eq/day), colour with utilisation as for flows. Layer
  // "change": width grows with the change against the baseline, red where the scenario added load,
  // blue where it took load away (elements emptied by the scenario included). Nodes (ports,
  // borders) are rings sized the same way.
  showLoad(elements, emptied, layer) {
    this.flows.replaceChildren();
    const change = layer === "change";
    const all = change ? [...elements, ...emptied] : elements;
    const size = (e) => (change ? Math.abs(e.volume - e.baselineVolume) : e.volume);
    const shown = all.filter((e) => size(e) >= 0.5);
    const most = Math.max(...shown.map(size), 1);
    const width = (e) => 1.2 + 5 * Math.log1p(size(e)) / Math.log1p(most);
    const colour = (e) => change
      ? (e.volume > e.baselineVolume ? "#c40000" : "#1f5fa8")
      : e.utilisation >= 0.9 ? "#c40000" : e.utilisation >= 0.5 ? "#d97a00" : "#0a7d32";
    const describe = (e, where) => `${e.id} (${e.kind}) ${where}: ${Math.round(e.volume).toLocaleString("en")} of ${Math.round(e.capacity).toLocaleString("en")} t-eq/day, `
      + `${Math.round(e.utilisation * 100)} %, delay ${e.delayHours} h; baseline ${Math.round(e.baselineVolume).toLocaleString("en")}`;
    this.svg.classList.toggle("has-flows", shown.length > 0);
    const { nodeById } = this.catalog;
    // Widest first, so thin lines stay visible on top of wide ones.
    for (const e of [...shown].sort((p, q) => size(q) - size(p))) {
      let mark;
      if (e.direction) {
        const [from, to] = e.direction.split(" → ");
        const a = nodeById.get(from), b = nodeById.get(to);
        if (!a || !b) continue; // a node a scenario added: not on the base map
        const link = this.linkById.get(e.id);
        mark = el("path", {
          d: pathData(link ? this.geometry(link, from) : [[a.lat, a.lon], [b.lat, b.lon]]), class: "load-line", fill: "none",
          stroke: colour(e), "stroke-width": width(e).toFixed(2), "data-id": e.id, "data-direction": e.direction,
        });
        mark.append(el("title"));
        mark.firstChild.textContent = describe(e, `${a.name} → ${b.name}`);
      } else {
        const n = nodeById.get(e.id);
        if (!n) continue;
        mark = el("circle", { cx: x(n.lon), cy: y(n.lat), r: (1.5 + width(e)).toFixed(2), class: "load-node", fill: "none", stroke: colour(e), "stroke-width": "1.5", "data-id": e.id });
        mark.append(el("title"));
        mark.firstChild.textContent = describe(e, n.name);
      }
      this.flows.append(mark);
    }
    if (this.flows.childElementCount > 0) this.zoomTo(this.flows.getBBox());
  }

  controls() {
    const box = document.createElement("div");
    box.className = "map-controls";
    for (const [label, text, f] of [["Zoom in", "+", () => this.zoom(0.7)], ["Zoom out", "−", () => this.zoom(1 / 0.7)], ["Reset view", "⟲", () => this.reset()]]) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = text;
      b.setAttribute("aria-label", label);
      b.title = label;
      b.addEventListener("click", f);
      box.append(b);
    }
    return box;
  }

  legend() {
    const box = document.createElement("div");
    box.className = "legend";
    box.innerHTML = "<strong>Modes</strong> " + Object.entries(MODE_COLOURS).map(([m, c]) => `<span><i style="background:${c}"></i>${m}</span>`).join("")
      + " <strong>Nodes</strong> " + Object.entries(KIND_COLOURS).filter(([k]) => k !== "rail_terminal").map(([k, c]) => `<span><i class="dot" style="background:${c}"></i>${k}</span>`).join("")
      + " <span class=\"muted\">line width: capacity (t/day)</span>";
    return box;
  }

  reset() { this.view = { x: x(-5), y: y(72), w: 160 * SCALE * X_STRETCH, h: 75 * SCALE }; this.apply(); }
  apply() { const v = this.view; this.svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`); }

  zoom(factor, cx = this.view.x + this.view.w / 2, cy = this.view.y + this.view.h / 2) {
    const v = this.view;
    const w = Math.min(Math.max(v.w * factor, 10 * SCALE * X_STRETCH), 360 * SCALE * X_STRETCH);
    const f = w / v.w;
    this.view = { x: cx - (cx - v.x) * f, y: cy - (cy - v.y) * f, w, h: v.h * f };
    this.apply();
  }

  pan(dx, dy) { this.view.x += dx * this.view.w; this.view.y += dy * this.view.h; this.apply(); }

  enablePanZoom() {
    let drag = null;
    this.svg.addEventListener("pointerdown", (e) => { drag = { x: e.clientX, y: e.clientY }; this.svg.setPointerCapture(e.pointerId); });
    this.svg.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const r = this.svg.getBoundingClientRect();
      this.pan(-(e.clientX - drag.x) / r.width, -(e.clientY - drag.y) / r.height);
      drag = { x: e.clientX, y: e.clientY };
    });
    this.svg.addEventListener("pointerup", () => { drag = null; });
    this.svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      const r = this.svg.getBoundingClientRect();
      const cx = this.view.x + ((e.clientX - r.left) / r.width) * this.view.w;
      const cy = this.view.y + ((e.clientY - r.top) / r.height) * this.view.h;
      this.zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, cx, cy);
    }, { passive: false });
    this.svg.addEventListener("keydown", (e) => {
      const moves = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] };
      if (moves[e.key]) { this.pan(...moves[e.key]); e.preventDefault(); }
      else if (e.key === "+" || e.key === "=") this.zoom(0.8);
      else if (e.key === "-") this.zoom(1.25);
    });
  }
}
