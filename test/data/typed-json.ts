/** JSON that keeps typed arrays (`{ "$typed": "Int32Array", "values": [...] }`), for frozen test fixtures. */
const TYPED = { Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float64Array } as const;
type TypedName = keyof typeof TYPED;

export function toTypedJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
        const name = v.constructor.name as TypedName;
        if (!(name in TYPED)) throw new TypeError(`Unsupported typed array ${name}`);
        return { $typed: name, values: Array.from(v as unknown as ArrayLike<number>) };
      }
      if (typeof v === 'number' && !Number.isFinite(v)) throw new TypeError('Fixtures hold finite numbers only');
      return v;
    },
    1,
  );
}

export function fromTypedJson<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && '$typed' in v) {
      const { $typed, values } = v as { $typed: TypedName; values: number[] };
      return TYPED[$typed].from(values);
    }
    return v;
  }) as T;
}
