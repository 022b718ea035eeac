import { Badge, Group } from '@mantine/core';
import { useCooperationFields, useRefNames } from './referenceData';

/** Cooperation fields (of a partner or an engagement) as badges, named in the UI language. */
export function FieldBadges({ ids }: { ids: string[] }) {
  const fields = useRefNames(useCooperationFields().data);
  return (
    <Group gap={4}>
      {ids.map((id) => (
        <Badge key={id} variant="light" tt="none">
          {fields.name(id)}
        </Badge>
      ))}
    </Group>
  );
}
