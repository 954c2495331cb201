// Talks to the Caravan API. Reads need no key (unless the server closes them); writes send the
// API key the user pasted in the header, kept in this browser's local storage only.
const KEY = "caravan.apiKey";

export function apiKey() { return localStorage.getItem(KEY) || ""; }
export function setApiKey(value) { value ? localStorage.setItem(KEY, value.trim()) : localStorage.removeItem(KEY); }

export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(problem, status));
    this.status = status;
    this.problem = problem;
  }
}

// One line from an RFC 7807 problem: the detail, or each field with its messages.
function describe(problem, status) {
  if (!problem) return `HTTP ${status}`;
  if (problem.errors) {
    return Object.entries(problem.errors).map(([field, messages]) => `${field}: ${messages.join(", ")}`).join("; ");
  }
  return problem.detail || problem.title || `HTTP ${status}`;
}

export async function request(method, path, body) {
  const headers = { Accept: "application/json" };
  const key = apiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const get = (path) => request("GET", path);
export const post = (path, body) => request("POST", path, body ?? {});
export const del = (path) => request("DELETE", path);

// Query string from an object, skipping empty values.
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "" && v !== false) q.set(k, String(v));
  }
  return q.toString();
}

// The network, countries and commodities, fetched once per page load.
let catalog;
export function loadCatalog() {
  catalog ??= Promise.all([get("/api/network"), get("/api/network/nodes"), get("/api/network/links"), get("/api/commodities")])
    .then(([network, nodes, links, commodities]) => ({ network, nodes, links, commodities, nodeById: new Map(nodes.map((n) => [n.id, n])) }));
  return catalog;
}
