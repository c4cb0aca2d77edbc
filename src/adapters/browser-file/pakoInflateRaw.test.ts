import { deflateRawSync } from "node:zlib";
import { nodeInflateRaw } from "../node-files/nodeInflateRaw";
import { pakoInflateRaw } from "./pakoInflateRaw";

describe("inflating with a cap, in the browser as in Node", () => {
  const text = new TextEncoder().encode("<row>".repeat(100_000));
  const data = deflateRawSync(text);
  it.each([
    ["pako", pakoInflateRaw],
    ["zlib", nodeInflateRaw],
  ])("%s inflates within the cap and refuses beyond it", (_name, inflate) => {
    expect(Buffer.from(inflate(data, text.length) as Uint8Array).equals(Buffer.from(text))).toBe(
      true,
    );
    expect(inflate(data, text.length - 1)).toBeNull();
    expect(() => inflate(new Uint8Array([0xff, 0xff, 0xff, 0x00]), 100)).toThrow();
  });
});
