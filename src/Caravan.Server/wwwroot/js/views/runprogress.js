// Follows a background run (simulation or flow): progress bar, status text and a cancel button
// until the run is final; resolves with the final run.
import { get, post } from "../api.js";
import { h } from "./forms.js";

export async function follow(ctx, base, id, box, label = "Run") {
  const bar = h("progress", { max: "1", value: "0", "aria-label": `${label} progress` });
  const text = h("span", { text: "queued" });
  const cancel = h("button", { type: "button", class: "secondary", text: "Cancel" });
  cancel.addEventListener("click", async () => { try { await post(`${base}/${id}/cancel`); } catch (e) { ctx.status(e.message, "error"); } });
  box.replaceChildren(h("p", {}, `${label} ${id.slice(0, 8)}: `, text), bar, cancel);
  let run;
  for (;;) {
    run = await get(`${base}/${id}`);
    bar.value = run.progress;
    text.textContent = `${run.status} (${Math.round(run.progress * 100)} %)`;
    if (["succeeded", "failed", "cancelled"].includes(run.status)) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  cancel.remove();
  if (run.status !== "succeeded") ctx.status(`The ${label.toLowerCase()} ${run.status}${run.error ? `: ${run.error}` : ""}.`, run.status === "failed" ? "error" : "info");
  return run;
}
