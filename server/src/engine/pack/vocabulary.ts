/**
 * Vocabulary: the word lists the figure reader and the figure rules use (units, measure words, rate
 * and share words …), one list per concept. The built-in lists are in rules/recommended.yaml
 * (`data.vocabulary`); a pack's `data.vocabulary` adds words to them. Pure data: no Node built-ins.
 */

/** The concepts a pack may add words to, with what each list means (docs/packs.md lists them too). */
export const VOCABULARY_CONCEPTS = [
  /** Units read only after Arabic digits (523.56千米, 3起); after Chinese numerals they are words (一起). */
  'units',
  /** Measure words read after Arabic digits and after Chinese numerals (78件, 五项, 两次). */
  'measureWords',
  /** Words that begin with a unit's character but are no unit after a number (2 人民…, 如表1所示). */
  'notUnits',
  /**
   * Words after a number that make it no quantity though their first character is its unit (2020年底,
   * 年度): the figure reader reads no unit, number-unit-space still wants the unit glued to the number.
   */
  'notQuantity',
  /** Measure words of a stated count of listed items (三个领域, 五项程序, 两次会议). */
  'countWords',
  /** Units that measure time, age or multiples, not a number of things: never a total or a part. */
  'nonCountUnits',
  /** Endings that make a word before a percentage the name of a rate or share (…率, 占比, 比重). */
  'rateEndings',
  /** Rates and shares that cannot exceed 100% (满意率, 覆盖率, 占比 …). */
  'boundedRates',
  /** Words of growth or over-fulfilment in the clause: a rate there may pass 100% (同比, 完成率). */
  'growthWords',
  /** Words right before a percentage that make it the share of the part before it (占, 占比, 比重). */
  'shareWords',
  /** Wholes of a share written 占<whole>的 (占总数的, 占全市的). */
  'shareWholes',
  /** Parts of a total by level (市级…，县级…): a run of them makes the list of parts complete. */
  'levelParts',
  /** A part that names the rest (其他, 其余): the list of parts is complete. */
  'otherParts',
  /** Words of change before a figure (同比增加20件): it is no part of a total. */
  'changeWords',
  /** Words right before a number that lead it (共计, 合计, 达到): not part of the noun before it. */
  'leadWords',
  /** Words before a noun that do not change what is counted (全市, 本年度, 累计). */
  'scopeWords',
  /** Verbs that show a clause goes on after a list (完成, 开展): such a list is not what a count counts. */
  'clauseVerbs',
  /** Approximation before a number: nearly (近300人, 将近), about (约), over (超过, 逾), under (不足, 不到). */
  'nearBefore',
  'aboutBefore',
  'overBefore',
  'underBefore',
  /** Approximation after a number and its unit: over (300人以上), under (以内), about (左右). */
  'overAfter',
  'underAfter',
  'aboutAfter',
  /** Function words never doubled on purpose (的的, 了了): repeated-word reports them doubled. */
  'functionWords',
  /** Words that join two parallel phrases (和, 以及): a word repeated across one is no slip (repeated-word). */
  'coordinators',
  /** Words too general to tell one plan item from another (推进, 加强, 进一步): no key terms of a promise (promise-follow-through). */
  'genericWords',
] as const;

export type VocabularyConcept = (typeof VOCABULARY_CONCEPTS)[number];

export type Vocabulary = Record<VocabularyConcept, string[]>;

export function emptyVocabulary(): Vocabulary {
  return Object.fromEntries(VOCABULARY_CONCEPTS.map((c) => [c, []])) as unknown as Vocabulary;
}

/**
 * Merge vocabularies in order: each concept's words are unioned (earlier words first, no repeats);
 * a layer's `remove` drops words the layers before it gave (a pack taking a built-in word out).
 */
export function mergeVocabulary(layers: readonly ({ add?: Partial<Vocabulary>; remove?: Partial<Vocabulary> } | undefined)[]): Vocabulary {
  const out = emptyVocabulary();
  for (const concept of VOCABULARY_CONCEPTS) {
    const words = new Set<string>();
    for (const layer of layers) {
      for (const w of layer?.remove?.[concept] ?? []) words.delete(w);
      for (const w of layer?.add?.[concept] ?? []) words.add(w);
    }
    out[concept] = [...words];
  }
  return out;
}
