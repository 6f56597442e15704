/**
 * Fluent tokens for each tone the view model decides (tone.ts): a fill for bars and markers, and a
 * text colour that reads on the pane's background.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useToneFills = makeStyles({
  success: { backgroundColor: tokens.colorStatusSuccessBackground3 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  danger: { backgroundColor: tokens.colorStatusDangerBackground3 },
  informative: { backgroundColor: tokens.colorBrandBackground },
  subtle: { backgroundColor: tokens.colorNeutralStroke1 },
});

export const useToneTexts = makeStyles({
  success: { color: tokens.colorStatusSuccessForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  danger: { color: tokens.colorStatusDangerForeground1 },
  informative: { color: tokens.colorBrandForeground1 },
  subtle: { color: tokens.colorNeutralForeground3 },
});
