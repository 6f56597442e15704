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
Object.defineProperty(exports, "__esModule", { value: true });
exports.SHARED = void 0;
exports.sharedAvailable = sharedAvailable;
/**
 * The shared folder beside the repository (`../shared`: the open fixtures, their answer keys, the
 * seed bulletin). Tests that need it never skip in silence: without it they say so on the console
 * and are reported as skipped, and under CI (CI set) a failing test says what is missing.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
/** `../shared`, beside the repository. */
exports.SHARED = path.resolve(__dirname, '../../../shared');
/**
 * Whether every path exists; when one does not, warns (and under CI registers a failing test).
 * Call at the top level of a test file.
 * @example const have = sharedAvailable('open fixtures', path.join(SHARED, 'fixtures/2026-03'));
 *          (have ? describe : describe.skip)('open fixtures', () => { … });
 */
function sharedAvailable(what, ...paths) {
    const missing = paths.filter((p) => !fs.existsSync(p));
    if (!missing.length)
        return true;
    const message = `[shared] NOT RUN: ${what} needs ${missing.map((p) => path.relative(process.cwd(), p)).join(', ')} (the ../shared folder beside the repository).`;
    if (process.env['CI']) {
        test(`${what}: ../shared is present (required under CI)`, () => {
            throw new Error(message);
        });
    }
    else {
        console.warn(message);
    }
    return false;
}
