// Runs history: every stored run; pick two to compare their inputs, manifests and numbers.
import { get } from "../api.js";
import { h, num } from "./forms.js";

export async function render(panel, ctx) {
  ctx.map.showRoutes([]);
  const runs = await get("/api/runs?limit=100");
  panel.append(h("h2", { text: "Runs" }), h("p", { text: "Stored route, flow, simulation and invest runs, newest first. Tick two to compare them." }));
  if (runs.length === 0) {
    panel.append(h("p", { class: "empty", text: "No runs yet. Start a flow (Scenarios), a simulation (Simulation) or an invest run (Invest) with an analyst key, or store a route with POST /api/routes; each appears here to be compared." }));
    return;
  }
  const form = h("form", { "aria-label": "Runs" });
  const body = h("tbody");
  for (const r of runs) {
    const id = `run-${r.id}`;
    body.append(h("tr", {},
      h("td", {}, h("input", { type: "checkbox", id, value: r.id, name: "pick" })),
      h("td", {}, h("label", { for: id, text: r.id.slice(0, 8) })),
      h("td", { text: r.kind }), h("td", { text: r.owner }), h("td", { text: r.status }),
      h("td", { text: new Date(r.createdAt).toLocaleString("en-GB") }),
      h("td", { class: "n", text: r.wallSeconds === null ? "" : num(r.wallSeconds, 2) }),
      h("td", { text: r.manifest.scenario ?? "baseline" })));
  }
  form.append(h("table", {}, h("caption", { text: "Stored runs" }),
    h("thead", {}, h("tr", {}, ...["", "run", "kind", "owner", "status", "created", "wall s", "scenario"].map((t) => h("th", { scope: "col", text: t })))), body),
    h("button", { type: "submit", text: "Compare the two ticked runs" }));
  const out = h("div", { "aria-live": "polite" });
  panel.append(form, out);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const picked = [...form.querySelectorAll("input[name=pick]:checked")].map((i) => i.value);
    if (picked.length !== 2) { ctx.status("Tick exactly two runs.", "error"); return; }
    const c = await get(`/api/runs/compare?a=${picked[0]}&b=${picked[1]}`);
    const show = (v) => (v === null || v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));
    out.replaceChildren(
      h("table", {}, h("caption", { text: "Inputs and manifest that differ" }),
        h("thead", {}, h("tr", {}, ...["field", "a", "b"].map((t) => h("th", { scope: "col", text: t })))),
        h("tbody", {}, ...c.differences.map((d) => h("tr", {}, h("td", { text: d.path }), h("td", { text: show(d.a) }), h("td", { text: show(d.b) }))))),
      h("table", {}, h("caption", { text: "Numbers in both results (b − a)" }),
        h("thead", {}, h("tr", {}, ...["result", "a", "b", "b − a"].map((t) => h("th", { scope: "col", text: t })))),
        h("tbody", {}, ...c.numbers.slice(0, 200).map((n) => h("tr", {}, h("td", { text: n.path }), h("td", { class: "n", text: num(n.a, 2) }), h("td", { class: "n", text: num(n.b, 2) }), h("td", { class: "n", text: num(n.difference, 2) }))))));
  });
}
