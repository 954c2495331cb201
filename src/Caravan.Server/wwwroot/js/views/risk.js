// Risk per mineral with the importer's what-if, when the server has the risk method.
import { get, query } from "../api.js";
import { h } from "./forms.js";
import { bars } from "../charts.js";

export async function render(panel, ctx) {
  ctx.map.showRoutes([]);
  panel.append(h("h2", { text: "Supply risk" }));
  const box = h("div", { "aria-live": "polite" });
  panel.append(box);
  try {
    const risk = await get(`/api/risk?${query({ importer: ctx.params.get("importer") ?? "" })}`);
    const rows = (risk.minerals ?? []).map((m) => ({ label: m.mineral, value: m.supplyRisk }));
    box.append(bars(rows, { title: "Supply risk by mineral" }));
  } catch (e) {
    box.append(h("p", { class: "note", text: e.status === 501 ? "The risk method is not in this build yet; this page fills in when it is." : e.message }));
  }
}
