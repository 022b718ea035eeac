import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Graph } from './types';

interface Props {
  graph: Graph;
  focusId: string;
  edgeLabel: (kind: string) => string;
  onOpenPartner: (id: string) => void;
  label: string;
  height?: number;
}

// Loaded on demand (React.lazy): cytoscape is large and only this tab needs it.
export default function GraphView({ graph, focusId, edgeLabel, onOpenPartner, label, height = 460 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const open = useRef(onOpenPartner);
  open.current = onOpenPartner;

  useEffect(() => {
    if (!box.current) return;
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    const instance = cytoscape({
      container: box.current,
      elements: [
        ...graph.nodes.map((n) => ({
          data: { id: n.id, label: n.label, kind: n.kind, focus: n.id === focusId ? 1 : 0 },
        })),
        // An edge whose end was filtered out would make cytoscape throw.
        ...graph.edges
          .filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target))
          .map((e) => ({ data: { id: `e-${e.id}`, source: e.source, target: e.target, label: edgeLabel(e.kind) } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': '#1c7ed6',
            color: '#212529',
            'font-size': 11,
            'text-wrap': 'wrap',
            'text-max-width': '140px',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            width: 26,
            height: 26,
          },
        },
        { selector: 'node[kind = "unit"]', style: { shape: 'round-rectangle', 'background-color': '#2f9e44' } },
        { selector: 'node[focus = 1]', style: { width: 40, height: 40, 'background-color': '#c92a2a', 'font-weight': 'bold' } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#adb5bd',
            'target-arrow-color': '#adb5bd',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 9,
            color: '#495057',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '2px',
          },
        },
      ],
      layout:
        graph.nodes.length > 2
          ? { name: 'cose', animate: false, padding: 40, idealEdgeLength: () => 140, nodeRepulsion: () => 400_000, componentSpacing: 80 }
          : { name: 'grid', animate: false, padding: 40 },
      maxZoom: 2.5,
      minZoom: 0.2,
    });
    instance.on('tap', 'node[kind = "partner"]', (evt) => {
      const id = evt.target.id() as string;
      if (id !== focusId) open.current(id);
    });
    instance.on('mouseover', 'node[kind = "partner"]', () => {
      if (box.current) box.current.style.cursor = 'pointer';
    });
    instance.on('mouseout', 'node', () => {
      if (box.current) box.current.style.cursor = '';
    });
    // A small graph would be blown up to fill the box; keep it readable.
    if (instance.zoom() > 1.1) {
      instance.zoom(1.1);
      instance.center();
    }
    return () => {
      instance.destroy();
    };
  }, [graph, focusId, edgeLabel]);

  return <div ref={box} role="img" aria-label={label} style={{ height, width: '100%', background: 'var(--mantine-color-gray-0)', borderRadius: 8 }} />;
}
