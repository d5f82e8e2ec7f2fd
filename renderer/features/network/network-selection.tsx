// The selected person on the map and what can be done from there: open them, focus the map on
// their neighbourhood, or ask who can introduce the user to them. "Who can introduce me?" links to
// the person page with ?warm-paths=1, where the warm paths panel opens (issue 15, "Warm paths").
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface NetworkSelectionProps {
  selectedId: string | null;
  selectedName: string | null;
  focusName: string | null;
  onOpen(id: string): void;
  onFocus(id: string): void;
  onClearFocus(): void;
}

/** Where "Who can introduce me?" leads for a person. */
export function warmPathsLink(personId: string): string {
  return `/people/${encodeURIComponent(personId)}?warm-paths=1`;
}

export function NetworkSelection(props: NetworkSelectionProps) {
  const { selectedId, selectedName, focusName } = props;
  const { t } = useTranslation('network');
  return (
    <div className="network-selection">
      <p className="network-selection__status" role="status" data-testid="network-selected">
        {selectedId && selectedName
          ? t('selection.selected', { name: selectedName })
          : t('selection.none')}
      </p>
      {focusName && (
        <p className="network-selection__focus">{t('selection.focused', { name: focusName })}</p>
      )}
      <div className="network-selection__actions">
        {selectedId && selectedName && (
          <>
            <button type="button" onClick={() => props.onOpen(selectedId)}>
              {t('selection.open', { name: selectedName })}
            </button>
            <button type="button" onClick={() => props.onFocus(selectedId)}>
              {t('selection.focus', { name: selectedName })}
            </button>
            <Link to={warmPathsLink(selectedId)}>{t('selection.whoCanIntroduce')}</Link>
          </>
        )}
        {focusName && (
          <button type="button" onClick={props.onClearFocus}>
            {t('selection.clearFocus')}
          </button>
        )}
      </div>
    </div>
  );
}
