import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { FORMULA_TYPE, indexOfBytes, readGridsWithExcelJs, sniffFormat } from '../../src/xlsx/xlsxSource';

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

describe('formula cells read with ExcelJS', () => {
  it('FORMULA_TYPE is ExcelJS’s ValueType.Formula', () => {
    expect(FORMULA_TYPE).toBe(ExcelJS.ValueType.Formula);
  });

  it('keep cached results of 0 and FALSE (ExcelJS’s cell.value drops them)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = { formula: 'B1*0', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: '1>2', result: false } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { formula: '""', result: '' } as ExcelJS.CellFormulaValue; // ExcelJS writes no cached ''
    ws.getCell('A4').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell('A5').value = { formula: '1+1' } as ExcelJS.CellFormulaValue;
    const [grid] = await readGridsWithExcelJs('x.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grid?.rows.map((r) => r[0]?.v)).toEqual([0, false, undefined, 2, undefined]);
  });
});
