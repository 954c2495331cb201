// The route planner: a question in the URL, routes drawn on the map, one leg table per route.
import { get, query } from "../api.js";
import { h, field, routeFields, routeQuestion, money, num, countryNames } from "./forms.js";

const KEYS = ["from", "to", "commodity", "tonnes", "avoidCountries", "avoidModes", "avoidChokepoints", "alternatives", "pareto", "scenario"];

export async function render(panel, ctx) {
  const p = ctx.params;
  const form = h("form", { class: "question", "aria-label": "Route question" },
    ...routeFields(p, ctx.catalog),
    field("Alternatives", h("input", { name: "alternatives", type: "number", min: "1", max: "10", value: p.get("alternatives") ?? "1" })),
    h("div", { class: "field inline" }, h("input", { type: "checkbox", id: "pareto", name: "pareto", checked: p.get("pareto") === "true" }),
      h("label", { for: "pareto", text: "Pareto set (money, time, CO2, risk) instead of alternatives" })),
    h("button", { type: "submit", text: "Find routes" }));
  const results = h("div", { id: "routes", "aria-live": "polite" });
  panel.append(h("h2", { text: "Route planner" }), form, results);

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const q = { ...routeQuestion(form), alternatives: f.get("alternatives"), pareto: f.get("pareto") ? "true" : "" };
    ctx.setParams(q);
    await plan(ctx, results);
  });
  if (p.get("from") && p.get("to")) await plan(ctx, results);
  else ctx.map.showRoutes([]);
}

async function plan(ctx, results) {
  const p = ctx.params;
  const q = Object.fromEntries(KEYS.map((k) => [k, p.get(k)]));
  results.replaceChildren(h("p", { text: "Searching…" }));
  ctx.status("");
  let answer;
  try {
    answer = await get(`/api/routes?${query(q)}`);
  } catch (e) {
    results.replaceChildren();
    ctx.status(e.message, "error");
    ctx.map.showRoutes([]);
    return;
  }
  ctx.map.showRoutes(answer.routes, countryNames(ctx.catalog, p.get("avoidCountries")));
  results.replaceChildren(h("p", { class: "summary", text: `${answer.commodity}, ${num(answer.tonnes, 3)} t from ${answer.from} to ${answer.to}; ${answer.constraints}.` }));
  if (answer.routes.length === 0) {
    results.append(h("p", { class: "no-route", text: `No route: ${answer.noRouteReason}` }));
    return;
  }
  for (const note of answer.notes) results.append(h("p", { class: "note", text: note }));
  for (const r of answer.routes) results.append(card(r));
}

function card(r) {
  const rows = r.legs.map((l, i) => h("tr", {},
    h("td", { text: String(i + 1) }), h("td", { text: l.fromName }), h("td", { text: l.toName }), h("td", { text: l.mode }),
    h("td", { class: "n", text: num(l.km, 0) }), h("td", { class: "n", text: num(l.hours / 24, 1) }), h("td", { class: "n", text: money(l.costUsd) })));
  return h("section", { class: `route-card rank-${r.rank}`, "data-rank": r.rank, "aria-label": `Route ${r.rank}` },
    h("h3", {}, h("span", { class: "swatch", "aria-hidden": "true" }), `Route ${r.rank} · ${r.family} · ${num(r.days)} days · ${money(r.costUsd)} · ${num(r.co2Kg, 0)} kg CO2 · risk ${num(r.risk * 100)} %`),
    h("p", { class: "why", text: `${r.countries.join(" → ")} by ${r.modes.join(", ")}${r.chokepoints.length ? ` via ${r.chokepoints.join(", ")}` : ""}. ${r.why}` }),
    h("table", { class: "legs" },
      h("caption", { text: `Legs of route ${r.rank}` }),
      h("thead", {}, h("tr", {}, ...["#", "from", "to", "mode", "km", "days", "cost"].map((t) => h("th", { scope: "col", text: t })))),
      h("tbody", {}, ...rows)));
}
