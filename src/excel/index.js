"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeOfficeError = exports.ZhuanbaoError = exports.ExcelStepError = exports.highlightTargets = exports.ExcelSnapshotStore = exports.ExcelWorkbook = exports.ExcelHighlighter = exports.ExcelBulletinSink = exports.ExcelTrackingSource = void 0;
/**
 * The office.js adapter: the only code of Zhuanbao that calls `Excel.run`.
 */
var excelSource_1 = require("./excelSource");
Object.defineProperty(exports, "ExcelTrackingSource", { enumerable: true, get: function () { return excelSource_1.ExcelTrackingSource; } });
var excelSink_1 = require("./excelSink");
Object.defineProperty(exports, "ExcelBulletinSink", { enumerable: true, get: function () { return excelSink_1.ExcelBulletinSink; } });
var excelHighlighter_1 = require("./excelHighlighter");
Object.defineProperty(exports, "ExcelHighlighter", { enumerable: true, get: function () { return excelHighlighter_1.ExcelHighlighter; } });
var workbookOps_1 = require("./workbookOps");
Object.defineProperty(exports, "ExcelWorkbook", { enumerable: true, get: function () { return workbookOps_1.ExcelWorkbook; } });
var excelSnapshotStore_1 = require("./excelSnapshotStore");
Object.defineProperty(exports, "ExcelSnapshotStore", { enumerable: true, get: function () { return excelSnapshotStore_1.ExcelSnapshotStore; } });
var highlightTargets_1 = require("./highlightTargets");
Object.defineProperty(exports, "highlightTargets", { enumerable: true, get: function () { return highlightTargets_1.highlightTargets; } });
var errors_1 = require("./errors");
Object.defineProperty(exports, "ExcelStepError", { enumerable: true, get: function () { return errors_1.ExcelStepError; } });
Object.defineProperty(exports, "ZhuanbaoError", { enumerable: true, get: function () { return errors_1.ZhuanbaoError; } });
Object.defineProperty(exports, "describeOfficeError", { enumerable: true, get: function () { return errors_1.describeOfficeError; } });
