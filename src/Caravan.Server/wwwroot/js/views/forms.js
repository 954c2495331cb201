// Form pieces the views share: node pickers, commodity select, checkbox groups, number fields.
export function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k === "text") e.textContent = v; else if (k === "html") e.innerHTML = v; else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

let uid = 0;
export function field(label, input, hint) {
  input.id ||= `f${++uid}`;
  const wrap = h("div", { class: "field" }, h("label", { for: input.id, text: label }), input);
  if (hint) wrap.append(h("small", { text: hint }));
  return wrap;
}

export function nodeList(catalog) {
  if (document.getElementById("nodes-list")) return;
  const list = h("datalist", { id: "nodes-list" });
  for (const n of catalog.nodes) list.append(h("option", { value: n.id, label: `${n.name} (${n.country})` }));
  document.body.append(list);
}

export function nodeInput(name, value, catalog) {
  nodeList(catalog);
  return h("input", { name, list: "nodes-list", value: value ?? "", autocomplete: "off", placeholder: "node id or name", required: true });
}

export function commoditySelect(value, catalog) {
  const s = h("select", { name: "commodity" }, h("option", { value: "", text: "what the origin supplies" }));
  for (const c of catalog.commodities) s.append(h("option", { value: c.id, text: c.name, selected: c.id === value }));
  return s;
}

// A fieldset of checkboxes; the checked values join with commas into one parameter.
export function checkGroup(legend, name, options, selected) {
  const chosen = new Set((selected ?? "").split(",").filter(Boolean).map((s) => s.toUpperCase()));
  const fs = h("fieldset", { class: "checks", "data-name": name }, h("legend", { text: legend }));
  for (const o of options) {
    const id = `${name}-${o.value}`;
    fs.append(h("span", {}, h("input", { type: "checkbox", id, value: o.value, checked: chosen.has(o.value.toUpperCase()) }), h("label", { for: id, text: o.label })));
  }
  return fs;
}

export function checked(form, name) {
  return [...form.querySelectorAll(`fieldset[data-name="${name}"] input:checked`)].map((i) => i.value).join(",");
}

export const money = (v) => `US$${Number(v).toLocaleString("en", { maximumFractionDigits: 0 })}`;
export const num = (v, d = 1) => Number(v).toLocaleString("en", { maximumFractionDigits: d });

export function routeQuestion(form) {
  const f = new FormData(form);
  return {
    from: f.get("from"), to: f.get("to"), commodity: f.get("commodity"), tonnes: f.get("tonnes"),
    avoidCountries: checked(form, "avoidCountries"), avoidModes: checked(form, "avoidModes"), avoidChokepoints: checked(form, "avoidChokepoints"),
  };
}

// Inputs for the route part of a question (planner and simulation share them).
export function routeFields(p, catalog) {
  const countries = catalog.network.countries.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }));
  const modes = catalog.network.modes.map((m) => ({ value: m, label: m }));
  const chokepoints = catalog.network.chokepoints.map((c) => ({ value: c.id, label: c.name }));
  const details = (summary, content, open) => h("details", { open }, h("summary", { text: summary }), content);
  return [
    field("From", nodeInput("from", p.get("from"), catalog)),
    field("To", nodeInput("to", p.get("to"), catalog)),
    field("Commodity", commoditySelect(p.get("commodity"), catalog)),
    field("Tonnes", h("input", { name: "tonnes", type: "number", min: "0.001", step: "any", value: p.get("tonnes") ?? "1" })),
    details("Avoid countries", checkGroup("Countries to avoid", "avoidCountries", countries, p.get("avoidCountries")), !!p.get("avoidCountries")),
    details("Avoid modes and chokepoints", h("div", {},
      checkGroup("Modes to avoid", "avoidModes", modes, p.get("avoidModes")),
      checkGroup("Chokepoints to avoid", "avoidChokepoints", chokepoints, p.get("avoidChokepoints"))), !!(p.get("avoidModes") || p.get("avoidChokepoints"))),
  ];
}

export function countryNames(catalog, codes) {
  const byCode = new Map(catalog.network.countries.map((c) => [c.code, c.name]));
  return (codes ?? "").split(",").filter(Boolean).map((c) => byCode.get(c.toUpperCase()) ?? c);
}
