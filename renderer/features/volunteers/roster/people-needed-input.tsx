// How many people a role needs: a whole number from 0 to 99 (what is typed beyond is brought back
// into that range; an emptied field means 0).
const MAX_NEEDED = 99;

export function PeopleNeededInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange(needed: number): void;
}) {
  return (
    <input
      type="number"
      min={0}
      max={MAX_NEEDED}
      aria-label={label}
      value={value}
      onChange={(event) => {
        const typed = Math.round(Number(event.target.value));
        onChange(Number.isFinite(typed) ? Math.max(0, Math.min(MAX_NEEDED, typed)) : 0);
      }}
    />
  );
}
