// What the pole pickers offer: the usual powers, then the blocs (membership by year on the server,
// src/poles/blocs.ts), then whatever pole the URL holds if it is neither.
import { poleChoices } from './data';

/** Blocs the API accepts as poles, with the names the menus show. */
export const poleBlocs: readonly { id: string; name: string }[] = [
  { id: 'EU', name: 'European Union' },
  { id: 'G7', name: 'G7' },
  { id: 'BRICS', name: 'BRICS' },
  { id: 'NATO', name: 'NATO' },
  { id: 'SCO', name: 'Shanghai Cooperation Organisation' },
];

export interface PoleGroup {
  label: string;
  options: { id: string; name: string }[];
}

/** The menu's groups: countries (and the current pole if the URL named another), then blocs. */
export function poleMenu(current: string, name: (id: string) => string): PoleGroup[] {
  const blocIds = new Set(poleBlocs.map((b) => b.id));
  const countries = [...new Set([...poleChoices, ...(blocIds.has(current) ? [] : [current])])];
  return [
    { label: 'Countries', options: countries.map((id) => ({ id, name: name(id) })) },
    { label: 'Blocs', options: poleBlocs.map((b) => ({ ...b })) },
  ];
}
