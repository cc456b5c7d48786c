// Draws a laid-out chart scene as SVG elements. No state, no effects: rendered to markup for
// exports (renderToStaticMarkup) and mounted as-is in the print layout (vector charts).
import { xmlSafe, type Scene, type SceneItem } from './scene';
import { color } from '../../lib/tokens';

function Item({ item }: { item: SceneItem }) {
  switch (item.t) {
    case 'rect':
      return (
        <rect
          x={round(item.x)}
          y={round(item.y)}
          width={round(item.w)}
          height={round(item.h)}
          fill={item.fill}
          stroke={item.stroke}
          strokeDasharray={item.dash}
          data-value={item.value}
        >
          {item.title ? <title>{xmlSafe(item.title)}</title> : null}
        </rect>
      );
    case 'line':
      return (
        <line
          x1={round(item.x1)}
          y1={round(item.y1)}
          x2={round(item.x2)}
          y2={round(item.y2)}
          stroke={item.stroke}
          strokeWidth={item.width}
          strokeDasharray={item.dash}
        />
      );
    case 'path':
      return <path d={item.d} fill="none" stroke={item.stroke} strokeWidth={item.width} strokeDasharray={item.dash} />;
    case 'circle':
      return (
        <circle
          cx={round(item.cx)}
          cy={round(item.cy)}
          r={item.r}
          fill={item.fill}
          stroke={item.stroke}
          strokeWidth={2}
          strokeDasharray={item.dash}
          data-value={item.value}
        >
          {item.title ? <title>{xmlSafe(item.title)}</title> : null}
        </circle>
      );
    case 'text':
      return (
        <text
          x={round(item.x)}
          y={round(item.y)}
          fontSize={item.size}
          textAnchor={item.anchor}
          fontWeight={item.weight}
          fill={item.fill ?? color.ink}
          transform={item.rotate ? `rotate(${item.rotate} ${round(item.x)} ${round(item.y)})` : undefined}
        >
          {xmlSafe(item.text)}
        </text>
      );
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function SceneSvg({ scene, x = 0, y = 0 }: { scene: Scene; x?: number; y?: number }) {
  return (
    <g transform={x || y ? `translate(${x} ${y})` : undefined} className="chart">
      {scene.items.map((item, index) => (
        <Item key={index} item={item} />
      ))}
    </g>
  );
}
