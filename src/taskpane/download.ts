/**
 * Saving a file from the pane: a Blob URL on a temporary `<a download>` (the pane's own browser —
 * Edge WebView2 on Windows, WKWebView on Mac, the browser tab in Excel on the web — saves it), and
 * small formatting helpers. No request leaves the page: the bytes are made in the pane.
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

/** Offers bytes as a download named `name`. */
export function saveBytes(bytes: Uint8Array, name: string, mime = DOCX_MIME): void {
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
