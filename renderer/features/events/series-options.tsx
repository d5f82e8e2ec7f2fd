// The <datalist> that autocompletes a series field from the series already in use.
import { useSeriesNames } from './use-series-names';

export function SeriesOptions({ id }: { id: string }) {
  const names = useSeriesNames();
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
