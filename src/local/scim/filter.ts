/**
 * SCIM filter expressions (RFC 7644 §3.4.2.2) as PingOne accepts them on `GET /users`:
 * `attr op value`, `attr pr`, `and`, `or`, `not (...)`, parentheses. String values are JSON
 * strings. The parser builds a tree; the store compiles it over its own columns
 * (`store/where.ts`), so a filter never runs as a scan in JavaScript and never reaches SQL as text.
 */
import { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH } from '../pingone-behaviour.js';

/** Comparison operators of the SCIM grammar. */
export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
/** A literal on the right of a comparison. */
export type FilterValue = string | number | boolean | null;

/** A parsed filter. */
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; expr: FilterNode }
  | { kind: 'pr'; attr: string }
  | { kind: 'compare'; op: CompareOp; attr: string; value: FilterValue };

/** A malformed or unsupported filter; the message is safe to return to the caller. */
export class FilterError extends Error {
  readonly supportedAttributes: string[] | undefined;
  readonly supportedOperators: string[] | undefined;
  constructor(message: string, extra: { attributes?: string[]; operators?: string[] } = {}) {
    super(message);
    this.name = 'FilterError';
    this.supportedAttributes = extra.attributes;
    this.supportedOperators = extra.operators;
  }
}

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);

type Token =
  | { t: 'lparen' | 'rparen' }
  | { t: 'word'; v: string }
  | { t: 'string'; v: string }
  | { t: 'end' };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '(') {
      tokens.push({ t: 'lparen' });
      i++;
    } else if (c === ')') {
      tokens.push({ t: 'rparen' });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < input.length && input[j] !== '"') {
        j += input[j] === '\\' ? 2 : 1;
      }
      if (j >= input.length) throw new FilterError('unterminated string');
      let value: unknown;
      try {
        value = JSON.parse(input.slice(i, j + 1));
      } catch {
        throw new FilterError('invalid string literal');
      }
      tokens.push({ t: 'string', v: value as string });
      i = j + 1;
    } else if (/[A-Za-z0-9._:$+-]/.test(c)) {
      let j = i;
      while (j < input.length && /[A-Za-z0-9._:$+-]/.test(input[j]!)) j++;
      tokens.push({ t: 'word', v: input.slice(i, j) });
      i = j;
    } else {
      throw new FilterError(`unexpected character at position ${i}`);
    }
  }
  tokens.push({ t: 'end' });
  return tokens;
}

/** Parses a SCIM filter. @throws FilterError when it is malformed. */
export function parseFilter(input: string): FilterNode {
  if (input.length > MAX_FILTER_LENGTH) throw new FilterError('filter is too long');
  if (input.trim() === '') throw new FilterError('filter is empty');
  const tokens = tokenize(input);
  let pos = 0;
  const peek = () => tokens[pos]!;
  const isWord = (tok: Token, w: string) => tok.t === 'word' && tok.v.toLowerCase() === w;

  /** `operand (kind operand)*`, left-associative. */
  function parseChain(
    kind: 'and' | 'or',
    operand: (depth: number) => FilterNode,
    depth: number,
  ): FilterNode {
    let left = operand(depth);
    while (isWord(peek(), kind)) {
      pos++;
      left = { kind, left, right: operand(depth) };
    }
    return left;
  }
  // `and` binds tighter than `or`.
  const parseOr = (depth: number): FilterNode => parseChain('or', parseAnd, depth);
  const parseAnd = (depth: number): FilterNode => parseChain('and', parseUnary, depth);
  function parseGroup(depth: number): FilterNode {
    if (depth >= MAX_FILTER_DEPTH) throw new FilterError('filter is nested too deeply');
    if (peek().t !== 'lparen') throw new FilterError('expected "("');
    pos++;
    const inner = parseOr(depth + 1);
    if (peek().t !== 'rparen') throw new FilterError('expected ")"');
    pos++;
    return inner;
  }
  function parseUnary(depth: number): FilterNode {
    const tok = peek();
    if (isWord(tok, 'not')) {
      pos++;
      return { kind: 'not', expr: parseGroup(depth) };
    }
    if (tok.t === 'lparen') return parseGroup(depth);
    if (tok.t !== 'word') throw new FilterError('expected an attribute name');
    const attr = tok.v;
    if (!/^[A-Za-z][A-Za-z0-9_$-]*(\.[A-Za-z][A-Za-z0-9_$-]*)*$/.test(attr)) {
      throw new FilterError(`invalid attribute name "${attr}"`);
    }
    pos++;
    const opTok = peek();
    if (opTok.t !== 'word') throw new FilterError(`expected an operator after "${attr}"`);
    const op = opTok.v.toLowerCase();
    pos++;
    if (op === 'pr') return { kind: 'pr', attr };
    if (!COMPARE_OPS.has(op)) throw new FilterError(`unknown operator "${opTok.v}"`);
    const valTok = peek();
    pos++;
    return { kind: 'compare', op: op as CompareOp, attr, value: literal(valTok) };
  }
  function literal(tok: Token): FilterValue {
    if (tok.t === 'string') return tok.v;
    if (tok.t === 'word') {
      const lower = tok.v.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      if (lower === 'null') return null;
      if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(tok.v)) return Number(tok.v);
    }
    throw new FilterError('expected a value (a quoted string, true, false, null or a number)');
  }

  const tree = parseOr(0);
  if (peek().t !== 'end') throw new FilterError('unexpected text after the expression');
  return tree;
}
