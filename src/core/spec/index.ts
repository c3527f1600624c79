/** The block language: key table, parsing/validation, editor helpers and the key reference of docs/blocks.md. */
export { KEYS, KEY_NAMES, EXPERIMENTS, PLOTS, MAX_SERIES, keySchema, defaultFor, allowedValues, appliesTo } from './schema';
export type { KeyName, KeyType, KeySchema, SourceValue } from './schema';
export { parseBlock } from './parse';
export type { ParsedBlock, SeriesSpec, KeyRange } from './parse';
export { keyDocAt, completionsAt, keyDetail, formatSource } from './editor';
export type { Completion } from './editor';
export { renderKeyReference, replaceKeyReference, KEY_REFERENCE_MARKERS } from './reference';
export { parseActivation, parseInit, formatActivation, formatInit, ACTIVATION_NAMES, INIT_NAMES } from './functionSyntax';
export { MAX_BODY_LENGTH, MAX_FLOW_DEPTH, MAX_ALIAS_COUNT } from './yamlBody';
