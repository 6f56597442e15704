import fc from 'fast-check';
import { indexOfBytes, sniffFormat } from '../../src/xlsx/xlsxSource';

describe('indexOfBytes', () => {
  it.each([
    [[1, 2, 3], [2, 3], 1],
    [[1, 2, 3], [3, 4], -1],
    [[1, 2, 1, 2, 3], [1, 2, 3], 2],
    [[], [1], -1],
    [[5], [], 0],
  ])('%j in %j → %p', (data, needle, at) => {
    expect(indexOfBytes(new Uint8Array(data), new Uint8Array(needle))).toBe(at);
  });

  it('agrees with Buffer.indexOf', () => {
    const bytes = fc.uint8Array({ maxLength: 60 }).map((a) => a.map((b) => b % 4));
    fc.assert(fc.property(bytes, fc.uint8Array({ minLength: 1, maxLength: 4 }).map((a) => a.map((b) => b % 4)), (data, needle) => {
      expect(indexOfBytes(data, needle)).toBe(Buffer.from(data).indexOf(Buffer.from(needle)));
    }), { numRuns: 2000 });
  });
});

describe('sniffFormat without Buffer', () => {
  it.each([
    ['<!DOCTYPE html><table>', 'html'],
    ['\uFEFF<?xml version="1.0"?>', 'xml'],
    ['指标,目标\n就业,100', 'text'],
  ])('%j → %p', (text, kind) => {
    expect(sniffFormat(new TextEncoder().encode(text))).toBe(kind);
  });
});
