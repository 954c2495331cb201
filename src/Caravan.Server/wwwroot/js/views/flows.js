// Flows on the scenarios page: least-cost flows under the ticked scenarios (composed), or the same
// question under each scenario compared with the baseline. Runs in the background (analyst key);
// shows cost, unmet demand and bottlenecks (table and SVG bars) and draws link utilisation on the map.
import { get, post } from "../api.js";
import { h, field, money, num } from "./forms.js";
import { bars } from "../charts.js";
import { follow } from "./runprogress.js";

export function flowForm(ctx, ticked) {
  const p = ctx.params;
  const commodity = h("select", { name: "flowCommodity" }, h("option", { value: "", text: "every commodity" }));
  for (const c of ctx.catalog.commodities) commodity.append(h("option", { value: c.id, text: c.name, selected: c.id === p.get("flowCommodity") }));
  const period = h("select", { name: "period" }, ...["year", "quarter", "month"].map((v) => h("option", { value: v, text: v, selected: v === (p.get("period") ?? "year") })));
  const run = h("button", { type: "submit", text: "Run flows under the ticked scenarios" });
  const compare = h("button", { type: "button", class: "secondary", text: "Compare flows under each" });
  const progress = h("div", { class: "progress", "aria-live": "polite" });
  const results = h("div", { id: "flow-results" });
  const form = h("form", { class: "flow-question", "aria-label": "Flows" },
    h("h3", { text: "Flows: how supply splits across corridors" }),
    h("p", { text: "Least-cost flows of the period's supply to demand, within link and node capacity. Needs an analyst key." }),
    field("Flow commodity", commodity), field("Period", period), h("div", { class: "buttons" }, run, compare));
  const options = () => ({ commodity: commodity.value || undefined, period: period.value });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    await start(ctx, "/api/flows", { ...options(), scenario: ticked().join(",") || undefined }, progress, results, (r) => showFlow(ctx, r, results));
  });
  compare.addEventListener("click", async () => {
    const sets = ["baseline", ...ticked().filter((s) => s !== "baseline")];
    if (sets.length < 2) { ctx.status("Tick at least one scenario to compare with the baseline.", "error"); return; }
    await start(ctx, "/api/flows/compare", { ...options(), scenarios: sets }, progress, results, (r) => showComparison(ctx, r, results));
  });
  return h("div", {}, form, progress, results);
}

async function start(ctx, path, body, progress, results, show) {
  try {
    results.replaceChildren();
    const run = await post(path, body);
    const done = await follow(ctx, "/api/flows", run.id, progress, "Flow run");
    if (done.status === "succeeded") show(await get(`/api/flows/${run.id}/results`));
  } catch (e) {
    ctx.status(e.message, "error");
  }
}

function showFlow(ctx, r, box) {
  ctx.map.showFlows(r.flows);
  const c = r.cost;
  const costs = [["freight", c.freightUsd], ["handling", c.handlingUsd], ["time value", c.timeUsd], ["CO₂", c.co2Usd], ["risk", c.riskUsd], ["unmet penalty", c.penaltyUsd]]
    .map(([label, value]) => ({ label, value: Math.max(0, value) / 1e6 }));
  const necks = r.bottlenecks.slice(0, 12);
  box.replaceChildren(
    h("table", { class: "stats flow-summary" }, h("caption", { text: `Flows under ${r.scenario} over ${num(r.periodDays, 0)} days (${r.status})` }),
      h("thead", {}, h("tr", {}, ...["total cost", "demand", "unmet", "links used"].map((t) => h("th", { scope: "col", text: t })))),
      h("tbody", {}, h("tr", {}, h("td", { class: "n", text: r.totalCostUsd === null ? "—" : money(r.totalCostUsd) }),
        h("td", { class: "n", text: `${num(r.demandTonnes, 0)} t` }), h("td", { class: "n unmet", text: `${num(r.unmetTonnes, 0)} t` }),
        h("td", { class: "n", text: String(new Set(r.flows.map((f) => f.link)).size) })))),
    bars(costs, { unit: " M US$", title: "Cost breakdown, million US$" }),
    necks.length === 0
      ? h("p", { text: "No bottleneck: no capacity limit binds." })
      : h("div", {},
        h("table", { class: "bottlenecks" }, h("caption", { text: "Bottlenecks: what one more unit per day of capacity (t, TEU or wagon) would save" }),
          h("thead", {}, h("tr", {}, ...["where", "kind", "US$ per unit/day", "capacity per day", "use"].map((t) => h("th", { scope: "col", text: t })))),
          h("tbody", {}, ...necks.map((b) => h("tr", {}, h("th", { scope: "row", text: b.id }), h("td", { text: b.kind }),
            h("td", { class: "n", text: `${num(b.dualUsdPerUnitPerDay)} per ${b.capacityUnit}` }), h("td", { class: "n", text: `${num(b.capacityPerDay, 0)} ${b.capacityUnit ?? "t"}` }),
            h("td", { class: "n", text: `${num(b.utilisation * 100, 0)} %` }))))),
        bars(necks.map((b) => ({ label: `${b.id} (per ${b.capacityUnit})`, value: b.dualUsdPerUnitPerDay })), { unit: " US$", title: "Bottleneck value, US$ per unit of capacity per day" })));
}

function showComparison(ctx, r, box) {
  ctx.map.showFlows([]);
  box.replaceChildren(
    h("table", { class: "flow-compare" }, h("caption", { text: "The same flow question under each scenario (first = reference)" }),
      h("thead", {}, h("tr", {}, ...["scenario", "status", "total cost", "Δ cost", "unmet", "Δ unmet", "bottlenecks"].map((t) => h("th", { scope: "col", text: t })))),
      h("tbody", {}, ...r.scenarios.map((s) => h("tr", {}, h("th", { scope: "row", text: s.scenario }), h("td", { text: s.status }),
        h("td", { class: "n", text: s.totalCostUsd === null ? "—" : money(s.totalCostUsd) }),
        h("td", { class: "n", text: s.deltaCostUsd === null ? "—" : money(s.deltaCostUsd) }),
        h("td", { class: "n", text: `${num(s.unmetTonnes, 0)} t` }), h("td", { class: "n", text: `${num(s.deltaUnmetTonnes, 0)} t` }),
        h("td", { text: s.bottlenecks.slice(0, 3).map((b) => b.id).join(", ") || "none" }))))),
    bars(r.scenarios.map((s) => ({ label: s.scenario, value: (s.totalCostUsd ?? 0) / 1e6 })), { unit: " M US$", title: "Total cost per scenario, million US$" }),
    r.newBottlenecks.length === 0 ? h("p", { text: "No new bottleneck under the scenarios." })
      : h("p", { text: `New bottlenecks: ${r.newBottlenecks.map((n) => `${n.id} (${n.scenario})`).join(", ")}` }));
}
