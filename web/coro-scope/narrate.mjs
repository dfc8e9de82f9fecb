// narrate.mjs - one or two plain sentences per step, in Korean and English,
// written from the event paused at and its snapshot (shared/NARRATION.md
// sets the tone).  Objects are named as the cards name them: `fetch#2`,
// `Task-2`.  Returns a list of parts: strings, and { code } for names and
// values, which the element renders in code style (always as text).

import { isClosing } from './closing.mjs';

const code = (text) => ({ code: String(text) });

/** How the cards and sentences name a generator or coroutine. */
export function objectLabel(name, id) {
  const short = String(name ?? '?').split('.').pop();
  return `${short}#${id}`;
}

// Korean particles depend on whether the word before ends in a consonant
// (받침).  Names and numbers are read aloud: 1 "일" has one, 2 "이" not;
// `main` (메인) has one, `fetch` (페치) not.
const READ_AS = { None: true, True: false, False: false, main: true, module: true, done: true };
const DIGIT_BATCHIM = [true, true, false, true, false, false, true, true, true, false];
function hasBatchim(text) {
  const chars = [...String(text)].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const last = chars.at(-1);
  if (!last) return false;
  const code = last.codePointAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (/[0-9]/.test(last)) return DIGIT_BATCHIM[+last];
  const word = String(text).match(/[A-Za-z]+(?=[^A-Za-z]*$)/)?.[0] ?? '';   // the last word, read aloud
  if (word in READ_AS) return READ_AS[word];
  // a lone letter or a vowelless abbreviation is spelt out: b (비), cb (씨비); l (엘), m (엠)
  if (!/[aeiouy]/i.test(word)) return /[lmnr]$/i.test(word);
  if (/le$/i.test(word)) return true;                       // module (모듈), handle (핸들)
  if (/ck$/i.test(word)) return !/check$/i.test(word);     // callback (콜백), but check (체크)
  return /[lmnpbLMNPB]$/.test(last) || /ng$/i.test(chars.slice(-2).join(''));
}
/** The particle that fits after text: josa('gen#1', '이', '가') -> '이'. */
export function josa(text, withBatchim, without) {
  return hasBatchim(text) ? withBatchim : without;
}
// "`gen#1`이", "`Task-2`를": the name in code style with its particle
const ko = {
  i: (t) => [code(t), josa(t, '이', '가')],
  eul: (t) => [code(t), josa(t, '을', '를')],
  eun: (t) => [code(t), josa(t, '은', '는')],
  ro: (t) => [code(t), roAfter(t)],
  gwa: (t) => [code(t), josa(t, '과', '와')],
};

// 으로/로: after a consonant but ㄹ (1 "일", l) comes 로, else 으로
const roAfter = (t) => hasBatchim(t) && !/[1lL]$/.test(t) ? '으로' : '로';
const seconds = (t) => `${Number(t).toFixed(1)}`;
const isLibrary = (snap, id) => snap.generators.find((g) => g.id === id)?.library ?? false;
const taskName = (snap, id) => snap.tasks.find((t) => t.id === id)?.name ?? `Task#${id}`;

/** Which of the article's common mistakes a warning or end shows. */
function mistake(text) {
  if (/never awaited/.test(text)) return 1;
  if (/asyncio\.run\(\) cannot be called from a running event loop/.test(text)) return 5;
  if (/'await' outside (async )?function/.test(text)) return 3;
  return null;
}

/** Adds "(흔한 실수 n)" when the text shows one of the article's mistakes. */
function withMistake(text, parts) {
  const n = mistake(text ?? '');
  if (n) {
    parts.ko.push(` (흔한 실수 ${n})`);
    parts.en.push(` (common mistake ${n})`);
  }
  return parts;
}

// Common mistake 4: a plain function called from a coroutine makes a
// coroutine object it cannot await, and hands it back un-run.
const plainFrameInLoop = (snap) => snap.stack?.[0] && snap.stack[0].gen === null
  && snap.stack[0].func !== '<module>' && snap.stack.some((frame) => frame.gen !== null);
/** The still-unrun coroutine a repr like "<coroutine object fetch>" names (its card label). */
function unrunCoroutine(snap, repr) {
  const name = String(repr ?? '').match(/^<coroutine object (\S+?)>$/)?.[1];
  const gen = name && snap.generators?.findLast((g) => g.kind === 'coroutine' && g.state === 'CORO_CREATED' && g.name === name);
  return gen ? objectLabel(gen.name, gen.id) : null;
}
const NEVER_AWAITED = (name) => ({
  ko: ['코루틴 객체 ', ...ko.i(name), ' 한 번도 실행되지 않은 채 버려져 RuntimeWarning이 나옵니다. await를 빠뜨렸거나(흔한 실수 1) 실행되지 않은 코루틴을 돌려받은(흔한 실수 4) 경우입니다.'],
  en: ['Coroutine object ', code(name), ' is dropped without ever running, hence the RuntimeWarning: an await was left out (common mistake 1) or an un-run coroutine was handed back (common mistake 4).'] });

// One function per event kind: (event, snap) -> { ko: parts, en: parts }.
const EVENTS = {
  call: (e) => e.func === '<module>'
    ? { ko: ['프로그램이 시작됩니다. 모듈의 첫 줄부터 실행합니다.'], en: ['The program starts at the module\'s first line.'] }
    : { ko: [...ko.eul(`${e.func}()`), ' 호출합니다. 보통 함수이므로 바로 본문이 실행됩니다.'],
      en: ['Calls ', code(`${e.func}()`), ', a plain function: its body runs right away.'] },
  return: (e, snap) => e.func === '<module>'
    ? { ko: ['모듈의 마지막 줄까지 실행했습니다.'], en: ['The module has run to its last line.'] }
    : unrunCoroutine(snap, e.value) ? {
      ko: [...ko.i(`${e.func}()`), ' 한 번도 실행되지 않은 코루틴 객체 ', ...ko.eul(unrunCoroutine(snap, e.value)), ' 그대로 반환합니다. 받는 쪽이 await하지 않으면 본문은 끝내 실행되지 않습니다 (흔한 실수 4: 실행되지 않은 코루틴 반환).'],
      en: [code(`${e.func}()`), ' returns coroutine object ', code(unrunCoroutine(snap, e.value)), ' without running it; unless the caller awaits it, its body never runs (common mistake 4: returning an un-run coroutine).'] }
    : e.text
    ? { ko: [...ko.i(`${e.func}()`), ' 예외 ', code(e.text), '를 안고 빠져나갑니다.'],
      en: [code(`${e.func}()`), ' exits with the exception ', code(e.text), '.'] }
    : { ko: [...ko.i(`${e.func}()`), ' ', code(e.value ?? 'None'), josa(e.value ?? 'None', '을', '를'), ' 반환하고 끝납니다.'],
      en: [code(`${e.func}()`), ' returns ', code(e.value ?? 'None'), '.'] },
  line: (e, snap) => {
    const gen = snap.generators.find((g) => g.id === e.id && e.id);
    const where = gen ? objectLabel(gen.name, gen.id) : e.func === '<module>' ? null : `${e.func}()`;
    return where
      ? { ko: [...ko.eun(where), ` ${e.line}번째 줄을 실행합니다.`], en: [code(where), ` runs line ${e.line}.`] }
      : { ko: [`${e.line}번째 줄을 실행합니다.`], en: [`Runs line ${e.line}.`] };
  },
  exception_raised: (e) => withMistake(e.text, {
    ko: [`${e.line}번째 줄에서 예외 `, code(e.text), josa(e.text, '이', '가'), ' 발생합니다.'],
    en: ['Line ', String(e.line), ' raises ', code(e.text), '.'] }),
  exception_caught: (e) => withMistake(e.text, {
    ko: [`${e.line}번째 줄의 except가 `, code(e.text), josa(e.text, '을', '를'), ' 잡습니다. 실행은 여기서 이어집니다.'],
    en: ['The except at line ', String(e.line), ' catches ', code(e.text), '; running goes on there.'] }),
  gen_create: (e, snap) => {
    const name = objectLabel(e.func, e.id);
    if (e.kind === 'coroutine' && plainFrameInLoop(snap)) return {
      ko: [...ko.eun(`${snap.stack[0].func}()`), ' 보통 함수라서 ', ...ko.i(`${e.func}()`), ' 만든 코루틴 객체 ', ...ko.eul(name), ' await할 수 없습니다. 이대로 돌려주면 실행되지 않은 코루틴을 반환하게 됩니다 (흔한 실수 4).'],
      en: [code(`${snap.stack[0].func}()`), ' is a plain function, so it cannot await coroutine object ', code(name), ' made by ', code(`${e.func}()`), '; handing it back as is returns an un-run coroutine (common mistake 4).'] };
    if (e.kind === 'coroutine') return {
      ko: [...ko.eul(`${e.func}()`), ' 호출해도 본문은 실행되지 않습니다. 코루틴 객체 ', ...ko.i(name), ' 만들어질 뿐입니다 (호출 ≠ 실행).'],
      en: ['Calling ', code(`${e.func}()`), ' does not run it: it only makes coroutine object ', code(name), ' (calling is not running).'] };
    if (e.kind === 'async_generator') return {
      ko: [...ko.eul(`${e.func}()`), ' 호출하면 비동기 제너레이터 ', ...ko.i(name), ' 만들어집니다. 본문은 `async for`가 값을 요청할 때 실행됩니다.'],
      en: ['Calling ', code(`${e.func}()`), ' makes async generator ', code(name), '; its body runs when `async for` asks for a value.'] };
    return {
      ko: [...ko.eul(`${e.func}()`), ' 호출했지만 본문은 아직 한 줄도 실행되지 않습니다. 제너레이터 객체 ', ...ko.i(name), ' 만들어졌을 뿐입니다.'],
      en: ['Calling ', code(`${e.func}()`), ' runs none of its body: it only creates generator object ', code(name), '.'] };
  },
  gen_resume: (e, snap) => {
    const name = objectLabel(e.func, e.id);
    const by = e.peer;
    const gen = snap.generators.find((g) => g.id === e.id);
    if (e.verb === 'close') return {
      ko: [...ko.i(by), ' ', ...ko.ro('close()'), ' ', ...ko.eul(name), ' 닫습니다. 멈춘 자리에서 ', code('GeneratorExit'), '가 발생합니다.'],
      en: [code(by), ' closes ', code(name), ' with ', code('close()'), ': ', code('GeneratorExit'), ' is raised where it paused.'] };
    if (e.verb === 'send' && e.value !== 'None') return {
      ko: [...ko.i(by), ' ', ...ko.ro(`send(${e.value})`), ' ', ...ko.eul(name), ` 재개합니다. ${e.line}번째 줄에서 멈춰 있던 yield 식의 값이 `, code(e.value), josa(e.value, '이', '가'), ' 됩니다.'],
      en: [code(by), ' resumes ', code(name), ' with ', code(`send(${e.value})`), `: the paused yield at line ${e.line} becomes `, code(e.value), '.'] };
    if (e.verb === 'throw') {
      const thrown = e.value ?? e.text ?? gen?.sent ?? 'exception';
      return {
        ko: [...ko.i(by), ' ', ...ko.eul(name), ' 재개하면서 멈춘 자리에 예외 ', code(thrown), josa(thrown, '을', '를'), ' 던집니다.'],
        en: [code(by), ' resumes ', code(name), ' by throwing ', code(thrown), ' in at its pause point.'] };
    }
    // a coroutine has no __next__: "next" from another coroutine is its await
    if (e.kind === 'coroutine' && e.verb === 'next' && e.peer_id) {
      const awaiter = objectLabel(e.peer, e.peer_id);
      return gen?.library ? {
        ko: [...ko.i(awaiter), ' await로 라이브러리 코루틴 ', ...ko.eul(name), ' 실행합니다.'],
        en: [code(awaiter), ' runs library coroutine ', code(name), ' through await.'] } : {
        ko: [...ko.i(awaiter), ' await로 ', ...ko.eul(name), ` 실행합니다. ${e.line}번째 줄부터 이어서 실행됩니다.`],
        en: [code(awaiter), ' runs ', code(name), ` through await, from line ${e.line}.`] };
    }
    const how = e.verb === 'next' ? 'next()' : 'send(None)';
    if (gen?.library) return {
      ko: [...ko.i(by), ' ', ...ko.ro(how), ' 라이브러리 코루틴 ', ...ko.eul(name), ' 재개합니다.'],
      en: [code(by), ' resumes library coroutine ', code(name), ' with ', code(how), '.'] };
    return {
      ko: [...ko.i(by), ' ', ...ko.ro(how), ' ', ...ko.eul(name), ` 재개합니다. ${e.line}번째 줄부터 이어서 실행됩니다.`],
      en: [code(by), ' resumes ', code(name), ' with ', code(how), `, from line ${e.line}.`] };
  },
  gen_yield: (e, snap) => {
    const name = objectLabel(e.func, e.id);
    if (e.kind === 'coroutine' || e.kind === 'async_generator' && /Future|Task/.test(e.value ?? '')) {
      const task = e.peer && /^Task/.test(e.peer) ? e.peer : null;
      return task ? {
        ko: [...ko.i(name), ` ${e.line}번째 줄의 await에서 멈춥니다. 기다리는 것이 아직 끝나지 않았으므로 `, ...ko.eun(task), ' 제어권을 이벤트 루프에 돌려줍니다.'],
        en: [code(name), ` pauses at the await on line ${e.line}: what it awaits is not done, so `, code(task), ' hands control back to the event loop.'] } : {
        ko: [...ko.i(name), ` ${isLibrary(snap, e.id) ? '라이브러리 코드 안' : `${e.line}번째 줄의 await`}에서 멈춥니다. 아직 끝나지 않은 `, code(e.value), josa(e.value, '이', '가'), ' 자신을 await한 ', ...ko.eul(e.peer), ' 거쳐 바깥으로 전달됩니다.'],
        en: [code(name), ` pauses ${isLibrary(snap, e.id) ? 'inside library code' : `at the await on line ${e.line}`}: the unfinished `, code(e.value), ' passes out through ', code(e.peer), ', which awaits it.'] };
    }
    return {
      ko: [...ko.i(name), ` ${e.line}번째 줄의 yield에서 `, code(e.value), josa(e.value, '을', '를'), ' 내보내고 멈춥니다. 지역 변수와 실행 위치는 그대로 보존됩니다.'],
      en: [code(name), ` yields `, code(e.value), ` at line ${e.line} and pauses; its locals and position are kept.`] };
  },
  gen_return: (e) => {
    const name = objectLabel(e.func, e.id);
    return e.kind === 'coroutine' ? {
      ko: [...ko.i(name), ' ', code(e.value), josa(e.value, '을', '를'), ' 반환하고 끝났습니다. 기다리던 쪽이 이 값을 받습니다.'],
      en: [code(name), ' is finished and returns ', code(e.value), ' to whoever awaited it.'] } : {
      ko: e.kind === 'async_generator'
        ? [...ko.i(name), ' 끝났습니다. ', code('StopAsyncIteration'), '으로 `async for`에 끝을 알립니다.']
        : [...ko.i(name), ' 끝났습니다. 반환값 ', code(e.value), josa(e.value, '은', '는'), ' ', code('StopIteration'), '에 담겨 호출한 쪽으로 전달됩니다.'],
      en: e.kind === 'async_generator'
        ? [code(name), ' is finished: ', code('StopAsyncIteration'), ' tells `async for` it is over.']
        : [code(name), ' is finished; its return value ', code(e.value), ' travels to the caller inside ', code('StopIteration'), '.'] };
  },
  gen_raise: (e) => ({
    ko: [...ko.i(objectLabel(e.func, e.id)), ' 예외 ', code(e.text), josa(e.text, '으로', '로'), ' 끝났습니다. 예외는 재개한 쪽으로 전달됩니다.'],
    en: [code(objectLabel(e.func, e.id)), ' ends with ', code(e.text), ', which goes on to whoever resumed it.'] }),
  gen_close: (e, snap) => e.verb === 'drop' && e.kind === 'coroutine'
    && snap.generators?.find((g) => g.id === e.id)?.verb === null ? NEVER_AWAITED(objectLabel(e.func, e.id))
    : e.verb === 'drop' ? {
    ko: [...ko.i(objectLabel(e.func, e.id)), ' 더 이상 쓰이지 않아 닫힙니다.'],
    en: [code(objectLabel(e.func, e.id)), ' is no longer used and is closed.'] } : {
    ko: [...ko.i(objectLabel(e.func, e.id)), ' ', code('close()'), '로 닫힙니다. 멈춘 자리에서 ', code('GeneratorExit'), '가 발생합니다.'],
    en: [code(objectLabel(e.func, e.id)), ' is closed: ', code('GeneratorExit'), ' is raised where it paused.'] },
  output: (e) => e.verb === 'stderr'
    ? { ko: ['표준 오류에 출력합니다.'], en: ['Writes to stderr.'] }
    : { ko: [code('print'), '가 ', code(e.text.replace(/\n$/, '')), josa(e.text.trim(), '을', '를'), ' 출력합니다.'],
      en: [code('print'), ' writes ', code(e.text.replace(/\n$/, '')), '.'] },
  warning: (e) => {
    const n = mistake(e.text ?? '');
    const coroutine = String(e.text ?? '').match(/coroutine '([^']+)' was never awaited/)?.[1];
    return n === 1 ? NEVER_AWAITED(coroutine ?? '?') : {
      ko: ['경고: ', code(e.text)], en: ['Warning: ', code(e.text)] };
  },
  task_create: (e) => ({
    ko: [...ko.i('create_task'), ' ', ...ko.eul(e.name), ' 만들어 준비 큐 맨 뒤에 넣습니다. 지금 바로 실행되지는 않습니다.'],
    en: [code('create_task'), ' makes ', code(e.name), ' and puts it at the end of the ready queue; it does not run yet.'] }),
  task_step: (e) => ({
    ko: ['이벤트 루프가 준비 큐에서 ', ...ko.eul(e.name), ' 꺼내 실행합니다.'],
    en: ['The event loop takes ', code(e.name), ' from the ready queue and runs it.'] }),
  task_wait: (e) => ({
    ko: [...ko.eun(e.name), ' ', code(e.peer), josa(e.peer, '이', '가'), ' 끝나기를 기다립니다. 그동안 이벤트 루프는 다른 일을 합니다.'],
    en: [code(e.name), ' now waits for ', code(e.peer), '; meanwhile the event loop does other work.'] }),
  task_done: (e) => e.state === 'CANCELLED' ? {
    ko: [...ko.eun(e.name), ' 취소되어 끝났습니다.'], en: [code(e.name), ' ended cancelled.'] } : {
    ko: [...ko.i(e.name), ' ', code(e.value), josa(e.value, '을', '를'), ' 결과로 끝났습니다. 이 태스크를 기다리던 쪽에 알립니다.'],
    en: [code(e.name), ' is done with ', code(e.value), '; whoever waited on it is told.'] },
  task_cancel: (e) => ({
    ko: [...ko.eul(e.name), ' 취소하라는 요청이 왔습니다. 다음에 재개될 때 await 지점에서 ', code('CancelledError'), '가 발생합니다.'],
    en: [code(e.name), ' is asked to cancel: ', code('CancelledError'), ' will be raised at its await point when it next resumes.'] }),
  future_done: (e) => ({
    ko: ['Future가 완료되었습니다. 이를 기다리던 쪽을 깨우는 콜백이 준비 큐에 들어갑니다.'],
    en: ['A future is done: the callbacks waiting on it go to the ready queue.'] }),
  call_soon: (e, snap) => /wakeup$/.test(e.value) ? {
    ko: [...ko.eul(e.value.replace(/ wakeup$/, '')), ' 깨우는 콜백이 준비 큐 맨 뒤에 들어갑니다.'],
    en: ['A callback that wakes ', code(e.value.replace(/ wakeup$/, '')), ' joins the end of the ready queue.'] } : / step$/.test(e.value) ? {
    ko: [...ko.i(e.value.replace(/ step$/, '')), ' 준비 큐 맨 뒤에 줄을 섭니다. 차례가 오면 실행됩니다.'],
    en: [code(e.value.replace(/ step$/, '')), ' joins the end of the ready queue; it runs when its turn comes.'] } : {
    ko: [code(e.value), josa(e.value, '이', '가'), ' 준비 큐 맨 뒤에 들어갑니다.'],
    en: [code(e.value), ' joins the end of the ready queue.'] },
  timer_add: (e, snap) => ({
    ko: [`시각 ${seconds(e.time)}에 울릴 타이머가 등록됩니다. 그때까지 이 일은 잠들어 있습니다.`],
    en: [`A timer is set for ${seconds(e.time)}; until then this work sleeps.`] }),
  timer_fire: (e) => ({
    ko: [`시각 ${seconds(e.time)}: 타이머가 울립니다. 잠들어 있던 쪽이 곧 준비 큐로 돌아갑니다.`],
    en: [`At ${seconds(e.time)} the timer fires: what slept goes back to the ready queue.`] }),
  timer_cancel: () => ({ ko: ['타이머가 취소됩니다.'], en: ['A timer is cancelled.'] }),
  clock: (e, snap) => snap.stack.some((frame) => frame.gen !== null) ? {
    // the clock moved while a coroutine runs: a blocking call (time.sleep) held the whole loop
    ko: [`코루틴 안의 블로킹 호출이 이벤트 루프 전체를 ${seconds(e.time - e.from)}초 동안 멈춥니다. 그동안 다른 태스크는 하나도 실행되지 않습니다 (흔한 실수 2).`],
    en: [`A blocking call inside a coroutine holds the whole event loop for ${seconds(e.time - e.from)} s; no other task runs meanwhile (common mistake 2).`] } : ({
    ko: [`준비된 일이 없으므로 가상 시계가 ${seconds(e.from)}에서 다음 타이머 시각 ${seconds(e.time)}${roAfter(seconds(e.time))} 건너뜁니다. 실제로 기다리지는 않습니다.`],
    en: [`Nothing is ready, so the virtual clock jumps from ${seconds(e.from)} to the next timer at ${seconds(e.time)}; no real waiting happens.`] }),
  loop_iter: (e) => ({
    ko: [`이벤트 루프가 한 바퀴를 돕니다. 준비 큐에 있는 ${e.count}개의 일을 차례로 실행합니다.`],
    en: [`The event loop goes round once: it runs the ${e.count} ready callback${e.count === 1 ? '' : 's'} in order.`] }),
  deadlock: () => ({
    ko: ['준비된 태스크도 남은 타이머도 없습니다. 모든 태스크가 아무도 완료하지 않을 것을 기다리므로 프로그램은 영원히 멈춰 있게 됩니다.'],
    en: ['No task is ready and no timer is left: every task waits on something nobody will complete, so the program would hang forever.'] }),
};

/** The sentence for a step: { ko, en } lists of parts. */
export function narrate(snap) {
  if (!snap) return { ko: [], en: [] };
  if (snap.state === 'ended') return narrateEnd(snap);
  if (!snap.event) return {
    ko: ['아직 아무것도 실행되지 않았습니다. ', code('다음'), '(→)을 눌러 한 단계씩 따라가 보세요.'],
    en: ['Nothing has run yet. Press ', code('Step'), ' (→) to follow the program one step at a time.'] };
  if (isClosing(snap)) return CLOSING;
  const made = EVENTS[snap.event.event]?.(snap.event, snap);
  return made ?? {
    ko: [code(snap.event.event), ' 이벤트입니다.'],
    en: ['Event ', code(snap.event.event), '.'] };
}

// asyncio.run's clean-up, narrated once (closing.mjs passes over the rest)
const CLOSING = {
  ko: ['프로그램의 태스크가 모두 끝나 ', code('asyncio.run'), '이 이벤트 루프를 정리하고 닫습니다. 남은 태스크 취소, 비동기 제너레이터와 기본 실행기 종료 같은 라이브러리 단계는 ', code('다음'), '을 한 번 누르면 모두 지나갑니다.'],
  en: ['All of the program\'s tasks are done, so ', code('asyncio.run'), ' tidies up and closes the event loop; its library steps (cancelling what is left, shutting down async generators and the default executor) all pass with one more ', code('Step'), '.'],
};

// The end: the status banner above says the end state in words; the
// sentence says what the reader cannot see there (the last output, where
// the exception came from, who waits on whom), so nothing is said twice.
const END = {
  normal: (snap) => {
    const last = lastLine(snap.output?.stdout);
    return last ? {
      ko: ['모듈의 마지막 줄까지 실행했습니다. 마지막으로 ', ...ko.eul(last), ' 출력했습니다.'],
      en: ['The module ran to its last line; the last line it printed is ', code(last), '.'] } : {
      ko: ['모듈의 마지막 줄까지 실행했습니다. 출력한 것은 없습니다.'],
      en: ['The module ran to its last line without printing anything.'] };
  },
  exit: (snap) => ({
    ko: ['종료 코드는 ', code(snap.end.exit_status), '입니다. ', code('SystemExit'), ' 뒤의 코드는 실행되지 않습니다.'],
    en: ['Its exit status is ', code(snap.end.exit_status), '; no code after the ', code('SystemExit'), ' runs.'] }),
  exception: uncaught, memory: uncaught, recursion: uncaught,
  syntax_error: (snap) => {
    const se = snap.end.syntax_error;
    const message = se?.message ?? snap.end.message ?? '';
    const where = se?.column ? `${se.line}번째 줄 ${se.column}번째 글자` : `${se?.line ?? '?'}번째 줄`;
    const whereEn = se?.column ? `line ${se.line} at column ${se.column}` : `line ${se?.line ?? '?'}`;
    return withMistake(message, {
      ko: [`파이썬이 ${where}를 해석하지 못했습니다: `, code(message), '. 표시된 곳을 고치면 처음부터 다시 실행합니다.'],
      en: [`Python cannot read ${whereEn}: `, code(message), '. Fix the marked spot and it runs again from the start.'] });
  },
  step_budget: () => ({
    ko: [code('계속 실행'), '을 누르면 한도를 열 배로 늘려 멈춘 자리에서 이어 갑니다. 정말 끝나지 않는 루프라면 코드를 고쳐야 합니다.'],
    en: [code('Continue'), ' runs on from here with ten times the budget; a loop that never ends needs its code fixed.'] }),
  stopped: () => ({
    ko: [code('계속 실행'), '을 누르면 멈춘 자리에서 이어 갑니다.'],
    en: [code('Continue'), ' goes on from where it stopped.'] }),
  deadlock: (snap) => waitsFor(snap.end.waiting_tasks ?? [], snap),
};

const lastLine = (text) => String(text ?? '').split('\n').filter((line) => line.trim()).at(-1) ?? null;

/** An uncaught exception: where it was raised (the traceback's innermost frame) and what. */
function uncaught(snap) {
  const text = snap.end.exception ?? snap.end.message ?? '';
  const at = snap.end.frames?.at(-1);
  const inModule = !at || at.func === '<module>';
  const whereKo = !at ? [] : inModule ? [`모듈의 ${at.line}번째 줄에서 발생한 `] : [code(`${at.func}()`), `의 ${at.line}번째 줄에서 발생한 `];
  const whereEn = !at ? [] : inModule ? [`, raised at line ${at.line} of the module,`] : [`, raised at line ${at.line} in `, code(`${at.func}()`), ','];
  return withMistake(text, {
    ko: [...whereKo, ...ko.eul(text), ' 아무 except도 잡지 않았습니다. 트레이스백은 콘솔에 있습니다.'],
    en: [code(text), ...whereEn, ' was caught by no except; the traceback is in the console.'] });
}

/** A deadlock: who waits on whom ("Task-1 waits for Task-2, Task-2 for a Future"). */
function waitsFor(tasks, snap) {
  const what = (task) => refName(task.waits_on, tasks) ?? '?';     // as the loop panel names it
  const ko_ = tasks.flatMap((task, i) => [i ? ', ' : '', ...ko.eun(task.name ?? `Task#${task.id}`), ' ', ...ko.eul(what(task))]);
  const en = tasks.flatMap((task, i) => [i ? ', ' : '', code(task.name ?? `Task#${task.id}`), i ? ' for ' : ' waits for ', code(what(task))]);
  return {
    ko: [...ko_, ' 기다립니다. 이들을 깨워 줄 일이 남아 있지 않아 영원히 기다리게 됩니다.'],
    en: [...en, '; nothing is left that could wake them, so they would wait forever.'] };
}

const refName = (ref, tasks) => !ref ? null : ref.kind === 'task' ? ref.name ?? tasks.find((t) => t.id === ref.id)?.name
  : ref.kind === 'object' ? ref.repr : ref.kind === 'future' ? tasks.find((t) => t.id === ref.id)?.name ?? `Future#${ref.id}`
  : `${ref.kind}#${ref.id}`;

function narrateEnd(snap) {
  const end = snap.end ?? {};
  const made = END[end.reason]?.(snap);
  if (made) return made;
  const message = end.message ?? '';
  return withMistake(message, { ko: [code(end.reason ?? 'ended'), ': ', message], en: [code(end.reason ?? 'ended'), ': ', message] });
}
