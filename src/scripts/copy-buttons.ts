/** Shows the copy buttons (hidden without JavaScript) and copies their field's text. */
export function initCopyButtons(messages: { copied: string; failed: string }): void {
  document.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => {
    const field = document.getElementById(button.dataset.copy ?? '') as HTMLInputElement | HTMLTextAreaElement | null;
    const status = document.querySelector<HTMLElement>(`[data-copy-status="${button.dataset.copy}"]`);
    // Several components on one page may each call this: wire every button once.
    if (!field || button.dataset.copyReady) return;
    button.dataset.copyReady = 'true';
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        if (status) status.textContent = messages.copied;
      } catch {
        field.select();
        if (status) status.textContent = messages.failed;
      }
    });
  });
}
