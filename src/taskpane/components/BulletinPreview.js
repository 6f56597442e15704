"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BulletinPreview = BulletinPreview;
const jsx_runtime_1 = require("react/jsx-runtime");
const react_components_1 = require("@fluentui/react-components");
const useStyles = (0, react_components_1.makeStyles)({
    page: {
        backgroundColor: react_components_1.tokens.colorNeutralBackground1, padding: react_components_1.tokens.spacingHorizontalL,
        border: `${react_components_1.tokens.strokeWidthThin} solid ${react_components_1.tokens.colorNeutralStroke2}`, borderRadius: react_components_1.tokens.borderRadiusMedium,
        fontFamily: react_components_1.tokens.fontFamilyBase, lineHeight: react_components_1.tokens.lineHeightBase400,
    },
    title: { textAlign: 'center', color: react_components_1.tokens.colorPaletteRedForeground1, fontSize: react_components_1.tokens.fontSizeBase600, fontWeight: react_components_1.tokens.fontWeightBold, margin: 0 },
    meta: { display: 'flex', justifyContent: 'space-between', borderBottom: `${react_components_1.tokens.strokeWidthThick} solid ${react_components_1.tokens.colorPaletteRedBorder2}`, paddingBottom: react_components_1.tokens.spacingVerticalXS, marginBottom: react_components_1.tokens.spacingVerticalS },
    h: { fontWeight: react_components_1.tokens.fontWeightSemibold, marginTop: react_components_1.tokens.spacingVerticalM, marginBottom: react_components_1.tokens.spacingVerticalXS },
    p: { margin: `${react_components_1.tokens.spacingVerticalXXS} 0`, textIndent: '2em' },
    red: { backgroundColor: react_components_1.tokens.colorPaletteRedBackground1 },
    yellow: { backgroundColor: react_components_1.tokens.colorPaletteYellowBackground1 },
});
/** The bulletin as text (never injected HTML): title block, 【工作进度】, sections, lagging list. */
function BulletinPreview({ bulletin }) {
    const s = useStyles();
    return ((0, jsx_runtime_1.jsxs)("article", { className: s.page, "aria-label": "\u4E13\u62A5\u9884\u89C8", "data-testid": "bulletin-preview", children: [(0, jsx_runtime_1.jsx)("h2", { className: s.title, children: bulletin.title }), (0, jsx_runtime_1.jsxs)("div", { className: s.meta, children: [(0, jsx_runtime_1.jsx)(react_components_1.Text, { children: bulletin.issueLabel }), (0, jsx_runtime_1.jsx)(react_components_1.Text, { children: bulletin.office }), (0, jsx_runtime_1.jsx)(react_components_1.Text, { children: bulletin.dateText })] }), (0, jsx_runtime_1.jsx)("div", { className: s.h, children: "\u3010\u5DE5\u4F5C\u8FDB\u5EA6\u3011" }), (0, jsx_runtime_1.jsx)("p", { className: s.p, children: bulletin.progressIntro }), bulletin.sections.map((sec) => (0, jsx_runtime_1.jsx)("p", { className: s.p, children: sec.summary }, sec.key)), bulletin.sections.map((sec) => ((0, jsx_runtime_1.jsxs)("section", { children: [(0, jsx_runtime_1.jsx)("div", { className: s.h, children: sec.heading }), sec.projects.map((p) => ((0, jsx_runtime_1.jsx)("div", { children: p.single
                            ? (0, jsx_runtime_1.jsx)("p", { className: `${s.p} ${p.lines[0]?.lag ? s[p.lines[0].lag] : ''}`, children: `${p.number}${p.title}：${p.lines[0]?.text ?? ''}` })
                            : ((0, jsx_runtime_1.jsxs)(jsx_runtime_1.Fragment, { children: [(0, jsx_runtime_1.jsx)("p", { className: s.p, children: `${p.number}${p.title}` }), p.lines.map((l) => (0, jsx_runtime_1.jsx)("p", { className: `${s.p} ${l.lag ? s[l.lag] : ''}`, children: `${l.number}${l.text}` }, l.indicatorId))] })) }, `${sec.key}-${p.number}`)))] }, sec.key))), bulletin.lagging.length > 0 && ((0, jsx_runtime_1.jsxs)("section", { children: [(0, jsx_runtime_1.jsx)("div", { className: s.h, children: "\u3010\u6EDE\u540E\u6307\u6807\u3011" }), bulletin.lagging.map((l, i) => ((0, jsx_runtime_1.jsx)("p", { className: `${s.p} ${s[l.lag]}`, children: `${i + 1}. ${l.name}（${l.dept ?? '未注明单位'}）` }, l.indicatorId)))] }))] }));
}
