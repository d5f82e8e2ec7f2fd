// Ctrl+K opens the command palette; ⌘K on macOS (where Ctrl+K is a text-editing key).
export function isMacPlatform(): boolean {
  return /mac|iphone|ipad/iu.test(navigator.platform || navigator.userAgent);
}

export function isPaletteShortcut(event: KeyboardEvent): boolean {
  const modifier = isMacPlatform() ? event.metaKey : event.ctrlKey;
  return modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

export function paletteShortcutLabel(): string {
  return isMacPlatform() ? '⌘K' : 'Ctrl+K';
}

export function paletteAriaShortcut(): string {
  return isMacPlatform() ? 'Meta+K' : 'Control+K';
}
