import { ActionIcon, AppShell, Avatar, Burger, Button, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { logout, useSignedOut } from '../features/auth/api';
import { allows, type Me } from '../features/auth/me';
import { useUpdateMe } from '../features/profile/api';
import { useErrorText } from '../ui/ErrorAlert';
import { LanguageMenu } from '../ui/LanguageMenu';
import { Logo } from '../ui/Logo';
import type { Language } from '../ui/types';
import { unitName } from '../ui/unitName';
import classes from './AppLayout.module.css';
import { FEATURES } from './features';
import { navGroups } from './nav';

/** Features' header widgets (e.g. the notification bell), left of the language menu. */
const headerWidgets = FEATURES.flatMap((f) => (f.header ? [{ key: f.name, Widget: f.header }] : []));

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export function AppLayout({ me, children }: { me: Me; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const signedOut = useSignedOut();
  const errorText = useErrorText();
  const updateMe = useUpdateMe();
  const { user } = me;

  // The user's saved preference wins after sign-in.
  useEffect(() => {
    if (user.language && user.language !== i18n.language) void i18n.changeLanguage(user.language);
  }, [user.id, user.language]);

  useEffect(close, [pathname, close]);

  const switchLanguage = (lng: Language) => {
    void i18n.changeLanguage(lng);
    updateMe.mutate(
      { language: lng },
      { onError: (e) => notifications.show({ color: 'red', message: errorText(e) }) },
    );
  };

  const signOut = useMutation({ mutationFn: logout, onSettled: signedOut });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main" className={classes.skip}>
        {t('nav.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Logo compact />
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerWidgets.map(({ key, Widget }) => (
              <Widget key={key} />
            ))}
            <LanguageMenu value={i18n.language} onChange={switchLanguage} />
            <Group gap="xs" wrap="nowrap" visibleFrom="sm" data-testid="current-user">
              <Avatar color="blue" radius="xl" size={34} aria-hidden>
                {initials(user.displayName)}
              </Avatar>
              <Stack gap={0}>
                <Text size="sm" fw={600} lh={1.2}>
                  {user.displayName}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {unitName(user.unit, i18n.language)}
                </Text>
              </Stack>
            </Group>
            <Button
              variant="default"
              leftSection={<IconLogout size={16} aria-hidden />}
              loading={signOut.isPending}
              onClick={() => signOut.mutate()}
              visibleFrom="sm"
            >
              {t('auth.signOut')}
            </Button>
            <ActionIcon
              variant="default"
              size="lg"
              hiddenFrom="sm"
              aria-label={t('auth.signOut')}
              loading={signOut.isPending}
              onClick={() => signOut.mutate()}
            >
              <IconLogout size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <AppShell.Section grow component={ScrollArea}>
          {navGroups(FEATURES, (ability) => allows(me, ability)).map((group) => (
            <div key={group.section} role="group" aria-labelledby={`nav-${group.section}`} className={classes.section}>
              <Text id={`nav-${group.section}`} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
                {t(group.title)}
              </Text>
              {group.entries.map((item) => {
                const Icon = item.icon;
                const active = pathname === item.path || pathname.startsWith(`${item.path}/`);
                return (
                  <NavLink
                    key={item.id}
                    component={Link}
                    to={item.path}
                    label={t(item.label)}
                    leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
                    active={active}
                    aria-current={active ? 'page' : undefined}
                    variant="light"
                    style={{ borderRadius: 'var(--mantine-radius-md)' }}
                    mb={4}
                  />
                );
              })}
            </div>
          ))}
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm" pt="sm">
          <Text size="sm" fw={600}>
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {unitName(user.unit, i18n.language)}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0" id="main" tabIndex={-1} className={classes.main}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
