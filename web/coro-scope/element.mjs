// element.mjs - <coro-scope>: the whole playground as one custom element.
// Everything lives in its shadow root (styles too); each instance has its
// own stepping engine in its own worker (web/stepper-client.mjs), so
// several can sit on one page and step independently.
//
//   <coro-scope example="send" language="ko" theme="dark"></coro-scope>
//   <coro-scope><script type="text/x-python">print("hi")</script></coro-scope>
//   el.load(source, { granularity: 'coroutine' })
//
// Attributes: example (a gallery id), language or lang (ko | en; absent:
// the host page's <html lang>, then the browser's language), theme (light
// | dark | auto; auto or absent: follows the host page's dark mode, see
// host-theme.mjs), granularity (line | coroutine | scheduler), step (the
// step to open at), height (a CSS length reserved for it; its panels then
// scroll inside), loading="lazy" (start only near the viewport or when
// touched, see lazy.mjs), max-steps (the program's statement budget),
// panels (which to show, e.g. "code timeline"; absent: all), timeline-span
// (seconds: a fixed time axis, so several timelines line up).  Inline code:
// a <script type="text/x-python"> child or a <pre> (read as text).
// Events: 'languagechange' and 'themechange' (detail: the new value), so a
// host page can follow the switches; 'loaded' when a program is loaded;
// 'step' after every snapshot shown.
import { StepperClient } from '../stepper-client.mjs';
import { h, fill, append } from './dom.mjs';
import { STYLES } from './styles.css.mjs';
import { STRINGS } from './strings.mjs';
import { narrate } from './narrate.mjs';
import { GALLERY } from './gallery.mjs';
import { createCodeView, createCodeEditor, marksOf } from './panels/code.mjs';
import { renderObjects } from './panels/objects.mjs';
import { renderLoop } from './panels/loop.mjs';
import { renderConsole } from './panels/console.mjs';
import { scanTimeline, renderTimeline } from './panels/timeline.mjs';
import { encodeShare, decodeShare } from './share.mjs';
import { inlineSource } from './code-text.mjs';
import { whenWanted } from './lazy.mjs';
import { hostMode, watchHostMode } from './host-theme.mjs';
import { cssLength } from './embed-size.mjs';
import { stepPastClosing, backPastClosing } from './closing.mjs';

const GRANULARITIES = ['line', 'coroutine', 'scheduler'];
const SPEEDS = [[0.5, 1200], [1, 600], [2, 300], [4, 120], [10, 40]];   // label -> ms per step
const DEFAULT_MAX_STEPS = 200_000;

export class CoroScope extends HTMLElement {
  static observedAttributes = ['language', 'lang', 'theme', 'example', 'height'];

  #client = null;
  #code = null;           // the code panel: the read-only view, or the editor while editing
  #editing = null;        // null, or a promise while the editor is shown (or loading)
  #ui = {};               // the shadow root's named parts
  #snap = null;           // the snapshot shown
  #furthest = 0;          // the furthest step seen (the scrubber's end)
  #edited = false;        // the editor's text differs from the program loaded
  #queue = Promise.resolve();   // engine calls, one after another
  #busy = 0;
  #playTimer = null;
  #ready = null;          // resolves once the editor and engine are up
  #scanClient = null;     // a second worker that runs the program once for the timeline
  #scanning = 0;          // the scan under way (newer ones win)
  #timeline = null;       // its model, null while it is drawn
  #timelineMode = 'time';
  #shared = null;         // the share link last made, shown until the next step
  #follow = null;         // { kind, id, label } followed by Step and Back, or null
  #timelineDrawn = Promise.resolve();
  #internals = this.attachInternals();   // its 'dark' state styles it (styles.css.mjs)
  #unwatchHost = null;    // stops following the host page's dark mode

  connectedCallback() {
    this.#applyHeight();
    this.#applyTheme();
    this.#unwatchHost ??= watchHostMode(() => this.#applyTheme());
    if (this.#code && !this.#client) this.#reconnect();      // set up once, then taken off and put back
    if (this.#ready) return;
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    this.addEventListener('keydown', (event) => this.#onKey(event));
    this.#ready = whenWanted(this).then(() => this.#setUp()).then(() => this.#openAtStep());
  }

  // Removed from the page (a single-page blog moving on): once it has not
  // come back by the next task, its workers end, so their engines' memory
  // goes back; put back, it loads its program again.
  disconnectedCallback() {
    this.#pause();
    this.#unwatchHost?.();
    this.#unwatchHost = null;
    setTimeout(() => {
      if (this.isConnected || !this.#client) return;
      this.#client.close();
      this.#scanClient?.close();
      this.#client = this.#scanClient = null;
    });
  }

  #newClient() {
    const client = new StepperClient();
    client.onProgress = (step) => this.#showRunning(step);
    return client;
  }

  #reconnect() {
    this.#client = this.#newClient();
    this.#ready = this.#ready.then(() => this.#enqueue(() => this.#loadProgram(this.#code.source)));
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'height') this.#applyHeight();
    if (name === 'theme') this.#applyTheme();
    if (!this.#ui.toolbar) return;                 // not built yet: set-up reads the attributes
    if (name === 'language' || name === 'lang') this.#render();
    if (name === 'example' && value) this.loadExample(value);
  }

  /** Resolves when the element has its editor and first program loaded. */
  get ready() { return this.#ready; }
  get language() {
    const wanted = this.getAttribute('language') || this.getAttribute('lang')
      || document.documentElement.lang || navigator.language || 'ko';
    return wanted.toLowerCase().startsWith('en') ? 'en' : 'ko';
  }
  set language(value) { this.setAttribute('language', value === 'en' ? 'en' : 'ko'); }
  get granularity() { return this.#ui.granularity?.value ?? this.getAttribute('granularity') ?? 'line'; }
  get snapshot() { return this.#snap; }
  /** Resolves when the timeline of the program loaded last is drawn. */
  get timelineDrawn() { return this.#timelineDrawn; }
  get source() { return this.#code?.source ?? ''; }

  /** Loads a program (the editor shows it) and pauses before its first step. */
  async load(source, { granularity } = {}) {
    await this.#ready;
    this.#forgetExampleUnless(source);
    this.#pause();
    if (granularity && GRANULARITIES.includes(granularity)) this.#ui.granularity.value = granularity;
    this.#code.source = source;
    return this.#enqueue(() => this.#loadProgram(source));
  }

  // An edited or pasted program is no longer the gallery example it came
  // from: the page stops marking that example as the one shown.
  #forgetExampleUnless(source) {
    if (!GALLERY.some((e) => e.source === source)) delete this.dataset.example;
  }

  /** Loads one of the article's examples by its gallery id. */
  loadExample(id) {
    const example = GALLERY.find((e) => e.id === id);
    if (!example) throw new Error(`coro-scope: no example '${id}'`);
    this.dataset.example = id;
    return this.load(example.source, { granularity: example.granularity });
  }

  /** A link that opens this program at this step, in this language (also put in the status line). */
  async shareLink(base = location.href) {
    const payload = await encodeShare({ code: this.source, lang: this.language, granularity: this.granularity,
      step: this.#snap?.state === 'paused' ? this.#snap.step : 0 });
    const url = new URL(base);
    url.hash = `s=${payload}`;
    this.#shared = url.href;
    this.#renderStatus();
    navigator.clipboard?.writeText(url.href).catch(() => {});
    return url.href;
  }

  /** Opens a share link's payload (the part after "#s="): its code, language and step. */
  async openShared(payload) {
    const state = await decodeShare(payload);
    this.language = state.lang;
    await this.load(state.code, { granularity: state.granularity });
    if (state.step > 0) await this.jump(state.step);
    return this.#snap;
  }

  // asyncio.run's library clean-up is one step, not a dozen (closing.mjs)
  step() { return this.#act(() => stepPastClosing(this.#client, this.#selector(), this.#snap)); }
  back() { return this.#act(() => backPastClosing(this.#client, this.#selector())); }

  /**
   * Follows one generator, coroutine or task (null: everything): steps then
   * stop only at its events (a task's at scheduler granularity).
   */
  follow(object) {
    const same = object && this.#follow && object.kind === this.#follow.kind && object.id === this.#follow.id;
    this.#follow = same ? null : object;
    this.#render();
  }

  #selector() {
    if (!this.#follow) return this.granularity;
    const { kind, id } = this.#follow;
    return { granularity: kind === 'task' ? 'scheduler' : this.granularity, object: { kind, id } };
  }
  reset() { return this.#act(() => this.#client.reset()); }
  jump(n) { return this.#act(() => this.#client.jump(n)); }
  runToEnd() { return this.#act(() => this.#client.runToEnd(), { long: true }); }

  /** After the step budget: runs on with ten times the budget, from that step. */
  continueRun() {
    this.#maxSteps *= 10;
    return this.#act(() => this.#client.continueWith({ maxSteps: this.#maxSteps }), { long: true });
  }

  /** Stops a long run at once (the worker is replaced). */
  async stop() {
    this.#pause();
    if (this.#busy) await this.#client.stop();
  }

  togglePlay() { return this.#playTimer ? this.#pause() : this.#play(); }

  // ---- set-up -------------------------------------------------------------

  #maxSteps = DEFAULT_MAX_STEPS;

  async #setUp() {
    const root = this.attachShadow({ mode: 'open' });
    this.#maxSteps = Number(this.getAttribute('max-steps')) || DEFAULT_MAX_STEPS;
    root.append(h('style', {}, STYLES), this.#build());
    this.#showPanels(this.getAttribute('panels'));
    this.#client = this.#newClient();
    const inline = inlineSource(this);
    const example = GALLERY.find((e) => e.id === this.getAttribute('example')) ?? (inline ? null : GALLERY[0]);
    const source = inline ? dedent(inline) : example.source;
    if (!inline) this.dataset.example = example.id;
    this.#ui.granularity.value = this.getAttribute('granularity') ?? example?.granularity ?? 'line';
    // a light read-only view; CodeMirror is fetched only when the reader edits
    this.#code = createCodeView(this.#ui.code, { source, label: 'Python' });
    await this.#enqueue(() => this.#loadProgram(source));
  }

  /** Switches the code panel between the read-only view and the editor (CodeMirror, loaded on first use). */
  toggleEdit() {
    return this.#editing ? this.#stopEditing() : this.#startEditing();
  }

  #startEditing() {
    this.#pause();
    const view = this.#code;
    this.#editing = createCodeEditor(this.#ui.code, this.shadowRoot, {
      source: view.source, label: 'Python', onEdit: () => this.#onEdit(),
    }).then((editor) => {
      view.destroy();
      this.#code = editor;
      this.#render();
      editor.focus();
      return editor;
    });
    this.#renderToolbar();
    return this.#editing;
  }

  async #stopEditing() {
    const editor = await this.#editing;
    this.#editing = null;
    const source = editor.source;
    editor.destroy();
    this.#code = createCodeView(this.#ui.code, { source, label: 'Python' });
    if (this.#edited) {                 // run what was typed, from its start
      this.#forgetExampleUnless(source);
      await this.#enqueue(() => this.#loadProgram(source));
    } else {
      this.#render();
    }
  }

  /** The step attribute: after set-up, opens at that step (a share link's step number). */
  async #openAtStep() {
    const step = Number.parseInt(this.getAttribute('step'), 10);
    if (!(step > 0) || this.#snap?.state !== 'paused') return;
    this.#show(await this.#client.jump(step));   // not queued: queued calls wait for ready, which waits for this
  }

  /** The height attribute, as the reserved height :host([height]) keeps. */
  #applyHeight() {
    const height = this.getAttribute('height');
    if (height) this.style.setProperty('--cs-height', cssLength(height));
  }

  /** Dark or light: the theme attribute, or for auto (or none) the host page's mode. */
  #applyTheme() {
    const theme = this.getAttribute('theme');
    const dark = theme === 'dark' || theme === 'light' ? theme === 'dark' : hostMode() === 'dark';
    if (dark) this.#internals.states.add('dark');
    else this.#internals.states.delete('dark');
    if (this.#ui.toolbar) this.#renderToolbar();
  }

  #build() {
    const ui = this.#ui;
    const button = (name, action, extra = {}) =>
      (ui[name] = h('button', { type: 'button', part: `button ${name}`, onclick: action, ...extra }));
    ui.granularity = h('select', { onchange: () => this.focus() },
      GRANULARITIES.map((g) => h('option', { value: g })));
    ui.speed = h('select', {}, SPEEDS.map(([label, ms]) => h('option', { value: ms, selected: label === 1 }, `${label}×`)));
    ui.toolbar = h('div', { class: 'cs-toolbar', role: 'toolbar' },
      button('reset', () => this.reset()), button('back', () => this.back()),
      button('step', () => this.step(), { class: 'cs-primary' }), button('play', () => this.togglePlay()),
      button('runToEnd', () => this.runToEnd()), button('stop', () => this.stop(), { disabled: true }),
      ui.speedLabel = h('label', { class: 'cs-field' }, h('span', {}), ui.speed),
      ui.granularityLabel = h('label', { class: 'cs-field' }, h('span', {}), ui.granularity),
      h('span', { class: 'cs-spacer' }),
      button('share', () => this.shareLink()),
      button('lang', () => this.#switchLanguage()), button('theme', () => this.#switchTheme()));
    ui.scrubber = h('input', { type: 'range', min: 0, max: 0, value: 0, step: 1,
      oninput: () => this.jump(Number(ui.scrubber.value)) });
    ui.stepNo = h('span', { class: 'cs-stepno', 'aria-live': 'off' });
    ui.statusText = h('span', { class: 'cs-status-text' });
    ui.continue = h('button', { type: 'button', hidden: true, onclick: () => this.continueRun() });
    ui.shareUrl = h('input', { type: 'text', readonly: true, hidden: true, class: 'cs-share-url', onfocus: (e) => e.target.select() });
    ui.status = h('div', { class: 'cs-status', role: 'status' }, ui.statusText, ui.shareUrl, ui.continue);
    ui.narration = h('p', { class: 'cs-narration', 'aria-live': 'polite' });
    ui.edit = h('button', { type: 'button', class: 'cs-edit', part: 'button edit', onclick: () => this.toggleEdit() });
    const panel = (name, body, tag = 'div') => {
      ui[`${name}Title`] = h('h3', {});
      ui[name] = h(tag, { class: 'cs-panel-body' });
      return h('section', { class: `cs-panel cs-${name}` }, ui[`${name}Title`], ui[name]);
    };
    const mode = (name, value) => (ui[name] = h('button', { type: 'button', class: 'cs-mode', onclick: () => {
      this.#timelineMode = value;
      this.#renderTimeline();
    } }));
    const code = panel('code');
    ui.codeTitle.append(h('span', {}), ui.edit);
    const timeline = panel('timeline');
    ui.timelineTitle.append(h('span', {}), h('span', { class: 'cs-modes' }, mode('byTime', 'time'), mode('byStep', 'step')));
    return h('div', { class: 'cs-root' },
      ui.toolbar, h('div', { class: 'cs-scrub' }, ui.scrubber, ui.stepNo), ui.status, ui.narration,
      h('div', { class: 'cs-grid' }, code,
        h('div', { class: 'cs-side' }, panel('objects'), panel('loop'), panel('console', null, 'pre'))),
      timeline);
  }

  // ---- engine calls -------------------------------------------------------

  /** Runs engine calls one after another, so a fast key repeat never interleaves them. */
  #enqueue(task) {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => {});
    return run;
  }

  async #loadProgram(source) {
    this.#edited = false;
    this.#furthest = 0;
    this.#follow = null;
    const snap = await this.#client.load(source, { maxSteps: this.#maxSteps });
    // the timeline's scan runs the program once more in a worker of its own: only when the timeline shows
    this.#timelineDrawn = this.#ui.timeline.closest('.cs-panel').hidden ? Promise.resolve() : this.#scan(source);
    this.#show(snap);
    this.dispatchEvent(new CustomEvent('loaded', { detail: { state: snap.state } }));
    return snap;
  }

  #act(call, { long = false } = {}) {
    return this.#enqueue(async () => {
      await this.#ready;
      if (this.#edited) {
        this.#forgetExampleUnless(this.#code.source);
        await this.#loadProgram(this.#code.source);
      }
      this.#busy++;
      if (long) this.#renderBusy();
      try {
        const snap = await call();
        if (snap?.state === 'stopped') return this.#showStopped(snap);
        this.#show(snap);
        return snap;
      } finally {
        this.#busy--;
        this.#renderBusy();
      }
    });
  }

  /** Scans the whole run for the timeline, in its own worker, without holding up stepping. */
  async #scan(source) {
    const token = ++this.#scanning;
    this.#timeline = null;
    // a fresh worker per scan: an older scan still running can never step this one's program
    this.#scanClient?.close();
    const client = this.#scanClient = new StepperClient();
    let model = null;
    try {
      model = await scanTimeline(client, source, { maxSteps: this.#maxSteps });
    } catch {
      model = null;              // closed by a newer scan, or the program could not be scanned
    }
    if (token !== this.#scanning) return;
    client.close();              // its engine's memory goes back at once
    this.#scanClient = null;
    this.#timeline = model ?? { lanes: [] };
    this.#renderTimeline();
    this.dispatchEvent(new CustomEvent('timeline', { detail: { lanes: this.#timeline.lanes.length } }));
  }

  /** Hides the panels not named in the panels attribute. */
  #showPanels(names) {
    if (!names) return;
    const shown = new Set(names.split(/[\s,]+/));
    for (const section of this.shadowRoot.querySelectorAll('.cs-panel')) {
      const name = [...section.classList].find((c) => c.startsWith('cs-') && c !== 'cs-panel').slice(3);
      section.hidden = !shown.has(name);
    }
    const side = this.shadowRoot.querySelector('.cs-side');
    side.hidden = ![...side.children].some((c) => !c.hidden);
  }

  #renderTimeline() {
    const t = STRINGS[this.language];
    const ui = this.#ui;
    ui.timelineTitle.firstChild.textContent = t.timeline;
    ui.byTime.textContent = t.byTime;
    ui.byStep.textContent = t.byStep;
    // a run whose clock never moves has no time axis: it is drawn by step order
    const timeless = this.#timeline?.maxClock === 0;
    const mode = timeless ? 'step' : this.#timelineMode;
    ui.byTime.disabled = timeless;
    ui.byTime.setAttribute('aria-pressed', String(mode === 'time'));
    ui.byStep.setAttribute('aria-pressed', String(mode === 'step'));
    const span = Number(this.getAttribute('timeline-span')) || null;
    renderTimeline(ui.timeline, this.#timeline, this.#snap, this.#timelineMode, t, (n) => this.jump(n), span);
  }

  #play() {
    if (this.#snap?.state === 'ended') return;
    const tick = async () => {
      const snap = await this.step();
      if (!this.#playTimer) return;
      if (!snap || snap.state !== 'paused') return this.#pause();
      this.#playTimer = setTimeout(tick, Number(this.#ui.speed.value));
    };
    this.#playTimer = setTimeout(tick, 0);
    this.#renderToolbar();
  }

  #pause() {
    clearTimeout(this.#playTimer);
    this.#playTimer = null;
    if (this.#ui.play) this.#renderToolbar();
  }

  #onEdit() {
    this.#pause();
    this.#edited = true;
    this.#renderStatus();
  }

  #onKey(event) {
    const path = event.composedPath();
    if (path.some((n) => n.classList?.contains('cm-editor'))) return;   // typing in the editor
    const target = path[0];
    // a focused control keeps its own keys: Space presses a button, arrows move a select or the scrubber
    if (target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    if (target instanceof HTMLSelectElement || target instanceof HTMLInputElement) return;
    const keys = {
      ArrowRight: () => this.step(), ArrowLeft: () => this.back(),
      Home: () => this.reset(), End: () => this.runToEnd(), ' ': () => this.togglePlay(),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  #switchLanguage() {
    this.language = this.language === 'ko' ? 'en' : 'ko';
    this.dispatchEvent(new CustomEvent('languagechange', { detail: this.language, bubbles: true, composed: true }));
  }

  #switchTheme() {
    const next = this.#isDark() ? 'light' : 'dark';
    this.setAttribute('theme', next);
    this.dispatchEvent(new CustomEvent('themechange', { detail: next, bubbles: true, composed: true }));
  }

  #isDark() {
    return this.#internals.states.has('dark');
  }

  // ---- rendering ----------------------------------------------------------

  #show(snap) {
    this.#snap = snap;
    this.#shared = null;
    this.#furthest = Math.max(this.#furthest, snap.step);
    this.#render();
    this.dispatchEvent(new CustomEvent('step', { detail: { step: snap.step, state: snap.state } }));
  }

  #render() {
    const t = STRINGS[this.language];
    const snap = this.#snap;
    this.#renderToolbar();
    const ui = this.#ui;
    ui.codeTitle.firstChild.textContent = t.code;
    ui.objectsTitle.textContent = t.objects;
    ui.loopTitle.textContent = t.loop;
    ui.consoleTitle.textContent = t.console;
    if (!snap) return;
    ui.scrubber.max = String(this.#furthest);
    ui.scrubber.value = String(snap.step);
    ui.scrubber.setAttribute('aria-label', t.scrubber);
    ui.stepNo.textContent = `${t.stepOf(snap.step)} / ${this.#furthest}`;
    const sentence = narrate(snap)[this.language];
    fill(ui.narration, sentence.map((part) => typeof part === 'string' ? part : h('code', {}, part.code)));
    this.#code?.show(this.#edited ? [] : marksOf(snap, t));
    const follow = { current: this.#follow, onFollow: (object) => this.follow(object) };
    renderObjects(ui.objects, snap, t, follow);
    renderLoop(ui.loop, snap, t, follow);
    renderConsole(ui.console, snap, t);
    this.#renderTimeline();
    this.#renderStatus();
    this.dataset.state = snap.state === 'ended' ? snap.end.reason : 'paused';
  }

  #renderToolbar() {
    const t = STRINGS[this.language];
    const ui = this.#ui;
    for (const name of ['reset', 'back', 'step', 'runToEnd', 'stop', 'share']) ui[name].textContent = label(name, t);
    ui.play.textContent = this.#playTimer ? `❚❚ ${t.pause}` : `▷ ${t.play}`;
    ui.play.setAttribute('aria-pressed', String(!!this.#playTimer));
    ui.lang.textContent = t.lang;
    ui.lang.lang = this.language === 'ko' ? 'en' : 'ko';
    // the theme switch is an icon (its words are its label), so the toolbar fits one row
    const themeWords = this.#isDark() ? t.themeLight : t.themeDark;
    ui.theme.textContent = this.#isDark() ? '☀' : '☾';
    ui.theme.setAttribute('aria-label', themeWords);
    ui.theme.title = themeWords;
    ui.speedLabel.firstChild.textContent = t.speed;
    ui.granularityLabel.firstChild.textContent = t.granularity;
    for (const option of ui.granularity.options) option.textContent = t[`gran_${option.value}`];
    ui.continue.textContent = t.continue;
    ui.edit.textContent = this.#editing ? `✓ ${t.editDone}` : `✎ ${t.edit}`;
    ui.edit.setAttribute('aria-pressed', String(!!this.#editing));
    const ended = this.#snap?.state === 'ended';
    ui.step.disabled = ended;
    ui.runToEnd.disabled = ended;
    ui.play.disabled = ended && !this.#playTimer;
    ui.back.disabled = !this.#snap || this.#snap.step === 0;
    ui.reset.disabled = ui.back.disabled;
  }

  #renderBusy() {
    this.#ui.stop.disabled = this.#busy === 0;
    if (this.#busy === 0) this.#renderStatus();
  }

  #renderStatus() {
    const t = STRINGS[this.language];
    const ui = this.#ui;
    const end = this.#snap?.state === 'ended' ? this.#snap.end : null;
    let kind = null;
    let text = '';
    if (this.#edited) [kind, text] = ['edited', t.edited];
    else if (this.#shared) [kind, text] = ['shared', t.shared];
    else if (this.#follow && !end) [kind, text] = ['follow', t.following(this.#follow.label)];
    else if (end) {
      kind = { normal: 'ended', exit: 'ended', step_budget: 'budget', output_limit: 'budget', deadlock: 'deadlock', stopped: 'budget' }[end.reason] ?? 'failed';
      text = t[`end_${end.reason}`] ?? end.reason;     // the end state; its details are the narration's
    }
    ui.shareUrl.hidden = !(kind === 'shared');
    if (kind === 'shared') ui.shareUrl.value = this.#shared;
    ui.continue.hidden = !(end && (end.reason === 'step_budget' || end.reason === 'stopped'));
    if (kind) ui.status.dataset.kind = kind;
    else delete ui.status.dataset.kind;
    ui.statusText.textContent = text;
  }

  #showRunning(step) {
    const t = STRINGS[this.language];
    this.#ui.status.dataset.kind = 'running';
    this.#ui.statusText.textContent = t.running(step);
  }

  #showStopped(stopped) {
    // the worker was replaced: show the stop as an end, with "continue"
    if (!this.#snap) return stopped;
    this.#snap = { ...this.#snap, state: 'ended', step: stopped.step, event: null,
      end: { reason: 'stopped', exit_status: 3, message: stopped.message } };
    this.#render();
    return this.#snap;
  }
}

function label(name, t) {
  const icon = { reset: '↺', back: '◀', step: '▶', runToEnd: '⇥', stop: '■', share: '↗' }[name];
  return `${icon} ${t[name]}`;
}

/** Removes the common indentation of an inline program. */
function dedent(text) {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

if (!customElements.get('coro-scope')) customElements.define('coro-scope', CoroScope);
