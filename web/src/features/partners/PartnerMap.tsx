import { Center, Text } from '@mantine/core';

// Placeholder until ui/WorldMap lands.
export function PartnerMap(props: {
  values: Record<string, number>;
  selected: string | null;
  onSelect: (code: string | null) => void;
  countryName: (code: string) => string;
  label: string;
}) {
  return (
    <Center h={120}>
      <Text c="dimmed" size="sm">
        {props.label}
      </Text>
    </Center>
  );
}
