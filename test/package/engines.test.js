"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The Node version in package.json is the one every installed package accepts, so `npm ci` on it
 * gives no EBADENGINE warning. docx 9.15 lists nanoid 6 (Node 22+) although it bundles its own copy of
 * nanoid's generator (dist/index.cjs) and never loads the package: package.json overrides it with
 * nanoid 5 (Node ^18 || >=20), and the Word export's tests (test/docx) run with it.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const semver_1 = __importDefault(require("semver"));
const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
describe('Node engines', () => {
    const lowest = semver_1.default.minVersion(pkg.engines.node)?.version ?? '';
    test('package.json names a Node 20 release as the lowest supported', () => {
        expect(semver_1.default.major(lowest)).toBe(20);
    });
    test('every locked package accepts the lowest supported Node', () => {
        const refusing = Object.entries(lock.packages)
            .map(([name, p]) => ({ name, range: typeof p.engines === 'object' && p.engines ? p.engines.node : undefined }))
            .filter((p) => typeof p.range === 'string' && !semver_1.default.satisfies(lowest, p.range))
            .map((p) => `${p.name} (${p.range})`);
        expect(refusing).toEqual([]);
    });
    test('docx gets the overridden nanoid', () => {
        const nanoid = Object.entries(lock.packages).filter(([name]) => name.endsWith('node_modules/nanoid'));
        expect(nanoid.length).toBeGreaterThan(0);
        for (const [, p] of nanoid)
            expect(semver_1.default.major(p.version ?? '0.0.0')).toBe(5);
    });
});
