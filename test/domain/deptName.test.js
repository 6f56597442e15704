"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const deptName_1 = require("../../src/domain/deptName");
const fcSupport_1 = require("./fcSupport");
describe('looksLikeDept', () => {
    it.each(['人社局', '市人力资源和社会保障局', '残联', '供电公司', '市政府办', '教育局', '卫健委', '岳阳市人民政府办公室', '城投集团'])('%j is a department', (t) => {
        expect((0, deptName_1.looksLikeDept)(t)).toBe(true);
    });
    it.each(['2026年民生实事', '民生实事台账', '进展情况', '人', '', '其他单位', '汇总局', '一个名字非常非常非常非常长的单位管理局'])('%j is not', (t) => {
        expect((0, deptName_1.looksLikeDept)(t)).toBe(false);
    });
});
describe('deptFromTitle', () => {
    it.each([
        ['填报单位（盖章）：人社局　　　数据截至：2026年3月20日', '人社局'],
        ['填报单位：民政局', '民政局'],
        ['责任单位: 卫健局', '卫健局'],
        ['牵头单位：住建局（盖章）', '住建局'],
        ['填报单位：(盖章)人社局', '人社局'],
        ['填报单位：人社局数据截至：2026年3月20日', '人社局'],
        ['填报单位：教育局 填报人：张三', '教育局'],
        ['文旅局 民生实事台账', '文旅局'],
        ['文旅局民生实事台账', '文旅局'],
        ['人社局2026年重点民生实事推进情况', '人社局'],
        ['农业农村局—民生实事推进情况', '农业农村局'],
    ])('%j → %j', (text, dept) => {
        expect((0, deptName_1.deptFromTitle)(text)).toBe(dept);
    });
    it.each(['2026年重点民生实事推进情况表', '填报单位（盖章）：', '填报单位：盖章', '数据截至：2026年3月20日', '', '填表人：张三 联系电话：123'])('%j → null', (text) => {
        expect((0, deptName_1.deptFromTitle)(text)).toBeNull();
    });
    it('never throws; a department found is at least two characters', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => {
            const d = (0, deptName_1.deptFromTitle)(s);
            return d === null || d.length >= 2;
        }), fcSupport_1.fcParams);
    });
});
describe('deptFromFileName', () => {
    it.each([
        ['卫健局.xlsx', '卫健局'],
        ['人社局.xls', '人社局'],
        ['2026年3月-人社局.xlsx', '人社局'],
        ['民政局_2026年3月.xlsx', '民政局'],
        ['人社局民生实事台账.xlsx', '人社局'],
        ['/data/2026-03/残联.xlsx', '残联'],
        ['C:\\data\\供电公司.xlsx', '供电公司'],
        ['（教育局）2026年3月进展.xlsx', '教育局'],
        ['人社局', '人社局'],
    ])('%j → %j', (file, dept) => {
        expect((0, deptName_1.deptFromFileName)(file)).toBe(dept);
    });
    it.each(['其他单位.xlsx', '汇总.xlsx', '2026年3月.xlsx', '.xlsx', ''])('%j → null', (file) => {
        expect((0, deptName_1.deptFromFileName)(file)).toBeNull();
    });
    it('never throws; what it finds looks like a department', () => {
        fast_check_1.default.assert(fast_check_1.default.property((0, fcSupport_1.cjkString)(), (s) => {
            const d = (0, deptName_1.deptFromFileName)(s);
            return d === null || (0, deptName_1.looksLikeDept)(d);
        }), fcSupport_1.fcParams);
    });
});
