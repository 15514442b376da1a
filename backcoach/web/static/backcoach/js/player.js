// The session player: pain before, a large countdown through the core's timeline with cues,
// pause/skip/stop, then pain after and difficulty, saved through the outbox. Its state is kept
// in localStorage at every change, so a reload resumes where it was.
import { Clock } from "./clock.js";
import { Cues } from "./cues.js";
import { newId, Outbox, progress } from "./store.js";
import { ScreenLock } from "./wakelock.js";

const root = document.getElementById("player");
const data = JSON.parse(document.getElementById("player-data").textContent);
const $ = (id) => document.getElementById(id);
const key = root.dataset.key;
const outbox = new Outbox(root.dataset.saveUrl, document.body.dataset.user);
const cues = new Cues();
const screen = new ScreenLock();
const steps = data.timeline.steps;

let state = progress.load(key) ?? { phase: "before", id: newId(), completed: [], skipped: [] };
state.skipped ??= []; // a session resumed from before the page kept skipped exercises
const clock = new Clock(steps, state.clock);
let ticker = null;
let closed = false; // saved or discarded: nothing left to keep, even at pagehide

function persist() {
  if (closed) return;
  state.clock = clock.snapshot(performance.now());
  progress.save(key, state);
}

function show(phase) {
  state.phase = phase;
  for (const section of root.querySelectorAll("[data-phase]")) {
    section.hidden = section.dataset.phase !== phase;
  }
  persist();
}

function formatTime(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m}:${String(s).padStart(2, "0")}` : String(s);
}

function render() {
  const step = clock.step;
  if (!step) return;
  $("countdown").textContent = formatTime(clock.secondsLeft());
  $("bar").value = Math.round(clock.progress() * 100);
  $("bar").textContent = `${$("bar").value}%`;
}

function announce() {
  const step = clock.step;
  if (!step) return;
  $("step-title").textContent = step.title;
  $("step-cue").textContent = step.cue || "";
  $("step-breathing").textContent = step.breathing || "";
  $("step-count").textContent = `Step ${clock.index + 1} of ${steps.length}`;
  const next = clock.next;
  $("next-up").textContent = next ? `Next: ${next.title} (${next.seconds} s)` : "Next: finished";
  root.dataset.kind = step.kind;
  showFigure(step);
  render();
}

// Figures (issue 5) arrive as <template data-figure="exercise-id"> elements; none is fine.
// The figure follows the timer: it moves during a movement step, stands still in the held
// pose during a hold, waits in the starting pose while getting ready or resting, and is
// mirrored for the right side.
const FIGURE_VIEWS = { work: "one-side", hold: "hold" };

function showFigure(step) {
  const box = $("step-figure");
  const view = FIGURE_VIEWS[step.kind] || "start";
  const mirrored = step.side === "right";
  const key = step.exercise ? `${step.exercise}|${view}|${mirrored}` : "";
  if (box.dataset.figure === key) return;
  box.dataset.figure = key;
  const template = step.exercise && root.querySelector(`template[data-figure="${CSS.escape(step.exercise)}"]`);
  if (!template) return box.replaceChildren();
  const img = template.content.firstElementChild.cloneNode();
  img.src = `${img.getAttribute("src")}?view=${view}`;
  img.classList.toggle("mirrored", mirrored);
  box.replaceChildren(img);
}

// Moves the clock to now, keeping the steps that ran to their end on the way. Pause, skip and
// stop call it first, so a step that ended since the last tick is never lost.
function settle() {
  const ended = clock.settle(performance.now());
  ended.forEach((index) => state.completed.push(index));
  return ended;
}

function tick() {
  const ended = settle();
  if (ended.length) {
    if (clock.finished) return finish(null);
    cues.beep();
    cues.say(`${clock.step.title}. ${clock.step.cue || ""}`);
    announce();
    persist();
  } else if (clock.secondsLeft() !== state.lastTick) {
    state.lastTick = clock.secondsLeft();
    if (state.lastTick <= 3) cues.beep(660, 60);
    persist(); // once a second, so even a crash loses at most a second
  }
  render();
}

function run() {
  clearInterval(ticker);
  clock.start(performance.now());
  ticker = setInterval(tick, 200);
  screen.acquire();
  $("pause").textContent = "Pause";
  $("pause").setAttribute("aria-pressed", "false");
  state.paused = false;
  announce();
  persist();
}

function pause() {
  settle();
  if (clock.finished) return finish(null); // it ended just before the key was pressed
  clock.pause(performance.now());
  clearInterval(ticker);
  screen.release();
  $("pause").textContent = "Resume";
  $("pause").setAttribute("aria-pressed", "true");
  state.paused = true;
  render();
  persist();
}

function togglePause() { if (state.phase === "running") (clock.running ? pause : run)(); }

function skip() {
  if (state.phase !== "running") return;
  settle();
  if (clock.finished) return finish(null);
  const skipped = clock.step.exercise;
  if (skipped && !state.skipped.includes(skipped)) state.skipped.push(skipped);
  clock.skip(performance.now());
  if (clock.finished) return finish(null);
  cues.beep();
  cues.say(clock.step.title);
  announce();
  persist();
}

function finish(stopReason) {
  settle();
  clock.pause(performance.now());
  clearInterval(ticker);
  screen.release();
  state.stopReason = stopReason;
  const advice = stopReason ? data.advice[stopReason] : "";
  $("stop-advice").textContent = advice;
  $("stop-advice").hidden = !advice;
  $("after-title").textContent = stopReason ? "Session stopped" : "Well done: session complete";
  cues.beep(523, 300);
  show("after");
  $("after-title").focus();
}

function body(form) {
  const fields = new FormData(form);
  const number = (name) => (fields.get(name) === null || fields.get(name) === "" ? null : Number(fields.get(name)));
  return {
    id: state.id,
    started_at: state.startedAt,
    title: data.timeline.title,
    complex_id: data.complex_id,
    planned_seconds: data.timeline.total_seconds,
    done_seconds: Math.round(clock.doneMs / 1000),
    pain_before: state.painBefore,
    pain_after: number("pain_after"),
    difficulty: number("difficulty"),
    stop_reason: state.stopReason,
    notes: fields.get("notes") || "",
    // What happened, not results: the server rebuilds this timeline from the items and
    // computes the results with the same core function as the terminal player.
    items: data.items,
    completed_steps: state.completed,
    skipped_exercises: state.skipped,
    reached_step: Math.min(clock.index, steps.length - 1),
  };
}

async function save(event) {
  event.preventDefault();
  const payload = body(event.target);
  outbox.put(payload);
  show("saving");
  $("save-status").textContent = "Saving...";
  const answer = await outbox.send(payload);
  if (answer && !answer.error) window.location.assign(doneUrl(answer.id));
  else if (answer?.error) {
    // Kept in the outbox: the notice at the top of the page offers Try again and Discard.
    $("save-status").textContent = "Not saved yet.";
    document.querySelector(`[data-refused="${CSS.escape(payload.id)}"]`)?.focus();
  } else {
    $("save-status").textContent = "Could not reach the server. Your session is kept on this device and will be saved automatically when the connection is back.";
    outbox.flush();
  }
}

function doneUrl(id) { return root.dataset.doneUrl.replace("SESSION_ID", id); }

// The session left the outbox: saved (by this page's Save, a retry, or in the background) or
// discarded. Only Save moves on to the saved session; otherwise the page says what happened.
function onOutbox(event) {
  const { id, removed, answer } = event.detail ?? {};
  if (id !== state.id || !removed) return;
  progress.clear(key);
  closed = true;
  show("saving");
  const link = answer && Object.assign(document.createElement("a"), { href: doneUrl(answer.id), textContent: "See the session" });
  $("save-status").replaceChildren(...(link ? ["Saved. ", link] : ["This session was discarded."]));
}

function begin(event) {
  event.preventDefault();
  const chosen = new FormData(event.target).get("pain_before");
  if (chosen === null) return;
  const tooMuch = $("too-much-pain");
  tooMuch.hidden = Number(chosen) < data.severe_pain;
  if (!tooMuch.hidden) return tooMuch.focus(); // no session with pain this strong
  cues.unlock();
  state.painBefore = Number(chosen);
  state.startedAt = new Date().toISOString();
  show("running");
  cues.say(`${clock.step.title}. ${clock.step.cue || ""}`);
  run();
}

function openStop() {
  if (state.phase !== "running") return;
  pause();
  if (state.phase === "running") $("stop-dialog").showModal();
}

function confirmStop(event) {
  event.preventDefault();
  const reason = new FormData(event.target).get("reason");
  if (!reason) return;
  $("stop-dialog").close();
  finish(reason);
}

function onKey(event) {
  if (state.phase !== "running" || event.target.closest?.("input, textarea, select, dialog")) return;
  const actions = { " ": togglePause, n: skip, N: skip, ArrowRight: skip, s: openStop, S: openStop, m: toggleMute, M: toggleMute };
  const action = actions[event.key];
  if (action) { event.preventDefault(); action(); }
}

function toggleMute() {
  cues.setMuted(!cues.muted);
  $("mute").setAttribute("aria-pressed", String(cues.muted));
  $("mute").textContent = cues.muted ? "Sound off" : "Sound on";
}

function wire() {
  $("before-form").addEventListener("submit", begin);
  $("pause").addEventListener("click", togglePause);
  $("skip").addEventListener("click", skip);
  $("stop").addEventListener("click", openStop);
  $("mute").addEventListener("click", toggleMute);
  $("stop-form").addEventListener("submit", confirmStop);
  $("stop-cancel").addEventListener("click", () => { $("stop-dialog").close(); run(); });
  $("after-form").addEventListener("submit", save);
  document.addEventListener("keydown", onKey);
  window.addEventListener("pagehide", persist);
  window.addEventListener("outbox", onOutbox);
  screen.watch();
  $("mute").setAttribute("aria-pressed", String(cues.muted));
  $("mute").textContent = cues.muted ? "Sound off" : "Sound on";
}

function restore() {
  if (state.phase === "running") {
    // A reload: come back paused at the same step, so nothing runs before the person is ready.
    show("running");
    announce();
    pause();
    $("resumed").hidden = false;
  } else if (state.phase === "after" || state.phase === "saving") {
    if (state.phase === "saving") state.phase = "after";
    finish(state.stopReason ?? null);
  } else {
    show("before");
  }
}

wire();
restore();
root.dataset.ready = "true";
