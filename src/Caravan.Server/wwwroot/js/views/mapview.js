// The map page: what the network holds, with the map beside it.
import { h, num } from "./forms.js";

export async function render(panel, ctx) {
  const { network, links, nodes } = ctx.catalog;
  ctx.map.showRoutes([]);
  const byMode = Object.entries(links.reduce((m, l) => ((m[l.mode] = (m[l.mode] ?? 0) + 1), m), {}));
  const byKind = Object.entries(nodes.reduce((m, n) => ((m[n.kind] = (m[n.kind] ?? 0) + 1), m), {}));
  const list = (pairs) => h("ul", {}, ...pairs.sort().map(([k, v]) => h("li", { text: `${k.replace("_", " ")}: ${num(v, 0)}` })));
  panel.append(
    h("h2", { text: `The ${network.dataset} network` }),
    h("p", { text: `${network.nodes} nodes and ${network.links} links in ${network.countries.length} countries. Links are coloured by mode and drawn wider where they carry more (t/day). Hover a node or link for details; drag to pan, scroll or use +/− to zoom.` }),
    h("h3", { text: "Links by mode" }), list(byMode),
    h("h3", { text: "Nodes by kind" }), list(byKind),
    h("p", {}, h("a", { href: "?view=planner&from=kz-pavlodar-aok&to=jp-kanto-industry&commodity=gallium&alternatives=3", text: "Plan the flagship gallium route →" })),
  );
}
