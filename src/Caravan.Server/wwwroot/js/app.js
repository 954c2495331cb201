// The dashboard shell: one page, one view at a time, all state in the URL (?view=planner&from=…),
// so any view can be shared as a link. Views render into the left panel; the map stays on the right.
import { loadCatalog, apiKey, setApiKey } from "./api.js";
import { NetworkMap } from "./map.js";
import * as mapView from "./views/mapview.js";
import * as planner from "./views/planner.js";
import * as flagship from "./views/flagship.js";
import * as scenarios from "./views/scenarios.js";
import * as simulation from "./views/simulation.js";
import * as risk from "./views/risk.js";
import * as runs from "./views/runs.js";
import * as invest from "./views/invest.js";
import * as traffic from "./views/traffic.js";

const views = { map: mapView, planner, flagship, scenarios, traffic, simulation, risk, runs, invest };
const panel = document.getElementById("panel");
const status = document.getElementById("status");

function params() { return new URLSearchParams(location.search); }

const ctx = {
  catalog: null,
  map: null,
  get params() { return params(); },
  // Replaces the given parameters (null removes one) and records the new URL in history.
  setParams(changes, { push = true } = {}) {
    const p = params();
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === "" || v === false) p.delete(k); else p.set(k, String(v));
    }
    const url = `${location.pathname}?${p}`;
    push ? history.pushState(null, "", url) : history.replaceState(null, "", url);
    showScenario();
  },
  go(view, extra = {}) { ctx.setParams({ view, ...extra }); render(); },
  status(message, kind = "info") { status.textContent = message; status.className = `status ${kind}`; },
};

function showScenario() {
  const s = params().get("scenario");
  document.getElementById("scenario-badge").textContent = s ? `Scenario: ${s.split(",").join(" + ")}` : "Scenario: baseline";
}

async function render() {
  const name = params().get("view") || "map";
  const view = views[name] || mapView;
  for (const a of document.querySelectorAll("nav a")) {
    a.toggleAttribute("aria-current", a.dataset.view === name);
    if (a.dataset.view === name) a.setAttribute("aria-current", "page");
  }
  document.body.dataset.view = name;
  panel.replaceChildren();
  ctx.map.showFlows([]);
  ctx.status("");
  showScenario();
  try {
    await view.render(panel, ctx);
  } catch (e) {
    ctx.status(e.message, "error");
  }
}

async function start() {
  const key = document.getElementById("api-key");
  key.value = apiKey();
  key.addEventListener("change", () => setApiKey(key.value));
  document.querySelector("nav").addEventListener("click", (e) => {
    const a = e.target.closest("a[data-view]");
    if (!a) return;
    e.preventDefault();
    // Moving between views keeps the shared query (places, scenario) but not view-specific results.
    const keep = params();
    keep.set("view", a.dataset.view);
    keep.delete("run");
    history.pushState(null, "", `${location.pathname}?${keep}`);
    render();
  });
  window.addEventListener("popstate", render);
  try {
    ctx.catalog = await loadCatalog();
  } catch (e) {
    ctx.status(`cannot load the network: ${e.message}`, "error");
    return;
  }
  ctx.map = new NetworkMap(document.getElementById("map-panel"), ctx.catalog);
  await ctx.map.drawCountries();
  await render();
  document.body.dataset.ready = "true";
}

start();
