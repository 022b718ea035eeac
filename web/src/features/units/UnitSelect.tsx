import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText, unitName } from '../../ui/unitName';
import { useUnitTree } from './api';
import { buildTree, flatten } from './tree';

type Props = Omit<SelectProps, 'data'> & {
  /** Units that cannot be chosen (e.g. a unit's own subtree when moving it). */
  exclude?: Set<string>;
};

// Typing "ha noi" finds "Hà Nội".
const accentInsensitive: OptionsFilter = ({ options, search }) => {
  const q = foldText(search.trim());
  return (options as ComboboxItem[]).filter((o) => foldText(o.label).includes(q));
};

/** Searchable unit picker in tree order, indented by depth. */
export function UnitSelect({ exclude, ...props }: Props) {
  const { i18n } = useTranslation();
  const tree = useUnitTree();
  const data = useMemo(() => {
    const nodes = flatten(buildTree(tree.data ?? []));
    return nodes
      .filter((n) => !exclude?.has(n.unit.id))
      .map((n) => ({ value: n.unit.id, label: unitName(n.unit, i18n.language), depth: n.depth }));
  }, [tree.data, exclude, i18n.language]);
  const depthOf = useMemo(() => new Map(data.map((d) => [d.value, d.depth])), [data]);
  return (
    <Select
      searchable
      filter={accentInsensitive}
      data={data.map(({ value, label }) => ({ value, label }))}
      renderOption={({ option }) => (
        <span style={{ paddingLeft: (depthOf.get(option.value) ?? 0) * 14 }}>{option.label}</span>
      )}
      disabled={tree.isPending || props.disabled}
      {...props}
    />
  );
}
