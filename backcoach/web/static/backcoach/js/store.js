// Nothing is lost: the running session is kept in localStorage so a reload resumes it, and a
// finished session waits in an outbox until the server has it. Each session carries an id
// made here, before the first try, so a retried save can never create a second copy.

const STATE_PREFIX = "backcoach:session:";
const OUTBOX_KEY = "backcoach:outbox";

function read(key, fallback) {
  try { return JSON.parse(localStorage.getItem(key)) ?? fallback; } catch { return fallback; }
}

export function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const progress = {
  load(key) { return read(STATE_PREFIX + key, null); },
  save(key, state) { localStorage.setItem(STATE_PREFIX + key, JSON.stringify(state)); },
  clear(key) { localStorage.removeItem(STATE_PREFIX + key); },
};

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : "";
}

// Entries carry the account they belong to: on a shared device, a session left unsaved by one
// person is never sent with the next person's login.
export class Outbox {
  constructor(url, owner) { this.url = url; this.owner = owner; this.timer = null; this.delayMs = 2000; }

  all() { return read(OUTBOX_KEY, []); }

  pending() { return this.all().filter((e) => e.owner === this.owner).map((e) => e.body); }

  put(body) {
    const queue = this.all().filter((e) => e.body.id !== body.id);
    queue.push({ owner: this.owner, body });
    localStorage.setItem(OUTBOX_KEY, JSON.stringify(queue));
  }

  remove(id) {
    const queue = this.all().filter((e) => e.body.id !== id);
    localStorage.setItem(OUTBOX_KEY, JSON.stringify(queue));
  }

  // Sends one session; resolves to the server's answer, or null when it should be retried.
  async send(body) {
    let response;
    try {
      response = await fetch(this.url, {
        method: "POST",
        credentials: "same-origin",
        // A signed-out person is redirected to the login page: that must read as "not saved".
        redirect: "manual",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
        body: JSON.stringify(body),
      });
    } catch {
      return null; // offline or the server is down
    }
    if (response.status === 200 || response.status === 201) {
      this.remove(body.id);
      return response.json();
    }
    if (response.status === 400) {
      this.remove(body.id); // the server will never take it; keeping it would retry forever
      return { error: (await response.json()).error };
    }
    return null; // 5xx, a redirect to log in, 403 after a logout: keep it and try again later
  }

  // Tries every waiting session now, then again with a growing delay while any remain.
  async flush() {
    clearTimeout(this.timer);
    for (const body of this.pending()) await this.send(body);
    if (this.pending().length) {
      this.timer = setTimeout(() => this.flush(), this.delayMs);
      this.delayMs = Math.min(this.delayMs * 2, 60000);
    } else {
      this.delayMs = 2000;
    }
  }
}
