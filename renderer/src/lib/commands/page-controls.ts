// Commands act on controls other components own (the search box, the note editor, the star) by
// reaching them the way a user would: by their accessible label, then focusing or pressing them.
// That keeps those components free of any knowledge of the command layer.

/** The form field labelled `label` inside `scope`, if one is on screen. */
export function fieldLabelled(scope: ParentNode, label: string): HTMLElement | undefined {
  for (const element of scope.querySelectorAll<HTMLLabelElement>('label')) {
    if (element.control && ownText(element) === label) return element.control;
  }
  const byAria = scope.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`);
  return byAria ?? undefined;
}

// A label that wraps its control (a select's options, say) has that text too; only the label's own counts.
function ownText(label: HTMLLabelElement): string {
  const copy = label.cloneNode(true) as HTMLElement;
  for (const control of copy.querySelectorAll('select, input, textarea')) control.remove();
  return copy.textContent?.trim() ?? '';
}

/** The button whose visible text, without icons, is `name`, inside `scope`. */
export function buttonNamed(scope: ParentNode, name: string): HTMLButtonElement | undefined {
  for (const button of scope.querySelectorAll<HTMLButtonElement>('button')) {
    const text = [...button.childNodes]
      .filter((node) => !(node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true'))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    if (text === name || button.getAttribute('aria-label') === name) return button;
  }
  return undefined;
}

/** Focuses an element and brings it into view; false when there was nothing to focus. */
export function focusInView(element: HTMLElement | undefined): boolean {
  if (!element) return false;
  element.focus();
  element.scrollIntoView({ block: 'nearest' });
  return true;
}

/** Resolves after the UI has had a frame to render what the last action opened. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
