/**
 * The messages between the extension host and the results panel, both
 * directions, plus the pure validators each side runs on what it receives.
 * A webview is a browser page: anything it posts is untrusted input, and the
 * host's state can come back from `getState` after a reload, so both sides
 * shape-check and drop what they don't recognise instead of trusting types.
 * No imports with runtime effect: this file is shared by the host and the webview.
 */
import { VERDICTS as VERDICT_LIST } from '../core/api/notes';
import { isObject, type Obj } from './plainData';
import type { PanelBlock, PanelError, PanelFormula, PanelState } from './panelModel';
import type { CardChange, CardMove, FormulaChange, FormulaMove, FormulaSplice, PanelPatch } from './panelPatch';

/** A block's run status, as the panel shows it. */
export type BlockStatus = PanelBlock['status'];

/** The chart formats the panel can export. */
export type ExportFormat = 'svg' | 'png';

/** Host → webview: replace everything the panel shows. */
export interface StateMessage {
  readonly type: 'state';
  readonly state: PanelState;
  /** Numbers the host's posts, so a patch can name the state it was made from. */
  readonly version?: number;
}

/**
 * Host → webview: the changes from the state numbered `base` to the one
 * numbered `version`. A webview that holds another version ignores it and
 * asks for a whole state with `ready`.
 */
export interface PatchMessage {
  readonly type: 'patch';
  readonly base: number;
  readonly version: number;
  readonly patch: PanelPatch;
}

/** Host → webview: one block started/finished running (cheaper than a whole state). */
export interface BlockStatusMessage {
  readonly type: 'blockStatus';
  readonly index: number;
  readonly status: BlockStatus;
  readonly elapsedMs?: number;
}

/** Everything the host may post to the webview. */
export type HostMessage = StateMessage | PatchMessage | BlockStatusMessage;

/**
 * A chart the webview hands back for export or saving. SVG is taken from the
 * host's own state (it made it); PNG can only be rasterised in the browser,
 * so it travels as base64.
 */
export type ChartPayload =
  | { readonly format: 'svg' }
  | { readonly format: 'png'; readonly pngBase64: string };

/** Everything the webview may post to the host. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly line: number }
  | { readonly type: 'run'; readonly index: number }
  | { readonly type: 'runAll' }
  | ({ readonly type: 'export'; readonly index: number } & ChartPayload)
  | ({ readonly type: 'saveNextToNote'; readonly index: number } & ChartPayload);

/** Largest PNG the host accepts from the webview, in base64 characters (~24 MB of image). */
export const MAX_PNG_BASE64_LENGTH = 32 * 1024 * 1024;
/** Largest chart SVG the panel accepts in a state. */
export const MAX_SVG_LENGTH = 8 * 1024 * 1024;
/** Caps on list sizes in a state: a note with more is not a note a person wrote. */
export const MAX_BLOCKS = 1000;
/** Cap on formulas listed in a state. */
export const MAX_FORMULAS = 10000;
const MAX_TEXT = 100_000;
const MAX_LINE = 10_000_000;

function isIndex(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < MAX_BLOCKS;
}

function isLine(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= MAX_LINE;
}

function isText(x: unknown, max = MAX_TEXT): x is string {
  return typeof x === 'string' && x.length <= max;
}

function isOptional<T>(x: unknown, check: (v: unknown) => v is T): boolean {
  return x === undefined || check(x);
}

function isListOf<T>(x: unknown, max: number, check: (v: unknown) => v is T): x is readonly T[] {
  return Array.isArray(x) && x.length <= max && x.every((v) => check(v));
}

const BLOCK_STATUSES: readonly string[] = ['idle', 'running', 'done', 'error', 'cancelled'];
const VERDICTS: readonly string[] = VERDICT_LIST;

function isBlockStatus(x: unknown): x is BlockStatus {
  return typeof x === 'string' && BLOCK_STATUSES.includes(x);
}

function isElapsed(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

const isShortText = (x: unknown): x is string => isText(x);

function isPanelError(x: unknown): x is PanelError {
  return isObject(x) && isLine(x.line) && isLine(x.column) && isText(x.message);
}

function isPanelBlock(x: unknown): x is PanelBlock {
  return (
    isObject(x) &&
    isIndex(x.index) &&
    isLine(x.line) &&
    isText(x.title) &&
    isText(x.experiment) &&
    isText(x.dtype) &&
    isBlockStatus(x.status) &&
    isOptional(x.svg, (v): v is string => isText(v, MAX_SVG_LENGTH)) &&
    isOptional(x.summary, (v): v is string[] => isListOf(v, 100, isShortText)) &&
    isOptional(x.errors, (v): v is PanelError[] => isListOf(v, 1000, isPanelError)) &&
    isOptional(x.formulas, (v): v is string[] => isListOf(v, 100, isShortText)) &&
    isOptional(x.elapsedMs, isElapsed)
  );
}

function isPanelFormula(x: unknown): x is PanelFormula {
  return (
    isObject(x) &&
    isLine(x.line) &&
    isLine(x.column) &&
    isText(x.source) &&
    typeof x.display === 'boolean' &&
    (x.valueText === null || isText(x.valueText)) &&
    typeof x.verdict === 'string' &&
    VERDICTS.includes(x.verdict) &&
    (x.relativeError === null || typeof x.relativeError === 'number') &&
    isOptional(x.readAs, isShortText) &&
    isOptional(x.reading, isShortText) &&
    isOptional(x.error, isShortText)
  );
}

/** True when `x` has exactly the shape of a PanelState (deep check, with size caps). */
export function isPanelState(x: unknown): x is PanelState {
  return (
    isObject(x) &&
    isText(x.noteUri, 10_000) &&
    isText(x.noteName, 10_000) &&
    isListOf(x.blocks, MAX_BLOCKS, isPanelBlock) &&
    isListOf(x.formulas, MAX_FORMULAS, isPanelFormula)
  );
}

/** Largest post number: far beyond any session, and exact in a double. */
const MAX_VERSION = Number.MAX_SAFE_INTEGER;

function isVersion(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= MAX_VERSION;
}

function isPosition(x: unknown, max: number): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < max;
}

function isCardChange(x: unknown): x is CardChange {
  return isObject(x) && isPosition(x.at, MAX_BLOCKS) && isPanelBlock(x.block);
}

function isCardMove(x: unknown): x is CardMove {
  return isObject(x) && isPosition(x.at, MAX_BLOCKS) && isLine(x.line);
}

function isFormulaChange(x: unknown): x is FormulaChange {
  return isObject(x) && isPosition(x.at, MAX_FORMULAS) && isPanelFormula(x.formula);
}

function isFormulaMove(x: unknown): x is FormulaMove {
  return isObject(x) && isPosition(x.at, MAX_FORMULAS) && isLine(x.line) && isLine(x.column);
}

function isFormulaSplice(x: unknown): x is FormulaSplice {
  return isObject(x) && isPosition(x.at, MAX_FORMULAS + 1) && isPosition(x.remove, MAX_FORMULAS + 1) && isPosition(x.insert, MAX_FORMULAS + 1);
}

/** True when `x` has exactly the shape of a PanelPatch (deep check, with the same caps as a state). */
export function isPanelPatch(x: unknown): x is PanelPatch {
  return (
    isObject(x) &&
    isText(x.noteUri, 10_000) &&
    isPosition(x.blockCount, MAX_BLOCKS + 1) &&
    isPosition(x.formulaCount, MAX_FORMULAS + 1) &&
    isListOf(x.cards, MAX_BLOCKS, isCardChange) &&
    isListOf(x.cardMoves, MAX_BLOCKS, isCardMove) &&
    isOptional(x.formulaSplice, isFormulaSplice) &&
    isListOf(x.formulas, MAX_FORMULAS, isFormulaChange) &&
    isListOf(x.formulaMoves, MAX_FORMULAS, isFormulaMove)
  );
}

/** True when `x` is a message the webview understands (it ignores anything else). */
export function isHostMessage(x: unknown): x is HostMessage {
  if (!isObject(x)) return false;
  switch (x.type) {
    case 'state':
      return isPanelState(x.state) && isOptional(x.version, isVersion);
    case 'patch':
      return isVersion(x.base) && isVersion(x.version) && x.version > x.base && isPanelPatch(x.patch);
    case 'blockStatus':
      return isIndex(x.index) && isBlockStatus(x.status) && isOptional(x.elapsedMs, isElapsed);
    default:
      return false;
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function isChartPayload(x: Obj): boolean {
  if (x.format === 'svg') return true;
  if (x.format !== 'png') return false;
  const data = x.pngBase64;
  return (
    typeof data === 'string' &&
    data.length > 0 &&
    data.length <= MAX_PNG_BASE64_LENGTH &&
    data.length % 4 === 0 &&
    BASE64.test(data)
  );
}

/** True when `x` is a message the host understands (it ignores anything else). */
export function isWebviewMessage(x: unknown): x is WebviewMessage {
  if (!isObject(x)) return false;
  switch (x.type) {
    case 'ready':
    case 'runAll':
      return true;
    case 'reveal':
      return isLine(x.line);
    case 'run':
      return isIndex(x.index);
    case 'export':
    case 'saveNextToNote':
      return isIndex(x.index) && isChartPayload(x);
    default:
      return false;
  }
}

/** For exhaustive switches: a compile error if a message kind is not handled. */
export function assertNever(x: never): never {
  throw new Error(`unhandled message: ${JSON.stringify(x)}`);
}
