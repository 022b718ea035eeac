import { ActionIcon, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { unitName } from '../../ui/unitName';
import type { UnitNode } from './tree';
import classes from './UnitTree.module.css';

interface Props {
  nodes: UnitNode[];
  selectedId: string | null;
  expanded: Set<string>;
  /** While searching every match is shown, whatever is collapsed. */
  forceExpanded?: boolean;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
}

/** Nested lists of buttons: every unit reachable with Tab, expanders announce their state. */
export function UnitTree(props: Props) {
  const { t } = useTranslation();
  return (
    <ul className={classes.list} aria-label={t('units.treeLabel')}>
      {props.nodes.map((n) => (
        <TreeItem key={n.unit.id} node={n} {...props} />
      ))}
    </ul>
  );
}

function TreeItem({ node, ...props }: Props & { node: UnitNode }) {
  const { t, i18n } = useTranslation();
  const { unit, children } = node;
  const name = unitName(unit, i18n.language);
  const open = props.forceExpanded || props.expanded.has(unit.id);
  const selected = props.selectedId === unit.id;
  return (
    <li>
      <Group gap={4} wrap="nowrap" className={classes.row} data-selected={selected || undefined}>
        {children.length > 0 ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => props.onToggle(unit.id)}
            aria-expanded={open}
            aria-label={t(open ? 'units.collapse' : 'units.expand', { name })}
          >
            {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        ) : (
          <Box w={22} c="gray.5" display="flex" style={{ justifyContent: 'center' }} aria-hidden>
            <IconPoint size={14} />
          </Box>
        )}
        <UnstyledButton
          className={classes.name}
          onClick={() => props.onSelect(unit.id)}
          aria-current={selected ? 'true' : undefined}
        >
          <Text component="span" size="sm" fw={selected ? 600 : 400} lh={1.35}>
            {name}
          </Text>
          {unit.userCount > 0 && (
            <Text size="xs" c="dimmed" component="span" className={classes.count}>
              {t('units.usersShort', { count: unit.userCount })}
            </Text>
          )}
        </UnstyledButton>
      </Group>
      {children.length > 0 && open && (
        <ul className={classes.list}>
          {children.map((c) => (
            <TreeItem key={c.unit.id} node={c} {...props} />
          ))}
        </ul>
      )}
    </li>
  );
}
