// placeholder.mjs - until the playground lands: load the engine, step
// through a Python generator in a worker (web/stepper-client.mjs), one
// coroutine event at a time, then show its whole step trace, writing
// everything to the page as text.
import { loadEngine, runProgram } from './engine.mjs';
import { StepperClient } from './stepper-client.mjs';

const PROGRAM = `def countdown(n):
    print("시작")
    while n > 0:
        received = yield n
        if received:
            print("받음", received)
        n -= 1
    return "끝"

gen = countdown(2)
print(next(gen))
print(gen.send("hello"))
try:
    next(gen)
except StopIteration as stop:
    print(stop.value)
`;

// One readable line per trace event.
function describe(e) {
  const who = e.func ? ` ${e.func}` : '';
  const detail = e.value ?? e.text?.trimEnd() ?? '';
  const state = e.state ? ` [${e.state}]` : '';
  return `${String(e.step).padStart(3)} line ${e.line ?? '-'}${who}: ${e.event}${e.verb ? ` ${e.verb}` : ''}${detail ? ` ${detail}` : ''}${state}`;
}

async function showPython() {
  document.getElementById('program').textContent = PROGRAM;
  const result = await runProgram(PROGRAM, { trace: true });
  const events = result.trace.trim().split('\n').map((line) => JSON.parse(line));
  document.getElementById('output').textContent =
    events.filter((e) => e.event === 'output').map((e) => e.text).join('');
  document.getElementById('steps').textContent = events.map(describe).join('\n');
  return result.status;
}

const status = document.getElementById('status');
const log = document.getElementById('log');
const say = (line) => { log.textContent += `${line}\n`; };

try {
  const engine = await loadEngine();
  status.textContent = `Engine ${engine.version} loaded.`;
  const client = new StepperClient();
  let snap = await client.load(PROGRAM);
  while (snap.state === 'paused') {
    snap = await client.step('coroutine');
    const g = snap.generators[0];
    if (snap.event) say(`step ${snap.step}: ${snap.event.event} -> ${g ? `${g.name} ${g.state} at line ${g.line}` : 'closed'}`);
  }
  say(`ended: ${snap.end.reason}`);
  client.close();
  const exitStatus = await showPython();
  document.body.dataset.ready = exitStatus === 0 ? 'yes' : 'error';
} catch (error) {
  status.textContent = `The engine failed to load: ${error.message}`;
  document.body.dataset.ready = 'error';
}
