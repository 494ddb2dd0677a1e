/**
 * The browser's own print dialog, for a browser-mode workstation whose device host has no
 * printer: the PDF is shown in a hidden frame and the dialog opened on it. The frame stays
 * until the next print so the dialog can finish with it.
 */
export function printWithBrowserDialog(pdf: Uint8Array): HTMLIFrameElement {
  document.querySelectorAll('iframe[data-testid="print-fallback-frame"]').forEach((old) => {
    URL.revokeObjectURL((old as HTMLIFrameElement).src);
    old.remove();
  });
  const url = URL.createObjectURL(new Blob([pdf.slice()], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.dataset.testid = 'print-fallback-frame';
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.src = url;
  frame.onload = () => frame.contentWindow?.print();
  document.body.appendChild(frame);
  return frame;
}
