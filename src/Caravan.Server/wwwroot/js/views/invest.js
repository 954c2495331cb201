// Invest: which candidate projects a budget should buy (POST /api/invest, an analyst key), the budget
// frontier as an SVG chart, the portfolio with each project's benefit and why it was chosen, and the
// Monte Carlo check against the baseline. The question and the run id are in the URL.
import { get, post } from "../api.js";
import { h, field, money, num } from "./forms.js";

const SVG = "http://www.w3.org/2000/svg";
const svgEl = (name, attrs = {}, text) => {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};
const usd = (v) => (v === null || v === undefined ? "—" : Math.abs(v) >= 1e9 ? `US$${num(v / 1e9, 2)} bn` : Math.abs(v) >= 1e6 ? `US$${num(v / 1e6, 2)} m` : money(v));

export async function render(panel, ctx) {
  const p = ctx.params;
  const input = (name, attrs = {}) => h("input", { name, ...attrs, value: p.get(name) ?? attrs.value ?? "" });
  const objective = h("select", { name: "objective" },
    h("option", { value: "cost", text: "least expected annual cost" }), h("option", { value: "served", text: "most expected demand served" }));
  objective.value = p.get("objective") ?? "cost";
  const form = h("form", { class: "question", "aria-label": "Invest" },
    field("Budget, US$", input("budget", { type: "number", min: "0", step: "any", placeholder: "no limit" })),
    field("Yearly budget, US$", input("yearlyBudget", { type: "number", min: "0", step: "any", placeholder: "none" })),
    field("Scenarios", input("scenarios", { placeholder: "baseline@0.5, china-gallium-export-ban@0.5" }),
      "name[+name][@probability], comma-separated; empty = every dataset scenario, baseline 0.5"),
    field("Objective", objective),
    field("Sweep, US$ (min:max:step)", input("sweep", { placeholder: "0:1e9:2.5e8" })),
    field("Check replications", input("checkRuns", { type: "number", min: "0", value: "200" }), "Monte Carlo check against the baseline; 0 skips it"),
    field("Seed", input("seed", { type: "number", min: "0", value: "1" })),
    h("button", { type: "submit", text: "Run invest" }));
  const progress = h("div", { class: "progress", "aria-live": "polite" });
  const results = h("div", { id: "invest-results" });
  const candidates = h("details", { class: "candidates" }, h("summary", { text: "Candidate projects" }));
  panel.append(h("h2", { text: "Invest" }), form, progress, results, candidates);
  ctx.map.showRoutes([]);

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const state = Object.fromEntries(["budget", "yearlyBudget", "scenarios", "objective", "sweep", "checkRuns", "seed"].map((k) => [k, String(f.get(k) ?? "").trim()]));
    try {
      const run = await post("/api/invest", body(state));
      ctx.setParams({ ...state, run: run.id });
      await follow(ctx, run.id, progress, results);
    } catch (err) {
      ctx.status(err.message, "error");
    }
  });
  get("/api/projects").then((list) => {
    candidates.querySelector("summary").textContent = `Candidate projects (${list.length})`;
    candidates.append(table(["project", "country", "capex", "build years", "what it changes"],
      list.map((c) => [`${c.name} (${c.id})`, c.country, usd(c.capexUsd), String(c.buildYears), c.edits.join("; ")]), "Candidate projects"));
  }).catch((err) => ctx.status(err.message, "error"));
  if (p.get("run")) await follow(ctx, p.get("run"), progress, results);
}

// The request body from the form's text; empty fields are left to the server's defaults.
function body(s) {
  const b = {};
  if (s.budget) b.budget = Number(s.budget);
  if (s.yearlyBudget) b.yearlyBudget = Number(s.yearlyBudget);
  if (s.scenarios) b.scenarios = s.scenarios.split(",").map((x) => x.trim()).filter(Boolean);
  if (s.objective) b.objective = s.objective;
  if (s.sweep) {
    const [min, max, step] = s.sweep.split(":").map(Number);
    b.sweep = { min, max, step };
  }
  if (s.checkRuns !== "") b.checkRuns = Number(s.checkRuns);
  if (s.seed !== "") b.seed = Number(s.seed);
  return b;
}

async function follow(ctx, id, progress, results) {
  const bar = h("progress", { max: "1", value: "0", "aria-label": "Invest progress" });
  const text = h("span", { text: "queued" });
  progress.replaceChildren(h("p", {}, `Run ${id.slice(0, 8)}: `, text), bar);
  results.replaceChildren();
  let run;
  for (;;) {
    run = await get(`/api/invest/${id}`);
    bar.value = run.progress;
    text.textContent = `${run.status} (${Math.round(run.progress * 100)} %)`;
    if (["succeeded", "failed", "cancelled"].includes(run.status)) break;
    await new Promise((r) => setTimeout(r, 400));
  }
  if (run.status !== "succeeded") {
    ctx.status(`The invest run ${run.status}${run.error ? `: ${run.error}` : ""}.`, run.status === "failed" ? "error" : "info");
    return;
  }
  show(await get(`/api/invest/${id}/results`), results);
}

function show(r, results) {
  const chosen = r.projects.filter((x) => x.chosen);
  const left = r.projects.filter((x) => !x.chosen);
  const parts = [
    h("h3", { text: `Portfolio (${r.status}, optimised for ${r.objectiveKind === "served" ? "demand served" : "cost"})` }),
    h("p", { class: "summary", text: r.objective === null ? "No portfolio meets the budgets and rules."
      : `Expected annual total cost ${usd(r.objective)}/yr against ${usd(r.baselineObjective)}/yr with no project; `
        + `expected demand served ${num(r.expectedServedTonnes, 0)} t/yr. Scenarios: ${r.scenarios.map((s) => `${s.name} ${num(s.probability, 3)}`).join(", ")}.` }),
  ];
  parts.push(chosen.length === 0 ? h("p", { text: "The portfolio is empty: no candidate is worth its cost under these scenarios." })
    : table(["project", "capex", "annual cost", "benefit /yr", "alone /yr", "start", "why chosen"],
      chosen.map((x) => [`${x.name} (${x.id})`, usd(x.capexUsd), usd(x.annualCostUsd), usd(x.benefitUsd), usd(x.benefitAloneUsd),
        x.startYear === null ? "" : `year ${x.startYear}`, x.why]), "Portfolio", "portfolio"));
  if (r.frontier.length > 0) parts.push(h("h3", { text: "Budget frontier" }), frontier(r.frontier));
  if (r.check) parts.push(...check(r.check));
  if (left.length > 0) {
    parts.push(h("details", {}, h("summary", { text: `Left out (${left.length})` }),
      table(["project", "capex", "annual cost", "alone /yr", "why not"],
        left.map((x) => [`${x.name} (${x.id})`, usd(x.capexUsd), usd(x.annualCostUsd), usd(x.benefitAloneUsd), x.why]), "Candidates left out")));
  }
  results.replaceChildren(...parts);
}

function check(c) {
  if (c.skipped) return [h("h3", { text: "Monte Carlo check" }), h("p", { text: c.skipped })];
  const pair = (a, b, d, digits = 2) => `${a === null || a === undefined ? "—" : num(a, digits)} → ${b === null || b === undefined ? "—" : num(b, digits)}`
    + (d !== null && d !== undefined && Math.abs(d) >= 0.005 ? ` (${d > 0 ? "+" : ""}${num(d, digits)})` : "");
  const rows = c.scenarios.flatMap((s) => s.ods.map((o) => [s.scenario, o.commodity, `${o.from} → ${o.to}`,
    pair(o.baseline?.meanDays, o.portfolio?.meanDays, o.change.meanDays), pair(o.baseline?.p95Days, o.portfolio?.p95Days, o.change.p95Days),
    pair(o.baseline?.p99Days, o.portfolio?.p99Days, o.change.p99Days),
    pair(o.baseline?.stockoutProbability, o.portfolio?.stockoutProbability, o.change.stockoutProbability)]));
  return [h("h3", { text: `Monte Carlo check: ${c.runs} replications a side, seed ${c.seed}, common random numbers` }),
    table(["scenario", "commodity", "pair", "mean days", "P95 days", "P99 days", "stock-out probability"], rows,
      "Lead time and stock-outs without → with the portfolio", "check")];
}

// A table in a box that scrolls sideways when the panel is narrow (set through the CSSOM: the page's
// Content-Security-Policy refuses style attributes).
function table(headers, rows, caption, cls = "") {
  const box = h("div", { class: "table-box" }, h("table", { class: `stats ${cls}` }, h("caption", { text: caption }),
    h("thead", {}, h("tr", {}, ...headers.map((t) => h("th", { scope: "col", text: t })))),
    h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((v) => h("td", { text: v })))))));
  box.style.overflowX = "auto";
  return box;
}

// Optimal expected annual cost against budget: a step line through the solved points.
function frontier(points) {
  const solved = points.filter((f) => f.objective !== null);
  const W = 640, H = 260, L = 96, B = 40, T = 16, R = 40;
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart frontier", role: "img", "aria-label": "Budget frontier" });
  svg.append(svgEl("title", {}, "Budget frontier: optimal expected annual cost against budget"));
  if (solved.length === 0) return svg;
  const xs = solved.map((f) => f.budgetUsd), ys = solved.map((f) => f.objective);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const sx = (v) => L + ((v - x0) / (x1 - x0 || 1)) * (W - L - R);
  const sy = (v) => (y1 === y0 ? (T + H - B) / 2 : H - B - ((v - y0) / (y1 - y0)) * (H - B - T));
  svg.append(svgEl("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }), svgEl("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
  svg.append(svgEl("polyline", { points: solved.map((f) => `${sx(f.budgetUsd)},${sy(f.objective)}`).join(" "), class: "frontier-line", fill: "none", stroke: "currentColor" }));
  for (const f of solved) {
    const c = svgEl("circle", { cx: sx(f.budgetUsd), cy: sy(f.objective), r: 4, class: "bar" });
    c.append(svgEl("title", {}, `budget ${usd(f.budgetUsd)}: ${usd(f.objective)}/yr, ${num(f.expectedServedTonnes ?? 0, 0)} t/yr served`));
    svg.append(c);
  }
  for (const v of [x0, x1]) svg.append(svgEl("text", { x: sx(v), y: H - B + 16, "text-anchor": "middle", class: "tick" }, usd(v)));
  svg.append(svgEl("text", { x: L - 6, y: sy(y1) + 4, "text-anchor": "end", class: "tick" }, usd(y1)));
  svg.append(svgEl("text", { x: L - 6, y: sy(y0) + 4, "text-anchor": "end", class: "tick" }, usd(y0)));
  svg.append(svgEl("text", { x: (L + W - R) / 2, y: H - 6, "text-anchor": "middle", class: "label" }, "budget"));
  svg.append(svgEl("text", { x: 12, y: (H - B) / 2, transform: `rotate(-90 12 ${(H - B) / 2})`, "text-anchor": "middle", class: "label" }, "expected annual cost /yr"));
  return svg;
}
