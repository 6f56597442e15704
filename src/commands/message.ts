/**
 * The command message dialog: shows the `m` query parameter as plain text; 关闭 tells the command
 * (Office.context.ui.messageParent), which closes the dialog and completes its event.
 */
const text = new URLSearchParams(window.location.search).get('m') ?? '';
const box = document.getElementById('message');
if (box) box.textContent = text;
const button = document.getElementById('close');
if (button && typeof Office !== 'undefined') {
  void Office.onReady(() => {
    button.addEventListener('click', () => Office.context.ui.messageParent('close'));
  });
}
