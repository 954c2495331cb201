// Scenarios: pick one or compose several (the choice travels in the URL to the planner and the
// simulation), compare the current route question under each, write and store your own.
import { get, post, del, query } from "../api.js";
import { h, field, money, num } from "./forms.js";
import { flowForm } from "./flows.js";

const TEMPLATE = JSON.stringify({ name: "my-scenario", description: "What it models and where its figures come from.", edits: [{ type: "close", countries: ["RU"] }] }, null, 2);

export async function render(panel, ctx) {
  ctx.map.showRoutes([]);
  ctx.map.showFlows([]);
  const chosen = new Set((ctx.params.get("scenario") ?? "").split(",").filter(Boolean));
  const list = await get("/api/scenarios");
  panel.append(h("h2", { text: "Scenarios" }),
    h("p", { text: "Tick one scenario to use it, or several to compose them in order. The choice is part of the page address, so the planner and the simulation use it, and a link carries it." }));
  const form = h("form", { class: "scenario-list", "aria-label": "Choose scenarios" });
  const table = h("table", {}, h("caption", { text: "Scenarios you can use" }),
    h("thead", {}, h("tr", {}, ...["use", "scenario", "edits", "owner", "description", ""].map((t) => h("th", { scope: "col", text: t })))));
  const body = h("tbody");
  if (list.length === 0) body.append(h("tr", {}, h("td", { colspan: "6", text: "No scenarios yet: write one below." })));
  for (const s of list) {
    const id = `use-${s.id}`;
    const remove = s.builtIn ? "" : h("button", { type: "button", class: "link", text: "delete", "aria-label": `Delete ${s.id}` });
    if (remove) remove.addEventListener("click", async () => {
      try { await del(`/api/scenarios/${encodeURIComponent(s.id)}`); ctx.status(`Deleted ${s.id}.`); ctx.go("scenarios"); } catch (e) { ctx.status(e.message, "error"); }
    });
    body.append(h("tr", {},
      h("td", {}, h("input", { type: "checkbox", id, value: s.id, checked: chosen.has(s.id), name: "use" })),
      h("td", {}, h("label", { for: id, text: s.id })),
      h("td", { class: "n", text: String(s.edits) }),
      h("td", { text: s.builtIn ? "built in" : `${s.owner}${s.shared ? " (shared)" : " (private)"}` }),
      h("td", { text: s.description }), h("td", {}, remove)));
  }
  table.append(body);
  const use = h("button", { type: "submit", text: "Use the ticked scenarios" });
  const baseline = h("button", { type: "button", class: "secondary", text: "Back to baseline" });
  const compare = h("button", { type: "button", class: "secondary", text: "Compare routes under each" });
  form.append(table, h("div", { class: "buttons" }, use, baseline, compare));
  const comparison = h("div", { "aria-live": "polite" });
  panel.append(form, comparison);

  const ticked = () => [...form.querySelectorAll("input[name=use]:checked")].map((i) => i.value);
  form.addEventListener("submit", (e) => { e.preventDefault(); ctx.setParams({ scenario: ticked().join(",") }); ctx.status(`Using ${ticked().join(" + ") || "baseline"}.`); });
  baseline.addEventListener("click", () => { form.querySelectorAll("input[name=use]").forEach((i) => (i.checked = false)); ctx.setParams({ scenario: null }); ctx.status("Using baseline."); });
  compare.addEventListener("click", () => compareRoutes(ctx, ["baseline", ...ticked()], comparison));
  panel.append(flowForm(ctx, ticked));

  const editor = h("textarea", { name: "document", rows: "10", spellcheck: "false", text: TEMPLATE });
  const shared = h("input", { type: "checkbox", id: "shared", name: "shared" });
  const validate = h("button", { type: "button", class: "secondary", text: "Validate" });
  const save = h("button", { type: "submit", text: "Save (needs an analyst key)" });
  const create = h("form", { class: "scenario-editor", "aria-label": "Write a scenario" },
    h("h3", { text: "Write a scenario" }), field("Scenario document (JSON, as in docs/scenarios.md)", editor),
    h("div", { class: "field inline" }, shared, h("label", { for: "shared", text: "Share with every reader" })),
    h("div", { class: "buttons" }, validate, save));
  panel.append(create);
  const parse = () => { try { return JSON.parse(editor.value); } catch (e) { ctx.status(`not valid JSON: ${e.message}`, "error"); return null; } };
  validate.addEventListener("click", async () => {
    const doc = parse(); if (!doc) return;
    const v = await post("/api/scenarios/validate", { scenario: doc });
    ctx.status(v.valid ? "The scenario is valid." : v.problems.map((p) => `${p.field}: ${p.message}`).join("; "), v.valid ? "info" : "error");
  });
  create.addEventListener("submit", async (e) => {
    e.preventDefault();
    const doc = parse(); if (!doc) return;
    try { await post("/api/scenarios", { scenario: doc, shared: shared.checked }); ctx.status(`Saved ${doc.name}.`); ctx.go("scenarios"); } catch (err) { ctx.status(err.message, "error"); }
  });
}

// The current planner question (or the flagship gallium case) under each scenario.
async function compareRoutes(ctx, names, box) {
  const p = ctx.params;
  const q = { from: p.get("from") ?? "kz-pavlodar-aok", to: p.get("to") ?? "jp-kanto-industry", commodity: p.get("commodity") ?? "", tonnes: p.get("tonnes") ?? "", avoidCountries: p.get("avoidCountries") ?? "" };
  const rows = [];
  for (const name of names) {
    try {
      const a = await get(`/api/routes?${query({ ...q, scenario: name === "baseline" ? "" : name })}`);
      const r = a.routes[0];
      rows.push(h("tr", {}, h("th", { scope: "row", text: name }), ...(r
        ? [h("td", { text: r.family }), h("td", { class: "n", text: num(r.days) }), h("td", { class: "n", text: money(r.costUsd) }), h("td", { text: r.countries.join(" → ") })]
        : [h("td", { colspan: "4", text: `no route: ${a.noRouteReason}` })])));
    } catch (e) {
      rows.push(h("tr", {}, h("th", { scope: "row", text: name }), h("td", { colspan: "4", text: e.message })));
    }
  }
  box.replaceChildren(h("table", {}, h("caption", { text: `Best route ${q.from} → ${q.to} under each scenario` }),
    h("thead", {}, h("tr", {}, ...["scenario", "family", "days", "cost", "countries"].map((t) => h("th", { scope: "col", text: t })))), h("tbody", {}, ...rows)));
}
