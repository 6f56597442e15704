"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.useToneTexts = exports.useToneFills = void 0;
/**
 * Fluent tokens for each tone the view model decides (tone.ts): a fill for bars and markers, and a
 * text colour that reads on the pane's background.
 */
const react_components_1 = require("@fluentui/react-components");
exports.useToneFills = (0, react_components_1.makeStyles)({
    success: { backgroundColor: react_components_1.tokens.colorStatusSuccessBackground3 },
    warning: { backgroundColor: react_components_1.tokens.colorPaletteYellowBackground3 },
    danger: { backgroundColor: react_components_1.tokens.colorStatusDangerBackground3 },
    informative: { backgroundColor: react_components_1.tokens.colorBrandBackground },
    subtle: { backgroundColor: react_components_1.tokens.colorNeutralStroke1 },
});
exports.useToneTexts = (0, react_components_1.makeStyles)({
    success: { color: react_components_1.tokens.colorStatusSuccessForeground1 },
    warning: { color: react_components_1.tokens.colorStatusWarningForeground3 },
    danger: { color: react_components_1.tokens.colorStatusDangerForeground1 },
    informative: { color: react_components_1.tokens.colorBrandForeground1 },
    subtle: { color: react_components_1.tokens.colorNeutralForeground3 },
});
