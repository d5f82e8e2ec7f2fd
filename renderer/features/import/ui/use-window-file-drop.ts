// Dropping a file anywhere on the window imports it. While files are dragged over the window the
// hook reports it (for the drop overlay); the browser's own drop behaviour (opening the file in
// place of the app) is always prevented. Drags of text or links are left alone; files are refused
// while another dialog is open (the drop would land behind it) or while an import is being written.
import { useEffect, useState } from 'react';
import { openImport, useImportLaunchStore } from './import-launch-store';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

function dropIsRefused(): boolean {
  const { isOpen, writing } = useImportLaunchStore.getState();
  return writing || (!isOpen && document.querySelector('[aria-modal="true"]') !== null);
}

export function useWindowFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when the drag left.
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event) || dropIsRefused()) return;
      depth++;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) {
        event.dataTransfer.dropEffect = dropIsRefused() ? 'none' : 'copy';
      }
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file && !dropIsRefused()) openImport({ name: file.name, blob: file });
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return dragging;
}
