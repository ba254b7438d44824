import { z } from '../zod';

/**
 * What can still be read of a file that fails its schema (issue 18): every top-level field that is valid
 * on its own, the valid items of a list (each at its own index, the bad ones left as holes), the valid
 * entries of a record and the valid fields of a nested object. The reference checks run on this, so a
 * schema error in one field no longer hides the reference errors of the others.
 */

type Items<T> = T extends readonly (infer E)[] ? readonly (E | undefined)[] : T;
/** A file as salvaged: any field may be missing; a list may have holes where its items were invalid. */
export type Salvaged<T> = { readonly [K in keyof T]?: Items<T[K]> };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema under `.optional()` and `.default()`, which salvage looks through. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

function salvageValue(schema: z.ZodType, value: unknown): unknown {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray && Array.isArray(value))
    return value.map((item) => {
      const one = (inner.element as z.ZodType).safeParse(item);
      return one.success ? one.data : undefined;
    });
  if (inner instanceof z.ZodRecord && isObject(value)) {
    const keyType = inner.keyType as z.ZodType;
    const valueType = inner.valueType as z.ZodType;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const parsed = valueType.safeParse(v);
      if (keyType.safeParse(k).success && parsed.success) out[k] = parsed.data;
    }
    return out;
  }
  if (inner instanceof z.ZodObject && isObject(value)) return salvageObject(inner, value);
  return undefined;
}

/** Salvages an object field by field, one level of nesting at a time. */
export function salvageObject(schema: z.ZodObject, raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isObject(raw)) return out;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = salvageValue(field, raw[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
