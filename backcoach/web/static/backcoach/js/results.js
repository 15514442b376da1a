// Turns the steps a person got through into the per-exercise results the server stores: the
// target next to what was done, as the engine's progression reads them.

const REP_KINDS = new Set(["work", "hold"]);

function repKey(step) { return `${step.set_no}:${step.rep_no}:${step.side ?? ""}`; }

// `completed` holds the indexes of steps that ran to their end (not skipped).
export function exerciseResults(steps, targets, completed) {
  const byExercise = new Map();
  steps.forEach((step, index) => {
    if (!step.exercise || !REP_KINDS.has(step.kind)) return;
    const entry = byExercise.get(step.exercise) ?? { all: new Set(), done: new Set(), sets: new Map(), held: false };
    const key = repKey(step);
    entry.all.add(key);
    const set = entry.sets.get(step.set_no) ?? { all: new Set(), done: new Set() };
    set.all.add(key);
    if (completed.has(index)) {
      entry.done.add(key);
      set.done.add(key);
      if (step.kind === "hold") entry.held = true;
    }
    entry.sets.set(step.set_no, set);
    byExercise.set(step.exercise, entry);
  });
  return targets.map((target) => {
    const entry = byExercise.get(target.exercise);
    if (!entry) return skipped(target);
    const share = entry.done.size / Math.max(1, entry.all.size);
    const setsDone = [...entry.sets.values()].filter((s) => s.done.size === s.all.size).length;
    return {
      exercise: target.exercise,
      target: { sets: target.sets, reps: target.reps, hold_s: target.hold_s },
      done_reps: Math.round(target.reps * share),
      done_hold_s: entry.held || target.hold_s === 0 ? target.hold_s : 0,
      sets_done: setsDone,
      skipped: entry.done.size === 0,
    };
  });
}

function skipped(target) {
  return {
    exercise: target.exercise,
    target: { sets: target.sets, reps: target.reps, hold_s: target.hold_s },
    done_reps: 0, done_hold_s: 0, sets_done: 0, skipped: true,
  };
}
