// Simulation: start a discrete-event Monte Carlo run (needs an analyst key) of lots moving from
// supply to demand under the chosen scenario, follow its progress, cancel it, and read lead times
// per origin-destination pair with a histogram and CDF. The run id is in the URL, so a finished run can be shared.
import { get, post } from "../api.js";
import { h, field, num } from "./forms.js";
import { histogram, cdf } from "../charts.js";
import { follow } from "./runprogress.js";

export async function render(panel, ctx) {
  const p = ctx.params;
  ctx.map.showRoutes([]);
  const commodity = h("select", { name: "commodity" }, h("option", { value: "", text: "every commodity" }));
  for (const c of ctx.catalog.commodities) commodity.append(h("option", { value: c.id, text: c.name, selected: c.id === p.get("commodity") }));
  const form = h("form", { class: "question", "aria-label": "Simulation" },
    field("Commodity", commodity),
    field("Replications", h("input", { name: "replications", type: "number", min: "1", value: p.get("replications") ?? "200" })),
    field("Horizon, days", h("input", { name: "horizonDays", type: "number", min: "1", step: "any", value: p.get("horizonDays") ?? "365" })),
    field("Seed", h("input", { name: "seed", type: "number", min: "0", value: p.get("seed") ?? "1" })),
    h("button", { type: "submit", text: "Start simulation" }));
  const progress = h("div", { class: "progress", "aria-live": "polite" });
  const results = h("div", { id: "simulation-results" });
  panel.append(h("h2", { text: "Simulation" }),
    h("p", { text: `Lots of ${p.get("scenario") ? `scenario ${p.get("scenario").split(",").join(" + ")}` : "the baseline"} move from supply to demand points through queues, schedules, border dwell and closures, many times over.` }),
    form, progress, results);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const body = { commodity: f.get("commodity") || undefined, replications: Number(f.get("replications")), horizonDays: Number(f.get("horizonDays")), seed: Number(f.get("seed")), scenario: p.get("scenario") || undefined };
    if (body.horizonDays <= 60) body.warmupDays = 0;
    try {
      const run = await post("/api/simulations", body);
      ctx.setParams({ commodity: body.commodity, replications: body.replications, horizonDays: body.horizonDays, seed: body.seed, run: run.id });
      await show(ctx, run.id, progress, results);
    } catch (err) {
      ctx.status(err.message, "error");
    }
  });
  if (p.get("run")) await show(ctx, p.get("run"), progress, results);
}

async function show(ctx, id, progress, results) {
  results.replaceChildren();
  const run = await follow(ctx, "/api/simulations", id, progress, "Simulation");
  if (run.status !== "succeeded") return;
  const r = await get(`/api/simulations/${id}/results`);
  const m = r.manifest;
  const pairs = r.odPairs;
  const pick = h("select", { name: "pair" }, h("option", { value: "-1", text: "every pair together" }),
    ...pairs.map((o, i) => h("option", { value: String(i), text: `${o.commodity}: ${nodeName(ctx, o.from)} → ${nodeName(ctx, o.to)}` })));
  const plots = h("div", { class: "plots" });
  const draw = () => {
    const i = Number(pick.value);
    const hist = i < 0 ? r.histogram : r.odHistograms[i];
    const lead = i < 0 ? null : pairs[i].leadTimeDays;
    if (hist.bins.length === 0) { plots.replaceChildren(h("p", { text: "No lot of this pair arrived within the horizon." })); return; }
    const marks = lead ? [{ value: lead.p50, label: "p50" }, { value: lead.p95, label: "p95" }] : [];
    plots.replaceChildren(histogram(hist.bins, { title: "Lead-time histogram", marks }), cdf(hist.bins, { title: "Lead-time CDF", marks }));
  };
  pick.addEventListener("change", draw);
  const pct = (v) => (v === null || v === undefined ? "—" : `${num(v * 100)} %`);
  results.replaceChildren(
    h("h3", { text: `${num(m.replications, 0)} replications of ${num(m.horizonDays, 0)} days, scenario ${m.scenario}, seed ${m.seed}` }),
    h("table", { class: "stats odpairs" }, h("caption", { text: "Lead time per origin–destination pair, days" }),
      h("thead", {}, h("tr", {}, ...["pair", "delivered t", "mean", "p50", "p90", "p95", "p99", "on time", "stock-out"].map((t) => h("th", { scope: "col", text: t })))),
      h("tbody", {}, ...pairs.map((o) => {
        const l = o.leadTimeDays;
        return h("tr", {}, h("th", { scope: "row", text: `${o.commodity}: ${nodeName(ctx, o.from)} → ${nodeName(ctx, o.to)}` }), h("td", { class: "n", text: num(o.deliveredTonnes, 0) }),
          ...(l ? [l.mean, l.p50, l.p90, l.p95, l.p99].map((v) => h("td", { class: "n", text: num(v) })) : [h("td", { colspan: "5", text: "nothing arrived" })]),
          h("td", { class: "n", text: pct(o.onTimeRate) }), h("td", { class: "n", text: pct(o.stockoutProbability) }));
      }))),
    field("Plot", pick), plots);
  draw();
}

const nodeName = (ctx, id) => ctx.catalog.nodeById.get(id)?.name ?? id;
