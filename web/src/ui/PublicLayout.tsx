import { Box, Center, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from './LanguageMenu';
import { Logo } from './Logo';

/** Frame of the pages shown before sign-in: brand, language choice, centred content. */
export function PublicLayout({ children, wide }: { children: ReactNode; wide?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" px="lg" py="sm" component="header">
        <Logo />
        <LanguageMenu value={i18n.language} onChange={(l) => void i18n.changeLanguage(l)} />
      </Group>
      <Center component="main" px="md" py="xl" style={{ alignItems: wide ? 'flex-start' : 'center' }} mih="calc(100vh - 140px)">
        {children}
      </Center>
      <Text component="footer" ta="center" size="xs" c="dimmed" pb="md">
        {t('app.tagline')}
      </Text>
    </Box>
  );
}
