"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Sparkline = Sparkline;
const jsx_runtime_1 = require("react/jsx-runtime");
const react_components_1 = require("@fluentui/react-components");
const viewModel_1 = require("../viewModel");
const useStyles = (0, react_components_1.makeStyles)({
    svg: { display: 'block', flexShrink: 0 },
    line: { fill: 'none', stroke: react_components_1.tokens.colorBrandStroke1, strokeWidth: 1.5 },
    dot: { fill: react_components_1.tokens.colorBrandForeground1 },
    base: { stroke: react_components_1.tokens.colorNeutralStroke2, strokeWidth: 1 },
});
/** A tiny inline line of completion across issues (no chart library). */
function Sparkline({ points, width = 72, height = 22 }) {
    const s = useStyles();
    const v = (0, viewModel_1.sparkline)(points, width, height);
    return ((0, jsx_runtime_1.jsxs)("svg", { className: s.svg, width: width, height: height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `完成率走势：${v.label}`, "data-testid": "sparkline", children: [(0, jsx_runtime_1.jsx)("line", { className: s.base, x1: 0, y1: height - 1, x2: width, y2: height - 1 }), v.segments.map((pts) => (0, jsx_runtime_1.jsx)("polyline", { className: s.line, points: pts }, pts)), v.dots.map((d) => (0, jsx_runtime_1.jsx)("circle", { className: s.dot, cx: d.x, cy: d.y, r: 1.8, children: (0, jsx_runtime_1.jsx)("title", { children: d.label }) }, `${d.x},${d.y}`))] }));
}
