import type { Paragraph, Section } from './types';

/**
 * Build the section tree: a heading's section holds every paragraph up to the next heading of the
 * same or a higher rank (a smaller level number). The root holds what comes before the first heading.
 */
export function buildSections(paragraphs: Paragraph[], length: number): Section {
  const root: Section = { level: -1, children: [], span: { start: 0, end: length }, paragraphs: [] };
  const stack: Section[] = [root];
  for (const p of paragraphs) {
    if (p.heading) {
      while (stack.length > 1 && stack[stack.length - 1].level >= p.heading.level) {
        const closed = stack.pop() as Section;
        closed.span.end = p.span.start;
      }
      const parent = stack[stack.length - 1];
      const section: Section = {
        heading: p.heading,
        level: p.heading.level,
        parent,
        children: [],
        span: { start: p.span.start, end: length },
        paragraphs: [p],
      };
      parent.children.push(section);
      stack.push(section);
    } else {
      stack[stack.length - 1].paragraphs.push(p);
    }
  }
  return root;
}

/** All sections in document order, depth first. */
export function* walkSections(section: Section): Generator<Section> {
  yield section;
  for (const child of section.children) yield* walkSections(child);
}
