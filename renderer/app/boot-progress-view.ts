// What the window shows before the app can render (renderer/main.tsx): the message, a progress bar
// and what to expect. The bar is a role="progressbar" element carrying the rows done and in all
// for assistive technology, drawn by a native <progress> hidden from it (no inline style under the
// CSP); without rows yet it is indeterminate. Plain DOM, updated in place on every report, so a
// screen reader is not read the whole block again and the message is announced once.
import type { BootProgress } from './boot';

const MESSAGE_ID = 'boot-progress-message';

interface View {
  message: HTMLElement;
  bar: HTMLElement;
  drawn: HTMLProgressElement;
  rows: HTMLElement;
  hint: HTMLElement;
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  return created;
}

function createView(root: HTMLElement): View {
  const document = root.ownerDocument;
  const message = element(document, 'p', 'boot-progress__message');
  message.id = MESSAGE_ID;
  message.setAttribute('role', 'status');
  const bar = element(document, 'div', 'boot-progress__bar');
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-labelledby', MESSAGE_ID);
  bar.setAttribute('aria-valuemin', '0');
  const drawn = element(document, 'progress', 'progress boot-progress__drawn');
  drawn.setAttribute('aria-hidden', 'true');
  bar.append(drawn);
  const rows = element(document, 'p', 'boot-progress__rows');
  const hint = element(document, 'p', 'boot-progress__hint');
  const view = element(document, 'section', 'boot-progress');
  view.append(message, bar, rows, hint);
  root.replaceChildren(view);
  return { message, bar, drawn, rows, hint };
}

/** The view shown in each root, while it is still there. */
const views = new WeakMap<HTMLElement, View>();

function setText(target: HTMLElement, text: string) {
  if (target.textContent !== text) target.textContent = text;
}

/** Shows `progress` in `root`, replacing what it held the first time. */
export function showBootProgress(root: HTMLElement, progress: BootProgress): void {
  let view = views.get(root);
  if (!view || !root.contains(view.bar)) {
    view = createView(root);
    views.set(root, view);
  }
  setText(view.message, progress.message);
  setText(view.hint, progress.hint);
  const { rows } = progress;
  if (rows) {
    view.bar.setAttribute('aria-valuenow', String(rows.done));
    view.bar.setAttribute('aria-valuemax', String(rows.total));
    view.bar.setAttribute('aria-valuetext', rows.text);
    view.drawn.max = rows.total;
    view.drawn.value = rows.done;
  } else {
    for (const name of ['aria-valuenow', 'aria-valuemax', 'aria-valuetext']) {
      view.bar.removeAttribute(name);
    }
    view.drawn.removeAttribute('value');
  }
  setText(view.rows, rows?.text ?? '');
}
