// The session clock: which step is running and how much of it is left. Wall-clock based, so a
// busy or throttled tab never makes the countdown drift; pure state, no DOM.

export class Clock {
  constructor(steps, state = {}) {
    this.steps = steps;
    this.index = state.index ?? 0;
    this.remainingMs = state.remainingMs ?? this.stepMs(this.index);
    this.doneMs = state.doneMs ?? 0;
    this.runningSince = null;
  }

  stepMs(index) {
    const step = this.steps[index];
    return step ? step.seconds * 1000 : 0;
  }

  get running() { return this.runningSince !== null; }
  get finished() { return this.index >= this.steps.length; }
  get step() { return this.steps[this.index] ?? null; }
  get next() { return this.steps[this.index + 1] ?? null; }

  start(now) { if (!this.finished && !this.running) this.runningSince = now; }

  pause(now) {
    if (!this.running) return;
    this.settle(now);
    this.runningSince = null;
  }

  // Moves time forward to `now`; returns the indexes of steps that ended on the way.
  settle(now) {
    const ended = [];
    if (!this.running) return ended;
    let elapsed = now - this.runningSince;
    this.runningSince = now;
    while (!this.finished && elapsed >= this.remainingMs) {
      elapsed -= this.remainingMs;
      this.doneMs += this.remainingMs;
      ended.push(this.index);
      this.index += 1;
      this.remainingMs = this.stepMs(this.index);
    }
    if (this.finished) { this.runningSince = null; return ended; }
    this.remainingMs -= elapsed;
    this.doneMs += elapsed;
    return ended;
  }

  skip(now) {
    this.settle(now);
    if (this.finished) return;
    this.index += 1;
    this.remainingMs = this.stepMs(this.index);
    if (this.finished) this.runningSince = null;
  }

  secondsLeft() { return Math.max(0, Math.ceil(this.remainingMs / 1000)); }

  totalMs() { return this.steps.reduce((sum, s) => sum + s.seconds * 1000, 0); }

  progress() {
    const before = this.steps.slice(0, this.index).reduce((sum, s) => sum + s.seconds * 1000, 0);
    const inStep = this.stepMs(this.index) - this.remainingMs;
    return Math.min(1, (before + inStep) / Math.max(1, this.totalMs()));
  }

  // The state to keep across a reload, counted up to `now` without moving the clock.
  snapshot(now) {
    const spent = this.running ? Math.min(now - this.runningSince, this.remainingMs) : 0;
    return { index: this.index, remainingMs: this.remainingMs - spent, doneMs: this.doneMs + spent };
  }
}
