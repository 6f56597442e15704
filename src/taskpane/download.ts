/**
 * Saving a file from the pane: a Blob URL on a temporary `<a download>` (the pane's own browser —
 * Edge WebView2 on Windows, the browser tab in Excel on the web — saves it), and small formatting
 * helpers. No request leaves the page: the bytes are made in the pane.
 *
 * Excel on Mac runs the pane in a WKWebView that ignores downloads (OfficeDev/office-js#2700, closed
 * by Microsoft as by design); no office.js API hands a file to the Mac's Downloads folder. There the
 * clerk is told plainly what works instead, rather than the button silently doing nothing.
 */

/** The Word file's name for an issue. */
export function docxFileName(issue: number): string {
  return `工作专报-第${issue}期.docx`;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "hh:mm" of a time, 24-hour clock, local time. */
export function clockText(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** What the clerk is told in Excel on Mac, where the pane cannot download. */
export const MAC_DOWNLOAD_MESSAGE = 'Mac 版 Excel 的任务窗格无法下载文件（微软已知限制，OfficeDev/office-js#2700）。请在浏览器中用 Excel 网页版打开本工作簿，点击“下载 Word 版”；或在电脑上运行命令行：zhuanbao build 文件夹 --docx 工作专报.docx。';

/** True inside Excel on Mac (office.js's platform). */
export function isMacExcel(): boolean {
  return typeof Office !== 'undefined' && Office.context?.platform === Office.PlatformType?.Mac;
}

/**
 * Offers bytes as a download named `name`; in Excel on Mac throws an Error with MAC_DOWNLOAD_MESSAGE,
 * which the pane shows.
 */
export function saveBytes(bytes: Uint8Array, name: string, mime = DOCX_MIME, onMac = isMacExcel()): void {
  if (onMac) throw new Error(MAC_DOWNLOAD_MESSAGE);
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
