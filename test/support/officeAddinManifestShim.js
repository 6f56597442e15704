// Jest-only stand-in for office-addin-manifest. office-addin-mock needs nothing from it but the
// OfficeApp enum, while the real package pulls ESM-only dependencies (uuid 13, strip-bom 5) that
// jest 29's CommonJS runtime cannot load. Values copied from office-addin-manifest/lib/officeApp.js.
'use strict';
const OfficeApp = Object.freeze({
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
});
module.exports = { OfficeApp };
