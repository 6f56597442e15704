"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.looksLikeDept = looksLikeDept;
exports.deptFromTitle = deptFromTitle;
exports.deptFromFileName = deptFromFileName;
/**
 * The department (责任单位) a sheet belongs to when no column says so: from a title row
 * ("填报单位（盖章）：人社局", "文旅局 民生实事台账"), a sheet name, or the file name.
 */
const text_1 = require("./text");
const DEPT_SUFFIX = /(局|委|办|中心|公司|会|社|院|联|所|队|站|部|处|厅|署|行|馆|室|团|镇|乡|街道|办事处|委员会|集团|分局|支队|大队|公署|银行|学校|医院|政府)$/;
/**
 * True when a short text reads like a department name.
 * @example looksLikeDept('人社局') === true; looksLikeDept('2026年民生实事') === false
 */
function looksLikeDept(text) {
    const t = (0, text_1.halfWidth)(text).replace(/\s+/g, '');
    return t.length >= 2 && t.length <= 16 && !/\d/.test(t) && DEPT_SUFFIX.test(t) && !/(民生|实事|统计|台账|说明|汇总|专报)/.test(t);
}
/**
 * A department named in a title or note line, or null.
 * @example deptFromTitle('填报单位（盖章）：人社局　　　数据截至：2026年3月20日') === '人社局'
 * @example deptFromTitle('文旅局 民生实事台账') === '文旅局'
 */
function deptFromTitle(text) {
    const t = (0, text_1.halfWidth)(text);
    const m = /(?:填报|责任|牵头|报送)单位[^:：]{0,6}[:：]\s*([^\s,，;；:：]{2,20})/.exec(t);
    if (m?.[1]) {
        // "(盖章)人社局", "人社局(盖章)", "人社局数据截至…" (no space before the next field)
        const name = m[1]
            .replace(/[（(][^）)]*[）)]/g, '')
            .replace(/[（(].*$/, '')
            .replace(/(?:数据截[至止]|截[至止]|填报人|填表人|联系人|联系电话|填报日期|填报时间|日期|时间).*$/, '');
        if (name.length >= 2 && !/^(盖章|签字|签章)$/.test(name))
            return name;
    }
    const lead = /^([^\s,，;；:：]{2,16})\s*[\s·—-]\s*\S*(?:民生|实事|台账|统计|推进|进展|情况)/.exec(t) ?? /^(\S{2,16}?)(?:\d{4}年)?(?:重点)?民生实事/.exec(t);
    if (lead?.[1] && looksLikeDept(lead[1]))
        return lead[1];
    return null;
}
/**
 * A department from a file name, when the name is one: "人社局.xlsx", "2026年3月-人社局.xlsx".
 * @example deptFromFileName('卫健局.xlsx') === '卫健局'; deptFromFileName('其他单位.xlsx') === null
 */
function deptFromFileName(file) {
    const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
    const parts = (0, text_1.halfWidth)(base).split(/[\s_\-—()（）【】\[\]·.]+/).filter(Boolean);
    for (const p of parts.reverse()) {
        const cleaned = p.replace(/^\d{4}年?(\d{1,2}月)?(份)?/, '').replace(/(民生实事|台账|进展|情况|报表|统计表?)+$/, '');
        if (looksLikeDept(cleaned))
            return cleaned;
    }
    return null;
}
