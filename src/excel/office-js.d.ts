/* office.js typings for the add-in code (tsconfig.json lists only node and jest types). */
/// <reference types="office-js" />
