// Picks what to find a warm path to: a person (the people search), a company (every company in
// the network, matched on folded text) or a topic. Companies and topics that contain the typed
// text are offered after the people found.
import { useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../shared/domain/entities';
import { foldCompany, type WarmPathTarget } from '../../../shared/network/warm-paths';
import { Combobox, type ComboboxOption } from '../../app/combobox';
import { useTopicOptions } from '../people/use-filter-options';
import { usePeopleSearch } from '../search/use-people-search';
import type { NetworkSnapshot } from './network-snapshot';

const PER_KIND = 6;

interface TargetOption extends ComboboxOption {
  target: WarmPathTarget;
}

export function WarmPathTargetPicker({
  companies,
  inputRef,
  onChoose,
}: {
  companies: NetworkSnapshot['companies'] | undefined;
  inputRef?: Ref<HTMLInputElement>;
  onChoose(target: WarmPathTarget, label: string): void;
}) {
  const { t } = useTranslation('warm-paths');
  const [typed, setTyped] = useState('');
  const people = usePeopleSearch(typed, PER_KIND);
  const topics = useTopicOptions();
  const folded = foldCompany(typed);

  const options = useMemo((): TargetOption[] => {
    if (folded === '') return [];
    const personOptions = people.hits.map((hit) => ({
      id: `person:${hit.id}`,
      label: hit.displayName,
      detail: hit.company ? `${t('picker.person')} · ${hit.company}` : t('picker.person'),
      target: { kind: 'person', personId: hit.id } as const,
    }));
    const companyOptions = [...(companies ?? [])]
      .filter(([key]) => key.includes(folded))
      .sort(
        ([a, x], [b, y]) =>
          Number(b.startsWith(folded)) - Number(a.startsWith(folded)) || y.count - x.count,
      )
      .slice(0, PER_KIND)
      .map(([key, { name, count }]) => ({
        id: `company:${key}`,
        label: name,
        detail: t('picker.company', { count }),
        target: { kind: 'company', name } as const,
      }));
    const topicOptions = (topics ?? [])
      .filter(
        (topic: Topic) => foldCompany(topic.label).includes(folded) || topic.key.includes(folded),
      )
      .slice(0, PER_KIND)
      .map((topic) => ({
        id: `topic:${topic.key}`,
        label: topic.label,
        detail: t('picker.topic'),
        target: { kind: 'topic', key: topic.key } as const,
      }));
    return [...personOptions, ...companyOptions, ...topicOptions];
  }, [folded, people.hits, companies, topics, t]);

  return (
    <Combobox
      className="warm-paths__picker"
      label={t('picker.label')}
      listLabel={t('picker.listLabel')}
      placeholder={t('picker.placeholder')}
      value={typed}
      options={options}
      activeFirst
      pending={people.query !== typed.trim() || companies === undefined}
      inputRef={inputRef}
      onChange={setTyped}
      onChoose={(option) => {
        setTyped('');
        onChoose(option.target, option.label);
      }}
    />
  );
}
