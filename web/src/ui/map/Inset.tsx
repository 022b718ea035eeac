import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { INSET_LABELS, splitLabel, type CountryFeature } from './geo';
import classes from './WorldMap.module.css';

/** The Bien Dong region, enlarged: at world scale the archipelagos are a few pixels wide. */
const WEST = 100.5;
const EAST = 122;
const SOUTH = 4.5;
const NORTH = 24;

export const INSET_W = 300;
export const INSET_H = 320;

interface Props {
  features: CountryFeature[];
  height: number;
  /** Accessible name. */
  label: string;
  fill: (code: string | undefined) => string;
  selected: string | null;
  onSelect?: (code: string) => void;
  labels: { hoangSa: string; truongSa: string };
}

/**
 * A magnified view of Viet Nam and its two archipelagos beside the world map,
 * with their names. Its countries repeat the main map's buttons, so here they are
 * only clickable, not focusable.
 */
export function Inset({ features, height, label: name, fill, selected, onSelect, labels }: Props) {
  const [x, y, width] = [0, 0, INSET_W];
  const drawn = useMemo(() => {
    const area = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [WEST, SOUTH],
          [WEST, NORTH],
          [EAST, NORTH],
          [EAST, SOUTH],
          [WEST, SOUTH],
        ],
      ],
    };
    const projection = geoMercator()
      .fitExtent(
        [
          [x, y],
          [x + width, y + INSET_H],
        ],
        area,
      )
      .clipExtent([
        [x, y],
        [x + width, y + INSET_H],
      ]);
    const path = geoPath(projection);
    const near = features.filter((f) => {
      const [[w, s], [e, n]] = geoBounds(f);
      const lon = w <= e ? e >= WEST && w <= EAST : w <= EAST || e >= WEST; // w > e: it crosses 180°
      return lon && n >= SOUTH && s <= NORTH;
    });
    return {
      shapes: near.map((f, i) => ({ key: f.id ?? `x${i}`, code: f.id, d: path(f) ?? '' })),
      hoangSa: projection(INSET_LABELS.hoangSa)!,
      truongSa: projection(INSET_LABELS.truongSa)!,
    };
  }, [features, x, y, width]);

  const label = (at: [number, number], text: string) => {
    const [a, b] = splitLabel(text);
    return (
      <text x={at[0]} y={at[1]} textAnchor="middle" className={`${classes.label} ${classes.insetLabel}`}>
        <tspan x={at[0]}>{a}</tspan>
        {b && (
          <tspan x={at[0]} dy="1.2em">
            {b}
          </tspan>
        )}
      </text>
    );
  };

  return (
    <svg viewBox={`0 0 ${INSET_W} ${INSET_H}`} className={classes.insetMap} style={{ height }} role="img" aria-label={name}>
      <rect x={x} y={y} width={width} height={INSET_H} className={classes.sea} />
      {drawn.shapes.map(({ key, code, d }) => (
        <path
          key={key}
          d={d}
          fill={fill(code)}
          className={`${classes.country} ${code === 'VN' ? classes.home : ''} ${code && onSelect ? classes.interactive : ''} ${code && code === selected ? classes.selected : ''}`}
          onClick={code && onSelect ? () => onSelect(code) : undefined}
        />
      ))}
      {/* In open sea just above each archipelago. */}
      {label(drawn.hoangSa, labels.hoangSa)}
      {label(drawn.truongSa, labels.truongSa)}
    </svg>
  );
}
