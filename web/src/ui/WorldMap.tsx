import { Alert, Flex, Group, Skeleton, Stack, Text } from '@mantine/core';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { Fragment, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { colourClasses, colourOf, loadWorld, NO_CODE_COLOUR, splitLabel, ZERO_COLOUR, type World } from './map/geo';
import { Inset } from './map/Inset';
import classes from './map/WorldMap.module.css';

interface Props {
  /** Count per ISO alpha-2 code; countries without one are drawn as zero. */
  values: Record<string, number>;
  selected?: string | null;
  /** Clicking the selected country again, or the sea, clears the selection (null). */
  onSelect?: (code: string | null) => void;
  countryName: (code: string) => string;
  height?: number;
  /** Accessible name of the map. */
  label: string;
}

const W = 960;
const H = 470;

/**
 * A choropleth of the world, drawn with Viet Nam's Hoang Sa and Truong Sa
 * archipelagos (see scripts/build-map.mjs). Countries are buttons: the ones with
 * a value are in the tab order (a keyboard user need not pass 230 empty ones);
 * every one can be clicked.
 */
export function WorldMap({ values, selected = null, onSelect, countryName, height = 420, label }: Props) {
  const { t, i18n } = useTranslation();
  const [world, setWorld] = useState<World | null>(null);
  const [failed, setFailed] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadWorld().then(
      (w) => live && setWorld(w),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const drawn = useMemo(() => {
    if (!world) return null;
    const projection = geoNaturalEarth1().fitExtent(
      [
        [6, 6],
        [W - 6, H - 6],
      ],
      { type: 'FeatureCollection', features: world.features },
    );
    const path = geoPath(projection);
    return {
      world,
      shapes: world.features.map((f, i) => ({ key: f.id ?? `x${i}`, code: f.id ?? null, d: path(f) ?? '' })),
      hoangSa: projection(world.archipelagos.hoangSa)!,
      truongSa: projection(world.archipelagos.truongSa)!,
    };
  }, [world]);

  const scale = useMemo(() => colourClasses(values), [values]);
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const describe = (code: string) => `${countryName(code)}: ${number.format(values[code] ?? 0)}`;

  if (failed) return <Alert color="red">{t('map.unavailable')}</Alert>;
  if (!drawn) return <Skeleton height={height} radius="md" aria-label={t('common.loading')} />;

  const choose = (code: string) => onSelect?.(code === selected ? null : code);
  const onKey = (code: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(code);
    }
  };
  // The selected country is drawn last so its outline is not hidden by its neighbours.
  const shapes = selected ? [...drawn.shapes.filter((s) => s.code !== selected), ...drawn.shapes.filter((s) => s.code === selected)] : drawn.shapes;
  const info = hovered ?? selected;

  return (
    <Stack gap={6}>
      <Flex gap="xs" wrap="wrap" align="stretch">
        <svg viewBox={`0 0 ${W} ${H}`} className={classes.map} style={{ height }} role="group" aria-label={label}>
          <rect width={W} height={H} fill="transparent" onClick={() => onSelect?.(null)} />
          {shapes.map(({ key, code, d }) =>
            code ? (
              <path
                key={key}
                d={d}
                className={`${classes.country} ${onSelect ? classes.interactive : ''} ${code === selected ? classes.selected : ''}`}
                fill={colourOf(values[code], scale)}
                {...(onSelect
                  ? {
                      role: 'button',
                      tabIndex: (values[code] ?? 0) > 0 || code === selected ? 0 : -1,
                      'aria-label': describe(code),
                      'aria-pressed': code === selected,
                      onClick: () => choose(code),
                      onKeyDown: onKey(code),
                    }
                  : {})}
                onMouseEnter={() => setHovered(code)}
                onMouseLeave={() => setHovered((h) => (h === code ? null : h))}
                onFocus={() => setHovered(code)}
                onBlur={() => setHovered((h) => (h === code ? null : h))}
              >
                <title>{describe(code)}</title>
              </path>
            ) : (
              <path key={key} d={d} className={classes.country} fill={NO_CODE_COLOUR} />
            ),
          )}
          <ArchipelagoLabel at={drawn.hoangSa} dy={-30} text={t('map.hoangSa')} />
          <ArchipelagoLabel at={drawn.truongSa} dy={22} text={t('map.truongSa')} />
        </svg>
        <Inset
          features={drawn.world.features}
          height={height}
          label={`${t('map.inset')}: ${t('map.hoangSa')}, ${t('map.truongSa')}`}
          fill={(code) => (code ? colourOf(values[code], scale) : NO_CODE_COLOUR)}
          selected={selected}
          onSelect={onSelect ? choose : undefined}
          labels={{ hoangSa: t('map.hoangSa'), truongSa: t('map.truongSa') }}
        />
      </Flex>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="sm" wrap="wrap" aria-hidden>
          <LegendItem colour={ZERO_COLOUR} text={number.format(0)} />
          {scale.map((c) => (
            <LegendItem key={c.from} colour={c.colour} text={c.from === c.to ? number.format(c.from) : `${number.format(c.from)}–${number.format(c.to)}`} />
          ))}
        </Group>
        <Text size="sm" c="dimmed" mih={20}>
          {info ? describe(info) : ''}
        </Text>
      </Group>
    </Stack>
  );
}

/** On the world map: a leader line from the archipelago to its name in the sea to the east. */
function ArchipelagoLabel({ at: [x, y], dy, text }: { at: [number, number]; dy: number; text: string }) {
  const [a, b] = splitLabel(text);
  // Keep the text inside the map: about 0.55 em per character.
  const width = Math.max(a.length, b.length) * 0.55 * 11;
  const lx = Math.min(x + 24, W - 4 - width);
  const ly = y + dy;
  return (
    <Fragment>
      <line x1={x} y1={y} x2={lx - 2} y2={ly + (dy < 0 ? 6 : -10)} className={classes.leader} />
      <text x={lx} y={ly} className={classes.label}>
        <tspan x={lx}>{a}</tspan>
        {b && (
          <tspan x={lx} dy="1.15em">
            {b}
          </tspan>
        )}
      </text>
    </Fragment>
  );
}

function LegendItem({ colour, text }: { colour: string; text: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <span className={classes.swatch} style={{ background: colour }} />
      <Text size="xs" c="dimmed">
        {text}
      </Text>
    </Group>
  );
}
