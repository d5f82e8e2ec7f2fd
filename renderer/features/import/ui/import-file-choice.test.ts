import { describe, expect, it, vi } from 'vitest';
import type { OpenFileResult, Platform } from '../../../../shared/platform/platform';
import { MAX_IMPORT_BYTES } from '../import-limits';
import { checkImportSize, chooseFileOnDesktop } from './import-file-choice';

function desktopOpening(result: OpenFileResult) {
  const openFile = vi.fn(async () => result);
  return { platform: { kind: 'desktop', openFile } as unknown as Platform, openFile };
}

describe('choosing an import file', () => {
  it('refuses a file over the limit before reading it', () => {
    const huge = { size: MAX_IMPORT_BYTES + 1 } as Blob;
    expect(checkImportSize({ name: 'huge.csv', blob: huge })).toEqual({
      kind: 'too-large',
      name: 'huge.csv',
      size: MAX_IMPORT_BYTES + 1,
    });
    const small = new Blob(['Name\nAiko']);
    expect(checkImportSize({ name: 'small.csv', blob: small })).toMatchObject({ kind: 'chosen' });
  });

  it('asks the desktop for a file within the limit and wraps its bytes in a Blob', async () => {
    const bytes = new TextEncoder().encode('Name\nAiko');
    const { platform, openFile } = desktopOpening({ opened: true, name: 'a.csv', bytes });
    const choice = await chooseFileOnDesktop(platform, []);
    expect(openFile).toHaveBeenCalledWith({ maxBytes: MAX_IMPORT_BYTES, filters: [] });
    if (choice.kind !== 'chosen') throw new Error(`expected a file, got ${choice.kind}`);
    expect(choice.source.name).toBe('a.csv');
    expect(await choice.source.blob.text()).toBe('Name\nAiko');
  });

  it('passes on the desktop’s refusal of a large file and the user’s cancel', async () => {
    const tooLarge = desktopOpening({
      opened: false,
      reason: 'too-large',
      name: 'video.mp4',
      size: 3e9,
      maxBytes: MAX_IMPORT_BYTES,
    });
    expect(await chooseFileOnDesktop(tooLarge.platform, [])).toEqual({
      kind: 'too-large',
      name: 'video.mp4',
      size: 3e9,
    });
    const cancelled = desktopOpening({ opened: false, reason: 'cancelled' });
    expect(await chooseFileOnDesktop(cancelled.platform, [])).toEqual({ kind: 'cancelled' });
  });
});
