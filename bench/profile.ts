import { readFileSync } from 'node:fs';
import { projectPath } from '../kit/paths';

/** The parts of a V8 .cpuprofile (what `node --cpu-prof` writes) that self time needs. */
interface CpuProfile {
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTimeEntry {
  function: string;
  /** File and line, relative to the project (`node_modules/graphql/execution/execute.js:123`). */
  location: string;
  /** Where it comes from: a package name, `node` (Node's own code), `project`, or a V8 pseudo-frame. */
  origin: string;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Busy time: everything but `(idle)`. */
  busyMs: number;
  functions: SelfTimeEntry[];
  /** Self time summed by origin (package), largest first. */
  origins: { origin: string; selfMs: number; share: number }[];
  /** Whether only the load window was counted (else the whole profile, start-up included). */
  windowed: boolean;
}

/**
 * Self time per function (a sample's time goes to the frame on top of the stack), largest first.
 * With `window` (microseconds of CLOCK_MONOTONIC, which V8 stamps samples with on Linux) only the
 * samples inside it count, so start-up and shutdown stay out; if none fall inside, all count.
 */
export function summarizeProfile(file: string, window?: { fromMicros: number; toMicros: number }): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const stamps: number[] = [];
  let at = profile.startTime;
  for (const delta of profile.timeDeltas) stamps.push((at += delta));
  const inWindow = (index: number) =>
    !window || (stamps[index] >= window.fromMicros && stamps[index] <= window.toMicros);
  const windowed = window !== undefined && profile.samples.some((_, index) => inWindow(index));
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByKey = new Map<string, { entry: Omit<SelfTimeEntry, 'selfMs' | 'share'>; micros: number }>();
  let totalMicros = 0;
  let idleMicros = 0;
  profile.samples.forEach((nodeId, index) => {
    if (windowed && !inWindow(index)) return;
    const micros = profile.timeDeltas[index] ?? 0;
    const node = byNode.get(nodeId);
    if (!node || micros <= 0) return;
    totalMicros += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') idleMicros += micros;
    const location = url ? `${shortenUrl(url)}:${lineNumber + 1}` : '';
    const key = `${functionName}|${location}`;
    const known = selfByKey.get(key);
    if (known) known.micros += micros;
    else
      selfByKey.set(key, {
        entry: { function: functionName || '(anonymous)', location, origin: originOf(functionName, url) },
        micros,
      });
  });
  const busyMicros = totalMicros - idleMicros;
  const functions = [...selfByKey.values()]
    .filter(({ entry }) => entry.function !== '(idle)')
    .sort((a, b) => b.micros - a.micros)
    .map(({ entry, micros }) => ({ ...entry, selfMs: micros / 1000, share: micros / busyMicros }));
  const byOrigin = new Map<string, number>();
  for (const entry of functions) byOrigin.set(entry.origin, (byOrigin.get(entry.origin) ?? 0) + entry.selfMs);
  const origins = [...byOrigin]
    .sort((a, b) => b[1] - a[1])
    .map(([origin, selfMs]) => ({ origin, selfMs, share: selfMs / (busyMicros / 1000) }));
  return { totalMs: totalMicros / 1000, busyMs: busyMicros / 1000, functions, origins, windowed };
}

function shortenUrl(url: string): string {
  const root = `file://${projectPath()}/`;
  return url.startsWith(root) ? url.slice(root.length) : url;
}

function originOf(functionName: string, url: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (inModules) return inModules[1];
  return 'project';
}

/** The summary as text: the busiest origins, then the top functions by self time. */
export function formatProfile(title: string, summary: ProfileSummary, top = 15): string {
  const lines = [
    `${title}: ${(summary.busyMs / 1000).toFixed(1)} s busy of ${(summary.totalMs / 1000).toFixed(1)} s ${summary.windowed ? 'under load' : 'profiled (start-up included)'}`,
    '',
    'Self time by origin:',
    ...summary.origins
      .slice(0, 12)
      .map((origin) => `  ${pct(origin.share)}  ${origin.selfMs.toFixed(0).padStart(7)} ms  ${origin.origin}`),
    '',
    `Top ${top} functions by self time:`,
    ...summary.functions
      .slice(0, top)
      .map(
        (entry, index) =>
          `  ${String(index + 1).padStart(2)}. ${pct(entry.share)}  ${entry.selfMs.toFixed(0).padStart(7)} ms  ${entry.function}  ${entry.location}`,
      ),
  ];
  return lines.join('\n');
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1).padStart(5)}%`;
}
