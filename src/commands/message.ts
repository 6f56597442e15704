/** The command error dialog: shows the `m` query parameter as plain text. */
const text = new URLSearchParams(window.location.search).get('m') ?? '';
const box = document.getElementById('message');
if (box) box.textContent = text;
