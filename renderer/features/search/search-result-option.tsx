// One person in the results list: name, reading, company and the topic the query matched.
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/search/people-search-index';

interface SearchResultOptionProps {
  id: string;
  hit: SearchHit;
  active: boolean;
  onPointerEnter(): void;
  onChoose(): void;
}

export function SearchResultOption({
  id,
  hit,
  active,
  onPointerEnter,
  onChoose,
}: SearchResultOptionProps) {
  const { t } = useTranslation('search');
  const topic = hit.matchedTopic;
  return (
    <li
      id={id}
      className="search-result"
      role="option"
      aria-selected={active}
      onMouseEnter={onPointerEnter}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
    >
      <span className="search-result__name">{hit.displayName}</span>
      {hit.nameReading && <span className="search-result__reading">{hit.nameReading}</span>}
      {hit.company && <span className="search-result__company">{hit.company}</span>}
      {topic && (
        <span className="search-result__topic">
          {t(`topicGroup.${topic.group}`, { topic: topic.label })}
        </span>
      )}
    </li>
  );
}
