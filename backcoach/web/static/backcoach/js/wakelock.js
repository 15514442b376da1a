// Keeps the screen on during a session where the browser allows it (Screen Wake Lock API).
// The lock is dropped by the browser when the tab is hidden, so it is asked for again on return.

export class ScreenLock {
  constructor() { this.lock = null; this.wanted = false; }

  async acquire() {
    this.wanted = true;
    if (!("wakeLock" in navigator) || this.lock) return;
    try {
      this.lock = await navigator.wakeLock.request("screen");
      this.lock.addEventListener("release", () => { this.lock = null; });
    } catch {
      this.lock = null; // refused (battery saver, no permission): the session goes on anyway
    }
  }

  release() {
    this.wanted = false;
    this.lock?.release();
    this.lock = null;
  }

  watch() {
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible" && this.wanted) this.acquire();
    });
  }
}
