/**
 * Saving the Word file: in Excel on Mac the pane cannot download (OfficeDev/office-js#2700), so the
 * clerk is told what works instead of the button doing nothing.
 */
import { MAC_DOWNLOAD_MESSAGE, isMacExcel, saveBytes } from '../../src/taskpane/download';

describe('saveBytes on Mac', () => {
  afterEach(() => { delete (globalThis as Record<string, unknown>)['Office']; });

  test('isMacExcel follows office.js’s platform', () => {
    expect(isMacExcel()).toBe(false);
    (globalThis as Record<string, unknown>)['Office'] = { PlatformType: { Mac: 'Mac', PC: 'PC' }, context: { platform: 'Mac' } };
    expect(isMacExcel()).toBe(true);
    (globalThis as Record<string, unknown>)['Office'] = { PlatformType: { Mac: 'Mac', PC: 'PC' }, context: { platform: 'PC' } };
    expect(isMacExcel()).toBe(false);
  });

  test('on Mac it throws the plain message the pane shows (web Excel or the CLI), and touches no DOM', () => {
    expect(() => saveBytes(new Uint8Array([1, 2]), '工作专报-第1期.docx', undefined, true)).toThrow(MAC_DOWNLOAD_MESSAGE);
    expect(MAC_DOWNLOAD_MESSAGE).toMatch(/Excel 网页版/);
    expect(MAC_DOWNLOAD_MESSAGE).toMatch(/--docx/);
  });
});
