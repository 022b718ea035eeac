import { Paper, Tabs } from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';
import { useUrlState } from './useUrlState';

export interface DetailTab {
  value: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  label: ReactNode;
  color?: string;
  /** Rendered only while its tab is open. */
  panel: ReactNode;
}

/** A record's tabs. The open one is in the URL (`?tab=`) so it survives reload and can be linked; the first is the default. */
export function DetailTabs({ tabs }: { tabs: DetailTab[] }) {
  const [u, setU] = useUrlState(['tab'] as const);
  const first = tabs[0]?.value;
  const tab = tabs.some((x) => x.value === u.tab) ? u.tab : first;
  return (
    <Tabs value={tab} onChange={(v) => setU({ tab: v === first ? null : v }, false)} keepMounted={false}>
      <Tabs.List mb="md">
        {tabs.map(({ value, icon: Icon, label, color }) => (
          <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} aria-hidden />} color={color}>
            {label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Paper withBorder p="md">
        {tabs.map(({ value, panel }) => (
          <Tabs.Panel key={value} value={value}>
            {panel}
          </Tabs.Panel>
        ))}
      </Paper>
    </Tabs>
  );
}
