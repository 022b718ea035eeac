import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** `compact`: on phones only the mark shows, leaving room in a busy header. */
export function Logo({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={32} radius="md" variant="gradient" gradient={{ from: 'blue.7', to: 'cyan.6', deg: 135 }} aria-hidden>
        <IconWorld size={20} />
      </ThemeIcon>
      <Text fw={700} fz="lg" c="dark.7" visibleFrom={compact ? 'xs' : undefined}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
