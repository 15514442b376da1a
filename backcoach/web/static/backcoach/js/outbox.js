// Loaded on every page: sends any session that could not be saved before.
import { Outbox } from "./store.js";

const url = document.body.dataset.saveUrl;
if (url) {
  const outbox = new Outbox(url);
  if (outbox.pending().length) outbox.flush();
  window.addEventListener("online", () => outbox.flush());
}
