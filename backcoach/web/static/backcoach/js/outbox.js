// Loaded on every page: sends any session that could not be saved before, and shows those the
// server refused, which wait for the person to try again or discard them.
import { Refusals } from "./refused.js";
import { Outbox } from "./store.js";

const { saveUrl: url, user } = document.body.dataset;
if (url && user) {
  const outbox = new Outbox(url, user);
  const host = Object.assign(document.createElement("section"), { id: "outbox-refusals", className: "cards", hidden: true });
  host.setAttribute("aria-label", "Sessions not saved");
  document.querySelector("main")?.prepend(host);
  const refusals = new Refusals(outbox, host);
  refusals.render();
  window.addEventListener("outbox", () => refusals.render());
  window.addEventListener("storage", (event) => { if (event.key === null || event.key === "backcoach:outbox") refusals.render(); });
  if (outbox.pending().length) outbox.flush();
  window.addEventListener("online", () => outbox.flush());
}
