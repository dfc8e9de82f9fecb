// snapshots.mjs - helpers for the stepping tests: the snapshot schema's
// validator (ajv, JSON Schema 2020-12) and small walkers over a Stepper.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../web/snapshot.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

/** Errors of a snapshot against web/snapshot.schema.json ([] when valid). */
export function schemaErrors(snapshot) {
  if (validate(snapshot)) return [];
  return validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Every snapshot from load to the end at one granularity: [{ json, snap }]. */
export async function walk(stepper, source, granularity = 'all', options = {}) {
  const seen = [];
  let snap = await stepper.load(source, options);
  seen.push({ json: stepper.snapshotJSON(), snap });
  while (snap.state === 'paused') {
    snap = stepper.step(granularity);
    seen.push({ json: stepper.snapshotJSON(), snap });
  }
  return seen;
}

// A clock reading as Python writes a float (1.0, 0.5).
const time = (t) => (Number.isInteger(t) ? t.toFixed(1) : String(t));

/** "task_create Task-1", "clock 0.0->1.0", ...: an event in a few words. */
export function words(e) {
  switch (e.event) {
    case 'clock': return `clock ${time(e.from)}->${time(e.time)}`;
    case 'timer_add': case 'timer_fire': return `${e.event} ${time(e.time)}`;
    case 'call_soon': return `call_soon ${e.value}`;
    case 'loop_iter': return `loop_iter ${e.count}`;
    case 'task_done': return `task_done ${e.name} ${e.value ?? e.text ?? e.state}`;
    case 'task_wait': return `task_wait ${e.name} ${e.peer}`;
    default: return `${e.event} ${e.name ?? e.func ?? ''}`.trim();
  }
}

/** Is `expected` a subsequence of `actual` (in order, gaps allowed)? The index of the first missing one, or -1. */
export function missingFrom(actual, expected) {
  let i = 0;
  for (const want of expected) {
    while (i < actual.length && actual[i] !== want) i++;
    if (i === actual.length) return expected.indexOf(want);
    i++;
  }
  return -1;
}
