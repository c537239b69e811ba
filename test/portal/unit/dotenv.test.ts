/** Unit tests of `src/portal/dotenv.ts`: the .env file parser. */
import { describe, expect, it } from 'vitest';
import { parseDotEnv } from '../../../src/portal/dotenv.js';

describe('dotenv', () => {
  it('parses .env files', () => {
    expect(
      parseDotEnv('# c\nexport A=1\nB = "two\\nlines"\nC=\'x # y\'\nD=plain # comment\nbad line\n'),
    ).toEqual({ A: '1', B: 'two\nlines', C: 'x # y', D: 'plain' });
  });
});
