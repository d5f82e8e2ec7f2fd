// The person page's "Export vCard": this one person as a vCard 4.0 file (readings included), saved
// through the platform at once, without the export dialog.
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { toVCard } from '../../../shared/export/to-vcard';
import { usePlatform } from '../../app/platform-context';
import { showToast } from '../../app/toasts/toast-store';
import { safeFileName } from './safe-file-name';

/** A file name from the person's name, without characters file systems refuse. */
export function vCardFileName(displayName: string): string {
  return safeFileName(displayName, 'vcf', 'contact');
}

export function ExportVCardButton({ person }: { person: Person }) {
  const { t } = useTranslation('export');
  const platform = usePlatform();

  const exportVCard = async () => {
    try {
      const result = await platform.saveFile({
        suggestedName: vCardFileName(person.displayName),
        data: toVCard([person]),
        mimeType: 'text/vcard;charset=utf-8',
        filters: [{ name: t('fileType.vcard'), extensions: ['vcf'] }],
      });
      showToast(
        result.saved
          ? {
              tone: 'success',
              message: t('savedPerson', { name: person.displayName, location: result.location }),
            }
          : { message: t('cancelled') },
      );
    } catch (error) {
      showToast({ tone: 'error', message: t('failed', { message: (error as Error).message }) });
    }
  };

  return (
    <button type="button" className="button" onClick={() => void exportVCard()}>
      {t('personVCard')}
    </button>
  );
}
