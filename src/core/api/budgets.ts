/**
 * The formula checker's budget clock, for the Node entry points (CLI, the
 * extension's threads, the corpus script) to hand in this thread's CPU time at
 * start-up (src/threads/threadCpuClock.ts). Its own module, apart from the cheap
 * surface (`./notes`) and the formula module (`./formulas`): deadline.ts imports
 * nothing, so this loads no formula code.
 */
export { useCpuClock, type CpuClock } from '../formula/deadline';
