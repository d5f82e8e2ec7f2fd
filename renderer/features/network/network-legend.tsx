// What the map's colours and lines mean.
import { useTranslation } from 'react-i18next';
import { TIE_COLOURS, type TieKind } from './map-graph';

const KINDS: TieKind[] = ['relationship', 'introduction', 'event'];

export function NetworkLegend() {
  const { t } = useTranslation('network');
  return (
    <div className="network-legend" role="group" aria-label={t('legend.label')}>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>
            <svg className="network-legend__swatch" width="24" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="24" y2="4" stroke={TIE_COLOURS[kind]} strokeWidth="3" />
            </svg>
            {t(`legend.${kind}`)}
          </li>
        ))}
        <li>{t('legend.arrow')}</li>
      </ul>
    </div>
  );
}
