// The flagship comparison: gallium and uranium from Central Asia to Japan, best route per corridor family and scenario.
import { get } from "../api.js";
import { h, money, num } from "./forms.js";

export async function render(panel, ctx) {
  ctx.map.showRoutes([]);
  panel.append(h("h2", { text: "Flagship comparison" }),
    h("p", { text: "Kazakh gallium and Kazakh/Uzbek uranium concentrate to Japan: the best route of each corridor family under each scenario. Routes rank by generalised cost — money plus the value of the time in transit, the price of the CO2 and a premium for the risk of disruption — so a dearer or slower route can still be best. Select a cell to draw its route." }));
  const box = h("div", { "aria-live": "polite" }, h("p", { text: "Computing…" }));
  panel.append(box);
  const cells = await get("/api/routes/flagship");
  const families = [...new Set(cells.map((c) => c.family))];
  const cases = [...new Set(cells.map((c) => `${c.commodity}|${c.from}|${c.to}|${c.scenario}`))];
  const table = h("table", { class: "flagship" }, h("caption", { text: "Best route per family: generalised cost, US$ per shipment (what ranks; the lowest in each row in bold) · days · money, US$" }),
    h("thead", {}, h("tr", {}, h("th", { scope: "col", text: "commodity, origin → destination" }), h("th", { scope: "col", text: "scenario" }),
      ...families.map((f) => h("th", { scope: "col", text: f })))));
  const body = h("tbody");
  for (const key of cases) {
    const [commodity, from, to, scenario] = key.split("|");
    const row = h("tr", {}, h("th", { scope: "row", text: `${commodity}, ${from} → ${to}` }), h("td", { text: scenario }));
    const inRow = cells.filter((x) => `${x.commodity}|${x.from}|${x.to}|${x.scenario}` === key && x.route);
    // The family whose route ranks first (the "best" column repeats it) is marked once, in its own column.
    const lowest = Math.min(...inRow.map((x) => x.route.generalisedCostUsd));
    const winner = inRow.find((x) => x.family !== "best" && x.route.generalisedCostUsd === lowest)?.family ?? "best";
    for (const f of families) {
      const c = cells.find((x) => `${x.commodity}|${x.from}|${x.to}|${x.scenario}` === key && x.family === f);
      if (c?.route) {
        const b = h("button", {
          type: "button", class: "cell", "data-generalised-usd": String(c.route.generalisedCostUsd),
          text: `${money(c.route.generalisedCostUsd)} generalised · ${num(c.route.days)} d · ${money(c.route.costUsd)}`,
        });
        b.addEventListener("click", () => { ctx.map.showRoutes([c.route]); ctx.status(`${commodity} ${f} under ${scenario}: ${c.route.countries.join(" → ")}`); });
        row.append(h("td", f === winner ? { class: "best" } : {}, b));
      } else {
        row.append(h("td", { class: "none", title: c?.noRouteReason ?? "", text: "—" }));
      }
    }
    body.append(row);
  }
  table.append(body);
  box.replaceChildren(table);
}
