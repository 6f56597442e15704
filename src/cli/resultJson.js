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
exports.writeValidatedJson = writeValidatedJson;
/**
 * Writing the build's JSON result: validated against its schema and written one array element at a
 * time. The bytes are those of `JSON.stringify(schema.parse(value), null, 1)`, but neither a
 * validated copy of the whole result nor one string of the whole file is ever held: at 100,000
 * indicators those were about 400 MB on top of the result itself.
 * The file is written under a temporary name and renamed, so a failure leaves no half-written file.
 */
const fs = __importStar(require("node:fs/promises"));
const zod_1 = require("zod");
/** Bytes gathered before each write to the file. */
const CHUNK = 1 << 20;
/** JSON.stringify(v, null, 1) of a value that sits `depth` levels deep in the document. */
function nested(v, depth) {
    const text = JSON.stringify(v, null, 1);
    // JSON text has no raw line breaks inside strings, so every one starts an indented line.
    return depth && text.includes('\n') ? text.replace(/\n/g, `\n${' '.repeat(depth)}`) : text;
}
/**
 * Validates `value` against the object schema `schema` and writes it to `file` as JSON indented by
 * one space. Array fields are validated and written element by element.
 * @throws z.ZodError when the value does not fit the schema (the file is then not written)
 * @example await writeValidatedJson('result.json', ResultSchema, result)
 */
async function writeValidatedJson(file, schema, value) {
    const tmp = `${file}.${process.pid}.tmp`;
    const handle = await fs.open(tmp, 'w');
    let buffer = '';
    const put = async (s) => {
        buffer += s;
        if (buffer.length >= CHUNK) {
            await handle.write(buffer, null, 'utf8');
            buffer = '';
        }
    };
    try {
        let first = true;
        await put('{');
        for (const [key, fieldSchema] of Object.entries(schema.shape)) {
            const v = value[key];
            const head = `${first ? '' : ','}\n ${JSON.stringify(key)}: `;
            if (fieldSchema instanceof zod_1.z.ZodArray && Array.isArray(v)) {
                const element = fieldSchema.element;
                if (!v.length) {
                    await put(`${head}[]`);
                }
                else {
                    await put(`${head}[`);
                    for (let i = 0; i < v.length; i++) {
                        const r = element.safeParse(v[i]);
                        if (!r.success)
                            throw new zod_1.z.ZodError(r.error.issues.map((issue) => ({ ...issue, path: [key, i, ...issue.path] })));
                        await put(`${i ? ',' : ''}\n  ${nested(r.data, 2)}`);
                    }
                    await put('\n ]');
                }
            }
            else {
                const r = fieldSchema.safeParse(v);
                if (!r.success)
                    throw new zod_1.z.ZodError(r.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })));
                if (r.data === undefined)
                    continue; // an absent optional field, as JSON.stringify leaves it out
                await put(`${head}${nested(r.data, 1)}`);
            }
            first = false;
        }
        await put(first ? '}' : '\n}');
        await handle.write(buffer, null, 'utf8');
        await handle.close();
        await fs.rename(tmp, file);
    }
    catch (err) {
        await handle.close().catch(() => undefined);
        await fs.rm(tmp, { force: true });
        throw err;
    }
}
