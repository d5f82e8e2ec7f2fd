// The topic filter: a text field with autocomplete from the topics table (labels, keys and the
// user's aliases all resolve), and which group to look in (any, interest, can offer, looking for).
// The filter applies as soon as the text names a known topic and lifts when the text is cleared;
// until the user types, the field shows the filter in the store (which a link may have set).
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../shared/domain/entities';
import { resolveTopicKey } from '../../../shared/topics/normalise-topic-key';
import { TOPIC_FIELDS, type TopicField, type TopicFilter as Filter } from './people-list-query';
import { useTopicOptions } from './use-filter-options';

function topicIndex(topics: readonly Topic[]) {
  const labels = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const topic of topics) {
    labels.set(topic.key, topic.label);
    for (const alias of topic.aliases) aliases.set(alias, topic.key);
  }
  return { labels, aliases };
}

export function TopicFilter({
  value,
  onChange,
}: {
  value: Filter | null;
  onChange(filter: Filter | null): void;
}) {
  const { t, i18n } = useTranslation('people');
  const topics = useTopicOptions();
  const { labels, aliases } = useMemo(() => topicIndex(topics ?? []), [topics]);
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? (value ? (labels.get(value.key) ?? value.key) : '');
  const [chosenField, setField] = useState<TopicField | null>(null);
  const field = chosenField ?? value?.field ?? 'any';
  const listId = useId();
  const sortedLabels = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return [...labels.values()].sort(collator.compare);
  }, [labels, i18n.language]);

  const resolve = (typed: string): string | null => {
    if (typed.trim() === '') return null;
    const lower = typed.trim().toLowerCase();
    for (const [key, label] of labels) if (label.toLowerCase() === lower) return key;
    const key = resolveTopicKey(typed, aliases);
    return labels.has(key) ? key : null;
  };
  const typedLower = text.trim().toLowerCase();
  const unknown =
    typedLower !== '' &&
    topics !== undefined &&
    resolve(text) === null &&
    !sortedLabels.some((label) => label.toLowerCase().includes(typedLower));

  const apply = (typed: string, group: TopicField) => {
    const key = resolve(typed);
    if (key !== null) onChange({ key, field: group });
    else if (typed.trim() === '' || value !== null) onChange(null);
  };

  return (
    <div className="people-filter people-filter--topic">
      <label className="people-filter__label">
        {t('filters.topic')}
        <input
          type="search"
          className="people-filter__input"
          list={listId}
          value={text}
          placeholder={t('filters.topicPlaceholder')}
          aria-invalid={unknown}
          onChange={(event) => {
            setTyped(event.target.value);
            apply(event.target.value, field);
          }}
        />
      </label>
      <datalist id={listId}>
        {sortedLabels.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      <label className="people-filter__label">
        <span className="visually-hidden">{t('filters.topicField')}</span>
        <select
          className="people-filter__select"
          value={field}
          onChange={(event) => {
            const group = event.target.value as TopicField;
            setField(group);
            apply(text, group);
          }}
        >
          {TOPIC_FIELDS.map((group) => (
            <option key={group} value={group}>
              {t(`filters.topicFields.${group}`)}
            </option>
          ))}
        </select>
      </label>
      {unknown && (
        <p className="people-filter__problem" role="status">
          {t('filters.unknownTopic', { text: text.trim() })}
        </p>
      )}
    </div>
  );
}
