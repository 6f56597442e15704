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
/**
 * The bulletin reads like the seed: the 省级 summary sentence in the spec's wording with this data,
 * and indicator lines in the seed's own prose wherever the seed's figures are right.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const bulletinModel_1 = require("../../src/domain/bulletinModel");
const bulletinSheet_1 = require("../../src/domain/bulletinSheet");
const settings_1 = require("../../src/domain/settings");
const runBuild_1 = require("../../src/engine/runBuild");
const fileSource_1 = require("../../src/xlsx/fileSource");
const sharedFolder_1 = require("../support/sharedFolder");
const shared = path.resolve(__dirname, '../../../shared');
const fixtures = path.join(shared, 'fixtures/2026-03');
const seedPath = path.join(shared, 'seeds/bulletin-2026-issue1.txt');
const haveShared = (0, sharedFolder_1.sharedAvailable)('the bulletin model against the seed bulletin', seedPath, fixtures);
const squeeze = (s) => s.replace(/[\s()（）]/g, '');
(haveShared ? describe : describe.skip)('bulletin model on the open fixtures', () => {
    const settings = (0, settings_1.parseSettings)({ asOf: '2026-03-20', reportDate: '2026-03-23' });
    let outcome;
    beforeAll(async () => {
        outcome = await (0, runBuild_1.runBuild)({ source: new fileSource_1.XlsxFileSource([fixtures]), settings, sink: null });
    });
    test('the 省级 summary sentence counts what the answer key counts, in the bulletin wording', () => {
        const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'expected.json'), 'utf8'));
        const prov = expected.indicators.filter((i) => i.level === '省级');
        const n = (code) => prov.filter((i) => i.status.day === code).length;
        const projects = new Set(prov.map((i) => i.project)).size;
        const a = n('completed') + n('on_schedule');
        const sentence = outcome.bulletin.sections[0]?.summary ?? '';
        expect(sentence.startsWith(`省级十大重点民生实事涉及 ${projects} 个项目共计 ${prov.length} 个指标，目前有 ${a} 个指标达到序时进度（其中有 ${n('completed')} 个指标完成全年任务），有 ${n('behind')} 个指标未达到序时进度`)).toBe(true);
        expect(sentence).toContain(`另有 ${n('not_issued')} 个指标任务未下达`);
    });
    test('title block and section headings follow the seed', () => {
        const b = outcome.bulletin;
        expect(b.issueLabel).toBe('第 1 期');
        expect(b.dateText).toBe('2026 年 3 月 23 日');
        expect(b.sections.map((s) => s.heading)).toEqual(['（一）省级十大重点民生实事', '（二）岳阳市级十大重点民生实事']);
        expect(b.sections[0]?.projects.map((p) => p.title).slice(0, 3)).toEqual(['推动实现“幼有所育”', '推动实现“学有所教”', '推动实现“劳有所得”']);
    });
    test('indicator lines match the seed bulletin where its figures are right', () => {
        const seed = squeeze(fs.readFileSync(seedPath, 'utf8'));
        const lines = outcome.bulletin.sections.flatMap((s) => s.projects.flatMap((p) => p.lines.map((l) => l.text)));
        for (const name of ['新增城镇就业', '发放创业担保贷款', '培训乡村医生', '康复救助残疾儿童', '产前诊断服务', '高标准农田建设']) {
            const line = lines.find((l) => l.startsWith(name));
            expect(line).toBeDefined();
            expect(seed).toContain(squeeze(line ?? ''));
        }
    });
    test('where the seed mis-stated a percentage, the bulletin gives the recomputed one and the finding says so', () => {
        const line = outcome.bulletin.sections[0]?.projects.flatMap((p) => p.lines).find((l) => l.text.startsWith('开展职业技能培训'));
        expect(line?.text).toContain('完成全年任务的 4.34%');
        expect(outcome.result.findings.some((f) => f.code === 'completion_mismatch' && f.message.includes('4.36'))).toBe(true);
    });
    test('lagging list is sorted by gap and names departments', () => {
        const lag = outcome.bulletin.lagging;
        expect(lag.length).toBe(outcome.result.indicators.filter((i) => i.status === 'behind').length);
        for (let k = 1; k < lag.length; k++)
            expect((lag[k - 1]?.gap ?? 0) >= (lag[k]?.gap ?? 0)).toBe(true);
        expect(lag.every((l) => l.dept)).toBe(true);
    });
});
test('sectionSentence names the other codes only when present', () => {
    const s = (0, bulletinModel_1.sectionSentence)({ section: '省级', title: '省级十大重点民生实事', projects: 2, indicators: 3, counts: { completed: 1, on_schedule: 1, behind: 1, not_issued: 0, no_data: 0, no_target: 0, needs_review: 0 } });
    expect(s).toBe('省级十大重点民生实事涉及 2 个项目共计 3 个指标，目前有 2 个指标达到序时进度（其中有 1 个指标完成全年任务），有 1 个指标未达到序时进度。');
    void bulletinModel_1.buildBulletinModel;
});
test('the clerk\'s 工作概况 and 工作亮点 texts appear as their own parts of the bulletin sheet', () => {
    const result = { asOf: '2026-03-20', mode: 'day', timeProgress: 21.64, summary: [], indicators: [], findings: [], skipped: [], files: [] };
    const settings = (0, settings_1.parseSettings)({ overview: '3 月 18 日下午召开动员部署会议。\n\n会议强调……', highlights: '春风送岗暖民心\n一是高位统筹谋篇。' });
    const model = (0, bulletinModel_1.buildBulletinModel)(result, settings);
    expect(model.overview).toEqual(['3 月 18 日下午召开动员部署会议。', '会议强调……']);
    const texts = (0, bulletinSheet_1.buildBulletinSheet)(model, settings).rows.flatMap((r) => r.cells.map((c) => c?.value));
    const at = (t) => texts.indexOf(t);
    expect(at('【工作概况】')).toBeGreaterThan(0);
    expect(at('【工作概况】')).toBeLessThan(at('【工作进度】'));
    expect(at('【工作亮点】')).toBeGreaterThan(at('【工作进度】'));
    expect(texts).toContain('春风送岗暖民心');
});
