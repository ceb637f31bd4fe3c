/** Shows the print buttons (hidden without JavaScript) and makes them print. */
export function initPrintButtons(): void {
  document.querySelectorAll<HTMLButtonElement>('[data-print-button]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  });
}
