import { afterEach, describe, expect, it } from 'vitest';
import {
  closeImport,
  openImport,
  setImportWriting,
  useImportLaunchStore,
} from './import-launch-store';

afterEach(closeImport);

describe('launching the import dialog', () => {
  it('opens with the dropped file, and a second drop starts over with the new one', () => {
    const first = { name: 'a.csv', blob: new Blob(['a']) };
    const second = { name: 'b.csv', blob: new Blob(['b']) };
    openImport(first);
    const { launch } = useImportLaunchStore.getState();
    openImport(second);
    expect(useImportLaunchStore.getState()).toMatchObject({
      isOpen: true,
      initialSource: second,
      launch: launch + 1,
    });
  });

  it('leaves an import that is being written alone', () => {
    openImport();
    setImportWriting(true);
    const before = useImportLaunchStore.getState();
    openImport({ name: 'late.csv', blob: new Blob(['x']) });
    expect(useImportLaunchStore.getState()).toBe(before);
  });
});
