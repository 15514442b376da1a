// Sound and speech at each change of step: a short beep (Web Audio) and the cue spoken (Web
// Speech). Both are optional in browsers; every call fails quietly where they are missing.

const MUTE_KEY = "backcoach:muted";

export class Cues {
  constructor() {
    this.muted = localStorage.getItem(MUTE_KEY) === "1";
    this.audio = null;
  }

  setMuted(muted) {
    this.muted = muted;
    localStorage.setItem(MUTE_KEY, muted ? "1" : "0");
    if (muted && "speechSynthesis" in window) window.speechSynthesis.cancel();
  }

  // Browsers allow audio only after a user gesture: call this from the Start button.
  unlock() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!this.audio && Context) this.audio = new Context();
    if (this.audio?.state === "suspended") this.audio.resume();
  }

  beep(frequency = 880, ms = 160) {
    if (this.muted || !this.audio) return;
    const oscillator = this.audio.createOscillator();
    const gain = this.audio.createGain();
    const now = this.audio.currentTime;
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.25, now);
    gain.gain.exponentialRampToValueAtTime(0.001, now + ms / 1000);
    oscillator.connect(gain).connect(this.audio.destination);
    oscillator.start(now);
    oscillator.stop(now + ms / 1000);
  }

  say(text) {
    if (this.muted || !text || !("speechSynthesis" in window)) return;
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = 0.95;
    window.speechSynthesis.speak(utterance);
  }
}
