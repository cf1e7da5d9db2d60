import type { FieldColumn, FieldContext, FieldDef } from './field.ts';

/**
 * Field columns built for one FieldContext, keyed by field id and its parameters (defaults filled in,
 * so `{}` and `{ days: 90 }` share a column). A live count while a rule is edited then rescans cached
 * columns instead of rebuilding them. The cache empties itself when it is handed another context: make
 * a new FieldContext after every import or recomputation (contexts are compared by identity).
 */
export class ColumnCache {
  private ctx: FieldContext | undefined;
  private readonly columns = new Map<string, FieldColumn>();

  get(field: FieldDef, params: Record<string, number | string> | undefined, ctx: FieldContext): FieldColumn {
    if (ctx !== this.ctx) {
      this.columns.clear();
      this.ctx = ctx;
    }
    const resolved = resolveParams(field, params);
    const key = `${field.id}\u0000${JSON.stringify(resolved)}`;
    let col = this.columns.get(key);
    if (!col) {
      col = field.column(ctx, resolved);
      this.columns.set(key, col);
    }
    return col;
  }

  get size(): number {
    return this.columns.size;
  }

  clear(): void {
    this.columns.clear();
    this.ctx = undefined;
  }
}

/** The field's declared parameters in declaration order, each given or defaulted; undeclared ones are dropped. */
export function resolveParams(field: FieldDef, params: Record<string, number | string> | undefined): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const def of field.params ?? []) out[def.name] = params?.[def.name] ?? def.default;
  return out;
}
