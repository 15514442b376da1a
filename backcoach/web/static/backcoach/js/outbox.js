// Loaded on every page: sends any session that could not be saved before.
import { Outbox } from "./store.js";

const { saveUrl: url, user } = document.body.dataset;
if (url && user) {
  const outbox = new Outbox(url, user);
  if (outbox.pending().length) outbox.flush();
  window.addEventListener("online", () => outbox.flush());
}
