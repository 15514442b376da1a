// Sessions the server refused, shown at the top of every page until the person acts: in plain
// words, with the server's own words behind "Details", and two choices, Try again and Discard
// (which asks first). Nothing here deletes a session unless the person confirms it.

const WHEN = { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" };

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function button(text, onClick, className = "") {
  return el("button", { type: "button", className, textContent: text, onclick: onClick });
}

function describe(body) {
  const started = new Date(body.started_at);
  const when = Number.isNaN(started.getTime()) ? "" : ` from ${started.toLocaleString(undefined, WHEN)}`;
  return `“${body.title || "Your session"}”${when}`;
}

export class Refusals {
  constructor(outbox, host) {
    this.outbox = outbox;
    this.host = host;
    this.panels = new Map(); // session id -> its panel, while it is shown
  }

  render() {
    const refused = new Map(this.outbox.refusals().map((e) => [e.body.id, e]));
    for (const [id, panel] of this.panels) {
      if (!refused.has(id) && !panel.dataset.busy && !panel.dataset.done) this.drop(id);
    }
    for (const [id, entry] of refused) {
      const panel = this.panels.get(id);
      if (!panel) this.add(entry);
      else if (!panel.dataset.busy && (panel.dataset.done || panel.dataset.reason !== entry.refused)) this.fill(panel, entry);
    }
    this.host.hidden = this.panels.size === 0;
  }

  add(entry) {
    const panel = el("div", { className: "notice refused", role: "alert", tabIndex: -1 });
    panel.dataset.refused = entry.body.id;
    this.panels.set(entry.body.id, panel);
    this.host.append(panel);
    this.fill(panel, entry);
  }

  drop(id) {
    this.panels.get(id)?.remove();
    this.panels.delete(id);
  }

  fill(panel, entry, note = "") {
    delete panel.dataset.done;
    panel.setAttribute("role", "alert");
    panel.dataset.reason = entry.refused;
    panel.replaceChildren(
      el("p", {}, el("strong", { textContent: "A session could not be saved: " }),
        `the server did not accept ${describe(entry.body)}. It is kept on this device, so nothing is lost.`),
      ...(note ? [el("p", { textContent: note })] : []),
      // Details last in the row of buttons: the row's gap keeps it clear of them.
      el("div", { className: "actions" },
        button("Try again", () => this.retry(panel, entry)),
        button("Discard", () => this.askDiscard(panel, entry), "secondary"),
        el("details", {}, el("summary", { textContent: "Details" }),
          el("p", { textContent: `The server said: ${entry.refused}` }))),
    );
  }

  settle(panel, text) {
    panel.dataset.done = "true";
    delete panel.dataset.busy;
    panel.setAttribute("role", "status");
    panel.replaceChildren(el("p", { textContent: text }));
  }

  async retry(panel, entry) {
    panel.dataset.busy = "true";
    panel.replaceChildren(el("p", { textContent: `Trying again to save ${describe(entry.body)}...` }));
    const answer = await this.outbox.retry(entry.body.id);
    if (answer && !answer.error) return this.settle(panel, `Saved: ${describe(entry.body)}.`);
    if (answer === null) {
      return this.settle(panel, "Could not reach the server. The session is kept on this device and will be saved automatically when the connection is back.");
    }
    delete panel.dataset.busy;
    this.fill(panel, { ...entry, refused: answer.error }, "Tried again: the server still did not accept it.");
    panel.focus();
  }

  askDiscard(panel, entry) {
    const keep = button("Keep it", () => { this.fill(panel, entry); panel.querySelector("button.secondary").focus(); }, "secondary");
    const discard = button("Discard for good", () => {
      this.settle(panel, `Discarded: ${describe(entry.body)}.`); // first, so the panel stays
      this.outbox.remove(entry.body.id);
    }, "danger");
    panel.replaceChildren(
      el("p", { textContent: `Discard ${describe(entry.body)}? It will be gone for good and cannot be brought back.` }),
      el("div", { className: "actions" }, discard, keep),
    );
    keep.focus();
  }
}
