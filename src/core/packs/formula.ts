/**
 * A derived metric's formula, as pack authors write it: metric codes or names, numbers,
 * + − × ÷ (or + - * /) and parentheses — "SP03 ÷ (SP01 + SP02) × 100". Parsed into a tree that
 * arithmetic walks; nothing in it is ever run as code.
 */
export type Formula =
  | { readonly op: "num"; readonly value: number }
  | { readonly op: "ref"; readonly name: string }
  | { readonly op: "+" | "-" | "*" | "/"; readonly left: Formula; readonly right: Formula }
  | { readonly op: "neg"; readonly arg: Formula };

export class FormulaError extends Error {
  constructor(readonly at: number) {
    super(`formula error at ${at}`);
    this.name = "FormulaError";
  }
}

const OPERATOR: Readonly<Record<string, "+" | "-" | "*" | "/">> = {
  "+": "+",
  "＋": "+",
  "-": "-",
  "−": "-",
  "－": "-",
  "*": "*",
  "×": "*",
  "＊": "*",
  "/": "/",
  "÷": "/",
  "／": "/",
};
const OPEN = new Set(["(", "（"]);
const CLOSE = new Set([")", "）"]);

type Token =
  | { readonly t: "num"; readonly value: number; readonly at: number }
  | { readonly t: "name"; readonly name: string; readonly at: number }
  | { readonly t: "op"; readonly op: "+" | "-" | "*" | "/"; readonly at: number }
  | { readonly t: "open" | "close"; readonly at: number };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const chars = [...text];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] ?? "";
    if (/\s/.test(c)) {
      i++;
    } else if (OPERATOR[c]) {
      out.push({ t: "op", op: OPERATOR[c], at: i++ });
    } else if (OPEN.has(c)) {
      out.push({ t: "open", at: i++ });
    } else if (CLOSE.has(c)) {
      out.push({ t: "close", at: i++ });
    } else if (/[0-9.]/.test(c)) {
      const start = i;
      while (i < chars.length && /[0-9.]/.test(chars[i] ?? "")) i++;
      const value = Number(chars.slice(start, i).join(""));
      if (!Number.isFinite(value)) throw new FormulaError(start);
      out.push({ t: "num", value, at: start });
    } else {
      const start = i;
      while (
        i < chars.length &&
        !/\s/.test(chars[i] ?? "") &&
        !OPERATOR[chars[i] ?? ""] &&
        !OPEN.has(chars[i] ?? "") &&
        !CLOSE.has(chars[i] ?? "")
      )
        i++;
      out.push({ t: "name", name: chars.slice(start, i).join(""), at: start });
    }
  }
  return out;
}

/** Parses a formula; a FormulaError carries the character where it stops making sense. */
export function parseFormula(text: string): Formula {
  const list = tokens(text);
  let pos = 0;
  const peek = () => list[pos];
  const end = () => (list.length > 0 ? (list[list.length - 1]?.at ?? 0) + 1 : 0);

  // sum := product (("+" | "-") product)*
  const sum = (): Formula => {
    let left = product();
    for (let t = peek(); t?.t === "op" && (t.op === "+" || t.op === "-"); t = peek()) {
      pos++;
      left = { op: t.op, left, right: product() };
    }
    return left;
  };
  // product := unary (("*" | "/") unary)*
  const product = (): Formula => {
    let left = unary();
    for (let t = peek(); t?.t === "op" && (t.op === "*" || t.op === "/"); t = peek()) {
      pos++;
      left = { op: t.op, left, right: unary() };
    }
    return left;
  };
  const unary = (): Formula => {
    const t = peek();
    if (t?.t === "op" && t.op === "-") {
      pos++;
      return { op: "neg", arg: unary() };
    }
    return atom();
  };
  const atom = (): Formula => {
    const t = peek();
    if (!t) throw new FormulaError(end());
    pos++;
    if (t.t === "num") return { op: "num", value: t.value };
    if (t.t === "name") return { op: "ref", name: t.name };
    if (t.t === "open") {
      const inner = sum();
      const close = peek();
      if (close?.t !== "close") throw new FormulaError(close?.at ?? end());
      pos++;
      return inner;
    }
    throw new FormulaError(t.at);
  };

  const tree = sum();
  const rest = peek();
  if (rest) throw new FormulaError(rest.at);
  return tree;
}

/** The names a formula reads, in order of first use. */
export function formulaNames(f: Formula): string[] {
  const out: string[] = [];
  const walk = (n: Formula): void => {
    if (n.op === "ref") {
      if (!out.includes(n.name)) out.push(n.name);
    } else if (n.op === "neg") walk(n.arg);
    else if (n.op !== "num") {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(f);
  return out;
}

/** The formula's value, or null when a name has no number or a division is by zero. */
export function evaluateFormula(
  f: Formula,
  valueOf: (name: string) => number | null,
): number | null {
  switch (f.op) {
    case "num":
      return f.value;
    case "ref":
      return valueOf(f.name);
    case "neg": {
      const v = evaluateFormula(f.arg, valueOf);
      return v === null ? null : -v;
    }
    default: {
      const a = evaluateFormula(f.left, valueOf);
      const b = evaluateFormula(f.right, valueOf);
      if (a === null || b === null) return null;
      if (f.op === "+") return a + b;
      if (f.op === "-") return a - b;
      if (f.op === "*") return a * b;
      return b === 0 ? null : a / b;
    }
  }
}
