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

// A refusal the person can do something about: the server looked at the session and will not
// take it as it is. A 403 (a form token gone stale after a log-out), a 408 or a 429 pass.
function refused(status) {
  return status >= 400 && status < 500 && ![403, 408, 429].includes(status);
}

async function reasonOf(response) {
  try { return (await response.json()).error || `answer ${response.status}`; } catch { return `answer ${response.status}`; }
}

// Entries carry the account they belong to: on a shared device, a session left unsaved by one
// person is never sent with the next person's login. A session the server refused is never
// deleted here: it is marked `refused` (with the server's reason), no longer retried on its
// own, and waits for the person to try again or discard it (refused.js shows it on every
// page). Every change is announced with an "outbox" event on window.
export class Outbox {
  constructor(url, owner) { this.url = url; this.owner = owner; this.timer = null; this.delayMs = 2000; }

  all() { return read(OUTBOX_KEY, []); }

  mine() { return this.all().filter((e) => e.owner === this.owner); }

  pending() { return this.mine().filter((e) => !e.refused).map((e) => e.body); }

  refusals() { return this.mine().filter((e) => e.refused); }

  write(queue, detail) {
    localStorage.setItem(OUTBOX_KEY, JSON.stringify(queue));
    window.dispatchEvent(new CustomEvent("outbox", { detail }));
  }

  put(body, refused = undefined) {
    const queue = this.all().filter((e) => e.body.id !== body.id);
    queue.push(refused ? { owner: this.owner, body, refused } : { owner: this.owner, body });
    this.write(queue, { id: body.id, refused });
  }

  remove(id, answer = null) {
    this.write(this.all().filter((e) => e.body.id !== id), { id, answer, removed: true });
  }

  // Sends one session; resolves to the server's answer, { error } when the server refused it,
  // or null when it should be retried.
  async send(body) {
    let response;
    try {
      response = await fetch(this.url, {
        method: "POST",
        credentials: "same-origin",
        // A signed-out person is redirected to the login page: that must read as "not saved".
        redirect: "manual",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
        // This device's clock as the request leaves, so the server can measure its error.
        body: JSON.stringify({ ...body, sent_at: new Date().toISOString() }),
      });
    } catch {
      return null; // offline or the server is down
    }
    if (response.status === 200 || response.status === 201) {
      const answer = await response.json();
      this.remove(body.id, answer);
      return answer;
    }
    if (refused(response.status)) {
      const error = await reasonOf(response);
      this.put(body, error);
      return { error };
    }
    return null; // 5xx, a redirect to log in, 403 after a logout: keep it and try again later
  }

  // The person asked to try a refused session again: it waits with the others if the server
  // cannot be reached.
  async retry(id) {
    const entry = this.mine().find((e) => e.body.id === id);
    if (!entry) return null;
    this.put(entry.body);
    const answer = await this.send(entry.body);
    if (answer === null) this.flush();
    return answer;
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
