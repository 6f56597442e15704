"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The cells of a row that hold something of their own: the buffer a sheet reader refills per row
 * gives what the plain definition gives, row after row.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const grid_1 = require("../../src/domain/grid");
const ownCells_1 = require("../../src/domain/ownCells");
const sheetReading_1 = require("../../src/domain/sheetReading");
const text_1 = require("../../src/domain/text");
const fcSupport_1 = require("./fcSupport");
const merge = fast_check_1.default.record({ top: fast_check_1.default.integer({ min: 1, max: 6 }), left: fast_check_1.default.integer({ min: 1, max: 6 }), h: fast_check_1.default.nat(2), w: fast_check_1.default.nat(3) })
    .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
const grid = fast_check_1.default.record({
    rows: fast_check_1.default.array(fast_check_1.default.array(fast_check_1.default.option(fast_check_1.default.record({ v: fcSupport_1.anyCellValue }), { nil: undefined }), { maxLength: 7 }), { maxLength: 6 }),
    merges: fast_check_1.default.array(merge, { maxLength: 3 }),
}).map(({ rows, merges }) => ({ file: 'a.xlsx', sheet: 'S', rows, merges, tables: [] }));
describe('OwnCells', () => {
    test('one buffer refilled row after row reads every row as ownCells does', () => {
        fast_check_1.default.assert(fast_check_1.default.property(grid, (g) => {
            const view = new grid_1.GridView(g);
            const own = new ownCells_1.OwnCells();
            for (let r = 1; r <= view.rowCount + 1; r++) {
                const plain = (0, ownCells_1.ownCells)(view, r);
                own.read(view, r);
                expect(own.length).toBe(plain.length);
                expect(own.texts()).toEqual(plain.map((o) => o.text));
                plain.forEach((o, k) => {
                    expect(own.col(k)).toBe(o.col);
                    expect(own.text(k)).toBe(o.text);
                    const written = own.written(k);
                    if (written !== null)
                        expect(written).toBe(o.text);
                });
            }
        }), fcSupport_1.fcParams);
    });
    test('a row no merge covers (beyond top-left cells) has no merged cell (GridView.hasMergesOn)', () => {
        fast_check_1.default.assert(fast_check_1.default.property(grid, (g) => {
            const view = new grid_1.GridView(g);
            for (let r = 0; r <= view.rowCount + 3; r++) {
                if (view.hasMergesOn(r))
                    continue;
                for (let c = 0; c <= view.colCount + 4; c++)
                    expect(view.mergeAt(r, c)).toBeUndefined();
            }
        }), fcSupport_1.fcParams);
    });
    test('a value left undefined reads as String writes it', () => {
        const g = { file: 'a.xlsx', sheet: 'S', rows: [[{ v: undefined }, { v: ' x ' }]], merges: [], tables: [] };
        const own = new ownCells_1.OwnCells().read(new grid_1.GridView(g), 1);
        expect(own.texts()).toEqual((0, ownCells_1.ownCells)(new grid_1.GridView(g), 1).map((o) => o.text));
        expect(own.texts()).toEqual(['undefined', 'x']);
    });
    test('texts left unwritten (numbers, TRUE/FALSE) match none of the patterns rows are skipped on', () => {
        const unwritten = fast_check_1.default.oneof(fast_check_1.default.double(), fast_check_1.default.integer(), fast_check_1.default.boolean(), fast_check_1.default.constantFrom(NaN, Infinity, -Infinity, -0, 1e21, -1e-7));
        fast_check_1.default.assert(fast_check_1.default.property(unwritten, (v) => {
            const g = { file: 'a.xlsx', sheet: 'S', rows: [[{ v }]], merges: [], tables: [] };
            const own = new ownCells_1.OwnCells().read(new grid_1.GridView(g), 1);
            expect(own.written(0)).toBeNull();
            const text = own.text(0);
            for (const re of sheetReading_1.ROW_PATTERNS) {
                expect(re.test(text)).toBe(false);
                expect(re.test((0, text_1.halfWidth)(text))).toBe(false);
            }
        }), fcSupport_1.fcParams);
    });
});
