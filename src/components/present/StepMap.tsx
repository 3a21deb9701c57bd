/**
 * A small map of a route: its steps as a left-to-right chain of boxes, the current step
 * highlighted. Pure SVG from the slides' data; jobs are solid boxes and qualifications
 * dashed, as on the site's pathway map. Long chains wrap onto a second row.
 */
import type { StepSlide } from '../../lib/present/slides.ts';

export interface ChainStep {
  id: string;
  title: string;
  node: StepSlide['node'];
}

const W = 230;
const H = 132;
const GAP = 46;
const ROW_GAP = 44;
const PER_ROW = 5;
const LINE = 24;

/** Splits a title into at most four lines of about `max` characters. */
export function wrap(title: string, max = 17): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= 4) return lines;
  return [
    ...lines.slice(0, 3),
    `${lines
      .slice(3)
      .join(' ')
      .slice(0, max - 1)}…`,
  ];
}

interface Props {
  chain: ChainStep[];
  current?: string | undefined;
  /** Boxes per row: five on a wide screen, two on a phone. */
  perRow?: number;
}

export function StepMap({ chain, current, perRow: most = PER_ROW }: Props) {
  const perRow = Math.min(most, chain.length) || 1;
  const rows = Math.ceil(chain.length / perRow);
  const width = perRow * W + (perRow - 1) * GAP;
  const height = rows * H + (rows - 1) * ROW_GAP + 8;
  const at = (i: number) => ({ x: (i % perRow) * (W + GAP), y: Math.floor(i / perRow) * (H + ROW_GAP) + 4 });
  const label = `Map of the ${chain.length} steps, from left to right: ${chain.map((s, i) => `${i + 1}, ${s.title}${s.id === current ? ' (this step)' : ''}`).join('; ')}`;
  return (
    <svg className={`step-map step-map-${perRow}`} viewBox={`-4 0 ${width + 8} ${height}`} role="img" aria-label={label}>
      {chain.slice(1).map((s, k) => {
        const a = at(k);
        const b = at(k + 1);
        const sameRow = a.y === b.y;
        // Within a row, a straight arrow; to the next row, an elbow down and back to the left.
        const d = sameRow
          ? `M${a.x + W + 4},${a.y + H / 2} H${b.x - 12}`
          : `M${a.x + W / 2},${a.y + H + 4} V${a.y + H + ROW_GAP / 2} H${b.x + W / 2} V${b.y - 12}`;
        const tip = sameRow
          ? `${b.x - 4},${b.y + H / 2} ${b.x - 16},${b.y + H / 2 - 8} ${b.x - 16},${b.y + H / 2 + 8}`
          : `${b.x + W / 2},${b.y - 4} ${b.x + W / 2 - 8},${b.y - 16} ${b.x + W / 2 + 8},${b.y - 16}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the chain never reorders, and a route typed into the address may name a step twice, so the position is part of the key
          <g className="step-map-arrow" key={`arrow-${s.id}-${k}`}>
            <path d={d} />
            <polygon points={tip} />
          </g>
        );
      })}
      {chain.map((s, i) => {
        const { x, y } = at(i);
        const lines = wrap(s.title);
        const top = y + H / 2 - ((lines.length - 1) * LINE) / 2 + 7;
        const cls = ['step-map-node', `step-map-${s.node}`, s.id === current ? 'is-current' : ''].filter(Boolean).join(' ');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the chain never reorders, and a route typed into the address may name a step twice, so the position is part of the key
          <g className={cls} key={`${s.id}-${i}`}>
            <rect x={x} y={y} width={W} height={H} rx={10} />
            <text x={x + W / 2} y={top} textAnchor="middle">
              {lines.map((l, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one title, always in this order; two lines may hold the same words
                <tspan key={j} x={x + W / 2} dy={j === 0 ? 0 : LINE}>
                  {l}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The map twice, wide and narrow; CSS shows the one that fits the screen. */
export default function ResponsiveStepMap({ chain, current }: { chain: ChainStep[]; current?: string | undefined }) {
  return (
    <div className="step-map-box">
      <div className="step-map-wide">
        <StepMap chain={chain} current={current} />
      </div>
      <div className="step-map-narrow">
        <StepMap chain={chain} current={current} perRow={2} />
      </div>
    </div>
  );
}
