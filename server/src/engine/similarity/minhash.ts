/**
 * Character shingles and MinHash signatures. Deterministic: the hash functions come from a fixed
 * seed, so the same text always gives the same signature (and the same LSH buckets).
 */

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The distinct hashed shingles of a normalised text — every run of `k` UTF-16 code units (a Han
 * character outside the BMP counts as two) — sorted ascending.
 */
export function shingles(text: string, k: number): Uint32Array {
  const set = new Set<number>();
  if (text.length <= k) {
    if (text.length > 0) set.add(fnv1a(text));
  } else {
    for (let i = 0; i + k <= text.length; i++) {
      let h = 0x811c9dc5;
      for (let j = i; j < i + k; j++) {
        h ^= text.charCodeAt(j);
        h = Math.imul(h, 0x01000193);
      }
      set.add(h >>> 0);
    }
  }
  return Uint32Array.from(set).sort();
}

/** Exact Jaccard similarity of two sorted shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/** mulberry32: a small seeded PRNG, for the hash functions' salts. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A 32-bit mix (murmur3's finaliser) of a value with a salt. */
function mix(x: number, salt: number): number {
  let h = (x ^ salt) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface MinHasher {
  readonly size: number;
  signature(set: Uint32Array): Uint32Array;
}

/** `size` hash functions salted from `seed`. */
export function minHasher(size: number, seed: number): MinHasher {
  const next = seeded(seed);
  const salts = Uint32Array.from({ length: size }, () => next());
  return {
    size,
    signature(set) {
      const sig = new Uint32Array(size).fill(0xffffffff);
      for (let s = 0; s < set.length; s++) {
        const x = set[s];
        for (let i = 0; i < size; i++) {
          const h = mix(x, salts[i]);
          if (h < sig[i]) sig[i] = h;
        }
      }
      return sig;
    },
  };
}
