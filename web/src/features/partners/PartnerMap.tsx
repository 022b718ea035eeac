import { WorldMap } from '../../ui/WorldMap';

interface Props {
  values: Record<string, number>;
  selected: string | null;
  onSelect: (code: string | null) => void;
  countryName: (code: string) => string;
  label: string;
}

/** Partner counts by country (the `countryCode` facet); clicking a country filters the list by it. */
export function PartnerMap(props: Props) {
  return <WorldMap {...props} height={340} />;
}
