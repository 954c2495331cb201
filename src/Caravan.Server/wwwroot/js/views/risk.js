// Supply risk per mineral (EU CRM method) for an importer, and the importer's what-if.
import { get, query } from "../api.js";
import { h, field, num } from "./forms.js";
import { bars } from "../charts.js";

export async function render(panel, ctx) {
  ctx.map.showRoutes([]);
  const p = ctx.params;
  const importer = p.get("importer") ?? "JP";
  const form = h("form", { class: "question", "aria-label": "Importer" },
    field("Importer (ISO code, or EU)", h("input", { name: "importer", value: importer, maxlength: "2", size: "4" })),
    h("button", { type: "submit", text: "Assess" }));
  const report = h("div", { "aria-live": "polite" });
  panel.append(h("h2", { text: "Supply risk" }),
    h("p", { text: "Supply risk (SR) by the EU criticality method: world supply, and the importer's own sourcing. SR ≥ 1 with economic importance ≥ 2.8 is critical." }),
    form, report);
  form.addEventListener("submit", (e) => { e.preventDefault(); ctx.setParams({ importer: new FormData(form).get("importer") }); ctx.go("risk"); });

  const risk = await get(`/api/risk?${query({ importer })}`);
  const rows = risk.minerals.filter((m) => m.srLow !== null);
  report.append(
    bars(rows.map((m) => ({ label: `${m.mineral} (world)`, value: m.srLow })), { title: "Supply risk, world supply" }),
    bars(rows.filter((m) => m.importerSrLow !== null).map((m) => ({ label: `${m.mineral} (${importer})`, value: m.importerSrLow })), { title: `Supply risk of ${importer}'s sourcing` }),
    h("table", { class: "risk" }, h("caption", { text: `Minerals, as of ${risk.asOf}` }),
      h("thead", {}, h("tr", {}, ...["mineral", "SR world", "bottleneck", "critical", `SR ${importer}`, "top producers", "restrictions"].map((t) => h("th", { scope: "col", text: t })))),
      h("tbody", {}, ...risk.minerals.map((m) => h("tr", {},
        h("th", { scope: "row", text: m.mineral }),
        h("td", { class: "n", text: m.srLow === null ? "no data" : num(m.srLow, 2) }),
        h("td", { text: m.bottleneck ?? "" }),
        h("td", { text: m.critical === null ? "?" : m.critical ? "yes" : "no" }),
        h("td", { class: "n", text: m.importerSrLow === null ? "" : num(m.importerSrLow, 2) }),
        h("td", { text: m.topProducers.map((t) => `${t.country} ${num(t.share * 100, 0)} %`).join(", ") }),
        h("td", { text: m.restrictions.map((r) => `${r.country} ${r.measure} (${r.status})`).join("; ") }))))));

  // The what-if: change the importer's sources of one mineral.
  const minerals = h("select", { name: "mineral" }, ...risk.minerals.map((m) => h("option", { value: m.mineral, text: m.mineral, selected: m.mineral === (p.get("mineral") ?? "gallium") })));
  const whatIf = h("form", { class: "question", "aria-label": "What-if" },
    h("h3", { text: `What if ${importer} changed its sources?` }),
    field("Mineral", minerals),
    field("Add sources", h("input", { name: "add", value: p.get("add") ?? "KZ:15", placeholder: "KZ:15 (t/yr) or KZ:10%" })),
    field("Ban (country stops exporting)", h("input", { name: "ban", value: p.get("ban") ?? "CN", placeholder: "CN" })),
    field("Remove sources", h("input", { name: "remove", value: p.get("remove") ?? "", placeholder: "RU" })),
    h("button", { type: "submit", text: "Run the what-if" }));
  const out = h("div", { "aria-live": "polite" });
  report.append(whatIf, out);
  whatIf.addEventListener("submit", async (e) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(whatIf));
    ctx.setParams({ mineral: f.mineral, add: f.add, ban: f.ban, remove: f.remove }, { push: false });
    try {
      const w = await get(`/api/risk/whatif?${query({ importer, ...f })}`);
      out.replaceChildren(h("table", { class: "whatif" }, h("caption", { text: `${w.mineral} for ${w.importer}: ${w.changes.join(", ")}` }),
        h("thead", {}, h("tr", {}, ...["", "before", "after"].map((t) => h("th", { scope: "col", text: t })))),
        h("tbody", {},
          h("tr", {}, h("th", { scope: "row", text: "HHI of sourcing" }), h("td", { class: "n", text: num(w.hhiBefore, 3) }), h("td", { class: "n", text: num(w.hhiAfter, 3) })),
          h("tr", {}, h("th", { scope: "row", text: "supply risk" }), h("td", { class: "n", text: num(w.srBefore, 2) }), h("td", { class: "n", text: num(w.srAfter, 2) })),
          h("tr", {}, h("th", { scope: "row", text: "supply still flowing" }), h("td", { class: "n", text: "100 %" }), h("td", { class: "n", text: `${num(w.totalShare * 100, 0)} %` })))),
        bars(w.mixAfter.map((s) => ({ label: s.country, value: s.share * 100 })), { unit: " %", title: "Sourcing mix after" }));
    } catch (err) {
      ctx.status(err.message, "error");
    }
  });
}
