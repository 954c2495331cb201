// Corridor load: the background freight at equilibrium (GET /api/traffic) under the chosen scenario.
// The map draws every loaded element — line width by volume, colour by utilisation — or, with
// "change against the baseline", what the scenario added to or took from each element. The tables
// give the corridor families' volumes and diversion, and the elements most utilised first.
// Scenario, year and layer live in the URL like every other view's question.
import { get, query } from "../api.js";
import { h, field, num } from "./forms.js";

const LAYERS = [["load", "Load and utilisation"], ["change", "Change against the baseline"]];

export async function render(panel, ctx) {
  const p = ctx.params;
  ctx.map.showRoutes([]);
  const scenario = p.get("scenario") ?? "";
  const layer = p.get("layer") === "change" ? "change" : "load";
  const list = await get("/api/scenarios");
  const pick = h("select", { name: "scenario" }, h("option", { value: "", text: "baseline" }));
  for (const s of list.filter((s) => s.id !== "baseline")) pick.append(h("option", { value: s.id, text: s.id, selected: s.id === scenario }));
  // A composed choice from the Scenarios page stays selectable as it is.
  if (scenario && !list.some((s) => s.id === scenario)) pick.append(h("option", { value: scenario, text: scenario.split(",").join(" + "), selected: true }));
  const year = h("input", { name: "year", type: "number", min: "2000", max: "2100", step: "1", value: p.get("year") ?? "", placeholder: "each row's own year" });
  const layers = h("fieldset", { class: "checks layer" }, h("legend", { text: "Map shows" }),
    ...LAYERS.map(([value, label]) => h("span", {},
      h("input", { type: "radio", name: "layer", id: `layer-${value}`, value, checked: value === layer }), h("label", { for: `layer-${value}`, text: label }))));
  const form = h("form", { class: "question traffic-question", "aria-label": "Corridor load" },
    field("Scenario", pick), field("Year", year, "carry every freight row to this year at its own growth rate"), layers,
    h("button", { type: "submit", text: "Show the load" }));
  const results = h("div", { id: "traffic-results", "aria-live": "polite" });
  panel.append(h("h2", { text: "Corridor load" }),
    h("p", { text: "The corridors' other freight — containers, bulk and liquids between places — assigned at equilibrium with congestion, under the scenario, beside the baseline. The minerals plan on what it leaves." }),
    form, results);
  const chosen = () => ({ scenario: pick.value || null, year: year.value || null, layer: form.querySelector("input[name=layer]:checked").value });
  // The scenario switch answers at once and the layer toggle redraws what is there; the year waits for the button.
  let answer = null;
  pick.addEventListener("change", () => ctx.go("traffic", chosen()));
  form.addEventListener("submit", (e) => { e.preventDefault(); ctx.go("traffic", chosen()); });
  for (const r of layers.querySelectorAll("input")) {
    r.addEventListener("change", () => {
      ctx.setParams(chosen(), { push: false });
      if (answer) draw(ctx, results, answer, r.value);
    });
  }

  results.append(h("p", { class: "muted", text: "Assigning the freight…" }));
  answer = await get(`/api/traffic?${query({ scenario, year: p.get("year") })}`);
  draw(ctx, results, answer, layer);
}

function draw(ctx, box, a, layer) {
  if (!box.isConnected) return; // the user moved on before the answer came
  ctx.map.showLoad(a.elements, a.emptied ?? [], layer);
  box.replaceChildren(
    h("p", { class: "traffic-status", text: `${a.scenario}${a.year ? `, ${a.year}` : ""}: ${a.status}, relative gap ${a.relativeGap.toExponential(1)} after ${a.iterations} iterations.` }),
    key(layer), families(a), elements(a, layer), unserved(a));
}

function key(layer) {
  const item = (colour, text) => [h("i", { style: `background:${colour}` }), text];
  const items = layer === "change"
    ? [...item("#c40000", "more load than the baseline"), ...item("#1f5fa8", "less load")]
    : [...item("#0a7d32", "under 50 % of capacity"), ...item("#d97a00", "50–90 %"), ...item("#c40000", "90 % and over")];
  return h("p", { class: "load-key" }, h("strong", { text: layer === "change" ? "Line width: change in load. " : "Line width: load. " }), ...items);
}

function families(a) {
  const signed = (v) => `${v > 0 ? "+" : ""}${num(v, 0)}`;
  return h("table", { class: "families" }, h("caption", { text: "Corridor families: freight crossing each cut, both ways, a year" }),
    h("thead", {}, h("tr", {}, ...["family", "t/yr", "TEU/yr", "baseline t/yr", "diverted t/yr"].map((t) => h("th", { scope: "col", text: t })))),
    h("tbody", {}, ...a.corridors.map((c) => h("tr", { "data-family": c.family },
      h("th", { scope: "row", text: c.family, title: c.name }),
      h("td", { class: "n", text: num(c.tonnesPerYear, 0) }), h("td", { class: "n", text: num(c.teuPerYear, 0) }),
      h("td", { class: "n", text: num(c.baselineTonnesPerYear, 0) }),
      h("td", { class: `n ${c.divertedTonnesPerYear > 0 ? "gain" : c.divertedTonnesPerYear < 0 ? "loss" : ""}`, text: signed(c.divertedTonnesPerYear) })))));
}

// The elements most utilised first, or with the change layer those that changed most.
function elements(a, layer) {
  const rows = layer === "change"
    ? [...a.elements, ...(a.emptied ?? [])].filter((e) => Math.abs(e.volume - e.baselineVolume) >= 0.5)
      .sort((x, y) => Math.abs(y.volume - y.baselineVolume) - Math.abs(x.volume - x.baselineVolume))
    : a.elements;
  const shown = rows.slice(0, 25);
  const caption = layer === "change"
    ? `Elements whose load changed against the baseline (${shown.length} of ${rows.length}), t-eq/day`
    : `Loaded elements, most utilised first (${shown.length} of ${rows.length}), t-eq/day`;
  return h("table", { class: "elements" }, h("caption", { text: caption }),
    h("thead", {}, h("tr", {}, ...["element", "kind", "volume", "capacity", "use", "delay, h", "baseline", "change"].map((t) => h("th", { scope: "col", text: t })))),
    h("tbody", {}, ...shown.map((e) => {
      const change = e.volume - e.baselineVolume;
      return h("tr", { "data-id": e.id },
        h("th", { scope: "row", text: e.direction ? `${e.id} (${e.direction})` : e.id }), h("td", { text: e.kind }),
        h("td", { class: "n", text: num(e.volume, 0) }), h("td", { class: "n", text: num(e.capacity, 0) }),
        h("td", { class: "n", text: `${num(e.utilisation * 100, 0)} %` }), h("td", { class: "n", text: num(e.delayHours) }),
        h("td", { class: "n", text: num(e.baselineVolume, 0) }),
        h("td", { class: `n ${change > 0.5 ? "gain" : change < -0.5 ? "loss" : ""}`, text: `${change > 0 ? "+" : ""}${num(change, 0)}` }));
    })));
}

function unserved(a) {
  if (a.unserved.length === 0) return h("p", { text: "All the freight finds a route under the scenario." });
  return h("p", { class: "unmet", text: `No route under the scenario: ${a.unserved.map((u) => `${u.origin} → ${u.destination} (${num(u.quantityPerYear, 0)} ${u.cargo === "container" ? "TEU" : "t"}/yr ${u.cargo})`).join("; ")}.` });
}
