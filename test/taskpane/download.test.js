"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Saving the Word file: in Excel on Mac the pane cannot download (OfficeDev/office-js#2700), so the
 * clerk is told what works instead of the button doing nothing.
 */
const download_1 = require("../../src/taskpane/download");
describe('saveBytes on Mac', () => {
    afterEach(() => { delete globalThis['Office']; });
    test('isMacExcel follows office.js’s platform', () => {
        expect((0, download_1.isMacExcel)()).toBe(false);
        globalThis['Office'] = { PlatformType: { Mac: 'Mac', PC: 'PC' }, context: { platform: 'Mac' } };
        expect((0, download_1.isMacExcel)()).toBe(true);
        globalThis['Office'] = { PlatformType: { Mac: 'Mac', PC: 'PC' }, context: { platform: 'PC' } };
        expect((0, download_1.isMacExcel)()).toBe(false);
    });
    test('on Mac it throws the plain message the pane shows (web Excel or the CLI), and touches no DOM', () => {
        expect(() => (0, download_1.saveBytes)(new Uint8Array([1, 2]), '工作专报-第1期.docx', undefined, true)).toThrow(download_1.MAC_DOWNLOAD_MESSAGE);
        expect(download_1.MAC_DOWNLOAD_MESSAGE).toMatch(/Excel 网页版/);
        expect(download_1.MAC_DOWNLOAD_MESSAGE).toMatch(/--docx/);
    });
});
