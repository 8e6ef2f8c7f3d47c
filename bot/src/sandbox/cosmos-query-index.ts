/**
 * Equality indexes for local mode's Cosmos-compatible server. That server has no index: every
 * query evaluated every condition on every item of the container, so a queue view or a search in
 * a tenant of 100,000 cases cost a full scan, where Azure Cosmos DB answers from its index.
 *
 * This index narrows what a query looks at, as Cosmos' range index does: from the WHERE clause's
 * AND/OR tree it takes the conditions it can answer — `c.f = value`, `ARRAY_CONTAINS(@list, c.f)`
 * and `ARRAY_CONTAINS(c.f, value)` on a top-level property — and hands the query the items that
 * can match the most selective of them (a union for OR). The query engine still checks every
 * condition on those items, so results are exactly what a full scan gives: the index only ever
 * leaves out items that cannot match. A property is indexed the first time a query asks for it,
 * and kept current on every write from then on.
 */

type Doc = Record<string, unknown>;
type Primitive = string | number | boolean | null;
type Postings = Map<Primitive, Set<Doc>>;

interface ContainerIndex {
  /** Property → its value → the items with that value. */
  scalars: Map<string, Postings>;
  /** Array property → an element → the items whose array holds it. */
  elements: Map<string, Postings>;
}

/** What narrows a query: how many items at most, the items themselves, and a membership test. */
interface Plan {
  size: number;
  collect(into: Set<Doc>): void;
  has(doc: Doc): boolean;
}

interface Node {
  type: string;
  [key: string]: unknown;
}

/** Above this share of the container a scan is as cheap as the index. */
const USEFUL_SHARE = 0.5;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function isPrimitive(value: unknown): value is Primitive {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function add(postings: Postings, key: Primitive, doc: Doc): void {
  let set = postings.get(key);
  if (!set) postings.set(key, (set = new Set()));
  set.add(doc);
}

function remove(postings: Postings, key: Primitive, doc: Doc): void {
  const set = postings.get(key);
  if (!set) return;
  set.delete(doc);
  if (set.size === 0) postings.delete(key);
}

function indexScalar(postings: Postings, field: string, doc: Doc, change: typeof add): void {
  const value = doc[field];
  if (isPrimitive(value)) change(postings, value, doc);
}

function indexElements(postings: Postings, field: string, doc: Doc, change: typeof add): void {
  const value = doc[field];
  if (!Array.isArray(value)) return;
  for (const element of new Set(value)) if (isPrimitive(element)) change(postings, element, doc);
}

/** The items of a container of the server (its internal `_data` map of items with `read()`). */
function allDocs(items: object): Doc[] {
  const data: unknown = Reflect.get(items, '_data');
  if (!(data instanceof Map)) return [];
  const docs: Doc[] = [];
  for (const item of data.values()) {
    const read: unknown = typeof item === 'object' && item !== null ? Reflect.get(item, 'read') : undefined;
    if (typeof read !== 'function') continue;
    const doc: unknown = read.call(item);
    if (typeof doc === 'object' && doc !== null) docs.push(doc as Doc);
  }
  return docs;
}

/** The query-narrowing index the server calls into (`Items.queryIndex`). */
export class CosmosQueryIndex {
  private readonly containers = new WeakMap<object, ContainerIndex>();

  /** Keeps the indexes built so far current with a new or replaced item. */
  added(items: object, data: Doc): void {
    const index = this.containers.get(items);
    if (!index) return;
    for (const [field, postings] of index.scalars) indexScalar(postings, field, data, add);
    for (const [field, postings] of index.elements) indexElements(postings, field, data, add);
  }

  /** Keeps the indexes built so far current with a deleted or replaced item. */
  removed(items: object, data: Doc): void {
    const index = this.containers.get(items);
    if (!index) return;
    for (const [field, postings] of index.scalars) indexScalar(postings, field, data, remove);
    for (const [field, postings] of index.elements) indexElements(postings, field, data, remove);
  }

  /** The items the query can match, or null when a full scan is as good. */
  candidates(items: object, ast: unknown, parameters: ReadonlyArray<{ name: string; value: unknown }>): Doc[] | null {
    const body = isNode(ast) ? ast['body'] : undefined;
    if (!isNode(body)) return null;
    const alias = aliasOf(body['from']);
    const where = body['where'];
    if (alias === null || !isNode(where) || !isNode(where['condition'])) return null;
    const values = new Map(parameters.map((p) => [p.name, p.value]));
    const data: unknown = Reflect.get(items, '_data');
    const total = data instanceof Map ? data.size : 0;
    // The top-level conditions (AND): the smallest gives the candidates, the other selective ones
    // filter them (an intersection), the engine checks the rest.
    const plans = this.conjuncts(where['condition'])
      .map((c) => this.plan(items, c, alias, values))
      .filter((p): p is Plan => p !== null)
      .sort((a, b) => a.size - b.size);
    const [base, ...others] = plans;
    if (!base || base.size > total * USEFUL_SHARE) return null;
    const filters = others.filter((p) => p.size < total * USEFUL_SHARE);
    const found = new Set<Doc>();
    base.collect(found);
    return filters.length === 0 ? [...found] : [...found].filter((doc) => filters.every((f) => f.has(doc)));
  }

  /** The conditions joined by the top-level ANDs. */
  private conjuncts(node: Node): Node[] {
    if (node.type === 'scalar_binary_expression' && node['operator'] === 'AND' && isNode(node['left']) && isNode(node['right'])) {
      return [...this.conjuncts(node['left']), ...this.conjuncts(node['right'])];
    }
    return [node];
  }

  private plan(items: object, node: Node, alias: string, values: Map<string, unknown>): Plan | null {
    if (node.type === 'scalar_binary_expression') {
      const left = isNode(node['left']) ? node['left'] : null;
      const right = isNode(node['right']) ? node['right'] : null;
      if (!left || !right) return null;
      if (node['operator'] === 'AND') {
        const plans = [this.plan(items, left, alias, values), this.plan(items, right, alias, values)].filter((p): p is Plan => p !== null);
        return plans.reduce<Plan | null>((best, p) => (best === null || p.size < best.size ? p : best), null);
      }
      if (node['operator'] === 'OR') {
        const a = this.plan(items, left, alias, values);
        const b = a ? this.plan(items, right, alias, values) : null;
        if (!a || !b) return null;
        return { size: a.size + b.size, collect: (into) => { a.collect(into); b.collect(into); }, has: (doc) => a.has(doc) || b.has(doc) };
      }
      if (node['operator'] === '=') {
        const field = fieldOf(left, alias) ?? fieldOf(right, alias);
        const value = fieldOf(left, alias) !== null ? valueOf(right, values) : valueOf(left, values);
        if (field === null || value === undefined || !isPrimitive(value)) return null;
        return this.lookup(this.postings(items, 'scalars', field), [value]);
      }
      return null;
    }
    if (node.type === 'scalar_function_expression') {
      const name = isNode(node['name']) ? String(node['name']['name']).toUpperCase() : '';
      const args = Array.isArray(node['arguments']) ? node['arguments'].filter(isNode) : [];
      if (name !== 'ARRAY_CONTAINS' || args.length !== 2) return null;
      const [first, second] = args as [Node, Node];
      const arrayField = fieldOf(first, alias);
      if (arrayField !== null) {
        const value = valueOf(second, values);
        return isPrimitive(value) ? this.lookup(this.postings(items, 'elements', arrayField), [value]) : null;
      }
      const field = fieldOf(second, alias);
      const list = valueOf(first, values);
      if (field === null || !Array.isArray(list) || !list.every(isPrimitive)) return null;
      return this.lookup(this.postings(items, 'scalars', field), list.filter(isPrimitive));
    }
    return null;
  }

  private lookup(postings: Postings, keys: Primitive[]): Plan {
    const sets = [...new Set(keys)].map((k) => postings.get(k)).filter((s): s is Set<Doc> => s !== undefined);
    return {
      size: sets.reduce((n, s) => n + s.size, 0),
      collect: (into) => {
        for (const set of sets) for (const doc of set) into.add(doc);
      },
      has: (doc) => sets.some((set) => set.has(doc)),
    };
  }

  /** The postings of a property, built from the container's items the first time it is asked for. */
  private postings(items: object, kind: keyof ContainerIndex, field: string): Postings {
    let index = this.containers.get(items);
    if (!index) this.containers.set(items, (index = { scalars: new Map(), elements: new Map() }));
    let postings = index[kind].get(field);
    if (!postings) {
      postings = new Map();
      for (const doc of allDocs(items)) (kind === 'scalars' ? indexScalar : indexElements)(postings, field, doc, add);
      index[kind].set(field, postings);
    }
    return postings;
  }
}

/** The FROM alias of a plain `FROM c` (no JOIN); null otherwise. */
function aliasOf(from: unknown): string | null {
  if (!isNode(from) || from.type !== 'from_specification') return null;
  if (Array.isArray(from['joins']) && from['joins'].length > 0) return null;
  const source = from['source'];
  if (!isNode(source) || source['iteration']) return null;
  // The documents themselves (`FROM c`, `FROM root r`), not a part of them (`FROM c.tags t`).
  const expression = source['expression'];
  if (!isNode(expression) || expression.type !== 'collection_expression' || !isNode(expression['expression'])) return null;
  const alias = isNode(source['alias']) ? source['alias']['name'] : expression['expression']['name'];
  return typeof alias === 'string' ? alias : null;
}

/** `c.field` (a top-level property of the alias), or null. */
function fieldOf(node: Node, alias: string): string | null {
  if (node.type !== 'scalar_member_expression' || node['computed'] !== false) return null;
  const object = node['object'];
  const property = node['property'];
  if (!isNode(object) || object.type !== 'identifier' || object['name'] !== alias) return null;
  if (!isNode(property) || property.type !== 'identifier' || typeof property['name'] !== 'string') return null;
  return property['name'];
}

/** A parameter's or constant's value; undefined when it is neither (or the parameter is unset). */
function valueOf(node: Node, values: Map<string, unknown>): unknown {
  switch (node.type) {
    case 'parameter_name':
      return typeof node['name'] === 'string' ? values.get(node['name']) : undefined;
    case 'string_constant':
    case 'number_constant':
    case 'boolean_constant':
      return node['value'];
    case 'null_constant':
      return null;
    case 'array_constant':
      if (!Array.isArray(node['elements'])) return undefined;
      return node['elements'].map((e: unknown) => (isNode(e) ? valueOf(e, values) : undefined));
    default:
      return undefined;
  }
}
