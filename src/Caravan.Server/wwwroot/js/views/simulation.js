// Simulation: start a Monte Carlo run (needs an analyst key), follow its progress, cancel it, and
// read the lead-time histogram. The run id is in the URL, so a finished run can be shared.
import { get, post, query } from "../api.js";
import { h, field, routeFields, routeQuestion, num } from "./forms.js";
import { histogram } from "../charts.js";

export async function render(panel, ctx) {
  const p = ctx.params;
  const form = h("form", { class: "question", "aria-label": "Simulation" },
    ...routeFields(p, ctx.catalog),
    field("Replications", h("input", { name: "replications", type: "number", min: "1", value: p.get("replications") ?? "2000" })),
    field("Seed", h("input", { name: "seed", type: "number", value: p.get("seed") ?? "1" })),
    field("Promised lead time, days (optional)", h("input", { name: "onTimeDays", type: "number", min: "0", step: "any", value: p.get("onTimeDays") ?? "" })),
    h("button", { type: "submit", text: "Start simulation" }));
  const progress = h("div", { class: "progress", "aria-live": "polite" });
  const results = h("div", { id: "simulation-results" });
  panel.append(h("h2", { text: "Simulation" }), form, progress, results);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const body = { ...routeQuestion(form), replications: Number(f.get("replications")), seed: Number(f.get("seed")), scenario: p.get("scenario") ?? "" };
    if (f.get("onTimeDays")) body.onTimeDays = Number(f.get("onTimeDays"));
    for (const k of Object.keys(body)) if (body[k] === "") delete body[k];
    try {
      const run = await post("/api/simulations", { ...body, tonnes: body.tonnes ? Number(body.tonnes) : undefined });
      ctx.setParams({ ...routeQuestion(form), replications: body.replications, seed: body.seed, onTimeDays: f.get("onTimeDays"), run: run.id });
      await follow(ctx, run.id, progress, results);
    } catch (err) {
      ctx.status(err.message, "error");
    }
  });
  if (p.get("run")) await follow(ctx, p.get("run"), progress, results);
  else ctx.map.showRoutes([]);
}

async function follow(ctx, id, progress, results) {
  const bar = h("progress", { max: "1", value: "0", "aria-label": "Simulation progress" });
  const text = h("span", { text: "queued" });
  const cancel = h("button", { type: "button", class: "secondary", text: "Cancel" });
  cancel.addEventListener("click", async () => { try { await post(`/api/simulations/${id}/cancel`); } catch (e) { ctx.status(e.message, "error"); } });
  progress.replaceChildren(h("p", {}, `Run ${id.slice(0, 8)}: `, text), bar, cancel);
  results.replaceChildren();
  let run;
  for (;;) {
    run = await get(`/api/simulations/${id}`);
    bar.value = run.progress;
    text.textContent = `${run.status} (${Math.round(run.progress * 100)} %)`;
    if (["succeeded", "failed", "cancelled"].includes(run.status)) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  cancel.remove();
  if (run.status !== "succeeded") {
    ctx.status(`The simulation ${run.status}${run.error ? `: ${run.error}` : ""}.`, run.status === "failed" ? "error" : "info");
    return;
  }
  const r = await get(`/api/simulations/${id}/results`);
  ctx.map.showRoutes([r.route]);
  const s = r.leadTimeDays;
  results.replaceChildren(
    h("h3", { text: `Lead time over ${num(r.replications, 0)} replications (seed ${r.seed})` }),
    h("p", { text: `Route: ${r.route.countries.join(" → ")} (${r.route.family}). Method: ${r.method}.` }),
    h("table", { class: "stats" }, h("caption", { text: "Lead time, days" }),
      h("thead", {}, h("tr", {}, ...["mean", "p50", "p90", "p95", "p99", "min", "max", "on time"].map((t) => h("th", { scope: "col", text: t })))),
      h("tbody", {}, h("tr", {}, ...[s.mean, s.p50, s.p90, s.p95, s.p99, s.min, s.max].map((v) => h("td", { class: "n", text: num(v) })),
        h("td", { class: "n", text: r.onTimeRate === null ? "—" : `${num(r.onTimeRate * 100)} % within ${num(r.onTimeDays)} d` })))),
    histogram(r.histogram.bins, { title: "Lead-time histogram", marks: [{ value: s.p50, label: "p50" }, { value: s.p95, label: "p95" }] }));
}
