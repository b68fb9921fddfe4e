/**
 * docs/benchmarks.md in parts: the main part (reports and dashboards), then one section per later
 * issue, each opened by its marker line. A run that measures one part rewrites that part's section
 * and keeps the others as they were.
 */
export const SECTION_MARKERS = {
  registers: '<!-- registers: written by the register part of npm run bench (bench/registers) -->',
  vaccination: '<!-- vaccination: written by the vaccination part of npm run bench (bench/vaccination) -->',
  command: '<!-- command: written by the command part of npm run bench (bench/command) -->',
  levels: '<!-- levels: written by the levels part of npm run bench (bench/levels) -->',
} as const;
export type SectionName = keyof typeof SECTION_MARKERS;
const ORDER = Object.keys(SECTION_MARKERS) as SectionName[];

const trimEnd = (s: string) => s.replace(/\n+$/, '\n');

function split(doc: string): { main: string; sections: Partial<Record<SectionName, string>> } {
  const found = ORDER.map((name) => ({ name, at: doc.indexOf(SECTION_MARKERS[name]) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  const sections: Partial<Record<SectionName, string>> = {};
  found.forEach((f, i) => {
    sections[f.name] = trimEnd(doc.slice(f.at, found[i + 1]?.at ?? doc.length));
  });
  return { main: trimEnd(found.length ? doc.slice(0, found[0]!.at) : doc), sections };
}

/** The document with the given sections (and main part, when given) replaced, the others kept. */
export function withSections(doc: string, replace: Partial<Record<SectionName, string | undefined>>, main?: string): string {
  const old = split(doc);
  const parts = ORDER.map((name) => replace[name] ?? old.sections[name]).filter((s): s is string => !!s);
  return [trimEnd(main ?? (old.main.trim() ? old.main : '# Benchmarks\n')), ...parts.map(trimEnd)].join('\n');
}

/** When and how a part was run, for the head of its section. */
export interface PartRunInfo {
  date: string;
  command: string;
  machine: string;
  seconds: number;
}

/**
 * The first lines of a part's section: its marker, title, run and method. `beside` says what the
 * plain SQL next to each figure does.
 */
export function sectionHead(name: SectionName, title: string, info: PartRunInfo, beside: string): string[] {
  return [
    SECTION_MARKERS[name], title, '',
    `Last run of this part: ${info.date}, \`${info.command}\`, ${(info.seconds / 60).toFixed(1)} min. Machine: ${info.machine}.`, '',
    `Each figure calls the module function behind the route in the benchmark process (no HTTP), as the national administrator, ${beside}.`, '',
  ];
}
